"""Resolution is deterministic: input order and rebuilding never change the graph."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

import bskg

from .conftest import ARTICLES, content_triples

SUBSET = sorted(p for p in ARTICLES.iterdir() if p.is_file() and p.name.startswith(("bs_", "yp_")))


def assert_same_build(a, b) -> None:
    assert a.entities == b.entities
    assert a.relations == b.relations  # relation evidence is sorted, so tuples compare
    assert a.quantities == b.quantities
    assert a.milestones == b.milestones
    ga, gb = content_triples(a.rdf), content_triples(b.rdf)
    assert ga == gb, (sorted(map(str, ga - gb))[:20], sorted(map(str, gb - ga))[:20])


def test_resolve_content_triples_tell_graphs_apart(sample_kg):
    """The comparison above is not blind: dropping one evidence sentence is seen."""
    g = sample_kg.rdf
    changed = Graph()
    dropped = False
    for t in g:
        if not dropped and str(t[1]).endswith("#evidenceText"):
            dropped = True
            continue
        changed.add(t)
    assert content_triples(changed) != content_triples(g)


def test_resolve_reversed_input_order_gives_the_same_graph(sample_kg):
    files = sorted(p for p in ARTICLES.rglob("*") if p.is_file())
    assert len(files) >= 10

    assert_same_build(bskg.build(files[::-1]), sample_kg)


@cache
def _subset_build():
    return bskg.build(SUBSET)


@settings(max_examples=8)
@given(order=st.permutations(SUBSET))
def test_resolve_article_order_does_not_change_the_graph(order):
    assert_same_build(bskg.build(order), _subset_build())


def test_resolve_building_twice_gives_identical_graph_ttl_bytes(sample_build, tmp_path):
    bskg.build(ARTICLES, out=tmp_path)

    assert (tmp_path / "graph.ttl").read_bytes() == sample_build.ttl.read_bytes()


def test_resolve_joins_aliases_across_articles(sample_kg):
    """宝山 and 宝山区 are one entity, mentioned by several articles."""
    baoshan = sample_kg.entity("宝山")
    assert baoshan is not None and baoshan is sample_kg.entity("宝山区")
    assert len(baoshan.articles) >= 3


def test_resolve_relations_point_at_known_entities(sample_kg):
    dangling = [(r.subject, r.predicate.value, r.object) for r in sample_kg.relations
                if r.subject not in sample_kg.entities or r.object not in sample_kg.entities]
    assert dangling == []
    assert all(r.evidence for r in sample_kg.relations)


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(f"---\ntitle: {name}\npublished: 2024-05-01\n---\n\n{text}\n", encoding="utf-8")
    return path


def test_resolve_a_line_without_its_city_takes_the_articles_city(tmp_path):
    """地铁1号线 in a Shenzhen and in a Nanjing article are two lines; in two Shenzhen articles one."""
    kg = bskg.build([
        _write(tmp_path, "a.txt", "深圳市光明区新建产业园紧邻地铁1号线。深圳将继续加大投入。"),
        _write(tmp_path, "b.txt", "南京江北新区的新产业园毗邻地铁1号线，南京市还将建设更多线路。"),
        _write(tmp_path, "c.txt", "深圳前海片区的地铁1号线车站客流稳步增长，深圳市民出行更便捷。"),
    ])
    lines = sorted((e.name, e.articles) for e in kg.entities.values() if e.name.endswith("1号线"))
    assert [name for name, _ in lines] == ["南京轨道交通1号线", "深圳轨道交通1号线"]
    assert [len(arts) for _, arts in lines] == [1, 2]
    assert "地铁1号线" in kg.entities[kg.entity("深圳轨道交通1号线").id].aliases


def test_resolve_a_tram_line_without_a_city_stays_in_its_article(tmp_path):
    """有轨电车1号线 in an article naming no city is not the line 1 of the city another article names."""
    kg = bskg.build([
        _write(tmp_path, "a.txt", "天水市有轨电车1号线连通主城区和秦州区。"),
        _write(tmp_path, "b.txt", "规划区内预留有轨电车1号线走廊，设站两座。"),
    ])
    lines = sorted(e.name for e in kg.entities.values() if e.name.endswith("1号线"))
    assert lines == ["天水有轨电车1号线", "有轨电车1号线"], lines


def test_resolve_one_evidence_per_article_and_start(sample_kg):
    """graph.ttl keys a statement node by (article, start): two evidences sharing them would give
    one node two sentences and two ends."""
    for facts in (sample_kg.relations, sample_kg.quantities):
        for f in facts:
            keys = [(e.article_id, e.start) for e in f.evidence]
            assert len(keys) == len(set(keys)), f


def test_resolve_a_district_name_two_cities_share_stays_two_places(tmp_path):
    """Tianjin's and Shaoxing's 滨海新区 are two places; within the Tianjin article, 滨海新区 after
    天津滨海新区 is the same place."""
    kg = bskg.build([
        _write(tmp_path, "tj.txt", "天津滨海新区今年新开工项目30个。滨海新区将加快建设海洋装备产业园。"),
        _write(tmp_path, "sx.txt", "绍兴滨海新区位于杭州湾南岸，今年新签约项目12个。"),
    ])
    tianjin = kg.entities[kg.entity("天津滨海新区").id]
    shaoxing = kg.entities[kg.entity("绍兴滨海新区").id]
    assert tianjin.id != shaoxing.id
    assert "滨海新区" in (tianjin.name, *tianjin.aliases)
    assert tianjin.articles == ("tj.txt",) and shaoxing.articles == ("sx.txt",)


def test_resolve_a_district_before_a_name_the_article_knows_is_where_it_lies(tmp_path):
    """松江区星辰产业园 where the article also writes 星辰产业园: one park, in 松江区; but 上海北大科技园
    (a city before the name) is a branch of its own."""
    kg = bskg.build([_write(tmp_path, "a.txt",
                            "松江区星辰产业园今天开工。星辰产业园由上海星辰集团投资建设，规划面积约2平方公里。")])
    park = kg.entities[kg.entity("星辰产业园").id]
    assert "松江区星辰产业园" in (park.name, *park.aliases)


def test_resolve_the_new_districts_committee_of_two_articles_stays_two_bodies(tmp_path):
    """新区管委会 written in a Zhenjiang and in a Yibin article stands for each article's own
    committee: the written form is an alias, but no key that joins the two districts' bodies."""
    kg = bskg.build([
        _write(tmp_path, "zj.txt", "镇江新区管委会与企业签约。新区管委会主任出席并致辞，新区管委会表示将做好服务。"),
        _write(tmp_path, "yb.txt", "宜宾三江新区管委会今天召开会议。新区管委会要求各单位加快项目建设。"),
    ])
    zj, yb = kg.entity("镇江新区管委会"), kg.entity("宜宾三江新区管委会")
    assert zj is not None and yb is not None and zj.id != yb.id, (zj, yb)
    assert zj.articles == ("zj.txt",) and yb.articles == ("yb.txt",)


