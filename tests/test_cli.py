"""The command line end to end, on the bundled corpus, the way a user runs it."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import DCTERMS

from bskg.cli import main

from .conftest import ARTICLES, GOLD, REPO

BSKG = "https://w3id.org/bskg/ontology#"


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def cli_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli_build")
    result = run("build", ARTICLES, "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def build_json(cli_build) -> dict:
    return json.loads((cli_build / "build.json").read_text(encoding="utf-8"))


def test_cli_build_writes_the_four_outputs(cli_build, build_json, sample_kg):
    for name in ("graph.ttl", "graph.html", "report.md", "build.json"):
        assert (cli_build / name).stat().st_size > 0, name
    assert build_json["counts"]["articles"] == len(sample_kg.articles)
    assert build_json["rejected"] == 0
    assert all(i["ok"] for i in build_json["inputs"])


def test_cli_build_reports_what_it_built(tmp_path, sample_kg):
    result = run("build", ARTICLES / "sz_sip.txt", "--out", tmp_path)

    assert result.exit_code == 0, result.stderr
    assert re.search(r"^built 1 articles → \d+ entities", result.stdout, re.M), result.stdout
    assert str(tmp_path / "graph.ttl") in result.stdout


def test_cli_query_list_names_every_saved_query():
    result = run("query", "--list")

    assert result.exit_code == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert listed == {p.stem for p in (REPO / "data" / "queries").glob("*.rq")}
    assert "counts_by_type" in listed


def test_cli_query_counts_by_type_as_sparql_json(cli_build, build_json):
    result = run("query", "counts_by_type", "--graph", cli_build / "graph.ttl", "--format", "json")

    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["type", "count"]
    counts = {}
    for b in doc["results"]["bindings"]:
        assert b["type"]["type"] == "uri" and b["count"]["type"] == "literal"
        counts[b["type"]["value"].removeprefix(BSKG)] = int(b["count"]["value"])
    assert counts == build_json["counts"]["entities_by_type"]


@pytest.mark.parametrize(
    "sparql",
    [
        "PREFIX bskg: <https://w3id.org/bskg/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a bskg:Article }",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label LIMIT 3",
    ],
    ids=["count-is-integer", "label-keeps-language"],
)
def test_cli_query_json_keeps_rdf_term_types(cli_build, sparql):
    result = run("query", "--sparql", sparql, "--graph", cli_build / "graph.ttl", "--format", "json")
    expected = json.loads(Graph().parse(cli_build / "graph.ttl").query(sparql).serialize(format="json"))

    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["results"] == expected["results"]


def test_cli_query_inline_sparql_as_csv(cli_build, sample_kg):
    sparql = "PREFIX bskg: <https://w3id.org/bskg/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a bskg:Article }"
    result = run("query", "--sparql", sparql, "--graph", cli_build / "graph.ttl", "--format", "csv")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == ["n", str(len(sample_kg.articles))]


def test_cli_report_writes_the_brief(cli_build, build_json, tmp_path):
    target = tmp_path / "brief.md"
    result = run("report", "--graph", cli_build / "graph.ttl", "--out", target)

    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert str(target) in result.stdout
    lines = text.splitlines()
    for etype, count in build_json["counts"]["entities_by_type"].items():  # the entity table, by SPARQL
        assert any(etype in line and re.search(rf"(?<![\d.]){count}(?![\d.])", line) for line in lines), \
            (etype, count)


def test_cli_eval_prints_a_total_line(cli_build):
    gold = sorted(GOLD.glob("*.gold.json"))
    result = run("eval", *gold, "--graph", cli_build / "graph.ttl")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    total = [line for line in lines if line.startswith("TOTAL")]
    assert len(total) == 1 and re.fullmatch(r"TOTAL\s+(\d\.\d\d\s+){3}\d+(\s+\d\.\d\d){3}", total[0]), total
    for g in gold:
        article = json.loads(g.read_text(encoding="utf-8"))["article"]
        assert any(line.startswith(article[:34]) and "not in graph" not in line for line in lines), article
    assert "relations without evidence: 0" in result.stdout


def _bskg_command() -> list[str]:
    script = Path(sys.executable).with_name("bskg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bskg.cli"]


def test_cli_build_with_bad_files_builds_the_rest_and_exits_1(tmp_path, sample_kg):
    inputs = tmp_path / "in"
    shutil.copytree(ARTICLES, inputs)
    noise = random.Random(3).randbytes(8192).replace(b"\x00", b"\x01")
    (inputs / "random.txt").write_bytes(noise)
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"

    proc = subprocess.run([*_bskg_command(), "build", str(inputs), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)

    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    for name, reason in (("random.txt", "cannot decode"), ("empty.txt", "empty file")):
        lines = [line for line in proc.stderr.splitlines() if name in line]
        assert len(lines) == 1 and reason in lines[0], proc.stderr
    ids = {str(o) for o in Graph().parse(out / "graph.ttl").objects(None, DCTERMS.identifier)}
    assert ids == {a.id for a in sample_kg.articles}
    summary = json.loads((out / "build.json").read_text(encoding="utf-8"))
    rejected = {Path(i["source"]).name: i["reason"] for i in summary["inputs"] if not i["ok"]}
    assert set(rejected) == {"random.txt", "empty.txt"} and summary["rejected"] == 2


def test_cli_build_with_nothing_buildable_exits_2(tmp_path):
    (tmp_path / "random.txt").write_bytes(random.Random(4).randbytes(4096))
    (tmp_path / "empty.txt").write_bytes(b"")

    result = run("build", tmp_path, "--out", tmp_path / "out")

    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "nothing could be built" in result.stderr
    assert "random.txt" in result.stderr and "empty.txt" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_cli_build_missing_input_exits_2(tmp_path):
    result = run("build", tmp_path / "no-such-folder", "--out", tmp_path / "out")

    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr and "no such file or folder" in result.stderr


@pytest.mark.parametrize(
    "command",
    [["query", "counts_by_type"], ["report"], ["eval", str(GOLD / "sz_sip.gold.json")]],
    ids=["query", "report", "eval"],
)
def test_cli_missing_graph_exits_2_with_one_line(tmp_path, command):
    missing = tmp_path / "nowhere" / "graph.ttl"
    result = run(*command, "--graph", missing)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(missing) in result.stderr, result.stderr


def test_cli_query_unknown_name_exits_2(cli_build):
    result = run("query", "no_such_query", "--graph", cli_build / "graph.ttl")

    assert result.exit_code == 2
    assert "unknown query 'no_such_query'" in result.stderr
