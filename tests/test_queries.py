"""Saved queries: their headers and parameters, results on the sample build, formats, CLI and API."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

import bskg
from bskg.cli import main
from bskg.errors import UsageError
from bskg.queries import bind, get_query, parse_query, saved_queries, term

# an example value for each required parameter
EXAMPLES = {"place": "宝山区", "article": "bs_biomed.md"}
REQUESTED = {  # the questions the saved queries must answer
    "projects_by_investment", "parks_and_tenants", "cooperation", "inside_place", "article_facts",
    "entities_without_evidence", "organizations_by_projects", "milestone_timeline",
}


@pytest.fixture(scope="module")
def g(sample_build):
    return bskg.open(sample_build.ttl)


def _args(q):
    return {p.name: EXAMPLES[p.name] for p in q.params if p.required}


def test_queries_saved_set_is_complete():
    assert REQUESTED <= set(saved_queries())


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_queries_header_is_bilingual_and_params_are_declared(name):
    q = saved_queries()[name]
    assert re.search(r"[\u4e00-\u9fff]", q.title) and re.search(r"[A-Za-z]", q.title), q.title
    assert " / " in q.title
    assert re.search(r"[\u4e00-\u9fff]", q.description) and re.search(r"[A-Za-z]{4}", q.description)
    body = "\n".join(line for line in q.text.splitlines() if not line.lstrip().startswith("#"))
    used = set(re.findall(r"\$(\w+)", body))
    assert used == {p.name for p in q.params}, f"{name}: $params used {used}, declared {q.params}"
    for p in q.params:
        assert p.description, f"{name}: parameter {p.name} has no description"


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_queries_run_on_the_sample_build(g, name):
    q = saved_queries()[name]
    res = g.results(q, **_args(q))
    assert res.variables
    if name in {"entities_without_evidence", "facts_without_evidence"}:
        assert res.rows == [], res.rows[:3]
    elif name not in {"cooperation"}:
        assert res.rows, f"{name} returned nothing on the sample corpus"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_queries_entities_without_evidence_finds_them(tmp_path, engine):
    """An entity no article mentions, or one 'mentioned in' something that is no article, is listed;
    one with its article is not."""
    ttl = tmp_path / "graph.ttl"
    ttl.write_text("""@prefix bskg: <https://w3id.org/bskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix id: <https://w3id.org/bskg/id/> .
