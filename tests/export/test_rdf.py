"""graph.ttl: the contract's vocabulary, a reified statement with evidence for every fact, the ontology."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib import namespace as ns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from bskg.export.rdf import ontology, to_rdf
from bskg.graph import KnowledgeGraph
from bskg.model import (Article, Entity, EntityType, Evidence, Quantity, QuantityProperty, Relation,
                        RelationType)

from ..conftest import content_triples

BSKG = "https://w3id.org/bskg/ontology#"
SCHEMA_NEWS = URIRef("https://schema.org/NewsArticle")
RELATIONS = [URIRef(BSKG + p.value) for p in RelationType]
QUANTITIES = [URIRef(BSKG + p.value) for p in QuantityProperty]
ENTITY_CLASSES = {URIRef(BSKG + t.value) for t in EntityType}
# CONTRACT.md: "declares every class and property below with rdfs:label in Chinese and English, domain and range"
CONTRACT_PROPERTIES = RELATIONS + QUANTITIES + [
    URIRef(BSKG + p) for p in ("evidenceText", "charStart", "charEnd", "mentionedIn")
]

PARK = "https://w3id.org/bskg/id/park/上海机器人产业园"
PLACE = "https://w3id.org/bskg/id/place/宝山区"
TITLE = "上海机器人产业园签约"
SENTENCE = "上海机器人产业园位于宝山区，总投资约126亿元。"


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    text = f"{TITLE}\n{SENTENCE}"
    assert text[11:35] == SENTENCE
    article = Article(id="robot_park.txt", source="articles/robot_park.txt", raw=text, text=text,
                      title=TITLE, published=date(2024, 5, 17))
    evidence = Evidence("robot_park.txt", 11, 35, SENTENCE)
    return KnowledgeGraph(
        articles=(article,),
        entities={
            PARK: Entity(PARK, EntityType.PARK, "上海机器人产业园", aliases=("机器人产业园",),
                         articles=("robot_park.txt",)),
            PLACE: Entity(PLACE, EntityType.PLACE, "宝山区", aliases=("宝山",), articles=("robot_park.txt",)),
        },
        relations=(Relation(PARK, RelationType.LOCATED_IN, PLACE, (evidence,)),),
        quantities=(Quantity(PARK, QuantityProperty.INVESTMENT, 1.26e10, "总投资约126亿元", (evidence,),
                             qualifier="约"),),
    )


def _diff(got: Graph, want: Graph) -> str:
    _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
    return (f"\nonly in export:\n{only_got.serialize(format='nt')}"
            f"\nonly in golden:\n{only_want.serialize(format='nt')}")


def test_rdf_export_matches_golden(small_kg, golden):
    got = to_rdf(small_kg)
    want = Graph().parse(golden / "small.ttl", format="turtle")
    assert isomorphic(got, want), _diff(got, want)


def test_rdf_golden_comparison_sees_a_changed_value(small_kg, golden):
    (q,) = small_kg.quantities
    changed = replace(small_kg, quantities=(replace(q, value=1.25e10),))
    assert not isomorphic(to_rdf(changed), Graph().parse(golden / "small.ttl", format="turtle"))


def test_rdf_large_amounts_stay_exact_decimals_in_turtle(small_kg):
    turtle = to_rdf(small_kg).serialize(format="turtle")
    (value,) = Graph().parse(data=turtle, format="turtle").objects(URIRef(PARK), URIRef(BSKG + "investmentYuan"))

    assert value.datatype == ns.XSD.decimal
    assert value.toPython() == Decimal(12_600_000_000)
    assert re.search(r"investmentYuan\s+\"?12600000000", turtle), turtle


def test_rdf_graph_ttl_parses_back_to_the_built_graph(sample_kg, sample_graph):
    assert len(sample_graph) == len(sample_kg.rdf) > 1000
    assert content_triples(sample_graph) == content_triples(sample_kg.rdf)


def _statements(g: Graph):
    for st in g.subjects(RDF.type, RDF.Statement):
        yield st, g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)


def _provenance_problems(g: Graph, st) -> list[str]:
    problems = []
    text = g.value(st, URIRef(BSKG + "evidenceText"))
    if not isinstance(text, Literal) or not str(text).strip():
        problems.append("no bskg:evidenceText")
    article = g.value(st, PROV.wasDerivedFrom)
    if article is None or (article, RDF.type, URIRef(BSKG + "Article")) not in g:
        problems.append("prov:wasDerivedFrom is not a bskg:Article")
    start, end = g.value(st, URIRef(BSKG + "charStart")), g.value(st, URIRef(BSKG + "charEnd"))
    if not (isinstance(start, Literal) and isinstance(end, Literal)
            and isinstance(start.toPython(), int) and isinstance(end.toPython(), int)
            and 0 <= start.toPython() < end.toPython()):
        problems.append(f"charStart/charEnd not integers with start < end ({start}, {end})")
    return problems


@pytest.mark.parametrize("kind", ["relation", "quantity"])
def test_rdf_every_fact_has_a_reified_statement_with_evidence(sample_graph, kind):
    g = sample_graph
    predicates = RELATIONS if kind == "relation" else QUANTITIES
    facts = {(s, p, o) for p in predicates for s, o in g.subject_objects(p)}
    reified: dict[tuple, list] = {}
    for st, s, p, o in _statements(g):
        reified.setdefault((s, p, o), []).append(st)

    violations = [f"{s} {p} {o}: no rdf:Statement" for s, p, o in facts if (s, p, o) not in reified]
    violations += [f"{s} {p} {o}: {problem}" for (s, p, o) in facts for st in reified.get((s, p, o), [])
                   for problem in _provenance_problems(g, st)]
    assert len(facts) > 50
    assert violations == [], "\n".join(violations)


def test_rdf_every_statement_is_also_a_direct_triple(sample_graph):
    g = sample_graph
    orphans = [(s, p, o) for _, s, p, o in _statements(g) if (s, p, o) not in g]
    assert orphans == []


def test_rdf_evidence_offsets_slice_the_cleaned_article_text(sample_kg, sample_graph):
    g = sample_graph
    texts = {a.id: a.text for a in sample_kg.articles}
    wrong = []
    for st, *_ in _statements(g):
        aid = str(g.value(g.value(st, PROV.wasDerivedFrom), DCTERMS.identifier))
        start = g.value(st, URIRef(BSKG + "charStart")).toPython()
        end = g.value(st, URIRef(BSKG + "charEnd")).toPython()
        evidence = str(g.value(st, URIRef(BSKG + "evidenceText")))
        if texts[aid][start:end] != evidence:
            wrong.append(f"{aid}[{start}:{end}] = {texts[aid][start:end]!r} ≠ {evidence!r}")
    assert wrong == [], "\n".join(wrong)


def _key(text: str) -> str:
    """A name as it may appear in a sentence: full-/half-width, brackets, spaces and quotes aside."""
    text = unicodedata.normalize("NFKC", text).replace("（", "(").replace("）", ")")
    return re.sub(r"[\s“”‘’\"'「」『』《》]", "", text)


def _listed_lines(sentence: str) -> set[str]:
    """轨道交通1、3、7号线 names 1号线, 3号线 and 7号线 without writing them out."""
    return {f"{n}号线" for run in re.findall(r"(\d+(?:[、，,和及与]\d+)+)号线", sentence)
            for n in re.findall(r"\d+", run)}


def _unnamed_ends(g: Graph, *, inferred: bool) -> list[str]:
    """Relation statements whose evidence sentence names neither label nor altLabel of an end."""
    out = []
    for st, s, p, o in _statements(g):
        if p not in RELATIONS or bool(g.value(st, URIRef(BSKG + "inferred"))) != inferred:
            continue
        sentence = _key(str(g.value(st, URIRef(BSKG + "evidenceText"))))
        # an inferred locatedIn points at the article's district, which the sentence need not name
        ends = (s,) if inferred else (s, o)
        for end in ends:
            forms = {_key(str(f)) for f in (*g.objects(end, RDFS.label), *g.objects(end, SKOS.altLabel))}
            if not any(f and f in sentence for f in forms) and not (forms & _listed_lines(sentence)):
                out.append(f"{g.value(s, RDFS.label)} {p.split('#')[-1]} {g.value(o, RDFS.label)}: "
                           f"{g.value(end, RDFS.label)} not in {sentence!r}")
    return out


def test_rdf_relation_evidence_names_subject_and_object(sample_graph):
    """Regression: relations found through 该项目/该基地 had only the reference's sentence (fixed in eba6e2f)."""
    violations = _unnamed_ends(sample_graph, inferred=False)
    assert violations == [], "\n".join(violations)


