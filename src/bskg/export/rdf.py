"""graph.ttl: entities, direct relation triples, quantities, and a reified statement with evidence
for every relation and quantity (see CONTRACT.md)."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..graph import KnowledgeGraph
from ..model import Evidence
from ..resources import resource
from ..vocab import BSKG, SCHEMA, article_iri
from . import atomic_write


def bind_prefixes(g: Graph) -> Graph:
    g.bind("bskg", BSKG._NS)
    g.bind("schema", SCHEMA)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    g.bind("e", URIRef("https://w3id.org/bskg/id/"))
    g.bind("art", URIRef("https://w3id.org/bskg/article/"))
    return g


def _decimal(value: float) -> Literal:
    d = Decimal(repr(float(value)))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return Literal(format(d, "f"), datatype=XSD.decimal)


def _date_literal(when: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        return Literal(when, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", when):
        return Literal(when, datatype=XSD.gYearMonth)
    return Literal(when, datatype=XSD.gYear)


def _statement_node(*parts: object) -> BNode:
    """A blank node whose label is derived from its content, so builds are byte-stable."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return BNode(f"s{digest}")


def _evidence(g: Graph, node, ev: Evidence) -> None:
    g.add((node, BSKG.evidenceText, Literal(ev.sentence, lang="zh")))
    g.add((node, PROV.wasDerivedFrom, article_iri(ev.article_id)))
    g.add((node, BSKG.charStart, Literal(ev.start)))
    g.add((node, BSKG.charEnd, Literal(ev.end)))


def to_rdf(kg: KnowledgeGraph) -> Graph:
    g = bind_prefixes(Graph())
    for a in kg.articles:
        node = article_iri(a.id)
        g.add((node, RDF.type, BSKG.Article))
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, DCTERMS.identifier, Literal(a.id)))
        if a.title:
            g.add((node, DCTERMS.title, Literal(a.title, lang="zh")))
        g.add((node, DCTERMS.source, Literal(a.url or a.source)))
        if a.published:
            g.add((node, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date)))
    for e in kg.entities.values():
        node = URIRef(e.id)
        g.add((node, RDF.type, BSKG[e.type.value]))
        g.add((node, RDFS.label, Literal(e.name, lang="zh")))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for t in e.titles:
            g.add((node, BSKG.title, Literal(t, lang="zh")))
        for art in e.articles:
            g.add((node, BSKG.mentionedIn, article_iri(art)))
    for r in kg.relations:
        s, p, o = URIRef(r.subject), BSKG[r.predicate.value], URIRef(r.object)
        g.add((s, p, o))
        for ev in r.evidence:
            st = _statement_node("rel", s, p, o, ev.article_id, ev.start)
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, o))
            if r.inferred:
                g.add((st, BSKG.inferred, Literal(True)))
            _evidence(g, st, ev)
    for q in kg.quantities:
        s, p, value = URIRef(q.entity), BSKG[q.property.value], _decimal(q.value)
        g.add((s, p, value))
        for ev in q.evidence:
            st = _statement_node("qty", s, p, value, q.max_value, q.qualifier, ev.article_id, ev.start)
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, value))
            g.add((st, BSKG.surfaceText, Literal(q.text, lang="zh")))
            if q.qualifier:
                g.add((st, BSKG.qualifier, Literal(q.qualifier)))
            if q.max_value is not None:
                g.add((st, BSKG.maxValue, _decimal(q.max_value)))
            _evidence(g, st, ev)
    for m in kg.milestones:
        s = URIRef(m.entity)
        ev = m.evidence[0]
        node = URIRef(f"{m.entity}/milestone/{hashlib.sha1(f'{m.kind}|{m.when}|{ev.article_id}|{ev.start}'.encode()).hexdigest()[:12]}")
        g.add((s, BSKG.milestone, node))
        g.add((node, RDF.type, BSKG.Milestone))
        g.add((node, BSKG.milestoneKind, Literal(m.kind, lang="zh")))
        if m.when:
            g.add((node, BSKG.milestoneDate, _date_literal(m.when)))
        g.add((node, BSKG.planned, Literal(m.planned)))
        _evidence(g, node, ev)
    return g


def ontology() -> Graph:
    """The shipped ontology (classes and properties with zh/en labels, domains and ranges)."""
    return Graph().parse(resource("ontology", "bskg.ttl"), format="turtle")


def write_rdf(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, kg.rdf.serialize(format="turtle"))
