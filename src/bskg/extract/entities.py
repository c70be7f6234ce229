"""Mention extractors: the lexicon, head-noun names, metro lines, persons and enumerations.

jieba splits most domain names (北上海 / 生物医药 / 产业园), so names are composed here: a head
noun (…产业园, …集团, …号线) found at a token end is extended leftwards over tokens until a
function word, a clause verb, punctuation or a number; generic results (科技园, 市级特色园区,
生物医药产业园) are dropped. Types follow the longest head noun unless the lexicon knows the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from ..ingest import PLACEHOLDER
from ..model import EntityType, Evidence, Mention, Relation, RelationType
from .base import Doc, Resources, extractor, item_body, table_header
from .lexicon import Lexicon, cuts_into, normalise
from .segment import Token
from .words import BOUNDARY_VERB, CAMPUS, OWNED_BEFORE, ROAD_END, ROAD_STRETCH, POSITION_SUFFIXES, PROJECT_WORDS, VERB_TAGS, COMPANY_WORDS, STOP_CHARS, CLOSE_QUOTES, NUMERAL, OPEN_QUOTES, PHASE, PHASE_END, PROPER_TAGS, PUNCT, STOP_TAGS, STOP_WORDS, HAN, ZONE_WORDS, DECLARED_BEFORE, SMART_WORDS

MAX_NAME = 18
# 年产20GWh, 年产5万吨: an output figure inside a project's name
_ANNUAL = frozenset({"年产", "年产能", "年处理", "年加工", "年产量"})
_OUTPUT_NUMBER = re.compile(r"[\d.]+[A-Za-z]*|[万亿千百]")  # 20, 20GWh, 万 before a unit
_OUTPUT_UNIT = re.compile(r"[\d.]*(?:[A-Za-z]+|万?吨|万?台|万?辆|万?套|万?片|万?件|万?支|万?平方米|千瓦|万千瓦|亿支|亿片)")
# 年产1.2亿平方米光学功能膜项目, 年产300套大兆瓦风电主机项目: a project named by its yearly output and
# product, read on the text (the segmenter cuts numbers and units many ways); the product runs to the head
# with no punctuation, 的 or verb of building in it
_OUTPUT_NAME = re.compile(
    r"(?:年产|年产能|年处理|年加工|年生产|年回收)[约近超逾达]?\d[\d.,]*[万亿千百]*"
    r"(?:[A-Za-z]+|台套|吨|台|辆|套|片|件|支|只|块|颗|张|根|条|组|平方米|立方米|米|千瓦时|千瓦|兆瓦|瓦|升|头|羽|箱|瓶|盒|粒|部)"
    r"[^，。；：！？、,;:!?\s的“”\"]{2,30}$")
_NOT_A_PRODUCT = re.compile(r"建设|投资|落户|签约|开工|位于|打造|新建|计划|项目|工程|实现|达到|形成")
_LINE_ENDS = ("高铁", "铁路", "城际", "轻轨", "磁悬浮")
_RIVER_HEADS = frozenset("河 江 湖 溪 泾".split())
_ONE_CHAR_PROPER = frozenset({"nr", "ns", "nz", "j", "zg", ""})
_ZONE_WATER_HEADS = frozenset("港 岛 湾 谷".split())
_CN_NUMERALS = frozenset("一二三四五六七八九十两百千")
# characters that end a name elsewhere (原 'former', 亿 'hundred million') but that company names use
_NAME_CHARS = frozenset("原 亿 万 同 华".split())
_COUNTERS = frozenset("家 个 座 栋 条 所 批 项 名 位 处 片".split())
_HOME_COUNTRY = "中国"  # countries.txt's first entry
_FIRM_AFTER = re.compile(r"[^，。、；：,;:\s（）()“”]{0,16}?(?:有限(?:责任)?公司|集团)")  # a place opening a firm's name
# China's 55 minority nationalities, as ethnic townships and counties are named (回族, 彝族回族苗族)
_NATIONALITIES = """回 满 蒙古 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西
景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split()
_ETHNIC_REST = re.compile("(?:(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + ")族)+")
_SHORT_BRAND = re.compile(r"[^\W\d_]{1,2}[（(]")  # (what a company's name would keep before its city's bracket)
_NUMBERED_BUREAU = re.compile(r"[一二三四五六七八九十]{1,3}(?:工程)?局")  # (中铁|十一局, 中建|三局: a company's bureau)
_COUNTS_OF_PEOPLE = _COUNTERS | {"人"}  # (48|名|来自…: a count, also of people, ends a name on its left)
_JING_WORDS = frozenset("开济贸发纬")
_BODY_HEADS = ("局", "厅", "委", "委员会", "管委会", "办公室", "政府")
_NUMBERED_WATERS = frozenset("河江湖溪山岛塘浜泾")
_GENERATION = re.compile(r"第[一二三四五六七八九十\d.]+代")
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
# a company's legal form, then the words of a project's name (none that ends a clause: 与, 在, 投资 …)
_FIRM_BEFORE = re.compile(r"(?P<legal>" + _LEGAL_FORM.pattern + r")(?![（(])"
                          r"(?:(?!与|和|在|将|的|已|于|把|被|由|对|向|从|为|拟|等|并|是|投资|建设|签约|签署|落户|引进|新建|"
                          r"打造|实施|推进|开工|启动|计划|正在|完成|总投资)[\u4e00-\u9fffA-Za-z0-9])+$")
_THE_ZONE_WORDS = frozenset((*ZONE_WORDS, "园区", "港区"))  # what an article calls its own zone or park
# (the count closes the phrase: 城建重点项目42个， but not 长德经济开发区12家企业, a count of what is in it)
_COUNTED_AFTER = re.compile(r"[\d一二三四五六七八九十百两几]+(?:余|多)?(?:个|项|家|批|座|处)(?=[，,。；;、）)]|$)")
_COUNT_WORD = re.compile(r"^[一二三四五六七八九十两几数多]+[大个家座批类]$")  # 四大, 十大, 两个
# a product's grade (电子级, 食品级) is part of a product's name, where 级 elsewhere ends one (市级|园区)
_PRODUCT_GRADES = frozenset("电子 食品 医药 医疗 工业 汽车 车规 半导体 光学 试剂 航空 航天 核 饲料 电池 光伏 芯片 晶圆".split())
_ORG_WORKS = frozenset("研究 发展 开发 设计 试验 测试 检测 推广 转化 应用 服务 培训 教育 管理 规划 咨询".split())
_RESEARCH_BODY = re.compile(r"(?:研究|研发)[与和及](?:发展|开发|设计|试验|推广)$")
_GRID = re.compile(r"^[一二三四五六七八九十\d]+[横纵][一二三四五六七八九十\d]+[横纵]")
_ZONE_HEADS = frozenset("工业区 工业园区 开发区 经济开发区 经济技术开发区 高新区 高新技术产业开发区 经开区".split())
_MAKING = ("生产", "制造", "智造", "产业化", "研发制造", "生产基地", "制造基地", "集成", "封装", "封测", "组装", "装配", "加工",
           "综合利用", "回收利用", "循环利用")  # what a plant does with its products (or its wastes)
_REGIONS = frozenset("华北 华东 华南 华中 华西 西南 西北 东北 东南 中南".split())
_TOWN_AFTER = frozenset({"镇", "乡", "村", "街道"})
_ADMIN_HEADS = frozenset("省 市 县 区 旗 镇 乡 街道".split())
_FREE_TRADE_ZONES = ("自由贸易试验区", "自贸试验区", "自由贸易区", "自贸区", "自由贸易港", "自贸")
_GRADE = re.compile(r"^[\d.万千百十]*(?:吨|瓦|千瓦|兆瓦|伏|千伏|米|亿次)级$")  # 万吨级, 千瓦级
_CLARIFIER = re.compile(r"[\u4e00-\u9fff]{2,4}")
_INSIDE = frozenset("内上里")  # 城内, 岛上: jieba glues them to a name's last character
_ADMIN = ("省", "市", "区", "县", "自治区", "新区")
_TOWN = ("镇", "乡", "街道")  # 罗店镇|美丰村: a village or road is named after its town, not with it
_REGION_HEADS = ("地区", "片区", "板块")
# a town, county or region written before a park or a place is where it lies, not part of its name
# (西区街道|新能源产业园, 雄县|昝岗镇); so is a new district or a development zone before a place
# (翠亨新区|马鞍岛). A project's name often opens with its town (大场镇场北村城中村改造项目), and
# an organization's does (大场镇人民政府).
_TOWN_LIKE = _TOWN + ("县", "片区")
_COMPLETED = frozenset("建成 完工 竣工 投产 达产 开通 通车 落成 投用 启用 开业 运营 完成 建好".split())
_MOTION_VERBS = frozenset("开建出进离入到靠停")
_ZONE_WORD_ENDS = frozenset("高经开城")  # (…高|新区, …经|开区: the word is the end of a longer one)
_ZONES = ZONE_WORDS[:3]  # (高新区, 开发区, 经开区: not 新区)
# a boundary's verb, but not the first character of a longer verb (接待, 连锁, 至今, 连接, 接壤 …)
_BOUND_VERB = BOUNDARY_VERB + r"(?![待受收续管替近锁今少时来接壤])"
_BOUND_NAME = re.compile(_BOUND_VERB + r"([^\W\d的和与及以、]{1,4})$")
_PARTY_COMMITTEES = frozenset({"省委", "市委", "区委", "县委"})
_COMMITTEES = _PARTY_COMMITTEES | {"党委"}  # (heads in 委 that are no commission: 市委 is no 市发改委)
_COMMITTEE_ROLES = ("书记", "副书记", "常委", "委员")
_CROSSING_END = re.compile(r"交叉口|交汇处|交会处|十字路口|路口|之间")
_CROSSING = re.compile(r"(?:与|和)[^，。；、与和]{2,10}?(?:" + _CROSSING_END.pattern + ")")  # 上大路与锦秋路交叉口
_FIRM_KINDS = ("企业", "台企", "外企", "民企", "国企", "央企", "港企", "侨企", "韩企", "日企", "美企", "德企")
_BANK_AFTER = re.compile(r"[东南西北]岸|两岸|沿岸")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}")
_NUMBERED_FACILITY = re.compile(r"(?:水厂|处理厂|电厂|医院|中学|小学|幼儿园|变电站)")
_LIST_JOINT = re.compile(r"[、和及与]")
_ZONE_PART = re.compile(r"[东西南北中]部")
_GLUED_BOUNDARY = re.compile(_BOUND_VERB)
_ONTO = frozenset("上 下 进 出 经 走 沿 往 向 到 至 入 驶 过".split())  # (申|苏浙皖高速: 申 is Shanghai)
_NOT_ROADS = tuple("冤枉路 回头路 电路 线路 思路 出路 网路 回路 通路 门路 套路 弯路 来路 去路 退路 生路 活路 销路 财路".split())
_NUMBERED_ROAD = re.compile(r"(?:[东西南北中]|[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,2}")  # 东八|路, 高新三|路
_TOWARDS = frozenset("向往朝沿")
_FROM_OR_TOWARDS = _TOWARDS | frozenset("从自由")  # (从江北|一路南下: before 一路, a start too)
_GOING_ON = re.compile(r"[向往朝前走上下领攀飙高增绿顺狂畅奔之骑跑]|[东南西北](?:下|上|进|行|去)")  # (一路之隔)
_NAMED_WITH = frozenset("和 都 同 向 于 至 如 来 为".split())  # (stop characters that also name roads and areas)
_SHORT_NAMED = frozenset("路 大道 大街 街 片区 社区".split())  # (… and the heads of those: 禹都大道, 研和片区)
_COURSE = re.compile(r"[自由]?[东西南北]向[东西南北]")  # 自西向东: which way a river runs
_ZONE_OF = re.compile(r"(" + "|".join(ZONE_WORDS) + r")(?:[东西南北中]部|内)?的$")  # 经开区东部的|氢能产业园
# a park named by its sector is one park where a thing is sited in it (选址|汽车电子产业园, 落户|光伏产业园),
# or where it has a body or a building of its own (汽车电子产业园|管委会, |创新服务中心) or an inside (…产业园|内，)
_SITED_IN = re.compile(r"(?:(?:选址|落户|位于|入驻|坐落于|地处|落地)(?:在|于)?|(?:规划|建设|建成|打造|规划建设)了)$")
_PARK_OWN = re.compile(r"管委会|管理委员会|(?:创新|综合)?服务中心|展示中心|内[，。,；;]")
_OWN_TOWN = {EntityType.PARK: _TOWN_LIKE + _ZONES, EntityType.PLACE: _TOWN_LIKE + ("新区", "开发区", "高新区", "市", "区")}
_BRACKETS = {")": "(", "）": "（"}
# "the district's" bodies (区住房和城乡建设局, 新区经济发展局): the word, the names of the districts it
# may stand for, and names that end alike but are other things
_RELATIVE = {
    "区": (("区",), ("园区", "片区", "社区", "景区", "港区", "城区", "新区", "开发区", "高新区", "示范区", "经开区", "保税区",
                    "保护区", "集中区", "集聚区", "工业区")),
    "新区": (("新区",), ()), "示范区": (("示范区",), ()), "开发区": (("开发区",), ()),
    "高新区": (("高新区", "高新技术产业开发区"), ()), "经开区": (("经开区", "经济技术开发区"), ()),
    "市": (("市",), ()), "县": (("县",), ()), "镇": (("镇",), ()),
    "省": (("省",), ()), "自治区": (("自治区",), ()),
}
_CELL_BREAK = re.compile(r"[\s，。、；：,.;:（）()\d至]")  # (至: a stretch from one place to another)
_CELL = re.compile(r"(?<=\|)\s*([^|\s][^|]*?)\s*(?=\|)")  # a table row's cell, as the HTML reader writes rows
# what an item heading that is one name does not hold (and the dashes and dots it may)
_HEADING_BREAK = re.compile(r"[\s，。、；：,.;:（）()“”\"]")
_DASHES = frozenset({"—", "－", "-", "·", "•", "・"})
# words for a river's or lake's bank (绵远河|滨河|绿带), and words after a road where one is placed
_RIVERSIDE_WORDS = frozenset("滨河 沿河 临河 滨江 沿江 临江 滨湖 沿湖 临湖 环湖".split())
_ROAD_PLACED = frozenset("以东 以西 以南 以北 与 和 、 ， 交叉口 路口 沿线 两侧 一侧 东侧 西侧 南侧 北侧".split())
_SECTOR_MODIFIERS = frozenset({"核心", "关键"})  # (stop words elsewhere: 核心|零部件 is a sector)
_PLOT_CODE = re.compile(r"[A-Za-z0-9]{1,5}")  # a plot's code, C3-2地块, and what it numbers
_PLOTS = ("地块", "号地块", "街坊", "单元")
_STRETCH = re.compile(r"[（(][^（）()，。]{2,12}?[—–\-－~～至][^（）()，。]{2,12}?[）)]")  # （沪太路—江杨南路）
_ROAD_HEAD = re.compile(r"南路|北路|东路|西路|中路|路|大道|大街|街|公路")
# a column of project names (| 项目名称 |): its cell is one name, numbers and brackets included
# (轨道交通15号线锦秋路站综合开发项目, 场中路（沪太路—江杨南路）拓宽改建工程), and a project's name even
# without a head noun (南大智慧城12号地块公共绿地); not 项目 alone (| 项目 | 现行控规 | lists indicators)
_NAME_COLUMN = re.compile(r"(?:重[点大])?(?:项目|工程)名称")
_NAME_CELL_BREAK = re.compile(r"[\s，。、；：,.;:]")
_NOT_A_NAME_CELL = re.compile(r"^(?:合计|小计|总计|共计|其他|其它|备注|无|—|-)|^[\d.\s]+$")
# what a project does, written in pairs inside its name (研发及产业化项目, 总部及智造基地)
_WORK_KINDS = frozenset("研发 研究 生产 制造 智造 产业化 总部 运营 销售 设计 中试 试验 测试 检测 孵化 展示 结算 应用".split())
# a boundary's verb (东至, 南抵, 北临, 西靠) and what such lines run along
_BOUNDARY_AT = re.compile(BOUNDARY_VERB)
_WORKS_AFTER = re.compile(r"(?:技改|扩建|改建|扩能|扩产|升级改造|提升改造|改扩建|迁建)(?:项目|工程)")
_PLACING = re.compile(r"位于|地处|坐落于|坐落在|毗邻|紧邻")
_BOUNDARY = re.compile(BOUNDARY_VERB + r"(?:[^，。；：,;:]{2,12}?[和与、及—－-])?$")  # (南抵X和|军工路, 南至X—|军工路)
_BOUND_HEADS = frozenset("路 大道 公路 街 大街 河 江 浜 港 渠 塘 泾".split())
_ROAD_HEADS = frozenset("路 大道 公路 街 大街".split())
_NUMBERED_WATER = re.compile(r"[一二三四五六七八九十百]{2,3}|[一二三四五六七八九十][一二三四五六七八九十]?里")
_BYLINE_AFTER = ("记者", "通讯员", "特约记者", "见习记者", "融媒记者")
_N_MAJOR = re.compile(r"[一二三四五六七八九十两百]+大")  # 十大, 七大: the N major ones
_LINE_NAMED = re.compile(r"第[\d.一二三四五六七八九十]+代|寸")  # a line's generation or wafer size (12英寸) names it
_BUILDS_LINE = re.compile(r"(?:新建|建设|投建|上马|引进|新上)(?:[一两二三四五六七八九十]条)?$")
_GRID_ROAD = re.compile(r"[经纬][一二三四五六七八九十]{1,3}$")
_ROAD_WORKS = re.compile(r"(?:[东南西北]延(?!段)|延伸|延长|拓宽|快速化|贯通|大修|改建|新建工程)")
_LEAD_TAGS = frozenset({"v", "d", "l", "i"})  # words that open a clause: a head before them ends a name