def test_rdf_inferred_relation_evidence_names_the_subject(sample_graph):
    if not any(sample_graph.subjects(URIRef(BSKG + "inferred"), Literal(True))):
        pytest.skip("this build has no inferred relations")
    violations = _unnamed_ends(sample_graph, inferred=True)
    assert violations == [], "\n".join(violations)


def test_rdf_articles_carry_identifier_source_title_and_date(sample_kg, sample_graph):
    g = sample_graph
    nodes = {str(g.value(a, DCTERMS.identifier)): a for a in g.subjects(RDF.type, URIRef(BSKG + "Article"))}
    assert set(nodes) == {a.id for a in sample_kg.articles}
    for a in sample_kg.articles:
        node = nodes[a.id]
        assert (node, RDF.type, SCHEMA_NEWS) in g
        assert g.value(node, DCTERMS.source) is not None
        if a.title:
            assert g.value(node, DCTERMS.title) == Literal(a.title, lang="zh")
        if a.published:
            assert g.value(node, DCTERMS.issued) == Literal(a.published.isoformat(), datatype=ns.XSD.date)
    assert any(g.objects(None, DCTERMS.issued))


def test_rdf_entities_have_a_type_a_zh_label_and_their_articles(sample_graph):
    g = sample_graph
    entities = {s for c in ENTITY_CLASSES for s in g.subjects(RDF.type, c)}
    problems = []
    for e in entities:
        labels = list(g.objects(e, RDFS.label))
        if len(labels) != 1 or labels[0].language != "zh":
            problems.append(f"{e}: labels {labels}")
        if len(set(g.objects(e, RDF.type)) & ENTITY_CLASSES) != 1:
            problems.append(f"{e}: not exactly one entity class")
        arts = list(g.objects(e, URIRef(BSKG + "mentionedIn")))
        if not arts or any((a, RDF.type, URIRef(BSKG + "Article")) not in g for a in arts):
            problems.append(f"{e}: bskg:mentionedIn {arts}")
    assert len(entities) > 100
    assert problems == [], "\n".join(problems)


