"""graph.html: one offline file; article text only ever travels as escaped JSON data."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from html.parser import HTMLParser

import pytest
from rdflib import URIRef
from rdflib.namespace import PROV, RDF

import bskg
from bskg.export.html import DEFAULT_MAX_NODES, to_html, to_html_data, vis_options
from bskg.export.palette import PREDICATE_COLORS, TYPE_COLORS
from bskg.graph import KnowledgeGraph
from bskg.model import (Article, Entity, EntityType, Evidence, Milestone, Quantity, QuantityProperty, Relation,
                        RelationType)
from bskg.vocab import BSKG, article_iri


class Page(HTMLParser):
    """Every tag with its attributes, and the text of <script id="bskg-data">."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data_text: list[str] = []
        self._in_data = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_data = tag == "script" and attrs.get("id") == "bskg-data"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_text.append(data)

    @property
    def data(self) -> dict:
        assert self.data_text, "no <script id=bskg-data> in the page"
        return json.loads("".join(self.data_text))


@pytest.fixture(scope="module")
def sample_page(sample_build) -> tuple[str, Page]:
    html = sample_build.html.read_text(encoding="utf-8")
    return html, Page(html)


def test_html_has_no_remote_src_or_href(sample_page):
    _, page = sample_page
    remote = [(tag, name, value) for tag, attrs in page.tags for name, value in attrs.items()
              if name in ("src", "href") and value and re.match(r"\s*(https?:)?//", value, re.I)]
    assert remote == []


