"""graph.html: the offline explorer, one self-contained file built on pyvis's network data.

pyvis builds the node and edge records; the page is our own template with vis-network's script
and stylesheet inlined from the pyvis package, so it makes no network request. Article text never
reaches the page as markup: all data travels as JSON (with <, >, & escaped) and the page's script
puts it into the DOM with textContent only.
"""

from __future__ import annotations

import html
import json
from importlib import resources as importlib_resources
from pathlib import Path

from ..graph import KnowledgeGraph
from ..model import EntityType
from . import atomic_write

TYPE_COLORS = {
    EntityType.PROJECT.value: "#e4572e",
    EntityType.PARK.value: "#29a36a",
    EntityType.ORGANIZATION.value: "#2e86de",
    EntityType.PLACE.value: "#f0a202",
    EntityType.PERSON.value: "#8e44ad",
}
TYPE_LABELS = {"Project": "项目 Project", "Park": "园区 Park", "Organization": "机构 Organization",
               "Place": "地点 Place", "Person": "人物 Person"}
PREDICATE_COLORS = {
    "locatedIn": "#7f8c8d", "partOf": "#16a085", "developedBy": "#c0392b", "cooperatesWith": "#2980b9",
    "adjacentTo": "#d35400", "hosts": "#95a5a6", "relatedTo": "#bdc3c7",
}
PREDICATE_LABELS = {"locatedIn": "位于", "partOf": "属于", "developedBy": "开发建设", "cooperatesWith": "合作",
                    "adjacentTo": "毗邻", "hosts": "承载", "relatedTo": "相关"}
DEFAULT_MAX_NODES = 1500


def _vis_assets() -> tuple[str, str]:
    lib = importlib_resources.files("pyvis") / "lib"
    folder = max((p for p in lib.iterdir() if p.name.startswith("vis-")), key=lambda p: p.name)
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), \
        (folder / "vis-network.css").read_text(encoding="utf-8")


def to_html_data(kg: KnowledgeGraph, max_nodes: int | None = None) -> dict:
    """The page's data: nodes, edges, entity cards, articles, and what was left out."""
    from pyvis.network import Network

    max_nodes = max_nodes or DEFAULT_MAX_NODES
    g = kg.nx
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), n))
    keep = set(ranked[:max_nodes])
    omitted = len(g) - len(keep)
    net = Network(directed=True)
    invest = {}
    for q in kg.quantities:
        if q.property.value == "investmentYuan":
            invest[q.entity] = max(invest.get(q.entity, 0), q.value)
    for n in ranked[:max_nodes]:
        e = kg.entities[n]
        net.add_node(n, label=e.name, color=TYPE_COLORS[e.type.value], group=e.type.value,
                     value=1 + g.degree(n), shape="dot")
    cards = {}
    for n in keep:
        e = kg.entities[n]
        cards[n] = {
            "name": e.name, "type": e.type.value, "aliases": list(e.aliases), "titles": list(e.titles),
            "articles": list(e.articles), "investment": invest.get(n),
            "quantities": g.nodes[n].get("quantities", []), "milestones": g.nodes[n].get("milestones", []),
        }
    edges = []
    for i, r in enumerate(kg.relations):
        if r.subject in keep and r.object in keep:
            edge_id = f"r{i}"
            net.add_edge(r.subject, r.object, id=edge_id, label=PREDICATE_LABELS[r.predicate.value],
                         color=PREDICATE_COLORS[r.predicate.value], dashes=r.inferred, arrows="to")
            edges.append({
                "id": edge_id, "from": r.subject, "to": r.object, "predicate": r.predicate.value,
                "inferred": r.inferred,
                "evidence": [{"article": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}
                             for ev in r.evidence],
            })
    nodes, vis_edges, *_ = net.get_network_data()
    for edge, meta in zip(vis_edges, edges):
        edge["id"] = meta["id"]
    articles = {a.id: {"title": a.title, "date": a.published.isoformat() if a.published else "",
                       "source": a.url or a.source} for a in kg.articles}
    return {
        "nodes": nodes, "edges": vis_edges, "cards": cards, "relations": edges, "articles": articles,
        "types": TYPE_COLORS, "typeLabels": TYPE_LABELS, "predicates": PREDICATE_COLORS,
        "predicateLabels": PREDICATE_LABELS, "omitted": omitted, "maxNodes": max_nodes,
        "total": len(g),
    }


def _json_for_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for a, b in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return text


def to_html(kg: KnowledgeGraph, max_nodes: int | None = None, title: str = "bskg 知识图谱") -> str:
    js, css = _vis_assets()
    template = (Path(__file__).parent / "explorer.html").read_text(encoding="utf-8")
    page_js = (Path(__file__).parent / "explorer.js").read_text(encoding="utf-8")
    return (template
            .replace("/*VIS_CSS*/", css.replace("</", "<\\/"))
            .replace("__TITLE__", html.escape(title))
            .replace("/*DATA*/", _json_for_script(to_html_data(kg, max_nodes)))
            .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
            .replace("/*PAGE_JS*/", page_js))


def write_html(kg: KnowledgeGraph, path: Path, max_nodes: int | None = None) -> None:
    atomic_write(path, to_html(kg, max_nodes))
