"""graph.ttl: entities, direct relation triples, quantities, and a reified statement with evidence
for every relation and quantity (see CONTRACT.md).

``triples`` is the one source of truth for what the export says. It is written against a small
term factory, so the same code gives rdflib terms (``to_rdf``, for queries and tests) and Turtle
text (``to_turtle``, for graph.ttl) without building a few hundred thousand rdflib objects only to
print them.
"""

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
def _decimal_text(value: float) -> str:
    d = Decimal(repr(float(value)))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return format(d, "f")


def _date_type(when: str) -> URIRef:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        return XSD.date
    if re.fullmatch(r"\d{4}-\d{2}", when):
        return XSD.gYearMonth
    return XSD.gYear


def _label(*parts: object) -> str:
    """A blank node label derived from its content, so builds are byte-stable."""
    return "s" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


class RdflibTerms:
    """Terms as rdflib objects. Literals and IRIs repeat a lot (one sentence is the evidence of
    several facts; offsets and small numbers recur), so each is made once per build."""

    def __init__(self) -> None:
        self.iri = lru_cache(maxsize=65536)(URIRef)  # one object per IRI: cheap set membership
        self.zh = lru_cache(maxsize=65536)(lambda text: Literal(text, lang="zh"))
        self.integer = lru_cache(maxsize=65536)(Literal)
        self.decimal = lru_cache(maxsize=16384)(
            lambda value: Literal(_decimal_text(value), datatype=XSD.decimal))

    article = staticmethod(article_iri)
    plain = staticmethod(Literal)
    boolean = staticmethod(Literal)
    bnode = staticmethod(BNode)

    @staticmethod
    def typed(text: str, datatype: URIRef) -> Literal:
        return Literal(text, datatype=datatype)


