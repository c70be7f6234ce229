"""graph.json: the graph in node-link form, for D3 (``d3.forceSimulation(nodes).force("link",
d3.forceLink(links).id(d => d.id))``), networkx (``node_link_graph(data, edges="links")``) and, after
mapping nodes and links to ``elements``, Cytoscape.js.

Nodes are entities (id = IRI) with their name, type, aliases, quantities and milestones; links are
facts, one per (subject, predicate, object) as in graph.ttl, with every evidence sentence.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..graph import KnowledgeGraph
from . import atomic_write
from .facts import facts


def to_node_link(kg: KnowledgeGraph) -> dict:
    g = kg.nx
    degree = dict(g.degree())
    nodes = []
    for n in sorted(g.nodes):
        e = kg.entities[n]
        attrs = g.nodes[n]
        nodes.append({
            "id": n, "label": e.name, "type": e.type.value, "aliases": list(e.aliases), "titles": list(e.titles),
            "articles": list(e.articles), "degree": degree[n],
            "quantities": attrs.get("quantities", []), "milestones": attrs.get("milestones", []),
        })
    links = [{"source": f.subject, "target": f.object, "key": f.predicate, "predicate": f.predicate,
              "inferred": f.inferred,
              "evidence": [{"article": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}
                           for ev in f.evidence]}
             for f in facts(kg)]
    articles = [{"id": a.id, "title": a.title, "date": a.published.isoformat() if a.published else None,
                 "source": a.url or a.source} for a in kg.articles]
    return {"directed": True, "multigraph": True, "graph": {"name": "bskg", "articles": articles},
            "nodes": nodes, "links": links}


def write_node_link(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, json.dumps(to_node_link(kg), ensure_ascii=False, indent=1) + "\n")
