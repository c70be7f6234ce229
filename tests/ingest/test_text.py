"""Plain-text articles: scraped-page furniture, masked characters, sentence offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bskg
from bskg.errors import InputError
from bskg.ingest import PLACEHOLDER, read_file, split_sentences
from bskg.ingest.text import restore_masks

SEED_FURNITURE = [
    "当前位置:首页 > 宝山产业地产信息 > 正文内容",  # breadcrumb
    "admin9个月前 (09-24)宝山产业地产信息941",  # site/author/views line
    "admin",
    "宝山产业地产信息",
    "葛毅明",  # the agent's ad
    "400 0123 021",
    "135246785151356468684613391219793",
    "请说明您的需求",
    "扫一扫",
    "版权声明",
    "本文链接",
    "bs-cfw.com",
    "标签",
    "分享给朋友",
    "的相关文章",
    # teasers of other articles
    "招商银行",
    "2019年1月宝山在售楼盘报价",
    "医疗器械经营企业监督检查结果公示",
    "后备箱市集",
    "27宗涉宅地块",
    "视比特机器人",
    "闽南网",
]
SEED_BODY = [
    "大调研正在进行中。",
    "6.9平方公里的南大智慧城,是上海中心城区仅剩少有的转型条件较为成熟、可成片开发的区域。",
    "我们与临港集团签约深化合作,加快导入重大战略性项目,预计今年在南大地区安排投资计划80亿元以上。",
    "总投资50亿元的上药超级工厂、全球机器人巨头发那科智能工厂(三期)项目等,均在紧锣密鼓建设中。",
    "切实在上海南北纵向发展轴上发挥更大作用、作出更大贡献!",  # the last body sentence
]


@pytest.fixture(scope="module")
def seed(seed_article):
    (article,) = list(read_file(seed_article))
    assert not isinstance(article, InputError), article
    return article


@pytest.mark.parametrize("furniture", SEED_FURNITURE)
def test_text_seed_page_furniture_is_not_in_the_cleaned_text(seed, furniture):
    assert furniture not in seed.text


@pytest.mark.parametrize("sentence", SEED_BODY)
def test_text_seed_page_body_sentences_are_kept(seed, sentence):
    assert sentence in seed.text


def test_text_seed_page_title_is_kept_as_the_first_line(seed):
    assert seed.title == "宝山:作为“施工者”要到“工地”里找问题、寻机遇、想对策"
    assert seed.text.split("\n", 1)[0] == seed.title


def test_text_seed_page_masked_characters_are_restored(seed):
    assert "最近,我们对南大、吴淞地区" in seed.text
    assert "中最重要的组成部分" in seed.text
    assert "全国最大的钢铁电商交易中心" in seed.text
    assert f"水{PLACEHOLDER}融" in seed.text
    assert "*" not in seed.text and "#" not in seed.text


@pytest.mark.parametrize(
    ("masked", "restored"),
    [
        ("*近,我们签约", "最近,我们签约"),
        ("全国*大的园区", "全国最大的园区"),
        ("*重要的组成部分", "最重要的组成部分"),
        ("*近、*大、*重要", "最近、最大、最重要"),
        ("水######融", f"水{PLACEHOLDER}融"),
        ("两者##相依", f"两者{PLACEHOLDER}相依"),
        ("5*3=15", "5*3=15"),  # arithmetic is not a mask
    ],
)
def test_text_restore_masks(masked, restored):
    assert restore_masks(masked) == restored


def test_text_masks_are_restored_when_reading_a_file(tmp_path):
    path = tmp_path / "masked.txt"
    path.write_text("宝山新闻\n*近,宝山区建成全市*大的机器人产业园,这是*重要的一步,水####融。\n", encoding="utf-8")

    (article,) = list(read_file(path))

    assert article.text == f"宝山新闻\n最近,宝山区建成全市最大的机器人产业园,这是最重要的一步,水{PLACEHOLDER}融。"


def test_text_placeholder_never_becomes_part_of_an_entity_name(tmp_path):
    path = tmp_path / "placeholder.txt"
    path.write_text(
        "宝山区新建科技园区\n"
        "上海##科技园位于宝山区，总投资约20亿元。该园区由###集团投资建设，是全市*大的科技园区。\n"
        "宝山区与##大学签署战略合作协议，共建##产业园。上海大学与###研究院共建联合实验室。\n",
        encoding="utf-8",
    )

    kg = bskg.build([path])

    assert PLACEHOLDER in kg.articles[0].text
    assert kg.entity("宝山区") is not None  # the article was really extracted
    names = [f for e in kg.entities.values() for f in (e.name, *e.aliases)]
    assert [n for n in names if PLACEHOLDER in n] == []


_CHARS = st.sampled_from(list("宝山区上海科技园，。！？；;!?…”」）\n\n  ab1"))


@given(st.text(_CHARS, max_size=80))
def test_text_sentence_offsets_slice_the_text(text):
    sentences = split_sentences(text)
    ends = [0]
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= ends[-1]
        ends.append(s.end)
    # only whitespace falls between sentences
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())


def test_text_sentence_offsets_of_every_sample_article(sample_kg):
    wrong = [
        (a.id, s.start, s.end)
        for a in sample_kg.articles
        for s in split_sentences(a.text)
        if a.text[s.start:s.end] != s.text
    ]
    assert sum(len(split_sentences(a.text)) for a in sample_kg.articles) > 100
    assert wrong == []


def test_text_sentences_end_at_chinese_punctuation():
    text = "宝山区签约。园区开工！进展如何？\n第二段；结束"
    assert [s.text for s in split_sentences(text)] == ["宝山区签约。", "园区开工！", "进展如何？", "第二段；", "结束"]


PORTAL_BODY = [
    "3月20日，嘉定工业区智能传感器产业园首期开工，总投资约35亿元。",
    "产业园位于嘉定区叶城路以北，规划面积约1.2平方公里。",
    "园区负责人表示，到2027年将集聚传感器企业100家以上。",
]
PORTAL = "\n".join([
    "---", "title: 嘉定工业区智能传感器产业园首期开工", "published: 2025-03-21", "---",
    "无障碍 | 长者模式 | 登录 | 注册",
    "首页 | 走进嘉定 | 政务公开 | 投资嘉定 | 互动交流",
    "请输入关键字 搜索",
    "当前位置：首页 > 新闻中心 > 图片新闻",
    "嘉定工业区智能传感器产业园首期开工",
    "来源：嘉定报  作者：沈一鸣  责任编辑：周凯  发布时间：2025-03-21 09:12  浏览次数：2316",
    "【字体：大 中 小】   分享到：微信 微博 QQ空间",
    "（记者 沈一鸣 通讯员 赵敏）" + PORTAL_BODY[0],
    "图为产业园开工现场。  摄影 邹斌",
    PORTAL_BODY[1],
    "延伸阅读：嘉定新城远香湖中央活力区再添新地标",
    PORTAL_BODY[2],
    "编辑：周凯  审核：黄丽萍",
    "（嘉定区融媒体中心 记者 沈一鸣）",
    "【打印】【关闭】",
    "上一篇：南翔智地企业园二期结构封顶",
    "相关新闻",
    "· 安亭汽车城新增5家规上企业　03-19",
    "嘉定云璟府 湖景洋房 售楼热线 400-021-5588",
    "版权所有：嘉定区人民政府办公室  沪ICP备12003456号-1",
])


def test_text_portal_page_keeps_only_the_article(tmp_path):
    """Menus before the breadcrumb, a byline opening the text, captions, a 延伸阅读 line and an
    editor line inside it, a tail of links and adverts: only the article's sentences stay."""
    path = tmp_path / "portal.txt"
    path.write_text(PORTAL, encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.text.split("\n") == ["嘉定工业区智能传感器产业园首期开工", *PORTAL_BODY]


def test_text_plain_article_keeps_a_hotline_paragraph_and_what_follows(tmp_path):
    """A phone number or 扫一扫 inside a paragraph of prose does not end the article."""
    body = ["园区服务中心为企业提供一站式服务，咨询电话021-66781234，扫一扫二维码即可预约。",
            "下一步，园区将继续完善配套设施。"]
    path = tmp_path / "plain.txt"
    path.write_text("园区服务升级\n" + "\n".join(body), encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.text.split("\n") == ["园区服务升级", *body]


def test_text_a_notice_goes_on_after_its_contact_clause(tmp_path):
    """A 公示's contact clause (联系电话：0871-65338712) is no advert: the sections after it stay; an
    advert's phone line followed by other furniture still ends a page."""
    notice = ["# 某某新材料项目环境影响评价第二次公示", "发布日期：2025-11-05",
              "一、建设项目基本情况", "项目名称：年产5万吨正极材料项目，建设地点：云南省昭通市昭阳工业园区守望片区。",
              "二、建设单位名称及联系方式", "1. 建设单位：云南某某新材料有限公司", "2. 联系人：赵工",
              "3. 联系电话：0871-65338712",
              "三、公众意见的范围", "重点为守望回族乡沙坝村、北闸镇红岩村以及太平街道部分社区居民。"]
    path = tmp_path / "notice.md"
    path.write_text("\n\n".join(notice), encoding="utf-8")
    (article,) = list(read_file(path))
    assert "北闸镇红岩村" in article.text
    page = ["园区新闻", "园区新引进企业20家，总投资约35亿元。", "产业招商/厂房租售：400 0123 021",
            "或微信/手机：13524678515", "相关阅读", "园区召开年度总结大会，部署明年重点工作任务！"]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(page), encoding="utf-8")
    (article,) = list(read_file(path))
    assert "400" not in article.text and "年度总结大会" not in article.text


def test_text_prose_opening_with_a_tail_word_does_not_end_the_article(tmp_path):
    body = ["园区新引进企业20家，总投资约35亿元。", "评论认为，这将带动周边产业发展。", "下一步，园区将继续完善配套。"]
    path = tmp_path / "prose.txt"
    path.write_text("园区动态\n" + "\n".join(body), encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.text.split("\n") == ["园区动态", *body]


def test_text_portal_page_is_dated_by_its_meta_line(tmp_path):
    path = tmp_path / "portal.txt"
    path.write_text(PORTAL, encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.published and article.published.isoformat() == "2025-03-21"


@pytest.mark.parametrize("meta, published", [
    ("发布日期：2024-10-16 10:05　　来源：区发展和改革局　　字号：【大 中 小】", "2024-10-16"),
    ("*2024年7月22日 · 湘江新区融媒体中心 · 文/贺思敏*", "2024-07-22"),
    ("admin9个月前 (09-24)宝山产业地产信息941", None),  # no year: unknown, not guessed
])
def test_text_scraped_page_date_comes_from_the_header(tmp_path, meta, published):
    path = tmp_path / "page.txt"
    path.write_text(f"首页 | 新闻 | 政务\n园区快讯\n{meta}\n今年3月，园区新引进企业20家，总投资约35亿元。\n"
                    "2023年5月10日，一期开工。", encoding="utf-8")
    (article,) = list(read_file(path))
    assert (article.published and article.published.isoformat()) == published


def test_text_notice_keeps_the_lines_leading_into_its_first_paragraph(tmp_path):
    """A government notice: its title, then an address line, an announcing line ending in ：and
    a section heading before the first paragraph of prose; only the portal's lines are header."""
    lead = ["各街道办事处，区直各单位：", "现将2024年第三季度重点项目建设进展情况通报如下：", "一、总体情况"]
    body = "今年，全区共安排重点项目98个，年度计划投资286亿元。"
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(["开发区管理委员会门户网站", "首页 | 政务公开 | 重点项目",
                               "开发区2024年第三季度重点项目建设进展情况通报",
                               "发布日期：2024-10-16 10:05　来源：区发展和改革局", *lead, body]), encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.text.split("\n") == ["开发区2024年第三季度重点项目建设进展情况通报", *lead, body]


def test_text_column_tag_before_a_title_and_slash_menus(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("瓯越新闻网\n首页 / 时政 / 区县 / 经济 / 民生\n【快讯】瓯江口片区产业园首期结构封顶\n"
                    "2024-11-21 08:47:12  来源：温州日报\n[ 大 中 小 ] [ 打印 ]\n"
                    "11月20日，位于瓯江口片区的产业园首期厂房顺利结构封顶。", encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.title == "【快讯】瓯江口片区产业园首期结构封顶"


NOTICE = """宁海县人民政府
首页 | 政务公开 | 政务服务
您当前的位置：首页 > 政务公开 > 通知公告
索 引 号：002916381/2026-00412　　　分　　类：通知公告
发布机构：宁海县人民政府办公室　　　发文日期：2026-03-02
文　　号：宁政办发〔2026〕9号　　　有 效 性：有效
标　　题：县政府办公室关于加快推进重点项目建设的通知
县政府办公室关于加快推进重点项目建设的通知
各乡镇人民政府、街道办事处，县政府各部门：
为加快推进重点项目建设，经县政府同意，现就有关事项通知如下：
一、今年全县计划实施重点项目80个，年度计划投资150亿元。
附件：重点项目清单
宁海县人民政府办公室
2026年3月2日
【打印本页】　【关闭窗口】
主办单位：宁海县人民政府办公室　　技术支持：县大数据中心
"""


def test_text_portal_document_table_gives_the_title_and_its_signature_is_kept(tmp_path):
    """A government portal's document table (索引号, 发布机构, 文号, 标题) is furniture, its 标题
    line is the title; the signature at the end (issuing body, date) is the document's own."""
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    (article,) = list(read_file(path))
    lines = article.text.split("\n")
    assert article.title == "县政府办公室关于加快推进重点项目建设的通知" == lines[0]
    assert not any("索" in line and "引" in line for line in lines) and "文　　号" not in article.text
    assert lines[-2:] == ["宁海县人民政府办公室", "2026年3月2日"]
    assert "主办单位" not in article.text and article.published.isoformat() == "2026-03-02"


def test_text_long_title_line_with_a_comma_is_not_the_first_paragraph(tmp_path):
    """A 标题： line holding a long headline with a comma looks like prose by its length; taken for
    the first paragraph, the 来源： line after it would end the article before its body."""
    title = "专访开发区管委会主任李明：以“链”强园，打造区域东部最具活力的新增长极"
    body = ["记者：今年以来，开发区经济运行总体情况如何？", "李明：总体稳中有进，新签约项目34个、总投资216亿元。"]
    path = tmp_path / "interview.txt"
    path.write_text("\n".join([f"标题：{title}", "来源：某某日报", "发布时间：2025-09-08", "", *body]), encoding="utf-8")
    (article,) = list(read_file(path))
    assert article.title == title and article.text.split("\n") == [title, *body]
    assert article.published.isoformat() == "2025-09-08"
