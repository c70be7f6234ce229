"""Relations between the mentions of a sentence, from explicit patterns per contract property.

Each sentence becomes a skeleton in which every mention is replaced by ``【k】`` and references
(该项目, 我们) by the mention they stand for; the patterns below run over that skeleton. Lists
(A、B和C) expand to one relation per member.
"""

from __future__ import annotations

import re
from collections import Counter
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from re._parser import parse as sre_parse
from dataclasses import replace
from collections.abc import Iterator

import ahocorasick

from ..model import EntityType, Evidence, Mention, Relation, RelationType
from .base import Doc, Resources, SubjectPlace, extractor
from .lexicon import normalise
from .words import BOUNDARY_VERB, PHASE_END, ZONE_WORDS

E = r"(【\d+】)"
_BOUNDS = r"(?:" + BOUNDARY_VERB + ")"  # 东至 B, 北临 C
_ADVERBS = r"(?:已|均|相继|先后|正式|将|都|也|目前|签约|成功|顺利|还|拟|计划|即将|已经){0,3}"
L = r"(【\d+】(?:\s*(?:、|，|,|和|及|以及|与|同)\s*【\d+】)*)"
G = r"[^，。；【]"  # a gap inside one clause
GE = r"(?:[^，。；【]|【\d+】)"  # a gap inside one clause that may name entities
_BY = r"(?:" + G + r"{0,8}?(?:公司|平台|企业)|【\d+】(?:下属|旗下|所属)的)?"  # 由(园区开发公司)X, 由(Y下属的)X

P, O, K, PL, PE = (EntityType.PROJECT, EntityType.ORGANIZATION, EntityType.PARK, EntityType.PLACE,
                   EntityType.PERSON)
LOC, PART, DEV, COOP, ADJ = (RelationType.LOCATED_IN, RelationType.PART_OF, RelationType.DEVELOPED_BY,
                             RelationType.COOPERATES_WITH, RelationType.ADJACENT_TO)
_SITE = {PL, K, P}
_THING = {P, K, O, PL}
_BUILT = {P, K}

_AT_CROSSING = re.compile(r"(?:在|于|位于)" + r"(【\d+】(?:(?:与|和)(?:【\d+】|[^，,。；;【]{2,8}?))+)"
                          r"(?:的)?(?:交会处|交汇处|交叉口|交叉处|交界处|路口)"
                          r"(?:" + G + r"{0,6}?(?:设置|建设|新建|规划|布局|打造|预留)(?:了|一座|一处)?|(?:附近)?的)" + E)

