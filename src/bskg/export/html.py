"""graph.html: the offline explorer, one self-contained file built on pyvis.

pyvis supplies the node and edge records, the network options and vis-network's script and
stylesheet (inlined, so the page makes no network request); the page itself is our own template,
because pyvis 0.3.2's template writes ``heading`` unescaped and switches tooltips to innerHTML when
a title contains "href". Article text never reaches the page as markup: all data travels as JSON
with ``<``, ``>`` and ``&`` escaped, the page's script builds the DOM with textContent only, and
tooltips are plain strings (vis-network 9 shows those with innerText).

Positions are computed here (see ``layout.py``) and physics is off, so the page only parses and
draws. Past ``max_nodes`` the most connected entities are kept and the page says what was left out.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections import Counter, defaultdict
from importlib import resources as importlib_resources
from pathlib import Path

from ..graph import KnowledgeGraph
from ..model import Evidence, QuantityProperty, RelationType
from . import atomic_write
from .facts import Fact, facts
from .layout import force_layout
from .palette import PREDICATE_COLORS, PREDICATE_LABELS, TYPE_COLORS, TYPE_LABELS
from .report import yuan

log = logging.getLogger(__name__)

DEFAULT_MAX_NODES = 3000  # past this a force map is a hairball, and the file passes ~6 MB
LABEL_CHARS = 10  # longer names are cut on the canvas; the tooltip and card show them whole
OMITTED_NAMES = 20000  # names of left-out entities kept for search ("not drawn: rebuild with …")
# edge labels the page draws itself: the selected entity's, and from minScale on at most `max` of
# the edges on screen at least minLength screen pixels long (a label on a short edge hides its nodes)
EDGE_LABELS = {"size": 11, "minScale": 1.3, "max": 400, "minLength": 60}
MAP_LABELS = 24  # names of the biggest entities on screen written when zoomed out too far for vis's labels
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def vis_options(n_edges: int) -> dict:
    """vis-network options: positions come from Python, so physics is off and nothing settles on open."""
    big = n_edges > 3000
    return {
        "autoResize": True,
        "physics": {"enabled": False, "stabilization": {"enabled": False}},
        "layout": {"improvedLayout": False},
        "nodes": {
            "shape": "dot", "borderWidth": 1,
            "font": {"face": FONT, "size": 14, "strokeWidth": 4, "strokeColor": "#ffffff", "color": "#1d2733"},
            # label size follows node size; below 8 px on screen vis-network skips a label and the
            # page writes the biggest entities' names at a readable size instead (a map's place names)
            "scaling": {"min": 7, "max": 42, "label": {"enabled": True, "min": 14, "max": 30,
                                                       "maxVisible": 30, "drawThreshold": 8}},
        },
        "edges": {
            "smooth": False, "width": 1.3, "selectionWidth": 2, "hoverWidth": 0.8,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
        },
        "interaction": {"hover": not big, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False},
    }


def to_html_data(kg: KnowledgeGraph, max_nodes: int | None = None) -> dict:
    """Everything the page shows, as JSON-ready data: vis records, entity cards, facts, articles, omissions."""
    max_nodes = max_nodes or DEFAULT_MAX_NODES
    g = kg.nx
    degree = dict(g.degree())
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], n))
    kept, omitted = ranked[:max_nodes], ranked[max_nodes:]
    keep = set(kept)
    all_facts = facts(kg)
    shown = [f for f in all_facts if f.subject in keep and f.object in keep]
    invest = _investment(kg)
    positions = force_layout(g.subgraph(keep), radius=_radius(kept, degree))
    net = _network(kg, kept, shown, positions, degree, invest)
    vis_nodes, vis_edges, _heading, _height, _width, options = net.get_network_data()
    return {
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(options)},
        "edgeLabels": {**EDGE_LABELS, "font": FONT},
        "mapLabels": MAP_LABELS,
        "entities": _cards(kg, kept, degree, invest),
        "facts": [{"id": f.id, "s": f.subject, "p": f.predicate, "o": f.object, "inferred": f.inferred,
                   "evidence": [_evidence(ev) for ev in f.evidence]} for f in shown],
        "articles": {a.id: {"title": a.title, "date": a.published.isoformat() if a.published else "",
                            "source": a.url or a.source} for a in kg.articles},
        "types": {t: {"color": c, "label": TYPE_LABELS[t]} for t, c in TYPE_COLORS.items()},
        "predicates": {p: {"color": c, "label": PREDICATE_LABELS[p], "symmetric": RelationType(p).symmetric}
                       for p, c in PREDICATE_COLORS.items()},
        "omitted": {
            "count": len(omitted), "total": len(g), "shown": len(keep), "maxNodes": max_nodes,
            "byType": dict(Counter(kg.entities[n].type.value for n in omitted)),
            "facts": len(all_facts) - len(shown),
            "names": [[kg.entities[n].name, kg.entities[n].type.value, degree[n], list(kg.entities[n].aliases)]
                      for n in omitted[:OMITTED_NAMES]],
        },
    }


def _network(kg: KnowledgeGraph, kept: list[str], shown: list[Fact], positions: dict, degree: dict,
             invest: dict):
    """A pyvis Network holding the page's node and edge records and vis options.

    Records are made with pyvis's own Node and Edge classes but appended directly: add_node and
    add_edge test membership in a list (and add_edge scans every edge on undirected networks), which
    is quadratic — about 20 s for 10,000 nodes.
    """
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(directed=True)
    for n in reversed(kept):  # hubs last, so they are drawn on top
        e = kg.entities[n]
        x, y = positions[n]
        net.nodes.append(Node(n, "dot", _clip(e.name, LABEL_CHARS), color=TYPE_COLORS[e.type.value], x=x, y=y,
                              value=degree[n], title=_node_tip(e, degree[n], invest.get(n))).options)
        net.node_ids.append(n)
    parallel: Counter = Counter()
    for f in shown:
        # No vis `label`: vis-network saves, rotates and measures every edge label on every frame,
        # drawn or not (1.2 s a frame at 6,000 edges). The page draws the predicate's label itself.
        extra: dict = {}
        pair = tuple(sorted((f.subject, f.object)))
        if parallel[pair]:  # a second fact between the same two entities: bend it
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * parallel[pair]}
        parallel[pair] += 1
        if RelationType(f.predicate).symmetric:
            extra["arrows"] = ""  # cooperatesWith, adjacentTo: no direction to show
        net.edges.append(Edge(f.subject, f.object, True, id=f.id, color=PREDICATE_COLORS[f.predicate],
                              dashes=f.inferred, title=_edge_tip(f, kg), **extra).options)
    net.options = vis_options(len(shown))
    return net


def _radius(nodes: list[str], degree: dict) -> dict[str, float]:
    """Each node's radius as vis-network will draw it from ``value`` (linear between scaling min and max)."""
    scaling = vis_options(0)["nodes"]["scaling"]
    low, high = scaling["min"], scaling["max"]
    values = [degree[n] for n in nodes] or [0]
    vmin, vmax = min(values), max(values)
    if vmax == vmin:
        return {n: (low + high) / 2 for n in nodes}
    return {n: low + (high - low) * (degree[n] - vmin) / (vmax - vmin) for n in nodes}


