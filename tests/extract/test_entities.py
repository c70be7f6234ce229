"""Mention, relation and quantity rules on short sentences written for these tests (not the
sample articles), one behaviour per case."""

from __future__ import annotations

from datetime import date

import pytest

from bskg.extract import Pipeline, normalise
from bskg.model import Article, EntityType, QuantityProperty, RelationType

P, K, O, PL, PE = (EntityType.PROJECT, EntityType.PARK, EntityType.ORGANIZATION, EntityType.PLACE,
                   EntityType.PERSON)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def run(pipeline, text, published=None):
    return pipeline(Article("t.txt", "t.txt", text, text, published=published))


def names(parsed):
    return {m.canonical: m.type for m in parsed.mentions}


def assert_names(pipeline, text, good, bad):
    """``good`` (unless None) is named in ``text``, ``bad`` (unless None) is not."""
    got = names(run(pipeline, text))
    assert good is None or good in got, got
    assert bad is None or bad not in got, got


def relations(parsed):
    return {(normalise(r.subject), r.predicate.value, normalise(r.object)) for r in parsed.relations}


@pytest.mark.parametrize("text, name, etype", [
    ("嘉定区正在建设南翔智能制造产业园。", "南翔智能制造产业园", K),  # place + sector + head
    ("新城控股集团与区政府签约。", "新城控股集团", O),
    ("项目紧邻淀浦河。", "淀浦河", PL),
    ("华东理工大学与园区签约。", "华东理工大学", O),
    ("苏州仁和精密机械有限公司落户园区。", "苏州仁和精密机械有限公司", O),
    ("麦格纳（太仓）汽车零部件有限公司已经投产。", "麦格纳(太仓)汽车零部件有限公司", O),
    ("区委书记王立新出席。", "王立新", PE),
    ("“滨湖”未来科学园开园。", "滨湖未来科学园", K),
    ("项目位于安宁街道，紧邻滨江路。", "安宁街道", PL),  # a town named with a wish (安宁 is an adjective)
    ("富裕乡今年新建三座冷库。", "富裕乡", PL),
    ("近日，常州大学与企业签约。", "常州大学", O),  # a university named after its city
    ("基地由母公司全资子公司宏达精密（常州）有限公司负责建设。", "宏达精密(常州)有限公司", O),  # an adjective in a company name
    ("项目紧邻陈行水库。", "陈行水库", PL),
    ("我们会结合滨江大道沿线的景观进行提升。", "滨江大道", PL),  # 会|结合 opens no road's name
    ("第三代半导体联合研究中心揭牌。", "第三代半导体联合研究中心", O),  # a generation is part of the name
    ("沿九曲河建设的九曲河生态公园已开放。", "九曲河生态公园", PL),  # a numeral opens a river's name
    ("中国工商银行股份有限公司上海松江支行参与签约。", "中国工商银行股份有限公司上海松江支行", O),
    ("规划区东至滨海六路，西至兴慈三路。", "滨海六路", PL),  # a numbered road
    ("统筹泗泾镇和九亭镇资源。", "泗泾镇", PL),  # a verb before a town is no part of its name
    ("泗泾镇镇属企业上海泗泾实业发展有限公司负责建设。", "上海泗泾实业发展有限公司", O),  # a role noun ends the name
    ("上大·智汇创新中心开园。", "上大·智汇创新中心", O),  # a known name before the dot, split by jieba
    ("从园区经杨浦大桥可直达陆家嘴。", "杨浦大桥", PL),  # 经 (via) opens no name …
    ("西安经开第一医院新院区开工。", "西安经开第一医院新院区", P),  # … but 经开 (经济技术开发区) does
    ("松江区人民政府会同上海星辰集团有限公司发布公告。", "上海星辰集团有限公司", O),  # 会同: together with
])
def test_entities_names_are_composed_from_head_nouns(pipeline, text, name, etype):
    found = names(run(pipeline, text))
    assert found.get(name) == etype, found


@pytest.mark.parametrize("text, word", [
    ("园区将引进更多头部企业。", "头部企业"),
    ("推动高校科技成果在科技园转化。", "科技园"),
    ("打造若干市级特色园区。", "市级特色园区"),
    ("建设生物医药产业园。", "生物医药产业园"),
    ("让城市更美好，社区更宜居。", "城市"),
    ("全市将重点建设四大产业园区。", "四大产业园区"),  # parks counted, not one named
    ("打造两大科技园和十大重点项目。", "两大科技园"),
    ("推动繁荣镇域经济。", "繁荣镇"),
    ("两条河在此交汇。", "两条河"),
    ("项目与地铁站仅一路之隔。", "项目与地铁站仅一路"),
    ("资金用于产业园基础设施建设。", "资金用于产业园基础设施"),
    ("漕湖片区属于苏相合作区。", "漕湖片区属于苏相合作区"),
    ("对标市级特色产业园加快建设。", "标市级特色产业园"),  # one character left over before a generic name
    ("2024年松江区重大项目清单公布。", "年松江区重大项目"),  # a date is not part of a name
    ("到“十四五”末园区产值翻番。", "十四五末园区"),
    ("企业正全力打造行业“黑灯工厂”。", "黑灯工厂"),  # a kind of factory aimed at
    ("园区按照“留老乡、回故乡、富家乡”的思路招商。", "回故乡"),  # home towns, not townships
    ("项目将新上数控加工中心和热处理生产线。", "新上数控加工中心"),  # machines bought
])
def test_entities_generic_words_are_not_entities(pipeline, text, word):
    assert not any(word == m.canonical or word in m.aliases for m in run(pipeline, text).mentions)


def test_entities_coordinated_metro_lines_are_four_lines(pipeline):
    parsed = run(pipeline, "沿线有轨道交通2、5、9、12号线。")
    lines = {m.canonical for m in parsed.mentions if m.type == PL}
    assert {"轨道交通2号线", "轨道交通5号线", "轨道交通9号线", "轨道交通12号线"} <= lines


def test_entities_person_keeps_title(pipeline):
    parsed = run(pipeline, "镇党委书记张德明表示，将加快推进。")
    person = [m for m in parsed.mentions if m.type == PE]
    assert person and person[0].canonical == "张德明" and person[0].title == "党委书记"


def test_entities_declared_abbreviation_is_an_alias(pipeline):
    parsed = run(pipeline, "浙江海森新材料有限公司（以下简称“海森新材”）投资建设的海森新材料生产基地开工。")
    company = [m for m in parsed.mentions if m.canonical == "浙江海森新材料有限公司"]
    assert company and "海森新材" in company[0].aliases
    assert ("海森新材料生产基地", "developedBy", "浙江海森新材料有限公司") in relations(parsed)


def test_entities_placeholder_never_in_a_name(pipeline):
    parsed = run(pipeline, "园区引进了盛□科技有限公司。")
    assert all("□" not in m.canonical for m in parsed.mentions)


@pytest.mark.parametrize("text, triple", [
    ("力拓精密、华锐电子、中科智控等企业入驻松江综合保税区。", ("华锐电子", "locatedIn", "松江综合保税区")),
    ("静安区与同济大学签署战略合作协议。", ("静安区", "cooperatesWith", "同济大学")),
    ("由上海临港经济发展（集团）有限公司投资建设的临港科技城正式开园。",
     ("临港科技城", "developedBy", "上海临港经济发展(集团)有限公司")),
    ("金桥智造园紧邻曹家沟。", ("金桥智造园", "adjacentTo", "曹家沟")),
    ("虹桥国际中央商务区位于闵行区，规划面积约86平方公里。", ("虹桥国际中央商务区", "locatedIn", "闵行区")),
    ("以上海拓维电子有限公司、上海中芯智联科技有限公司为代表的一批企业，均已把总部设在松江区。",
     ("上海中芯智联科技有限公司", "locatedIn", "松江区")),
    ("临港科技城内，由上海临港经济发展（集团）有限公司牵头建设的临港智能制造中试平台同步开工。",
     ("临港智能制造中试平台", "locatedIn", "临港科技城")),
    ("上海中芯智联科技有限公司总部所在的漕河泾开发区聚集了企业500余家。",
     ("上海中芯智联科技有限公司总部", "locatedIn", "漕河泾新兴技术开发区")),
    ("上海光电研究中心依托复旦大学组建。", ("上海光电研究中心", "relatedTo", "复旦大学")),
    ("金山工业区主体位于亭林镇和枫泾镇境内。", ("上海金山工业区", "locatedIn", "枫泾镇")),
    ("上海中芯智联科技有限公司将在嘉定区投资约20亿元，建设中芯智联封测基地。", ("中芯智联封测基地", "locatedIn", "嘉定区")),
    ("沿淀浦河建设的淀浦河生态长廊全长约8公里，北接虹桥国际中央商务区。",
     ("淀浦河生态长廊", "adjacentTo", "虹桥国际中央商务区")),
    ("上海轨道交通2、10、17号线在虹桥火车站交汇。", ("上海虹桥站", "adjacentTo", "上海轨道交通17号线")),
    ("同日，位于松江区的松江智造产业园正式开工。该项目由上海松江城投集团有限公司投资建设。",
     ("松江智造产业园", "developedBy", "上海松江城投集团有限公司")),
    ("6月20日，上海星算科技有限公司与松江区签约，将在松江枢纽商务区设立星算华东总部。",  # a date opens the sentence
     ("星算华东总部", "developedBy", "上海星算科技有限公司")),
    ("上海星算科技有限公司由上海松江城投集团有限公司控股。", ("上海星算科技有限公司", "partOf", "上海松江城投集团有限公司")),
    ("上海星算科技有限公司选择扎根松江枢纽商务区，建设星算华东总部。", ("星算华东总部", "locatedIn", "松江枢纽商务区")),
    ("项目位于罗店镇美丰村，紧邻沪太公路。", ("美丰村", "locatedIn", "罗店镇")),  # a village after its town
    ("地铁7号线在区内设有美兰湖站、罗南新村站。", ("罗南新村站", "partOf", "轨道交通7号线")),
    # a numbered item: the heading names the project, the next sentence has no subject of its own
    ("二、星海半导体封测基地项目。由上海星海微电子有限公司投资建设，总投资约20亿元。",
     ("星海半导体封测基地", "developedBy", "上海星海微电子有限公司")),
    # a company's full name before a project's: the company's works
    ("苏州恒瑞精工有限公司精密轴承智能工厂已完成厂房主体建设。", ("精密轴承智能工厂", "developedBy", "苏州恒瑞精工有限公司")),
    ("其中，上海星辰新材料有限公司高端铝合金板带项目总投资超50亿元。",  # sector words, but whose
     ("高端铝合金板带项目", "developedBy", "上海星辰新材料有限公司")),
    ("张江科学城规划面积约95平方公里，周边集中了复旦大学、上海科技大学等高校。", ("上海科技大学", "adjacentTo", "张江科学城")),
    ("临港青年创业港由上海星辰创投有限公司与同济大学共同运营。", ("上海星辰创投有限公司", "cooperatesWith", "同济大学")),
    ("上海星辰集团有限公司全资子公司上海星辰智造有限公司负责建设。", ("上海星辰智造有限公司", "partOf", "上海星辰集团有限公司")),
    ("地铁9号线在泗泾镇设有泗泾站、九亭站。", ("九亭站", "locatedIn", "泗泾镇")),  # the line's stations in the town
    ("石湖荡生态修复项目由上海星辰生态有限公司组织实施。", ("石湖荡生态修复项目", "developedBy", "上海星辰生态有限公司")),
    # works on a river or a road: the project is about it, and both are named
    ("练祁河综合整治工程全长5.2公里。", ("练祁河综合整治工程", "relatedTo", "练祁河")),
    ("友谊路快速化改造工程开工。", ("友谊路快速化改造工程", "relatedTo", "友谊路")),
])
def test_relations_explicit_patterns(pipeline, text, triple):
    found = relations(run(pipeline, text))
    assert triple in found or (triple[2], triple[1], triple[0]) in found, found


def test_relations_topic_clause_takes_the_sentence_subject(pipeline):
    parsed = run(pipeline, "张江科学城是上海科创中心的核心承载区，规划面积约95平方公里，主体位于浦东新区。")
    assert ("张江科学城", "locatedIn", "浦东新区") in relations(parsed)


def test_relations_inferred_district_is_marked(pipeline):
    text = ("闵行区加快建设。闵行区重点打造的星辰人工智能创新试验区首期开工。"
            "闵行区表示，星辰人工智能创新试验区将带动周边发展。")  # (马桥… would be placed in 马桥镇)
    parsed = run(pipeline, text)
    inferred = [r for r in parsed.relations if r.inferred]
    assert inferred and all(r.predicate == RelationType.LOCATED_IN and r.object == "闵行区" for r in inferred)


@pytest.mark.parametrize("text, entity, prop, value", [
    ("总投资约35亿元的临港新能源汽车零部件产业园开工。", "临港新能源汽车零部件产业园", QuantityProperty.INVESTMENT, 3.5e9),
    ("9.6平方公里的金山工业区加快转型。", "金山工业区", QuantityProperty.AREA, 9.6),
    ("张江科学城规划面积约95平方公里。", "张江科学城", QuantityProperty.AREA, 95),
    ("该园区占地约150亩。", None, QuantityProperty.AREA, 0.1),
    # the builder named in the item's sentence does not take the item's investment
    ("三、星海半导体封测基地项目。由上海星海微电子有限公司投资建设，总投资约20亿元。", "星海半导体封测基地",
     QuantityProperty.INVESTMENT, 2e9),
    # a table row: the figures are the first column's
    ("| 金桥智造园 | 金桥镇 | 约4.2平方公里 | 智能制造 |", "金桥智造园", QuantityProperty.AREA, 4.2),
    # a park or town opening the sentence brings in a project: the figures after it are the project's
    ("高新区智能装备产业园今年引进江苏锐川机械有限公司年产800台工业机器人项目，总投资约9.5亿元。",
     "年产800台工业机器人项目", QuantityProperty.INVESTMENT, 9.5e8),
    ("南湖园区方面，宁波昌盛科技有限公司年产3万吨特种纸项目于今年4月开工，总投资6亿元，占地约150亩。",
     "年产3万吨特种纸项目", QuantityProperty.AREA, 0.1),
    # … but not what the clause says the park is
    ("滨湖科学城是合肥综合性国家科学中心的核心区，规划面积约50平方公里。", "滨湖科学城", QuantityProperty.AREA, 50),
    # a station or park after 紧邻/位于 is where the works lie, not what their figures measure
    ("博远(中国)物流有限公司华东分拨中心项目，选址七星街道，紧邻嘉兴南站，建成后仓储面积约6.5万平方米。",
     "华东分拨中心", QuantityProperty.AREA, 0.065),
    ("广西桂通材料有限公司一体化压铸件项目总投资约12.5亿元，位于柳东新区汽车零部件产业园，新建建筑面积约7.5万平方米。",
     "一体化压铸件项目", QuantityProperty.AREA, 0.075),
    # what a clause says the topic is (是Y镇最大的项目) does not take the topic's figures
    ("高境数智港由老厂房改造而成，是高境镇今年最大的城市更新项目，总投资约3.2亿元。", "高境数智港",
     QuantityProperty.INVESTMENT, 3.2e8),
    # after a colon the projects are counted no more
    ("制造业板块还有三个项目同步落地：恒拓新能源汽车一体化压铸件项目总投资18亿元。",
     "恒拓新能源汽车一体化压铸件项目", QuantityProperty.INVESTMENT, 1.8e9),
    # the money builds what the sentence builds, not the park it is built in (nor the park's nickname)
    ("浙江恒泰新材料有限公司将投资12亿元，在嘉善经开区新材料产业园（“嘉善材料港”）建设年产5000吨高性能膜材料项目。",
     "年产5000吨高性能膜材料项目", QuantityProperty.INVESTMENT, 1.2e9),
])
def test_quantities_attach_to_the_right_entity(pipeline, text, entity, prop, value):
    parsed = run(pipeline, "奉贤新城智造产业园规划建设。" + text if entity is None else text)
    target = entity or "奉贤新城智造产业园"
    forms = {m.canonical: {m.canonical, m.name, *m.aliases} for m in parsed.mentions}
    got = [(q.entity, q.property, q.value) for q in parsed.quantities]
    assert any(target in forms.get(e, {e}) and p == prop and abs(v - value) < 1e-6 for e, p, v in got), got


def test_quantities_in_a_table_take_their_columns_header_and_the_rows_entity(pipeline):
    table = ("重点项目如下：\n| 序号 | 项目名称 | 建设内容 | 总投资 |\n|---|---|---|---|\n"
             "| 1 | 星河精密轴承智能制造项目 | 用地约150亩，建设智能车间 | 18亿元 |\n"
             "| 2 | 海棠冷链物流中心 | 建设冷库 | 约4.5亿元 |")
    got = {(q.entity, q.property, q.value) for q in run(pipeline, table).quantities}
    assert ("星河精密轴承智能制造项目", QuantityProperty.INVESTMENT, 1.8e9) in got
    assert ("星河精密轴承智能制造项目", QuantityProperty.AREA, 0.1) in got
    assert ("海棠冷链物流中心", QuantityProperty.INVESTMENT, 4.5e8) in got
    # without a header that says investment, a sum in a cell is no investment
    bare = run(pipeline, "| 1 | 星河精密轴承智能制造项目 | 18亿元 |")
    assert not [q for q in bare.quantities if q.property == QuantityProperty.INVESTMENT]


def test_quantities_batch_totals_are_not_attached(pipeline):
    parsed = run(pipeline, "金桥智造园、外高桥智能港等12个项目集中签约，总投资约300亿元。")
    assert not [q for q in parsed.quantities if q.property == QuantityProperty.INVESTMENT]


@pytest.mark.parametrize("text, when, planned", [
    ("今年3月，临港科技城二期项目正式开工。", "2024-03", False),
    ("临港科技城二期项目将于明年年底竣工。", "2025-12", True),
    ("临港科技城二期项目去年开工。", "2023", False),
    ("临港科技城二期项目于2023年初开工。", "2023-01", False),
    ("临港科技城二期项目于2月30日开工。", "2024-02", False),  # no such day: the month stays
    ("临港科技城二期项目于2月29日开工。", "2024-02-29", False),
    ("临港科技城二期项目2027年投产。", "2027", True),  # after the publication: a plan, said or not
    ("临港科技城二期项目于2024年投产。", "2024", False),  # the same year: not known to be later
])
def test_milestones_dates_are_relative_to_publication(pipeline, text, when, planned):
    parsed = run(pipeline, text, published=date(2024, 5, 20))
    got = [(m.when, m.planned) for m in parsed.milestones]
    assert (when, planned) in got, got


def test_milestones_of_a_numbered_item_are_the_items(pipeline):
    """一、X项目。…拟选址Y园区，预计明年开工: X starts work, not the park it will stand in."""
    parsed = run(pipeline, "一、星海半导体封测基地项目。由上海星海微电子有限公司投资建设，拟选址松江综合保税区，"
                           "预计明年上半年开工。", published=date(2024, 5, 20))
    assert [(m.entity, m.kind, m.when) for m in parsed.milestones] == [("星海半导体封测基地", "开工", "2025")]


def test_milestones_unknown_date_stays_unknown(pipeline):
    parsed = run(pipeline, "今年3月，临港科技城二期项目正式开工。")  # no publication date
    assert parsed.milestones and all(m.when == "" for m in parsed.milestones)


def test_entities_declared_short_form_wins_over_lexicon_names_inside_it(pipeline):
    """广汽丰田 (declared) is one company wherever it is written, not 广汽 + 丰田; its project is
    developed by it."""
    parsed = run(pipeline, "距广汽丰田汽车有限公司（以下简称“广汽丰田”）整车工厂仅约3公里。"
                           "广汽丰田今年将投资约50亿元建设广汽丰田新能源车扩能项目。")
    names = {m.canonical for m in parsed.mentions}
    assert "广汽丰田汽车有限公司" in names
    assert not names & {"广州汽车集团股份有限公司", "丰田汽车公司"}, names
    assert ("广汽丰田新能源车扩能项目", "developedBy", "广汽丰田汽车有限公司") in relations(parsed)


