"""KnowledgeGraph: the built graph as objects, as a networkx MultiDiGraph and as RDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from .extract.lexicon import normalise
from .model import Article, Entity, InputStatus, Milestone, Quantity, Relation


@dataclass(frozen=True)
class KnowledgeGraph:
    articles: tuple[Article, ...]
    entities: dict[str, Entity]
    relations: tuple[Relation, ...]
    quantities: tuple[Quantity, ...]
    milestones: tuple[Milestone, ...] = ()
    inputs: tuple[InputStatus, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    @cached_property
    def nx(self) -> nx.MultiDiGraph:
        """Entities are nodes (keyed by id); relations are edges keyed by predicate, with evidence."""
        g = nx.MultiDiGraph()
        for e in self.entities.values():
            g.add_node(e.id, name=e.name, type=e.type.value, aliases=list(e.aliases),
                       articles=list(e.articles), titles=list(e.titles))
        for q in self.quantities:
            g.nodes[q.entity].setdefault("quantities", []).append(
                {"property": q.property.value, "value": q.value, "max": q.max_value,
                 "qualifier": q.qualifier, "text": q.text,
                 "evidence": [ev.sentence for ev in q.evidence]})
        for m in self.milestones:
            g.nodes[m.entity].setdefault("milestones", []).append(
                {"kind": m.kind, "when": m.when, "planned": m.planned, "text": m.text,
                 "evidence": [ev.sentence for ev in m.evidence]})
        for r in self.relations:
            g.add_edge(r.subject, r.object, key=r.predicate.value, predicate=r.predicate.value,
                       inferred=r.inferred, evidence=[
                           {"article": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}
                           for ev in r.evidence])
        return g

    @cached_property
    def rdf(self):
        from .export.rdf import to_rdf

        return to_rdf(self)

    @cached_property
    def _by_name(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            for form in (e.name, *e.aliases):
                out.setdefault(normalise(form), e.id)
        return out

    def entity(self, name: str) -> Entity | None:
        """The entity called ``name`` (canonical name or alias), or None."""
        eid = self._by_name.get(normalise(name))
        return self.entities.get(eid) if eid else None

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def summary(self) -> dict:
        by_type: dict[str, int] = {}
        for e in self.entities.values():
            by_type[e.type.value] = by_type.get(e.type.value, 0) + 1
        by_pred: dict[str, int] = {}
        for r in self.relations:
            by_pred[r.predicate.value] = by_pred.get(r.predicate.value, 0) + 1
        return {
            "articles": len(self.articles), "entities": len(self.entities),
            "entities_by_type": dict(sorted(by_type.items())), "relations": len(self.relations),
            "relations_by_predicate": dict(sorted(by_pred.items())),
            "inferred_relations": sum(r.inferred for r in self.relations),
            "quantities": len(self.quantities), "milestones": len(self.milestones),
        }