# (pattern, predicate, which group is the subject list, which the object list, subject types, object types)
_PATTERNS: list[tuple[re.Pattern, RelationType, int, int, set, set]] = [
    # A、B等企业(已)入驻/落户/位于 C
    (re.compile(L + r"(?:等" + G + r"{0,12})?[：:]?" + _ADVERBS +
                r"(?:位于|坐落于|坐落在|地处|落户于|落户在|落户到|落户|入驻了|入驻|进驻|扎根于|扎根|选址于|选址在|设在|布局于|布局在"
                r"|(?:把|将)(?:总部|" + G + r"{0,6}?)设在)"
                r"(?:于|在|到)?" + E), LOC, 1, 2, _THING, _SITE),
    # 以A、B为代表的一批企业，均已把总部设在/落户 C
    (re.compile(r"以" + L + r"为代表的[^。；【]{0,16}?" + _ADVERBS +
                r"(?:在|于|落户|入驻|进驻|扎根|位于|设在|(?:把|将)(?:总部|" + G + r"{0,6}?)设在)" + E), LOC, 1, 2, {O, P, K}, {K, PL}),
    # 以A、B为代表，区内(C)已集聚…企业
    (re.compile(r"以" + L + r"为代表[，,]" + E + r"(?:内)?" + G + r"{0,4}?(?:集聚|聚集|汇聚|集中|拥有|形成|吸引)"), LOC, 1, 2, {O, P}, {K, PL}),
    # A、B 等企业在 C 集聚/形成集群
    (re.compile(L + r"(?:等" + G + r"{0,12})?(?:已|均|正)?(?:在|于)" + E + G + r"{0,4}?(?:集聚|聚集|形成|布局|落地|扎根|发展|汇聚)"), LOC, 1, 2, {O, P}, {K, PL}),
    # C 范围涉及/覆盖 A、B
    (re.compile(E + G + r"{0,4}?(?:涉及|覆盖|横跨|地跨|包括|包含)" + L), LOC, 1, 2, {K, P}, {PL}),
    # C 内还有 A、B
    (re.compile(E + r"(?:内|区内|境内|园内)(?:已经|已|目前|现已|也)?(?:还有|有|拥有|共有)" + L), LOC, 2, 1, {O, P, K, PL}, {K, PL}),
    # C 沿线分布着 A、B
    (re.compile(E + G + r"{0,12}?沿线(?:分布着|分布有|有|布局了|布局着|串联起|串联)" + L), ADJ, 2, 1, _THING, {PL, K, P}),
    # A 选址 C
    (re.compile(E + G + r"{0,4}?选址(?:于|在)?" + E), LOC, 1, 2, _BUILT | {O}, _SITE),
    # C 集聚/吸引/引进 了 A、B
    (re.compile(E + G + r"{0,8}?(?:集聚了|集聚|聚集了|汇聚了|吸引了|引进了|引入了|引进|引入|已有|分布着|坐落着|汇聚着|聚集着|新入驻|新引进|新落户)" + G + r"{0,6}?" + L), LOC, 2, 1, _THING, {K, PL, P}),  # (a park's phase is a project)
    # A 总部所在的 C
    (re.compile(E + G + r"{0,4}?所在的" + E), LOC, 1, 2, _THING, _SITE),
    # A 依托 B 组建
    (re.compile(E + G + r"{0,4}?依托" + E + G + r"{0,8}?(?:组建|成立|建设|设立|建立|打造)"), RelationType.RELATED_TO, 1, 2, {O, P, K}, _THING),
    # 18号线可直达 C; 1号线通到璧山站
    (re.compile(E + G + r"{0,4}?(?:直达|直通|通达|通到|通至|延伸至|延伸到|延至)" + E), RelationType.RELATED_TO, 1, 2, {PL, P}, _SITE),
    # A 主要分布在 B 和 C (两个片区)
    (re.compile(E + G + r"{0,6}?(?:分布在|分布于)" + L), LOC, 1, 2, _THING, {PL, K}),
    # A 主体位于 B 和 C 境内
    (re.compile(E + G + r"{0,6}?(?:位于|地处|坐落于|分布在|分布于|跨)" + L + r"(?:境内|辖区内|范围内)"), LOC, 1, 2, _THING, {PL}),
    # X 将在 C 投资约18亿元，建设 A
    (re.compile(r"(?:在|于)" + E + r"[^。；【]{0,16}?(?:投资|出资)[^。；【]{0,16}?(?:建设|打造|新建|兴建|投建)(?:了)?" + E), LOC, 2, 1, _BUILT, {K, PL}),
    # 位于 C(南部、紧邻D)的 A; 同在 C 的 A
    # (… 的电池工厂——【A】: the thing described, then named after a dash)
    (re.compile(r"(?:位于|地处|坐落于|坐落在|同在|落户于|落户在)" + E + r"[^。；，,]{0,14}?的(?:[^。；，,【]{1,8}?(?:——|—|：))?" + E), LOC, 2, 1, _THING, _SITE),
    # 在 A 与 B 交会处设置 C: C stands at the crossing, beside both
    (_AT_CROSSING, ADJ, 2, 1, _THING, _THING),
    # X 首个项目——Y: the first project of a park lies in it
    (re.compile(E + r"(?:的|[，,](?:其|园区)?)?(?:首个|首批|第一个|首发)(?:落地|入驻|开工)?项目(?:——|—|：|:|为|是)" + E), LOC, 2, 1, {P, K}, {K, PL}),
    # C（约1平方公里）内，A…: what the clause after "inside C," names lies in C
    (re.compile(r"(?:^|[。；;])" + E + r"(?:[（(][^）)【]{0,16}[）)])?(?:内|境内|区内|园内|范围内)[，,]" + r"(?:[^，,。；;【]{0,6}?)" + E),
     LOC, 2, 1, _BUILT | {O}, {K, PL}),
    # 紧邻 D 的 A
    (re.compile(r"(?:紧邻|毗邻|比邻|临近|靠近|沿)" + E + r"[^。；，,【]{0,4}?的" + E), ADJ, 2, 1, _THING, {PL, K, P}),
    # A 由 B、C 和 D 组成
    (re.compile(E + r"(?:主要)?由" + L + G + r"{0,8}?(?:组成|构成)"), PART, 2, 1, _THING, _THING),
    # 由 X 改造而成的 Y: Y stands on X's site
    (re.compile(r"由" + E + G + r"{0,6}?(?:改造|改建|转型|更新|升级)(?:而成|而来)?的" + E), LOC, 2, 1, _THING, _THING),
    # Y 由(原) X(老厂房) 改造而成: Y stands on X's site
    (re.compile(E + r"(?:是)?由(?:原)?" + E + G + r"{0,6}?(?:改造|改建|转型|更新|升级|改扩建)(?:而成|而来)"), LOC, 1, 2, _THING, _THING),
    # X 以 Y 为核心
    (re.compile(E + r"以" + E + r"为(?:核心|依托|中心|主体|龙头)"), RelationType.RELATED_TO, 1, 2, {K, P, PL}, _THING),
    # 公司的项目: 晶合集成的显示驱动芯片扩产项目
    (re.compile(E + r"的" + E), DEV, 2, 1, {P}, {O}),
    # 公司总投资35亿元的项目
    (re.compile(E + r"(?:计划|拟)?(?:总投资|投资)[^，,。；;【]{1,14}?的" + E), DEV, 2, 1, {P}, {O}),
    # 园区/地方 正在建设 A
    (re.compile(E + G + r"{0,8}?(?:正在|将|正|加快)(?:建设|打造|规划建设)" + E), LOC, 2, 1, _BUILT, {K, PL}),
    # A 旗下的 B; A 全资子公司 B
    (re.compile(E + r"(?:旗下|下属|控股)的" + E), PART, 2, 1, {O}, {O}),
    (re.compile(E + r"(?:的)?(?:全资|控股)?子公司" + E), PART, 2, 1, {O}, {O}),
    # C 周边集中了 A、B 等: beside it
    (re.compile(E + G + r"{0,4}?(?:周边|周围|附近|沿线)(?:集中|集聚|聚集|汇聚|分布|布局)(?:了|着|有)" + L), ADJ, 2, 1, _THING, _SITE),
    # B 是 A 下属/旗下 的…
    (re.compile(E + r"(?:是|为|系|作为)" + G + r"{0,8}?" + E + r"(?:的)?(?:下属|旗下|全资|控股|二级)"), PART, 1, 2, {O}, {O}),
    # B 由 A 控股
    (re.compile(E + G + r"{0,4}?由" + E + r"(?:控股|全资控股|绝对控股|持股)"), PART, 1, 2, {O}, {O}),
    # X 扎根/落户 C，建设 A → A in C, A by X
    (re.compile(E + G + r"{0,6}?(?:扎根|落户|入驻|进驻|选址)(?:于|在|到)?" + E + r"[，,]?(?:并|将|计划)?(?:投资)?(?:建设|打造|新建|兴建|设立)" + E), LOC, 3, 2, _BUILT, _SITE),
    (re.compile(E + G + r"{0,6}?(?:扎根|落户|入驻|进驻|选址)(?:于|在|到)?" + E + r"[，,]?(?:并|将|计划)?(?:投资)?(?:建设|打造|新建|兴建|设立)" + E), DEV, 3, 1, _BUILT, {O}),
    # X 在 C 设立/建设 A → A in C, A by X
    (re.compile(E + G + r"{0,6}?(?:在|于)" + E + G + r"{0,4}?(?:设立|建设|打造|新建|投建|布局|成立)(?:了)?" + E), LOC, 3, 2, _BUILT, _SITE),
    (re.compile(E + G + r"{0,6}?(?:在|于)" + E + G + r"{0,4}?(?:设立|建设|打造|新建|扩建|投建|布局|成立)(?:了)?" + E), DEV, 3, 1, _BUILT, {O}),
    # X(organization) 建设/打造 A
    (re.compile(E + r"[^。；，,]{0,12}?(?:投资建设|建设|打造|新建|扩建|改建|投建|设立|调试)(?:了|一条|一座|一个)?" + E), DEV, 2, 1, _BUILT, {O}),
    # A 经过/途经/穿越 B、C
    (re.compile(E + G + r"{0,10}?(?:经过|途经|穿过|穿越|贯穿|连接)" + L), LOC, 1, 2, {P, PL}, {PL, K}),
    # A、B 是 C 的…园区/项目
    (re.compile(L + r"(?:均|都)?(?:是|为|系)" + E + G + r"{0,10}?的" + G + r"{0,10}?(?:园区|项目|企业|片区|基地|平台|园|区域|地区|板块)"), LOC, 1, 2, _THING, {PL, K}),
    # A 在 C 开工/建设/落地
    # (A（总投资35亿元）在 D C 6月底前开工: an aside after A; the last of two sites is where it is)
    (re.compile(E + r"(?:[（(][^）)【]{0,16}[）)])?" + G + r"{0,8}?(?:在|于)(?:【\d+】)?" + E + G
                + r"{0,6}?(?:开工|建设|落地|投产|揭牌|开业|启用|开园|动工|奠基|签约落户|竣工)"), LOC, 1, 2, _BUILT | {O}, {PL, K}),
    # 在 C 建设/打造 A
    (re.compile(r"(?:在|于)" + E + G + r"{0,6}?(?:建设|打造|新建|投资建设|布局|设立|规划|共建|共同建设|联合建设|合作建设)" + G + r"{0,4}?" + E), LOC, 2, 1, _BUILT, {PL, K}),
    # X 与 A、B 签约/签署协议/合作
    (re.compile(L + r"(?:等" + G + r"{0,8})?" + G + r"{0,8}?(?:与|和|同|跟)" + L + G + r"{0,14}?(?:签约|签署|签订|达成|战略合作|合作|携手|联手|共建|联动|协同)"), COOP, 1, 2, _THING, _THING),
    # X 与 Y 签订 Z 项目合作协议 → Z by X (the company that signs for the project)
    (re.compile(E + G + r"{0,8}?(?:与|和|同)" + E + r"(?:正式|成功)?(?:签订|签署|签约)(?:了)?" + E + G
                + r"{0,6}?(?:协议|合同|协议书)"), DEV, 3, 1, _BUILT, {O}),
    # A 和 B 签约 (a list as subject)
    (re.compile(r"(【\d+】(?:\s*(?:、|与|和|同|及)\s*【\d+】)*\s*(?:与|和|同|及)\s*【\d+】)" + G + r"{0,6}?(?:签约|签署|签订|达成合作|携手|合资|联合开发|共同投资|共同出资|联合投资|联合出资|合资成立|共同成立|联合成立|共同组建|联合组建|共同发起|共同设立|共建|联合设立|共同开发|共同建设|联合建设|共同打造|共同运营|联合运营|共同管理)"), COOP, 1, 1, _THING, _THING),
    # A、B 与 C 联合组建 D → D by each (and they cooperate: the pattern above)
    (re.compile(L + G + r"{0,4}?(?:联合|共同|合作)(?:组建|共建|建设|打造|成立|设立|发起成立)(?:了)?" + E), DEV, 2, 1, _BUILT | {O}, {O}),
    # X 携手/联手 Y
    (re.compile(E + G + r"{0,2}?(?:携手|联手|牵手)" + L), COOP, 1, 2, _THING, _THING),
    # 由 X 牵头、联合 Y 共建的 Z → Z by X and by Y; X with Y
    (re.compile(r"由" + E + r"(?:牵头|主导)[、，,]?(?:联合|携手|会同)" + L + G + r"{0,6}?(?:共建|共同建设|建设|打造|组建|共同打造)的" + E), DEV, 3, 1, _BUILT | {O}, {O, PL}),
    (re.compile(r"由" + E + r"(?:牵头|主导)[、，,]?(?:联合|携手|会同)" + L + G + r"{0,6}?(?:共建|共同建设|建设|打造|组建|共同打造)的" + E), DEV, 3, 2, _BUILT | {O}, {O, PL}),
    (re.compile(r"由" + E + r"(?:牵头|主导)[、，,]?(?:联合|携手|会同)" + L), COOP, 1, 2, _THING, _THING),
    # C 内的 A; 宝山区大场镇的南大智慧城
    (re.compile(E + r"(?:内|区内|园内|中)的" + E), LOC, 2, 1, _THING, _SITE),
    (re.compile(E + r"的" + E), LOC, 2, 1, {K, P}, {PL, K}),
    # A 东至 B、西至 C
    (re.compile(E + G + r"{0,6}?" + _BOUNDS + E), ADJ, 1, 2, _THING, {PL, K, P}),
    # 由 A 投资建设的 B
    # (由园区开发公司X投资建设的B: a word for what X is may come first; 由X下属的Y负责运营: Y runs it)
    (re.compile(r"由" + _BY + L + G + r"{0,6}?(?:投资|建设|开发|运营|打造|承建|出资|兴建|投建|主导|牵头|负责|管理|设立|发起|共建|合建|组织实施|实施)" + G + r"{0,8}?的" + E), DEV, 2, 1, _BUILT | {O}, {O, PL}),
    # B 由 A 投资建设
    # (B…正式签约，由A负责实施: the clause after B's may say who builds it)
    (re.compile(E + G + r"{0,8}?[，,]?由" + _BY + L + G + r"{0,6}?(?:投资|建设|开发|运营|打造|承建|出资|兴建|投建|主导|牵头|负责|管理|设立|发起|共建|组织实施|实施)"
                + r"(?!" + G + r"{0,6}?的【)"), DEV, 1, 2, _BUILT | {O}, {O, PL, K}),  # (not 由A建设的C)
    # B 由…投资建设，并委托 X 运营: the sentence's topic is run by X
    (re.compile(r"^" + E + r"[^。；]{0,48}?[，,](?:并|同时)?(?:委托|交由)" + E + r"(?:负责)?(?:运营|管理|代建|运维|招商)"), DEV, 1, 2, _BUILT, {O}),
    # 项目名：公司… (an itemised list of projects)
    (re.compile(r"^" + E + r"[：:]" + E), DEV, 1, 2, _BUILT, {O}),
    # X(organization) 计划投资…，在 Y 建设 B
    (re.compile(E + r"[^。；【]{0,16}?(?:投资|出资)[^。；【]{0,16}?(?:在|于)?(?:【\d+】)?" + G + r"{0,6}?(?:建设|打造|新建|扩建|兴建|投建)(?:了|的)?" + E), DEV, 2, 1, _BUILT, {O}),
    # A 投资建设/开发/运营 B
    (re.compile(L + G + r"{0,4}?(?:投资建设|投资兴建|出资建设|投资打造|开发建设|负责建设|负责运营|投建|承建|运营|开发|兴建)(?:了|的)?" + E), DEV, 2, 1, _BUILT, {O}),
    # A 投资(约15亿元)的 B (江苏澜启海工装备有限公司投资的海上风电…项目, X投资约11亿元的Y)
    (re.compile(L + r"(?:独资|全资|共同|计划|拟)?(?:投资|出资)(?:约|超过|超|近|逾|达)?"
                r"(?:[\d.]+(?:亿|万|千万)?(?:元|美元|人民币)*)?的" + E), DEV, 2, 1, _BUILT, {O}),
    # A 作为 B(区)…的主阵地: the zone is in the district whose stage it is
    (re.compile(E + r"(?:作为|是|为|系)" + E + r"(?:的)?" + G + r"{0,10}?(?:主阵地|主战场|主平台|主引擎|主载体|桥头堡|承载区|增长极)"), LOC, 1, 2, {K, P}, {PL}),
    # A 是 B 的组成部分 / 一期
    (re.compile(E + r"(?:是|为|作为|系|属于)" + L + r"(?:的|中的|内的)?" + G + r"{0,6}?(?:组成部分|一部分|核心区|启动区|先行区|一期|二期|三期|首期|分园|子园|园中园|重要板块|换乘站|站点|车站)"), PART, 1, 2, _THING, _THING),
    # A 与 B 相连/相邻/接壤
    (re.compile(E + G + r"{0,8}?(?:与|和|同)" + L + G + r"{0,4}?(?:相连|相邻|接壤|相接|毗邻|相望|连通|一路之隔|一河之隔|一江之隔|隔路相望|隔河相望|隔江相望|隔湖相望)"), ADJ, 1, 2, _THING, {PL, K, P}),
    # A 紧邻/毗邻/沿 B
    (re.compile(E + G + r"{0,6}?(?:紧邻|毗邻|比邻|临近|邻近|紧靠|靠近|背靠|濒临|坐拥|依傍|沿)" + L), ADJ, 1, 2, _THING, {PL, K, P}),
    # A 是 B 和 C 交汇(所形成)
    # (位于【宝山区】【长江】与【黄浦江】交汇处: the district the meeting lies in may come first)
    (re.compile(E + r"[：:]?(?:是|(?:选址)?位于|地处|处于|坐落于|坐落在|选址在?)(?:【\d+】)?" + L + G + r"{0,3}?(?:交汇|交会|交界|交叉|之间)"), ADJ, 1, 2, _THING, {PL}),
    # 沿 B 的 A
    (re.compile(r"沿" + E + G + r"{0,4}?的" + E), ADJ, 2, 1, _THING, {PL}),
    # 生物城内，A、B、C等企业…: a place named first, then what is in it
    (re.compile(r"(?:^|[，,。；;])(?:在)?" + E + r"(?:内|区内|园内|里)[，,]" + L + r"(?:等|均|已|相继|先后|也)"), LOC, 2, 1, {O, P, K}, {K, PL}),
    # 在C，A、B等相继落户; 在C，X投资建设的A
    (re.compile(r"(?:^|[，,。；;])(?:在|于)" + E + r"[，,]" + L + r"(?:等" + G + r"{0,8})?(?:已|均|相继|先后|正式|将|都|也)?(?:落户|入驻|进驻|扎根|集聚|聚集)"), LOC, 2, 1, _THING, {K, PL}),
    (re.compile(r"(?:^|[，,。；;])(?:在|于)" + E + r"[，,]" + GE + r"{0,24}?(?:投资建设|建设|打造|投建|兴建)的" + E), LOC, 2, 1, _BUILT, {K, PL}),
    (re.compile(r"(?:^|[，,。；;])" + E + r"(?:内|区内|园内|里|上)[，,]" + GE + r"{0,24}?(?:投资建设|建设|打造|投建|兴建)的" + E), LOC, 2, 1, _BUILT, {K, PL}),
    # 地铁3号线、5号线均在科技城设站 / 在前海湾站交汇
    (re.compile(L + r"(?:均|已|将|都|也)?(?:在|于)" + E + G + r"{0,4}?(?:设站|设有站点|交汇|换乘|停靠)"), ADJ, 2, 1, _THING, {PL}),
]


