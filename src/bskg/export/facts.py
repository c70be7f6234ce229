"""Facts: relations merged by (subject, predicate, object), the unit graph.ttl reifies.

Every exporter that draws or lists edges (graph.html, graph.json, graph.graphml) uses these, so the
evidence each shows for an edge is exactly the set of sentences graph.ttl holds for that triple.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..graph import KnowledgeGraph
from ..model import Evidence


@dataclass(frozen=True)
class Fact:
    """One edge: a (subject, predicate, object) triple with all its evidence, as graph.ttl holds it."""

    id: str
    subject: str
    predicate: str
    object: str
    inferred: bool
    evidence: tuple[Evidence, ...]


def facts(kg: KnowledgeGraph) -> list[Fact]:
    """Relations merged by triple, evidence unique by (article, start) — one reified statement each in graph.ttl."""
    grouped: dict[tuple[str, str, str], list] = {}
    for r in kg.relations:
        key = (r.subject, r.predicate.value, r.object)
        entry = grouped.setdefault(key, [True, {}])
        entry[0] = entry[0] and r.inferred
        for ev in r.evidence:
            entry[1].setdefault((ev.article_id, ev.start), ev)
    return [Fact(f"f{i}", s, p, o, inferred, tuple(ev.values()))
            for i, ((s, p, o), (inferred, ev)) in enumerate(grouped.items())]