def _investment(kg: KnowledgeGraph) -> dict[str, float]:
    out: dict[str, float] = {}
    for q in kg.quantities:
        if q.property is QuantityProperty.INVESTMENT:
            out[q.entity] = max(out.get(q.entity, 0.0), q.max_value or q.value)
    return out


def _node_tip(e, degree: int, invest: float | None) -> str:
    """Plain text (vis-network shows string titles with innerText)."""
    lines = [e.name, f"{TYPE_LABELS[e.type.value]} {e.type.value} · {degree} 条关系"]
    if e.aliases:
        lines.append("别名 " + "、".join(e.aliases[:6]))
    if invest:
        lines.append("投资 " + yuan(invest))
    lines.append("点击查看详情与证据")
    return "\n".join(lines)


def _edge_tip(f: Fact, kg: KnowledgeGraph) -> str:
    head = f"{kg.entities[f.subject].name} —{PREDICATE_LABELS[f.predicate]} {f.predicate}→ {kg.entities[f.object].name}"
    if f.inferred:
        head += "（推断 inferred）"
    lines = [head] + [f"“{_clip(ev.sentence, 90)}”" for ev in f.evidence[:2]]
    if len(f.evidence) > 2:
        lines.append(f"…另有 {len(f.evidence) - 2} 句证据")
    return "\n".join(lines)


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _evidence(ev: Evidence) -> dict:
    return {"article": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}


def _cards(kg: KnowledgeGraph, nodes: list[str], degree: dict, invest: dict) -> dict:
    quantities, milestones = defaultdict(list), defaultdict(list)
    for q in kg.quantities:
        quantities[q.entity].append({"property": q.property.value, "value": q.value, "max": q.max_value,
                                     "qualifier": q.qualifier, "text": q.text,
                                     "evidence": [_evidence(ev) for ev in q.evidence]})
    for m in kg.milestones:
        milestones[m.entity].append({"kind": m.kind, "when": m.when, "planned": m.planned, "text": m.text,
                                     "evidence": [_evidence(ev) for ev in m.evidence]})
    out = {}
    for n in nodes:
        e = kg.entities[n]
        out[n] = {"name": e.name, "type": e.type.value, "aliases": list(e.aliases), "titles": list(e.titles),
                  "articles": list(e.articles), "degree": degree[n], "investment": invest.get(n),
                  "quantities": quantities.get(n, []), "milestones": milestones.get(n, [])}
    return out


def json_for_script(data: object) -> str:
    """JSON that can sit inside <script type="application/json"> whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for a, b in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return text


def _vis_assets() -> tuple[str, str]:
    lib = importlib_resources.files("pyvis") / "lib"
    folder = max((p for p in lib.iterdir() if p.name.startswith("vis-")),
                 key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), \
        (folder / "vis-network.css").read_text(encoding="utf-8")


_SLOT = re.compile(r"/\*(VIS_CSS|DATA|VIS_JS|PAGE_JS)\*/|__TITLE__")


def to_html(kg: KnowledgeGraph, max_nodes: int | None = None, title: str = "bskg 知识图谱") -> str:
    """The page, as one string."""
    js, css = _vis_assets()
    here = Path(__file__).parent
    slots = {
        "VIS_CSS": css.replace("</", "<\\/"),
        "DATA": json_for_script(to_html_data(kg, max_nodes)),
        "VIS_JS": js.replace("</script", "<\\/script").replace("<!--", "<\\!--"),
        "PAGE_JS": (here / "explorer.js").read_text(encoding="utf-8"),
    }
    template = (here / "explorer.html").read_text(encoding="utf-8")
    # one pass, so text inside the data can never be taken for a later slot
    return _SLOT.sub(lambda m: html.escape(title) if m.group(0) == "__TITLE__" else slots[m.group(1)], template)


def write_html(kg: KnowledgeGraph, path: Path, max_nodes: int | None = None) -> None:
    omitted = max(0, len(kg.entities) - (max_nodes or DEFAULT_MAX_NODES))
    if omitted:
        log.info("graph.html shows the %d most connected entities; %d left out (raise --max-nodes to show them)",
                 len(kg.entities) - omitted, omitted)
    atomic_write(path, to_html(kg, max_nodes))