_ENTERED = re.compile(r"(?:首批|已经|已|新|先后|陆续|目前)?(?:入驻|进驻)(?:的|了)?" + L)


def required_words(pattern: str) -> frozenset[str]:
    """Words one of which every match of ``pattern`` contains (its verbs, 所在的, 选址 …), read off
    the parsed regex: a run of literal characters, or an alternation of literal-led branches, that
    the pattern cannot skip. Empty when there is none worth testing for."""
    candidates: list[set[str]] = []

    def prefix(items) -> str:
        out = ""
        for op, av in items:
            if op != LITERAL:
                break
            out += chr(av)
        return out

    def choices(items) -> set[str] | None:
        items = list(items)
        if len(items) == 1 and items[0][0] == SUBPATTERN:
            return choices(items[0][1][-1])
        if len(items) == 1 and items[0][0] == BRANCH:
            words = {prefix(b) for b in items[0][1][1]}
            return None if "" in words else words
        word = prefix(items)
        return {word} if word else None

    def walk(seq) -> None:
        run = ""
        for op, av in list(seq) + [(None, None)]:
            if op == LITERAL:
                run += chr(av)
                continue
            if run:
                candidates.append({run})
                run = ""
            if op == BRANCH or op == SUBPATTERN:
                found = choices([(op, av)])
                if found:
                    candidates.append(found)
                if op == SUBPATTERN:
                    walk(av[-1])
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                found = choices(av[2])
                if found:
                    candidates.append(found)

    walk(sre_parse(pattern))
    useful = [c for c in candidates if not any(ch in w for w in c for ch in "【】") and min(map(len, c)) >= 2]
    return frozenset(min(useful, key=lambda c: len(c))) if useful else frozenset()