def test_entities_a_person_named_again_hides_the_place_in_the_name(pipeline):
    parsed = run(pipeline, "管委会副主任王海东出席签约仪式。王海东表示，要加快发展。")
    persons = [m for m in parsed.mentions if m.canonical == "王海东"]
    assert len(persons) == 2 and "海东市" not in {m.canonical for m in parsed.mentions}


@pytest.mark.parametrize("text, name", [
    ("香港科技大学（广州）当天与园区签署合作协议。", "香港科技大学(广州)"),
    ("中国矿业大学(北京)与园区共建研究院。", "中国矿业大学(北京)"),
])
def test_entities_a_university_campus_in_brackets_is_its_own_university(pipeline, text, name):
    names = {normalise(m.canonical) for m in run(pipeline, text).mentions}
    assert name in names and name.split("(")[0] not in names, names


@pytest.mark.parametrize("text, name", [
    ("今年5月，中芯国际12英寸晶圆厂扩建项目开工。", "中芯国际12英寸晶圆厂扩建项目"),
    ("浦东国际机场三期扩建工程开工。", "浦东国际机场三期扩建工程"),  # jieba's 扩建工程 is one word
    ("郑州航空港区智能终端（手机）产业园进展顺利。", "郑州航空港区智能终端(手机)产业园"),
    ("宁德时代年产20GWh动力电池项目在福鼎开工。", "宁德时代年产20GWh动力电池项目"),
])
def test_entities_project_names_jieba_splits_or_glues(pipeline, text, name):
    assert name in {normalise(m.canonical) for m in run(pipeline, text).mentions}


def test_entities_a_park_named_after_its_town_lies_in_it(pipeline):
    parsed = run(pipeline, "月浦新材料产业园占地约32公顷。")
    assert ("月浦新材料产业园", "locatedIn", "月浦镇") in relations(parsed)
    assert [q.entity for q in parsed.quantities] == ["月浦新材料产业园"]  # not the town inside the name


def test_entities_an_output_figure_alone_does_not_name_a_project(pipeline):
    assert not run(pipeline, "新建年产10万吨项目。").mentions


def test_entities_an_unknown_university_inside_a_park_name_is_not_made_up(pipeline):
    names = {m.canonical for m in run(pipeline, "岳麓山大学科技城加快建设。").mentions}
    assert names == {"岳麓山大学科技城"}


@pytest.mark.parametrize("text, name", [
    ("港股上市公司华晟科技控股有限公司宣布增资。", "华晟科技控股有限公司"),  # a role word is not part of the name
    ("母公司博衡控股集团有限公司将追加投资。", "博衡控股集团有限公司"),
    ("重庆渝新机器人有限公司将在含谷镇建设新工厂。", "含谷镇"),  # 含|谷: a name jieba split apart
    ("园区周边有轨道交通1号线西永站等多座站点。", "西永站"),
])
def test_entities_names_between_other_words(pipeline, text, name):
    assert name in {m.canonical for m in run(pipeline, text).mentions}


def test_entities_a_count_does_not_name_a_headquarters(pipeline):
    assert not [m for m in run(pipeline, "这是今年落户的第9家区域总部。").mentions if "总部" in m.canonical]


def test_quantities_a_river_opening_the_sentence_takes_no_investment(pipeline):
    parsed = run(pipeline, "在渭河南岸的草滩片区，西安赛驰半导体科技有限公司投资的赛驰半导体功率模块基地"
                           "去年底已经投产，总投资约14.5亿元。")
    assert [(q.entity, q.value) for q in parsed.quantities] == [("赛驰半导体功率模块基地", 1.45e9)]


def test_entities_an_industry_harbour_or_island_is_a_park(pipeline):
    types = {m.canonical: m.type for m in run(pipeline, "嘉定氢能港、张江人工智能岛吸引了大批企业。").mentions}
    assert types["嘉定氢能港"] == EntityType.PARK and types["张江人工智能岛"] == EntityType.PARK


def test_entities_numerals_open_short_place_names_and_count_towns(pipeline):
    names = {m.canonical for m in run(pipeline, "七里河站和三山岛都在规划中，宝山北部三镇加快发展。").mentions}
    assert {"七里河站", "三山岛"} <= names and not any(n.endswith("三镇") for n in names), names


def test_entities_a_city_inside_a_station_name_is_not_the_articles_city(pipeline):
    """富锦 (富锦市) inside 富锦路站 must not make 地铁1号线 富锦's line."""
    names = {m.canonical for m in run(pipeline, "地铁1号线设有富锦路站、博学路站和龙子湖站。").mentions}
    assert {"轨道交通1号线", "富锦路站", "博学路站", "龙子湖站"} <= names, names


def test_quantities_key_projects_in_general_are_no_reference_to_the_last_project(pipeline):
    """重点项目完成投资1000亿元: the district's projects in all, not the greenway named before."""
    parsed = run(pipeline, "沿鹿溪河布局的鹿溪河生态绿道二期也于6月全线贯通。"
                           "天府新区将持续开展项目攻坚，力争全年重点项目完成投资1000亿元以上。")
    assert all("绿道" not in q.entity for q in parsed.quantities), parsed.quantities


def test_entities_rivers_and_lakes_named_with_one_character(pipeline):
    names = {m.canonical for m in run(pipeline, "项目北侧的魏河、蠡湖和长广溪都在附近，一路向南的滨江岸线已贯通。").mentions}
    assert {"魏河", "蠡湖", "长广溪"} <= names and "滨江" not in names, names


def test_entities_a_title_read_across_two_words_is_no_title(pipeline):
    """地处|长江 holds 处长 (a division head) across two words: no person 江入海."""
    parsed = run(pipeline, "示范区地处长江入海口北翼。")
    assert not any(m.type == PE for m in parsed.mentions)



def test_entities_a_town_before_a_park_or_place_is_where_it_lies(pipeline):
    """西区街道|新能源产业园, 澳头街道|滨海十路, 雄县|昝岗镇: two names, the second in the first.
    A project keeps its town (罗店老镇…城市更新项目: 老镇 is no town's name either), and so
    does a town's government."""
    parsed = run(pipeline, "项目位于西区街道新能源产业园，园区坐落于澳头街道滨海十路北侧。雄县昝岗镇和南朗街道崖口村，"
                           "罗店老镇东片区城市更新项目由大场镇人民政府推进。")
    found = names(parsed)
    assert {"西区街道", "新能源产业园", "澳头街道", "滨海十路", "雄县", "昝岗镇", "南朗街道", "崖口村",
            "罗店老镇东片区城市更新项目", "大场镇人民政府"} <= set(found), found
    assert found["新能源产业园"] == EntityType.PARK
    assert not any(n.startswith(("西区街道", "澳头街道", "雄县", "南朗街道")) and len(n) > 5 for n in found), found
    assert {("新能源产业园", "locatedIn", "西区街道"), ("崖口村", "locatedIn", "南朗街道"),
            ("昝岗镇", "locatedIn", "雄县")} <= relations(parsed)


def test_entities_a_park_with_a_second_phase_is_one_park(pipeline):
    """光电信息产业园二期: sector words name one park when its second phase is spoken of; 它 and
    负责 do not open a name; 孵化 is a company word; 该园 is the park."""
    parsed = run(pipeline, "双方合资成立了长春光谷科技孵化有限公司，由它负责运营光电信息产业园二期。该园总投资约12亿元。")
    found = names(parsed)
    assert {"长春光谷科技孵化有限公司", "光电信息产业园", "光电信息产业园二期"} <= set(found), found
    assert not any(n.startswith(("它", "负责")) for n in found), found
    assert [(q.entity, q.value) for q in parsed.quantities] == [("光电信息产业园", 1.2e9)]


def test_entities_sector_words_alone_still_name_no_park(pipeline):
    found = names(run(pipeline, "我们将大力发展光电信息产业园，建设更多新能源电池材料项目。"))
    assert not found, found


def test_entities_government_bureaus_are_named_by_what_they_do(pipeline):
    """局 alone is no head (布局, 大局); a bureau's function is: 投资促进局, 发展和改革局 (with 和)."""
    found = names(run(pipeline, "上海市宝山区规划和自然资源局发布公示，宝山区投资促进局和望城区水利局参加。"
                                "惠州大亚湾经济技术开发区发展和改革局发文，优化产业布局。"))
    assert {"上海市宝山区规划和自然资源局", "宝山区投资促进局", "望城区水利局",
            "惠州大亚湾经济技术开发区发展和改革局"} <= set(found), found
    assert all(t == EntityType.ORGANIZATION for n, t in found.items() if n.endswith("局")), found
    assert not any("布局" in n for n in found), found


def test_entities_roads_by_direction_communities_and_item_headings(pipeline):
    """新城|中路 is a road; 场联社区 a community (an industry's 综合社区 is not); an item heading that
    is just a name names it ((四)昝岗人才安居社区。), one that heads a kind does not ((一)石化产业项目。);
    a phase before a company is not part of its name (首期已有…)."""
    found = names(run(pipeline, "规划范围西至新城中路，沿中山北路延伸。场联社区居民参与，纳米技术应用产业综合社区建成。"
                                "（一）石化产业项目。（四）昝岗人才安居社区。首期已有航天宏联科技有限公司签约入驻。"))
    assert {"新城中路", "中山北路", "场联社区", "昝岗人才安居社区", "航天宏联科技有限公司"} <= set(found), found
    assert not {"石化产业项目", "纳米技术应用产业综合社区"} & set(found), found
    assert found["场联社区"] == EntityType.PLACE


@pytest.mark.parametrize("text, expected", [
    ("生物医药领域，由贵州康岭药业集团有限公司牵头、联合贵州医科大学共建的贵安生物医药创新中心同步签约。",
     {("贵安生物医药创新中心", "developedBy", "贵州康岭药业集团有限公司"), ("贵安生物医药创新中心", "developedBy", "贵州医科大学"),
      ("贵州康岭药业集团有限公司", "cooperatesWith", "贵州医科大学")}),
    ("深圳市迅联智能终端有限公司携手贵安星汉产业投资有限公司，共同投资建设迅联贵安智能终端产业园。",
     {("深圳市迅联智能终端有限公司", "cooperatesWith", "贵安星汉产业投资有限公司"),
      ("迅联贵安智能终端产业园", "developedBy", "深圳市迅联智能终端有限公司")}),
    ("丝路冷链（兰州）有限公司投资12.5亿元建设的兰州新区国际冷链物流中心于9月竣工。",
     {("兰州新区国际冷链物流中心", "developedBy", "丝路冷链(兰州)有限公司")}),
    ("宝山区副区长陆文杰、上海大学副校长张晓峰，贵阳市投资促进局局长罗婉清出席。",
     {("陆文杰", "relatedTo", "宝山区"), ("张晓峰", "relatedTo", "上海大学"), ("罗婉清", "relatedTo", "贵阳市投资促进局")}),
])
def test_relations_stated_in_more_ways(pipeline, text, expected):
    found = relations(run(pipeline, text))
    assert expected <= found, found


def test_relations_no_topic_is_put_inside_its_own_clause(pipeline):
    """领域，由A牵头、联合B共建的C: B is not the subject of 由A牵头 (it used to be made A's work)."""
    found = relations(run(pipeline, "生物医药领域，由贵州康岭药业集团有限公司牵头、联合贵州医科大学共建的贵安生物医药创新中心同步签约。"))
    assert ("贵州医科大学", "developedBy", "贵州康岭药业集团有限公司") not in found, found


def test_entities_unknown_names_cut_into_single_characters(pipeline):
    """灵|山镇, 陇|原|产业…集团, 惠州|亿|晟|…公司: characters that end names elsewhere (原, 亿) or a
    place head inside a town's name (山) do not cut a name the segmenter split into characters."""
    found = names(run(pipeline, "临空产业园北接灵山镇，南临琼州海峡。由兰州新区陇原产业发展集团有限公司负责建设。"
                                "惠州亿晟新能源科技有限公司扩建二期，投资5亿元建设。"))
    assert {"灵山镇", "琼州海峡", "兰州新区陇原产业发展集团有限公司", "惠州亿晟新能源科技有限公司"} <= set(found), found
    assert not any(n.startswith("5") or "亿元" in n for n in found), found


@pytest.mark.parametrize("text, bad", [
    ("有家公司叫澜途机器人华南生产基地。", "叫澜途机器人华南生产基地"),
    ("乘市域铁路S2线灵昆站开往园区只需十分钟。", "开往园区"),
    ("关于印发新吴区空港产业园提质发展三年行动方案的通知。", "印发新吴区空港产业园"),
    ("台资宏硕精密落脚通州湾。", "落脚通州湾"),
    ("杨行镇社区文化活动中心举行签约仪式。", "杨行镇社区"),
    ("接下来新区将继续招商。", "接下来新区"),
])
def test_entities_verbs_and_a_towns_community_name_nothing(pipeline, text, bad):
    found = names(run(pipeline, text))
    assert not any(bad in n for n in found), found


def test_entities_branches_and_brands_cut_into_characters(pipeline):
    """…有限公司大亚湾分公司 is a branch, partOf its company; 丰|联|集团 is a group jieba does not know."""
    parsed = run(pipeline, "粤建工程集团有限公司大亚湾分公司承建。新加坡丰联集团旗下的丰联航空餐食（海南）有限公司开业。")
    found = names(parsed)
    assert {"粤建工程集团有限公司大亚湾分公司", "丰联集团"} <= set(found), found
    assert {("粤建工程集团有限公司大亚湾分公司", "partOf", "粤建工程集团有限公司"),
            ("丰联航空餐食(海南)有限公司", "partOf", "丰联集团")} <= relations(parsed)


def test_entities_a_project_a_company_of_the_sentence_invests_in(pipeline):
    """…有限公司签约落户X，投资建设新能源电池材料项目: sector words, but that company's project;
    without a company in the sentence, the same words name a kind."""
    parsed = run(pipeline, "宁华新能源科技（贵州）有限公司签约落户贵安新区新能源汽车产业园，投资建设新能源电池材料项目。")
    assert "新能源电池材料项目" in names(parsed)
    assert ("新能源电池材料项目", "developedBy", "宁华新能源科技(贵州)有限公司") in relations(parsed)
    assert "新能源电池材料项目" not in names(run(pipeline, "全区加快投资建设新能源电池材料项目。"))


def test_relations_of_a_phase_go_to_the_phase_and_its_park(pipeline):
    """由X负责建设运营的Y二期: Y二期 is one slot (not Y, then a stray 二期), and X builds Y too."""
    found = relations(run(pipeline, "由兰州新区陇原产业发展集团有限公司负责建设运营的兰州新区数字经济产业园二期于11月结构封顶。"))
    assert {("兰州新区数字经济产业园二期", "developedBy", "兰州新区陇原产业发展集团有限公司"),
            ("兰州新区数字经济产业园", "developedBy", "兰州新区陇原产业发展集团有限公司"),
            ("兰州新区数字经济产业园二期", "partOf", "兰州新区数字经济产业园")} <= found, found


@pytest.mark.parametrize("text, name, etype", [
    ("七星新区地处赣江西岸。", "七星新区", PL),  # a numeral opens a name cut into characters
    ("临沂市九曲湾中央商务区内新开一座商场。", "临沂市九曲湾中央商务区", K),
    ("卢森堡国际货运航空公司在机场设立分拨中心。", "卢森堡国际货运航空公司", O),  # the country names it
    ("项目还可享受中国（广西）自由贸易试验区的政策。", "中国（广西）自由贸易试验区", K),  # 项目|还|可|享受
    ("我们将建设科创走廊，串起西湖创意艺术区。", "西湖创意艺术区", PL),  # a verb opens no place
])
def test_entities_numerals_countries_and_verbs_at_a_names_start(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, bad", [
    ("园区引进三个项目，两家企业。", ("三个项目", "两家企业")),
    ("这里是有名的“千年古村”。", ("千年古村",)),  # a count of years, not a name
    ("德国诺德传动集团入驻园区。", ("德国诺德传动集团",)),  # the origin, not the name
])
def test_entities_counts_and_origins_do_not_open_names(pipeline, text, bad):
    found = names(run(pipeline, text))
    assert not any(b in found for b in bad), found


@pytest.mark.parametrize("text, name, etype", [
    ("规划范围东至安宁路，西至新桥大道，北临清水河。", "安宁路", PL),  # a boundary names its road whole
    ("规划范围东至安宁路，西至新桥大道，北临清水河。", "新桥大道", PL),
    ("闽江、沙溪在此交汇，汀溪与富屯溪相伴。", "沙溪", PL),  # one-character waters side by side
    ("这里是淮江、潞江汇合之处。", "潞江", PL),
    ("河流在城北交汇成嫩江。", "嫩江", PL),  # 交汇|成: the verb's complement opens no name
    ("全区下辖新城街道、龙池街道。", "新城街道", PL),  # a town named with a place word
    ("在江南大学的楼里，材料与化学工程学院师生做实验。", "材料与化学工程学院", O),
    ("总投资5亿元的项目位于遵义大学城。", "遵义大学城", K),  # a city's university town is its own
    ("东岭股份有限公司投资8.5亿元建设精密轴承项目。", "精密轴承项目", P),  # a company's project with its sum
    ("由区国资平台投资建设的数字产业加速器已竣工。", "数字产业加速器", K),
    ("南湖数字经济港开园。", "南湖数字经济港", K),  # an industry harbour is a park
])
def test_entities_boundaries_waters_towns_and_built_things(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, bad", [
    ("沿江、跨江建设绿道。", ("跨江", "沿江")),
    ("两国政府合作建设的生态示范园区。", ("生态示范园区",)),  # a park nobody named builds is a kind
    ("材料每周五前报送新区党政办。", ("前报送新区",)),
    ("为深入贯彻落实省委的部署。", ("贯彻落实省委",)),
    ("处长蒋峰告诉记者。", ("蒋峰告",)),
])
def test_entities_verbs_and_kinds_name_nothing(pipeline, text, bad):
    found = names(run(pipeline, text))
    assert not any(b in found for b in bad), found


def test_entities_a_phase_of_a_region_keeps_the_region_word(pipeline):
    found = names(run(pipeline, "明年将推进铜材片区二期开工。"))
    assert "铜材片区二期" in found


@pytest.mark.parametrize("text, bad", [
    ("带动了港口物流、船舶维修、船员服务等一批配套企业落户。", ("船舶维修", "船员服务", "港口物流")),
    ("重点引进电控、热管理、轻量化车身等配套企业。", ("轻量化车身", "电控")),
])
def test_lists_of_sectors_name_no_companies(pipeline, text, bad):
    found = names(run(pipeline, text))
    assert not any(b in found for b in bad), found


def test_lists_of_company_short_names_still_name_companies(pipeline):
    found = names(run(pipeline, "吸引了华勤通讯、闻泰科技、龙旗电子等企业入驻。"))
    assert {"华勤通讯", "闻泰科技", "龙旗电子"} <= set(found)


