"""graph.graphml: scalar attributes only (lists joined), readable back by networkx as Gephi and yEd read it."""

from __future__ import annotations

import networkx as nx

from bskg.export.graphml import SEP, to_graphml_graph


def test_graphml_attributes_are_all_scalars(sample_kg):
    g = to_graphml_graph(sample_kg)
    scalar = (str, int, float, bool)
    assert all(isinstance(v, scalar) for _, attrs in g.nodes(data=True) for v in attrs.values())
    assert all(isinstance(v, scalar) for *_, attrs in g.edges(keys=True, data=True) for v in attrs.values())


def test_graphml_file_reads_back(sample_build):
    g = nx.read_graphml(sample_build.out / "graph.graphml", force_multigraph=True)
    kg = sample_build.kg
    assert set(g.nodes) == set(kg.entities)
    assert g.number_of_edges() == len({(r.subject, r.predicate.value, r.object) for r in kg.relations})
    e = kg.entity("复旦大学")
    node = g.nodes[e.id]
    assert node["label"] == "复旦大学" and node["type"] == "Organization"
    assert node["aliases"].split(SEP) == list(e.aliases)
    inferred = [d["inferred"] for *_, d in g.edges(keys=True, data=True)]
    assert set(inferred) == {True, False}


def test_graphml_investment_is_a_number(sample_kg):
    g = to_graphml_graph(sample_kg)
    values = [d["investmentYuan"] for _, d in g.nodes(data=True) if "investmentYuan" in d]
    assert values and all(isinstance(v, float) and v > 0 for v in values)