# per pattern, the words one of which a sentence must hold for the pattern to be tried at all
_GATES = [required_words(p.pattern) for p, *_ in _PATTERNS]
_UNGATED = frozenset(i for i, gate in enumerate(_GATES) if not gate)
_GATE_WORDS = ahocorasick.Automaton()  # word → the patterns it opens
for _w in set().union(*_GATES):
    _GATE_WORDS.add_word(_w, frozenset(i for i, gate in enumerate(_GATES) if _w in gate))
_GATE_WORDS.make_automaton()
_CO_BUILD = re.compile(r"(?:(?:共同|联合|合作|携手|一起)(?:出资|投资)?(?:打造|建设|开发|运营|设立|成立|组建|推进|推动)(?:了)?|共建)" + G + r"{0,3}?" + E)
_MAX_EVIDENCE_SPAN = 6
_QUOTES = re.compile(r"[\s“”‘’\"'「」『』《》]")


def _surface_key(text: str) -> str:
    """A name as it may be written in a sentence: width, brackets, spaces and quotes aside."""
    return _QUOTES.sub("", normalise(text))

  # sentences back to where a referred-to entity was named
_DECLARATION = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)[^)）]{0,20}[)）]")
_REPORTING = re.compile(r"^[^，,；;。]{0,20}?(?:表示|介绍|指出|强调|说|称|透露|认为)[，,:：]")
_TOPIC_CLAUSE = re.compile(r"([，,；;])((?:(?!这里|这儿|当地|那里)[^，,；;。【]){0,4}?)(?=(?:位于|坐落|地处|紧邻|毗邻|比邻|临近|靠近|由|与|落户|入驻|北侧与|南侧与|东侧与|西侧与|" + _BOUNDS + r"|集聚|聚集|汇聚|吸引|引进|引入|拥有|已有|境内有|区内有|辖区内有|分布在|分布于|在|选址|周边|周围|范围涉及|涉及|横跨|地跨|沿|紧靠|濒临|背靠|面向|是))")
_PREPOSITION = re.compile(r"(?:沿|在|于|由|从|紧邻|毗邻|靠近|临近|依托|围绕|与|和|同|经|对|向|把|联合|会同|携手)$")
_QUOTED_SLOT = re.compile(r"[“\"](?=【\d+】)|(?<=\d】)[”\"]")  # the quotes around a slot
_SLOT = re.compile(r"【\d+】")
_SLOT_NUMBER = re.compile(r"【(\d+)】")
_CLAUSE_END = re.compile(r"[，,；;。]")
_FIRM_THEN_WORKS = re.compile(r"【(\d+)】【(\d+)】")
_FIRM_NAME = re.compile(r"(?:公司|集团)$")
_SIGNED_WORKS = re.compile(L + G + r"{0,8}?(?:与|和|同)" + L + r"(?:正式|成功|现场)?(?:签约|签下|签订|签署)(?:了)?"
                           r"(?:总投资[^，,。；;【]{1,12}?的)?" + E)