def test_html_has_no_remote_stylesheet_or_script(sample_page):
    html, page = sample_page
    assert not re.search(r"<link\b[^>]*\bhref\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"@import\s+(url\()?[\"']?(https?:)?//", html, re.I)
    assert [t for t, _ in page.tags].count("script") == 3  # data, vis-network, page script: all inline


def test_html_data_edges_match_the_relations(sample_kg):
    from bskg.export.html import to_html

    # every node on the page (the sample build may pass the default max_nodes)
    data = Page(to_html(sample_kg, max_nodes=len(sample_kg.entities))).data
    assert len(data["vis"]["edges"]) == len(data["facts"]) == len(sample_kg.relations) > 50
    assert {n["id"] for n in data["vis"]["nodes"]} == set(sample_kg.entities)

    by_key = {(f["s"], f["p"], f["o"]): f for f in data["facts"]}
    assert len(by_key) == len(sample_kg.relations)
    wrong = []
    for r in sample_kg.relations:
        fact = by_key.get((r.subject, r.predicate.value, r.object))
        if fact is None:
            wrong.append(f"missing edge {r.subject} {r.predicate.value} {r.object}")
        elif [ev["sentence"] for ev in fact["evidence"]] != [ev.sentence for ev in r.evidence] \
                or fact["inferred"] != r.inferred:
            wrong.append(f"edge {r.subject} {r.predicate.value} {r.object}: {fact['evidence']} ≠ {r.evidence}")
    assert wrong == [], "\n".join(wrong)


def test_html_vis_edges_join_their_evidence_by_id(sample_page):
    _, page = sample_page
    data = page.data
    edges = {e["id"]: (e["from"], e["to"]) for e in data["vis"]["edges"]}
    assert edges == {f["id"]: (f["s"], f["o"]) for f in data["facts"]}


def test_html_max_nodes_keeps_the_best_connected_and_says_what_was_left_out(sample_kg):
    data = to_html_data(sample_kg, max_nodes=10)

    kept = {n["id"] for n in data["vis"]["nodes"]}
    assert len(kept) == 10
    assert data["omitted"]["count"] == len(sample_kg.entities) - 10
    assert all(e["from"] in kept and e["to"] in kept for e in data["vis"]["edges"])
    degree = sample_kg.nx.degree
    assert min(degree(n) for n in kept) >= max(degree(n) for n in sample_kg.entities if n not in kept)


PAYLOAD_TITLE = "宝山区<script>alert(1)</script>园区新闻"
PAYLOAD_TEXT = (
    "上海机器人产业园位于宝山区<img src=x onerror=alert(1)>，园区网站的href链接已更新。\n"
    "上海大学与宝山区签署战略合作协议<script>alert(1)</script>。\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(f"{PAYLOAD_TITLE}\n{PAYLOAD_TEXT}", encoding="utf-8")
    kg = bskg.build([folder / "hostile.txt"], out=folder / "out")
    return kg, (folder / "out" / "graph.html").read_text(encoding="utf-8")


def test_html_article_markup_reaches_the_page_only_as_data(hostile_build):
    kg, html = hostile_build
    data = Page(html).data
    sentences = [ev["sentence"] for f in data["facts"] for ev in f["evidence"]]
    titles = [a["title"] for a in data["articles"].values()]
    # the hostile strings did reach the page …
    assert any("<img src=x onerror=alert(1)>" in s for s in sentences), sentences
    assert any("<script>alert(1)</script>" in s for s in sentences + titles)
    # … but never as markup
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "\\u003cscript\\u003ealert(1)" in html


def test_html_article_markup_adds_no_tags_or_attributes(hostile_build, sample_page):
    _, html = hostile_build
    _, sample = sample_page
    page = Page(html)
    assert [t for t, _ in page.tags] == [t for t, _ in sample.tags]
    assert [(t, a) for t, attrs in page.tags for a, v in attrs.items()
            if a.startswith("on") or "alert" in (v or "")] == []


# ---- the page against graph.ttl, the visual encoding, scale, and a hostile graph built by hand ----


def _rdf_evidence(graph) -> dict[tuple[str, str, str], set]:
    """(subject, predicate name, object) → {(article IRI, start, end, sentence)} from the reified statements."""
    relations = {URIRef(str(BSKG._NS) + p.value) for p in RelationType}
    out: dict[tuple[str, str, str], set] = defaultdict(set)
    for st in graph.subjects(RDF.type, RDF.Statement):
        p = graph.value(st, RDF.predicate)
        if p not in relations:
            continue
        key = (str(graph.value(st, RDF.subject)), str(p).rsplit("#", 1)[1], str(graph.value(st, RDF.object)))
        out[key].add((str(graph.value(st, PROV.wasDerivedFrom)), graph.value(st, BSKG.charStart).toPython(),
                      graph.value(st, BSKG.charEnd).toPython(), str(graph.value(st, BSKG.evidenceText))))
    return out


def test_html_evidence_of_every_edge_is_what_the_rdf_holds(sample_page, sample_graph):
    data = sample_page[1].data
    rdf = _rdf_evidence(sample_graph)
    page = {(f["s"], f["p"], f["o"]): {(str(article_iri(ev["article"])), ev["start"], ev["end"], ev["sentence"])
                                       for ev in f["evidence"]}
            for f in data["facts"]}
    # the page shows the best-connected nodes up to its cap, and says how many facts it leaves out
    assert page and set(page) <= set(rdf)
    assert len(rdf) - len(page) == data["omitted"]["facts"]
    wrong = [key for key in page if page[key] != rdf[key]]
    assert wrong == [], f"{len(wrong)} edges differ from graph.ttl, e.g. {wrong[:3]}"


def test_html_encodes_type_relation_and_inference(sample_kg, sample_page):
    data = sample_page[1].data
    degree = sample_kg.nx.degree
    for node in data["vis"]["nodes"]:
        entity = sample_kg.entities[node["id"]]
        assert node["color"] == TYPE_COLORS[entity.type.value]
        assert node["value"] == degree(node["id"])
        assert isinstance(node["x"], float) and isinstance(node["y"], float)
        assert entity.name.startswith(node["label"].rstrip("…"))
    facts = {f["id"]: f for f in data["facts"]}
    assert any(f["inferred"] for f in facts.values()) and not all(f["inferred"] for f in facts.values())
    for edge in data["vis"]["edges"]:
        fact = facts[edge["id"]]
        assert edge["color"] == PREDICATE_COLORS[fact["p"]]
        assert edge["dashes"] is fact["inferred"]
        assert edge["arrows"] == ("" if RelationType(fact["p"]).symmetric else "to")
    assert set(data["predicates"]) == {p.value for p in RelationType}
    assert all(p["label"] for p in data["predicates"].values())  # the page draws these as edge labels
    assert set(data["types"]) == {t.value for t in EntityType}


def test_html_page_is_laid_out_in_python_with_physics_off(sample_page):
    options = sample_page[1].data["vis"]["options"]
    assert options["physics"]["enabled"] is False
    assert options["layout"]["improvedLayout"] is False
    assert options["edges"]["smooth"] is False  # "dynamic" smoothing adds a hidden node per edge


def test_html_big_graphs_hide_edges_while_moving():
    assert vis_options(6000)["interaction"]["hideEdgesOnDrag"] is True
    assert vis_options(300)["interaction"]["hideEdgesOnDrag"] is False


def _star_kg(n: int, m: int) -> KnowledgeGraph:
    """n entities, m relations; entity i links to a few of the first ones (hubs)."""
    article = Article(id="a", source="a.txt", raw="", text="", title="t")
    ids = [f"https://w3id.org/bskg/id/organization/o{i}" for i in range(n)]
    entities = {e: Entity(e, EntityType.ORGANIZATION, f"机构{i}", articles=("a",)) for i, e in enumerate(ids)}
    pairs: dict[tuple[int, int], None] = {}
    for k in range(n * 60):
        i, j = k % n, (k // n) % 50
        if i != j:
            pairs.setdefault((i, j))
        if len(pairs) == m:
            break
    relations = [Relation(ids[i], RelationType.COOPERATES_WITH, ids[j], (Evidence("a", k, k + 1, "句"),))
                 for k, (i, j) in enumerate(pairs)]
    return KnowledgeGraph(articles=(article,), entities=entities, relations=tuple(relations), quantities=())


def test_html_does_not_use_pyvis_quadratic_add_methods(monkeypatch):
    from pyvis.network import Network

    def scan(*_a, **_k):
        raise AssertionError("add_node/add_edge test membership in lists: quadratic on big graphs")

    monkeypatch.setattr(Network, "add_node", scan)
    monkeypatch.setattr(Network, "add_edge", scan)
    data = to_html_data(_star_kg(50, 120))
    assert len(data["vis"]["nodes"]) == 50 and len(data["vis"]["edges"]) == 120


def test_html_ten_thousand_entities_are_trimmed_quickly():
    import time

    kg = _star_kg(10_000, 30_000)
    t = time.perf_counter()
    data = to_html_data(kg, max_nodes=400)  # a small page, so the time is that of handling 10,000 entities
    elapsed = time.perf_counter() - t
    assert len(data["vis"]["nodes"]) == 400
    assert data["omitted"]["count"] == 10_000 - 400
    assert data["omitted"]["facts"] > 0
    assert len(data["omitted"]["names"]) == 10_000 - 400  # searchable: "not drawn, rebuild with …"
    assert elapsed < 20, f"to_html_data took {elapsed:.1f} s for 10,000 entities"


def test_html_default_max_nodes_is_what_the_cli_says():
    from bskg.cli import build

    assert any(f"default {DEFAULT_MAX_NODES})" in (p.help or "") for p in build.params if p.name == "max_nodes")


# every string field an article can put in the page, with the three ways pyvis's own template runs it
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> href="javascript:window.__pwned=1"'
PARK_ID = "https://w3id.org/bskg/id/park/hostile"
PLACE_ID = "https://w3id.org/bskg/id/place/宝山区"


def _hostile_kg() -> KnowledgeGraph:
    sentence = f"上海机器人产业园{HOSTILE}位于宝山区。"
    ev = Evidence("h.txt", 0, len(sentence), sentence)
    article = Article(id="h.txt", source=f"javascript:{HOSTILE}", raw=sentence, text=sentence,
                      title=f"标题{HOSTILE}", published=date(2024, 5, 17), url=f"javascript:alert(1)//{HOSTILE}")
    return KnowledgeGraph(
        articles=(article,),
        entities={
            PARK_ID: Entity(PARK_ID, EntityType.PARK, f"上海机器人产业园{HOSTILE}", aliases=(f"别名{HOSTILE}",),
                            titles=(HOSTILE,), articles=("h.txt",)),
            PLACE_ID: Entity(PLACE_ID, EntityType.PLACE, "宝山区", articles=("h.txt",)),
        },
        relations=(Relation(PARK_ID, RelationType.LOCATED_IN, PLACE_ID, (ev,)),),
        quantities=(Quantity(PARK_ID, QuantityProperty.INVESTMENT, 1.26e10, f"126亿元{HOSTILE}", (ev,),
                             qualifier=HOSTILE),),
        milestones=(Milestone(PARK_ID, f"开工{HOSTILE}", f"开工{HOSTILE}", (ev,), when="2024-05"),),
    )


@pytest.fixture(scope="module")
def hostile_kg() -> KnowledgeGraph:
    return _hostile_kg()


def test_html_hostile_strings_in_every_field_stay_data(hostile_kg):
    html = to_html(hostile_kg, title=f"题{HOSTILE}")
    page = Page(html)
    assert [t for t, _ in page.tags].count("script") == 3
    assert not [t for t, _ in page.tags if t in ("img", "a", "iframe", "object", "embed", "base", "link")]
    assert not [(t, a) for t, attrs in page.tags for a in attrs if a.startswith("on")]
    assert "__pwned" not in re.sub(r'<script type="application/json" id="bskg-data">.*?</script>', "", html,
                                   flags=re.S).split("<title>", 1)[1].split("</title>", 1)[1]
    data = page.data  # and the strings arrive intact, to be shown as text
    card = data["entities"][PARK_ID]
    assert card["name"].endswith(HOSTILE) and card["aliases"] == [f"别名{HOSTILE}"] and card["titles"] == [HOSTILE]
    assert card["quantities"][0]["text"].endswith(HOSTILE) and card["milestones"][0]["kind"].endswith(HOSTILE)
    assert data["articles"]["h.txt"]["title"].endswith(HOSTILE)
    assert HOSTILE in data["facts"][0]["evidence"][0]["sentence"]
    assert all(isinstance(n["title"], str) for n in data["vis"]["nodes"] + data["vis"]["edges"])


def test_html_slot_markers_inside_article_text_are_not_filled(hostile_kg):
    from dataclasses import replace

    kg = replace(hostile_kg, articles=(replace(hostile_kg.articles[0], title="/*PAGE_JS*/ /*VIS_JS*/ __TITLE__"),))
    html = to_html(kg)
    assert Page(html).data["articles"]["h.txt"]["title"] == "/*PAGE_JS*/ /*VIS_JS*/ __TITLE__"
    assert html.count("bskg explorer. Every string") == 1  # the page script, once