@pytest.mark.parametrize("text, expected", [
    ("滨江科创园核心区约8平方公里，主要分布在新桥镇和石门镇两个片区。",
     {("滨江科创园", "locatedIn", "新桥镇"), ("滨江科创园", "locatedIn", "石门镇")}),
    ("双方商定在临江高新区共建海川储能研发中心，由恒远集团下属的恒远储能科技有限公司负责运营。",
     {("海川储能研发中心", "locatedIn", "临江高新区"), ("海川储能研发中心", "developedBy", "恒远储能科技有限公司")}),
    ("3月，由区属国企丰泽城市发展有限公司投资建设的丰泽智谷二期竣工，目前已有华信精工科技有限公司等5家企业入驻。",
     {("丰泽智谷二期", "developedBy", "丰泽城市发展有限公司"), ("华信精工科技有限公司", "locatedIn", "丰泽智谷二期")}),
    ("6月，轨道交通2号线滨湖站TOD综合开发项目正式签约，由丰泽置业有限公司负责实施。",
     {("滨湖站TOD综合开发项目", "developedBy", "丰泽置业有限公司")}),
])
def test_relations_by_whom_where_and_the_topic_of_a_sentence(pipeline, text, expected):
    found = relations(run(pipeline, text))
    assert expected <= found, found


@pytest.mark.parametrize("text, name, etype", [
    ("| 1 | 高纯电子级氢氟酸项目 | 约6亿元 |", "高纯电子级氢氟酸项目", P),  # a table cell is one name
    ("明年将投资约5亿元建设锦程光电显示模组研发及产业化项目。", "锦程光电显示模组研发及产业化项目", P),
    ("4.临江港区散货码头二期工程。", "临江港区散货码头二期", P),  # 二期工程 is the phase and the head
    ("由市轨道集团建设的轨道交通4号线南延段已开工。", "轨道交通4号线南延段", P),
    ("市域铁路机场联络线开工建设。", "市域铁路机场联络线", PL),
    ("海川集团共建海川机器人产业港。", "海川机器人产业港", K),
])
def test_entities_tables_paired_works_phases_and_lines(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, name, etype", [
    ("片区北起团结路，南抵滨江西路和机场路。", "机场路", PL),  # the second road of a boundary
    ("片区北起团结路，南抵滨江西路和机场路。", "滨江西路", PL),  # (南抵 is no part of the name)
    ("建设地点：长治路以东。", "长治路", PL),  # a road named after a city the lexicon knows as 长治市
    ("会同晋中市榆次区做好配合工作。", "榆次区", PL),  # a city before a district: where it lies
])
def test_entities_roads_and_districts_after_places(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


def test_entities_a_city_before_a_district_is_where_it_lies(pipeline):
    assert ("榆次区", "locatedIn", "晋中市") in relations(run(pipeline, "会同晋中市榆次区做好配合工作。"))


def test_entities_a_found_town_opening_a_project_is_named_and_holds_it(pipeline):
    parsed = run(pipeline, "5.石门街道龙溪社区人居环境提升项目。")
    assert names(parsed).get("石门街道") == PL
    assert ("石门街道龙溪社区人居环境提升项目", "locatedIn", "石门街道") in relations(parsed)
    assert "罗店老镇" not in names(run(pipeline, "罗店老镇东片区城市更新项目开工。"))


def test_entities_a_districts_bureau_is_named_with_the_district(pipeline):
    parsed = run(pipeline, "临川高新区管委会发文。高新区经济发展局负责统筹，区住房和城乡建设局配合。")
    found = {m.canonical: m for m in parsed.mentions}
    assert "临川高新区经济发展局" in found and "高新区经济发展局" in found["临川高新区经济发展局"].aliases
    assert ("临川高新区经济发展局", "relatedTo", "临川高新区") in relations(parsed)
    # no district of that kind named: no bureau is made up
    assert not any("住房和城乡建设局" in m.canonical for m in parsed.mentions)


@pytest.mark.parametrize("text, name, etype", [
    ("沪昆高铁、京沪城际铁路和沈海高速在此交汇。", "京沪城际铁路", PL),  # the longest head: 城际铁路
    ("沪昆高铁、京沪城际铁路和沈海高速在此交汇。", "沈海高速", PL),  # one character of each city
    ("项目沿S336省道布局。", "S336省道", PL),
    ("码头紧邻洋口港作业区。", "洋口港作业区", PL),
])
def test_entities_routes_and_port_areas(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, word", [
    ("园区紧邻洋口港作业区3万吨级散货码头。", "万吨级散货码头"),  # a size class names no berth
    ("请对照《2026年度江宁区重点项目清单》执行。", "年度江宁区"),  # 年度 is no part of a place
    ("东山镇、西山镇分别签约精密轴承、冷链仓储物流等项目。", "西山镇分别签约精密轴承"),  # the towns' verb
    ("东山镇、西山镇分别签约精密轴承、冷链仓储物流等项目。", "冷链仓储物流"),  # projects of two kinds
])
def test_entities_classes_dates_and_kinds_are_not_names(pipeline, text, word):
    assert word not in names(run(pipeline, text))


def test_entities_a_list_after_its_clauses_verb_keeps_the_named_items(pipeline):
    parsed = run(pipeline, "东山镇、西山镇分别签约宏图精工、瑞达科技等企业。")
    found = names(parsed)
    assert found.get("西山镇") == PL and found.get("宏图精工") == O and found.get("瑞达科技") == O


def test_entities_a_free_trade_zones_area_is_named_with_the_zone(pipeline):
    found = names(run(pipeline, "项目落户中国（广东）自由贸易试验区南沙片区，并申报中国（天津）自由贸易试验区机场片区。"))
    assert found.get("中国(广东)自由贸易试验区南沙片区") == K and found.get("中国(天津)自由贸易试验区机场片区") == K


@pytest.mark.parametrize("text, person, title", [
    ("同样扎根乡土的，还有剪纸代表性传承人赵秀英。", "赵秀英", "代表性传承人"),
    ("村干部钱立军带着大家清理河道。", "钱立军", "村干部"),
    ("项目经理孙晓东介绍，厂房已经封顶。", "孙晓东", "项目经理"),
])
def test_entities_persons_with_the_titles_of_ordinary_work(pipeline, text, person, title):
    found = {m.canonical: m for m in run(pipeline, text).mentions}
    assert found[person].type == PE and found[person].title == title


@pytest.mark.parametrize("text, name, etype", [
    ("片区涉及安次区和固安县。", "固安县", PL),  # a county jieba knows whole (固安 alone is an adjective)
    ("区内有月浦塘、潘泾河、荻泾河等河道。", "潘泾河", PL),  # a character before a known river opens another
    ("做好与上海农场的规划衔接。", "上海农场", PL),
    ("推进沪丰粮油精深加工项目前期工作。", "沪丰粮油精深加工项目", P),  # jieba glued 项目前期
    ("海辰公司投资8亿元建设的食品级磷酸盐项目开工。", "食品级磷酸盐项目", P),  # a product's grade
    ("总投资约6亿元的华擎伺服电机及精密减速器生产项目开工。", "华擎伺服电机及精密减速器生产项目", P),
    ("依托江西师范大学瑶湖校区建设实训基地。", "江西师范大学", O),  # a campus's university
])
def test_entities_counties_rivers_farms_grades_and_products(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, word", [
    ("新区由甲湾、乙岛三大板块组成。", "三大"),  # parts counted
    ("单元南侧隔茅洲河与宝安区相望。", "单元南侧隔茅洲河"),
    ("包括商务楼宇和先进制造项目。", "商务楼宇和先进制造项目"),  # two kinds, not one project's products
])
def test_entities_counts_sides_and_kinds_are_no_names(pipeline, text, word):
    assert word not in names(run(pipeline, text))


@pytest.mark.parametrize("text, name, etype", [
    ("片区东至海泰路—龙潭河，南至富源路—北渠路。", "海泰路", PL),  # a stretch between two places
    ("片区东至海泰路—龙潭河，南至富源路—北渠路。", "北渠路", PL),
    ("项目落户南湖区新港镇。", "新港镇", PL),  # the town's name, not a port
    ("与华北科技大学共建实验室。", "华北科技大学", O),  # a region opens a university's name
    ("位于涪城区永兴镇。", "永兴镇", PL),  # a district jieba knows before a town
    ("从宜宾东站出发。", "宜宾东站", PL),
    ("南充站高铁直达成都。", "南充站", PL),  # the station the railway serves
])
def test_entities_stretches_towns_universities_and_stations(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, word", [
    ("片区东至海泰路—龙潭河。", "海泰路—龙潭河"),
    ("位于涪城区永兴镇。", "涪城区永兴镇"),
    ("南充站高铁直达成都。", "南充站高铁"),
    ("已集聚硅材料、蓝宝石、石英制品等企业30余家。", "蓝宝石"),  # sectors listed, not companies
    ("苏州云帆数据科技有限公司华东算力中心项目落户。", "苏州云帆数据科技有限公司华东算力中心"),
])
def test_entities_stretches_districts_railways_and_sectors_are_not_names(pipeline, text, word):
    assert word not in names(run(pipeline, text))