_CELL_WHERE = re.compile(r"(\|\s*)(?=位于|坐落|地处|入驻|进驻|选址|落户|紧邻|毗邻|临近|靠近)")
_ZONE_BEFORE_SLOT = re.compile("(?<!】)(?:" + "|".join(ZONE_WORDS) + ")(?=【)")
_QUALIFIES = re.compile(r"【|[^，,；;。【]{0,10}?的【")  # a name right before another, or before "…的 Y"
_WE = re.compile(r"我们|我区|区政府|区委区政府|我市|全区|(?:(?<=[，,。；;])|^)区内")  # (…为代表，区内已集聚: the district)
_LOCAL_AREA = re.compile(r"(区|县|镇|乡|街道)$")
_LINE_HAS = re.compile(r"[^，。；]{0,8}?(?:设有|设|停靠)(?:站点|车站)?[：:]?")
_DISTRICT_PLACE = re.compile(r"(?<![地片社城辖园])(区|县|新区)$")
_DISTRICT_PARK = re.compile(r"(开发区|高新区|工业园区|新区|经开区)$")


@extractor("subject", stage="facts")
class SubjectDistrict:
    """The district a single-district article is about: the one named far more than any other."""

    def __init__(self, res: Resources):
        pass

    def __call__(self, doc: Doc) -> Iterator[SubjectPlace]:
        counts: Counter[str] = Counter()
        # (a district named inside one of its bodies' names, 萧山区|人民政府, is the body's; counted,
        # the bodies of a neighbouring district would outvote the article's own)
        bodies = {m.start for m in doc.parsed.mentions if m.type == O and m.source != "nested"}
        for m in doc.parsed.mentions:
            if m.source == "nested" and m.start in bodies:
                continue
            name = m.canonical or m.name
            if (m.type == PL and _DISTRICT_PLACE.search(name)) or (m.type == K and _DISTRICT_PARK.search(name)):
                counts[name] += 1
        if not counts:
            return
        ranked = counts.most_common(2)
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n >= 2 and n >= 2 * second:
            yield SubjectPlace(top)


