"""graph.html in a real browser: headless Chromium (Debian's chromium + chromium-driver) via Selenium.

Skipped, with the reason, where no chromium is installed; .ci/run installs it, so CI runs these.
Set BSKG_UPDATE_SCREENSHOT=1 to refresh docs/explorer.png from the screenshot taken here.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from bskg.export.html import to_html

from .chromium import chromium, cjk_fonts, missing, open_page

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"browser tests need Chromium: {missing()}")

DOCS_PNG = Path(__file__).resolve().parents[2] / "docs" / "explorer.png"


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


@pytest.fixture
def page(browser, sample_build):
    """The sample build's graph.html, freshly loaded and drawn."""
    browser.get_log("browser")  # drop what earlier tests left
    browser.get_log("performance")
    open_page(browser, sample_build.html)
    return browser


def js(driver, script: str, *args):
    return driver.execute_script(script, *args)


def _severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_explorer_draws_the_network(page):
    painted = js(page, """
        var c = document.querySelector('#network canvas'), ctx = c.getContext('2d');
        var px = ctx.getImageData(0, 0, c.width, c.height).data, n = 0;
        for (var i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235)) n++;
        return n / (c.width * c.height);""")
    assert painted > 0.005, f"only {painted:.2%} of the canvas is drawn"
    assert js(page, "return bskg.network.body.nodeIndices.length") == len(js(page, "return bskg.data.vis.nodes"))
    assert _severe(page) == []


def test_explorer_makes_no_network_request(page, sample_build):
    assert js(page, "return performance.getEntriesByType('resource').length") == 0
    urls = [msg["params"]["request"]["url"]
            for msg in (json.loads(e["message"])["message"] for e in page.get_log("performance"))
            if msg["method"] == "Network.requestWillBeSent"]
    assert urls and all(u == sample_build.html.resolve().as_uri() or u.startswith("data:") for u in urls), urls


def test_explorer_search_focuses_the_entity(page, sample_kg, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    fudan = sample_kg.entity("复旦大学")
    box = page.find_element(By.ID, "search")
    box.send_keys("复旦大学" + Keys.ENTER)
    assert js(page, "return bskg.network.getSelectedNodes()") == [fudan.id]
    assert js(page, "return document.getElementById('card').getAttribute('data-id')") == fudan.id
    assert page.find_element(By.CSS_SELECTOR, "#card .name").text == "复旦大学"
    # the view is centred on it
    view, node = js(page, "return [bskg.network.getViewPosition(), bskg.network.getPositions([arguments[0]])[arguments[0]]]",
                    fudan.id)
    assert abs(view["x"] - node["x"]) < 1 and abs(view["y"] - node["y"]) < 1
    # the evidence in its card is highlighted and sourced
    marks = [m.text for m in page.find_elements(By.CSS_SELECTOR, "#card .evidence mark")]
    assert "复旦大学" in marks
    assert page.find_elements(By.CSS_SELECTOR, "#card .evidence .src")
    shot = tmp_path / "explorer.png"
    page.set_window_size(1400, 1000)  # room for the card's first evidence sentences
    js(page, "bskg.network.focus(arguments[0], {scale: 1.1, animation: false})", fudan.id)
    page.save_screenshot(str(shot))
    page.set_window_size(1400, 900)
    assert shot.stat().st_size > 20_000
    if os.environ.get("BSKG_UPDATE_SCREENSHOT"):
        assert cjk_fonts(), "no CJK font: the screenshot would show boxes (apt-get install fonts-noto-cjk)"
        DOCS_PNG.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS_PNG)
    assert _severe(page) == []


def test_explorer_search_matches_part_of_a_name_or_alias(page, sample_kg):
    fudan = sample_kg.entity("复旦大学")
    assert fudan.id in [h["id"] for h in js(page, "return bskg.search('旦大')")]
    assert fudan.id in [h["id"] for h in js(page, "return bskg.search(arguments[0])", fudan.aliases[0])]


def test_explorer_type_filter_hides_every_organization(page, sample_kg):
    from selenium.webdriver.common.by import By

    orgs = {e.id for e in sample_kg.entities.values() if e.type.value == "Organization"}
    drawn = set(js(page, "return bskg.network.body.nodeIndices"))
    assert orgs & drawn
    page.find_element(By.CSS_SELECTOR, 'input[data-type="Organization"]').click()
    after = set(js(page, "return bskg.network.body.nodeIndices"))
    assert after & orgs == set()
    assert after == drawn - orgs
    page.find_element(By.CSS_SELECTOR, 'input[data-type="Organization"]').click()
    assert set(js(page, "return bskg.network.body.nodeIndices")) == drawn