@pytest.mark.parametrize("text, name, etype", [
    ("项目落户石门镇北湖智能制造产业园。", "北湖智能制造产业园", K),  # the town is where the park lies
    ("园区内规划金湾装备制造创新服务中心一处。", "金湾装备制造创新服务中心", O),  # 规划 is the verb
    ("这里集聚了中国燃气涡轮研究与发展中心。", "中国燃气涡轮研究与发展中心", O),  # a body of two works
    ("规划形成主干路网，南至纬五路。", "纬五路", PL),  # a numbered road of a grid
    ("项目位于潍坊市寒亭区寒亭工业区北部。", "寒亭工业区", K),  # the district's zone, named after it
    ("项目位于潍坊市寒亭区寒亭工业区北部。", "寒亭区", PL),
])
def test_entities_towns_verbs_bodies_grids_and_zones(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


@pytest.mark.parametrize("text, word", [
    ("打造成为宁波市湾区经济发展主平台。", "宁波市湾区"),
    ("规划形成“五横四纵”主干路网。", "五横四纵主干路"),
    ("欢迎各地客商来新区考察。", "各地客商来新区"),
    ("为全省“百项千亿”工程贡献东湖力量。", "百项千亿工程贡献东湖"),
])
def test_entities_economies_grids_and_clauses_are_not_places(pipeline, text, word):
    assert word not in names(run(pipeline, text))


@pytest.mark.parametrize("text, person", [
    ("研究院院长助理孔令辉出席仪式。", "孔令辉"),
    ("指挥部副总指挥鲁宏伟表示，项目进展顺利。", "鲁宏伟"),
    ("创业者钟若溪：第一批客户就在江边。", "钟若溪"),
    ("集团董事长刘䶮介绍了项目。", "刘䶮"),  # a given name in CJK extension A
])
def test_entities_persons_with_more_titles_and_rare_characters(pipeline, text, person):
    assert names(run(pipeline, text)).get(person) == PE


def test_entities_a_region_after_its_parks_word_is_no_short_form_of_a_lab(pipeline):
    parsed = run(pipeline, "在科学城银杉片区，依托高校组建的银杉实验室已引进科研团队40余个。")
    found = {m.canonical: m for m in parsed.mentions}
    assert found["银杉"].type == PL and "银杉片区" in found["银杉"].aliases  # (the region, by its short name)
    assert found["银杉实验室"].type == O and "银杉" not in found["银杉实验室"].aliases
    assert "驱动传统老工业区" not in names(run(pipeline, "驱动传统老工业区转型发展。"))


def test_relations_a_table_row_relates_its_entity_to_its_cells_by_their_headers(pipeline):
    table = ("重点项目如下：\n| 序号 | 项目名称 | 拟选址 | 建设单位 | 总投资 |\n|---|---|---|---|---|\n"
             "| 1 | 星河精密轴承智能制造项目 | 白沙工业园 | 湖北星河精工有限公司 | 18亿元 |")
    found = relations(run(pipeline, table))
    assert ("星河精密轴承智能制造项目", "locatedIn", "白沙工业园") in found
    assert ("星河精密轴承智能制造项目", "developedBy", "湖北星河精工有限公司") in found
    # a column the header does not name a relation for relates nothing
    bare = relations(run(pipeline, "| 1 | 星河精密轴承智能制造项目 | 白沙工业园 | 湖北星河精工有限公司 |"))
    assert not any(s == "星河精密轴承智能制造项目" for s, _, _ in bare)


def test_entities_new_and_old_open_a_name_the_segmenter_split_but_a_direction_is_no_name(pipeline):
    found = names(run(pipeline, "荆门市新漳新区下辖新畈街道和老垸街道，其中东南部片区重点布局新漳电子信息产业园。"))
    for name in ("新漳新区", "新畈街道", "老垸街道", "新漳电子信息产业园"):  # 新|漳, 老|垸: one character each
        assert name in found, name
    assert not any(n.startswith(("漳", "畈", "垸")) for n in found)
    assert "东南部" not in found and "东南部片区" not in found  # a part by its direction
    assert "新建厂房" not in names(run(pipeline, "新建厂房和新区规划同步推进。"))


def test_entities_every_county_of_china_is_known_but_not_the_common_words_among_their_names(pipeline):
    parsed = run(pipeline, "项目位于平凉市庄浪县，濂溪区委副书记熊卫东出席。老城区改造和比如县域经济同步推进。")
    found = names(parsed)
    assert found.get("庄浪县") == PL and found.get("濂溪区委") == O  # (濂溪区|委: the district glued to its committee)
    assert ("庄浪县", "locatedIn", "平凉市") in relations(parsed)
    assert "老城区" not in found and "比如县" not in found  # a county's name, and a phrase, far more often


def test_entities_a_company_short_name_opening_its_project_is_the_company(pipeline):
    parsed = run(pipeline, "位于柳泉镇的康瑞重工风电主轴项目开工，该项目由江苏康瑞重工股份有限公司投资。")
    found = {m.name: m for m in parsed.mentions}
    assert found["康瑞重工"].type == O and found["康瑞重工"].canonical == "江苏康瑞重工股份有限公司"
    assert ("康瑞重工风电主轴项目", "developedBy", "江苏康瑞重工股份有限公司") in relations(parsed)
    # sector words and places open no company (生物|医药…, 瑞安 is a city)
    assert not any(m.type == O for m in run(pipeline, "推进生物医药创新基地项目和瑞安重工装备项目。").mentions)


def test_entities_a_verb_of_entrusting_or_owning_opens_no_company_name(pipeline):
    found = names(run(pipeline, "区住建局委托宁波恒远工程咨询有限公司编制方案，宝武集团旗下宝武碳业科技股份有限公司参与。"))
    assert "宁波恒远工程咨询有限公司" in found and "宝武碳业科技股份有限公司" in found


def test_relations_works_on_a_road_or_water_relate_to_it_but_a_riverside_is_no_water(pipeline):
    parsed = run(pipeline, "实施凤阳大街东延工程和沙河生态廊道工程，建设西溪滨河绿道。")
    found = relations(parsed)
    assert ("凤阳大街东延工程", "relatedTo", "凤阳大街") in found and ("沙河生态廊道", "relatedTo", "沙河") in found
    assert "西溪滨河" not in names(parsed)


@pytest.mark.parametrize("text, name", [
    ("项目位于逸仙路与三门路交汇处。", "逸仙路"),  # a road jieba knows by its whole name
    ("辖区内，万水泉镇做好征地保障。", "万水泉镇"),  # 万 after a comma is no number
    ("启动十里街道老旧片区有机更新。", "十里街道"),  # a town named with a numeral word
    ("城区位于庐山脚下，东临三都澳。", "庐山"),  # a famous mountain
])
def test_entities_roads_towns_and_landmarks_named_with_words(pipeline, text, name):
    assert names(run(pipeline, text)).get(name) == PL


@pytest.mark.parametrize("text, word", [
    ("下一步街道将建立项目调度机制。", "一步街道"),
    ("优化公交线路和城市道路。", "公交线路"),
    ("经十二路北延段全长3.6公里。", "十二路"),
    ("投资3万元，两个镇同步推进。", "万元"),
])
def test_entities_numbers_and_road_kinds_name_nothing(pipeline, text, word):
    assert word not in names(run(pipeline, text))


def test_entities_a_national_centre_keeps_its_state_but_kinds_of_centre_are_no_names(pipeline):
    found = names(run(pipeline, "国家智能网联汽车创新中心与吉林大学合作，是首批国家研究中心之一，新建国家重点实验室。"))
    assert found.get("国家智能网联汽车创新中心") == O
    assert "国家研究中心" not in found and "国家重点实验室" not in found and "重点实验室" not in found


def test_relations_an_aside_before_the_site_and_a_new_district_named_with_a_place_word(pipeline):
    parsed = run(pipeline, "推动华锐精密轴承项目（总投资12亿元）在滨江新区智能装备产业园9月底前开工，城市新区同步建设。")
    found = relations(parsed)
    park = next(o for s, p, o in found if s == "华锐精密轴承项目" and p == "locatedIn")
    assert park.endswith("智能装备产业园") and (park, "locatedIn", "滨江新区") in found
    assert "城市新区" not in names(parsed)


def test_relations_bodies_founding_something_together_build_it_and_cooperate(pipeline):
    found = relations(run(pipeline, "支持西安交通大学、陕西省材料研究院与长安大学联合组建先进材料中试基地。"))
    for party in ("西安交通大学", "陕西省材料研究院", "长安大学"):
        assert ("先进材料中试基地", "developedBy", party) in found, party
    assert ("西安交通大学", "cooperatesWith", "长安大学") in found or ("长安大学", "cooperatesWith", "西安交通大学") in found


def test_relations_of_sites_written_one_after_another_the_last_is_where_it_lies(pipeline):
    found = relations(run(pipeline, "总投资30亿元的恒泰锂电隔膜项目正式落户宜宾市叙州区柏溪镇。"))
    assert ("恒泰锂电隔膜项目", "locatedIn", "柏溪镇") in found
    assert ("恒泰锂电隔膜项目", "locatedIn", "宜宾市") not in found
    found = relations(run(pipeline, "思睿精工（苏州）有限公司精密刀具研发中心项目落户胜浦街道星湖科技园。"))
    assert ("精密刀具研发中心", "locatedIn", "星湖科技园") in found


def test_relations_a_company_with_a_bracket_before_its_project_is_named_whole(pipeline):
    found = relations(run(pipeline, "总投资9亿元的丰泰(中国)投资有限公司华南冷链分拨中心项目选址石湾街道。"))
    assert ("华南冷链分拨中心", "developedBy", "丰泰(中国)投资有限公司") in found
    assert not any(o == "有限公司" for _, _, o in found)


@pytest.mark.parametrize("text, word", [
    ("建成后可实现“前店后厂”模式。", "前店后厂"),  # a slogan of two parallel halves
    ("已有36名来自学院和企业的工程师入驻。", "名来自学院"),  # a count of people
    ("县人民医院门诊楼主体完工。", "人民医院"),  # a kind of body every county has
])
def test_entities_slogans_counts_kinds_and_addresses_are_no_bodies(pipeline, text, word):
    assert word not in names(run(pipeline, text))


def test_entities_an_address_line_names_no_body(pipeline):
    found = names(run(pipeline, "地址：潍坊市奎文区胜利东街5678号奎文区政务服务中心。"))
    assert not any("号" in n or n.endswith("服务中心") for n in found), found


def test_entities_a_station_named_after_a_city_is_no_slogan(pipeline):
    assert names(run(pipeline, "毗邻西安北站的商务中心实现主体结构封顶。")).get("西安北站") == PL
    assert names(run(pipeline, "项目东至南京北路，西至东城西路。")).get("南京北路") == PL


def test_entities_a_stopping_character_opens_a_split_name_after_a_function_word(pipeline):
    found = names(run(pipeline, "规划建设东部产业区和同翔高新城。"))
    assert found.get("同翔高新城") == K and "翔高新城" not in found
    found = names(run(pipeline, "园区下辖东山园区，压实园区主体责任，创成省级特色产业园。"))
    assert "东山园区" in found and not any(n.startswith(("下辖", "压实", "创成")) for n in found)


def test_entities_verbs_of_leaning_choosing_and_moving_open_no_place(pipeline):
    found = names(run(pipeline, "启东靠江靠海，企业正沿长江布局，西靠江杨北路。"))
    assert "江杨北路" in found and not any(n.startswith(("启东靠", "正沿")) for n in found)


def test_relations_companies_named_as_examples_of_what_the_district_gathers_lie_in_it(pipeline):
    found = relations(run(pipeline, "嘉定区今年签约项目23个。汽车是嘉定区的头号产业。以上汽集团、禾赛科技为代表，"
                                    "区内已集聚汽车零部件企业近300家。"))
    assert ("禾赛科技", "locatedIn", "嘉定区") in found


def test_relations_a_park_made_from_an_old_works_stands_on_its_site(pipeline):
    parsed = run(pipeline, "云栖科创港由原杭州第二棉纺厂老厂房改造而成，是拱墅区今年最大的单体城市更新项目。")
    found = relations(parsed)
    assert ("云栖科创港", "locatedIn", "杭州第二棉纺厂") in found and ("云栖科创港", "locatedIn", "拱墅区") in found
    assert "城市更新项目" not in names(parsed)


def test_relations_companies_that_moved_in_moved_into_the_park_named_just_before(pipeline):
    parsed = run(pipeline, "9月18日，临平数字港正式开园。首批入驻的杭州云帆数据科技有限公司、杭州极光信息技术有限公司等企业"
                           "去年营收超过5亿元。")
    found = relations(parsed)
    assert ("杭州云帆数据科技有限公司", "locatedIn", "临平数字港") in found
    r = next(r for r in parsed.relations if r.subject == "杭州云帆数据科技有限公司" and r.object == "临平数字港")
    assert "临平数字港" in r.evidence[0].sentence  # the evidence reaches back to the park's sentence
    # a sentence that names a site of its own is read by the patterns, not by this rule
    found = relations(run(pipeline, "临平数字港正式开园。首批入驻的杭州云帆数据科技有限公司位于余杭区。"))
    assert ("杭州云帆数据科技有限公司", "locatedIn", "临平数字港") not in found


def test_relations_what_the_sentence_is_about_is_run_by_whom_it_is_entrusted_to(pipeline):
    found = relations(run(pipeline, "滨江数智港总投资约2亿元，由杭州滨江投资发展有限公司投资建设，并委托杭州云图园区运营管理有限公司运营。"))
    assert ("滨江数智港", "developedBy", "杭州滨江投资发展有限公司") in found
    assert ("滨江数智港", "developedBy", "杭州云图园区运营管理有限公司") in found


def test_quantities_a_bare_number_takes_its_unit_from_the_columns_header(pipeline):
    table = ("前期项目如下：\n| 序号 | 项目名称 | 总投资（亿元） | 用地（亩） | 进展 |\n|---|---|---|---|---|\n"
             "| 1 | 星河精密轴承智能制造项目 | 7.5 | 150 | 已签约 |\n"
             "| 2 | 海棠冷链物流中心 | 12 | 60 | 方案设计 |")
    got = {(q.entity, q.property, round(q.value, 6)) for q in run(pipeline, table).quantities}
    assert ("星河精密轴承智能制造项目", QuantityProperty.INVESTMENT, 7.5e8) in got
    assert ("星河精密轴承智能制造项目", QuantityProperty.AREA, 0.1) in got
    assert ("海棠冷链物流中心", QuantityProperty.INVESTMENT, 1.2e9) in got
    # a header without a unit gives a bare number none
    plain = run(pipeline, table.replace("总投资（亿元）", "总投资").replace("用地（亩）", "用地"))
    assert not plain.quantities


def test_entities_a_cell_in_a_column_of_project_names_is_one_name(pipeline):
    table = ("| 序号 | 项目名称 | 建设单位 |\n|---|---|---|\n"
             "| 1 | 滨湖新城7号地块公共绿地 | 合肥滨湖投资控股集团有限公司 |\n"
             "| 2 | 轨道交通8号线紫云路站综合开发项目 | 合肥市轨道交通集团有限公司 |\n"
             "| 3 | 合计 | |")
    parsed = run(pipeline, table)
    got = names(parsed)
    assert got.get("滨湖新城7号地块公共绿地") == P  # no head noun: the column says what it is
    assert got.get("轨道交通8号线紫云路站综合开发项目") == P  # digits do not break it
    assert "合计" not in got
    assert ("滨湖新城7号地块公共绿地", "developedBy", "合肥滨湖投资控股集团有限公司") in relations(parsed)
    # a column headed only 项目 lists indicators, not projects
    indicators = run(pipeline, "| 项目 | 现行 | 修改后 |\n|---|---|---|\n| 工业用地（公顷） | 236.4 | 217.8 |")
    assert not [m for m in indicators.mentions if m.type == P]


def test_entities_plot_codes_and_stretches_of_roads_are_inside_project_names(pipeline):
    got = names(run(pipeline, "金融城核心区B2-05地块商办项目由滨江集团投资建设。"))
    assert got.get("金融城核心区B2-05地块商办项目") == P
    got = names(run(pipeline, "学府路（长江路—黄河路）提升改造工程今年开工。"))
    assert got.get("学府路(长江路—黄河路)提升改造工程") == P
    assert "提升改造工程" not in got


def test_quantities_an_item_heading_with_a_phase_or_a_qualifier_is_the_items_topic(pipeline):
    """X二期。由Y投资建设，位于A路与B路交叉口，总投资…: the figures are the item's, not a road's."""
    parsed = run(pipeline, "桃源科创港二期。由宁波桃源科创发展有限公司投资建设，位于文汇路与望江路交叉口西北侧，"
                           "总投资约9.8亿元，总建筑面积约8.2万平方米。")
    got = {(q.entity, q.property, round(q.value, 6)) for q in parsed.quantities}
    assert ("桃源科创港二期", QuantityProperty.INVESTMENT, 9.8e8) in got
    assert ("桃源科创港二期", "developedBy", "宁波桃源科创发展有限公司") in relations(parsed)
    parsed = run(pipeline, "沙河滨水贯通工程（南山段）。工程西起文汇路、东至望江路，全长约4.6公里，总投资约3.2亿元。")
    got = {(q.entity, q.property, round(q.value, 6)) for q in parsed.quantities}
    assert ("沙河滨水贯通工程", QuantityProperty.INVESTMENT, 3.2e8) in got
    assert ("沙河滨水贯通工程", QuantityProperty.LENGTH, 4.6) in got


def test_quantities_a_road_carries_no_area_or_investment(pipeline):
    parsed = run(pipeline, "位于文汇路以东、望江路以南，占地约45亩。")
    assert not parsed.quantities


@pytest.mark.parametrize("text, name, etype", [
    ("园区与川北医学院共建实验室。", "川北医学院", O),  # 医学院: a school's head, though a common word
    ("该校前身为苏州医学院。", "苏州医学院", O),  # a city's medical school
    ("雨湖新能源汽车关键零部件产业园开园。", "雨湖新能源汽车关键零部件产业园", K),  # 关键|零部件: a sector
    ("雨湖智能装备产业园开园。", "雨湖智能装备产业园", K),  # 雨湖 (雨湖区) without its 区
])
def test_entities_school_heads_sector_modifiers_and_district_stems(pipeline, text, name, etype):
    assert names(run(pipeline, text)).get(name) == etype


def test_entities_a_stop_word_before_a_sector_still_stops_a_name(pipeline):
    got = names(run(pipeline, "中国声谷迎来一批人工智能项目集中签约。"))
    assert not [n for n in got if n.startswith("中国声谷") and n != "中国声谷"]


def test_entities_a_park_named_after_its_zone_and_a_road_after_its_park(pipeline):
    parsed = run(pipeline, "湘潭高新区双马工业园位于湘潭市。项目选址在双马工业园芙蓉南路以西。")
    got = names(parsed)
    assert got.get("双马工业园") == K and got.get("芙蓉南路") == PL
    assert "湘潭高新区双马工业园" not in got and "双马工业园芙蓉南路" not in got
    assert any(s == "双马工业园" and p == "locatedIn" and "湘潭" in o for s, p, o in relations(parsed))
    # a zone's sector park keeps the zone in its name; a road named after a park is named whole
    assert names(run(pipeline, "湘潭高新区新材料产业园开园。")).get("湘潭高新区新材料产业园") == K


@pytest.mark.parametrize("text, name", [
    ("由锐锋公司投资建设的年产5GWh固态电池PACK及储能系统项目已开工。", "年产5GWh固态电池PACK及储能系统项目"),
    ("由华芯公司投资建设的12英寸晶圆级先进封装项目已开工。", "12英寸晶圆级先进封装项目"),
    ("（三）鼓山—三坊七巷历史文化街区保护提升工程。由城发集团实施。", "鼓山—三坊七巷历史文化街区保护提升工程"),
])
def test_entities_annual_outputs_wafer_grades_and_item_headings_are_whole_names(pipeline, text, name):
    assert names(run(pipeline, text)).get(name) == P


def test_entities_an_item_heading_is_not_a_name_across_a_verb_or_a_town(pipeline):
    assert not [n for n in names(run(pipeline, "三、全力推进江北区重大项目。")) if n.endswith("项目")]
    got = names(run(pipeline, "年产5万吨电解液及添加剂生产线已投产。"))
    assert "年产5万吨电解液及添加剂生产线" not in got  # (a line, not a project: 年产…及 joins projects only)


def test_entities_a_preposition_does_not_open_a_place(pipeline):
    got = names(run(pipeline, "一是离宁波港近，大件设备出运方便。"))
    assert got.get("宁波港") == PL and "离宁波港" not in got


def test_entities_a_riverside_is_not_a_water_and_a_road_section_ends_an_address(pipeline):
    got = names(run(pipeline, "要求：沱江河滨河绿带宽度不小于30米。"))
    assert "沱江河滨河" not in got
    got = names(run(pipeline, "邮寄地址：遂宁市船山区渠河南路二段66号遂宁市自然资源和规划局船山分局。"))
    assert not [n for n in got if n.startswith("66号")]


@pytest.mark.parametrize("text, triple", [
    ("其中，江苏海澜重工有限公司投资的深远海风电运维装备项目今年开工。",
     ("深远海风电运维装备项目", "developedBy", "江苏海澜重工有限公司")),  # X投资的Y
    ("金桥科技园内已经有晶科微电子、海纳光电等一批企业。", ("晶科微电子", "locatedIn", "金桥科技园")),
    ("金桥经济技术开发区作为浦东新区先进制造业的主阵地，一季度增长较快。", ("上海金桥经济技术开发区", "locatedIn", "浦东新区")),
    ("位于株洲高新区栗雨工业园的湖南湘源功率半导体有限公司已投产。",
     ("湖南湘源功率半导体有限公司", "locatedIn", "栗雨工业园")),  # the last of the sites written in a row
])
def test_relations_investors_parks_with_companies_districts_stages_and_chains_of_sites(pipeline, text, triple):
    got = relations(run(pipeline, text))
    assert triple in got, got


def test_entities_the_extension_of_a_road_is_a_project_but_a_roads_project_site_is_the_road(pipeline):
    got = names(run(pipeline, "滨湖九路北延段今年开工建设。"))
    assert got.get("滨湖九路北延段") == P
    got = names(run(pipeline, "开工仪式在雒容镇柳东纵三路项目现场举行。"))
    assert got.get("柳东纵三路") == PL


def test_relations_a_run_of_bounds_belongs_to_the_first_bounds_subject(pipeline):
    got = relations(run(pipeline, "嘉北氢能港东至墨玉北路、西至百安公路，南临顾浦，北靠沪宁高速。"))
    for road in ("墨玉北路", "百安公路", "沪宁高速"):
        assert ("嘉北氢能港", "adjacentTo", road) in got, got
    assert ("墨玉北路", "adjacentTo", "沪宁高速") not in got


def test_relations_a_parks_head_opening_a_clause_stands_for_the_park(pipeline):
    """…，创新园东至…: the park just named, not the town that opens the sentence."""
    got = relations(run(pipeline, "华亭镇正在打造华亭智能传感器创新园，创新园东至沪嘉高速，西至宝安公路。"))
    assert ("华亭智能传感器创新园", "adjacentTo", "沪嘉高速") in got, got
    assert ("华亭智能传感器创新园", "adjacentTo", "宝安公路") in got, got


def test_relations_the_end_of_a_parks_name_written_later_is_the_park(pipeline):
    parsed = run(pipeline, "江宁区秣陵生命健康科创园今年开园。瑞科思公司在科创园内建设手术机器人研发生产基地，"
                           "总投资约6.8亿元。")
    got = relations(parsed)
    assert ("手术机器人研发生产基地", "locatedIn", "江宁区秣陵生命健康科创园") in got, got
    # the figure is the base's, not that of the park the sentence builds in
    assert [(q.entity, q.value) for q in parsed.quantities] == [("手术机器人研发生产基地", 6.8e8)]


def test_relations_a_short_form_two_parks_share_names_neither(pipeline):
    parsed = run(pipeline, "东区智能制造科创园和西区生物医药科创园同时开园。一批企业在科创园内落户。")
    assert not [m for m in parsed.mentions if m.source == "reference" and m.name.endswith("科创园")
                and parsed.text[m.start:m.end] == "科创园"]


def test_entities_a_body_names_its_district_or_zone(pipeline):
    parsed = run(pipeline, "包头稀土高新区管委会关于开展2024年重点项目百日攻坚行动的通知。")
    assert any(m.canonical == "包头稀土高新技术产业开发区" and m.type == K for m in parsed.mentions)
    # (the body is named with the zone's official name, the written form an alias)
    assert ("包头稀土高新技术产业开发区管委会", "partOf", "包头稀土高新技术产业开发区") in relations(parsed)
    assert any(m.canonical == "包头稀土高新技术产业开发区管委会" and "包头稀土高新区管委会" in m.aliases
               for m in parsed.mentions)
    got = relations(run(pipeline, "宝山区教育局负责实施。"))
    assert ("宝山区教育局", "partOf", "宝山区") in got
    # a province's bureau names no local place
    parsed = run(pipeline, "浙江省发展和改革委员会印发通知。")
    assert not [m for m in parsed.mentions if m.canonical == "浙江省"]


def test_references_a_demonstrative_with_words_said_of_the_project(pipeline):
    parsed = run(pipeline, "湘江半导体年产36万片8英寸芯片项目开工。这个总投资约30亿元的项目选址在雨湖工业园。")
    assert ("湘江半导体年产36万片8英寸芯片项目", "locatedIn", "雨湖工业园") in relations(parsed)
    assert [(q.entity, q.value) for q in parsed.quantities] == [("湘江半导体年产36万片8英寸芯片项目", 3e9)]
    # 应该…的项目 is no demonstrative; words between that name something are not what is said of it
    parsed = run(pipeline, "雨湖工业园开园。我们应该加快推进的项目很多。")
    assert not [m for m in parsed.mentions if m.source == "reference"]


def test_entities_a_road_named_after_a_park_is_the_road(pipeline):
    """南大(智慧城) … 南大路: the road named after the park is a road of its own, not the park's short form."""
    parsed = run(pipeline, "金桥智慧城（以下简称“金桥”）位于浦东新区。项目位于金桥路以南、丰翔路以东，紧邻金桥路站。")
    got = {m.canonical: m.type for m in parsed.mentions}
    assert got.get("金桥路") == PL, got
    assert got.get("金桥智慧城") == K, got
    assert not [m for m in parsed.mentions if m.name == "金桥路" and m.canonical != "金桥路"]


def test_entities_a_character_before_malu_where_a_road_is_placed_names_the_road(pipeline):
    assert names(run(pipeline, "用地东临北马路、北至海湾。")).get("北马路") == PL
    assert not names(run(pipeline, "走马路还是走小路。"))


@pytest.mark.parametrize("text, triple", [
    ("江苏恒远新能源汽车零部件有限公司投资约15亿元的恒远一体化压铸工厂于4月开工。",
     ("恒远一体化压铸工厂", "developedBy", "江苏恒远新能源汽车零部件有限公司")),  # X投资约N亿元的Y
    ("由浦口区水务局组织实施的石桥河生态廊道进入收尾阶段。", ("石桥河生态廊道", "developedBy", "浦口区水务局")),
])
def test_relations_an_investment_sum_or_组织实施_before_的_names_the_builder(pipeline, text, triple):
    got = relations(run(pipeline, text))
    assert triple in got, got


def test_entities_a_companys_centre_being_built_is_a_project(pipeline):
    got = names(run(pipeline, "宝武碳业投资建设的宝武碳业高性能碳纤维研发中心今年开工。"))
    assert got.get("宝武碳业高性能碳纤维研发中心") == P
    # a unit of a university that is not being built stays the university's unit
    assert names(run(pipeline, "北京理工大学重庆创新中心已入驻。")).get("北京理工大学重庆创新中心") == O


def test_relations_a_run_of_bounds_written_with_起_and_到_is_one_subjects(pipeline):
    got = relations(run(pipeline, "华亭镇正在打造华亭智能传感器创新园，创新园北起沪嘉高速，南到宝安公路。"))
    assert ("华亭智能传感器创新园", "adjacentTo", "宝安公路") in got, got
    assert ("华亭镇", "adjacentTo", "宝安公路") not in got


def test_relations_a_district_written_after_its_city_is_one_slot_and_the_compound_its_alias(pipeline):
    parsed = run(pipeline, "南湖区东接湖州市吴兴区、桐乡市，西邻杭州市临平区。")
    got = relations(parsed)
    assert ("南湖区", "adjacentTo", "吴兴区") in got, got
    assert ("南湖区", "adjacentTo", "临平区") in got, got
    assert ("南湖区", "adjacentTo", "湖州市") not in got, got
    assert ("吴兴区", "locatedIn", "湖州市") in got, got
    aliases = {a for m in parsed.mentions if m.canonical == "吴兴区" for a in m.aliases}
    assert "湖州市吴兴区" in aliases


def test_entities_a_road_being_extended_or_widened_is_named_and_road_works_are_a_kind(pipeline):
    parsed = run(pipeline, "今年将实施创新路北延、学府路拓宽两项道路工程。")
    got = names(parsed)
    assert got.get("创新路") == PL and got.get("学府路") == PL, got
    assert "道路" not in got and "道路工程" not in got, got


def test_relations_a_park_named_after_its_zone_and_works_on_a_park(pipeline):
    parsed = run(pipeline, "铜川经济技术开发区董家河循环经济产业园（以下简称“董家河园区”）今年新开工项目8个，"
                           "其中耀州窑文化产业园改造提升项目总投资1.5亿元。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("铜川经济技术开发区") == K, got
    assert ("铜川经济技术开发区董家河循环经济产业园", "locatedIn", "铜川经济技术开发区") in rels, rels
    assert got.get("耀州窑文化产业园") == K, got
    assert ("耀州窑文化产业园改造提升项目", "locatedIn", "耀州窑文化产业园") in rels, rels


def test_entities_a_hills_or_waters_side_is_not_a_province(pipeline):
    got = names(run(pipeline, "新馆位于小雁山东麓，与洪泽湖北岸的湿地公园相望。"))  # (小雁|山东|麓)
    assert "山东省" not in got and "湖北省" not in got, got


def test_entities_numbered_highways_are_names(pipeline):
    got = names(run(pipeline, "物流园紧邻104国道和S226省道。"))
    assert got.get("104国道") == PL and got.get("S226省道") == PL, got


def test_quantities_a_place_named_as_the_site_does_not_take_the_projects_figures(pipeline):
    parsed = run(pipeline, "由华远置业投资建设的滨江科创中心项目位于余杭区，总投资约18亿元。")
    got = {(q.entity, q.property) for q in parsed.quantities}
    assert ("滨江科创中心", QuantityProperty.INVESTMENT) in got, got
    assert ("余杭区", QuantityProperty.INVESTMENT) not in got, got


def test_items_a_heading_before_a_colon_is_the_items_name_and_the_next_item_is_another(pipeline):
    parsed = run(pipeline, "2. 白鹭湾片区总部经济项目：位于西湖街道，规划建筑面积约6万平方米。"
                           "3. 星海新材料产业化项目：总投资9亿元，选址东港镇，年内开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("白鹭湾片区总部经济项目") == P, got
    q = {(q.entity, q.property) for q in parsed.quantities}
    assert ("白鹭湾片区总部经济项目", QuantityProperty.AREA) in q, q
    assert ("星海新材料产业化项目", "locatedIn", "东港镇") in rels, rels
    assert ("白鹭湾片区总部经济项目", "locatedIn", "东港镇") not in rels, rels
    # a heading that names a part by its direction is described, not named
    assert "北部智造组团" not in names(run(pipeline, "（一）北部智造组团：布局云台智能终端产业园，规划用地约90公顷。"))


def test_persons_zheng_before_a_verb_is_not_a_third_character(pipeline):
    got = names(run(pipeline, "车间主任王海正带着工人检修设备。"))
    assert got.get("王海") == PE and "王海正" not in got, got


@pytest.mark.parametrize("text, name", [
    ("新港铁路专用线与沪苏通铁路接轨。", "新港铁路专用线"),
    ("园区加快融入杭州都市圈。", "杭州都市圈"),
    ("项目北邻中环线。", "中环线"),
])
def test_entities_railway_sidings_metropolitan_areas_and_shanghais_ring_roads(pipeline, text, name):
    assert names(run(pipeline, text)).get(name) == PL


def test_entities_a_verb_before_a_known_place_ends_the_name_before_it(pipeline):
    got = names(run(pipeline, "北仑港融入宁波都市圈。"))
    assert "宁波都市圈" in got and not any(n.startswith("北仑港融入") for n in got), got


def test_relations_lines_meeting_at_or_reaching_a_station_hold_it(pipeline):
    got = relations(run(pipeline, "地铁2号线和5号线在湖滨路站交汇，地铁3号线已通到科学城站。"))
    assert ("湖滨路站", "partOf", "轨道交通2号线") in got and ("湖滨路站", "partOf", "轨道交通5号线") in got, got
    assert ("科学城站", "partOf", "轨道交通3号线") in got, got


def test_relations_a_title_after_a_declared_short_form_is_the_companys(pipeline):
    got = relations(run(pipeline, "浙江远航动力科技有限公司（以下简称“远航动力”）董事长周明凯介绍，新工厂明年投产。"))
    assert ("周明凯", "relatedTo", "浙江远航动力科技有限公司") in got, got


def test_entities_a_project_of_two_products_one_of_them_integrated_or_assembled(pipeline):
    got = names(run(pipeline, "远景动力投资建设的10GWh动力电池及系统集成项目今年开工。"))
    assert got.get("10GWh动力电池及系统集成项目") == P, got


def test_relations_a_company_signing_a_projects_agreement_with_the_zone(pipeline):
    got = relations(run(pipeline, "湖州南太湖新区举行招商大会。会上，长运物流集团有限公司与新区签订太湖港口物流园项目合作协议。"))
    assert ("长运物流集团有限公司", "cooperatesWith", "湖州南太湖新区") in got \
        or ("湖州南太湖新区", "cooperatesWith", "长运物流集团有限公司") in got, got
    assert ("太湖港口物流园", "developedBy", "长运物流集团有限公司") in got, got


def test_entities_a_bare_zone_word_opening_a_parks_name_is_the_zones(pipeline):
    parsed = run(pipeline, "宁波前湾新区昨日举行签约仪式。该项目选址新区智能终端产业园，用地约300亩。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("智能终端产业园") == K and "新区智能终端产业园" not in got, got
    assert ("智能终端产业园", "locatedIn", "宁波前湾新区") in rels, rels


def test_entities_a_hospitals_branch_and_its_name_without_the_university(pipeline):
    parsed = run(pipeline, "浙江大学附属第一医院东院位于余杭区。第一医院东院明年开诊。")
    got = names(parsed)
    assert got.get("浙江大学附属第一医院东院") == O, got
    assert {m.canonical for m in parsed.mentions if m.name == "第一医院东院"} == {"浙江大学附属第一医院东院"}


def test_entities_a_service_complex_at_a_known_port_is_named_whole_and_lies_there(pipeline):
    parsed = run(pipeline, "洋山深水港智能集装箱服务中心项目今年开工。")  # (洋山深水港: the Shanghai lexicon's)
    got, rels = names(parsed), relations(parsed)
    assert got.get("洋山深水港智能集装箱服务中心") == P, got
    assert ("洋山深水港智能集装箱服务中心", "locatedIn", "洋山深水港") in rels, rels


def test_entities_the_end_of_a_name_written_later_is_that_thing_unless_a_city_opens_it(pipeline):
    parsed = run(pipeline, "金鹰国际智造港今年开园。目前，智造港已入驻企业12家。")
    got = {m.name: m.canonical for m in parsed.mentions}
    assert got.get("智造港") == "金鹰国际智造港", got
    parsed = run(pipeline, "上海北大科技园今年开园。目前，北大科技园已入驻企业30家。")
    short = {m.canonical for m in parsed.mentions if m.name == "北大科技园"}
    assert short and "上海北大科技园" not in short, short


def test_relations_a_river_after_a_district_runs_past_it(pipeline):
    got = relations(run(pipeline, "马尾国际客运中心位于马尾区闽江与乌龙江交汇处。"))
    assert ("马尾国际客运中心", "locatedIn", "马尾区") in got, got
    assert ("马尾国际客运中心", "adjacentTo", "闽江") in got and ("马尾国际客运中心", "adjacentTo", "乌龙江") in got, got
    assert ("闽江", "locatedIn", "马尾区") not in got, got


def test_entities_after_completion_and_a_verb_with_its_object_are_no_names(pipeline):
    got = names(run(pipeline, "今年是洋山深水港开港二十周年。项目建成后物流港可停靠大型货轮。"))
    assert not any(n.endswith("开港") for n in got), got
    assert not any(n.startswith("后") for n in got), got


def test_entities_a_planned_grids_numbered_roads(pipeline):
    got = names(run(pipeline, "片区路网为“两横三纵”：纬二路、纬六路，经三路、经五路、经十一路。"))
    assert {"纬二路", "纬六路", "经三路", "经五路", "经十一路"} <= {n for n, t in got.items() if t == PL}, got
    got = names(run(pipeline, "车辆途经三路口时减速。"))
    assert not any(n.startswith("经") for n in got), got


def test_entities_a_boundarys_verb_opens_no_name_and_is_no_topic(pipeline):
    parsed = run(pipeline, "规划片区北望长江，南倚金牛山，东靠嵩山。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("金牛山") == PL and not any(n.startswith("南倚") for n in got), got
    assert not any(s == "长江" for s, _, _ in rels), rels  # the unnamed area, not the first water, faces the others


def test_entities_a_parks_area_in_brackets_names_one_park(pipeline):
    got = names(run(pipeline, "新能源装备产业园（西区）位于柳泉镇，一期已经投产。"))
    assert got.get("新能源装备产业园(西区)") == K, got


def test_entities_a_base_built_together_is_a_specific_one(pipeline):
    parsed = run(pipeline, "由江南理工学院与高新区共建的精密制造中试基地位于东部片区。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("精密制造中试基地") == P, got
    assert ("精密制造中试基地", "developedBy", "江南理工学院") in rels, rels


def test_entities_a_water_named_with_a_number_and_a_verb_before_a_zone_word(pipeline):
    got = names(run(pipeline, "十八溪穿过开发区，沿岸将建设湿地公园。"))
    assert got.get("十八溪") == PL, got
    got = names(run(pipeline, "二十里河穿过开发区东部。"))
    assert not any(n.endswith("穿过开发区") for n in got), got


def test_entities_a_science_and_education_park(pipeline):
    got = names(run(pipeline, "园区与厦门理工学院集美科教园共建检测平台。"))
    assert got.get("厦门理工学院集美科教园") == K, got


def test_entities_an_airport_opening_a_works_name_is_named_and_related(pipeline):
    parsed = run(pipeline, "长沙黄花国际机场T3航站楼扩建工程加快推进。武汉天河国际机场货运站项目开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("长沙黄花国际机场") == PL and got.get("武汉天河国际机场") == PL, got
    assert ("长沙黄花国际机场T3航站楼扩建工程", "relatedTo", "长沙黄花国际机场") in rels, rels
    assert ("武汉天河国际机场货运站", "locatedIn", "武汉天河国际机场") in rels, rels


def test_entities_the_paper_of_a_byline_is_no_entity(pipeline):
    got = names(run(pipeline, "园区新增企业30家。（滨海新区融媒体中心记者 王小明）"))
    assert not any(n.endswith("融媒体中心") for n in got), got


def test_entities_an_item_heading_after_the_companys_full_name(pipeline):
    parsed = run(pipeline, "（三）华科动力（常州）有限公司电驱动系统及关键部件项目。项目总投资约12亿元。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("电驱动系统及关键部件项目") == P, got
    assert ("电驱动系统及关键部件项目", "developedBy", "华科动力(常州)有限公司") in rels, rels


def test_entities_a_district_bureau_after_words_that_name_no_place(pipeline):
    got = names(run(pipeline, "发现问题请径向区发展和改革局反映。"))
    assert not any("径向" in n for n in got), got


def test_entities_a_waterway_and_a_companys_park_in_an_item(pipeline):
    parsed = run(pipeline, "（二）广东华美电器有限公司智能厨电产业园。项目位于平沙镇，紧邻磨刀门水道，总投资约8亿元。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("磨刀门水道") == PL and got.get("智能厨电产业园") == K, got
    assert ("智能厨电产业园", "adjacentTo", "磨刀门水道") in rels, rels
    assert ("平沙镇", "adjacentTo", "磨刀门水道") not in rels, rels  # where it lies is not what lies beside
    (q,) = [q for q in parsed.quantities if q.property == QuantityProperty.INVESTMENT]
    assert normalise(q.entity) == "智能厨电产业园", q


def test_entities_a_national_zone_written_with_its_rank_or_its_citys_shi(pipeline):
    parsed = run(pipeline, "绵阳国家高新区管委会发布通知。常德国家级经济技术开发区与株洲市高新区签约。")
    got = {m.name: m.canonical for m in parsed.mentions}
    assert got.get("绵阳国家高新区") == "绵阳高新技术产业开发区", got
    assert got.get("常德国家级经济技术开发区") == "常德经济技术开发区", got
    assert got.get("株洲市高新区") == "株洲高新技术产业开发区", got


def test_relations_a_zone_on_a_rivers_bank_lies_beside_it(pipeline):
    got = relations(run(pipeline, "醴陵经济开发区位于湘江北岸，攸县工业集中区位于攸县。"))
    assert ("醴陵经济开发区", "adjacentTo", "湘江") in got and ("醴陵经济开发区", "locatedIn", "湘江") not in got, got
    assert ("攸县工业集中区", "locatedIn", "攸县") in got, got


def test_entities_a_university_opening_its_institutes_name_is_named_too(pipeline):
    parsed = run(pipeline, "南昌航空材料大学先进复合材料研究院与企业签约。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("南昌航空材料大学") == O, got
    assert ("南昌航空材料大学先进复合材料研究院", "partOf", "南昌航空材料大学") in rels, rels


def test_entities_a_project_named_with_its_output_and_product(pipeline):
    got = names(run(pipeline, "华瑞新材料有限公司（以下简称“华瑞”）的年产20万吨PVB胶片项目竣工。"))
    assert got.get("年产20万吨PVB胶片项目") == P, got
    got = names(run(pipeline, "恒瑞化工有限公司的年产60万吨β-丙烯酸及SAP项目开工。"))
    assert got.get("年产60万吨β-丙烯酸及SAP项目") == P, got


def test_persons_a_verb_with_its_aspect_particle_ends_the_name(pipeline):
    got = names(run(pipeline, "车间主任马骁指着流水线介绍。"))
    assert got.get("马骁") == PE and "马骁指" not in got, got


def test_entities_a_companys_unknown_name_cut_into_characters_and_its_project(pipeline):
    parsed = run(pipeline, "今年，鞍山聚力丰新能源科技有限公司年产3万吨负极材料项目开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("鞍山聚力丰新能源科技有限公司") == O, got
    assert ("年产3万吨负极材料项目", "developedBy", "鞍山聚力丰新能源科技有限公司") in rels, rels


def test_entities_a_sector_park_with_its_phase_when_the_segmenter_splits_a_sector_word(pipeline):
    got = names(run(pipeline, "该项目位于化工新材料产业园三期。"))
    assert got.get("化工新材料产业园三期") == P, got


def test_entities_a_known_nickname_after_another_citys_name_is_that_citys_own(pipeline):
    got = {m.name: m.canonical for m in run(pipeline, "项目落户“蓉城光谷”，与宜宾光谷合作。").mentions}
    assert got.get("蓉城光谷") == "蓉城光谷" and got.get("宜宾光谷") == "宜宾光谷", got
    got = {m.name: m.canonical for m in run(pipeline, "中国光谷今年新增企业500家。").mentions}
    assert got.get("中国光谷") == "武汉东湖新技术开发区", got
    got = names(run(pipeline, "新一代信息技术板块增长最快。"))
    assert not got, got  # a sector, not a region


def test_entities_a_boulevard_being_extended_is_named_and_related(pipeline):
    parsed = run(pipeline, "文昌大道北延工程今年开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("文昌大道") == PL, got
    assert ("文昌大道北延工程", "relatedTo", "文昌大道") in rels, rels


def test_entities_a_base_opening_a_projects_name_holds_it_and_counted_projects_are_none(pipeline):
    parsed = run(pipeline, "东营国家海洋经济示范基地冷链仓储中心项目投运。全区已有8个海洋经济产业链项目签约。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("东营国家海洋经济示范基地") == K, got
    assert ("东营国家海洋经济示范基地冷链仓储中心", "locatedIn", "东营国家海洋经济示范基地") in rels, rels
    assert not any(n.startswith("海洋经济产业链") for n in got), got


def test_entities_the_n_major_ones_are_a_count_and_works_after_a_declared_company(pipeline):
    got = names(run(pipeline, "作为全国十大钢铁产业基地之一，日照钢铁产业基地已建成投产。"))
    assert not any(n.startswith(("大", "钢铁产业基地")) for n in got), got
    got = names(run(pipeline, "山东鲁岳精工有限公司（以下简称“鲁岳精工”）总部及研发中心项目今年竣工。"))
    assert got.get("总部及研发中心") == P, got


def test_entities_a_line_named_only_by_its_product_is_equipment(pipeline):
    got = names(run(pipeline, "园区新建谐波减速器生产线，年产能10万台。"))
    assert not any(n.endswith("生产线") for n in got), got
    got = names(run(pipeline, "华星光电第8.5代液晶面板生产线投产。"))
    assert any(n.endswith("第8.5代液晶面板生产线") for n in got), got
    got = names(run(pipeline, "签约的江苏恒驰动力科技有限公司将投资5亿元，建设恒驰动力电驱系统生产线。"))
    assert got.get("恒驰动力电驱系统生产线") == P, got
    got = names(run(pipeline, "上海某某精密制造有限公司将新建一条电机壳体生产线。"))
    assert got.get("电机壳体生产线") == P, got  # a line its company builds


@pytest.mark.parametrize("text, line", [
    # a line that is what a project named before it builds, its content, not a thing of its own
    ("江西某某锂业有限公司签约落户，投资建设电池材料项目，主要建设正极材料生产线及配套研发中心。", "正极材料生产线"),
    ("| 3 | 储能电池模组项目 | 山东某某新能源有限公司 | 8.3 | 建设年产2GWh储能电池模组生产线 |", "年产2GWh储能电池模组生产线"),
    # 年产 (an abbreviation to jieba) opens no company's short name
    ("目前年产10万吨电池级碳酸锂生产线已投产。", "年产10万吨电池级碳酸锂生产线"),
])
def test_entities_a_line_a_project_builds_is_its_content(pipeline, text, line):
    assert line not in names(run(pipeline, text))


def test_entities_two_products_its_builder_introduces_and_a_project_a_company_invests_in(pipeline):
    parsed = run(pipeline, "湖北恒驰精工股份有限公司投资8亿元建设的精密轴承及关键传动部件项目今年开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("精密轴承及关键传动部件项目") == P, got
    got = names(run(pipeline, "江苏蓝海新能源有限公司投资的海上光伏配套储能项目完成桩基施工。"))
    assert got.get("海上光伏配套储能项目") == P, got


def test_entities_a_sector_park_named_by_its_zone(pipeline):
    parsed = run(pipeline, "项目位于长沙经开区工程机械产业园。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("长沙经开区工程机械产业园") == K, got
    assert ("长沙经开区工程机械产业园", "locatedIn", "长沙经济技术开发区") in rels, rels


@pytest.mark.parametrize("text, name", [
    ("江苏华澜新材料有限公司年产2.4亿平方米锂电隔膜项目今年投产。", "年产2.4亿平方米锂电隔膜项目"),
    ("苏州启航风能装备有限公司投资15亿元建设的年产200套大兆瓦风机叶片项目正式开工。", "年产200套大兆瓦风机叶片项目"),
    ("由盛源环保科技有限公司建设的年产3万吨废旧动力电池综合回收利用项目已试生产。",
     "年产3万吨废旧动力电池综合回收利用项目"),
])
def test_entities_a_project_named_by_its_yearly_output(pipeline, text, name):
    got = names(run(pipeline, text))
    assert got.get(name) == P, got


def test_entities_a_yearly_output_after_a_comma_opens_no_name(pipeline):
    got = names(run(pipeline, "项目达产后可年产钢材10万吨，带动上下游企业落户。"))
    assert not any(n.startswith("年产") for n in got), got


@pytest.mark.parametrize("text, school, university", [
    ("南通大学机械与动力工程学院与企业共建实验室。", "南通大学机械与动力工程学院", "南通大学"),
    ("依托常州工学院材料与化工学院的学科优势。", "常州工学院材料与化工学院", "常州工学院"),
])
def test_entities_a_school_of_two_disciplines_is_named_with_its_university(pipeline, text, school, university):
    parsed = run(pipeline, text)
    got, rels = names(parsed), relations(parsed)
    assert got.get(school) == O, got
    assert (school, "partOf", university) in rels, rels


def test_entities_a_school_of_two_disciplines_after_的(pipeline):
    got = names(run(pipeline, "学校整合了学院的信息与通信学院、机电工程系等专业资源。"))
    assert got.get("信息与通信学院") == O, got


def test_entities_a_park_phase_in_brackets_and_a_nickname_in_a_table(pipeline):
    text = ("| 序号 | 项目名称 | 建设单位 | 总投资 |\n| --- | --- | --- | --- |\n"
            "| 1 | 智能家电产业园（二期） | 盐都城投集团有限公司 | 12亿元 |\n"
            "| 2 | 湖西数字经济产业园（“湖西数港”） | 盐都城投集团有限公司 | 8亿元 |\n")
    parsed = run(pipeline, text)
    got, rels = names(parsed), relations(parsed)
    assert got.get("智能家电产业园") == K, got
    assert ("智能家电产业园(二期)", "partOf", "智能家电产业园") in rels, rels
    assert got.get("湖西数字经济产业园") == K, got
    assert not any("(" in n and "湖西数港" in n for n in got), got


def test_entities_a_branch_park_of_a_science_park(pipeline):
    got = names(run(pipeline, "江南大学国家大学科技园滨湖分园今年开园。"))
    assert got.get("江南大学国家大学科技园滨湖分园") == K, got


def test_entities_a_zone_in_the_lexicon_before_its_sector_park(pipeline):
    got = names(run(pipeline, "项目落户临沂经开区先进装备制造产业园。"))
    assert got.get("临沂经开区先进装备制造产业园") == K, got


def test_entities_a_park_of_two_sectors_and_one_in_a_part_of_the_zone(pipeline):
    parsed = run(pipeline, "常州国家高新区今年新开工项目28个。其中一批项目选址高新区新材料与高端装备产业园。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("新材料与高端装备产业园") == K, got
    assert ("新材料与高端装备产业园", "locatedIn", "常州高新技术产业开发区") in rels, rels
    got = names(run(pipeline, "芜湖经开区今年签约项目40个。电池项目选址经开区西部新能源汽车产业园。"))
    assert got.get("新能源汽车产业园") == K, got


def test_entities_a_water_a_boundary_runs_along_is_named_whole(pipeline):
    got = names(run(pipeline, "规划范围北临九里泉河，南至学府路。"))
    assert got.get("九里泉河") == PL, got
    assert "泉河" not in got, got


def test_entities_a_party_committee_before_its_member_and_a_province_department(pipeline):
    got = names(run(pipeline, "宜宾市委常委、三江新区党工委书记李建国，翠屏区委书记张晓东出席。"))
    assert got.get("宜宾市委") == O and got.get("翠屏区委") == O, got
    assert got.get("李建国") == PE and got.get("张晓东") == PE, got
    got = names(run(pipeline, "江苏省科技厅一级巡视员王海涛出席签约仪式。"))
    assert got.get("江苏省科技厅") == O and got.get("王海涛") == PE, got
    got = names(run(pipeline, "市民在政务服务大厅办事，展厅内人头攒动。"))
    assert not any(n.endswith("厅") for n in got), got


def test_entities_a_quoted_name_in_brackets_is_a_nickname(pipeline):
    parsed = run(pipeline, "项目位于嘉善经开区新材料产业园（“嘉善材料港”），紧邻沪昆高速。")
    park = next(m for m in parsed.mentions if m.name == "嘉善经开区新材料产业园")
    assert "嘉善材料港" in park.aliases, park


def test_relations_a_companys_project_sited_in_the_zones_park(pipeline):
    parsed = run(pipeline, "常州国家高新区发布重点项目计划。江苏恒锐新能源科技有限公司（以下简称“恒锐新能源”）"
                           "年产10GW光伏组件项目，总投资25亿元，选址高新区新能源产业园，用地约300亩。")
    rels = relations(parsed)
    assert ("年产10GW光伏组件项目", "locatedIn", "新能源产业园") in rels, rels
    assert ("年产10GW光伏组件项目", "developedBy", "江苏恒锐新能源科技有限公司") in rels, rels


def test_relations_a_table_cell_that_says_where_is_about_the_rows_works(pipeline):
    table = ("重点项目如下：\n| 序号 | 项目名称 | 建设单位 | 总投资 | 建设内容 |\n|---|---|---|---|---|\n"
             "| 1 | 汾河智能制造产业园二期 | 太原高新控股有限公司 | 18亿元 | 位于阳曲镇，建设标准厂房 |\n"
             "| 2 | 精密减速器产业化项目 | 山西恒动精密机械有限公司 | 6亿元 | 入驻汾河智能制造产业园二期，建设装配车间 |\n")
    rels = relations(run(pipeline, table))
    assert ("汾河智能制造产业园二期", "locatedIn", "阳曲镇") in rels, rels
    assert ("精密减速器产业化项目", "locatedIn", "汾河智能制造产业园二期") in rels, rels


def test_relations_works_at_a_crossing_are_beside_both_roads(pipeline):
    parsed = run(pipeline, "由苏州恒川机械有限公司投资建设的年产5万台精密泵阀项目，总投资约8亿元，"
                           "选址位于甪直镇富民路与上大路交叉口东北侧，占地约60亩。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("上大路") == PL, got  # (上大 is a university's short name; before 与…交叉口 the words name a road)
    assert ("年产5万台精密泵阀项目", "adjacentTo", "富民路") in rels, rels
    assert ("年产5万台精密泵阀项目", "adjacentTo", "上大路") in rels, rels
    assert not any(p == "locatedIn" and o.endswith("路") for _, p, o in rels), rels


@pytest.mark.parametrize("text, name", [
    ("港资企业恒泰精工（东莞）有限公司此次签约智能模具项目。", "恒泰精工(东莞)有限公司"),
    ("老牌台企厦门宏远电器有限公司投资2亿元实施技改。", "厦门宏远电器有限公司"),
])
def test_entities_what_kind_of_firm_is_no_part_of_its_name(pipeline, text, name):
    got = names(run(pipeline, text))
    assert got.get(name) == O, got


def test_entities_a_school_of_a_universitys_campus_with_a_two_word_discipline(pipeline):
    got = names(run(pipeline, "企业与山东大学（威海）海洋科学与工程学院签署合作协议。"))
    assert got.get("山东大学(威海)海洋科学与工程学院") == O, got


def test_entities_a_one_character_river_whose_bank_is_named(pipeline):
    got = names(run(pipeline, "走进高新区，淇河北岸的塔吊仍在转动。"))
    assert got.get("淇河") == PL, got


def test_quantities_the_last_words_of_a_name_stand_for_it_and_a_builder_after_由_is_no_topic(pipeline):
    text = ("罗泾镇与上海大学签约共建上大—罗泾新材料中试基地。根据协议，中试基地选址宝山城市工业园区内，"
            "由罗泾镇属企业上海罗泾经济发展（集团）有限公司与上海大学科技园区发展有限公司共同投资建设，"
            "总投资约6.5亿元，用地面积约2.8公顷。")
    parsed = run(pipeline, text)
    got = {(q.entity, q.property) for q in parsed.quantities}
    assert ("上大—罗泾新材料中试基地", QuantityProperty.INVESTMENT) in got, got
    assert ("上大—罗泾新材料中试基地", QuantityProperty.AREA) in got, got
    assert ("罗泾镇属企业上海罗泾经济发展(集团)有限公司" not in names(parsed)), names(parsed)


def test_entities_a_verb_inside_what_would_be_a_places_name_ends_a_clause(pipeline):
    got = names(run(pipeline, "他说，最大的心愿是看到更多的大船开进龙门港。"))
    assert got.get("龙门港") == PL and not any("开进" in n for n in got), got
    got = names(run(pipeline, "昔日滩涂崛起现代化码头。"))
    assert not any("崛起" in n for n in got), got
    got = names(run(pipeline, "项目位于建设路与人民东路交叉口，把园区打造成北方地区重要的制造基地。"))
    assert got.get("建设路") == PL and got.get("人民东路") == PL, got
    assert "北方" not in got and "北方地区" not in got, got


def test_entities_a_period_is_no_part_of_a_name(pipeline):
    got = names(run(pipeline, "会上就“十五五”时期滨海新港区产业布局进行了推介。"))
    assert not any("时期" in n for n in got), got


def test_entities_one_of_a_kind_is_no_name(pipeline):
    got = names(run(pipeline, "现在我们是全省最大的光伏组件生产基地之一。"))
    assert not any(n.endswith("基地") for n in got), got
    got = names(run(pipeline, "张江科学城是上海最重要的科创中心之一。"))
    assert got.get("张江科学城") == K, got


def test_entities_a_numbered_facility_and_a_road_before_之间(pipeline):
    parsed = run(pipeline, "盐城经开区发布重点项目。（三）经开区第二污水处理厂扩建工程。")
    assert names(parsed).get("经开区第二污水处理厂扩建工程") == P, names(parsed)
    parsed = run(pipeline, "位于高新大道与汾河之间的科创总部基地项目开工。")
    assert names(parsed).get("高新大道") == PL, names(parsed)


def test_entities_a_sector_park_in_a_list_of_named_parks(pipeline):
    got = names(run(pipeline, "目前开发区已形成滨湖新材料产业园、智能装备产业园和临空物流产业园三大平台。"))
    assert got.get("智能装备产业园") == K, got
    got = names(run(pipeline, "园区重点发展生物医药产业园、新材料产业园等。"))
    assert not any(n.endswith("产业园") for n in got), got


@pytest.mark.parametrize("text, works, firm", [
    ("隔壁的江苏华晟新材料有限公司正在调试年产10万吨特种纤维项目。", "年产10万吨特种纤维项目", "江苏华晟新材料有限公司"),
    ("博世传动（中国）有限公司投资约6亿元，在园区扩建精密齿轮生产基地。", "精密齿轮生产基地", "博世传动(中国)有限公司"),
])
def test_relations_a_company_extends_or_commissions_its_works(pipeline, text, works, firm):
    rels = relations(run(pipeline, text))
    assert (works, "developedBy", firm) in rels, rels


def test_relations_where_a_thing_described_then_named_after_a_dash_lies(pipeline):
    parsed = run(pipeline, "这座位于铜梁高新区的电池工厂——蓝驰动力铜梁基地二期项目，今年5月完成结构封顶。")
    got, rels = names(parsed), relations(parsed)
    assert "电池工厂" not in got, got
    assert ("蓝驰动力铜梁基地二期", "locatedIn", "铜梁高新区") in rels or any(
        s == "蓝驰动力铜梁基地二期" and p == "locatedIn" and o.startswith("铜梁高新") for s, p, o in rels), rels


def test_entities_an_estuary_holds_no_city(pipeline):
    got = names(run(pipeline, "新城位于长江入海口南岸，东临东海。"))
    assert "海口市" not in got, got
    got = names(run(pipeline, "海南省海口市江东新区今年签约项目30个。"))
    assert got.get("海口市") == PL, got


def test_entities_a_university_jieba_tags_as_an_idiom_still_opens_a_name(pipeline):
    got = names(run(pipeline, "曲阜师范大学济宁产业技术研究院今年投入使用。"))
    assert got.get("曲阜师范大学济宁产业技术研究院") == O, got


def test_entities_a_park_of_a_material_and_its_alloys(pipeline):
    parsed = run(pipeline, "项目位于株洲硬质合金及合金材料产业园核心区。另一项目落户宝鸡钛及钛合金产业园，"
                           "宝鸡钛及钛合金产业园规划面积约12平方公里。")
    got = names(parsed)
    assert got.get("株洲硬质合金及合金材料产业园") == K, got
    assert got.get("宝鸡钛及钛合金产业园") == K, got
    assert "钛合金产业园" not in got, got
    assert ("宝鸡钛及钛合金产业园", "areaKm2", 12.0) in {(normalise(q.entity), q.property.value, q.value)
                                                         for q in parsed.quantities}


def test_relations_a_park_planned_in_a_town_and_a_firm_brought_in(pipeline):
    rels = relations(run(pipeline, "我们在柳林镇规划了柳林光电材料产业园，规划面积约2.4平方公里。"))
    assert ("柳林光电材料产业园", "locatedIn", "柳林镇") in rels, rels
    rels = relations(run(pipeline, "临江新城储能产业园今年引进湖南森泰储能科技有限公司，总投资约8亿元。"))
    assert ("湖南森泰储能科技有限公司", "locatedIn", "临江新城储能产业园") in rels, rels


def test_relations_the_company_that_signs_for_a_project_builds_it(pipeline):
    rels = relations(run(pipeline, "开平港新区与江西赣能重工集团有限公司签约风电塔筒制造基地项目，总投资约21亿元。"))
    assert ("风电塔筒制造基地", "developedBy", "江西赣能重工集团有限公司") in rels, rels
    assert not any(r[1] == "developedBy" and r[2] == "开平港新区" for r in rels), rels
    rels = relations(run(pipeline, "今年4月，湖南森泰储能科技有限公司总投资12亿元的年产5GWh储能电池项目开工。"))
    assert ("年产5GWh储能电池项目", "developedBy", "湖南森泰储能科技有限公司") in rels, rels


def test_relations_a_park_named_first_brings_in_the_firms_of_a_later_clause(pipeline):
    rels = relations(run(pipeline, "9月，临江新城氢能产业园揭牌，规划面积约0.8平方公里，首批引进湖南森泰储能科技有限公司、"
                                   "长沙凯拓动力科技有限公司等6家企业。"))
    assert ("湖南森泰储能科技有限公司", "locatedIn", "临江新城氢能产业园") in rels, rels
    assert ("长沙凯拓动力科技有限公司", "locatedIn", "临江新城氢能产业园") in rels, rels
    # "here" is a subject of its own: the project named in the first clause brings in nothing
    rels = relations(run(pipeline, "十多年来，从华星第6代液晶面板生产线落户开始，这里先后引进了天马第8.6代液晶面板生产线等项目。"))
    assert not any(r[2] == "华星第6代液晶面板生产线" and r[1] == "locatedIn" for r in rels), rels


def test_entities_a_city_named_only_by_its_party_committee(pipeline):
    parsed = run(pipeline, "三明市委常委、三明高新区党工委书记林志强宣布项目开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("三明市") == PL, got
    assert ("三明市委", "partOf", "三明市") in rels, rels
    # a city's bureau names the city too (a province is named neither by its committee here nor by its bureaus)
    got = names(run(pipeline, "福建省委、三明市发展和改革委员会联合发文。"))
    assert got.get("三明市") == PL and "福建省" not in got, got


def test_entities_a_notice_reports_to_a_government(pipeline):
    got = names(run(pipeline, "规划草案经公示、审查后，将按程序报韶关市人民政府审批。"))
    assert got.get("韶关市人民政府") == O, got
    assert not any(n.startswith("报") for n in got), got


def test_entities_a_health_city_is_a_park(pipeline):
    parsed = run(pipeline, "这是日照国际健康城一期的标志性建筑。日照国际健康城二期规划面积约1.5平方公里。")
    got = names(parsed)
    assert got.get("日照国际健康城") == K, got
    assert got.get("日照国际健康城二期") == P, got


def test_entities_works_a_company_owns_are_named_by_their_product(pipeline):
    parsed = run(pipeline, "江西赣锋精工科技股份有限公司（以下简称“赣锋精工”）的精密减速器产业化项目今年5月开工。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("精密减速器产业化项目") == P, got
    assert ("精密减速器产业化项目", "developedBy", "江西赣锋精工科技股份有限公司") in rels, rels
    got = names(run(pipeline, "安徽恒驰汽车部件有限公司热成型车身件项目的主厂房已封顶。"))
    assert got.get("热成型车身件项目") == P, got
    # without a company's full name before it, a product's project stays a kind
    got = names(run(pipeline, "园区今年新开工热成型车身件项目等一批项目。"))
    assert "热成型车身件项目" not in got, got


@pytest.mark.parametrize("text, present, absent", [
    ("承建方江西建工第三建筑有限责任公司项目经理介绍了进度。", "江西建工第三建筑有限责任公司", "承建方江西建工第三建筑有限责任公司"),
    ("业主方赣州城投集团有限公司表示将加快建设。", "赣州城投集团有限公司", "业主方赣州城投集团有限公司"),
    ("金秋时节项目建设如火如荼，章贡区新开工项目12个。", "章贡区", "金秋时节项目"),
    ("赣江是南昌的母亲河，地方政府出资修复岸线。", "赣江", "母亲河"),
    ("新能源汽车产业园是高新区重点打造的主导产业园区。", None, "主导产业园区"),
])
def test_entities_roles_seasons_and_kinds_name_nothing(pipeline, text, present, absent):
    got = names(run(pipeline, text))
    assert present is None or present in got, got
    assert absent not in got and "地方政府" not in got, got


def test_entities_a_sector_park_the_segmenter_split_and_a_kind_counted_after(pipeline):
    parsed = run(pipeline, "滁州经开区重点项目集中开工活动在新材料产业园二期现场举行。新材料产业园二期位于乌衣镇，规划面积3.1平方公里。")
    got, rels = names(parsed), relations(parsed)
    assert got.get("新材料产业园二期") == P, got
    assert ("新材料产业园二期", "locatedIn", "乌衣镇") in rels, rels
    got = names(run(pipeline, "今年全区共实施城建重点项目36个，新建智慧工厂示范项目5个。"))
    assert not any(n.endswith("项目") for n in got), got
    # (a count of what is in a zone does not make the zone a kind)
    got = names(run(pipeline, "今年公主岭经济开发区12家企业新增产值超亿元。"))
    assert got.get("公主岭经济开发区") == K, got


def test_entities_a_law_or_regulation_title_names_no_place(pipeline):
    got = names(run(pipeline, "根据《中华人民共和国城乡规划法》《湖南省实施〈中华人民共和国城乡规划法〉办法》等规定，"
                              "现将《益阳高新区东部新区片区控制性详细规划》予以公示。"))
    assert "中国" not in got and "中华人民共和国" not in got and "湖南省" not in got, got
    assert any(n.startswith("益阳高新") for n in got), got  # (a plan's title names its area)


def test_entities_a_list_of_key_projects_is_not_a_project(pipeline):
    got = names(run(pipeline, "益阳高新区今年“双招双引”重点项目完成投资20亿元，部分重点项目提前开工；"
                              "东部新区重大项目推进会在会龙山街道召开。"))
    assert not any(n.endswith(("重点项目", "重大项目")) for n in got), got
    assert "会龙山街道" in got, got


def test_entities_a_zones_body_written_short_and_relative_is_one_body(pipeline):
    parsed = run(pipeline, "益阳市委常委、益阳高新区党工委书记周立新，高新区党工委副书记、管委会主任陈海涛出席。")
    bodies = {m.canonical for m in parsed.mentions if m.canonical.endswith("党工委")}
    assert bodies == {"益阳高新技术产业开发区党工委"}, bodies
    written = next(m for m in parsed.mentions if m.name == "益阳高新区党工委")
    assert "益阳高新区党工委" in written.aliases, written


def test_entities_the_park_after_a_verb_is_the_articles_own(pipeline):
    got = names(run(pipeline, "学院派出一支8人的团队常驻园区，另一支技术团队来临港区考察。苏州工业园区和上海物流园区也有合作。"))
    assert not any(n.endswith(("园区", "港区")) and ("常驻" in n or "来临" in n) for n in got), got
    assert "苏州工业园区" in got and "上海物流园区" in got, got


def test_entities_an_extension_line_is_not_a_line_named_extension(pipeline):
    got = names(run(pipeline, "预留长株潭城际铁路延伸线暮云北站站点及站前广场用地约2.1公顷。"))
    assert got.get("长株潭城际铁路") == PL and got.get("暮云北站") == PL, got
    assert not any("延伸线" in n for n in got), got


def test_relations_at_a_crossing_first_project_and_waters_within(pipeline):
    rels = relations(run(pipeline, "规划在滨江大道与金沙路交会处设置金沙湾门户塔楼，建筑限高180米。"))
    assert ("金沙湾门户塔楼", "adjacentTo", "滨江大道") in rels or ("滨江大道", "adjacentTo", "金沙湾门户塔楼") in rels, rels
    rels = relations(run(pipeline, "位于文峰大道与光明路交汇处的安阳数智港正式揭牌。"))
    assert {("安阳数智港", "adjacentTo", "文峰大道"), ("安阳数智港", "adjacentTo", "光明路")} <= rels, rels
    rels = relations(run(pipeline, "新区规划建设约3.2平方公里的临港物流园，首个项目——安阳冷链物流中心总投资6亿元。"))
    assert ("安阳冷链物流中心", "locatedIn", "临港物流园") in rels, rels
    rels = relations(run(pipeline, "柳林镇位于汤阴县东部，东临卫河，境内有汤河、羑河等河道。"))
    assert ("汤河", "locatedIn", "柳林镇") in rels and ("羑河", "locatedIn", "柳林镇") in rels, rels


def test_relations_inside_a_place_named_first_lies_what_the_clause_names(pipeline):
    rels = relations(run(pipeline, "白沙智造园（约0.8平方公里）内，安阳恒锐精工科技有限公司的新厂房9月结构封顶。"))
    assert ("安阳恒锐精工科技有限公司", "locatedIn", "白沙智造园") in rels, rels


def test_relations_a_titled_person_works_for_the_body_inside_or_before_the_title(pipeline):
    rels = relations(run(pipeline, "安阳市委常委、安阳高新区党工委书记罗建平出席。安阳恒锐精工科技有限公司技术总监王海涛介绍了设备。"))
    assert ("罗建平", "relatedTo", "安阳高新技术产业开发区党工委") in rels, rels
    assert ("王海涛", "relatedTo", "安阳恒锐精工科技有限公司") in rels, rels


def test_entities_an_honour_a_town_bears_names_no_place(pipeline):
    got = names(run(pipeline, "汤阴县城关镇素有“中国食品工业名城”之称，柳林镇被称为“中国毛笔之乡”。"))
    assert "中国" not in got, got
    assert "城关镇" in got and "柳林镇" in got, got


def test_entities_kinds_of_lines_quays_and_plan_words_name_nothing(pipeline):
    got = names(run(pipeline, "片区规划“四横三纵”主干路和次干路，预留市域铁路站点，新建客运码头和集装箱码头，"
                              "发展海洋经济和先进制造业，占全市制造业的半壁江山。"))
    assert not any(n in got for n in ("主干路", "次干路", "市域铁路", "客运码头", "集装箱码头", "海洋经济", "制造业",
                                      "半壁江山")), got


def test_entities_works_a_company_owns_keep_their_describing_words(pipeline):
    got = names(run(pipeline, "湖南力拓重工股份有限公司（以下简称“力拓重工”）大型矿山机械智能制造项目今年开工。"
                              "江西赣清乳业有限公司的婴幼儿羊奶粉扩能项目完成主体施工。"))
    assert got.get("大型矿山机械智能制造项目") == P, got
    assert got.get("婴幼儿羊奶粉扩能项目") == P, got
    got = names(run(pipeline, "宁波恒光精密光学有限公司光学镜片项目投产。"))  # (the name ran over its owner's)
    assert got.get("光学镜片项目") == P, got


def test_entities_a_city_named_with_an_everyday_word_opens_names(pipeline):
    got = names(run(pipeline, "依托开封综合保税区（以下简称“开封综保区”）发展保税物流，引进山西大同恒晟轴承有限公司。"))
    assert got.get("开封综合保税区") == K, got
    assert got.get("山西大同恒晟轴承有限公司") == O, got


def test_entities_a_sector_park_in_a_part_of_the_zone(pipeline):
    rels = relations(run(pipeline, "宜州高新技术产业开发区（以下简称“宜州高新区”）今年新签项目12个。"
                                   "其中，蓝海光电项目选址高新区南部的光电产业园，占地300亩。"))
    assert ("光电产业园", "locatedIn", "宜州高新技术产业开发区") in rels, rels


def test_entities_a_district_committee_whose_title_the_segmenter_glued_on(pipeline):
    got = names(run(pipeline, "会上，常州市新北区委书记王军、松山区委书记李明先后致辞。"))
    assert got.get("新北区委") == O and got.get("松山区委") == O, got
    assert got.get("常州市") == PL, got


def test_entities_travel_times_and_word_endings_open_no_name(pipeline):
    got = names(run(pipeline, "园区距机场仅1.5小时高铁圈，30分钟城际圈覆盖周边，将建设地标性科创综合体。"))
    assert not any(n.startswith(("小时", "分钟", "性")) for n in got), got
    assert "科创综合体" not in got, got


def test_entities_a_river_named_with_one_character_and_water(pipeline):
    got = names(run(pipeline, "片区北临沅水，资水自南向北穿城而过，在湘江与耒水交汇处新建公园，沿渌水东岸建设绿道。"))
    assert all(got.get(r) == PL for r in ("沅水", "资水", "耒水", "渌水")), got
    assert not any("穿城" in n for n in got), got
    got = names(run(pipeline, "新建再生水厂，东至污水处理厂，引活水入城，一江春水向东流。"))
    assert not any(n.endswith("水") for n in got), got


def test_entities_short_names_cut_into_characters_with_a_stop_character(pipeline):
    got = names(run(pipeline, "项目位于舜都大道以北、汾河以东。新区由龙泉片区、安和片区和春和片区组成。"))
    assert got.get("舜都大道") == PL, got
    assert got.get("安和") == PL and got.get("春和") == PL, got  # (a region is named without 片区)
    got = names(run(pipeline, "淮河自西向东流经城东片区。依托郴州自贸片区，自贸片区新增企业30家。"))
    assert not any("西向东" in n for n in got), got
    assert got.get("郴州自贸片区") == K and "自贸片区" not in got and "自贸" not in got, got
    got = names(run(pipeline, "二、临空产业板块。新区重点建设临空产业板块。"))
    assert not any(n.startswith("临空") for n in got), got  # (a sector's part of the plan)


def test_entities_an_organization_after_a_clause_or_inside_a_park(pipeline):
    got = names(run(pipeline, "服务区位于片区南部，规划建设孝感高新区政务服务中心。公司将与武汉理工大学合作建设轻合金应用研究院。"
                              "园区内汉江重工股份有限公司等企业扩产。"))
    assert "孝感高新技术产业开发区政务服务中心" in got, got
    assert got.get("轻合金应用研究院") == O and not any(n.startswith(("规划", "武汉理工大学合")) for n in got), got
    assert got.get("汉江重工股份有限公司") == O, got
    got = names(run(pipeline, "西北工业大学凝固技术国家重点实验室揭牌。"))
    assert "西北工业大学凝固技术国家重点实验室" in got, got


def test_entities_a_college_inside_a_park_name_is_named_too(pipeline):
    got = names(run(pipeline, "此外，曲靖师范学院大学科技园已经开园。"))
    assert got.get("曲靖师范学院大学科技园") == K and got.get("曲靖师范学院") == O, got


def test_entities_hills_rivers_and_places_the_segmenter_glued_to_their_neighbours(pipeline):
    got = names(run(pipeline, "据介绍，通辽经开区青山产业园新落地企业12家。"))
    assert got.get("青山产业园") == K and not any(n.endswith("青山") for n in got), got
    got = names(run(pipeline, "公司将在赵王河以东建设分拨中心。园区东临洙水河，该项目位于宝庆大道以南。"))
    assert got.get("赵王河") == PL and got.get("洙水河") == PL, got
    assert not any(n.startswith(("位于", "于")) for n in got), got


def test_entities_a_companys_works_named_by_its_short_name(pipeline):
    parsed = run(pipeline, "湖南恒锐机械有限公司（以下简称“恒锐机械”）高端齿轮箱项目今年开工。恒锐机械项目年内完成主体封顶。"
                           "南京云帆航空科技有限公司（以下简称“云帆航空”）将产业化基地选在开发区，云帆航空产业化基地总投资5亿元。")
    by_name = {m.name: m for m in parsed.mentions}
    assert by_name["恒锐机械项目"].canonical == "高端齿轮箱项目", by_name["恒锐机械项目"]
    assert by_name["云帆航空产业化基地"].type == P and by_name["云帆航空产业化基地"].canonical == "云帆航空产业化基地", \
        by_name["云帆航空产业化基地"]


def test_entities_the_whole_country_or_province_opens_no_name(pipeline):
    got = names(run(pipeline, "园区在全国高新区综合评价中排名提升，经济总量居全省开发区前列。"))
    assert not any(n.endswith(("高新区", "开发区")) for n in got), got


def test_entities_works_on_a_line_and_a_border_trade_zone(pipeline):
    got = names(run(pipeline, "恒力(常州)精工有限公司电机生产线技改项目完成设备调试。东兴中越边民互市贸易区交易额增长。"))
    assert got.get("电机生产线技改项目") == P and not any(n.endswith("生产线") for n in got), got
    assert got.get("东兴中越边民互市贸易区") == K, got


def test_entities_a_city_that_is_a_word_names_its_university_park_and_its_science_town(pipeline):
    got = names(run(pipeline, "支持山西大同大学在片区东侧建设大同大学科技园。用于建设大同经开区科创城（以下简称“科创城”）。"
                              "高新区项目快讯（第6期）"))
    assert got.get("大同大学科技园") == K and got.get("大同经开区科创城") == K, got
    assert "高新区" not in got and "高新区项目" not in got, got


def test_entities_a_project_named_by_its_company_and_the_end_of_its_name(pipeline):
    parsed = run(pipeline, "中车永济电机有限公司（以下简称“永济电机”）风电电机扩能项目今年开工。永济电机扩能项目用地约560亩。")
    by_name = {m.name: m for m in parsed.mentions}
    assert by_name["永济电机扩能项目"].canonical == "风电电机扩能项目", by_name["永济电机扩能项目"]


def test_entities_a_zone_opens_no_rivers_name_and_a_name_cell_keeps_its_words(pipeline):
    got = names(run(pipeline, "随州高新技术产业开发区淅河片区控制性详细规划。新建东延段，跨淅河新建桥梁一座。"))
    assert not any(n.startswith(("随州高新技术产业开发区淅", "跨")) for n in got), got
    got = names(run(pipeline, "| 序号 | 项目名称 | 建设单位 | 总投资（亿元） |\n|---|---|---|---|\n"
                              "| 4 | 新型显示面板生产基地 | 江西井开光电有限公司 | 12.8 |"))
    assert got.get("新型显示面板生产基地") == P, got


def test_entities_a_river_jieba_tags_a_verb_opens_the_park_named_after_it(pipeline):
    got = names(run(pipeline, "随州市沿涢水西岸规划建设涢水滨江公园，全长3公里。"))
    assert got.get("涢水") == PL and "涢水滨江公园" in got, got


def test_entities_a_cell_from_one_station_to_another_names_both(pipeline):
    got = names(run(pipeline, "| 序号 | 项目名称 | 建设单位 | 建设地点 |\n|---|---|---|---|\n"
                              "| 8 | 城际铁路延长线工程 | 河北城际铁路有限公司 | 白洋淀站至雄安站 |"))
    assert got.get("白洋淀站") == PL and got.get("雄安站") == PL and "白洋淀站至雄安站" not in got, got


def test_entities_a_park_of_a_material_and_its_derivative_joined_by_he(pipeline):
    got = names(run(pipeline, "新材料公司投资9亿元在淮北铝和铝合金产业园建设压铸件生产线。"))
    assert got.get("淮北铝和铝合金产业园") == K, got
    assert "铝合金产业园" not in got, got
    got = names(run(pipeline, "企业与高新区和经开区产业园分别签约。"))  # two bodies joined, not one park
    assert not any(n.startswith("高新区和") for n in got), got


def test_entities_a_district_committee_names_the_district_not_the_county(pipeline):
    """沙县|区委书记: the committee (and the place it names) is the district 沙县区, which kept the
    name of the county it was; the lexicon only knows the county."""
    parsed = run(pipeline, "永川区副区长刘敏、沙县区委书记郑文彬等出席签约仪式。")
    got = names(parsed)
    assert got.get("沙县区") == PL and "沙县" not in got, got
    assert ("沙县区委", "partOf", "沙县区") in relations(parsed)


@pytest.mark.parametrize("text, park, inside", [
    ("电驱动项目将落户六盘水高新区红桥园，建设期两年。", "红桥园", ("红桥园", "locatedIn", "六盘水高新区")),
    ("开工仪式在凤岭园研发中心举行。凤岭园规划面积8.5平方公里。", "凤岭园", ("凤岭园研发中心", "locatedIn", "凤岭园")),
    ("项目拟选址白鹭园西区，占地300亩。", "白鹭园", ("白鹭园西区", "locatedIn", "白鹭园")),
])
def test_entities_a_park_of_a_zone_named_by_two_characters_and_yuan(pipeline, text, park, inside):
    """一区多园: the parks of a zone are named X园, which no head noun finds: after the zone's name,
    or opening the name of a section or a building of theirs."""
    parsed = run(pipeline, text)
    got = names(parsed)
    assert got.get(park) == K, got
    assert inside in relations(parsed), relations(parsed)


@pytest.mark.parametrize("text", [
    "高新区幼儿园项目今年9月开工。",
    "项目紧邻高新区中央公园。",
    "经开区植物园路改造工程完工。",
])
def test_entities_gardens_and_schools_are_not_parks_of_a_zone(pipeline, text):
    got = names(run(pipeline, text))
    assert not any(n.endswith("园") and n != "园" and got[n] == K for n in got), got


def test_entities_works_written_right_after_their_company_are_named_whole(pipeline):
    """…有限公司|危废资源化利用示范项目: a company's full name right before a project names it whole,
    though 利用 stops a name elsewhere; words that end a clause (与, 签约) still stop it."""
    parsed = run(pipeline, "浙江恒远环保科技有限公司危废资源化利用示范项目今年6月开工。")
    assert names(parsed).get("危废资源化利用示范项目") == P, names(parsed)
    assert ("危废资源化利用示范项目", "developedBy", "浙江恒远环保科技有限公司") in relations(parsed)
    got = names(run(pipeline, "江苏长青化工有限公司与园区签约氢能项目。"))
    assert not any("签约" in n for n in got), got


@pytest.mark.parametrize("text, name", [
    ("学院依托“江西省半导体材料与器件重点实验室”开展攻关。", "江西省半导体材料与器件重点实验室"),
    ("双方共建储能材料与器件联合研发中心，首期投入5000万元。", "储能材料与器件联合研发中心"),
    ("，激光与增材制造研究院今年揭牌。", "激光与增材制造研究院"),
])
def test_entities_a_laboratory_of_two_fields_is_named_whole(pipeline, text, name):
    got = names(run(pipeline, text))
    assert name in got, got
    assert not any(n.startswith(("器件", "增材")) for n in got), got


@pytest.mark.parametrize("text", ["广州与深圳实验室开展合作。", "项目将新建生产车间和研发中心，明年投用。"])
def test_entities_a_place_or_a_building_and_a_laboratory_joined_by_yu_stay_two(pipeline, text):
    got = names(run(pipeline, text))
    assert not any("与" in n or "和" in n for n in got), got


@pytest.mark.parametrize("text, park", [
    ("研究院选址智能装备产业园，建筑面积8000平方米。", "智能装备产业园"),  # something is sited in it
    ("推进会在新材料产业园管委会召开。", "新材料产业园"),  # it has a body of its own
    ("中试基地位于东湖附近的医疗器械孵化园内，共三层。", "医疗器械孵化园"),  # it has an inside
    ("常州经开区今年签约项目30个。经开区内的储能产业园已集聚企业40余家。", "储能产业园"),  # the zone's own
])
def test_entities_a_park_named_by_its_sector_is_one_where_the_text_places_it(pipeline, text, park):
    got = names(run(pipeline, text))
    assert got.get(park) == K, got


@pytest.mark.parametrize("text", ["全省将规划建设一批智能装备产业园。", "鼓励企业向新材料产业园集聚发展。"])
def test_entities_a_park_named_by_its_sector_alone_is_a_kind(pipeline, text):
    got = names(run(pipeline, text))
    assert not any(n.endswith("产业园") for n in got), got


@pytest.mark.parametrize("text, name", [
    ("中国地质大学（武汉）与开发区共建研究院。", "中国地质大学(武汉)"),  # full-width brackets, as written
    ("项目落户西部（重庆）科学城。", "西部(重庆)科学城"),
])
def test_entities_lexicon_names_with_brackets_are_found_as_written(pipeline, text, name):
    parsed = run(pipeline, text)
    assert any(normalise(m.canonical) == name and m.source == "lexicon" for m in parsed.mentions), names(parsed)


@pytest.mark.parametrize("text, roads", [
    ("地块位于西六路以东、北一路以南。", {"西六路", "北一路"}),
    ("东至科技二路，西至创新一路。", {"科技二路", "创新一路"}),
    ("园区主干道为兴业三路。", {"兴业三路"}),
])
def test_entities_roads_of_a_numbered_grid(pipeline, text, roads):
    got = names(run(pipeline, text))
    assert all(got.get(r) == PL for r in roads), got


@pytest.mark.parametrize("text", ["车队向南一路前行。", "从江北一路南下。", "两家企业一路之隔。",
                                  "市民可沿滨江北路一路骑行至湿地公园。", "这一路走来很不容易。"])
def test_entities_yilu_all_the_way_is_no_road(pipeline, text):
    got = names(run(pipeline, text))
    assert not any(n.endswith("一路") for n in got), got


@pytest.mark.parametrize("text, good, bad", [
    ("货车出园后可直接上沪昆高速。", "沪昆高速", "上沪昆高速"),  # getting onto the route
    ("全区辖城东街道、城西街道和白沙镇。", "城东街道", "辖城东街道"),  # 辖: administers
    ("当地用工成本比沿海地区低两成。", None, "用工成本比沿海"),  # a comparison
    ("园区是重要的印制电路板产业基地。", None, "印制电路"),  # a circuit, not a road
    ("5G信号覆盖所有园区。", None, "5G信号覆盖所有园区"),  # every park, not one
])
def test_entities_words_around_a_name_stay_out_of_it(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, name, etype", [
    ("学院与市政府合作建设了宜昌无人机产业培育基地。", "宜昌无人机产业培育基地", P),  # 培育 stops names elsewhere
    ("银杏大道北延线今年建成通车，全长2.4公里。", "银杏大道北延线", P),  # a road's extension is works
    ("我们在长江路以北规划了智能家电产业园，启动区约1平方公里。", "智能家电产业园", K),  # placed, planned
])
def test_entities_bases_extensions_and_planned_parks(pipeline, text, name, etype):
    got = names(run(pipeline, text))
    assert got.get(name) == etype, got


def test_entities_at_that_time_opens_no_park(pipeline):
    got = names(run(pipeline, "基地开园时，当时园区里只有三家企业。"))
    assert not any(n.startswith("当时") for n in got), got


def test_entities_a_commission_named_relative_to_the_city_is_the_citys(pipeline):
    """市发改委, 区科委: commissions (委) are named relative to "the" city or district as bureaus (局)
    are; the party committee itself (市委) is not such a body."""
    got = names(run(pipeline, "衢州市召开项目推进会。市发改委、市经信委和市商务局负责人参加，市委高度重视。"))
    assert got.get("衢州市发改委") == O and got.get("衢州市经信委") == O and got.get("衢州市商务局") == O, got
    assert not any(n.endswith("市市委") for n in got), got


@pytest.mark.parametrize("text, good, bad", [
    ("市里协调解决恒力锂电隔膜项目用地问题。", "恒力锂电隔膜项目", "市里协调解决恒力锂电隔膜项目"),  # 区里: the district, as a pronoun
    ("，重点协调解决福莱特光伏玻璃项目用电问题。", "福莱特光伏玻璃项目", "协调解决福莱特光伏玻璃项目"),  # verbs after 重点
    ("指挥部按月调度项目进展。", None, "按月调度项目"),  # by the month
    ("反应装置月底主体装置封顶。", None, "反应装置月底主体装置"),
    ("今年入园项目达到18个。", None, "入园项目"),  # projects by their stage: a kind
])
def test_entities_pronouns_adverbs_and_stages_open_no_project(pipeline, text, good, bad):
    got = names(run(pipeline, text))
    assert bad not in got, got
    assert good is None or got.get(good) == P, got


def test_entities_products_listed_as_kinds_of_firms_are_no_firms(pipeline):
    got = names(run(pipeline, "园区已引进整车、电芯、隔膜、极耳等上下游企业12家。"))
    assert not any(n in got for n in ("整车", "电芯", "隔膜", "极耳")), got
    got = names(run(pipeline, "园区已集聚远景能源、明阳智能、金风科技等上下游企业20家。"))
    assert got.get("远景能源") == O and got.get("金风科技") == O, got  # firms' own names stay firms


@pytest.mark.parametrize("text, good, bad", [
    ("科技大道北接沪陕高速出入口，南至白河大桥。", {"沪陕高速", "白河大桥"}, ("北接沪陕高速", "南至白河大桥")),
    ("沿江快速路西接沈海高速，全长8公里。", {"沈海高速"}, ("路西接沈海高速",)),
    # 向北|连接: 北连 is no boundary where 连接 is the verb, nor 西接 where 接壤 is
    ("大道向北连接北戴河站，向南直通机场。", {"北戴河站"}, ("接北戴河",)),
    ("园区西接壤汉江区，北临渭河。", {"汉江区", "渭河"}, ("壤汉江区",)),
])
def test_entities_a_boundary_verb_glued_to_a_name_stays_out(pipeline, text, good, bad):
    got = names(run(pipeline, text))
    assert good <= set(got) and not any(b in got for b in bad), got


def test_entities_bus_and_tram_lines_are_named_as_such(pipeline):
    """快速公交1号线、3号线 and 有轨电车T2线 are bus and tram lines, not the city's metro lines."""
    parsed = run(pipeline, "常州市今年开通快速公交1号线、3号线，有轨电车T2线同步试运行。")
    got = names(parsed)
    assert {"常州快速公交1号线", "常州快速公交3号线", "常州有轨电车T2线"} <= set(got), got
    assert not any("轨道交通" in n or "地铁" in n for n in got), got


@pytest.mark.parametrize("text, word", [
    ("园区2019年升级为湖南省级高新技术产业开发区。", "湖南省级高新技术产业开发区"),  # a rank, not a name
    ("我们帮企业少走冤枉路。", "冤枉路"),
    ("开发区将争取地方政府专项债券10亿元。", "争取地方政府"),
    ("注：表中项目不分先后。", "表中项目"),
])
def test_entities_ranks_idioms_and_notes_are_not_entities(pipeline, text, word):
    assert word not in names(run(pipeline, text))


@pytest.mark.parametrize("text, good, bad", [
    ("公园北侧与会仙湿地相连。", None, "与会仙湿地"),  # 与|会仙湿地, where jieba reads 与会 (to attend)
    ("要用好珠江黄金水道，发展江海联运。", None, "用好珠江黄金水道"),
    ("届时花桥镇往来中心城区的通行效率将提升。", None, "往来中心城区"),
    ("流经园区的母猪河生态廊道一期工程已于去年开工。", "母猪河生态廊道一期", "流经园区"),  # jieba: 流经 is a noun
    ("市民可乘坐大学城公交专线直达园区。", None, "市民可乘坐大学城"),
    ("从西站搭乘城际铁路约20分钟可达市区。", None, "西站搭乘城际铁路"),
    ("污水经管网汇入城东污水处理厂。", "城东污水处理厂", "污水经管网汇入城东污水处理厂"),
])
def test_entities_verbs_before_a_water_or_a_place_stay_out(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


def test_entities_a_water_diversion_works_keeps_its_into(pipeline):
    """引大入秦工程, 引江济淮: 入 and 济 name where water is led; they do not stop the name."""
    assert names(run(pipeline, "省里实施引洮入定工程，解决群众饮水难题。")).get("引洮入定工程") == P


@pytest.mark.parametrize("text, good, bad", [
    # what is built in a park is no body the park's name opens
    ("公司将在宝山工业园区建设新能源研究院。", "上海宝山工业园区", "宝山工业园区建设新能源研究院"),
    ("公司将在天山云计算产业园区建设跨境数据服务中心。", "天山云计算产业园区", "天山云计算产业园区建设跨境数据服务中心"),
    ("苏州工业园区建设发展有限公司负责开发。", "苏州工业园区建设发展有限公司", None),  # (a company's name)
    ("哈密高新区建设投资有限责任公司负责园区基础设施建设。", "哈密高新区建设投资有限责任公司", None),
    # verbs that open no name: 开办, 走出, 贡献
    ("与新余学院合作开办锂电产业学院，每年输送技能人才。", "新余学院", "新余学院合作开办锂电产业学院"),
    ("我们要让高校的论文走出实验室。", None, "论文走出实验室"),
    ("为建设先进制造业基地贡献经开区力量。", None, "先进制造业基地贡献经开区"),
    # 领域 is no field of study that opens a school's name
    ("3家企业分别在正极、储能等领域与研究院开展合作。", None, "领域与研究院"),
    # a river's stretch in a zone: 练江河|经开区段 names no zone
    ("练江河经开区段综合治理工程完成年度任务。", "练江河经开区段综合治理工程", "练江河经开区"),
])
def test_entities_verbs_and_stretches_do_not_glue_names(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("规划范围涉及凭祥镇、友谊镇、夏石镇三个镇。", "凭祥镇", "凭祥市"),  # a town named after its city
    ("途经南关街道、北塬街道和彭堡镇，治理河道32.5公里。", "彭堡镇", "堡镇"),  # (崇明's 堡镇 is another town)
    ("崇明区堡镇、陈家镇开展试点。", "堡镇", None),
    ("路网提升工程由中铁二十一局集团有限公司承建。", "中铁二十一局集团有限公司", None),  # a numbered bureau
    ("工程的控制性节点是新建的九河西路运河大桥。", "九河西路运河大桥", "河西路运河大桥"),
    ("货物经阿拉山口口岸、友谊关口岸出境。", "阿拉山口口岸", "阿拉山口市"),  # ports of entry
    ("推动边境口岸提质增效。", None, "边境口岸"),
])
def test_entities_towns_bureaus_and_ports_are_named_whole(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("固原城投已与沿线各乡镇、街道建立协调机制。", None, "各乡镇"),  # every town of an area
    ("各县市区政府分管负责同志参加开工仪式。", None, "县市区政府"),
    ("与同类开发区相比，园区优势明显。", None, "同类开发区"),  # of a kind, from elsewhere
    ("过去要在外地中试平台排队大半年。", None, "外地中试平台"),
    ("学校日照校区与经开区相距不到10公里。", "日照校区", "学校日照校区"),  # "the school" opens no name
    ("项目位于园区北部数字经济产业园。", "数字经济产业园", "园区北部数字经济产业园"),  # the park in the park's north
    ("做好用地保障，协调国网衡水供电公司提前布局变电站。", "国网衡水供电公司", "协调国网衡水供电公司"),
])
def test_entities_generic_leads_of_a_kind_open_no_name(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    # a fund needs a proper name (潍坊高新区产业引导基金, 天衢产业发展基金), not only what it funds
    ("新区将设立规模5000万元的成果转化引导基金。", None, "成果转化引导基金"),
    ("高新区将设立1亿元的校地合作专项基金。", None, "校地合作专项基金"),
    ("设立科创基金，支持初创企业。", None, "科创基金"),
    ("天衢产业发展基金领投。", "天衢产业发展基金", None),
    ("市里设立潍坊高新区产业引导基金。", "潍坊高新区产业引导基金", None),
    # an event's venues and a training base of a kind
    ("主会场项目位于高新区，分会场项目位于经开区。", None, "主会场项目"),
    ("学校与企业共建人才实训基地。", None, "人才实训基地"),
    # verbs of moving and of taking on open no name
    ("南大智慧城搬进淞滨智造中心的企业已有20家。", "南大智慧城", "南大智慧城搬进淞滨智造中心"),
    ("承担项目主装置施工的中化工程（江苏）建设有限公司。", None, "承担项目主装置"),
])
def test_entities_funds_venues_and_moves(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("片区服务中心旁布局中国—东盟跨境贸易服务中心。", "中国—东盟跨境贸易服务中心", "东盟跨境贸易服务中心"),
    ("中国—东盟信息港南宁核心基地二期加快推进。", "中国—东盟信息港", "东盟信息港"),
    ("长江西路—军工路段改造完成。", "军工路", None),  # (a stretch between two roads, each its own)
])
def test_entities_two_countries_joined_by_a_dash_open_one_name(pipeline, text, good, bad):
    got = names(run(pipeline, text))
    assert good in got, got
    assert bad is None or bad not in got, got


@pytest.mark.parametrize("text, good, bad", [
    # a university's short form the segmenter cut opens its school's name
    ("上大材料科学与工程学院在顾村设立了成果转化工作站。", "上大材料科学与工程学院", "工程学院"),
    ("陕科大食品科学与工程学院将派驻专家。", "陕科大食品科学与工程学院", "工程学院"),
    # a verb-like first word does not leave a company two characters before its city's bracket
    ("测试道路约12公里，由驰骋智行（成都）科技有限公司与新区联合运营。", "驰骋智行(成都)科技有限公司", "智行(成都)科技有限公司"),
])
def test_entities_schools_and_brands_are_named_whole(pipeline, text, good, bad):
    got = names(run(pipeline, text))
    assert good in got and bad not in got, got


@pytest.mark.parametrize("text, good, bad", [
    # a cluster needs a proper name: 先进制造业集聚区 is a designation, 沪苏大丰产业联动集聚区 one place
    ("为打造先进制造业集聚区贡献力量。", None, "先进制造业集聚区"),
    ("推动宿马园区打造承接产业转移集聚区的标杆。", None, "产业转移集聚区"),
    ("沪苏大丰产业联动集聚区建设加快。", "沪苏大丰产业联动集聚区", None),
    # … and so does an incubator (中关村创业孵化器), not one of a kind
    ("依托学生创业孵化器，已孵化团队30个。", None, "学生创业孵化器"),
    ("在西安建设飞地孵化器。", None, "飞地孵化器"),
    ("中关村创业孵化器落户新区。", "中关村创业孵化器", None),
])
def test_entities_a_cluster_needs_a_proper_name(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("生活污水经预处理后接入昭阳工业园区污水处理厂。", "昭阳工业园区污水处理厂", "后接入昭阳工业园区污水处理厂"),
    ("重点为守望回族乡沙坝村和太平街道部分社区居民。", "守望回族乡", "太平街道部分社区"),  # an ethnic township
    ("本项目经审批部门昭通市生态环境局昭阳分局受理后另行公示。", "昭通市生态环境局昭阳分局", "部门昭通市生态环境局昭阳分局"),
    ("现在，我代表区人民政府，向大会报告工作。", None, "代表区人民政府"),
    ("林志远叮嘱项目方倒排工期。", None, "林志远叮嘱项目"),
])
def test_entities_verbs_and_parts_before_a_name_stay_out(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


def test_entities_a_firms_city_is_not_the_city_of_its_relative_bodies(pipeline):
    """市发改委 is the article's city's, not the city a company's name opens with (厦门云图…有限公司)."""
    parsed = run(pipeline, "南平市召开项目推进会。园区已吸引厦门云图信息技术有限公司等企业入驻。"
                           "会议听取市发改委汇报。")
    got = names(parsed)
    assert "南平市发改委" in got and "厦门市发改委" not in got, got


@pytest.mark.parametrize("text, good", [
    ("安徽省池州市举行投产仪式，省发展改革委副主任陈立新出席。", "安徽省发展改革委"),  # a province's body
    ("哈密市位于新疆维吾尔自治区东部。自治区发展改革委批复了该项目。", "新疆维吾尔自治区发展改革委"),
    ("广东省梅州市召开发布会，省科技厅有关负责人出席。", "广东省科技厅"),  # (科技厅: a 厅 is relative too)
    ("哈密高新区党工委书记、管委会主任艾尔肯·吐尔逊表示，园区将加快发展。", "艾尔肯·吐尔逊"),  # a dotted name
    ("高新区至二堡镇公路改扩建工程全长26.5公里。", "二堡镇"),  # a town named with a numeral
])
def test_entities_provincial_bodies_dotted_names_and_numbered_towns(pipeline, text, good):
    assert good in names(run(pipeline, text))


@pytest.mark.parametrize("text, good, bad", [
    # a laboratory's rank or kind is no laboratory's name; its fields and the body it belongs to are
    ("今年新建校企联合实验室6个，省重点实验室2家。", None, "校企联合实验室"),
    ("依托硅酸盐建筑材料国家重点实验室等平台。", "硅酸盐建筑材料国家重点实验室", None),
    ("该公司与学院催化材料制备及应用湖北省重点实验室联合研发。", None, "湖北省重点实验室"),
])
def test_entities_a_laboratory_needs_its_fields(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


def test_entities_the_home_country_is_no_place_of_the_graph(pipeline):
    """中国 is the frame every article is set in: not an entity, though it stays in names (米其林(中国)…,
    中国—东盟信息港); other countries are places (德国)."""
    got = names(run(pipeline, "就是让中国的列车都用上中国芯。德国博世集团与米其林(中国)投资有限公司同期落户。"))
    assert "中国" not in got and got.get("德国") == EntityType.PLACE, got
    assert "米其林(中国)投资有限公司" in got, got


@pytest.mark.parametrize("text, good, bad", [
    # a product then sector words, of a project its company's full name owns (the declaration between)
    ("浙江锦华纺织集团有限公司（以下简称“锦华纺织”）高档羊绒面料及服饰智能制造项目开工。",
     "高档羊绒面料及服饰智能制造项目", "服饰智能制造项目"),
    ("园区引进湖南华石新材料有限公司建设石英石板材及矿渣综合利用项目。", "石英石板材及矿渣综合利用项目", "矿渣综合利用项目"),
    ("科创平台、总部楼宇和先进制造项目多点开花。", None, "总部楼宇和先进制造项目"),  # kinds listed, not one project
    ("江西省科学院自然与生态研究所参与合作。", "江西省科学院自然与生态研究所", "生态研究所"),  # 自然: "naturally" to jieba
    ("依托河南省秸秆资源化利用重点实验室开展攻关。", "河南省秸秆资源化利用重点实验室", None),  # "use" as a field's noun
    ("企业利用5G技术改造生产线。", None, "利用5G技术改造生产线"),
    ("建设100MW/400MWh共享储能电站项目。", "100MW/400MWh共享储能电站", "400MWh共享储能电站"),  # two ratings
])
def test_entities_names_joined_by_and_use_and_ratings(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("吉林省玉米深加工重点实验室松原分中心去年挂牌。", "吉林省玉米深加工重点实验室松原分中心", None),
    ("园区设立技术转移分中心。", None, "技术转移分中心"),  # a kind of branch
    ("该实验室将在中试基地设立白城分中心。", None, "白城分中心"),  # the branch of a body named before
    ("要求满洲里海关、市商务局与企业一道压缩通关时间。", "满洲里海关", None),  # customs
    ("西安学院大学科技园建成投用。", "西安学院", None),  # a college's university science park
    ("营口高新区管委会会同市发展和改革委员会开展调研。", None, "营口高新区管委会会同市发展和改革委员会"),
])
def test_entities_branches_customs_and_bodies_a_verb_joins(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("会议由开发区管委会主任赵刚作工作报告。", "赵刚", "赵刚作"),  # 作: gives a speech
    ("市委书记王海峰登上指挥中心察看数据。", "王海峰", "王海峰登上指挥中心"),
    ("清河镇、八家镇入选省级示范镇。", "八家镇", "镇入选省"),  # 家 counts firms, not towns
    ("服务周边的大杨家回族乡。", None, "回族乡"),  # the ethnic word and 乡 name no township
    ("2025年元宝山区人民政府工作报告", "元宝山区", "上海市宝山区人民政府"),  # 元宝山区 is not 宝山区
])
def test_entities_names_not_read_across_their_ends(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("工程涉及金凤区望远桥镇、滨河镇、通贵乡境内。", "望远桥镇", None),  # a town named after its bridge
    ("工程涉及金凤区良田镇、滨河镇、通贵乡境内。", "滨河镇", None),  # a word jieba tags a place names the town
    ("线路涉及望远桥镇。起点位于望远桥镇夹渠村以西。", "夹渠村", "桥镇夹渠村"),  # the town named before ends there
    ("项目北段下穿宝兰铁路，设框架桥1座。", "宝兰铁路", "穿宝兰铁路"),  # passing under the railway
    ("治理范围自城关镇东关村至南河镇。", "城关镇", "范围自城关镇"),  # 自: "from"
    ("新建道路在鼓楼北街以南与现状滨河大道顺接。", None, "现状滨河大道"),  # the existing road
    ("总投资12亿元的国道210线南宁至宾阳段改扩建工程开工。", "国道210线南宁至宾阳段改扩建工程", "宾阳段改扩建工程"),
    ("石嘴山市滨河大道北延（惠农区至大武口区段）道路工程开工。", "石嘴山市滨河大道北延(惠农区至大武口区段)道路", None),
])
def test_entities_towns_routes_and_stretches(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("园区在氢能、储能装备、镁铝合金等领域落地一批重大项目。", None, "镁铝合金"),  # fields listed, not projects
    ("江门—阳江产业协作配套基地已有12家企业入驻。", "江门—阳江产业协作配套基地", "阳江产业协作配套基地"),  # two places' park
    ("| 龙山工业园凤凰山路以东 | 新建厂房 |", "凤凰山路", "龙山工业园凤凰山"),  # the hill names the road
    ("同步建设滨江绿道和亲水平台。", None, "滨江绿道"),  # a kind of greenway
])
def test_entities_fields_joint_parks_hill_roads_and_greenways(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("区商务局先后赴京津冀、长三角、粤港澳大湾区开展招商活动。", None, "粤港澳大湾区"),  # a trip's goal
    ("区商务局先后赴京津冀、长三角、粤港澳大湾区开展招商活动。", None, "长江三角洲"),
    ("产品主要配套珠三角地区整车企业。", None, "珠江三角洲"),  # a market
    ("汕尾高新区地处粤港澳大湾区东岸。", "粤港澳大湾区", None),  # where the zone lies
    ("园区与湖南省农业科学院共建研究中心。", "湖南省农业科学院", None),  # 科学院 heads a name
])
def test_entities_regions_as_markets_and_academies(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("城投公司投资建设的江湾之心科创大厦已封顶。", "江湾之心科创大厦", "心科创大厦"),  # a landmark's X之心
    ("让更多好项目落户园区。", None, "多好项目"),  # good projects, of a kind
    ("年底前第1、3、5号项目须实现开工。", None, "5号项目"),  # items numbered in a list
    ("高新区党工委书记李伟作项目推介。", "李伟", "李伟作项目"),  # 作: gives the projects' pitch
])
def test_entities_landmarks_numbered_items_and_pitches(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


@pytest.mark.parametrize("text, good, bad", [
    ("【邵阳高新区智慧物流园】由某供应链公司投资建设。", "邵阳高新区智慧物流园", None),  # 智慧 goes with sector words
    ("龙子湖智慧岛建设提速。", "龙子湖智慧岛", None),  # (a name's word elsewhere)
    ("园区共建宁夏回族自治区绿氢制备与储运重点实验室。", "宁夏回族自治区绿氢制备与储运重点实验室", "储运重点实验室"),
    ("学校今年将在园区新设激光与增材制造研究院。", "激光与增材制造研究院", None),
])
def test_entities_zone_parks_of_smart_sectors_and_labs_of_processes(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)


def test_entities_a_citys_bureau_names_the_city(pipeline):
    """黑河市商务局 names 黑河市 (a province's bureau, 浙江省发展和改革委员会, still names no province)."""
    got = names(run(pipeline, "要求满洲里海关、牡丹江市商务局与企业一道压缩通关时间。浙江省发展和改革委员会批复。"))
    assert got.get("牡丹江市") == EntityType.PLACE and "浙江省" not in got, got


@pytest.mark.parametrize("text, good, bad", [
    ("开发区至三堡镇公路改扩建工程全长18公里。", "开发区至三堡镇公路改扩建工程", "三堡镇公路改扩建工程"),
    ("开发区至三堡镇公路改扩建工程全长18公里。", "三堡镇", None),  # the town the route runs to
    ("【答】横沥至惠州南站快速通道是今年的重点。", "横沥至惠州南站快速通道", "惠州南站快速通道"),
    ("地块东临园区纬五路，南距清水河约1公里。", "纬五路", "园区纬五路"),  # the park's road
    ("规划建设一条东西向快速通道。", None, "东西向快速通道"),
])
def test_entities_routes_between_two_ends_and_a_parks_roads(pipeline, text, good, bad):
    assert_names(pipeline, text, good, bad)