@extractor("relations", stage="facts")
class PatternRelations:
    def __init__(self, res: Resources):
        self.lex = res.lexicon

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        parsed = doc.parsed
        text = parsed.text
        subject = self._subject_mention(parsed)
        forms: dict[str, set[str]] = {}
        for m in parsed.mentions:
            if m.source != "reference":
                forms.setdefault(m.canonical, {m.canonical}).update((m.name, *m.aliases))
        bases = {r.subject: r.object for r in parsed.relations if r.predicate == PART and PHASE_END.search(r.subject)}
        for si, sent in enumerate(parsed.sentences):
            slots = self._slots(doc, si, subject)
            if not slots:
                continue
            ev = (parsed.evidence(si),)
            found: list[Relation] = []
            seen: set[tuple[str, RelationType, str]] = set()
            # every pattern relates two different entities: a sentence with fewer has none
            # a pattern is tried only on a sentence that holds one of the words it needs
            if len(slots) > 1:
                skeleton, entities = self._skeleton(text, sent.start, sent.end, slots)
                tried = _UNGATED.union(*(opened for _, opened in _GATE_WORDS.iter(skeleton)))
            else:
                skeleton, entities, tried = "", [], ()
            for i in sorted(tried):
                pattern, pred, sg, og, stypes, otypes = _PATTERNS[i]
                for m in pattern.finditer(skeleton):
                    subs = [entities[int(k)] for k in _SLOT_NUMBER.findall(m[sg])]
                    objs = [entities[int(k)] for k in _SLOT_NUMBER.findall(m[og])]
                    if pred == LOC and len(objs) == 1:  # (位于【株洲高新区】【栗雨工业园】的【公司】, too)
                        end = self._chain_end(skeleton, m.end(og), entities, objs[0])
                        objs = [end] if end not in subs else objs
                    for a in subs:
                        for b in objs:
                            key = (a.canonical, pred, b.canonical)
                            if pred.symmetric and (b.canonical, pred, a.canonical) in seen:
                                continue
                            if a.canonical == b.canonical or key in seen:
                                continue
                            if a.type not in stypes or b.type not in otypes:
                                continue
                            if pattern is _AT_CROSSING and (_is_zone(a) or _is_zone(b)):
                                continue  # (a zone stands at no crossing: 位于A路与B路交叉口的【南阳高新区】科技企业孵化器 is a name cut short)
                            station = _station_on_line(a, b, pred)
                            if station is not None and station not in seen:
                                # 7号线和15号线在顾村公园站交汇, 1号线通到璧山站: the station is on the line
                                # (as well as what the pattern says, beside or reaching it)
                                seen.add(station)
                                found.append(Relation(*station, ev))
                            if pred == LOC and b.type == PL and (b.canonical.endswith(("号线", *_ROADS)) or (
                                    _is_water(b) and not _is_water(a) and _BANK.match(text, b.end))):
                                pred_ = ADJ  # along a metro line or a road, not inside it; on a river's bank (位于淮河南岸)
                                if (a.canonical, ADJ, b.canonical) in seen:
                                    continue
                                seen.add((a.canonical, ADJ, b.canonical))
                                found.append(Relation(a.canonical, pred_, b.canonical, ev))
                                continue
                            seen.add(key)
                            found.append(Relation(a.canonical, pred, b.canonical, ev))
            # 与 X 签约，共同打造 Z → Z developedBy every party of that agreement
            for m in _CO_BUILD.finditer(skeleton):
                target = entities[int(m[1][1:-1])]
                if target.type not in _BUILT | {O}:
                    continue
                parties = {b for (a, p, b) in seen if p == COOP} | {a for (a, p, b) in seen if p == COOP}
                for party in sorted(parties):
                    if party != target.canonical:
                        found.append(Relation(target.canonical, DEV, party, ev))
            # X 与 Y 签约 Z 项目: the company of the two parties builds the works it signed for
            for m in _SIGNED_WORKS.finditer(skeleton):
                works = entities[int(m[3][1:-1])]
                if works.type != P:
                    continue
                for k in _SLOT_NUMBER.findall(m[1] + m[2]):
                    firm = entities[int(k)]
                    key = (works.canonical, DEV, firm.canonical)
                    if firm.type == O and _FIRM_NAME.search(firm.canonical) and key not in seen:
                        seen.add(key)
                        found.append(Relation(*key, ev))
            # 【华电谷新能源科技有限公司】【年产5GW…项目】: a company's full name right before a project names its builder
            for m in _FIRM_THEN_WORKS.finditer(skeleton):
                firm, works = entities[int(m[1])], entities[int(m[2])]
                key = (works.canonical, DEV, firm.canonical)
                if firm.type == O and works.type == P and _FIRM_NAME.search(firm.canonical) and key not in seen:
                    seen.add(key)
                    found.append(Relation(*key, ev))
            found.extend(self._entered_park(doc, si, skeleton, entities, ev, seen))
            found.extend(self._adjacent_admin(doc, si, ev))
            # 由X投资建设的Y一期: X builds Y as well as its phase, and Y lies where its phase does
            found.extend(Relation(bases[r.subject], r.predicate, r.object, ev) for r in list(found)
                         if r.subject in bases and r.predicate in (DEV, LOC) and r.object != bases[r.subject])
            for r in found:
                r = self._evidenced(doc, si, r, forms)
                if r is not None:
                    yield r

    @staticmethod
    def _entered_park(doc: Doc, si: int, skeleton: str, entities: list[Mention], ev, seen) -> Iterator[Relation]:
        """首批入驻的A、B等企业…: companies that moved in, in a sentence that names no park, moved into
        the park the sentence before named last (the article's topic there)."""
        if not skeleton or any(m.type in (K, PL) for m in entities):
            return
        hit = _ENTERED.search(skeleton)
        if not hit:
            return
        parks = [m for k in (si - 1, si - 2) for m in sorted(doc.by_sentence.get(k, ()), key=lambda m: -m.start)
                 if m.type == K and m.source != "nested"]
        if not parks:
            return
        park = parks[0]
        for k in _SLOT_NUMBER.findall(hit[1]):
            a = entities[int(k)]
            if a.type == O and (a.canonical, LOC, park.canonical) not in seen:
                seen.add((a.canonical, LOC, park.canonical))
                yield Relation(a.canonical, LOC, park.canonical, ev)

    @staticmethod
    def _chain_end(skeleton: str, at: int, entities: list[Mention], site: Mention) -> Mention:
        """落户【嘉兴市】【南湖区】【大桥镇】, 落户【余新镇】【南湖智能装备产业园】: of sites written one
        right after the other, the last is the most precise (each lies in the one before)."""
        while True:
            m = _SLOT_NUMBER.match(skeleton, at)
            if not m:
                return site
            nxt = entities[int(m[1])]
            if not (site.type == PL and nxt.type in (PL, K) or _is_zone(site) and nxt.type == K and not _is_zone(nxt)) \
                    or _is_water(nxt):
                return site  # (落户【株洲高新区】【栗雨工业园】: the park in the zone; 位于【宝山区】【长江】与…交汇处:
                # a river runs past the district, it is not a site inside it)
            site, at = nxt, m.end()

    def _evidenced(self, doc: Doc, si: int, r: Relation, forms: dict[str, set[str]]) -> Relation | None:
        """The relation with evidence that names both ends: the sentence itself, or — when an end
        is only referred to (该项目, 我们, a clause without subject) — the span from the last
        sentence that names it. None when that is more than a few sentences back."""
        sents = doc.parsed.sentences
        first = si
        for end in (r.subject, r.object):
            names = [_surface_key(f) for f in forms.get(end, {end}) if f]
            k = si
            while k >= 0 and not (any(f in _surface_key(sents[k].text) for f in names) or any(
                    m.canonical == end and m.source != "reference" for m in doc.by_sentence.get(k, ()))):
                k -= 1  # (a mention counts too: 轨道交通11、19号线 names 11号线 without writing it)
            if k < 0 or si - k > _MAX_EVIDENCE_SPAN:
                return None
            first = min(first, k)
        if first == si:
            return r
        text = doc.parsed.text
        start, end = sents[first].start, sents[si].end
        return replace(r, evidence=(Evidence(doc.parsed.article.id, start, end, text[start:end]),))

    def _subject_mention(self, parsed) -> Mention | None:
        if not parsed.subject_place:
            return None
        for m in parsed.mentions:
            if (m.canonical or m.name) == parsed.subject_place:
                return m
        return None

    def _slots(self, doc: Doc, si: int, subject: Mention | None):
        """(start, end, mention) for the sentence's mentions and the references it makes."""
        sent = doc.parsed.sentences[si]
        slots = [(m.start, m.end, m) for m in doc.by_sentence.get(si, ())]
        taken = [(s, e) for s, e, _ in slots]

        def free(s, e):
            return not any(s < te and ts < e for ts, te in taken)

        if subject is not None:
            for w in _WE.finditer(sent.text):
                s, e = sent.start + w.start(), sent.start + w.end()
                if free(s, e):
                    slots.append((s, e, subject))
        # 一、X项目。由Y投资建设…: a sentence that does not open with a name speaks of the item
        # heading's entity
        if not any(s == sent.start for s, _, _ in slots):
            topic = doc.item_topic(si)
            if topic is not None:
                slots.append((sent.start, sent.start, topic))
        slots.sort(key=lambda x: (x[0], -x[1]))
        # 兰州新区数字经济产业园|二期: the park's name and its phase written after it are one slot,
        # the phase (由X建设的…二期 speaks of the phase)
        merged = []
        for s, e, m in slots:
            base = next((k for k in range(len(merged) - 1, -1, -1) if merged[k][1] == s), None) \
                if m.type == P and PHASE_END.search(m.name) else None
            if base is not None and m.name.startswith(merged[base][2].name):
                merged[base] = (merged[base][0], e, m)
            else:
                merged.append((s, e, m))
        slots = merged
        # 东邻佛山市南海区、顺德区: a place written after the larger place it lies in is one slot, the
        # smaller place (the larger one's relation is _adjacent_admin's)
        merged = []
        for s, e, m in slots:
            if merged and m.type == PL and _written_in(merged[-1][2], m):
                merged[-1] = (merged[-1][0], e, m)
            else:
                merged.append((s, e, m))
        slots = merged
        # drop nested mentions: the skeleton holds the outermost name only
        out, last_end = [], -1
        for s, e, m in slots:
            if s >= last_end:
                out.append((s, e, m))
                last_end = e
        return out

    def _skeleton(self, text: str, start: int, end: int, slots) -> tuple[str, list[Mention]]:
        parts, entities, pos = [], [], start
        for s, e, m in slots:
            parts.append(text[pos:s].replace("“", "").replace("”", ""))
            parts.append(f"【{len(entities)}】")
            entities.append(m)
            pos = e
        parts.append(text[pos:end])
        skeleton = "".join(parts)
        # X（以下简称“Y”）: the declaration is not part of the sentence's structure
        skeleton = _DECLARATION.sub("", skeleton)
        # quotes around names do not change the pattern: 打造“【3】” → 打造【3】
        skeleton = _QUOTED_SLOT.sub("", skeleton)
        # "the zone" before a park named in it: 选址高新区【3】 → 选址【3】 (the park is the zone's, a relation of its own)
        skeleton = _ZONE_BEFORE_SLOT.sub("", skeleton)
        # a run of bounds: "X东至A，西至B、南临C" — each bound without a subject is X's
        skeleton = _bounds_of_one(skeleton)
        # topic–comment: "X是…，主体位于Y，北侧与Z相连" — a clause with no subject of its own
        # takes the topic of the sentence's first clause
        # (a reporting clause such as "X表示，" is skipped, and a person is no topic)
        body = _REPORTING.sub(lambda m: "，" * len(m[0]), skeleton, count=1)
        # the first clause that names something (not "6月20日，…" or "同月，…")
        clause, after = "", len(body)
        first = next((k for k in _SLOT.finditer(body) if entities[int(k[0][1:-1])].type != PE), None)
        if first is not None:
            lo = max(body.rfind(c, 0, first.start()) for c in "，,；;。") + 1
            hi = _CLAUSE_END.search(body, first.end())
            after = hi.start() if hi else len(body)
            clause = body[lo:after]
        # (nor what a boundary's verb reaches or where a thing lies: 规划区北望【伊河】，南倚【万安山】,
        # 项目位于【红旗镇】，紧邻【鸡啼门水道】 — the subject is unnamed)
        named = [k for k in _SLOT.finditer(clause) if entities[int(k[0][1:-1])].type != PE
                 and not _BOUND_BEFORE.search(clause, 0, k.start())]
        # the topic is the clause's subject, not the object of a preposition (沿大沙河建设的长廊),
        # nor a word that qualifies the name after it (轨道交通7号线|美兰湖站…项目, 由…公司X投资建设的Y)
        topic = next((k[0] for k in named if not _PREPOSITION.search(clause, 0, k.start())
                      and not _QUALIFIES.match(clause, k.end())),
                     named[0][0] if named else None)
        if topic:  # (in the clauses after the topic's own: 领域，由A牵头、联合B共建的C gets no B before 由)
            skeleton = skeleton[:after] + _TOPIC_CLAUSE.sub(lambda m: m[1] + m[2] + topic, skeleton[after:])
        if skeleton.startswith("|"):  # | 生物医药产业园三期 | … | 位于黄屯街道，… |: a cell that says where is about the row's works
            works = next((k[0] for k in _SLOT.finditer(skeleton) if entities[int(k[0][1:-1])].type in (P, K)), None)
            if works is not None:
                skeleton = _CELL_WHERE.sub(lambda m: m[1] + works, skeleton)
        return skeleton, entities

    def _adjacent_admin(self, doc: Doc, si: int, ev) -> Iterator[Relation]:
        """上海市宝山区, 宝山区顾村镇: a place written right after the larger place it lies in;
        7号线美兰湖站: a station written right after its line."""
        ms = doc.by_sentence.get(si, [])
        text = doc.parsed.text
        line = None  # 15号线南大路站、祁安路站; 1号线共富新村站至富锦路站
        area = None  # S3号线在桥林街道设有桥林新城站、林山站: the stations lie in the area too
        for a, b, c in zip(ms, ms[1:], [*ms[2:], None]):
            if a.canonical.endswith("号线") and (a.end == b.start or _LINE_HAS.fullmatch(text, a.end, b.start)):
                line = a  # 7号线美兰湖站; 7号线在区内设有美兰湖站、罗南新村站
            elif a.canonical.endswith("号线") and c is not None and b.type == PL and _LOCAL_AREA.search(b.canonical) \
                    and text[a.end:b.start] in ("在", "于") and _LINE_HAS.fullmatch(text, b.end, c.start):
                line, area = a, b
                continue
            elif line is not None and a is not area and \
                    not (a.canonical.endswith("站") and text[a.end:b.start] in ("、", "至", "和", "及", "到")):
                line = area = None
            if line is not None and b.canonical.endswith("站") and b.type == PL:
                yield Relation(b.canonical, PART, line.canonical, ev)
                if area is not None:
                    yield Relation(b.canonical, LOC, area.canonical, ev)
                continue
            if _written_in(a, b):
                yield Relation(b.canonical, LOC, a.canonical, ev)
            elif a.end == b.start and _is_zone(a) and b.type in (K, P) and not _is_zone(b) \
                    and not b.canonical.startswith(a.canonical):
                yield Relation(b.canonical, LOC, a.canonical, ev)  # 株洲高新区栗雨工业园: a park in its zone


