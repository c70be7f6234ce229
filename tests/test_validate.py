"""SHACL validation: every build of the sample corpus conforms; each kind of breakage is reported."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

import bskg
from bskg.cli import main
from bskg.store import from_rdflib
from bskg.validate import shapes, split_sparql_constraints, validate
from bskg.vocab import BSKG
from .conftest import ARTICLES


def test_validate_sample_build_conforms(sample_build):
    report = bskg.open(sample_build.ttl).validate()
    assert report.conforms, report.text()


def test_validate_reads_an_oxigraph_store(small_store):
    """Validation through an on-disk Oxigraph store (the store holds the same triples as graph.ttl,
    tests/test_store.py; the whole sample build is validated above, once)."""
    g = bskg.open(small_store)
    assert g.engine == "oxigraph"
    report = g.validate()
    assert report.conforms, report.text()


def test_validate_shapes_cover_the_contract():
    g = shapes()
    core, sparql = split_sparql_constraints(g)
    assert len(sparql) == 2 and len(core) < len(g)
    targets = set(g.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {BSKG.Project, BSKG.Park, BSKG.Organization, BSKG.Place, BSKG.Person, RDF.Statement,
            BSKG.Milestone, BSKG.Article} <= targets


@pytest.fixture(scope="module")
def small_ttl(tmp_path_factory):
    """graph.ttl of a dozen sample articles: the breakage tests need a graph, not the whole corpus
    (SHACL validation of the sample build takes most of a minute; the test above does it)."""
    out = tmp_path_factory.mktemp("small_build")
    bskg.build(sorted(ARTICLES.glob("*.txt"))[:12], out=out)
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def small_store(small_ttl, tmp_path_factory):
    """The same dozen articles written with an on-disk Oxigraph store."""
    out = tmp_path_factory.mktemp("small_store")
    bskg.build(sorted(ARTICLES.glob("*.txt"))[:12], out=out, store="oxigraph")
    return out


@pytest.fixture(scope="module")
def broken(small_ttl):
    """A built graph with one breakage of each kind, on different nodes, validated once."""
    g = Graph().parse(small_ttl, format="turtle")
    orgs, projects = sorted(g.subjects(RDF.type, BSKG.Organization)), sorted(g.subjects(RDF.type, BSKG.Project))
    nodes = {"no label": orgs[0], "two types": projects[0], "bad quantities": projects[1]}
    g.remove((orgs[0], RDFS.label, None))
    g.add((projects[0], RDF.type, BSKG.Park))
    g.remove((projects[0], BSKG.mentionedIn, None))
    g.add((projects[1], BSKG.investmentYuan, Literal("-5", datatype=XSD.decimal)))
    g.add((projects[1], BSKG.areaKm2, Literal("3")))
    st = next(st for st in sorted(g.subjects(RDF.type, RDF.Statement))
              if g.value(st, RDF.subject) not in nodes.values() and g.value(st, RDF.object) not in nodes.values())
    g.remove((st, BSKG.evidenceText, None))
    nodes["statement"] = st
    return nodes, validate(from_rdflib(g))


def _on(broken, key):
    nodes, report = broken
    return [v for v in report.violations if v.focus == str(nodes[key])]


def test_validate_reports_a_missing_label(broken):
    assert not broken[1].conforms
    assert [v.path for v in _on(broken, "no label")] == ["rdfs:label"]


def test_validate_reports_two_types_and_no_article(broken):
    assert {"rdf:type", "bskg:mentionedIn"} <= {v.path for v in _on(broken, "two types")}


def test_validate_reports_negative_and_untyped_quantities(broken):
    lines = [v.line() for v in _on(broken, "bad quantities")]
    assert any("investmentYuan" in line and "non-negative" in line for line in lines), lines
    assert any("areaKm2" in line for line in lines), lines
    assert any("no statement" in line for line in lines), lines  # neither fact has its evidence


def test_validate_reports_a_statement_without_evidence(broken):
    hits = [v for v in broken[1].violations if v.path == "bskg:evidenceText"]
    assert hits and hits[0].focus_label.startswith("statement: ")
    assert "✗ statement: " in broken[1].text()


def test_validate_cli_exit_codes(small_ttl, tmp_path):
    r = CliRunner().invoke(main, ["validate", "--graph", str(small_ttl)])
    assert r.exit_code == 0 and "conforms" in r.output
    bad = tmp_path / "graph.ttl"
    bad.write_text("""@prefix bskg: <https://w3id.org/bskg/ontology#> .
<https://w3id.org/bskg/article/a> a bskg:Article ; <http://purl.org/dc/terms/identifier> "a" ;
    <http://purl.org/dc/terms/source> "a.txt" .
<https://w3id.org/bskg/id/place/x> a bskg:Place ; bskg:mentionedIn <https://w3id.org/bskg/article/a> .
""", encoding="utf-8")
    r = CliRunner().invoke(main, ["validate", "--graph", str(bad)])
    assert r.exit_code == 1 and "rdfs:label" in r.output and "1 violation" in r.output