def test_explorer_relation_inferred_and_article_filters(page, sample_kg):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    edges = set(js(page, "return bskg.edgeView.getIds()"))
    inferred = {f["id"] for f in js(page, "return bskg.data.facts") if f["inferred"]}
    page.find_element(By.ID, "hide-inferred").click()
    assert set(js(page, "return bskg.edgeView.getIds()")) == edges - inferred
    page.find_element(By.CSS_SELECTOR, 'input[data-predicate="locatedIn"]').click()
    left = js(page, "return bskg.edgeView.get().map(function (e) { return bskg.data.facts.find("
                    "function (f) { return f.id === e.id; }).p; })")
    assert left and "locatedIn" not in left
    article = max(sample_kg.articles, key=lambda a: sum(a.id in e.articles for e in sample_kg.entities.values()))
    Select(page.find_element(By.ID, "article")).select_by_value(article.id)
    drawn = js(page, "return bskg.network.body.nodeIndices")
    on_page = set(js(page, "return Object.keys(bskg.data.entities)"))  # past max_nodes some are left out
    assert drawn and set(drawn) == {e.id for e in sample_kg.entities.values() if article.id in e.articles} & on_page


def test_explorer_click_on_a_node_shows_its_evidence(page, sample_kg):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    fudan = sample_kg.entity("复旦大学")
    # bring it to the middle of the map, unselected, then click where it is drawn
    js(page, "bskg.network.moveTo({position: bskg.network.getPositions([arguments[0]])[arguments[0]], scale: 1.6});"
             "bskg.network.unselectAll();", fudan.id)
    canvas = page.find_element(By.CSS_SELECTOR, "#network canvas")
    at = js(page, "return bskg.network.canvasToDOM(bskg.network.getPositions([arguments[0]])[arguments[0]])", fudan.id)
    size = canvas.size
    ActionChains(page).move_to_element_with_offset(canvas, at["x"] - size["width"] / 2,
                                                   at["y"] - size["height"] / 2).click().perform()
    assert js(page, "return document.getElementById('card').getAttribute('data-id')") == fudan.id
    evidence = [e.text for e in page.find_elements(By.CSS_SELECTOR, "#card .evidence")]
    sentences = {ev.sentence for r in sample_kg.relations if fudan.id in (r.subject, r.object) for ev in r.evidence}
    assert evidence and all(any(s in text for s in sentences) for text in evidence)
    # and a relation in the card is a link to the other entity
    page.find_element(By.CSS_SELECTOR, "#card a.node-link").click()
    assert js(page, "return document.getElementById('card').getAttribute('data-id')") != fudan.id
    assert _severe(page) == []


def test_explorer_runs_no_script_from_article_text(browser, tmp_path):
    """Article strings holding <script>, <img onerror=…> and "href" show as text in the card and tooltip."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    from ..export.test_html import HOSTILE, PARK_ID, _hostile_kg

    path = tmp_path / "graph.html"
    path.write_text(to_html(_hostile_kg(), title=f"题{HOSTILE}"), encoding="utf-8")
    browser.get_log("browser")
    open_page(browser, path)
    js(browser, "bskg.focus(arguments[0])", PARK_ID)
    card = browser.find_element(By.ID, "card")
    assert HOSTILE in card.text  # the markup is shown, as text
    assert js(browser, "return document.querySelectorAll('img, iframe, #card script').length") == 0
    assert js(browser, "return [].slice.call(document.querySelectorAll('#card a')).every("
                       "function (a) { return !/^javascript:/i.test(a.getAttribute('href')); })")
    # hover the node: vis-network's tooltip must hold text only, whatever the title contains ("href")
    canvas = browser.find_element(By.CSS_SELECTOR, "#network canvas")
    at = js(browser, "return bskg.network.canvasToDOM(bskg.network.getPositions([arguments[0]])[arguments[0]])", PARK_ID)
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(canvas, at["x"] - size["width"] / 2 + 1,
                                                      at["y"] - size["height"] / 2 + 1).pause(0.8).perform()
    tip = js(browser, "var t = document.querySelector('.vis-tooltip');"
                      "return t && [t.style.visibility, [].map.call(t.querySelectorAll('*'), function (c) { return c.tagName; }),"
                      "t.textContent]")
    assert tip and tip[0] == "visible" and "href=" in tip[2] and "<img src=x" in tip[2], tip
    assert set(tip[1]) <= {"BR"}, tip  # innerText turns line breaks into <br>, and nothing else
    assert js(browser, "return window.__pwned") is None
    assert _severe(browser) == []