_ZONE_END = re.compile("(?:" + "|".join(ZONE_WORDS) + ")$")  # (高新技术产业开发区 ends in 开发区)


def _is_zone(m: Mention) -> bool:
    return m.type == K and bool(_ZONE_END.search(m.canonical) or _ZONE_END.search(m.name))


_BOUND_BEFORE = re.compile("(?:" + _BOUNDS + "|位于|地处|坐落于|坐落在|选址于|选址在|选址)$")
_BOUNDED = re.compile(r"(【\d+】)[^，,；;。【、]{0,4}?" + _BOUNDS + r"|([，,；;、])(?=" + _BOUNDS + r")")


def _bounds_of_one(skeleton: str) -> str:
    """【0】东至【1】，西至【2】、南临【3】 → 【0】东至【1】，【0】西至【2】、【0】南临【3】."""
    subject = None

    def fill(m: re.Match) -> str:
        nonlocal subject
        if m[1]:
            subject = m[1]
            return m[0]
        return m[2] + subject if subject else m[0]
    return _BOUNDED.sub(fill, skeleton)


_WATER = re.compile(r"(?:江|河|湖|海|浜|溪|塘|泾|渠|水道)$")
_BANK = re.compile(r"[东南西北]?(?:岸|畔|之滨|沿岸|两岸|边|侧)")


