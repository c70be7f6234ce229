"""graph.ttl: entities, direct relation triples, quantities, and a reified statement with evidence
for every relation and quantity (see CONTRACT.md)."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from collections.abc import Iterator
from functools import lru_cache
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


@lru_cache(maxsize=16384)
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


# Literals are costly to make with rdflib and repeat a lot (one sentence is the evidence of several
# facts; offsets and small numbers recur): made once per build
_zh = lru_cache(maxsize=65536)(lambda text: Literal(text, lang="zh"))
_int = lru_cache(maxsize=65536)(Literal)
_EVIDENCE_TEXT, _DERIVED, _START, _END = BSKG.evidenceText, PROV.wasDerivedFrom, BSKG.charStart, BSKG.charEnd
# one object per IRI: the Turtle writer's cache then finds it by identity, without rdflib's slow __eq__
_iri = lru_cache(maxsize=65536)(URIRef)
_bskg = lru_cache(maxsize=256)(lambda name: BSKG[name])


def _evidence(node, ev: Evidence) -> Iterator[tuple]:
    yield node, _EVIDENCE_TEXT, _zh(ev.sentence)
    yield node, _DERIVED, article_iri(ev.article_id)
    yield node, _START, _int(ev.start)
    yield node, _END, _int(ev.end)


def triples(kg: KnowledgeGraph) -> Iterator[tuple]:
    """Every triple of the export, grouped by subject: the one source of truth for both the rdflib
    graph (``to_rdf``) and the streamed Turtle file (``to_turtle``)."""
    for a in kg.articles:
        node = article_iri(a.id)
        yield node, RDF.type, BSKG.Article
        yield node, RDF.type, SCHEMA.NewsArticle
        yield node, DCTERMS.identifier, Literal(a.id)
        if a.title:
            yield node, DCTERMS.title, Literal(a.title, lang="zh")
        yield node, DCTERMS.source, Literal(a.url or a.source)
        if a.published:
            yield node, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date)
    quantities: dict[str, list] = {}
    for q in kg.quantities:
        quantities.setdefault(q.entity, []).append(q)
    mentioned = BSKG.mentionedIn
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        node = _iri(e.id)
        yield node, RDF.type, _bskg(e.type.value)
        yield node, RDFS.label, Literal(e.name, lang="zh")
        for alias in e.aliases:
            yield node, SKOS.altLabel, Literal(alias, lang="zh")
        for t in e.titles:
            yield node, BSKG.title, Literal(t, lang="zh")
        for art in e.articles:
            yield node, mentioned, article_iri(art)
        for q in quantities.get(e.id, ()):
            yield node, _bskg(q.property.value), _decimal(q.value)
    for r in kg.relations:
        yield _iri(r.subject), _bskg(r.predicate.value), _iri(r.object)
    a, statement, subj, pred, obj = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
    inferred = BSKG.inferred
    for r in kg.relations:
        s, p, o = _iri(r.subject), _bskg(r.predicate.value), _iri(r.object)
        for ev in r.evidence:
            st = _statement_node("rel", s, p, o, ev.article_id, ev.start)
            yield st, a, statement
            yield st, subj, s
            yield st, pred, p
            yield st, obj, o
            if r.inferred:
                yield st, inferred, Literal(True)
            yield from _evidence(st, ev)
    for q in kg.quantities:
        s, p, value = _iri(q.entity), _bskg(q.property.value), _decimal(q.value)
        for ev in q.evidence:
            st = _statement_node("qty", s, p, value, q.max_value, q.qualifier, ev.article_id, ev.start)
            yield st, a, statement
            yield st, subj, s
            yield st, pred, p
            yield st, obj, value
            yield st, BSKG.surfaceText, _zh(q.text)
            if q.qualifier:
                yield st, BSKG.qualifier, Literal(q.qualifier)
            if q.max_value is not None:
                yield st, BSKG.maxValue, _decimal(q.max_value)
            yield from _evidence(st, ev)
    for m in kg.milestones:
        s = _iri(m.entity)
        ev = m.evidence[0]
        key = f"{m.kind}|{m.when}|{ev.article_id}|{ev.start}"
        node = URIRef(f"{m.entity}/milestone/{hashlib.sha1(key.encode()).hexdigest()[:12]}")
        yield s, BSKG.milestone, node
        yield node, RDF.type, BSKG.Milestone
        yield node, BSKG.milestoneKind, Literal(m.kind, lang="zh")
        if m.when:
            yield node, BSKG.milestoneDate, _date_literal(m.when)
        yield node, BSKG.planned, Literal(m.planned)
        yield from _evidence(node, ev)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    g = bind_prefixes(Graph())
    for t in triples(kg):
        g.add(t)
    return g


_PREFIXES = {
    "bskg": str(BSKG._NS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "skos": str(SKOS),
    "prov": str(PROV), "dcterms": str(DCTERMS), "schema": str(SCHEMA),
}
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _term(t) -> str:
    if isinstance(t, URIRef):
        iri = str(t)
        for prefix, ns in _PREFIXES.items():
            if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    dt = t.datatype
    if dt == XSD.boolean:
        return "true" if t.toPython() else "false"
    if dt == XSD.integer:
        return str(t)
    body = '"' + str(t).translate(_ESCAPES) + '"'
    if t.language:
        return f"{body}@{t.language}"
    if dt is not None and dt != XSD.string:
        return f"{body}^^{_term(dt)}"
    return body


def to_turtle(kg: KnowledgeGraph) -> str:
    """graph.ttl as text, written directly: the same triples as ``to_rdf`` in a fraction of the
    time rdflib's Turtle serializer takes on large graphs."""
    header = [f"@prefix {p}: <{ns}> ." for p, ns in _PREFIXES.items()] + [""]
    out: list[str] = []
    cache: dict = {RDF.type: "a"}  # IRIs, predicates and evidence sentences repeat a lot

    def term(t) -> str:
        try:
            return cache[t]
        except KeyError:
            text = cache[t] = _term(t)
            return text

    subject = None
    append = out.append
    for s, p, o in triples(kg):
        s = term(s)
        if s != subject:  # compare the text: rdflib's term equality is slow
            if subject is not None:
                append(" .\n")
            append(f"\n{s} {term(p)} {term(o)}")
            subject = s
        else:
            append(f" ;\n    {term(p)} {term(o)}")
    if subject is not None:
        append(" .")
    return "\n".join(header) + "".join(out) + "\n"


def ontology() -> Graph:
    """The shipped ontology (classes and properties with zh/en labels, domains and ranges)."""
    return Graph().parse(resource("ontology", "bskg.ttl"), format="turtle")


def write_rdf(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, to_turtle(kg))