def test_resolve_the_zones_party_committee_of_two_articles_stays_two_bodies(tmp_path):
    """经开区党工委 in a Qujing and in a Zhanjiang article is each zone's own committee."""
    kg = bskg.build([
        _write(tmp_path, "qj.txt", "曲靖经济技术开发区今年签约项目20个。经开区党工委副书记马剑锋介绍了园区情况。"),
        _write(tmp_path, "zj.txt", "湛江经济技术开发区今年签约项目30个。经开区党工委书记梁振华出席签约仪式。"),
    ])
    bodies = sorted(e.name for e in kg.entities.values() if e.name.endswith("党工委"))
    assert len(bodies) == 2 and all(b.startswith(("曲靖", "湛江")) for b in bodies), bodies


def test_resolve_a_park_named_by_its_sector_alone_is_not_another_zones_park(tmp_path):
    """新材料产业园, then 银川经开区新材料产业园 in a Yinchuan article (one park, the short form an alias);
    新材料产业园 in a Longyan article is that zone's own park: the short form joins nothing across articles."""
    kg = bskg.build([
        _write(tmp_path, "yc.txt", "经开区今年又在新材料产业园试点“标准地+承诺制”，审批时限平均压缩到30个工作日以内。"
                                   "据她介绍，银川经开区新材料产业园规划面积约6.2平方公里。"
                                   "银川经开区管委会主任张立新表示，下一步将加快新材料产业园二期建设。"),
        _write(tmp_path, "ly.txt", "龙岩高新区重点项目集中开工活动在新材料产业园二期举行。新材料产业园二期位于东肖镇，规划面积4.6平方公里。"),
    ])
    yinchuan = kg.entity("银川经开区新材料产业园")
    assert yinchuan is not None and yinchuan.articles == ("yc.txt",), yinchuan
    longyan = kg.entity("新材料产业园")
    assert longyan is not None and longyan.articles == ("ly.txt",), longyan


def test_resolve_a_sectors_harbour_named_alone_is_not_another_towns(tmp_path):
    """月浦智慧物流港 (以下简称“智慧物流港”) in a Baoshan article; 智慧物流港 in a Shaoyang article is that
    zone's own: a harbour named by its sector (智慧 included) joins nothing across articles."""
    kg = bskg.build([
        _write(tmp_path, "bs.txt", "月浦镇月浦智慧物流港（以下简称“智慧物流港”）今年开园，智慧物流港已入驻企业12家。"),
        _write(tmp_path, "sy.txt", "邵阳经开区智慧物流港由经开城投投资建设，总投资8亿元。智慧物流港建成后将成为公铁联运节点。"),
    ])
    yuepu = kg.entity("月浦智慧物流港")
    assert yuepu is not None and yuepu.articles == ("bs.txt",), yuepu


def test_resolve_a_head_word_declared_as_a_short_form_joins_nothing_across_articles(tmp_path):
    """科创城 is 大同经开区科创城's declared short form in one article and 太湖湾科创城's word in another."""
    kg = bskg.build([
        _write(tmp_path, "dt.txt", "用于建设大同经开区科创城（以下简称“科创城”）。科创城规划建设地标建筑。"),
        _write(tmp_path, "wx.txt", "无锡太湖湾科创城今年新增企业30家，科创城已集聚人才1万人。"),
    ])
    datong = kg.entity("大同经开区科创城")
    assert datong is not None and datong.articles == ("dt.txt",), datong


def test_resolve_a_short_form_two_articles_give_to_two_bodies_joins_neither(tmp_path):
    """辽工大 is declared for 辽宁工业大学 in a 锦州 article and for 辽宁工程技术大学 in a 阜新 one: two universities."""
    kg = bskg.build([
        _write(tmp_path, "jz.txt", "锦州高新区与辽宁工业大学（以下简称“辽工大”）共建研究院。辽工大派出团队30人。"),
        _write(tmp_path, "fx.txt", "阜新高新区与辽宁工程技术大学（以下简称“辽工大”）签约。辽工大科技园同日揭牌。"),
    ])
    one, other = kg.entity("辽宁工业大学"), kg.entity("辽宁工程技术大学")
    assert one is not None and other is not None and one.id != other.id, (one, other)
    assert one.articles == ("jz.txt",) and other.articles == ("fx.txt",), (one, other)
