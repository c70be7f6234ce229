"""HTML pages: only the article survives; navigation, breadcrumbs, related news, footers, scripts do not."""

from __future__ import annotations

from datetime import date

import pytest

from bskg.errors import InputError
from bskg.ingest import read_file

TITLE = "上海机器人产业园新一批项目签约"
BODY = [
    "5月16日，上海机器人产业园举行新一批重点项目集中签约仪式，共有12个项目落户园区，总投资约126亿元。",
    "上海机器人产业园位于宝山区顾村镇，规划面积约2.5平方公里，是上海市首批特色产业园区之一。",
    "据介绍，此次签约的项目涵盖工业机器人、服务机器人和核心零部件等领域，预计全部达产后年产值超过200亿元。",
    "园区负责人表示，将继续优化营商环境，为入驻企业提供全生命周期服务，推动机器人产业集群高质量发展。",
]
FURNITURE = [
    "网站首页", "新闻中心", "政务公开",  # navigation
    "当前位置", "宝山新闻 >", "园区动态",  # breadcrumb
    "相关新闻", "招商银行宝山支行开业典礼隆重举行", "顾村公园樱花节游客量创新高",  # related news
    "版权所有", "沪ICP备12345678号", "021-56691234", "宝山区融媒体中心",  # footer
    "TRACKER_SECRET_SCRIPT", "脚本里的文字", "color:red",  # script and style
    "海港城置业有限公司", "售楼热线", "政务服务中心",  # side bar, adverts
    "记者 黄嘉欣", "摄影 陈志鹏", "图为", "延伸阅读", "蕉门河中心区城市更新项目", "责任编辑",  # inside the text box
]
# furniture that sites put inside the article's own box
IN_BOX = ["<p>宝山区融媒体中心记者 黄嘉欣 通讯员 南宣</p>", "<p class=\"pic\">图为签约仪式现场。　摄影 陈志鹏</p>",
          "<table class=\"yd\"><tr><td><b>延伸阅读：</b><a href=\"#\">蕉门河中心区城市更新项目动工</a></td></tr></table>"]
BOXED = "\n".join([IN_BOX[0], f"<p>{BODY[0]}</p>", IN_BOX[1], f"<p>{BODY[1]}</p>", IN_BOX[2],
                   *(f"<p>{p}</p>" for p in BODY[2:]), "<p align=\"right\">【责任编辑：何丽雯】</p>"])
HEAD = f"""<head><meta charset="utf-8"><title>{TITLE}_宝山新闻网</title>
<meta name="publishdate" content="2024-05-17">
<script>var tracker = "TRACKER_SECRET_SCRIPT"; document.write("脚本里的文字");</script>
<style>.x{{color:red}}</style></head>"""
PARAGRAPHS = "\n".join(f"<p>{p}</p>" for p in BODY)
RELATED = """<h3>相关新闻</h3><ul>
<li><a href="/a1">招商银行宝山支行开业典礼隆重举行</a></li>
<li><a href="/a2">顾村公园樱花节游客量创新高</a></li></ul>"""
FOOTER = "版权所有 © 宝山区融媒体中心 沪ICP备12345678号 联系电话：021-56691234"