_ROADS = ("路", "大道", "大街", "公路", "高速", "高架")  # what lies "at" a road (位于上大路与锦秋路交叉口) is beside it


def _is_water(m: Mention) -> bool:
    """A river, lake or sea (not a region named after one: 洋湖(片区))."""
    return bool(_WATER.search(m.canonical)) and not any(a.endswith(("片区", "地区", "板块")) for a in m.aliases)


def _station_on_line(a: Mention, b: Mention, pred: RelationType) -> tuple[str, RelationType, str] | None:
    """A station and a line a pattern relates (beside, in, reaching) are one on the other."""
    if pred not in (ADJ, LOC, RelationType.RELATED_TO) or a.type != PL or b.type != PL:
        return None
    for station, line in ((a, b), (b, a)):
        if station.canonical.endswith("站") and _LINE.search(line.canonical):
            return station.canonical, PART, line.canonical
    return None


_LINE = re.compile(r"(?:号线|[A-Z]\d{1,2}线|轻轨|城际铁路|城际|铁路)$")


def _written_in(a: Mention, b: Mention) -> bool:
    """上海市宝山区, 宝山区顾村镇: b is written right after the larger place a it lies in (but a
    river written after a district, 宝山区长江与黄浦江交汇处, runs past it)."""
    return a.end == b.start and a.type == PL and a.canonical != b.canonical and not _is_water(b) and \
        re.search(r"(省|市|区|县|镇|乡|街道)$", a.canonical) is not None and b.type in (PL, K, P) and \
        not b.canonical.endswith("号线") and _rank(a.canonical) < _rank(b.canonical)


def _rank(name: str) -> int:
    for i, suffix in enumerate(("省", "自治区", "市", "区", "县", "镇", "街道")):
        if name.endswith(suffix):
            return i
    return 9


@extractor("inferred", stage="facts")
class SubjectDistrictInference:
    """In a single-district article, a project, park, company or local place that the text places
    nowhere else lies in that district. Marked inferred, so users can filter it out."""

    def __init__(self, res: Resources):
        self.lex = res.lexicon

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        parsed = doc.parsed
        subject = parsed.subject_place
        if not subject:
            return
        # places the subject district lies in (上海市 for 宝山区): names may start with them, and
        # being placed in them does not place a thing inside the district
        home = {subject} | {r.object for r in parsed.relations if r.subject == subject and r.predicate == LOC}
        placed = {r.subject for r in parsed.relations if r.predicate in (LOC, PART) and r.object not in home - {subject}}
        home_forms = {f for h in home for f in self._forms(h)}
        first: dict[str, Mention] = {}
        for m in parsed.mentions:
            first.setdefault(m.canonical or m.name, m)
        for name, m in sorted(first.items()):
            if name == subject or name in placed or not self._local(m, name):
                continue
            if self._foreign_prefix(name, home_forms):
                continue
            yield Relation(name, LOC, subject, (parsed.evidence(m.sentence),), inferred=True)

    def _forms(self, name: str) -> set[str]:
        entry = self.lex.lookup(name)
        return {name, *(entry.aliases if entry else ())} | ({entry.name} if entry else set())

    def _foreign_prefix(self, name: str, home_forms: set[str]) -> bool:
        """北京北大科技园有限公司 is not in 宝山区: its name starts with another city."""
        for length in range(min(len(name) - 1, 8), 1, -1):
            entry = self.lex.lookup(name[:length])
            if entry and entry.type == PL and (re.search(r"(省|市|区|县|自治区)$", entry.name)
                                               or entry.name in self.lex.foreign_countries):
                return not (self._forms(entry.name) & home_forms)  # a town (马桥) may be inside
        return False

    def _local(self, m: Mention, name: str) -> bool:
        known = self.lex.lookup(name)
        if m.type in (P, K):
            return not known
        if m.type == O:
            return not known and m.source in ("lists", "names", "rescan") and not re.search(
                r"(大学|学院|研究院|研究所|部|委|局|政府|委员会)$", name)
        if m.type == PL:
            return not known and not name.endswith(("号线", "省", "市")) and not _DISTRICT_PLACE.search(name)
        return False
