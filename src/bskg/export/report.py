"""report.md and report.html: a planner's brief made by the saved SPARQL queries over the exported
RDF (never from internal objects), so every figure in it can be re-asked of graph.ttl with
``bskg query NAME``.

The brief is built once as a list of blocks (headings, paragraphs, tables, SVG charts) and written
out twice: Markdown and a self-contained HTML page (inline CSS and SVG, nothing fetched).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..queries import saved_queries
from . import atomic_write
from .charts import bar_chart, timeline

_TYPE_ZH = {"Project": "项目", "Park": "园区", "Organization": "机构", "Place": "地点", "Person": "人物"}
TOP_PROJECTS, TOP_PARKS, TOP_ORGS, TOP_COOP, TOP_BARS, TOP_TIMELINE = 30, 20, 15, 30, 12, 40


# ---------------------------------------------------------------- formatting

def yuan(v) -> str:
    """Yuan in the units a planner reads: 亿元 from 100 million, 万元 from 10 thousand."""
    if v is None:
        return "—"
    if abs(v) >= 1e8:
        return f"{_num(v / 1e8)} 亿元"
    if abs(v) >= 1e4:
        return f"{_num(v / 1e4)} 万元"
    return f"{_num(v)} 元"


def km2(v) -> str:
    """km², with 亩 for sites under a square kilometre (1 km² = 1500 亩)."""
    if v is None:
        return "—"
    if v < 1:
        return f"{_num(v, 3)} km²（约 {_num(v * 1500, 0)} 亩）"
    return f"{_num(v)} km²"


def _num(v: float, digits: int = 2) -> str:
    text = f"{v:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _short(text: str | None, n: int = 80) -> str:
    text = (text or "").replace("\n", " ").strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _names(text: str | None, n: int = 8) -> str:
    # engines concatenate in no fixed order: sort (what was read before what was inferred) so the
    # brief is the same on every engine and every run
    items = sorted({t for t in (text or "").split("、") if t}, key=lambda t: (t.endswith("（推断）"), t))
    if len(items) <= n:
        return "、".join(items) or "—"
    return "、".join(items[:n]) + f" 等 {len(items)} 个"


# ---------------------------------------------------------------- document model

@dataclass(frozen=True)
class Refs:
    """Numbered source references in a table cell."""
    numbers: tuple[int, ...]


@dataclass
class Brief:
    blocks: list[tuple]
    sources: list[dict]


class _Sources:
    """Numbers articles in order of first citation."""

    def __init__(self, articles: dict[str, dict]):
        self.articles = articles
        self.order: list[str] = []

    def cite(self, iris: str | None) -> Refs:
        nums = []
        # sorted: a GROUP_CONCAT's order differs between SPARQL engines, the numbering must not
        for iri in sorted(set((iris or "").split())):
            if iri not in self.articles:
                continue
            if iri not in self.order:
                self.order.append(iri)
            nums.append(self.order.index(iri) + 1)
        return Refs(tuple(sorted(set(nums))))

    def listed(self) -> list[dict]:
        return [self.articles[i] for i in self.order]


def build_brief(graph, district: str | None = None) -> Brief:
    """Run the saved queries over ``graph`` (anything :func:`bskg.store.as_store` accepts)."""
    from ..store import as_store, from_rdflib

    store = as_store(graph)
    if store.engine != "oxigraph":  # rdflib mis-evaluates some nested sub-queries (investment_by_place)
        store = from_rdflib(store.to_rdflib())
    q = saved_queries()
    d = {"district": district} if district else {}

    def rows(name: str, **params):
        return store.results(q[name], **params).rows

    articles = {r["article"]: r for r in rows("articles")}
    src = _Sources(articles)
    head = rows("headline", **d)[0]
    blocks: list[tuple] = []
    where = f"（{district}）" if district else ""
    blocks.append(("h1", f"区域发展简报{where} / District development brief" + (f": {district}" if district else "")))
    dates = sorted(str(a["issued"]) for a in articles.values() if a.get("issued"))
    span = f"（{dates[0]} 至 {dates[-1]}）" if dates else ""
    span_en = f", published {dates[0]} to {dates[-1]}" if dates else ""
    blocks.append(("p", f"根据 {head['articles']} 篇报道{span}自动整理。每个数字都来自知识图谱中的一句原文，"
                        f"方括号中的编号对应文末的来源文章。 Compiled from {head['articles']} articles{span_en}; "
                        "every figure comes from a sentence in the knowledge graph, and the numbers in brackets "
                        "refer to the sources at the end."))
    if district and not head["projects"] and not head["parks"] and not head["milestones"]:
        blocks.append(("p", f"图谱中没有位于“{district}”之内的项目、园区或里程碑（按 locatedIn / partOf 关系）。"
                            f" Nothing in the graph is located in “{district}” (over locatedIn / partOf)."))

    # -- at a glance
    invest = rows("projects_by_investment", limit=TOP_PROJECTS, **d)
    places = rows("investment_by_place", **d)
    orgs = rows("organizations_by_projects", limit=TOP_ORGS, **d)
    miles = rows("milestone_timeline", limit=500, **d)
    blocks.append(("h2", "要点 / At a glance"))
    blocks.append(("table", ["指标 Figure", "数值 Value"], ["l", "r"], [
        ["项目 Projects", f"{head['projects']}（{head['investedProjects']} 个披露投资或用地 with stated figures）"],
        ["披露总投资 Total stated investment", yuan(head["investmentYuan"])],
        ["项目用地合计 Total project land", km2(head["projectAreaKm2"]) if head["projectAreaKm2"] else "—"],
        ["园区 Parks", str(head["parks"])],
        ["园区面积合计 Park area (parks within parks counted once)",
         km2(head["parkAreaKm2"]) if head["parkAreaKm2"] else "—"],
        ["里程碑 Milestones", str(head["milestones"])],
    ]))
    points = []
    top = next((r for r in invest if r["investmentYuan"]), None)
    if top:
        at = f"，位于{top['location'].split('、')[0]}" if top.get("location") else ""
        points.append(("投资最大的项目是" + f"{top['name']}（{yuan(top['investmentYuan'])}{at}）。"
                       f" The largest stated investment is {top['name']}.", src.cite(top["sourceArticles"])))
    located = [p for p in places if p["placeType"] and p["placeName"] != district]  # the district itself says little
    if located and head["investmentYuan"]:
        p = located[0]
        share = 100 * (p["investmentYuan"] or 0) / head["investmentYuan"]
        points.append((f"投资最多的园区或地点是{p['placeName']}：{p['projects']} 个项目，合计 {yuan(p['investmentYuan'])}，"
                       f"占披露总投资的 {share:.0f}%。 The park or place with the most stated investment is "
                       f"{p['placeName']} ({share:.0f}% of the total).", Refs(())))
    done = [m for m in miles if m["date"] and not m["planned"]]
    planned = [m for m in miles if m["planned"]]
    if done:
        m = max(done, key=lambda m: str(m["date"]))
        points.append((f"最近的里程碑：{m['date']} {m['name']}{m['kind']}。 Latest milestone: {m['date']}.",
                       src.cite(m["sourceArticle"])))
    if planned:
        # "next" as of the newest article: a plan dated before it is overdue or stale, not next
        issued = [str(a["issued"])[:10] for a in articles.values() if a.get("issued")]
        as_of = max(issued, default="")
        dated = [m for m in planned if m["date"]]
        ahead = [m for m in dated if str(m["date"]) >= as_of[:len(str(m["date"]))]]
        m = min(ahead or dated, key=lambda m: str(m["date"])) if dated else planned[0]
        when = m["date"] or "日期未定"
        since = f"（截至最新文章 {as_of}）" if as_of and ahead else ""
        since_en = f" as of the newest article ({as_of})" if as_of and ahead else ""
        points.append((f"下一个计划节点{since}：{when} {m['name']}{m['kind']}；共 {len(planned)} 个计划中的里程碑。"
                       f" Next planned{since_en}: {when}; {len(planned)} planned in all.", src.cite(m["sourceArticle"])))
    if orgs:
        o = orgs[0]
        points.append((f"参与项目最多的机构：{o['name']}（{o['projects']} 个项目）。"
                       f" Most involved organization: {o['name']}.", Refs(())))
    if points:
        blocks.append(("ul", points))

    # -- investment by place
    blocks.append(("h2", "投资分布 / Investment by park or place"))
    shown = [p for p in places if p["investmentYuan"]][:TOP_BARS]
    if shown:
        blocks.append(("svg", bar_chart([(p["placeName"], p["investmentYuan"], yuan(p["investmentYuan"]))
                                         for p in shown], "按园区或地点的披露投资 / Stated investment by park or place")))
        total = head["investmentYuan"] or 1
        blocks.append(("table", ["园区或地点 Park or place", "类型 Type", "项目 Projects", "投资 Investment", "占比 Share"],
                       ["l", "l", "r", "r", "r"],
                       [[p["placeName"], _TYPE_ZH.get(p["placeType"], "—"), str(p["projects"]),
                         yuan(p["investmentYuan"]), f"{100 * (p['investmentYuan'] or 0) / total:.1f}%"]
                        for p in places[:TOP_BARS * 2]]))
    else:
        blocks.append(("p", "没有披露投资额的项目。 No project states an investment."))

    # -- projects
    blocks.append(("h2", "重点项目 / Major projects"))
    if invest:
        blocks.append(("table", ["项目 Project", "投资 Investment", "用地 Land", "所在地 Location", "建设方 Developer",
                                 "来源 Source"], ["l", "r", "r", "l", "l", "l"],
                       [[r["name"], yuan(r["investmentYuan"]), km2(r["areaKm2"]), _names(r["location"], 3),
                         _names(r["developer"], 3), src.cite(r["sourceArticles"])] for r in invest]))
        if head["investedProjects"] > len(invest):
            blocks.append(("p", f"共 {head['investedProjects']} 个项目披露投资或用地，此处列出前 {len(invest)} 个；"
                                "完整列表见 `bskg query projects_by_investment --param limit=100000`。"))
    else:
        blocks.append(("p", "没有披露投资或用地的项目。 No project states an investment or land area."))

    # -- milestones
    blocks.append(("h2", "里程碑 / Milestones"))
    if miles:
        events = [{"date": m["date"], "planned": m["planned"], "label": f"{m['name']} {m['kind']}"} for m in miles]
        svg = timeline(events[:TOP_TIMELINE], "里程碑时间线 / Milestone timeline")
        if svg:
            blocks.append(("svg", svg))
        blocks.append(("table", ["日期 Date", "对象 Subject", "事件 Event", "状态 Status", "来源 Source"],
                       ["l", "l", "l", "l", "l"],
                       [[m["date"] or f"—（报道于 {m['reported']}）" if not m["date"] and m["reported"] else (m["date"] or "—"),
                         m["name"], m["kind"], "计划 planned" if m["planned"] else "已发生 done",
                         src.cite(m["sourceArticle"])] for m in miles]))
    else:
        blocks.append(("p", "没有读出里程碑。 No milestones were read."))

    # -- parks
    parks = rows("parks_and_tenants", limit=TOP_PARKS, **d)
    blocks.append(("h2", "园区 / Parks"))
    if parks:
        blocks.append(("table", ["园区 Park", "面积 Area", "所在地 Location", "其中 Inside", "包括 Including", "来源 Source"],
                       ["l", "r", "l", "r", "l", "l"],
                       [[p["parkName"], km2(p["areaKm2"]), _names(p["location"], 2), str(p["inside"]),
                         _names(p["contents"]), src.cite(p["sourceArticles"])] for p in parks]))
        blocks.append(("p", "“（推断）”表示该对象仅因所在文章只涉及这一园区或地区而被推断位于其中。"
                            " “（推断）” marks things placed in the park only because their article is about it alone."))
    else:
        blocks.append(("p", "没有园区。 No parks."))

    # -- organizations
    blocks.append(("h2", "主要机构 / Leading organizations"))
    if orgs:
        blocks.append(("table", ["机构 Organization", "项目 Projects", "项目合计投资 Their investment", "项目名单 Projects"],
                       ["l", "r", "r", "l"],
                       [[o["name"], str(o["projects"]), yuan(o["investmentYuan"]) if o["investmentYuan"] else "—",
                         _names(o["projectNames"], 4)] for o in orgs]))
    else:
        blocks.append(("p", "没有机构与项目的关系。 No organization is linked to a project."))

    # -- cooperation
    coop = rows("cooperation", limit=TOP_COOP, **d)
    blocks.append(("h2", "合作与签约 / Cooperation agreements"))
    if coop:
        blocks.append(("table", ["一方 Party", "另一方 Party", "依据 Evidence", "来源 Source"], ["l", "l", "l", "l"],
                       [[c["aName"], c["bName"], _short(c["evidence"]), src.cite(c["sourceArticle"])] for c in coop]))
    else:
        blocks.append(("p", "没有合作关系。 No cooperation was read."))

    # -- about the data
    counts = rows("counts_by_type", **d)
    missing_e = len(rows("entities_without_evidence"))
    missing_f = len(rows("facts_without_evidence"))
    blocks.append(("h2", "数据说明 / About the data"))
    blocks.append(("table", [f"类型 Type{('（' + district + '之内）') if district else ''}", "实体 Entities"], ["l", "r"],
                   [[f"{_TYPE_ZH.get(t, t)} {t}", str(r["count"])]
                    for r in counts for t in [r["type"].rsplit("#", 1)[-1]]]))
    blocks.append(("ul", [
        ("投资为各项目披露的最大数字（元换算为亿元）；面积换算为平方公里；同一项目的多个数字不重复相加。"
         " Investment is each project's largest stated figure; areas are in km².", Refs(())),
        (f"无来源的实体 {missing_e} 个，无证据的事实 {missing_f} 条（应均为 0）。"
         f" Entities without a source: {missing_e}; facts without evidence: {missing_f} (both should be 0).", Refs(())),
        ("本简报的每个表格都是 bskg 随包提供的 SPARQL 查询的结果，可用 `bskg query 名称` 复现："
         "headline、investment_by_place、projects_by_investment、milestone_timeline、parks_and_tenants、"
         "organizations_by_projects、cooperation、counts_by_type、articles。", Refs(())),
    ]))
    return Brief(blocks, src.listed())


# ---------------------------------------------------------------- Markdown

def _md_cell(cell) -> str:
    if isinstance(cell, Refs):
        return "".join(f"[{n}]" for n in cell.numbers) or "—"
    return str(cell if cell is not None else "").replace("|", "\\|").replace("\n", " ")


def render_markdown(brief: Brief) -> str:
    out: list[str] = []
    for block in brief.blocks:
        kind = block[0]
        if kind == "h1":
            out += [f"# {block[1]}", ""]
        elif kind == "h2":
            out += [f"## {block[1]}", ""]
        elif kind == "p":
            out += [block[1], ""]
        elif kind == "ul":
            out += [f"- {text}" + ("" if not refs.numbers else " " + _md_cell(refs)) for text, refs in block[1]] + [""]
        elif kind == "table":
            _, headers, aligns, rows = block
            out.append("| " + " | ".join(headers) + " |")
            out.append("|" + "|".join("---:" if a == "r" else "---" for a in aligns) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
            out.append("")
        elif kind == "svg":
            out += ['<div class="chart">', block[1].replace("\n", ""), "</div>", ""]
    out += ["## 来源 / Sources", ""]
    for i, a in enumerate(brief.sources, 1):
        out.append(f"{i}. {_source_line(a)}")
    if not brief.sources:
        out.append("（无 none）")
    return "\n".join(out).rstrip() + "\n"


def _source_line(a: dict, link=None) -> str:
    title = a.get("title") or a.get("id") or a["article"]
    date = f"（{a['issued']}）" if a.get("issued") else ""
    where = a.get("source") or ""
    if link:
        return link(title, where) + date
    return f"{title}{date} — {where}" if where else f"{title}{date}"


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',system-ui,sans-serif;color:#1d2733;
max-width:980px;margin:2em auto;padding:0 1.2em;line-height:1.6}
h1{font-size:1.6em;border-bottom:3px solid #2f6f9f;padding-bottom:.3em}
h2{font-size:1.2em;margin-top:2em;color:#2f6f9f;border-bottom:1px solid #dde3ea;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.6em 0 1em}
th,td{border-bottom:1px solid #e4e8ee;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f3f6f9;font-weight:600}td.r,th.r{text-align:right;white-space:nowrap}
.chart{overflow-x:auto;margin:.8em 0}sup a,a.ref{color:#2f6f9f;text-decoration:none}
ol.sources{font-size:.9em}.muted{color:#6b7785}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}}
"""


