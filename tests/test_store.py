"""bskg.open and the on-disk Oxigraph store written by ``bskg build --store oxigraph``."""

from __future__ import annotations

import os
import re
import time

import pytest
from click.testing import CliRunner

import bskg
from bskg.cli import main
from bskg.errors import UsageError
from bskg.store import STORE_DIR, is_store, write_store


def test_store_build_writes_an_oxigraph_store(store_build):
    assert is_store(store_build / STORE_DIR)
    g = bskg.open(store_build)
    assert g.engine == "oxigraph" and g.source == store_build / STORE_DIR
    assert len(g) == len(bskg.open(store_build / "graph.ttl", engine="rdflib"))


def test_store_answers_like_the_turtle_file(store_build, sample_build):
    disk, ttl = bskg.open(store_build / STORE_DIR), bskg.open(sample_build.ttl)
    def norm(rows):  # GROUP_CONCAT has no fixed order
        # ("、", " | " and " " are the separators the saved queries use)
        return [{k: sorted(re.split(r"、| \| | ", v)) if isinstance(v, str) else v for k, v in r.items()} for r in rows]

    for name in ("headline", "projects_by_investment", "milestone_timeline"):
        assert norm(disk.query(name)) == norm(ttl.query(name))


def test_store_older_than_the_turtle_is_not_used(tmp_path, sample_build):
    ttl = tmp_path / "graph.ttl"
    ttl.write_bytes(sample_build.ttl.read_bytes())
    write_store(ttl, tmp_path / STORE_DIR)
    assert bskg.open(tmp_path).source == tmp_path / STORE_DIR
    later = time.time() + 5
    os.utime(ttl, (later, later))
    assert bskg.open(tmp_path).source == ttl


def test_store_cli_build_option(tmp_path):
    r = CliRunner().invoke(main, ["build", "data/articles/bs_robot_park.html", "--out", str(tmp_path),
                                  "--store", "oxigraph", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert is_store(tmp_path / STORE_DIR) and (tmp_path / "report.html").exists()
    r = CliRunner().invoke(main, ["query", "counts_by_type", "--graph", str(tmp_path / STORE_DIR)])
    assert r.exit_code == 0 and "Park" in r.output


def test_store_errors_name_the_fix(tmp_path):
    with pytest.raises(UsageError, match="bskg build"):
        bskg.open(tmp_path / "missing.ttl")
    with pytest.raises(UsageError, match="engine"):
        bskg.open(tmp_path, engine="sqlite")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(UsageError, match="not a readable RDF graph"):
        bskg.open(bad)
    with pytest.raises(UsageError, match="SPARQL error"):
        bskg.open(_tiny(tmp_path)).query("SELECT WHERE {")


def _tiny(tmp_path):
    p = tmp_path / "tiny.ttl"
    p.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    return p