_PREFIXES = {
    "bskg": str(BSKG._NS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "skos": str(SKOS),
    "prov": str(PROV), "dcterms": str(DCTERMS), "schema": str(SCHEMA),
}
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _turtle_iri(iri: str) -> str:
    if iri == str(RDF.type):
        return "a"  # only ever a predicate here
    for prefix, ns in _PREFIXES.items():
        if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _quoted(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


class TurtleTerms:
    """Terms as Turtle text, ready to write."""

    def __init__(self) -> None:
        self.iri = lru_cache(maxsize=65536)(_turtle_iri)
        self.zh = lru_cache(maxsize=65536)(lambda text: _quoted(text) + "@zh")
        self.decimal = lru_cache(maxsize=16384)(
            lambda value: _quoted(_decimal_text(value)) + "^^xsd:decimal")
        self.article = lru_cache(maxsize=16384)(lambda art: f"<{article_iri(art)}>")

    integer = staticmethod(str)
    plain = staticmethod(_quoted)

    @staticmethod
    def boolean(value: bool) -> str:
        return "true" if value else "false"

    @staticmethod
    def bnode(label: str) -> str:
        return f"_:{label}"

    def typed(self, text: str, datatype: URIRef) -> str:
        return f"{_quoted(text)}^^{self.iri(str(datatype))}"


def source_file(source: str) -> str:
    """The name of the file an article was read from (a .jsonl record's source ends in :line)."""
    name = Path(source).name
    return re.sub(r":\d+$", "", name)


def triples(kg: KnowledgeGraph, terms=None) -> Iterator[tuple]:
    """Every triple of the export, grouped by subject, as ``terms`` spells them (rdflib terms by
    default)."""
    t = terms or RdflibTerms()
    iri, zh = t.iri, t.zh
    ns = lambda term: iri(str(term))  # noqa: E731  (a vocabulary term, spelled by the factory)
    a, label, alt, title, mentioned = ns(RDF.type), ns(RDFS.label), ns(SKOS.altLabel), ns(BSKG.title), ns(BSKG.mentionedIn)
    ev_text, derived, start, end = ns(BSKG.evidenceText), ns(PROV.wasDerivedFrom), ns(BSKG.charStart), ns(BSKG.charEnd)
    prop = lru_cache(maxsize=256)(lambda name: iri(str(BSKG[name])))

    def evidence(node, ev: Evidence) -> Iterator[tuple]:
        yield node, ev_text, zh(ev.sentence)
        yield node, derived, t.article(ev.article_id)
        yield node, start, t.integer(ev.start)
        yield node, end, t.integer(ev.end)

    for art in kg.articles:
        node = t.article(art.id)
        yield node, a, ns(BSKG.Article)
        yield node, a, ns(SCHEMA.NewsArticle)
        yield node, ns(DCTERMS.identifier), t.plain(art.id)
        if art.title:
            yield node, ns(DCTERMS.title), zh(art.title)
        yield node, ns(DCTERMS.source), t.plain(art.url or art.source)
        yield node, ns(BSKG.sourceFile), t.plain(source_file(art.source))
        if art.published:
            yield node, ns(DCTERMS.issued), t.typed(art.published.isoformat(), XSD.date)
    quantities: dict[str, list] = {}
    for q in kg.quantities:
        quantities.setdefault(q.entity, []).append(q)
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        node = iri(e.id)
        yield node, a, prop(e.type.value)
        yield node, label, zh(e.name)
        for alias in e.aliases:
            yield node, alt, zh(alias)
        for text in e.titles:
            yield node, title, zh(text)
        for art in e.articles:
            yield node, mentioned, t.article(art)
        for q in quantities.get(e.id, ()):
            yield node, prop(q.property.value), t.decimal(q.value)
    for r in kg.relations:
        yield iri(r.subject), prop(r.predicate.value), iri(r.object)
    statement, subj, pred, obj = ns(RDF.Statement), ns(RDF.subject), ns(RDF.predicate), ns(RDF.object)
    inferred, true = ns(BSKG.inferred), t.boolean(True)
    for r in kg.relations:
        s, p, o = iri(r.subject), prop(r.predicate.value), iri(r.object)
        for ev in r.evidence:
            st = t.bnode(_label("rel", r.subject, r.predicate.value, r.object, ev.article_id, ev.start))
            yield st, a, statement
            yield st, subj, s
            yield st, pred, p
            yield st, obj, o
            if r.inferred:
                yield st, inferred, true
            yield from evidence(st, ev)
    surface, qualifier, max_value = ns(BSKG.surfaceText), ns(BSKG.qualifier), ns(BSKG.maxValue)
    for q in kg.quantities:
        s, p, value = iri(q.entity), prop(q.property.value), t.decimal(q.value)
        for ev in q.evidence:
            st = t.bnode(_label("qty", q.entity, q.property.value, _decimal_text(q.value), q.max_value,
                                q.qualifier, ev.article_id, ev.start))
            yield st, a, statement
            yield st, subj, s
            yield st, pred, p
            yield st, obj, value
            yield st, surface, zh(q.text)
            if q.qualifier:
                yield st, qualifier, t.plain(q.qualifier)
            if q.max_value is not None:
                yield st, max_value, t.decimal(q.max_value)
            yield from evidence(st, ev)
    for m in kg.milestones:
        ev = m.evidence[0]
        key = f"{m.kind}|{m.when}|{ev.article_id}|{ev.start}"
        node = iri(f"{m.entity}/milestone/{hashlib.sha1(key.encode()).hexdigest()[:12]}")
        yield iri(m.entity), ns(BSKG.milestone), node
        yield node, a, ns(BSKG.Milestone)
        yield node, ns(BSKG.milestoneKind), zh(m.kind)
        if m.when:
            yield node, ns(BSKG.milestoneDate), t.typed(m.when, _date_type(m.when))
        yield node, ns(BSKG.planned), t.boolean(m.planned)
        yield from evidence(node, ev)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    g = bind_prefixes(Graph())
    for triple in triples(kg):
        g.add(triple)
    return g


def to_turtle(kg: KnowledgeGraph) -> str:
    """graph.ttl as text, written directly: the same triples as ``to_rdf`` in a fraction of the
    time rdflib's Turtle serializer takes on large graphs."""
    header = [f"@prefix {p}: <{ns}> ." for p, ns in _PREFIXES.items()] + [""]
    out: list[str] = []
    append = out.append
    subject = None
    for s, p, o in triples(kg, TurtleTerms()):
        if s != subject:
            if subject is not None:
                append(" .\n")
            append(f"\n{s} {p} {o}")
            subject = s
        else:
            append(f" ;\n    {p} {o}")
    if subject is not None:
        append(" .")
    return "\n".join(header) + "".join(out) + "\n"


def ontology() -> Graph:
    """The shipped ontology (classes and properties with zh/en labels, domains and ranges)."""
    return Graph().parse(resource("ontology", "bskg.ttl"), format="turtle")


def write_rdf(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, to_turtle(kg))