# a slogan of two parallel halves (前港后厂, 前店后厂, 上楼下厂), not a name (but the compass makes names:
# 西安北站, 南京北路, 东城西路)
_SLOGAN = re.compile(r"前.后.|上.下.|左.右.|内.外.")
# the body of a kind of place is no name (街道党工委, 园区管委会: what is left of 吴淞街道党工委 when its
# town was read on its own)
_KIND_BODY = re.compile(r"(?:街道|社区|园区|片区|镇|乡)(?:党工委|党委|工委|办事处|管委会|人民政府|政府)")
# an address's road and house number right before a name (the road's word, as written or as the
# last of the segmenter's tokens before the number)
_ADDRESS_ROADS = ("路", "街", "道", "弄", "巷", "段")
_ADDRESS_BEFORE = re.compile(r"(?:" + "|".join(_ADDRESS_ROADS) + r")[0-9A-Za-z０-９]+号$")

# dictionary words for kinds of road, not roads
_ROAD_KINDS = frozenset("高速路 快速路 柏油路 水泥路 十字路 丁字路 林荫路 盘山路 羊肠路 环城路 公交路 单行路 断头路 "
                        "主干路 次干路 支干路 机耕路 便道路 乡村路 康庄大道 阳关大道 林荫大道 景观大道 林荫道".split())

# bodies the state names after their field (国家稀土功能材料创新中心, 国家新能源汽车技术创新中心)
_NATIONAL_HEADS = ("创新中心", "研究中心", "实验室", "研究院", "工程中心")

# words a road kind ends with (公交|线路, 城市|道路)
_ROAD_WORDS = frozenset("线路 道路 公路 铁路 马路 网路 环路 干路 支路 通路 电路 回路 水路 陆路 思路 出路 一路 小路 套路 大道".split())

# trade words that end a company's short name (康禾医药, 中舟重工, 恒瑞科技); not those that name products
# as often (长飞|光电半导体…基地, 晋锂|新材料…项目)
_FIRM_WORDS = frozenset("医药 药业 制药 重工 科技 化工 股份 集团 机械 电气 钢铁 实业 控股".split())

# a part of something by its direction only (中北部, 东南侧, 西片): not a name (but 东北, 中东 are regions)
_DIRECTIONS = re.compile(r"[东南西北中]{1,3}(?:部|侧|面|端|片|方)")  # (北方地区: the north, no region named)


def _split_name(words: list[str]) -> bool:
    """Two single characters side by side (西|永|微|电|园, 含|谷|镇): jieba's dictionary did not
    know the word, so it is most likely a name it split apart."""
    return any(len(a) == 1 and len(b) == 1 and HAN.match(a) and HAN.match(b) and a not in STOP_CHARS
               and b not in STOP_CHARS and not NUMERAL.match(a + b) for a, b in zip(words, words[1:]))


def _numbered_name(word: str, tag: str, after: str, after_tag: str) -> bool:
    """五|象, 八角|湾: a numeral word right before a single character that is no counter, unit or
    head is the first part of a name the segmenter cut up, not a count."""
    return (0 < len(word) <= 2 and word[0] in _CN_NUMERALS and (len(word) == 1 or word[1] not in _CN_NUMERALS)
            and (len(word) == 1 or tag == "m")  # (四川 is no numeral)
            and word[-1] not in "年月日天时里米亩吨元岁届期次倍成分号"  # (千年|古村: a count of years)
            and len(after) == 1 and HAN.match(after) is not None and after not in _CN_NUMERALS
            and after not in _COUNTERS and after not in STOP_CHARS and after not in "大小新老多余年月日号期届次成倍"
            and after not in "区市县镇乡村路街站线" and after_tag not in ("q", "m", "f"))


def _after_boundary(text: str, start: int, floor: int = 0) -> bool:
    """Does a boundary's verb (东至, 南抵…和) come right before ``start``?"""
    return _BOUNDARY.search(text, max(floor, start - 16), start) is not None


def _of_a_kind(modifier: list[str]) -> bool:
    """石化产业|项目, 先进制造业|项目, 基础设施类|项目: the words before the head say what kind, not which one."""
    return bool(modifier) and (modifier[-1] == "领域" or modifier[-1].endswith(("类", "业")))


# heads so productive of common phrases (好项目, 重点工程) that they need a proper name before them
STRICT_HEADS = frozenset({"谷", "中心", "大楼", "办公室", "服务中心", "促进中心", "科创中心", "塔", "项目", "工程", "基地", "总部", "生产线", "产线", "广场", "平台", "街", "城", "枢纽", "社区", "组团",
                          "产业化项目", "公寓", "基金", "集聚区", "产业集聚区", "孵化器", "分中心"})
# the heads of laboratories and research centres, whose names join two fields (材料与器件)
_LAB_HEADS = ("实验室", "重点实验室", "研究中心", "研发中心", "创新中心", "工程中心", "技术中心", "工程技术研究中心",
              "联合研发中心", "联合实验室", "联合研究中心", "研究院")
_FIELD_ENDS = ("材料", "工程", "技术", "科学", "装备", "器件", "制造", "能源", "化学", "信息", "电子", "控制", "系统", "医学",
               "药学", "物理", "力学", "环境", "生物", "光", "电", "学")  # (a field of study, not a thing: 车间和|研发中心)
# fields of study the segmenter tags as other parts of speech (自然|与|生态研究所: 自然 "naturally")
_FIELD_WORDS = frozenset("自然 控制 管理 测绘 传播 安全 健康 生命 统计 运输 体育 教育 外国语 公共 制备 储运 加工 检测".split())
_PUT_TO_USE = ("化", "综合", "资源", "循环", "高效", "清洁", "再生", "开发")  # (资源化|利用, 综合|利用: a field's or a plant's)
_RATING = re.compile(r"[\d.]+(?:[kMG]W[hp]?|[kMG]VA|MVar|t|吨)", re.I)  # 200MW, 800MWh, 50MVA
# verbs by which one body brings in another (经开区联合|市发改委, 会同|区商务局)
_JOINING_VERBS = frozenset("联合 会同 协同 联同 配合 协调 组织 指导 督促 邀请 委托 支持 牵头 带领 陪同".split())
# the places towns are named after, ending their names (迎水桥镇, 沙河口镇, 王家庄镇)
_TOWN_NAME_ENDS = frozenset("桥 庄 店 集 铺 屯 口 湾 坝 坪 寨 堡 沟 岭 营 坡 渡 塘 滩 井 埠 墩 岗 堰".split())
_STRETCH_INNER = re.compile(r"[^，。；、（）()]{2,12}至[^，。；、（）()]{2,12}段")  # a route's stretch, in brackets
# 至|金城江段(改扩建工程), 至|二堡镇公路(改扩建工程), 至|梅州西站快速通道: where a stretch or a route ends …
_STRETCH_REST = re.compile(r"[^，。；、（）()\s]{2,8}?(?:段|公路|道路|快速通道|快速路|铁路)")
# … and the towns at its ends (高新区至|二堡镇|公路改扩建工程)
_ROUTE_END_TOWN = re.compile(r"(?:(?<=^)|(?<=至))([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))(?=至|公路|道路|快速|段)")
_LANDMARK_OF = frozenset("心 星 窗 门 眼 光 冠 珠 翼 塔 城 谷 都")  # (湖湾之心, 江南之星, 城市之窗)
_ACADEMIC_HEADS = frozenset({"学院", "医学院", "工学院", "理工学院", "师范学院", "研究院", "研究所", "实验室", "研究中心"})
# a company's name the segmenter cut into characters (丰|联|集团) is a brand it does not know
_COMPANY_HEADS = frozenset({"集团", "公司", "有限公司", "股份有限公司", "分公司"})
# routes named with one character of each city they join (大|广|高速, 京|雄|城际铁路)
_ROUTE_HEADS = frozenset({"高速", "高速公路", "铁路", "城际", "城际铁路", "高速铁路", "高铁", "国道", "省道"})
_BUILDING_HEADS = frozenset("大厦 塔 塔楼 大楼 生产线 产线 工厂 超级工厂 智能工厂 生产基地 研发基地 制造基地 产业化基地".split())
_PROJECT_VERBS = re.compile(r"建设|新建|兴建|开工|投产|竣工|封顶|落成|签约|落户|揭牌|启用|投用|开业|开园|动工|奠基|总投资|建成|投入使用|投入运营|交付")
_BUILT_WORKS = re.compile(r"投资建设|新建|兴建|开工|竣工|封顶|投产|动工|奠基|总投资|计划投资|建成后")
_UNIT_HEADS = frozenset("中心 创新中心 研发中心 研究中心 技术中心".split())
_WATER_HEADS = frozenset("河 江 湖 溪 浜 塘 泾 渠 沟 港 湾 岛 山 镇 乡 村 街道".split())  # named with ordinary words
_NOT_NAME_TAGS = frozenset({"v", "vi", "d", "a", "ad", "vd", "p", "c", "r"})
# a project named right after who builds it (…投资建设的, or the company's full name) is a specific one
_INVESTS = re.compile(r"(?:投资建设|投资兴建|出资建设|投建|"  # … or with the sum between: 投资12.6亿元建设, 投资约12亿元在单元内建设
                      r"投资(?:约|超|近)?[\d.]+[万亿]元(?:在[^，。；、]{1,8}|用于)?(?:建设|兴建|新建))$")
_BY_WHOM = re.compile(r"由[^，。；、]{2,20}(?:投资建设|建设|投建|兴建|开发|打造|共建|合建)的$")
_BUILT_BY = re.compile(r"(?:(?:投资建设|建设|投建|兴建|承建|打造|开发|新建|共建|合建|投资)的|(?:联合|共同|合作)(?:组建|共建)|" + _LEGAL_FORM.pattern + r")$")
_NO_QUOTES = str.maketrans("", "", OPEN_QUOTES + CLOSE_QUOTES)
_PLURAL = frozenset("两条 三条 多条 两座 两栋 多座 多个 一批 若干 各类 多家 一系列 系列 多项 两个 三个 几个 数个 各个 众多 一些".split())
# a phase after a name (吴淞创新城二期), or in brackets after it (新能源汽车零部件产业园（一期）)
_PHASE_AFTER = re.compile(r"([（(](?:[一二三四五六七八九十\d]+|首)期[)）]|(?:[一二三四五六七八九十\d]+|首)期(?!工程|项目|[\u4e00-\u9fff]{0,6}(?:项目|工程|园|基地|中心|工厂)))")
_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")  # on a normalised name
_AREA_BRACKET = re.compile(r"[（(][东南西北中]{1,2}区[)）]")
_PHASE_BRACKET = re.compile(r"^(.*?)\(([^()]*)\)(项目|工程)?$")  # 发那科智能工厂(三期)项目


@extractor("lexicon", stage="mentions")
class LexiconNames:
    """Every known name of the shipped lexicon, longest match first."""

    def __init__(self, res: Resources):
        self.lex = res.lexicon
        self.tag = res.segmenter.tag

    def _inside_other_name(self, tokens: tuple[Token, ...], start: int, end: int, canonical: str) -> bool:
        """京东 inside the token 京东方: the token is another known name."""
        for t in tokens:
            if t.start <= start and end <= t.end and (t.start, t.end) != (start, end):
                other = self.lex.lookup(t.text)
                return bool(other and other.name != canonical)
        return False

    def _wider_place(self, doc: Doc, si: int, start: int, end: int) -> Mention | None:
        """The place the lexicon knows that starts one character before a match and ends inside it,
        when the segmenter cut that character off as a word of its own (元|宝山区…: 元宝山区)."""
        if start not in doc.bounds[si][0] or start - 1 not in doc.bounds[si][0]:
            return None
        before = next(t for t in doc.tokens[si] if t.start == start - 1)
        if len(before.text) != 1 or before.end != start or not HAN.match(before.text) or before.text in STOP_CHARS:
            return None
        text = doc.parsed.text
        for n in range(end - start - 1, 1, -1):
            entry = self.lex.lookup(text[start - 1:start + n])
            if entry is not None and entry.type == EntityType.PLACE and entry.name == text[start - 1:start + n]:
                return Mention(name=entry.name, type=entry.type, start=start - 1, end=start + n, sentence=si,
                               source="lexicon", canonical=entry.name)
        return None

    @staticmethod
    def _town_of_its_own(doc: Doc, si: int, start: int, end: int, entry) -> bool:
        """凭祥|镇: a town named after its city (the city's short form, then 镇, 乡 or 街道); 和|彭|堡镇: a town the
        segmenter cut, whose last characters are another town the lexicon knows (崇明's 堡镇)."""
        text = doc.parsed.text
        if text[start:end] != entry.name and text.startswith(("镇", "乡", "街道"), end):
            return True
        if end - start == 2 and text[end - 1] in "镇乡":
            tokens = doc.tokens[si]
            k = next((i for i, t in enumerate(tokens) if t.start == start), None)
            if k is not None and k > 0 and tokens[k - 1].end == start and len(tokens[k - 1].text) == 1 \
                    and HAN.match(tokens[k - 1].text) and tokens[k - 1].text not in STOP_CHARS \
                    and (k == 1 or PUNCT.match(tokens[k - 2].text) or tokens[k - 2].text in STOP_CHARS):
                return True
        return False

    def __call__(self, doc: Doc) -> Iterator[Mention]:
        text = doc.parsed.text
        for si, sent in enumerate(doc.parsed.sentences):
            for start, end, canonical in self.lex.scan(sent.text):
                wider = self._wider_place(doc, si, sent.start + start, sent.start + end)
                if wider is not None:  # 元|宝山区人民政府: the segmenter glued a known name to the end of a
                    yield wider        # place whose first character it cut off (元宝山区 is not 宝山区)
                    continue
                if not on_token_bounds(doc, si, sent.start + start, sent.start + end, self.tag):
                    continue
                if self._inside_other_name(doc.tokens[si], sent.start + start, sent.start + end, canonical):
                    continue
                if not (sent.start + start in doc.bounds[si][0] and sent.start + end in doc.bounds[si][1]) and any(
                        t.start <= sent.start + start and sent.start + end <= t.end and self.lex.is_generic(t.text)
                        for t in doc.tokens[si]):
                    continue  # 闽江|入海口: a generic word (jieba tags it a place) holds no city (海口)
                if _MOUNTAIN_OR_RIVER_SIDE.match(sent.text, start) and start > 0 and HAN.match(sent.text[start - 1]) \
                        and end - start == 2:
                    continue  # 大雁山|东麓, 黄河|北岸, 太湖|北侧: a hill's or a water's side, not 山东, 河北, 湖北
                entry = self.lex.entries[canonical]
                if entry.name == _HOME_COUNTRY:
                    continue  # 中国的列车: the country every article is set in is its frame, not one of its places
                if _ECONOMIC_REGION.search(entry.name):
                    whole = start - len(entry.name) + (end - start)  # (大湾区 inside 粤港澳大湾区: from the whole name)
                    whole = whole if whole >= 0 and sent.text.startswith(entry.name, whole) else start
                    if _MARKET_BEFORE.search(sent.text, max(0, whole - 30), whole):
                        continue  # 赴京津冀、长三角开展招商, 产品配套长三角: a market or a trip's goal, not where anything lies
                if entry.type == EntityType.PLACE and self._town_of_its_own(doc, si, sent.start + start, sent.start + end, entry):
                    continue
                campus = CAMPUS.match(text, sent.start + end) if entry.name.endswith(("大学", "学院")) else None
                if campus:  # 香港科技大学（广州）, 中国石油大学（华东）: a university of its own
                    name = normalise(text[sent.start + start:campus.end()])
                    yield Mention(name=name, type=entry.type, start=sent.start + start, end=campus.end(),
                                  sentence=si, source="lexicon", canonical=name)
                    continue
                yield Mention(
                    name=normalise(text[sent.start + start:sent.start + end]), type=entry.type,
                    start=sent.start + start, end=sent.start + end, sentence=si,
                    source="lexicon", canonical=entry.name,
                )


# the regions of several provinces that articles name as markets (产品配套长三角, 赴京津冀、长三角招商) …
_ECONOMIC_REGION = re.compile(r"(?:三角洲|大湾区|经济圈|经济带|城市群)$|^京津冀$")
# … after these verbs, with the list's other regions between (but 地处长三角, 融入长三角: where the zone lies)
_MARKET_BEFORE = re.compile(r"(?:赴|前往|面向|对接|承接|覆盖|服务|供应|供给|配套|辐射|瞄准|来自|销往|远销)"
                            r"(?:[\u4e00-\u9fff]{2,8}(?:地区)?[、和及与])*$")
_PART_BY_DIRECTION = re.compile(r"[东西南北中]{1,2}部")
_MOUNTAIN_OR_RIVER_SIDE = re.compile(r"[山河湖江海][东南西北][麓侧岸部面边端坡畔]")


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, overlapping occurrences included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def on_token_bounds(doc: Doc, si: int, start: int, end: int, tag) -> bool:
    """True when a match neither starts nor ends inside a jieba token (上海 in 上海市 is fine,
    海宝 in 上海宝山 is not). ``tag``: word → part of speech, to refuse a name that begins or ends
    a common word (海口 in 出海口)."""
    starts, ends = doc.bounds[si]
    if start in starts and end in ends:
        return True
    tokens = doc.tokens[si]
    if start in starts:  # 金鸡湖|畔: the token goes on with a position word
        for t in tokens:
            if t.start < end < t.end:
                if doc.parsed.text[end:t.end] in POSITION_SUFFIXES:
                    return True
                break
    return (start in starts or _inside_one(tokens, start, end, tag)) and \
        (end in ends or _inside_one(tokens, start, end, tag))


def _inside_one(tokens: tuple[Token, ...], start: int, end: int, tag) -> bool:
    # a lexicon name may be a prefix/suffix of a longer word only if that word is itself name-like
    # (宝山区 inside 宝山区委, a word jieba does not know), not a common word (海口 in 出海口)
    for t in tokens:
        if t.start <= start and end <= t.end:
            if tag(t.text) and tag(t.text) not in PROPER_TAGS:
                return False
            return t.start == start or t.end == end
    return False