id:a1 a bskg:Article .
id:p1 a bskg:Park ; rdfs:label "甲产业园"@zh ; bskg:mentionedIn id:a1 .
id:p2 a bskg:Park ; rdfs:label "乙产业园"@zh .
id:o1 a bskg:Organization ; rdfs:label "丙公司"@zh ; bskg:mentionedIn id:nowhere .
""", encoding="utf-8")
    rows = bskg.open(ttl, engine=engine).query("entities_without_evidence")
    assert sorted(r["name"] for r in rows) == ["丙公司", "乙产业园"], rows


def test_queries_bind_makes_terms():
    assert term("宝山区") == '"宝山区"@zh'
    assert term("BioBAY") == '"BioBAY"@zh'
    assert term("https://w3id.org/bskg/id/place/宝山区") == "<https://w3id.org/bskg/id/place/宝山区>"
    assert term('say "hi"\nnow') == '"say \\"hi\\"\\nnow"@zh'
    assert term(3) == '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert term(True) == "true"


def test_queries_bind_checks_parameters():
    q = parse_query("t", "# title: t / t\n# param: place (required) x\n# param: district (optional) y\n"
                         "# param: limit (default 5) z\nSELECT * WHERE { ?s ?p $place FILTER(STR($district) = \"\") } LIMIT $limit")
    text = q.sparql(place="宝山区")
    assert '"宝山区"@zh' in text and 'STR("")' in text and text.rstrip().endswith("LIMIT 5")
    assert q.sparql(place="x", limit=7).rstrip().endswith("LIMIT 7")
    with pytest.raises(UsageError, match="needs place"):
        q.sparql()
    with pytest.raises(UsageError, match="no parameter nope"):
        q.sparql(place="x", nope=1)
    with pytest.raises(UsageError, match="whole number"):
        q.sparql(place="x", limit="ten")
    with pytest.raises(UsageError, match="does not occur"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"place": "x"})


def test_queries_inside_place_is_transitive(g):
    rows = g.query("inside_place", place="宝山区")
    names = {r["name"] for r in rows}
    assert "宝山区" not in names
    direct = {r["name"] for r in rows if "宝山区" in (r["directlyIn"] or "").split("、")}
    assert direct and names - direct, "expected things inside 宝山区 both directly and through a town or park"


def test_queries_district_narrows_to_what_is_inside(g):
    inside = {r["entity"] for r in g.query("inside_place", place="宝山区")}
    everything = g.query("projects_by_investment")
    narrowed = g.query("projects_by_investment", district="宝山区")
    assert narrowed and len(narrowed) < len(everything)
    assert {r["project"] for r in narrowed} <= inside
    assert {r["entity"] for r in g.query("milestone_timeline", district="宝山区")} <= inside | {
        r["entity"] for r in g.query("milestone_timeline", district="宝山区") if r["name"] == "宝山区"}


def test_queries_article_facts_lists_evidence_in_text_order(g):
    rows = g.query("article_facts", article="bs_biomed.md")
    assert rows and all(r["evidence"] for r in rows)
    starts = [r["charStart"] for r in rows]
    assert starts == sorted(starts)
    assert rows == g.query("article_facts", article="https://w3id.org/bskg/article/bs_biomed.md")


def test_queries_headline_agrees_with_the_tables(g):
    head = g.query("headline")[0]
    by_type = {r["type"].rsplit("#", 1)[1]: r["count"] for r in g.query("counts_by_type")}
    assert head["projects"] == by_type["Project"] and head["parks"] == by_type["Park"]
    top = g.query("projects_by_investment", limit=100000)
    assert head["investedProjects"] == len(top)
    assert head["investmentYuan"] == pytest.approx(sum(r["investmentYuan"] or 0 for r in top))
    by_place = g.query("investment_by_place")
    assert sum(r["investmentYuan"] for r in by_place) == pytest.approx(head["investmentYuan"])


@pytest.mark.parametrize("name", ["headline", "counts_by_type", "articles", "inside_place", "article_facts",
                                  "projects_by_investment", "entities_without_evidence"])
def test_queries_same_answers_on_rdflib_and_oxigraph(sample_build, g, name):
    rd = bskg.open(sample_build.ttl, engine="rdflib")
    q = saved_queries()[name]

    def norm(rows):
        out = []
        for r in rows:
            # GROUP_CONCAT has no order: compare its parts ("、", " | " and " " are the separators used)
            out.append(tuple(sorted((k, "、".join(sorted(re.split(r"、| \| | ", v))) if isinstance(v, str) else
                                     round(v, 6) if isinstance(v, float) else v) for k, v in r.items())))
        return sorted(out, key=repr)

    assert norm(rd.query(q, **_args(q))) == norm(g.query(q, **_args(q)))


def test_queries_json_is_sparql_results_format(g):
    data = json.loads(g.results("counts_by_type").to_json())
    assert data["head"]["vars"] == ["type", "count"]
    b = data["results"]["bindings"][0]
    assert b["type"]["type"] == "uri"
    assert b["count"] == {"type": "literal", "value": b["count"]["value"],
                          "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    label = json.loads(g.results("inside_place", place="宝山区").to_json())["results"]["bindings"][0]["name"]
    assert label["xml:lang"] == "zh" and "datatype" not in label
    assert json.loads(g.results("ASK { ?s ?p ?o }").to_json()) == {"head": {}, "boolean": True}


def test_queries_csv_and_table(g):
    res = g.results("counts_by_type")
    rows = list(csv.reader(io.StringIO(res.to_csv())))
    assert rows[0] == ["type", "count"] and len(rows) == len(res) + 1
    assert res.to_table().splitlines()[-1] == f"({len(res)} rows)"


def test_queries_cli_list_and_params(sample_build):
    r = CliRunner().invoke(main, ["query", "--list"])
    assert r.exit_code == 0 and "inside_place" in r.output and "[--param place (required)]" in r.output
    r = CliRunner().invoke(main, ["query", "inside_place", "--param", "place=宝山区", "--graph", str(sample_build.ttl),
                                  "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["results"]["bindings"]
    r = CliRunner().invoke(main, ["query", "inside_place", "--graph", str(sample_build.ttl)])
    assert r.exit_code == 2 and "needs place" in r.output
    r = CliRunner().invoke(main, ["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                  "--graph", str(sample_build.out), "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[0] == "n"


def test_queries_cli_runs_a_query_file(sample_build, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# title: 我的 / mine\nPREFIX bskg: <https://w3id.org/bskg/ontology#>\n"
                  "SELECT ?p WHERE { ?p a bskg:Park } LIMIT 3\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", str(rq), "--graph", str(sample_build.ttl)])
    assert r.exit_code == 0 and "(3 rows)" in r.output
    assert get_query(str(rq)).title == "我的 / mine"


def test_queries_api_open_gives_rows_as_dicts(sample_build):
    g = bskg.open(sample_build.out)
    rows = g.query("projects_by_investment", limit=3)
    assert len(rows) == 3 and isinstance(rows[0], dict)
    assert rows[0]["investmentYuan"] >= rows[1]["investmentYuan"]
    assert g.query("SELECT ?x WHERE { BIND($v AS ?x) }", v=2) == [{"x": 2}]