def _html_cell(cell) -> str:
    if isinstance(cell, Refs):
        return " ".join(f'<a class="ref" href="#src-{n}">[{n}]</a>' for n in cell.numbers) or "—"
    return escape(str(cell if cell is not None else ""))


def _inline(text: str) -> str:
    """Markdown `code` spans become <code>, everything else is escaped."""
    parts = escape(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def render_html(brief: Brief) -> str:
    title = next((b[1] for b in brief.blocks if b[0] == "h1"), "bskg brief")
    out = ["<!DOCTYPE html>", '<html lang="zh">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
    for block in brief.blocks:
        kind = block[0]
        if kind in ("h1", "h2"):
            out.append(f"<{kind}>{escape(block[1])}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{_inline(block[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{_inline(t)} {_html_cell(r) if r.numbers else ''}</li>"
                                        for t, r in block[1]) + "</ul>")
        elif kind == "table":
            _, headers, aligns, rows = block
            cls = [' class="r"' if a == "r" else "" for a in aligns]
            out.append("<table><thead><tr>" + "".join(f"<th{c}>{escape(h)}</th>" for h, c in zip(headers, cls))
                       + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td{c}>{_html_cell(v)}</td>" for v, c in zip(row, cls)) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "svg":
            out.append(f'<div class="chart">{block[1]}</div>')
    out.append("<h2>来源 / Sources</h2>")
    out.append('<ol class="sources">')

    def link(title, where):
        if where.startswith(("http://", "https://")):
            return f'<a href="{escape(where)}">{escape(title)}</a>'
        return f'{escape(title)} <span class="muted">{escape(where)}</span>'

    for i, a in enumerate(brief.sources, 1):
        out.append(f'<li id="src-{i}">{_source_line(a, link)}</li>')
    out += ["</ol>", '<p class="muted">bskg — 由 SPARQL 查询 graph.ttl 生成 / generated by SPARQL over graph.ttl</p>',
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- entry points

def to_report(graph, district: str | None = None) -> str:
    """The brief as Markdown."""
    return render_markdown(build_brief(graph, district))


def to_report_html(graph, district: str | None = None) -> str:
    """The brief as one self-contained HTML page."""
    return render_html(build_brief(graph, district))


def write_report_files(graph, out: Path, district: str | None = None) -> str:
    """Write ``out`` (Markdown) and the HTML page beside it (same name, .html); returns the Markdown."""
    brief = build_brief(graph, district)
    md = render_markdown(brief)
    out = Path(out)
    atomic_write(out, md)
    atomic_write(out.with_suffix(".html"), render_html(brief))
    return md


def write_report(ttl: str | os.PathLike, out: str | os.PathLike, graph=None, district: str | None = None) -> None:
    """Write report.md and report.html from a built graph.

    ``ttl``: graph.ttl (or a build folder or Oxigraph store), read with Oxigraph; ``graph``: the same
    graph already in memory, used only when ``ttl`` does not exist.
    """
    from ..store import from_rdflib, open as open_graph

    ttl = Path(ttl)
    if ttl.exists():
        source = open_graph(ttl)
    elif graph is not None:
        source = from_rdflib(graph) if type(graph).__module__.startswith("rdflib") else graph
    else:
        from ..errors import UsageError

        raise UsageError(f"{ttl}: no such graph; run 'bskg build' first or pass --graph")
    write_report_files(source, Path(out), district=district)
