"""Articles in traditional characters are read like simplified ones and keep their own text."""

from __future__ import annotations

import bskg
from bskg.ingest import read_file
from bskg.ingest.hant import _table, is_traditional, to_simplified

PAGE = """首頁 > 新聞中心 > 產業動態
寶山區南大智慧城再添新項目
2024-05-08 10:21  來源：寶山發佈  瀏覽次數：312
5月8日，上海大學與寶山區人民政府簽署合作協議，共同建設環上大科技園。
總投資約30億元的微創醫療機器人總部項目位於南大智慧城，今年年底竣工。
環上大科技園建成後，該園區將成為寶山區科技創新的重要載體。
相關新聞
寶山區吳淞創新城規劃公示
"""


def _traditional(text: str) -> str:
    """Write a simplified text in traditional characters by the shipped table, backwards."""
    back: dict[str, str] = {}
    for hant, hans in sorted(_table().items()):
        back.setdefault(hans, chr(hant))
    return "".join(back.get(ch, ch) for ch in text)


def test_detects_traditional_text_and_not_simplified():
    assert is_traditional("寶山區位於上海市北部，區內有多個產業園區。")
    assert not is_traditional("宝山区位于上海市北部，区内有多个产业园区。")
    # one Hong Kong name quoted in a simplified article does not make it traditional
    assert not is_traditional("宝山区与香港的“長江實業”签约，共同建设南大智慧城的商业中心和人才公寓项目，总投资约50亿元。")


def test_fold_keeps_every_offset():
    text = "寶山區環上大科技園"
    folded = to_simplified(text)
    assert folded == "宝山区环上大科技园"
    assert len(folded) == len(text)


def test_furniture_of_a_traditional_page_goes(tmp_path):
    page = tmp_path / "hk.txt"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = read_file(page)
    assert article.title == "寶山區南大智慧城再添新項目"
    assert "來源" not in article.text and "相關新聞" not in article.text and "規劃公示" not in article.text
    assert "環上大科技園" in article.text


def test_big5_page_builds_with_simplified_names_and_traditional_evidence(tmp_path):
    page = tmp_path / "big5.txt"
    page.write_bytes(PAGE.encode("big5"))
    kg = bskg.build([page])
    names = {e.name for e in kg.entities.values()}
    assert {"宝山区", "上海大学", "南大智慧城", "环上大科技园"} <= names
    park = kg.entity("环上大科技园")
    assert "環上大科技園" in park.aliases
    (article,) = kg.articles
    for r in kg.relations:
        for ev in r.evidence:
            assert ev.sentence == article.text[ev.start:ev.end]
            assert is_traditional(ev.sentence) or not any(ch in ev.sentence for ch in "区园项")


def test_traditional_seed_reads_like_the_seed(seed_article, tmp_path):
    """The seed page written in traditional characters gives the same entities, relations and
    figures as the seed itself: the rules read the simplified copy."""
    simplified = bskg.build([seed_article])
    page = tmp_path / seed_article.name
    page.write_text(_traditional(seed_article.read_text(encoding="utf-8")), encoding="utf-8")
    traditional = bskg.build([page])

    def content(kg):
        name = {e.id: e.name for e in kg.entities.values()}
        return ({(e.name, e.type) for e in kg.entities.values()},
                {(name[r.subject], r.predicate, name[r.object]) for r in kg.relations},
                {(name[q.entity], q.property, q.value) for q in kg.quantities})

    assert content(traditional) == content(simplified)
    assert is_traditional(traditional.articles[0].text)


def test_a_reference_is_not_a_name_in_traditional_text():
    """該園區 and 園區 refer to the park named before; neither becomes one of its names."""
    from bskg.extract import Pipeline
    from bskg.model import Article

    text = "環上大科技園建成後，該園區將成為寶山區科技創新的重要載體。園區規劃面積約2平方公里。"
    parsed = Pipeline()(Article("t.txt", "t.txt", text, text))
    refs = [m for m in parsed.mentions if m.source == "reference"]
    assert refs and all(m.name == "环上大科技园" and not m.aliases for m in refs)
    park = [m for m in parsed.mentions if m.source != "reference" and m.name == "环上大科技园"]
    assert park and all("環上大科技園" in m.aliases for m in park)