class NameBuilder:
    """Left extension from a head noun over tokens, shared by the name and list rules."""

    def __init__(self, res: Resources):
        self.lex: Lexicon = res.lexicon
        self.seg = res.segmenter
        self._vocab = self.lex.generic_modifiers | self.lex.industry_words
        self._generic_starts = frozenset(w[:n] for w in self.lex.generic_words for n in range(1, len(w) + 1))
        self._generic_runs: dict[str, bool] = {}  # _all_generic's answers: the same words come back often
        self._stops: dict[tuple[str, bool, bool], bool] = {}  # is_stop's answers
        self._stems: dict[str, bool] = {}  # _place_stem's answers
        # the openings of the zones the lexicon knows (开封经济技术开发区: 开封 names zones, verb or not)
        self._zone_stems = frozenset(name[:n] for name, entry in self.lex.entries.items()
                                     if entry.type == EntityType.PARK for n in (2, 3))

    def is_stop(self, word: str, org: bool = False, project: bool = False) -> bool:
        """Does ``word`` end a name on its left? ``org``: the name is an organization's, whose
        names hold verbs (经济发展有限公司, 建设集团); ``project``: a project's (综合开发项目)."""
        key = (word, org, project)
        known = self._stops.get(key)
        if known is None:
            known = self._stops[key] = self._is_stop(word, org, project)
        return known

    def _is_stop(self, word: str, org: bool, project: bool) -> bool:
        if PUNCT.match(word) or PLACEHOLDER in word or NUMERAL.match(word):
            return True
        if len(word) == 1:
            return word in STOP_CHARS
        if (org and word in COMPANY_WORDS) or (project and word in PROJECT_WORDS):
            return False
        if org and _NUMBERED_BUREAU.fullmatch(word):
            return False  # 中铁|二十一局|集团有限公司, 中建|三局: a numbered bureau names a company (jieba: a numeral)
        if word in self.lex.foreign_countries:  # 丹麦|诺维康集团: the origin, not the name
            return True
        if word in STOP_WORDS:
            return True
        if self.lex.lookup(word) or word in self.lex.industry_words or word in self.lex.generic_modifiers:
            return False
        if self._place_stem(word):
            return False  # 中车|大同|电力机车有限公司: a city's name without its 市, an adverb elsewhere
        tag = self.seg.tag(word)
        if (org or project) and tag in ("ad", "a"):  # 上海普利特复合材料股份有限公司: a transliteration, not an
            return False  # adverb; 宏硕精密(南通)有限公司, 正极|材料项目: adjectives make company and product names
        return tag in STOP_TAGS

    def is_proper(self, word: str) -> bool:
        """A word that names something: known to the lexicon, tagged as a name, or unknown to jieba."""
        if word in self.lex.heads or word in self.lex.industry_words or word in self.lex.generic_modifiers:
            return False
        return bool(self.lex.lookup(word)) or self.seg.tag(word) in PROPER_TAGS or not self.seg.tag(word)

    def extend_left(self, text: str, tokens: tuple[Token, ...], j: int, floor: int,
                    place_split: bool = False, org: bool = False, academic: bool = False,
                    project: bool = False, town: bool = False, after_town: tuple[str, ...] = (),
                    towns: Set[int] = frozenset(), head_start: int | None = None, park: bool = False) -> int:
        """Start of the name whose last pre-head token index is ``j``; ``floor`` is the sentence start;
        ``town``: the head is 街道, 镇 or 乡; ``after_town``: the heads of places (towns, counties,
        regions) that are not part of a name written right after them (西区街道|新能源产业园,
        雄县|昝岗镇), when the lexicon knows the place or it was named at one of the ends ``towns``."""
        start = tokens[j + 1].start if j + 1 < len(tokens) else floor
        head_at = start if head_start is None else head_start  # (a head glued to its name: 晋中市|榆次区)
        k = j
        while k >= 0:
            t = tokens[k]
            w = t.text
            if start - t.start > MAX_NAME:
                break
            if w in _BRACKETS:  # (三期) (集团) (中国) (上海)
                open_at = text.rfind(_BRACKETS[w], max(floor, t.start - 20), t.start)
                inner = text[open_at + 1:t.start] if open_at >= 0 else ""
                entry = self.lex.lookup(inner) if inner else None
                if inner and (PHASE.match(inner) or inner in ("集团", "控股", "中国")
                              or (project and _STRETCH_INNER.fullmatch(inner))  # …东延（迎水桥镇至柔远镇段）道路工程
                              or (entry and entry.type == EntityType.PLACE)
                              or (_CLARIFIER.fullmatch(inner) and not self.is_stop(inner))):  # 智能终端（手机）产业园
                    start = open_at
                    while k >= 0 and tokens[k].start >= open_at:
                        k -= 1
                    continue
                break
            if len(w) == 1 and w in CLOSE_QUOTES:  # “长阳秀带”在线新经济生态园
                open_at = max(text.rfind(q, max(floor, t.start - 16), t.start) for q in OPEN_QUOTES)
                if open_at >= 0 and t.start - open_at > 1:
                    start = open_at
                break
            if PHASE.match(w) and not org:  # 超级智能工厂三期项目 (but 首期|已有…有限公司)
                start = t.start
                k -= 1
                continue
            if w == "自" and not text.startswith(("贸", "由", "治", "贡", "然", "主", "动"), t.end):
                break  # 范围|自|庆远镇: "from", not the 自 of 自贸片区 or 自治区 the segmenter cut
            if project and len(w) == 1 and w in _CN_NUMERALS and k > 0 and tokens[k - 1].text == "至":
                start = t.start  # 高新区至|二|堡镇公路…: a numeral opens the town the route runs to
                k -= 1
                continue
            if project and w == "至" and k > 0 and _STRETCH_REST.match(text, t.end, head_at + 4):
                if self._known_place(tokens[k - 1].text) or self.is_proper(tokens[k - 1].text) \
                        or tokens[k - 1].text in ZONE_WORDS:
                    start = tokens[k - 1].start  # 国道323线宜州|至|金城江段改扩建工程: the works on a stretch
                    k -= 2                       # between two places are named with both
                    continue
                if k > 1 and all(len(u.text) == 1 and HAN.match(u.text) and u.text not in STOP_CHARS
                                 for u in tokens[k - 2:k]) and (k == 2 or PUNCT.match(tokens[k - 3].text)):
                    start = tokens[k - 2].start  # 】畲|江|至梅州西站快速通道: a place the segmenter cut opens it
                    break
            if project and w == "线" and k > 1 and tokens[k - 1].text.isdigit() and tokens[k - 2].text in ("国道", "省道"):
                start = tokens[k - 2].start  # 国道323线|宜州至…段改扩建工程: the highway opens the works' name
                break
            if text[max(floor, t.end - 2):t.end] == "号线" or (place_split and w.endswith(_LINE_ENDS)) \
                    or (w == "线" and k > 0 and tokens[k - 1].text.isascii() and tokens[k - 1].text.isalnum()):
                break  # 15号线顾村公园站, 成渝中线高铁科学城站, S1线瓯江口站: the line is a name of its own
            if NUMERAL.match(w) and (w.startswith("第") or (k > 0 and tokens[k - 1].text == "第")):
                start = t.start if w.startswith("第") else tokens[k - 1].start  # 上海第十七棉纺织总厂
                k -= 1 if w.startswith("第") else 2
                continue
            if w == "代":  # 京东方第10.5代TFT-LCD生产线
                m = k - 1
                while m >= 0 and re.fullmatch(r"[\d.]+", tokens[m].text):
                    m -= 1
                if m >= 0 and m < k - 1 and tokens[m].text == "第":
                    start = tokens[m].start
                    k = m - 1
                    continue
            if project and _OUTPUT_UNIT.fullmatch(w):  # 宁德时代|年产|20|GWh|动力电池项目
                m = k - 1
                while m >= 0 and _OUTPUT_NUMBER.fullmatch(tokens[m].text):
                    m -= 1
                if m >= 0 and m < k and tokens[m].text in _ANNUAL:
                    start = tokens[m].start
                    k = m - 1
                    continue
            if w in ("—", "－－", "－", "-") and k > 0 \
                    and (tokens[k - 1].text == _HOME_COUNTRY or tokens[k - 1].text in self.lex.foreign_countries):
                start = tokens[k - 1].start  # 中国—东盟信息港, 中国—新加坡…产业园: two countries' joint name
                break
            if w in ("—", "－－") and not place_split and k > 0 and self._known_place(tokens[k - 1].text) \
                    and any(self._known_place(text[t.end:t.end + n]) for n in (2, 3, 4)):
                start = tokens[k - 1].start  # 南海—云浮金属制造协作配套基地: two places' joint works or park
                break
            if w in ("—", "－", "－－", "-") and (self._place_ends(text, floor, t.start) or _after_boundary(text, t.start, floor)):
                break  # 长江西路—军工路: a stretch between two places, each a name of its own
            if w in ("—", "－－", "·", "•", "・") and k > 0 and not self.is_stop(tokens[k - 1].text) \
                    and self.is_proper(tokens[k - 1].text):
                start = t.start  # 滨海—中关村科技园, 华润置地·万象城
                k -= 1
                continue
            if w in ("·", "•", "・", "—", "－－", "-", "－") and k > 0:  # 上|大|·智谷创新中心, 上|大|—杨行…基地
                known = next((n for n in range(min(6, t.start - floor), 1, -1)
                              if self.lex.lookup(text[t.start - n:t.start])), 0)
                if known:
                    start = t.start - known
                    break
            if _GENERATION.fullmatch(w):  # 第三代|半导体联合研究中心
                start = t.start
                k -= 1
                continue
            if project and w in ("-", "－") and k > 0 and not PUNCT.match(tokens[k - 1].text) \
                    and self._annual_before(tokens, k):
                start = t.start  # 年产80万吨α-|烯烃…项目: a hyphen inside the product's name
                k -= 1
                continue
            if w in ("/", "／") and 0 < k < j and start == t.end and _RATING.fullmatch(tokens[k + 1].text) \
                    and _RATING.fullmatch(tokens[k - 1].text):
                start = tokens[k - 1].start  # 200MW/800MWh独立储能电站项目: a power and a capacity rate one plant
                k -= 2
                continue
            if w in ("-", "－") and k > 0 and start < len(text) and text[start:start + 1].isascii() \
                    and text[start:start + 1].isalnum() and tokens[k - 1].text.isascii() and tokens[k - 1].text.isalnum():
                start = t.start  # TFT-LCD
                k -= 1
                continue
            if w in ("英寸", "寸") and k > 0 and re.fullmatch(r"[\d.]+", tokens[k - 1].text):
                start = tokens[k - 1].start  # (中芯国际)12英寸特色工艺生产线
                k -= 2
                continue
            if w == "级" and k > 0 and tokens[k - 1].text in _PRODUCT_GRADES:  # 电子|级|湿化学品项目
                start = tokens[k - 1].start
                k -= 2
                continue
            if w == "级" and k > 1 and tokens[k - 2].text + tokens[k - 1].text in _PRODUCT_GRADES:
                start = tokens[k - 2].start  # 晶|圆|级|先进封装项目
                k -= 3
                continue
            if w == "号" and k > 1 and tokens[k - 1].text.isalnum() and tokens[k - 1].text.isascii() \
                    and tokens[k - 2].text.endswith(_ADDRESS_ROADS):
                break  # 东风东街|XXXX|号|高新区政务服务中心: an address's number ends there
            if w == "号" and k > 0 and tokens[k - 1].text.isdigit():  # 1号智慧湾
                start = tokens[k - 1].start
                break
            kinds = _WORK_KINDS | _ORG_WORKS if project else _ORG_WORKS if org else ()
            if kinds and w in kinds and k > 1 and tokens[k - 1].text in ("及", "和", "与") and tokens[k - 2].text in kinds:
                start = t.start  # (研究与|发展中心: the second work, a verb elsewhere, is part of the name)
                k -= 1
                continue
            if kinds and w in ("及", "和", "与") and k > 1 and tokens[k - 1].text in kinds \
                    and (not PUNCT.match(tokens[k - 2].text) and not self.is_stop(tokens[k - 2].text, org, project)
                         or DECLARED_BEFORE.search(text, max(floor, t.start - 24), tokens[k - 1].start)) \
                    and any(text.startswith(kind, t.end) for kind in kinds):
                start = t.start  # 高端覆铜板研发及产业化项目, 总部及智造基地项目: one project of two works;
                # 中国空气动力研究与发展中心: a body of two works
                k -= 1
                continue
            if project and w in ("及", "和", "与") and k > 0 and not PUNCT.match(tokens[k - 1].text) \
                    and not self.is_stop(tokens[k - 1].text, project=True) and tokens[k - 1].text not in self.lex.heads \
                    and not self.lex.lookup(tokens[k - 1].text) and len(text[t.end:head_at]) >= 4 \
                    and not self.lex.is_generic(tokens[k - 1].text) \
                    and not (self._all_generic(text[t.end:head_at]) and (w != "及" or self._all_generic(tokens[k - 1].text))) \
                    and self.seg.tag(tokens[k - 1].text) not in _NOT_NAME_TAGS \
                    and text[t.end:head_at].endswith(_MAKING):
                start = t.start  # 伺服电机及精密减速器生产项目: one project making two products
                # (高端真丝面料|及|家纺智能制造项目: a product then sector words; but not 总部楼宇|和|先进制造项目, kinds)
                k -= 1
                continue
            if project and w in ("及", "和", "与") and self._annual_before(tokens, k) and text.startswith(("项目", "工程"), head_at):
                start = t.start  # 年产10GWh动力电池PACK及储能系统项目: an output of two products
                k -= 1
                continue
            if park and w in ("与", "及", "和") and k > 0 and head_at - t.end >= 2 \
                    and ((tokens[k - 1].text in self.lex.industry_words
                          or len(tokens[k - 1].text) > 1 and self.seg.tag(tokens[k - 1].text) == "n"
                          and not self.is_stop(tokens[k - 1].text) and tokens[k - 1].text not in self.lex.heads
                          and not self.lex.lookup(tokens[k - 1].text) and not self.lex.is_generic(tokens[k - 1].text))
                         and self._all_generic(text[t.end:head_at])
                         or w != "和" and HAN.match(tokens[k - 1].text)
                         and text.startswith((tokens[k - 1].text, tokens[k - 1].text[-2:]), t.end)
                         or w == "和" and HAN.match(tokens[k - 1].text) and text.startswith(tokens[k - 1].text, t.end)):
                # 新能源|与|智能电网装备产业园, 芳烃|及|精细化工产业园: a park of two sectors; 钛|及|钛合金产业园,
                # 硬质合金|及|合金材料产业园, 石墨|和|石墨烯产业园: of a material and what is made of it
                start = tokens[k - 1].start
                k -= 2
                continue
            if org and k < j and text.endswith(_FIRM_KINDS, floor, t.end) and tokens[k + 1].text not in COMPANY_WORDS:
                break  # 韩资企业|斗源精密（威海）有限公司, 老牌|台企|漳州灿坤…: what kind of firm, not its name
            if academic and w in ("与", "和", "及"):  # 上海大学机电工程与自动化学院
                org_start = self._org_before(text, tokens, k - 1, floor)
                if org_start is not None:
                    start = org_start
                    break
                if k > 0 and self._discipline(tokens[k - 1].text):
                    if k < 2 or PUNCT.match(tokens[k - 2].text) or self.is_stop(tokens[k - 2].text):
                        start = tokens[k - 1].start  # ，能源与机械工程学院: two disciplines open the school's name
                        break
                    uni = k - 3 if k > 2 and self._discipline(tokens[k - 2].text) else k - 2  # (海洋|科学|与…)
                    if tokens[uni].text in _BRACKETS:  # 哈尔滨工业大学（威海）|海洋科学|与|技术学院: a campus
                        open_at = text.rfind(_BRACKETS[tokens[uni].text], max(floor, tokens[uni].start - 8), tokens[uni].start)
                        uni = next((i for i in range(uni - 1, -1, -1) if tokens[i].end <= open_at), -1)
                        uni = uni if uni >= 0 and tokens[uni].end == open_at else -1
                    if uni >= 0 and tokens[uni].text.endswith(("大学", "学院")) and tokens[uni].start - floor >= 2:
                        # 临沂|大学|机械|与|车辆|工程学院, 荆|楚|理工学院|化工|与|药学院: the school of a
                        # university the lexicon does not know is named with the university
                        opens = self.extend_left(text, tokens, uni - 1, floor, org=True)
                        if tokens[uni].end - opens >= 4:
                            start = opens
                            break
                    # 上|大|材料科学|与|工程学院, 陕|科大|食品科学|与|工程学院: a university's short form the
                    # segmenter cut opens the school's name
                    short = self._university_short_form(text, tokens[k - 1].start, floor)
                    if short is None and k > 1 and self._discipline(tokens[k - 2].text):  # (…|海洋|科学|与…)
                        short = self._university_short_form(text, tokens[k - 2].start, floor)
                    if short is not None:
                        start = short
                        break
            if w in ("与", "和") and k > 0 and (org or project) and text.startswith(_LAB_HEADS, head_at) \
                    and self._discipline(tokens[k - 1].text) and (tokens[k - 1].text in self.lex.industry_words
                                                                  or tokens[k - 1].text.endswith(_FIELD_ENDS)
                                                                  or tokens[k - 1].text in _FIELD_WORDS):
                # 光电子|材料|与|器件|重点实验室, 光伏|材料|与|器件|联合研发中心: a laboratory of two fields
                # (its province may open the name: 湖北省|光电子材料与器件重点实验室)
                i = k - 1
                while i > 0 and (self._discipline(tokens[i - 1].text) or (  # (绿|氢|制备: a field cut into characters)
                        len(tokens[i - 1].text) == 1 and HAN.match(tokens[i - 1].text) and tokens[i - 1].text not in STOP_CHARS
                        and self.seg.tag(tokens[i - 1].text) not in VERB_TAGS and i > 1
                        and tokens[i - 2].end == tokens[i - 1].start and not PUNCT.match(tokens[i - 2].text))):
                    i -= 1
                before = tokens[i - 1] if i > 0 else None
                place = self.lex.lookup(before.text) if before is not None else None
                if place is not None and place.type == EntityType.PLACE and place.name.endswith(("省", "市", "自治区")):
                    i -= 1
                    before = tokens[i - 1] if i > 0 else None
                if before is None or before.end <= floor or PUNCT.match(before.text) or before.text in OPEN_QUOTES \
                        or self.is_stop(before.text) or self.seg.tag(before.text) in VERB_TAGS:
                    start = tokens[i].start
                    break
            # (after a function word, a numeral right before a water's character opens a name: 新建的|九|河西|路运河大桥;
            # so does one before a town the segmenter cut: 至|二|堡镇)
            opens = len(w) == 1 and w not in "一两百千" and (
                k == 0 or PUNCT.match(tokens[k - 1].text) is not None or tokens[k - 1].text in STOP_CHARS)
            numeral = len(w) == 1 and w in _CN_NUMERALS and (
                (place_split and j + 1 < len(tokens) and 0 < tokens[j + 1].start - start <= 2)
                or text[t.end + 1:t.end + 2] in _NUMBERED_WATERS  # 七里河, 三山岛, 八曲河生态公园
                or (opens and text[t.end:t.end + 1] in _NUMBERED_WATERS)
                or (opens and town and k == j and j + 1 < len(tokens) and len(tokens[j + 1].text) == 2))
            numeral_word = len(w) == 2 and w[0] in _CN_NUMERALS and start == t.end \
                and (w[1] not in _COUNTERS or town and w[1] == "家" and k == j) and (  # (五家|镇: towns are not counted by 家)
                text[t.end:t.end + 1] in _NUMBERED_WATERS  # 十里|河
                or (town and k == j and w[1] not in "大小多余几" and (  # 十里|街道, 八里|镇 (not 进|一步|街道…)
                    k == 0 or PUNCT.match(tokens[k - 1].text) or self.is_stop(tokens[k - 1].text))))
            if numeral or numeral_word:
                start = t.start  # a numeral opens a short place name, or a water's
                break
            if town and k == j and len(w) == 2 and self.seg.tag(w) == "a":
                start = t.start  # 正兴|街道, 幸福|乡: a town named with a wish
                break
            if town and w in ("万", "千", "百") and (k == 0 or PUNCT.match(tokens[k - 1].text)
                                                    or tokens[k - 1].text in STOP_CHARS or tokens[k - 1].text in STOP_WORDS):
                start = t.start  # 万|水泉|镇: after a comma, no number; the character opens the town's name
                break
            if k > 1 and tokens[k - 1].text in ("-", "－") and _PLOT_CODE.fullmatch(w) \
                    and _PLOT_CODE.fullmatch(tokens[k - 2].text) and text.startswith(_PLOTS, t.end):
                start = tokens[k - 2].start  # C3|-|2|地块, 08|-|02|地块: a plot's code, not a count
                k -= 3
                continue
            if w in _COUNTS_OF_PEOPLE and k > 0 and NUMERAL.match(tokens[k - 1].text):
                break  # 48|名|来自…: a count of people, not a name
            if w in ("年", "月", "日") and k > 0 and NUMERAL.match(tokens[k - 1].text):
                break  # 2024年|罗店镇重大项目: a date, not part of a name
            if w == "后" and k > 0 and tokens[k - 1].text in _COMPLETED:
                break  # 建成|后|邮轮港: after it is built, not a name's start (but 打造|后官湖)
            major = self._major_count(tokens, k)
            if major is not None and not self._owned_count(tokens, major):
                break  # 七|大|石化产业基地, 全国十大|…: the seven major ones, a count of a kind
            if w == "成" and k > 0 and len(tokens[k - 1].text) > 1:
                break  # 改造|成|宝武吴淞科创园, 交汇|成|赣江: the verb's complement, not a name's start
            if w == "之" and k > 0 and text[t.end:t.end + 1] in _LANDMARK_OF and len(tokens[k - 1].text) >= 2 \
                    and self.seg.tag(tokens[k - 1].text) in ("n", "ns", "nz") and not self.is_stop(tokens[k - 1].text):
                start = tokens[k - 1].start  # 湖湾|之|心科创大厦, 光谷|之|星综合体: a landmark's "X之心" opens
                break                        # the name
            if w == "经" and text[t.end:t.end + 1] not in _JING_WORDS:
                break  # 经|松浦大桥: via, not the 经 of 经开区, 经济 or 经贸
            if org and len(w) == 1 and w in _NAME_CHARS and k > 0 and not self.is_stop(tokens[k - 1].text, org) and (
                    (len(tokens[k - 1].text) == 1 and HAN.match(tokens[k - 1].text))
                    or (k + 1 <= j and len(tokens[k + 1].text) == 1 and HAN.match(tokens[k + 1].text))):
                start = t.start  # 陇|原|产业…集团, 亿|晟|新能源…公司: a character that stops a name elsewhere,
                k -= 1           # between single characters of an unknown company name
                continue
            if place_split and k == j and w in _NAMED_WITH and k > 0 and len(tokens[k - 1].text) == 1 \
                    and HAN.match(tokens[k - 1].text) and tokens[k - 1].text not in STOP_CHARS \
                    and text[head_at:head_at + 2] in _SHORT_NAMED:
                start = tokens[k - 1].start  # 位于|禹|都|大道, 由九龙片区、|研|和|片区: a short name the segmenter
                k -= 2                       # cut into characters, one of which stops names elsewhere
                continue
            if org and k < j and len(w) > 1 and self.seg.tag(w) in VERB_TAGS and w not in COMPANY_WORDS \
                    and tokens[k + 1].text in STOP_WORDS and tokens[k + 1].text in COMPANY_WORDS \
                    and not self.lex.lookup(w) and w not in self.lex.industry_words and k > 0 \
                    and self._names_a_body(tokens[k - 1].text):
                # 与太原理工大学|合作|建设|镁合金应用研究院: the university the clause's verb follows works on the
                # body; the verbs companies are named with (建设) after it open the clause, not the name
                m = k + 1
                while m < j and tokens[m].text in STOP_WORDS and tokens[m].text in COMPANY_WORDS:
                    m += 1
                start = tokens[m].start
                break
            if org and k < j and tokens[k + 1].text in STOP_WORDS and tokens[k + 1].text in COMPANY_WORDS \
                    and (self.lex.heads.get(w) == EntityType.PARK or self._zone(w)
                         or getattr(self.lex.lookup(w), "type", None) == EntityType.PARK) \
                    and not any(text.startswith(h, head_at) for h in _COMPANY_HEADS) \
                    and _LEGAL_FORM.match(text, head_at) is None:
                # 在宝山工业园区|建设|新能源研究院: what is built in the park, not a body the park's name opens
                # (but 工业园区|建设|发展有限公司: a company the park's builders are named with)
                m = k + 1
                while m < j and tokens[m].text in STOP_WORDS and tokens[m].text in COMPANY_WORDS:
                    m += 1
                start = tokens[m + 1].start if m == j else tokens[m].start
                break
            if org and w in ("省", "市", "区", "县") and k > 0 and tokens[k - 1].text in _JOINING_VERBS:
                start = t.start  # 经开区联合|市|发展和改革委员会: the body of the city the verb joins, a
                break            # relative name (市发改委), not a name the clause's subject opens
            if (org or project) and w == "利用" and k > 0 and tokens[k - 1].text.endswith(_PUT_TO_USE):
                start = t.start  # 煤基固废资源化|利用|重点实验室: "use" as a noun, the field's, not the verb that
                k -= 1           # ends a name elsewhere (利用|5G技术)
                continue
            if w == "内" and k > 0 and (tokens[k - 1].text in self.lex.heads or tokens[k - 1].text in _THE_ZONE_WORDS):
                break  # 园区|内|程|力专用汽车…公司: inside the park, not the name's start
            if not org and len(w) == 1 and w in _NAME_CHARS and k < j and len(tokens[k + 1].text) == 1 \
                    and HAN.match(tokens[k + 1].text) and tokens[k + 1].text not in STOP_CHARS \
                    and (k == 0 or PUNCT.match(tokens[k - 1].text) or self.is_stop(tokens[k - 1].text)):
                start = t.start  # 和|同|翔|高新城, 、|万|达…: a character that stops a name elsewhere opens one
                break            # the segmenter split, after a comma or a function word
            if k < j and w[0] in _CN_NUMERALS and _numbered_name(w, self.seg.tag(w), tokens[k + 1].text,
                                                                 self.seg.tag(tokens[k + 1].text)):
                start = t.start  # 五|象|新区, 八角|湾: a numeral opening a name the segmenter split
                k -= 1
                continue
            if w in self.lex.foreign_countries and k < j and tokens[k + 1].start == start \
                    and (tokens[k + 1].text in COMPANY_WORDS or tokens[k + 1].text in self.lex.industry_words):
                start = t.start  # 卢森堡|国际货运航空公司: the country names the company (but 丹麦|诺维康集团)
                k -= 1
                continue
            if place_split and k < j and len(w) > 3 and self._zone(w):
                break  # 随州高新技术产业开发区|淅|河: the zone a river or road runs through opens no name of its own
            if place_split and len(w) > 1 and self.lex.heads.get(w) == EntityType.PARK and _ROAD_HEAD.match(text, head_at) \
                    and self._names_a_thing(text[t.end:head_at]):
                break  # 栗雨工业园|黄河南路: the park the road runs through (but 科技园|路 is named after it)
            if k < j and w in _SECTOR_MODIFIERS and tokens[k + 1].text in self.lex.industry_words:
                start = t.start  # 新能源汽车|核心|零部件|产业园: the modifier belongs to the sector's words
                k -= 1
                continue
            if w not in STOP_WORDS and not org and self._place_stem(w) and not self._known_place(w):
                start = t.start  # 天元|功率半导体产业园: a district's name without its 区 (天元区)
                k -= 1
                continue
            if self.is_stop(w, org, project) or (len(w) > 1 and w in self.lex.titles):
                break  # (创业者|钟若溪: a person's title ends a name on its left)
            # (a district before a zone named after it: 曹妃甸区|曹妃甸工业区; a district cut from its
            # 区 (曹妃甸|区) named just before; a district jieba's dictionary knows: 涪城区|永兴镇)
            repeated = len(w) >= 3 and w[-1] in "区县市" and text.startswith(w[:-1], t.end)
            if after_town and (w.endswith(after_town) or (w in ("区", "县", "市") and t.end in towns) or repeated) \
                    and (t.end in towns or repeated or self._known_place(w)
                         or ((self._zone(w) or w in _ZONES and k > 0 and self._known_place(tokens[k - 1].text))
                             and self._proper_rest(text[t.end:head_at]))
                         or (len(w) >= 3 and bool(self.seg.tag(w)) and w not in self.lex.heads and not self.lex.is_generic(w)
                             and not self._zone(w))) \
                    and (self._names_a_thing(text[t.end:head_at])
                         or (k + 1 < len(tokens) and tokens[k + 1].start == t.end and len(tokens[k + 1].text) == 2
                             and tokens[k + 1].end > head_at and HAN.match(tokens[k + 1].text[0]))):
                break  # 澳头街道|滨海十路, 南朗街道|崖口村, 余新镇|南湖: the town is where it lies, not its name
            if len(w) == 1 and k > 0 and tokens[k - 1].text + w in STOP_WORDS and not (
                    org and k < j and len(tokens[k + 1].text) == 1 and HAN.match(tokens[k + 1].text)
                    and tokens[k + 1].text not in STOP_CHARS):  # 北|起, 据|悉 (but 聚|力|宝…有限公司: a
                break  # company's unknown name the segmenter cut into characters)
            entry = self.lex.lookup(w)
            if place_split and entry and entry.type == EntityType.PLACE and w.endswith(_ADMIN + _TOWN) \
                    and j + 1 < len(tokens) and start < tokens[j + 1].start:
                break
            start = t.start
            k -= 1
            if (org or project) and entry and entry.type == EntityType.PLACE and k >= 0 \
                    and (self.seg.tag(tokens[k].text) in VERB_TAGS or tokens[k].text in STOP_WORDS):
                break  # 访问|宝山区人民政府, 规划|曹妃甸…服务中心: a place name opens the name when a verb precedes it
        return start

    @staticmethod
    def _annual_before(tokens, k: int) -> bool:
        """Does 年产 (and its output) open the few words before token ``k``, with no punctuation between?"""
        for m in range(k - 1, max(-1, k - 7), -1):
            if tokens[m].text in _ANNUAL:
                return True
            if tokens[m].text in ("-", "－") and m > 0 and not PUNCT.match(tokens[m - 1].text):
                continue  # α-烯烃: a hyphen inside a product's name
            if PUNCT.match(tokens[m].text) or tokens[m].text in ("及", "和", "与", "的"):
                return False
        return False

    def _place_ends(self, text: str, floor: int, pos: int) -> bool:
        """Does a place's name (a road, a water, a known place) end at ``pos``?"""
        head = self.lex.head_of(text[max(floor, pos - 4):pos])
        if head and head[1] == EntityType.PLACE and head[0] in _BOUND_HEADS and pos - len(head[0]) - floor >= 1:
            return True
        return any(self._known_place(text[pos - n:pos]) for n in (2, 3, 4) if pos - n >= floor)

    def _place_stem(self, words: str) -> bool:
        """长治|路, 贵安|大道: a place's name without its 市, 县 or 新区 (which the lexicon does not
        take as a short form where it is a common word) names the road or street after it — not a
        verb (合作 of 合作市), unless zones the lexicon knows are named with it (开封|综合保税区)."""
        known = self._stems.get(words)
        if known is None:
            if len(self._stems) > 100_000:  # a bound on a long build's memory
                self._stems.clear()
            known = self._stems[words] = len(words) >= 2 and (
                self.seg.tag(words) not in VERB_TAGS or words in self._zone_stems) and any(
                (entry := self.lex.lookup(words + suffix)) is not None and entry.type == EntityType.PLACE
                and entry.name.endswith(words + suffix) for suffix in ("市", "县", "区", "新区"))  # (合作|市 is a city too)
        return known

    def _proper_rest(self, words: str) -> bool:
        """Do the words between a zone and a park's head name the park on their own (株洲高新区|栗雨|工业园),
        rather than its sector (银川经开区|新材料|产业园) or a place and a word (漕河泾开发区|浦江高|科技园)?"""
        return self._names_a_thing(words) and not self._all_generic(words) and not any(
            self._known_place(words[:n]) for n in range(len(words), 1, -1)) \
            and not any(words.startswith(w) and (len(words) == len(w) or self._all_generic(words[len(w):]))
                        for w in SMART_WORDS)
        # (长治高新区|智慧|物流园: 智慧 goes with a sector's words, though a name's elsewhere: 龙子湖智慧岛)

    def _zone(self, word: str) -> bool:
        """株洲高新区, 芜湖经开区: a development zone the lexicon knows, or named after a place it knows."""
        entry = self.lex.lookup(word)
        if entry is not None:
            return entry.type == EntityType.PARK and word.endswith(_ZONES)
        return any(word.endswith(z) and len(word) > len(z) and self._known_place(word[:-len(z)]) for z in _ZONES)

    def _known_place(self, word: str) -> bool:
        entry = self.lex.lookup(word)
        return bool(entry and entry.type == EntityType.PLACE)

    def _nickname(self, word: str) -> bool:
        """Is ``word`` a short alias the lexicon gives a place or park (光谷 for 武汉东湖新技术开发区)?"""
        if len(word) > 3 or self._known_place(word[:2]):
            return False  # (潍坊市高新区 names its city: no nickname)
        entry = self.lex.lookup(word)
        return entry is not None and entry.name != word and entry.type in (EntityType.PARK, EntityType.PLACE) \
            and not entry.name.startswith(word)

    @staticmethod
    def _company_line(doc: Doc, si: int, start: int, name: str) -> bool:
        """Does a company named earlier in the sentence build the line: its name opens with the
        company's short name (青岛国氢动力科技有限公司…建设|国氢动力燃料电池系统生产线), or a verb of
        building comes right before it (博世…有限公司…新建一条|智能驾驶域控制器生产线) — unless a project
        was named before it, whose content the line is (…正极材料项目，…主要建设|正极材料生产线; a table's
        row: | 储能电池模组项目 | 东营海辰…有限公司 | 建设年产2GWh储能电池模组生产线 |)?"""
        text = doc.parsed.text
        lo = doc.parsed.sentences[si].start
        firms = list(_LEGAL_FORM.finditer(text, lo, start))
        if not firms:
            return False
        head = name[:4]
        return any(head in text[max(lo, f.start() - 12):f.start()] for f in firms) \
            or (_BUILDS_LINE.search(text, max(lo, start - 8), start) is not None
                and text.find("项目", lo, start) < 0)

    def _names_a_body(self, word: str) -> bool:
        """太原理工大学, 武汉理工大学, 中建三局: an organization the lexicon knows, or a word jieba's dictionary
        tags as one or that ends in a university's or company's head."""
        if self.lex.lookup(word) is not None:
            return self._known_org(word)
        return self.seg.tag(word) == "nt" or word.endswith(("大学", "学院", "公司", "集团"))

    def _known_org(self, word: str) -> bool:
        entry = self.lex.lookup(word)
        return entry is not None and entry.type == EntityType.ORGANIZATION

    @staticmethod
    def _major_count(tokens: tuple[Token, ...], k: int) -> int | None:
        """Where "the N major ones" that token ``k`` ends starts (七|大 → the numeral's index, 十大 → k),
        or None when token ``k`` is no such count."""
        if tokens[k].text == "大" and k > 0 and tokens[k - 1].text in _CN_NUMERALS:
            return k - 1
        return k if _N_MAJOR.fullmatch(tokens[k].text) else None

    def _owned_count(self, tokens: tuple[Token, ...], k: int) -> bool:
        """Does a known organization's name come right before the count at token ``k``
        (宝武|十大项目: Baowu's ten major projects, a programme named by its owner)?"""
        if k < 1 or tokens[k - 1].end != tokens[k].start or (k > 1 and tokens[k - 2].text in ("、", "和", "与", "及")):
            return False  # (中国移动、中国电信、中国联通|三大运营商: the count sums up a list)
        return self._known_org(tokens[k - 1].text)

    def _opens_sector_word(self, words: list[str], k: int) -> bool:
        """Is ``words[k]`` the first part of a sector word the segmenter split (新|材料)?"""
        return k + 1 < len(words) and words[k] + words[k + 1] in self.lex.industry_words

    def _names_a_thing(self, words: str) -> bool:
        """Do the words before a head name something of their own (滨海十, 新能源), rather than
        being empty or generic (重大, 工业)?"""
        return len(words) >= 2 and not self.lex.is_generic(words) and words not in self.lex.generic_modifiers

    def _discipline(self, word: str) -> bool:
        """机械, 海洋, 能源: a word that names a field of study in a school's name."""
        return len(word) > 1 and not self.lex.lookup(word) and not self.lex.is_generic(word) \
            and word not in self.lex.heads and not word.endswith(("大学", "学院")) and word not in STOP_WORDS \
            and (word in self.lex.industry_words or self.seg.tag(word) == "n" or word in _FIELD_WORDS
                 or (len(word) >= 3 and word.endswith(_FIELD_ENDS)))  # (食品科学: an idiom to jieba)

    def _university_short_form(self, text: str, end: int, floor: int) -> int | None:
        """Start of a university's short form ending at ``end``: one the lexicon knows (上大), or two or three
        characters ending in 大 that jieba does not know as a word (陕科大, 川农大; not 扩大, 重大), after a
        stop, a comma or the sentence's start."""
        for n in range(min(8, end - floor), 1, -1):
            entry = self.lex.lookup(text[end - n:end])
            if entry is not None and entry.type == EntityType.ORGANIZATION:
                return end - n
        for n in (3, 2):
            word = text[end - n:end]
            if end - n >= floor and word.endswith("大") and all(HAN.match(c) for c in word) \
                    and not self.seg.tag(word) and (end - n == floor or text[end - n - 1] in STOP_CHARS
                                                     or PUNCT.match(text[end - n - 1])):
                return end - n
        return None

    def _org_before(self, text: str, tokens: tuple[Token, ...], k: int, floor: int) -> int | None:
        """Start of a known organization a few tokens left of ``k`` with no stop word between."""
        span = 0
        while k >= 0 and span <= 8:
            t = tokens[k]
            entry = self.lex.lookup(t.text)
            if entry and entry.type == EntityType.ORGANIZATION:
                return t.start
            if self.is_stop(t.text):
                return None
            span += len(t.text)
            k -= 1
        return None

    def _generic_phrase(self, text: str) -> bool:
        """市级特色|产业园: generic and sector words, then a generic word (or any of these alone)."""
        return self.lex.is_generic(text) or self._all_generic(text) or any(
            self.lex.is_generic(text[k:]) and self._all_generic(text[:k]) for k in range(1, len(text) - 1))

    def _all_generic(self, text: str) -> bool:
        """Is ``text`` a run of generic and sector words (数字孪生, 量子计算云平台)?"""
        known = self._generic_runs.get(text)
        if known is None:
            if len(self._generic_runs) > 100_000:  # a bound on a long build's memory
                self._generic_runs.clear()
            known = self._generic_runs[text] = self._is_generic_run(text)
        return known

    def _is_generic_run(self, text: str) -> bool:
        return cuts_into(text, self._vocab)

    def modifier_ok(self, modifier_tokens: list[str], strict: bool) -> bool:
        """Does the part before the head make the name specific? ``strict``: it must hold a
        proper name (single-character heads such as 区/路, productive ones such as 项目)."""
        words = [w for w in modifier_tokens if w and not PUNCT.match(w) and w not in ("及", "与", "和")]
        if not words:
            return False
        specific = [
            w for w in words
            if w not in self.lex.generic_modifiers and w not in self.lex.industry_words
            and not (len(w) == 1 and w in "新老大小")
        ]
        if not specific or self._all_generic("".join(words)):
            return False
        if strict:
            if len("".join(words)) < 2:
                return False
            return any(self.is_proper(w) for w in specific) or self._place_stem("".join(words)) or (
                _split_name(specific) and not any(len(w) > 1 and self.seg.tag(w) in VERB_TAGS and w not in PROJECT_WORDS
                                                  for w in words))
        return True


