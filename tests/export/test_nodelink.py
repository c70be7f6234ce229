"""graph.json: node-link data that networkx, D3 and Cytoscape load, with the evidence graph.ttl holds."""

from __future__ import annotations

import json

import networkx as nx

from bskg.export.nodelink import to_node_link


def _load(data: dict) -> nx.MultiDiGraph:
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4 calls it `link`
        return nx.node_link_graph(data, link="links")


def test_nodelink_round_trips_through_networkx(sample_kg):
    data = json.loads(json.dumps(to_node_link(sample_kg), ensure_ascii=False))
    g = _load(data)
    assert set(g.nodes) == set(sample_kg.entities)
    assert sorted((u, v, k) for u, v, k in g.edges(keys=True)) == \
        sorted((r.subject, r.object, r.predicate.value) for r in sample_kg.relations)
    e = sample_kg.entity("复旦大学")
    assert g.nodes[e.id]["label"] == "复旦大学" and g.nodes[e.id]["type"] == "Organization"


def test_nodelink_is_what_d3_expects(sample_kg):
    data = to_node_link(sample_kg)
    ids = {n["id"] for n in data["nodes"]}
    assert all(link["source"] in ids and link["target"] in ids for link in data["links"])
    assert all(link["evidence"] and link["evidence"][0]["sentence"] for link in data["links"])
    assert {a["id"] for a in data["graph"]["articles"]} == {a.id for a in sample_kg.articles}


def test_nodelink_written_by_the_build(sample_build):
    data = json.loads((sample_build.out / "graph.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(sample_build.kg.entities)
