"""report.md: a planner's brief made by SPARQL over the exported RDF (saved queries), not from
internal objects, so anything in it can be re-asked of graph.ttl."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..queries import run, saved_queries
from . import atomic_write

_TYPE_ZH = {"Project": "项目", "Park": "园区", "Organization": "机构", "Place": "地点", "Person": "人物"}


def _yuan(v) -> str:
    if v is None:
        return "—"
    return f"{v / 1e8:,.2f} 亿元" if v >= 1e7 else f"{v:,.0f} 元"


def _km2(v) -> str:
    return "—" if v is None else f"{v:,.4g} km²"


def _cell(text) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def to_report(graph: Graph) -> str:
    q = saved_queries()
    out = ["# bskg 区域发展简报 / District development brief", ""]
    articles = run(graph, "PREFIX bskg: <https://w3id.org/bskg/ontology#> "
                          "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a bskg:Article }")[1][0]["n"]
    out += [f"由 {articles} 篇文章生成；每条事实均可在 graph.ttl 中追溯到原句。 "
            f"Built from {articles} articles; every fact traces back to its sentence in graph.ttl.", ""]

    _, counts = run(graph, q["counts_by_type"].text)
    out += ["## 实体概况 / Entities", "", "| 类型 Type | 数量 Count |", "|---|---:|"]
    for row in counts:
        t = row["type"].rsplit("#", 1)[-1]
        out.append(f"| {_TYPE_ZH.get(t, t)} {t} | {row['count']} |")
    out.append("")

    _, projects = run(graph, q["projects_by_investment"].text)
    out += ["## 项目投资与面积 / Projects by investment", ""]
    if projects:
        out += ["| 项目 Project | 投资 Investment | 面积 Area | 来源 Source |", "|---|---:|---:|---|"]
        for r in projects:
            out.append(f"| {_cell(r['name'])} | {_yuan(r['investmentYuan'])} | {_km2(r['areaKm2'])} | {_cell(r['sources'])} |")
    else:
        out.append("（无 none）")
    out.append("")

    _, parks = run(graph, q["parks_and_tenants"].text)
    out += ["## 园区及入驻对象 / Parks and what is located in them", ""]
    by_park: dict[str, dict] = {}
    for r in parks:
        p = by_park.setdefault(r["parkName"], {"area": r["areaKm2"], "tenants": []})
        if r["tenantName"]:
            mark = "（推断）" if r["inferred"] else ""
            p["tenants"].append(f"{r['tenantName']}{mark}〔{r['source']}〕")
    if by_park:
        out += ["| 园区 Park | 面积 Area | 位于其中 Located in it (来源 source) |", "|---|---:|---|"]
        for name, p in sorted(by_park.items()):
            out.append(f"| {_cell(name)} | {_km2(p['area'])} | {_cell('；'.join(p['tenants']) or '—')} |")
    else:
        out.append("（无 none）")
    out.append("")

    _, coop = run(graph, q["cooperation"].text)
    out += ["## 合作与签约 / Cooperation agreements", ""]
    if coop:
        out += ["| 一方 Party | 另一方 Party | 证据 Evidence | 来源 Source |", "|---|---|---|---|"]
        for r in coop:
            out.append(f"| {_cell(r['aName'])} | {_cell(r['bName'])} | {_cell(r['evidence'])} | {_cell(r['source'])} |")
    else:
        out.append("（无 none）")
    out.append("")

    _, missing = run(graph, q["facts_without_evidence"].text)
    out += ["## 数据质量 / Data quality", "",
            f"- 无证据的关系 relations without evidence: {len(missing)}",
            "- 推断关系以 bskg:inferred true 标注，可在查询中排除。 Inferred statements carry bskg:inferred true.", ""]
    return "\n".join(out)


def write_report(ttl: Path, out: Path, graph: Graph | None = None) -> None:
    """``graph``: the exported graph when already in memory; otherwise ``ttl`` is parsed."""
    if graph is None:
        graph = Graph().parse(ttl, format="turtle")
    atomic_write(out, to_report(graph))