@extractor("names", stage="mentions")
class HeadNounNames(NameBuilder):
    """Names built from a head noun: 北上海生物医药产业园, 临港集团, 蕰藻浜, 吴淞地区 → 吴淞."""

    def __init__(self, res: Resources):
        super().__init__(res)
        # head lengths by last character, longest first: most tokens end in no head at all
        lengths: dict[str, set[int]] = {}
        for h in self.lex.heads:
            lengths.setdefault(h[-1], set()).add(len(h))
        self._head_lengths = {ch: sorted(n, reverse=True) for ch, n in lengths.items()}
        # where a token can end a head: after a head's last character, or after 畔/内/上 when
        # the head ends inside the token (湖畔, 城内); a regex finds these few places in a
        # sentence faster than a look at every token
        ends = set(lengths) | {w[-1] for w in POSITION_SUFFIXES}
        self._head_ends = re.compile("[" + re.escape("".join(sorted(ends))) + "]")
        # titles that start with a head's first character (镇长 after 顾村镇), by that character
        self._head_titles: dict[str, list[str]] = {}
        for t in self.lex.titles:
            if t[:1] in self._head_lengths or any(t.startswith(h) for h in self.lex.heads if len(h) == 1):
                self._head_titles.setdefault(t[0], []).append(t)

    def __call__(self, doc: Doc) -> Iterator[Mention | Relation]:
        text = doc.parsed.text
        head_lengths = self._head_lengths
        # districts and parks named so far: what "the district's" bureau (区住房和城乡建设局) belongs to
        areas = [m for m in doc.parsed.mentions if m.type in (EntityType.PLACE, EntityType.PARK)]
        # … and the names the extractors before this one found (涢水, a river jieba tags a verb)
        found_names = frozenset(m.name for m in doc.parsed.mentions)
        towns_named = {m.name for m in doc.parsed.mentions if m.type == EntityType.PLACE and m.name.endswith(_TOWN_LIKE)}
        for si, sent in enumerate(doc.parsed.sentences):
            name_cells = self._name_cells(text, sent) if text.startswith("|", sent.start) else {}
            for (cs, ce), name in name_cells.items():
                # (a name with a head, and a park's before a bracket — 数字经济产业园（“皖东数谷”）— is read by its head)
                core = self.lex.head_of(_TRAILING_BRACKET.sub("", name))
                if not (self.lex.head_of(name) or core and core[1] == EntityType.PARK) and not self.lex.is_generic(name):
                    yield Mention(name, EntityType.PROJECT, cs, ce, si, "names")
            hits = [m.end() for m in self._head_ends.finditer(text, sent.start, sent.end)]
            tokens = doc.tokens[si]
            # (元宝山|区委书记: the committee and its member's title in one token, which ends in no head)
            if "委" in sent.text:
                hits += [t.end for t in tokens if t.text[:2] in _PARTY_COMMITTEES and t.text[2:] in _COMMITTEE_ROLES
                         and t.text[-1] != "委"]
            if not hits:
                continue
            hits.sort()
            token_ending = {t.end: i for i, t in enumerate(tokens)}
            building = None
            listed: list[tuple[int, int, str]] = []  # parks named in the sentence (start, end, head) …
            unnamed: list[tuple] = []  # … and those whose names were too generic to stand alone
            placed: list[tuple[int, int]] = []  # places named so far in the sentence
            town_ends: set[int] = set()  # … and where those that are towns (…街道, …镇, …片区, …新区) end
            # (… or the towns named in earlier sentences, written here again: 迎水桥镇|夹渠村)
            town_ends.update(sent.start + k + len(t) for t in towns_named if t in sent.text
                             for k in occurrences(sent.text, t))
            body_start, body_end, marked = item_body(sent)
            heading = (body_start, body_end) if marked else None
            # … and so is a table cell (| 1 | 电子级湿化学品项目 | 约15亿元 |)
            cells = {(sent.start + c.start(1), sent.start + c.end(1)) for c in _CELL.finditer(sent.text)} \
                if "|" in sent.text else ()
            for hit in hits:
                i = token_ending.get(hit)
                if i is None:
                    continue  # the character is inside a token, not at its end
                tok = tokens[i]
                end = tok.end
                if len(tok.text) > 1 and tok.text[1:] in POSITION_SUFFIXES and (
                        tok.text[0] in _WATER_HEADS or tok.text[1] in _INSIDE and tok.text[0] in head_lengths):
                    end = tok.start + 1  # 金鸡|湖畔, 临港科技|城内: the head ends inside the token
                elif tok.text[:2] in _PARTY_COMMITTEES and tok.text[2:] in _COMMITTEE_ROLES:
                    end = tok.start + 2  # 湛江|市委常委: the committee, then its member's title
                lengths = head_lengths.get(text[end - 1])
                if lengths is None:
                    continue  # most tokens: no head noun can end here
                head, etype = self._head_at(text, sent.start, end, lengths)
                if not head:
                    continue
                if etype == EntityType.PLACE and i + 1 < len(tokens) and tokens[i + 1].text in _TOWN_AFTER \
                        and head not in _TOWN_AFTER:
                    continue  # 大桥|镇, 新港|镇: the word is the town's name, not a bridge or a port
                if etype == EntityType.PLACE and len(head) == 1 and head not in _ADMIN_HEADS and i + 1 < len(tokens) \
                        and tokens[i + 1].text in ("路", "大道", "街", "大街") and tokens[i + 1].start == end:
                    continue  # 凤凰山|路, 金鸡湖|大道: the hill or lake names the road
                if etype == EntityType.PARK and text.startswith("段", end) \
                        and text.endswith(tuple(_BOUND_HEADS) + ("高速", "铁路"), sent.start, end - len(head)):
                    continue  # 练江河|经开区段, 滏阳河|高新区段: the river's stretch in the zone, not a zone of its own
                if etype == EntityType.PROJECT and _WORKS_AFTER.match(text, end):
                    continue  # 轴承生产线|技改项目: the works on the line are the name, which ends further on
                if etype == EntityType.PLACE and len(head) == 1 and head not in _ADMIN_HEADS and head not in _TOWN_AFTER \
                        and i + 1 < len(tokens) \
                        and self.lex.heads.get(tokens[i + 1].text) == EntityType.PARK:
                    continue  # 赤峰高新区|红山|产业园: the word names the park, not a hill of its own

                hs = end - len(head)
                j = i
                while j > 0 and tokens[j].start > hs:
                    j -= 1
                # tokens[j] holds the head's first character; a part of it before hs is glued on
                glued = tokens[j].start < hs
                if glued and tokens[j].text in _RIVERSIDE_WORDS and j > 0 and tokens[j - 1].text[-1:] in _WATER_HEADS:
                    continue  # 绵远河|滨河|绿带: the riverside of the river just named, not another water
                # a character alone before that token, which names nothing by itself, may open the name:
                lone = j > 0 and len(tokens[j - 1].text) == 1 and bool(HAN.match(tokens[j - 1].text)) \
                    and tokens[j - 1].text not in STOP_CHARS
                # (灵|山镇: a town's name the segmenter cut into single characters is a name all the same)
                split_town = lone and head in _TOWN and len(tokens[j].text) == 2
                # (、潘|泾河、: a character alone before a river the lexicon knows, after a comma, opens another river)
                # (东临|洙|水河: … or after a boundary's verb, a water the segmenter cut)
                split_water = lone and head in _WATER_HEADS and (
                    (j == 1 or bool(PUNCT.match(tokens[j - 2].text))) and bool(self.lex.lookup(tokens[j].text))
                    or (j >= 2 and _BOUNDARY_AT.fullmatch(tokens[j - 2].text) is not None and len(tokens[j].text) == 2))
                # (、|南|大路|以南: a character alone before 大路 or 马路 where a road is placed names the road)
                split_road = lone and tokens[j].text in ("大路", "马路") and i + 1 < len(tokens) \
                    and tokens[i + 1].text in _ROAD_PLACED and self.seg.tag(tokens[j - 1].text) not in VERB_TAGS
                # (济宁|光谷, “雁城|光谷”: a known nickname after another place's name, or after a proper word
                # that opens a quoted name, is that place's own — the lexicon's 光谷 is Wuhan's)
                renamed = glued and j > 0 and tokens[j - 1].end == tokens[j].start and len(tokens[j - 1].text) > 1 \
                    and self._nickname(tokens[j].text) and (
                        self._known_place(tokens[j - 1].text) and tokens[j - 1].text not in self.lex.foreign_countries
                        and tokens[j - 1].text != "中国"
                        or (text[tokens[j - 1].start - 1:tokens[j - 1].start] in OPEN_QUOTES and self.is_proper(tokens[j - 1].text)))
                # (南|一路, 创新|一路: the first road of a numbered grid, where 一路 is "all the way" elsewhere)
                first_road = glued and tokens[j].text == "一路" and j > 0 and tokens[j - 1].end == tokens[j].start \
                    and (tokens[j - 1].text in ("东", "西", "南", "北", "中")
                         or len(tokens[j - 1].text) == 2 and tokens[j - 1].text[-1] not in "路街道") \
                    and _NUMBERED_ROAD.fullmatch(text, tokens[j - 1].start, hs) is not None \
                    and text[tokens[j - 1].start - 1:tokens[j - 1].start] not in _FROM_OR_TOWARDS \
                    and not _GOING_ON.match(text, end)
                if glued and not split_town and not split_water and not split_road and not renamed and not first_road and (
                        self._false_head(tokens[j].text, head) or (
                            self.lex.lookup(tokens[j].text) and not self._body_of_place(tokens[j].text, text[tokens[j].start:end], etype))):
                    continue  # 城市, 必由之路: no head; 宝山区人民政府: the lexicon has the whole name
                if any(len(t) > len(head) and text.startswith(t, hs) for t in self._head_titles.get(text[hs], ())) \
                        and not (head in _PARTY_COMMITTEES and text.startswith(_COMMITTEE_ROLES, end)):
                    continue  # 顾村镇|镇长: the head starts a person's title (but 宝山区委|书记: the committee's)
                if self._generic_continues(text, hs, end, sent.end):
                    continue  # 上海中心|城区: the head is the start of a generic word
                if etype == EntityType.PLACE and not split_water and not split_town and (
                        self._known_place(tok.text) or self._known_place(text[hs - 2:end])):
                    continue  # 一季度宝山区: the lexicon has the place; nothing to compose
                org = etype == EntityType.ORGANIZATION
                start = self.extend_left(text, tokens, j - 1, sent.start, place_split=etype == EntityType.PLACE,
                                         org=org, academic=org and head in _ACADEMIC_HEADS,
                                         project=etype == EntityType.PROJECT, town=head in _TOWN,
                                         after_town=("市",) if head in _PARTY_COMMITTEES else _OWN_TOWN.get(etype, ()),
                                         towns=town_ends, head_start=hs, park=etype == EntityType.PARK)
                if glued:
                    start = min(start, tokens[j].start)
                if head in ("国道", "省道", "县道") and start == hs and j > 0 and tokens[j - 1].end == hs \
                        and re.fullmatch(r"\d{2,4}", tokens[j - 1].text):
                    start = tokens[j - 1].start  # 325|国道: a highway's number is its name
                if head in _RIVER_HEADS and start == hs and j > 0 and tokens[j - 1].end == hs \
                        and _NUMBERED_WATER.fullmatch(tokens[j - 1].text) \
                        and (j == 1 or not tokens[j - 2].text[-1:].isdigit()):
                    start = tokens[j - 1].start  # 九十九|溪, 七里|河: a water named with a number
                if head in _ROAD_HEADS:  # 经|七路, 经|十一|路: a planned grid's numbered roads (经 runs north–south)
                    grid = _GRID_ROAD.search(text, max(sent.start, hs - 5), hs)
                    if grid is not None and grid.start() < start:
                        start = grid.start()
                cell = next((c for c in cells if c[1] == end and c[0] < start and end - c[0] <= MAX_NAME), None)
                if cell and (not _CELL_BREAK.search(text, cell[0], end)
                             or cell in name_cells and not _NAME_CELL_BREAK.search(text, cell[0], end)):
                    start = cell[0]  # | 电子级湿化学品项目 |: a cell that ends in a head is one name
                if heading and heading[1] == end and etype == EntityType.PROJECT:
                    # (五)粤湾氢能装备（珠海）有限公司|氢燃料电池系统及关键部件项目。: after the company that builds it
                    firm = max(_LEGAL_FORM.finditer(text, heading[0], start), key=lambda m: m.end(), default=None)
                    if self._heading_is_name(text, tokens, firm.end() if firm else heading[0], start, end):
                        start = heading[0]  # (二)烟台山—朝阳街…保护提升工程。: an item heading that ends in a head is one name
                for ps, pe in placed:  # 全|运|路|快速化改造工程: a place just named opens the name whole
                    last = token_ending.get(pe)  # (… also when it ends in a one-character token: 全|运|路)
                    if etype != EntityType.PLACE and not (etype == EntityType.PARK and pe in town_ends) and (
                            ps < start < pe or (start == pe and last is not None and tokens[last].start == pe - 1)
                            or (start == pe and etype == EntityType.PROJECT and head not in ("项目", "工程")
                                and ROAD_END.search(text, ps, pe))):
                        # (滨海|六路|北延段: works on the road just named)
                        start = ps
                if etype == EntityType.PROJECT:  # 场中路（沪太路—江杨南路）拓宽改建工程: the works on a stretch of a road
                    stretch = _STRETCH.search(text, max(sent.start, start - 24), start)
                    if stretch is not None and stretch.end() == start and any(
                            pe == stretch.start() and ROAD_END.search(text, ps, pe) for ps, pe in placed):
                        start = next(ps for ps, pe in placed if pe == stretch.start())
                if org and head not in _COMPANY_HEADS and text.startswith(("项目", "工程"), end) \
                        and _LEGAL_FORM.search(text, start, hs):
                    continue  # …有限公司长三角算力服务中心|项目: the company's project, which its head names
                if org and head.endswith("局") and start < hs - 1 and text[hs - 1] in "区市县" \
                        and hs in token_ending and tokens[token_ending[hs]].start == hs - 1 \
                        and not any(pe == hs for _, pe in placed) \
                        and not self.lex.lookup(text[start:hs]):
                    start = hs - 1  # 请|径向|区|发展和改革局: no place opens the bureau; it is the district's own
                if org and text[start:hs] in _RELATIVE and (head.endswith(("局", "委员会", "厅")) or head in ("管委会", "党工委")
                                                            or head.endswith("委") and head not in _COMMITTEES):
                    yield from self._relative_body(doc, si, start, end, hs, areas)  # 区住房和城乡建设局
                    continue
                zone_at = token_ending.get(start)
                if etype == EntityType.PARK and zone_at is not None and hs - start >= 2 and self._zone(tokens[zone_at].text) and self._all_generic(text[start:hs]) \
                        and not any(ps <= tokens[zone_at].start < pe for ps, pe in placed):
                    start = tokens[zone_at].start  # 济宁高新区|工程机械产业园: a sector park is named by its zone
                if etype == EntityType.PROJECT and text[start - 1:start] in ("及", "和") and start - 1 in token_ending:
                    # 建设的|高端数控机床及关键功能部件项目: one project of two products its builder introduces
                    left = token_ending[start - 1]
                    if not PUNCT.match(tokens[left].text):
                        opens = self.extend_left(text, tokens, left, sent.start, project=True, head_start=start - 1)
                        if opens < start - 2 and _BUILT_BY.search(text, max(sent.start, opens - 8), opens) \
                                and not _CELL_BREAK.search(text, opens, start):
                            start = opens
                # the rules below look only at the tokens from the one that ends where the name
                # starts to the head: hand them just those
                lo = j
                while lo > 0 and tokens[lo - 1].end >= start:
                    lo -= 1
                window = tokens[lo:i + 1]
                # 汉峰汽车零部件有限公司（以下简称“汉峰”）|轻量化底盘项目, …股份有限公司的|智能传感器项目:
                # the works a company's full name owns (what follows the owner up to the head names them)
                owned = etype == EntityType.PROJECT and OWNED_BEFORE.search(text[max(sent.start, start - 48):start]) is not None
                start = self._trim_verb_lead(text, window, start, hs, sent.start, town=head in _TOWN, org=org,
                                             place=etype == EntityType.PLACE, owned=owned, named=found_names)
                if any(t.end == start and t.text in _PLURAL for t in window):
                    continue  # 多个TOD综合开发项目: a kind of thing, not one named thing
                counted = token_ending.get(start)
                major = self._major_count(tokens, counted) if counted else None
                if etype in (EntityType.PROJECT, EntityType.PARK) and counted \
                        and (tokens[counted].text in ("个", "项", "批", "家", "座") and NUMERAL.match(tokens[counted - 1].text)
                             or major is not None) \
                        and not self._owned_count(tokens, counted if major is None else major):
                    continue  # 12个|远洋渔业产业链项目, 七|大|石化产业基地: a count of a kind, not one named thing
                if head in _REGION_HEADS:
                    start = self._after_known_area(text, start, hs)
                    # 科学城|金凤|片区: a region named after the word for the park it lies in
                    opening = next((t for t in window if t.start == start and t.end <= hs - 2 and len(t.text) > 1
                                    and self.lex.heads.get(t.text) == EntityType.PARK), None)
                    if opening is not None and not any(t.start >= opening.end and self.seg.tag(t.text) in VERB_TAGS
                                                       for t in window if t.end <= hs):
                        start = opening.end
                if building is None:
                    building = bool(_PROJECT_VERBS.search(sent.text))
                owner = None
                if etype == EntityType.PROJECT and head == "项目" and start > sent.start:
                    # 华西能源工业股份有限公司|固废资源化利用装备研发制造项目: a company's full name right
                    # before the works names them whole, whatever words of theirs stopped the name
                    firm = _FIRM_BEFORE.search(text, max(sent.start, start - 20), start)
                    if firm is not None and firm.start("legal") > sent.start:
                        start = firm.start("legal")
                if etype in (EntityType.PROJECT, EntityType.PARK):  # the last company's full name in it
                    company = max(_LEGAL_FORM.finditer(text, start, hs - 3), key=lambda m: m.end(), default=None)
                    if company is not None and not text.startswith("总部", company.end()):
                        # 沈阳辽创机器人有限公司|协作机器人智能工厂: the company's works (but …有限公司总部 is named whole)
                        opens = start
                        if token_ending.get(company.start()) is not None:
                            # (博纳思(中国)投资|有限公司|华东医药分拨中心: the name stopped at the company's
                            # bracket; the company's own name reaches further)
                            # (大庆聚|力|宝生物科技有限公司|…项目: a company's name reaches where a project's stops)
                            opens = min(start, self.extend_left(text, tokens, token_ending[company.start()], sent.start,
                                                                org=True, head_start=company.start()))
                        owner = normalise(text[opens:company.end()]) if company.start() - opens >= 2 else None
                        start = company.end()
                # 新区|新型储能产业园: the zone's park, the zone being the article's last of that kind
                zone_of = None
                parted = False
                if etype in (EntityType.PARK, EntityType.PROJECT) and owner is None:
                    bare = next((z for z in ZONE_WORDS if text.startswith(z, start)), None)
                    if bare and hs - start - len(bare) >= 3 and text[start - 1:start] not in _ZONE_WORD_ENDS:
                        zone_of = next((m for m in reversed(areas) if m.end <= start and (
                            # (保定国家高新区 is 保定高新技术产业开发区: _RELATIVE knows the long forms)
                            (m.canonical or m.name).endswith(_RELATIVE[bare][0]) or m.name.endswith(bare))), None)
                        if etype == EntityType.PARK:  # (a project keeps the word: 经开区第二污水处理厂扩建工程)
                            start += len(bare)
                        part = _ZONE_PART.match(text, start) if etype == EntityType.PARK else None
                        if part is not None and hs - part.end() >= 2 and self._all_generic(text[part.end():hs]):
                            start = part.end()  # 经开区|东部|光伏储能产业园: the park in the zone's east
                    elif etype == EntityType.PARK and text.startswith("园区", start) \
                            and (part := _ZONE_PART.match(text, start + 2)) is not None \
                            and hs - part.end() >= 2 and self._all_generic(text[part.end():hs]):
                        start, parted = part.end(), True  # 园区|北部|数字经济产业园: the park in the park's north
                    elif etype == EntityType.PARK and hs - start >= 2 and self._all_generic(text[start:hs]):
                        # 选址经开区东部的|氢能产业园: the same, with 的 between
                        of = _ZONE_OF.search(text, max(sent.start, start - 8), start)
                        if of is not None and text[of.start() - 1:of.start()] not in _ZONE_WORD_ENDS:
                            zone_of = next((m for m in reversed(areas) if m.end <= of.start() and (
                                (m.canonical or m.name).endswith(_RELATIVE[of[1]][0]) or m.name.endswith(of[1]))), None)
                # 西区街道|新能源产业园: a park a town is named before is that town's one; an item
                # heading that is just a name names one thing ((三)站北综合交通枢纽。)
                local = etype == EntityType.PARK and (zone_of is not None or parted or any(
                    t.end == start and t.text.endswith(_TOWN_LIKE) for t in tokens[:j]))
                # (五)珠海瀚洋电器有限公司|智能小家电产业园: the works a company's full name opens are one named thing
                local = local or (owner is not None and etype == EntityType.PARK)
                local = local or (etype == EntityType.PARK and hs - start >= 2 and self._all_generic(text[start:hs]) and (
                    _SITED_IN.search(text, max(sent.start, start - 5), start) is not None
                    or _PARK_OWN.match(text, end) is not None))
                # (where the name starts now: after the company's name the rule above cut off)
                owned = etype == EntityType.PROJECT and OWNED_BEFORE.search(text[max(sent.start, start - 48):start]) is not None
                if head in _BOUND_HEADS and etype == EntityType.PLACE:
                    bound = _BOUND_NAME.search(text, max(sent.start, hs - 6), hs)
                    if bound is not None and bound.start(1) < start:
                        start = bound.start(1)  # 东临|一亩|泉河: what a boundary runs along is named whole
                output = False
                if etype == EntityType.PROJECT and head not in ("生产线", "产线"):
                    named = _OUTPUT_NAME.search(text, max(sent.start, hs - 48), hs)
                    if named is not None and named.start() <= start and not _NOT_A_PRODUCT.search(text, named.start() + 2, hs):
                        start, output = named.start(), True  # (a name that reached no further than 年产)
                found = self._mention(doc, si, start, end, head, etype, window, building, local,
                                      heading=not org and ((start, end) == heading or (start, end) in cells), output=output,
                                      owned=owned)
                if found and owner and isinstance(found[0], Mention) and found[0].start == start:
                    found.append(Relation(found[0].name, RelationType.DEVELOPED_BY, owner, (doc.parsed.evidence(si),)))
                if found and zone_of is not None and isinstance(found[0], Mention) and found[0].start == start \
                        and si - zone_of.sentence <= 6:  # (evidence from the sentence that names the zone)
                    lo = doc.parsed.sentences[zone_of.sentence].start
                    found.append(Relation(found[0].name, RelationType.LOCATED_IN, zone_of.canonical or zone_of.name,
                                          (Evidence(doc.parsed.article.id, lo, sent.end, text[lo:sent.end]),)))
                if found:
                    areas.extend(m for m in found if isinstance(m, Mention) and m.type in (EntityType.PLACE, EntityType.PARK))
                    places = [(m.start, m.end) for m in found if isinstance(m, Mention) and m.type == EntityType.PLACE]
                    placed.extend(places)
                    town_ends.update(pe for _, pe in places if text.endswith(_OWN_TOWN[EntityType.PLACE], 0, pe))
                    towns_named.update(m.name for m in found if isinstance(m, Mention) and m.type == EntityType.PLACE
                                       and m.name.endswith(_TOWN_LIKE) and len(m.name) >= 3)
                    if etype == EntityType.PARK and isinstance(found[0], Mention) and found[0].end == end:
                        listed.append((found[0].start, end, head))
                    yield from found
                elif etype == EntityType.PARK and not org:
                    unnamed.append((start, end, head, window))
            # 临港新材料产业园、电子信息产业园和湘北跨境电商产业园: a park named by its sector in a list of
            # the district's named parks of the same kind is one of them
            for start, end, head, window in unnamed:
                if any(h == head and (_LIST_JOINT.fullmatch(text, e, start) or _LIST_JOINT.fullmatch(text, end, s))
                       for s, e, h in listed):
                    found = self._mention(doc, si, start, end, head, EntityType.PARK, window, building, True)
                    if found:
                        yield from found

    def _heading_is_name(self, text: str, tokens: tuple[Token, ...], opens: int, start: int, end: int) -> bool:
        """Is an item heading that ends in a project's head one name from ``opens``, beyond the
        ``start`` the name rules reached (烟台山—|朝阳街…工程)? Not across punctuation, a stop word,
        a town (霞涌街道|霞新社区…项目: where it lies) or a verb opening the heading."""
        if not opens < start or end - opens > MAX_NAME + 8 or _HEADING_BREAK.search(text, opens, start):
            return False
        return not any(
            self.is_stop(u.text, project=True) or u.text.endswith(_OWN_TOWN[EntityType.PLACE])
            or (u.start == opens and self.seg.tag(u.text) in VERB_TAGS)
            for u in tokens if opens <= u.start < start and u.text not in _DASHES and u.text != "及")

    @staticmethod
    def _name_cells(text: str, sent) -> dict[tuple[int, int], str]:
        """The cells of a table row that lie in a column of project names, by span."""
        header = table_header(text, sent.start)
        if not header:
            return {}
        out = {}
        for c in _CELL.finditer(sent.text):
            column = sent.text.count("|", 0, c.start()) - 1
            if 0 <= column < len(header) and _NAME_COLUMN.fullmatch(header[column]):
                name = normalise(c[1])
                if 4 <= len(name) <= MAX_NAME + 8 and HAN.search(name) and not _NOT_A_NAME_CELL.search(name):
                    out[(sent.start + c.start(1), sent.start + c.end(1))] = name
        return out

    def _relative_body(self, doc: Doc, si: int, start: int, end: int, hs: int,
                       areas: list[Mention]) -> list[Mention | Relation]:
        """区住房和城乡建设局, 新区经济发展局: a body named relative to "the" district, new district or
        zone is that of the last one of its kind the article named (or, if none came before, the
        first after). It is named with that district's name (宜宾三江新区经济发展局), so that the
        bureaus of different districts stay apart across a corpus; the written form is an alias. Its
        relation to the district is marked inferred, as the sentence does not name the district.
        Nothing is named when the article names no such district."""
        text = doc.parsed.text
        relative = text[start:hs]
        suffixes, unlike = _RELATIVE[relative]

        def fits(m: Mention) -> bool:
            name = m.canonical or m.name
            return name.endswith(suffixes) and not name.endswith(unlike) and len(name) > len(relative) \
                and not (m.name != name and _FIRM_AFTER.match(text, m.end))  # (厦门|云图信息技术有限公司: a firm's
            # city, written short, is not the article's)

        before = [m for m in areas if m.end <= start and fits(m)]
        after = [m for m in areas if m.start >= end and fits(m)]
        area = max(before, key=lambda m: m.end) if before else min(after, key=lambda m: m.start) if after else None
        if area is None:
            return []
        owner = area.canonical or area.name
        written = normalise(text[start:end])
        name = owner + written[len(relative):]
        return [Mention(name, EntityType.ORGANIZATION, start, end, si, "names", canonical=name, aliases=(written,)),
                # (inferred: the sentence says "the district's", the article says which)
                Relation(name, RelationType.RELATED_TO, owner, (doc.parsed.evidence(si),), inferred=True)]

    def _trim_verb_lead(self, text: str, tokens: tuple[Token, ...], start: int, hs: int, floor: int,
                        town: bool = False, org: bool = False, place: bool = False, owned: bool = False,
                        named: frozenset[str] = frozenset()) -> int:
        """谋划大学科技园 → 大学科技园: a verb does not open a name, unless the name opens its
        clause (、超能新材料科技园), where a verb-like first word is more likely part of the name,
        or the word is a town's wish-name (位于正兴街道), or the name is of works its owner's name
        opens (``owned``: …有限公司（以下简称“华芯”）先进封装产业化项目, where 先进 and 封装 describe the
        product). Idioms never open a name (如今已是|…中心), nor does a head word the name ran over
        (项目|亦可享受|中国(辽宁)自由贸易试验区)."""
        if place and hs - start > 3 and _BOUNDARY_AT.match(text, start) \
                and any(t.start == start + 2 for t in tokens):
            start += 2  # 南|倚|万安山: a boundary's verb opens no name
        placing = _PLACING.search(text, start, hs - 2)
        if placing is not None:
            start = placing.end()  # 项目|位|于宝庆|大道: a verb of placing the segmenter cut ends what came before
        if place and not org:  # 郑蒲港|融入|南京都市圈: a verb before a known place ends what came before
            for t in tokens:
                if start < t.start and t.end < hs - 1 and len(t.text) > 1 and self.seg.tag(t.text) == "v" \
                        and not self.lex.lookup(t.text) and t.text not in self.lex.industry_words \
                        and not _ETHNIC_REST.fullmatch(text, t.end, hs):  # (守望|回族|乡: the township's name)
                    start = t.end  # (大船|开进|铁山港: a verb inside what would be a place's name ends a clause)
        for t in tokens:
            if t.start > start:
                break
            # (an idiom opens no name; a name jieba tags as one, 曲阜师范大学, ends in a head noun)
            if t.start == start and t.end <= hs and ((self.seg.tag(t.text) in ("l", "i") and t.text not in self._vocab
                                                      and not self.lex.head_of(t.text)) or (
                    len(t.text) > 1 and t.text in self.lex.heads and self.lex.is_generic(t.text) and any(
                        u.start == t.end and self.seg.tag(u.text) in _LEAD_TAGS for u in tokens))):
                start = t.end
        if org:  # 规划|曹妃甸…服务中心, 规划|建设|随州高新区…服务中心: verbs companies are named with (规划设计院)
            at = start  # open no name before a proper one
            while (first := next((t for t in tokens if t.start == at and t.end < hs), None)) is not None \
                    and first.text in STOP_WORDS and first.text in COMPANY_WORDS:
                at = first.end
            after = next((t for t in tokens if t.start == at and t.end <= hs), None)
            if at > start and after and self.is_proper(after.text) and not self.lex.is_generic(after.text):
                start = at
        if _after_boundary(text, start, floor):
            return start  # 东至|和畅路: what follows a boundary's verb is the name
        if owned:
            return start
        if start == floor or text[start - 1] in "，,、；;：:“\"（(《 \n":
            # (but 推进|新吴区空港产业园, 统筹|硕放街道: a verb before a known name or a town is a verb)
            first = next((t for t in tokens if t.start == start), None)
            if first is not None and first.text in self.lex.generic_modifiers:
                at = first.end  # ，重点|协调|解决|碳化硅功率器件项目: verbs after an adverb-like word open no name
                while (verb := next((t for t in tokens if t.start == at and t.end < hs - 1), None)) is not None \
                        and len(verb.text) > 1 and self.seg.tag(verb.text) == "v" and not self.lex.lookup(verb.text) \
                        and verb.text not in self.lex.industry_words and verb.text not in PROJECT_WORDS:
                    at = verb.end
                if at > first.end and hs - at >= 2:
                    return at
            if first is None or len(first.text) < 2 or self.seg.tag(first.text) != "v" or hs - first.end < 2 \
                    or _ETHNIC_REST.fullmatch(text, first.end, hs) \
                    or not (town or place or any(self.lex.lookup(text[first.end:first.end + n]) for n in (2, 3, 4, 5))):
                return start
            return first.end
        trimmed = VERB_TAGS if org else VERB_TAGS | {"a"}  # 宏硕精密有限公司: adjectives name companies
        for t, after in zip(tokens, tokens[1:]):  # 会|结合|海沧大道: a one-character verb before another
            if t.start == start and len(t.text) == 1 and self.seg.tag(t.text) in ("v", "f") \
                    and len(after.text) > 1 and self.seg.tag(after.text) in VERB_TAGS and after.end < hs:
                start = t.end
        for t in tokens:
            if town and t.start == start and t.end == hs and self.seg.tag(t.text) == "a":
                break
            if town and t.start == start and t.end == hs - 1 and text[t.end] not in STOP_CHARS \
                    and text[t.end] not in "大小新老集" and (start == floor or not HAN.match(text[start - 1])
                                                     or self._place_ends(text, floor, start)):
                break  # (沙坡头区)|迎水|桥|镇: a town's three characters, two of which jieba reads as a verb
            if t.start == start and t.end <= hs and len(t.text) > 1 and self.seg.tag(t.text) in trimmed \
                    and not self.lex.lookup(t.text) and t.text not in self.lex.industry_words \
                    and not self._place_stem(t.text) and t.text not in named \
                    and not (self.seg.tag(t.text) == "a" and t.end < hs and self._noun_at(tokens, t.end)):  # (精密|轴承项目)
                if text[t.end] in "（(" or (org and _SHORT_BRAND.match(text, t.end) is not None) \
                        or _ETHNIC_REST.fullmatch(text, t.end, hs):
                    break  # 宏硕精密(南通)有限公司: a name does not open with a bracket; 驰骋智行（成都）科技有限公司:
                    # nor with two characters alone before the bracket, where the brand is the four; 守望|回族|乡
                start = t.end
        return start

    def _noun_at(self, tokens: tuple[Token, ...], pos: int) -> bool:
        """Does a noun or a sector word start at ``pos``?"""
        return any(t.start == pos and (self.seg.tag(t.text) in ("n", "vn") or t.text in self.lex.industry_words)
                   for t in tokens)

    def _after_known_area(self, text: str, start: int, hs: int) -> int:
        """宝山工业园区|罗泾|片区: a region named inside a known park or organization is the part
        after that park's whole name, which stays a name of its own."""
        for k in range(hs - 2, start + 3, -1):
            entry = self.lex.lookup(text[start:k])
            if entry and entry.type in (EntityType.PARK, EntityType.ORGANIZATION):
                # (but a free trade zone's areas are named with it: 中国（湖北）自由贸易试验区宜昌片区)
                return start if entry.name.endswith(_FREE_TRADE_ZONES) else k
        return start

    def _trim_generic_lead(self, tokens: tuple[Token, ...], start: int, hs: int) -> int:
        """片区地标吴淞创新城科创塔 → 吴淞创新城科创塔: generic words do not open a name."""
        for i, t in enumerate(tokens):
            if t.start < start or t.end > hs:
                continue
            if t.start != start:
                break
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if len(t.text) == 1 and t.text in "新老" and len(nxt) == 1 and HAN.match(nxt) and nxt not in STOP_CHARS:
                break  # 新|蒲|新区, 新|中|街道: one character of a name the segmenter split, not "new"
            if t.text + nxt in self.lex.industry_words:
                break  # 新|材料|产业园二期: the first part of a sector word the segmenter split
            if self.lex.is_generic(t.text) or t.text in self.lex.generic_modifiers:
                start = t.end
        return start

    def _firm_opening(self, tokens: tuple[Token, ...], start: int, hs: int) -> int | None:
        """End of a company's short name that opens a project's name: a name the segmenter does not
        know (康|禾, 中|舟, 恒瑞) and a trade word (医药, 重工, 科技), with the product after it."""
        inside = [t for t in tokens if start <= t.start and t.end <= hs]
        for n, t in enumerate(inside[1:4], 1):
            if t.text not in _FIRM_WORDS:
                continue
            lead = inside[:n]
            lead_text = "".join(u.text for u in lead)
            if n + 1 >= len(inside) or not 2 <= len(lead_text) <= 4 or self.lex.lookup(lead_text) \
                    or self.lex.is_generic(lead_text) or lead_text in self.lex.industry_words:
                return None
            if all((len(u.text) == 1 and HAN.match(u.text) and u.text not in STOP_CHARS)
                   or (len(u.text) > 1 and not self.lex.lookup(u.text) and self.is_proper(u.text)
                       and self.seg.tag(u.text) not in ("ns", "nr")) for u in lead):
                return t.end
            return None
        return None

    def _body_of_place(self, word: str, name: str, etype: EntityType) -> bool:
        """濂溪区|委: a district the lexicon knows, glued to the head of its committee or government,
        which the lexicon does not know by that name."""
        return etype == EntityType.ORGANIZATION and self._known_place(word) and word.endswith(("区", "县", "市")) \
            and not self.lex.lookup(name)

    def _starts_with_org(self, name: str) -> bool:
        for n in range(len(name) - 1, 1, -1):
            entry = self.lex.lookup(name[:n])
            if entry:
                return entry.type == EntityType.ORGANIZATION
        return False

    def _generic_continues(self, text: str, hs: int, end: int, limit: int) -> bool:
        """Does a generic word start at the head and run on past it (上海中心|城区)?"""
        for n in range(1, 4):
            if end + n > limit:
                return False
            part = text[hs:end + n]
            if part not in self._generic_starts:
                return False  # no generic word starts so: no longer one does either
            if self.lex.is_generic(part):
                return True
        return False

    def _false_head(self, word: str, head: str) -> bool:
        """Does the dictionary word ``word`` end in ``head`` without being a name's head
        (城市, 社区, 必由之路), rather than holding a real one (机械厂, 产业园区)?"""
        if self.lex.lookup(word) or word in self.lex.heads:
            return False
        if len(word) == 2 and word[0] in "东西南北" and head == "站":
            return False  # 襄阳|东站: a city's east station
        if len(word) == 2 and word[0] in "二三四五六七八九十东西南北中" and head in ("路", "街"):
            return False  # 滨海|六路, 兴|慈|三路: numbered roads of a new district; 新城|中路, 高铁|北路
        if word in self.lex.industry_words or self.lex.is_generic(word):
            return True
        if head == "路" and word.endswith(_NOT_ROADS):
            return True  # 印制电路|板, 思路: a circuit or a way of thinking, not a road
        if len(word) == 2 and len(head) == 1 and word[0] in _MOTION_VERBS:
            return True  # 吴淞口国际邮轮港|开港, 进站, 建园: a verb and its object, not a head
        tag = self.seg.tag(word)
        if len(word) - len(head) == 1:  # 社区, 地区; but 美|兰湖 (a proper word) may be a name's end
            return tag not in PROPER_TAGS
        return tag in ("i", "l")

    def _place_plus_generic(self, name: str, tokens, start: int, end: int) -> bool:
        """上海中心城区, 谋划大学科技园: a known place or a common word before a generic word;
        吴淞创新城重大项目: a known name, generic words and a head."""
        head = self.lex.head_of(name)
        if head and head[0] in ("项目", "工程"):
            known = next((n for n in range(len(name) - len(head[0]) - 1, 1, -1) if self.lex.lookup(name[:n])), 0)
            rest_text = name[known:-len(head[0])]
            while known and rest_text:  # 杭州市|萧山区|重大项目: places one after another
                more = next((n for n in range(len(rest_text), 1, -1) if self.lex.lookup(rest_text[:n])), 0)
                if not more:
                    break
                known += more
                rest_text = rest_text[more:]
            if known and (not rest_text or rest_text in self.lex.generic_modifiers or self._all_generic(rest_text)):
                return True  # 宝山区重大项目, 杭州市萧山区重点项目
            if known:
                rest = [u.text for u in tokens if start + known <= u.start and u.end <= end - len(head[0])]
                if rest and all(w in self.lex.generic_modifiers for w in rest):
                    return True
        for t in tokens:
            if t.start == start and t.end < end:
                rest = name[t.end - start:]
                if not self.lex.is_generic(rest):
                    return False
                entry = self.lex.lookup(t.text)
                if rest in ("大学", "学院") or rest in _ACADEMIC_HEADS or rest.endswith(_BODY_HEADS) or (len(rest) >= 3 and rest.endswith("城")) \
                        or rest in _ZONE_HEADS or rest.startswith(_FREE_TRADE_ZONES):
                    return False  # 南通|大学, 望城区|水利局, 宜宾|大学城, 郴州|自贸片区: universities, public
                    # bodies, a city's science or university town and its free trade area are named after their place
                if entry and entry.type == EntityType.PLACE and (entry.name.endswith(_ADMIN) or t.text.endswith(_TOWN)):
                    return True  # 上海|科创中心, 杨行镇|社区 (but 五角场|科创中心: the town's short name names things)
                if rest in self.lex.heads:  # 特钢|片区 is a name
                    return False
                return (  # (but 大同|大学科技园: a city's name, an adverb elsewhere)
                    not entry and self.seg.tag(t.text) not in PROPER_TAGS and bool(self.seg.tag(t.text))
                    and not self._place_stem(t.text))
        return False

    def _head_at(self, text: str, floor: int, end: int, lengths: list[int]) -> tuple[str, EntityType | None]:
        """The longest head noun ending at ``end`` (``lengths``: the head lengths to try)."""
        heads = self.lex.heads
        for length in lengths:
            if length <= end - floor:
                etype = heads.get(text[end - length:end])
                if etype is not None:
                    return text[end - length:end], etype
        return "", None

    def _specific(self, name: str, head: str, modifier: list[str], building: bool = False) -> bool:
        """Is the name specific enough to be an entity? ``building``: the sentence builds, opens
        or signs something, which makes a sector-named building or line a specific one."""
        if any(w in _ANNUAL for w in modifier):  # 年产10万吨 says how much, not which
            i = next(i for i, w in enumerate(modifier) if w in _ANNUAL)
            j = i + 1
            while j < len(modifier) and (_OUTPUT_UNIT.fullmatch(modifier[j]) or _OUTPUT_NUMBER.fullmatch(modifier[j])):
                j += 1
            counted = j > i + 1
            modifier = modifier[:i] + modifier[j:]
            if counted and head in ("项目", "工程") and len("".join(modifier[i:])) >= 2 \
                    and not any(self.is_stop(w, project=True) for w in modifier[i:]):
                return True  # 年产30万吨EVA光伏料项目: a project with its output and product is one project
        if head in ("路", "街", "大道") and re.fullmatch(r"[经纬][一二三四五六七八九十\d]{1,3}", "".join(modifier)):
            return True  # 纬三路, 经五路: a new district's grid of numbered roads
        if head in ("国道", "省道", "县道") and re.fullmatch(r"[GSX]?\d{2,4}", "".join(modifier)):
            return True  # 325国道, G228国道: highways are numbered
        if head in ("路", "大道", "大街") and len(name) >= 3 and len(modifier) == 1 and name not in _ROAD_KINDS \
                and name[-2:] not in _ROAD_WORDS and not NUMERAL.match(modifier[0]) \
                and self.seg.tag(name) not in ("", "i", "l") and not self.lex.is_generic(name):
            return True  # 逸仙路, 长安街: a road jieba's dictionary knows by its whole name
        if _ORDINAL.fullmatch(modifier[0] if modifier else "") and len(modifier) > 1 and modifier[1] not in _COUNTERS \
                and _NUMBERED_FACILITY.search("".join(modifier[1:]) + head):
            return True  # 第二污水处理厂(扩建工程), 第三人民医院: a facility its city numbers
        if len(head) == 1 and any(w in ("工程", "项目") for w in modifier):
            return False  # “千项万亿”工程贡献|南湖: a place is not named across a project
        if _GRID.match("".join(modifier).strip("“”\"")):
            return False  # “六横五纵”主次干路: a road network described, not a road named
        if head in _ROUTE_HEADS and modifier and modifier[-1].endswith("站"):
            return False  # 绵阳站|高铁: a station served by the railway, not the railway's name
        if any(_GRADE.match(w) for w in modifier):  # 5万吨级|通用码头: a size class says how big, not which
            modifier = [w for w in modifier if not _GRADE.match(w)]
        if head in _RIVER_HEADS and len(modifier) == 1 and len(modifier[0]) == 1 and modifier[0] not in "东西南北中滨沿临内外上下前后" \
                and self.seg.tag(modifier[0]) in _ONE_CHAR_PROPER:
            return True  # 渭河, 魏河, 蠡湖: a river or lake named with one character that names things
        if len("".join(modifier)) < 2:  # 科+创新城: one character does not make a name
            return False
        if head in ("镇", "乡", "村") and len(modifier) == 1 and re.fullmatch(r"[一二三四五六七八九十]家", modifier[0]):
            return True  # 五家|镇: 家 counts firms and homes, not towns; with a numeral it names a town
        if head in ("镇", "乡") and len(modifier) == 2 and len(modifier[0]) == 2 and modifier[1] in _TOWN_NAME_ENDS \
                and not self.is_stop(modifier[0]) and not self.lex.is_generic(modifier[0]):
            return True  # 迎水|桥|镇, 黄渡|口|镇: a town named after its bridge, ferry or market, whatever jieba
            # makes of the first two characters
        if head in ("乡", "镇", "县") and _ETHNIC_REST.fullmatch("".join(modifier)):
            return False  # (小五家)|回族|乡: a kind of township, whose name the rule did not reach
        if all(NUMERAL.match(w) or w in _COUNTERS for w in modifier):
            return False  # 第9家|区域总部, 3个|产业园: a count, not a name
        if head in ("项目", "工程") and re.fullmatch(r"第?[\d一二三四五六七八九十]+号", "".join(modifier)):
            return False  # 第1、2、4号|项目: items numbered in a list, not a project named
        if _COUNT_WORD.match("".join(modifier)):
            return False  # 三|大|板块: parts counted (jieba cut the count word apart)
        if any(_COUNT_WORD.match(w) for w in modifier) and all(
                _COUNT_WORD.match(w) or w in self.lex.industry_words or w in self.lex.generic_modifiers
                or self.lex.is_generic(w) for w in modifier):
            return False  # 四大|产业园区, 两大|科技园: parks counted, not one named
        if len(head) == 1 and modifier and modifier[-1][-1] in _CN_NUMERALS and not (
                head in ("路", "街") and len("".join(modifier)) >= 3):  # (滨海|六路 is a numbered road)
            return False  # 罗店|三镇, 两区: towns counted, not a town named
        if all(PHASE.match(w) or w in self.lex.generic_modifiers for w in modifier):
            return False  # 一期工厂, 现有工厂
        if all(self.seg.tag(w) in _NOT_NAME_TAGS and not self.lex.lookup(w) for w in modifier
               if w not in self.lex.generic_modifiers) and not self._place_stem("".join(modifier)) \
                and not (self._place_stem(modifier[0]) and all(w in self.lex.generic_modifiers for w in modifier[1:])) \
                and not ((head in _WATER_HEADS or head in _COMPANY_HEADS or head in _ROUTE_HEADS) and _split_name(modifier)) \
                and not (head in _TOWN and len(modifier) == 1 and len(modifier[0]) == 2
                         and self.seg.tag(modifier[0]) == "a") \
                and not (head in _SHORT_NAMED and len(modifier) == 2 and modifier[1] in _NAMED_WITH):
            return False  # 面向|园区, 继续|做|强|市级特色园区: verbs and adverbs name nothing (but 长|广|溪,
            # towns named with a wish: 正兴|街道, 太平|镇, and short names cut into characters: 安|和|片区)
        if _COURSE.search("".join(modifier)):
            return False  # 禾水自西向东穿|区, 大河自北向南流经研和|片区: a river's course described, not a place named
        if len(head) == 1 and head not in _WATER_HEADS and len(modifier) > 1 and len(modifier[-1]) == 1 \
                and self.seg.tag(modifier[-1]) in VERB_TAGS:
            return False  # 月浦镇|设|站, 前海合作区|扩|区, 自西向东|穿|区: a verb on a one-character head
        if head in _REGION_HEADS and not any(w.endswith(_FREE_TRADE_ZONES) for w in modifier) and any(
                len(w) > 1 and (self.seg.tag(w) in VERB_TAGS or w in self.lex.heads) for w in modifier):
            return False  # 临港南大公司负责|片区: a clause, not a region's name (but a name the segmenter
            # cut into characters holds one-character verbs: 滨海智|造|片区, 漕|湖片区, 研|和片区)
        if head in ("路", "街", "大道") and len(modifier) >= 2 and modifier[-1] in ("东", "西", "南", "北", "中") \
                and len("".join(modifier[:-1])) >= 2 and not any(self.seg.tag(w) in _NOT_NAME_TAGS for w in modifier[:-1]):
            return True  # 新城|中路, 高铁|北路: a road's part by direction is the name of a road
        if head in ("项目", "工程") and _of_a_kind(modifier):
            return False  # (一)石化产业项目, 基础设施类项目: projects of a kind
        strict = len(head) == 1 or head in STRICT_HEADS
        if head == "分中心" and all(self._known_place(w) for w in modifier):
            return False  # 设立哈密分中心: a branch named by its place alone is the branch of a body named before
        if head == "社区" and any(w in self.lex.industry_words or w in ("产业", "综合") for w in modifier):
            return False  # 纳米技术应用产业综合社区: a kind of district, not a named community
        if head in ("区", "市", "县", "镇", "乡", "村") and modifier and self._known_place(modifier[-1]) and \
                modifier[-1].endswith(("区", "市", "县", "镇", "乡", "街道")):
            return False  # 顾村镇|镇域: a whole place name is not the start of another (but 凭祥|镇: a town
            # named after its city)
        if head in ("区", "市", "县", "镇") and len(modifier) > 1 and any(self.lex.heads.get(w) == EntityType.PLACE for w in modifier[:-1]
                                                   + [w for w in modifier[-1:] if len(w) > 1]):  # (灵|山镇)
            return False  # 凉水河自西向东穿|区: a name does not run through another place's head
        if head in _WATER_HEADS and 2 <= len("".join(modifier)) <= 4 and (_split_name(modifier) or \
                not any(self.seg.tag(w) in VERB_TAGS or w in self.lex.generic_modifiers for w in modifier)):
            return True  # 凉水河, 走马塘: rivers are named with ordinary words
        if head.endswith(("大学", "学院")) and len(modifier) >= 2 and modifier[0] in _REGIONS:
            return True  # 华北|理工|大学, 西南|交通|大学: a region and a field name a university
        if self.modifier_ok(modifier, strict):
            return True
        if head in _ACADEMIC_HEADS and "与" in modifier[1:-1]:
            i = modifier.index("与")
            if len("".join(modifier[:i])) >= 2 and not any(self.is_stop(w) or self.lex.lookup(w) for w in modifier if w != "与"):
                return True  # 能源与化工学院, 材料与能源学院: a school named by two disciplines
        if head == "站" and len("".join(modifier)) >= 3 and (modifier[-1] in self.lex.heads or modifier[-1] in "岭坡桥门庙寺塔"):
            return True  # 博学路站, 龙子湖站, 罐子岭站: stations are named after roads, lakes, hills
        if head in _BUILDING_HEADS and \
                len("".join(modifier)) >= 4 and len([w for w in modifier if len(w) > 1]) >= 2 and \
                not any(w in self.lex.generic_modifiers for w in modifier[:1]) and building:
            return True  # 量子科技大厦, 智能驾驶域控制器生产线: built, opened or signed in this sentence
        if self.lex.heads.get(head) == EntityType.PLACE and len(head) > 1 and \
                any(w in self.lex.industry_words for w in modifier):
            return True  # 量子大街, 科技大道: a street may be named after an industry
        # 超级智能工厂三期项目, 数据中心项目: a productive head after another head or a phase
        rest = name[: -len(head)]
        return strict and len(head) > 1 and bool(
            PHASE_END.search(rest) or (self.lex.head_of(rest) and self.modifier_ok(modifier, False)))

    def _mention(self, doc: Doc, si: int, start: int, end: int, head: str, etype: EntityType,
                 tokens: tuple[Token, ...], building: bool = False, local: bool = False,
                 heading: bool = False, output: bool = False, owned: bool = False) -> list[Mention | Relation] | None:
        text = doc.parsed.text
        if text[start:start + 1] in OPEN_QUOTES:
            start += 1
        glued = []
        if etype == EntityType.PLACE:
            # 北接|连霍高速, 南至|北大河大桥, (快速)路|西接|京藏高速: a boundary's verb the segmenter glued
            # to the next word opens no name (nor does the end of the road before it)
            glued = [g for g in _GLUED_BOUNDARY.finditer(text, start, end - len(head))
                     if g.start() == start or text[g.start() - 1] in "路街道桥"]
            if glued and end - len(head) - glued[-1].end() >= 2:
                start = glued[-1].end()
        if head in _ROUTE_HEADS and end - len(head) - start >= 3 and any(
                t.start == start and t.end == start + 1 and t.text in _ONTO for t in tokens):
            start += 1  # 直接|上|大广高速: getting onto the route, not part of its name
        # a road or a water a boundary runs along is named whole (东至和畅路, 西至新柳大道, 北临章江), and
        # so is a road being extended or rebuilt (创业路东延, 学府路拓宽改造)
        bound = head in _BOUND_HEADS and (_after_boundary(text, start) or (head in _ROAD_HEADS and (
            _ROAD_WORKS.match(text, end) is not None or _CROSSING.match(text, end) is not None
            or (text[start - 1:start] in ("与", "和") and _CROSSING_END.match(text, end) is not None))))
        # (a region opens a university's name: 华北|理工大学, 西南|交通大学)
        # (… and the works a company's full name owns keep their lead: 北疆重装|大型石化容器智能制造项目)
        # (… and a table's name cell is the name as written: | 新型显示模组生产基地 |)
        if bound and text.startswith(("园区", "厂区", "片区"), start) and end - len(head) - start >= 4:
            start += 2  # 东临|园区纬三路: the park's road, named without the park's word
        trimmed = start if bound or owned or heading or head.endswith(("大学", "学院")) \
            else self._trim_generic_lead(tokens, start, end - len(head))
        national = head.endswith(_NATIONAL_HEADS) and text.startswith("国家", start) and trimmed == start + 2 \
            and end - len(head) - trimmed >= 2  # (国家研究中心, 国家创新中心: kinds of centre)
        if national:  # 国家稀土功能材料创新中心: a national centre's name opens with 国家 (but 国家|重点实验室
            trimmed = start  # stays generic)
        if trimmed != start:  # keep 新城|控股集团 whole when trimming would leave a generic name
            kept = [t.text for t in tokens if trimmed <= t.start and t.end <= end - len(head)]
            kept += [text[max(t.start, trimmed):end - len(head)] for t in tokens if t.start < end - len(head) < t.end]
            # (新城|街道, 滨河|新区: a town or a new district named with a place word keeps it)
            town_name = (head in _TOWN or head == "新区") and [self.seg.tag(t.text) for t in tokens if start <= t.start and t.end <= trimmed] == ["ns"]
            if (not kept and not town_name) or (self.modifier_ok(kept, len(head) == 1 or head in STRICT_HEADS)
                                                and not _DIRECTIONS.fullmatch("".join(kept))
                            and not all(w in COMPANY_WORDS for w in kept)):
                start = trimmed
        name = normalise(text[start:end]).translate(_NO_QUOTES)
        if len(name) <= len(head) or self.lex.is_generic(name) or PHASE.match(name) or _SLOGAN.fullmatch(name) \
                or (etype == EntityType.ORGANIZATION and _KIND_BODY.fullmatch(name)) \
                or _ADDRESS_BEFORE.search(text, max(0, start - 12), start):
            return None  # (“前港后厂”: a slogan; 街道党工委: a kind's body, its place cut off; an address line's
            # …东街1234号|…中心: contact details, not the article's news)
        if text.startswith(_BYLINE_AFTER, end):
            return None  # （西咸新区融媒体中心记者 郝思远）: the paper of a byline
        if text.startswith("之一", end) and etype in (EntityType.PROJECT, EntityType.PARK) and not self.lex.lookup(name):
            return None  # 全省最大的单晶硅片生产基地之一: one of a kind, not a thing named
        if etype in (EntityType.PROJECT, EntityType.PARK) and _COUNTED_AFTER.match(text, end) and not self.lex.lookup(name):
            return None  # 共实施城建重点项目42个: a kind counted, not a thing named
        if etype == EntityType.PROJECT and name[:-len(head)] in _THE_ZONE_WORDS:
            return None  # 高新区项目快讯: the zone's projects, a kind
        if etype == EntityType.PROJECT and name.endswith(("重点项目", "重大项目")) and not self.lex.lookup(name):
            return None  # 滨海新城重点项目, “双招双引”重点项目: a zone's or a campaign's list of projects, not one
        if head in _THE_ZONE_WORDS and len(tokens) > 1 and tokens[-1].text == head and len(tokens[-2].text) > 1 \
                and self.seg.tag(tokens[-2].text) == "v" and not self.lex.lookup(tokens[-2].text) \
                and tokens[-2].text not in PROJECT_WORDS:
            return None  # 溪穿过|开发区, 团队常驻|园区: the zone's word after a verb is the article's zone, not a name
        if any(t.start == start and len(t.text) == 1 for t in tokens) and self._generic_phrase(name[1:]) \
                and not self._opens_sector_word([t.text for t in tokens if start <= t.start], 0):
            return None  # 对|标|市级特色产业园: one character left over before a generic phrase (but 新|材料…)
        entry = self.lex.lookup(name)
        hs = end - len(head)
        modifier = [t.text for t in tokens if start <= t.start and t.end <= hs]
        modifier += [text[max(t.start, start):hs] for t in tokens if t.start < hs < t.end]
        if glued:  # (北|接连|霍高速: the name starts inside a token, whose rest is part of it)
            modifier = [text[start:t.end] for t in tokens if t.start < start < t.end <= hs] + modifier
        # 由宝武碳业投资建设的高性能碳纤维复合材料项目: a project its builder introduces is a specific one
        # (a park only when its builder is named: 由高新区国有平台投资建设的光电产业加速器, but not
        # 两国政府合作建设的生态示范园区)
        built_by = etype in (EntityType.PROJECT, EntityType.PARK) and len(modifier) >= 2 and len("".join(modifier)) >= 4 and (
            bool(_BUILT_BY.search(text[max(0, start - 6):start]) and (
                etype == EntityType.PROJECT or _BY_WHOM.search(text, max(0, start - 24), start)))
            # …有限公司签约落户X，投资建设新能源电池材料项目: a company of the sentence builds it
            or (bool(_INVESTS.search(text, max(0, start - 24), start))
                and bool(_LEGAL_FORM.search(text, doc.parsed.sentences[si].start, start))))
        # … and so is one named right after the town it lies in (西区街道新能源产业园), or one
        # with a second phase (光电信息产业园二期): sector words then name one park, not a kind
        # (two characters will do for a park its zone or town places: 经开区东部的|氢能|产业园)
        names_a_thing = hs - start >= (2 if local and etype == EntityType.PARK else 3) and self._names_a_thing(text[start:hs])
        after = _PHASE_AFTER.match(text, end)
        if after and after[1][0] in "（(" and etype != EntityType.PARK:
            after = None  # a project's phase in brackets names the project (发那科智能工厂(三期)项目)
        local = (local or (etype in (EntityType.PARK, EntityType.PROJECT) and after is not None)
                 or (etype == EntityType.PARK and bool(_AREA_BRACKET.match(text, end)))) \
            and names_a_thing and (self._all_generic("".join(modifier)) or not any(  # (装备|制造: a sector's words)
                (self.seg.tag(w) in _NOT_NAME_TAGS and not self._opens_sector_word(modifier, k) and w != "与")
                or NUMERAL.match(w) for k, w in enumerate(modifier)))
        # … and so are the works a company's full name owns (精密|减速器产业化项目: an adjective may describe the
        # product, and a verb what is done with it: 婴幼儿配方奶粉|扩能|项目, 先进|封装|产业化项目)
        # (… of two products: 高端真丝面料|及|家纺智能制造项目)
        local = local or (owned and names_a_thing and not any(
            (self.is_stop(w, project=True) and not (w in ("及", "与") and 0 < k < len(modifier) - 1))
            or NUMERAL.match(w) for k, w in enumerate(modifier))
            and not all(self.seg.tag(w) in VERB_TAGS for w in modifier))
        # … and so are waters named side by side with one character each (章江、贡江)
        if head in _RIVER_HEADS and hs - start == 1 and HAN.match(name[0]) and name[0] not in STOP_CHARS \
                and name[0] not in "沿滨临跨过入出大小长" and self.seg.tag(name[0]) not in _NOT_NAME_TAGS | {"f"} and (
                text.startswith(("、", "和", "与"), end) and text[end + 2:end + 3] == head
                or text[start - 1:start] in ("、", "和", "与") and text[start - 2:start - 1] == head):
            local = True
        # … and so is a road or a water a boundary runs along
        local = local or (bound and hs - start >= 2 and not any(self.is_stop(w) or NUMERAL.match(w) for w in modifier))
        # … and so is a road of a numbered grid (东八路, 南一路, 高新三路), but not 一路 "all the way" (向南一路前行)
        local = local or (head in ("路", "街") and _NUMBERED_ROAD.fullmatch(text, start, hs) is not None
                          and not any(c in STOP_CHARS for c in text[start:hs - 1]) and text[start - 1:start] not in _TOWARDS
                          and not _GOING_ON.match(text, end))
        # … and so is an item heading that is just a name, unless it heads a kind ((一)石化产业项目)
        heading = heading and names_a_thing and bool(modifier) and not _of_a_kind(modifier) \
            and not _PART_BY_DIRECTION.fullmatch(modifier[0])  # ((一)北部|智造组团：a part, described)
        # … and so is a water named with a number (九十九溪, 七里河)
        local = local or (head in _RIVER_HEADS and _NUMBERED_WATER.fullmatch(name[:-len(head)]) is not None)
        # … and so is a river named with one character whose bank is where things lie (白河南岸, 浑河两岸)
        local = local or (head in _RIVER_HEADS and hs - start == 1 and HAN.match(name[0]) is not None
                          and name[0] not in STOP_CHARS and name[0] not in "东西南北中沿滨临跨过入出内外"
                          and _BANK_AFTER.match(text, end) is not None)
        # … and so is a county or town jieba's dictionary knows as a place name whole (固安县, where 固安 alone is
        # an adjective)
        listed = head in _ADMIN_HEADS and len(name) >= 3 and self.seg.tag(name) == "ns" \
            or (head == "新区" and len(modifier) == 1 and self.seg.tag(modifier[0]) == "ns"
                and not self.lex.is_generic(modifier[0]) and modifier[0] != "都市") \
            or (head in ("镇", "乡") and len(modifier) == 1 and len(modifier[0]) == 2
                and self.seg.tag(modifier[0]) == "ns" and not self._known_place(modifier[0]))
        # (滨河|新区, not 城市|新区; 滨河|镇: a word jieba tags a place name names the town)
        if head in ("生产线", "产线") and not entry and not built_by and not _LINE_NAMED.search(name) \
                and not self._firm_opening(tokens, start, hs) and not self._company_line(doc, si, start, name) and not (
                modifier and (self._known_org(modifier[0]) or self.seg.tag(modifier[0]) in ("nz", "nt", "nr", "nrt", "j"))
                and modifier[0] not in STOP_WORDS):
            return None  # 谐波减速器生产线: a line named by its product is equipment; 京东方第6代…生产线,
            # 12英寸…产线, 国氢动力|燃料电池系统生产线 (a company's short name), one a company builds are named
            # (but 年产 is an abbreviation to jieba too: 年产5万吨…生产线 is a line named by its output)
        if not entry and not built_by and not local and not heading and not listed and not national and not output and (
                not self._specific(name, head, modifier, building) or self._place_plus_generic(name, tokens, start, end)):
            return None
        if entry:
            etype = entry.type
        elif etype == EntityType.PROJECT and head in _UNIT_HEADS and self._starts_with_org(name) \
                and not _BUILT_WORKS.search(doc.parsed.sentences[si].text):
            etype = EntityType.ORGANIZATION  # 北京理工大学重庆创新中心: a unit of the university
            # (but one being built is a project: 科大讯飞投资建设的讯飞星火大模型算力中心)
        elif etype == EntityType.PROJECT and national:
            etype = EntityType.ORGANIZATION  # a national centre is a body, not a building
        elif etype == EntityType.PROJECT and head == "中心" and _RESEARCH_BODY.search(name, 0, len(name) - 2):
            etype = EntityType.ORGANIZATION  # 中国空气动力研究与发展中心: a research body
        elif head in _ZONE_WATER_HEADS and modifier and (modifier[-1] in self.lex.industry_words
                                                         or self._all_generic("".join(modifier[-2:]))):
            etype = EntityType.PARK  # 嘉定氢能港, 张江人工智能岛: a harbour or island of an industry is a park
        aliases: list[str] = []
        out: list[Mention | Relation] = []
        free_trade = head in _REGION_HEADS and not entry and any(z in name[:-len(head)] for z in _FREE_TRADE_ZONES)
        if head in _REGION_HEADS and not entry and not free_trade:  # 吴淞地区 → 吴淞
            aliases.append(name)
            name = name[: -len(head)]
            if self._all_generic(name) or self.lex.is_generic(name) or _DIRECTIONS.fullmatch(name) or (
                    head == "板块" and name.endswith("产业")):
                return None  # “城市新产业”板块: a theme, not a region; 中北部片区: a part of something; 临|空|产业|板块:
                # a sector's block of the plan (but 硅基新材料产业片区 is an area)
        if not entry and ROAD_STRETCH.search(name):
            aliases.append(name)  # 天府大道中段 → 天府大道: a stretch of a road is the road
            name = name[: -len(head)]
        bracket = _PHASE_BRACKET.match(name) if "(" in name else None
        if bracket and PHASE.match(bracket[2]):  # 发那科智能工厂(三期)项目 → 发那科智能工厂
            aliases.append(name)
            name = bracket[1]
        elif name.endswith(("项目", "工程")) and (self.lex.head_of(name[:-2]) or PHASE_END.search(name[:-2])):
            aliases.append(name)  # 上药超级工厂项目 → 上药超级工厂; 超级智能工厂三期项目 → …三期
            name = name[:-2]
        if etype == EntityType.PROJECT and "至" in name and name == text[start:end]:
            for town in _ROUTE_END_TOWN.finditer(name):  # 高新区至二堡镇公路改扩建工程: the town the route runs to
                out.append(Mention(town[1], EntityType.PLACE, start + town.start(1), start + town.end(1), si, "nested"))
                out.append(Relation(name, RelationType.RELATED_TO, town[1], (doc.parsed.evidence(si),)))
        phase = PHASE_END.search(name)
        if phase and not bracket:  # 吴淞创新城二期 is part of 吴淞创新城
            base = name[: phase.start()]
            base_head = self.lex.head_of(base)
            etype = EntityType.PROJECT
            base_tokens = [t.text for t in tokens if start <= t.start and t.end <= start + len(base)]
            if base_head and len(base) > len(base_head[0]) and any(self.is_proper(w) for w in base_tokens):
                out.append(Mention(base, base_head[1], start, start + len(base), si, "names"))
                out.append(Relation(name, RelationType.PART_OF, base, (doc.parsed.evidence(si),)))
        if free_trade:
            etype = EntityType.PARK  # 中国（湖北）自由贸易试验区宜昌片区: a free trade zone's area is a zone too
        part = _AREA_BRACKET.match(text, end) if etype == EntityType.PARK and not phase and name == normalise(
            text[start:end]).translate(_NO_QUOTES) else None
        if part is not None:  # 智能装备产业园（东区）: the park's eastern area is named with it
            name, end = normalise(text[start:part.end()]).translate(_NO_QUOTES), part.end()
        out.insert(0, Mention(name, etype, start, end, si, "names", canonical=entry.name if entry else "",
                              aliases=tuple(aliases)))
        firm = self._firm_opening(tokens, start, hs) if etype == EntityType.PROJECT and not entry else None
        if firm:  # 康禾医药|CDMO基地, 中舟重工|大型船用曲轴项目: the company's short name opens its project
            out.append(Mention(text[start:firm], EntityType.ORGANIZATION, start, firm, si, "names"))
            out.append(Relation(name, RelationType.DEVELOPED_BY, text[start:firm], (doc.parsed.evidence(si),)))
        origin = [t for t in tokens if t.end == start and t.text in self.lex.foreign_countries]
        if origin and etype == EntityType.ORGANIZATION:  # 丹麦诺维康集团: the group is Danish
            out.append(Relation(name, RelationType.LOCATED_IN, self.lex.lookup(origin[0].text).name,
                                (doc.parsed.evidence(si),)))
        if after and not phase and not bracket:  # 环上大科技园二期(建设) is part of 环上大科技园
            whole = normalise(text[start:end]).translate(_NO_QUOTES) + normalise(after[1])  # as written: 不锈钢片区|二期
            out.append(Mention(whole, EntityType.PROJECT, end, after.end(1), si, "names"))
            out.append(Relation(whole, RelationType.PART_OF, entry.name if entry else name,
                                (doc.parsed.evidence(si),)))
        return out
