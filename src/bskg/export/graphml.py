"""graph.graphml: the graph for Gephi and yEd, written by networkx.

GraphML attributes must be scalars, so lists are joined: names and ids with " | ", evidence
sentences with newlines; each quantity becomes one number per property (the largest stated).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from ..graph import KnowledgeGraph
from . import atomic_write
from .facts import facts
from .palette import PREDICATE_LABELS, TYPE_COLORS, TYPE_LABELS

SEP = " | "


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph whose every attribute is a str, int, float or bool."""
    g = nx.MultiDiGraph(name="bskg")
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        g.add_node(e.id, label=e.name, type=e.type.value, type_zh=TYPE_LABELS[e.type.value],
                   color=TYPE_COLORS[e.type.value], aliases=SEP.join(e.aliases), titles=SEP.join(e.titles),
                   articles=SEP.join(e.articles))
    for q in kg.quantities:
        node = g.nodes[q.entity]
        node[q.property.value] = max(node.get(q.property.value, float("-inf")), float(q.max_value or q.value))
        node["quantities"] = SEP.join(filter(None, [node.get("quantities", ""), q.text]))
    for m in kg.milestones:
        node = g.nodes[m.entity]
        text = f"{m.when or '?'} {m.kind}{'（计划）' if m.planned else ''}"
        node["milestones"] = SEP.join(filter(None, [node.get("milestones", ""), text]))
    for f in facts(kg):
        g.add_edge(f.subject, f.object, key=f.predicate, predicate=f.predicate, label=PREDICATE_LABELS[f.predicate],
                   inferred=f.inferred, evidence="\n".join(ev.sentence for ev in f.evidence),
                   articles=SEP.join(dict.fromkeys(ev.article_id for ev in f.evidence)))
    degree = dict(g.degree())
    for n in g.nodes:
        g.nodes[n]["degree"] = degree[n]
    return g


def write_graphml(kg: KnowledgeGraph, path: Path) -> None:
    buf = io.BytesIO()
    nx.write_graphml(to_graphml_graph(kg), buf, encoding="utf-8", prettyprint=True)
    atomic_write(path, buf.getvalue())
