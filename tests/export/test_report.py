"""report.md / report.html: a planner's brief computed by the saved queries over graph.ttl."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import bskg
from bskg.cli import main
from bskg.export.report import km2, to_report, to_report_html, yuan


@pytest.fixture(scope="module")
def g(sample_build):
    return bskg.open(sample_build.ttl)


@pytest.fixture(scope="module")
def md(sample_build):
    return (sample_build.out / "report.md").read_text(encoding="utf-8")


def test_report_units():
    assert yuan(6.3e10) == "630 亿元" and yuan(1.86e9) == "18.6 亿元" and yuan(5e5) == "50 万元"
    assert yuan(None) == "—"
    assert km2(0.1433) == "0.143 km²（约 215 亩）" and km2(20) == "20 km²"


def test_report_build_writes_markdown_and_html(sample_build, md):
    html = (sample_build.out / "report.html").read_text(encoding="utf-8")
    assert md.startswith("# 区域发展简报")
    for section in ("要点 / At a glance", "投资分布", "重点项目", "里程碑", "园区", "合作与签约", "来源 / Sources"):
        assert section in md and section in html


def test_report_headline_figures_come_from_the_headline_query(g, md):
    head = g.query("headline")[0]
    assert f"| 项目 Projects | {head['projects']}（" in md
    assert f"| 披露总投资 Total stated investment | {yuan(head['investmentYuan'])} |" in md
    assert f"| 园区 Parks | {head['parks']} |" in md


def test_report_tables_cite_numbered_sources(md):
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    listed = re.findall(r"^(\d+)\. ", md.split("## 来源 / Sources", 1)[1], re.M)
    assert cited and cited == {int(n) for n in listed}


def test_report_html_is_self_contained_with_inline_charts(sample_build):
    html = (sample_build.out / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 2  # investment chart and milestone timeline
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""src=["']https?://""", html)
    assert 'id="src-1"' in html and 'href="#src-1"' in html


def test_report_is_made_from_the_exported_rdf(sample_build, md):
    assert to_report(bskg.open(sample_build.ttl)) == md
    assert to_report(bskg.open(sample_build.ttl, engine="rdflib").to_rdflib()) == md


def test_report_district_narrows_every_table(g):
    inside = {r["name"] for r in g.query("inside_place", place="宝山区")}
    text = to_report(g, district="宝山区")
    assert text.startswith("# 区域发展简报（宝山区）")
    projects = text.split("## 重点项目", 1)[1].split("\n## ", 1)[0]
    names = [line.split(" | ")[0].lstrip("| ") for line in projects.splitlines() if line.startswith("| ")][2:]
    assert names and set(names) <= inside
    assert "（宝山区）" in to_report_html(g, district="宝山区")


def test_report_unknown_district_says_so(g):
    assert "没有位于“火星区”之内" in to_report(g, district="火星区")


def test_report_cli(sample_build, tmp_path):
    out = tmp_path / "bs.md"
    r = CliRunner().invoke(main, ["report", "--graph", str(sample_build.ttl), "--out", str(out),
                                  "--district", "宝山区"])
    assert r.exit_code == 0, r.output
    assert out.exists() and out.with_suffix(".html").exists()
    assert "宝山区" in out.read_text(encoding="utf-8").splitlines()[0]


def test_source_numbers_do_not_depend_on_the_engines_concat_order():
    from bskg.export.report import _Sources

    arts = {"a": {}, "b": {}, "c": {}}
    one, two = _Sources(arts), _Sources(arts)
    assert one.cite("c b") == two.cite("b c")
    assert one.order == two.order == ["b", "c"]


def test_report_next_planned_is_dated_after_the_newest_article(tmp_path):
    """A plan for 2023 read in a 2023 article is not "next" in a corpus whose newest article is of
    2024: the next planned milestone is the earliest one not before the newest publication."""
    (tmp_path / "a.txt").write_text("---\ntitle: 旧闻\npublished: 2023-03-01\n---\n"
                                    "星河智造基地项目计划2023年6月开工。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\ntitle: 新闻\npublished: 2024-05-20\n---\n"
                                    "海棠冷链物流中心项目预计2025年竣工。\n", encoding="utf-8")
    bskg.build([tmp_path / "a.txt", tmp_path / "b.txt"], out=tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    line = next(x for x in md.splitlines() if "Next planned" in x)
    assert "2025" in line and "海棠冷链物流中心" in line and "2024-05-20" in line, line