def _used_vocabulary(g: Graph) -> set[URIRef]:
    used = {p for p in g.predicates() if str(p).startswith(BSKG)}
    used |= {c for c in g.objects(None, RDF.type) if str(c).startswith(BSKG)}
    used |= {p for p in g.objects(None, RDF.predicate) if str(p).startswith(BSKG)}
    return used


def test_rdf_ontology_declares_everything_graph_ttl_uses_in_zh_and_en(sample_graph):
    onto = ontology()
    used = _used_vocabulary(sample_graph)
    missing = sorted(
        f"{term.split('#')[-1]}: labels in {sorted(l.language or '-' for l in onto.objects(term, RDFS.label))}"
        for term in used
        if not {"zh", "en"} <= {l.language for l in onto.objects(term, RDFS.label)}
    )
    assert ENTITY_CLASSES | {URIRef(BSKG + "locatedIn")} <= used
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize("prop", CONTRACT_PROPERTIES, ids=lambda p: p.split("#")[-1])
def test_rdf_ontology_gives_contract_properties_domain_and_range(prop):
    onto = ontology()
    assert {"zh", "en"} <= {l.language for l in onto.objects(prop, RDFS.label)}
    assert onto.value(prop, RDFS.domain) is not None
    assert onto.value(prop, RDFS.range) is not None