PAGES = {
    # HTML5 elements say what is furniture
    "semantic-elements": f"""<!DOCTYPE html><html>{HEAD}<body>
<nav><a href="/">网站首页</a><a href="/news">新闻中心</a><a href="/zw">政务公开</a></nav>
<nav aria-label="breadcrumb">当前位置：首页 &gt; 宝山新闻 &gt; 园区动态</nav>
<article><h1>{TITLE}</h1><time>2024-05-17</time>{PARAGRAPHS}</article>
<aside>{RELATED}</aside><footer>{FOOTER}</footer></body></html>""",
    # class names say what is furniture
    "class-names": f"""<!DOCTYPE html><html>{HEAD}<body>
<div class="menu"><a href="/">网站首页</a><a href="/news">新闻中心</a><a href="/zw">政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 宝山新闻 &gt; 园区动态</div>
<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2024-05-17</div>{PARAGRAPHS}</div>
<div class="related">{RELATED}</div><div id="footer">{FOOTER}</div></body></html>""",
    # nothing says what is furniture: the page layout has to
    "unlabelled-divs": f"""<!DOCTYPE html><html>{HEAD}<body>
<div class="top"><a href="/">网站首页</a> | <a href="/news">新闻中心</a> | <a href="/zw">政务公开</a></div>
<div class="pos">当前位置：首页 &gt; 宝山新闻 &gt; 园区动态</div>
<div class="main"><h1>{TITLE}</h1><div class="info">发布时间：2024-05-17 来源：宝山新闻网</div>
<div class="content">{PARAGRAPHS}</div><div class="list">{RELATED}</div></div>
<div class="bottom">{FOOTER}</div></body></html>""",
    # an old portal laid out with tables, furniture inside the text box
    "layout-tables": f"""<html>{HEAD}<body>
<table width="1000"><tr><td class="menu"><a href="/">网站首页</a> | <a href="/news">新闻中心</a> | <a href="/zw">政务公开</a></td></tr></table>
<table width="1000"><tr>
<td width="240" class="leftbar"><table><tr><th>政务服务</th></tr><tr><td><a href="#">政务服务中心</a></td></tr></table>
<table class="lbox ad"><tr><td><a href="#"><img src="a.jpg"><br>海港城 海港城置业有限公司 售楼热线 400-020-8899</a></td></tr></table></td>
<td valign="top" class="mainbox"><div class="weizhi">当前位置：首页 &gt;&gt; 宝山新闻 &gt;&gt; 园区动态</div>
<table width="100%"><tr><td class="bt">{TITLE}</td></tr><tr><td class="fbsj">发布时间：2024-05-17　来源：宝山区融媒体中心</td></tr>
<tr><td class="zoom">{BOXED}</td></tr></table>
<table class="list">{RELATED}</table></td></tr></table>
<table class="bottom"><tr><td>{FOOTER}</td></tr></table></body></html>""",
}


@pytest.fixture(params=list(PAGES))
def page(request, tmp_path):
    path = tmp_path / f"{request.param}.html"
    path.write_text(PAGES[request.param], encoding="utf-8")
    (article,) = list(read_file(path))
    assert not isinstance(article, InputError), article
    return article


def test_html_boilerplate_is_not_in_the_article_text(page):
    assert [f for f in FURNITURE if f in page.text] == []


def test_html_body_paragraphs_are_kept_in_order(page):
    assert page.text.split("\n")[1:] == BODY


def test_html_title_and_publication_date_are_kept(page):
    assert page.title == TITLE
    assert page.text.split("\n")[0] == TITLE
    assert page.published == date(2024, 5, 17)


def test_html_gbk_page_with_open_graph_date(tmp_path):
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>吴淞创新城首批项目开工</title>
<meta property="article:published_time" content="2023-11-08T09:30:00+08:00">
<script>window.dataLayer=["ANALYTICS_PAYLOAD"];</script></head><body>
<header><ul class="menu"><li>要闻动态</li><li>区情概览</li></ul></header>
<article><h1>吴淞创新城首批项目开工</h1>
<p>11月8日，吴淞创新城首批重点项目集中开工，共涉及8个项目，总投资约210亿元。</p>
<p>吴淞创新城位于宝山区南部，规划面积约26平方公里，是上海城市更新的重点区域之一。</p>
<p>据悉，首批开工项目包括特钢片区的科创载体、不锈钢片区的产业社区以及配套道路工程。</p></article>
<aside class="sidebar"><h3>热门推荐</h3><ol><li>宝山房价走势分析月报</li></ol></aside>
<div class="footer">主办单位：宝山区人民政府办公室</div></body></html>"""
    path = tmp_path / "gbk.html"
    path.write_bytes(html.encode("gbk"))

    (article,) = list(read_file(path))

    assert article.title == "吴淞创新城首批项目开工"
    assert article.published == date(2023, 11, 8)
    assert "规划面积约26平方公里" in article.text
    assert [f for f in ("ANALYTICS_PAYLOAD", "要闻动态", "热门推荐", "房价走势", "主办单位") if f in article.text] == []


def test_data_table_inside_a_layout_table_is_kept(tmp_path):
    """Old portals lay the page out with a table; a data table inside it (parks and their areas) is
    content and stays, as rows."""
    rows = "".join(f"<tr><td>{n}</td><td>{a}</td></tr>" for n, a in
                   (("园区名称", "规划面积"), ("金桥智造园", "约4.2平方公里"), ("外高桥智能港", "约3.1平方公里")))
    page = tmp_path / "layout.html"
    page.write_text(
        "<html><head><title>浦东重点园区推介</title></head><body><table class=\"layout\"><tr><td>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + f"<table class=\"parks\">{rows}</table>"
        + "<p>欢迎各类企业前来洽谈，共同推动区域产业高质量发展，实现互利共赢。</p></td></tr></table></body></html>",
        encoding="utf-8")
    (article,) = read_file(page)
    assert "金桥智造园" in article.text and "外高桥智能港" in article.text
    assert "约3.1平方公里" in article.text

