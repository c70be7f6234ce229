"""Closed word lists the name rules stop at: function words and the verbs that open a clause."""

from __future__ import annotations

import re

# Single characters a name never extends over. Other single characters may be pieces of an unknown
# name that the dictionary-only segmenter split up (发/那/科), so they do not stop a name.
STOP_CHARS = frozenset("""
的 是 在 与 和 及 同 跟 对 为 把 将 被 由 从 向 于 至 到 等 了 着 过 又 也 都 还 并 就 已 均 该 这 其
此 我 你 他 她 它 级 沿 据 出 类 距 原 暨 以 如 让 使 给 或 而 但 且 则 每 各 之 个 所 项 座 栋 条 即 像 再 才 仍 很 更 最 说
作 有 看 逛 要 需 应 末 叫 绕 访 隔 来 去 靠 选 离 报 性 跨 辖 比 按 接
""".split())

# Words a name never extends left over.
STOP_WORDS = frozenset("""
以及 我们 他们 我区 全区 全市 全省 全国 本市 会同 连同 时节 小时 分钟 施工方 建设方 投资方 运营方 业主方 承建方 设计方 监理方 合作方 签约方 项目方 延伸线 延长线
推进 建设 打造 加快 提速 推动 引进 签约 签署 签订 落户 入驻 位于 坐落 包括 涵盖 例如 作为 成为 形成
选址 举行 举办 开工 竣工 启动 开业 揭牌 投资 总投资 计划 预计 拥有 依托 围绕 聚焦 支持 助力 服务 表示 介绍
指出 强调 建成 新建 在建 规划 布局 参观 考察 调研 走访 来到 前往 进入 参与 出席 对接 携手 联手 共同
一条 一座 一处 一片 用好 往来 与会 争取 表中 上表 下表 附表 市里 区里 县里 省里 镇里
流经 横穿 穿过 路过 流入 汇入 注入 流向 绕过 横跨 乘坐 搭乘 驾车 开办 创办 开设 走出
走向 贡献 协调 督促 搬进 搬入 迁往 迁至 迁入 承担 接入 部分 部门 听取 代表 叮嘱
月底 月初 月中 月末 年末 年终 上旬 中旬 下旬 所有 全部 当时 此时 那时 彼时 当天 当日 次日
一起 还有 其中 目前 今年 去年 明年 近期 近年来 近日 日前 当前 为代表 年底 年初 年中 届时 此前 此后 现阶段 近年 多年来 长期以来 如今 现在 当下 过去 以往 曾经 最近 今后 将来 随后 之后 同期 巨头 龙头 集聚 吸引 吸纳
新上 导入 引入 招引 落地 承接 实施 开展 完成 实现 提升 培育 发展 构建 形成 建立 设立 成立 组建 新增 增加
加速 加大 深化 优化 完善 深入 全力 着力 力争 努力 积极 持续 不断 进一步 正在 已经 将于 即将 有望 首期
首个 首家 一期 二期 三期 位列 占地 面积 总面积 规模 达到 达 超过 共计 合计 总计 年产 年
时期 期间 以来 之后 以后 之前 以前 同时 此外 另外 据悉 据了解 记者 获悉 消息 宣布 发布 公布 透露
方面 领域 所在地 所在 周边 沿线 附近 一带 南侧 北侧 东侧 西侧 一侧 两侧
以上 以下 以内 之间 以北 以南 以东 以西 东临 西临 南临 北临 东距 西距 南距 北距 距离 串联 东至 西至 南至 北至 紧邻 毗邻 比邻 临近 靠近 邻近 紧靠 背靠 濒临 坐拥 依傍 沿着 穿越 贯穿 连接 相连 组成 构成 设在 合资 共建
申报 谋划 筹划 筹建 培育 孵化 发起 主办 承办 协办 参加 参与 加入 获批 获评 认定 命名 授牌
一季度 二季度 三季度 四季度 上半年 下半年 全年 年度 季度 月份 年份 上月 本月 下月 本年 上年 当年 次年 汇总 北起 南起 东起 西起 途经 经过 终点 起点 向西 向东 向南 向北
分为 分成 划分为 串联起 连接起 建起 撑起 架起 坐落于 坐落在 直达 可达 通达 直通 通往 通向 接驳 连通 北接 南接 东接 西接 北连 南连 东连 西连 出任 担任 兼任 设站
签约仪式 仪式 活动 大会 会议 论坛 峰会 现场 期间 主要 重要 核心 全面 全新 一批 首批 若干 多个 多家
接下来 开往 驶往 印发 落脚 面向 大力 大力发展 优先发展 负责 召开 涉及 换乘站 确保 保障 推出 选择 扎根 扎根于 进驻 设有 设置 区内 园内 境内 镇内 落子 环绕 专访 采访 对话 访谈 走进 下穿 上跨 下跨 上穿 现状 入选 入围 荣获 评为 列为 跻身 了解 走入 步入 登上 登临 踏上 察看 查看 聚力 赋能 带动 辐射 牵引 瞄准 锚定 紧扣
整个 整体 落实 结合 纳入 列入 报送 上报 关心 关注 地处 东依 西依 南依 北依 东抵 西抵 南抵 北抵 东靠 西靠 南靠 北靠 东邻 西邻 南邻 北邻
合作伙伴 母公司 子公司 控股股东 股东 投资方 合资方 项目方 开发商 供应商 上市公司 港股 A股 美股 科创板
镇属企业 区属企业 市属企业 国有企业 镇属 区属 市属 国企 央企 利用 借助 凭借 发挥 用于 以来 今年以来 属于 隶属 隶属于 委托 受托 旗下 下属 所属 麾下 来自 下辖 压实 创成 创建 正沿 搬来 搬到 迁来 迁到
""".split())

# Tags of jieba's dictionary that never start or continue a name (prepositions, conjunctions,
# particles, pronouns, adverbs, numerals, classifiers, time words, verbs). Only applied to words of
# two or more characters that are not in the lexicon or the generic/industry lists.
STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "d", "m", "q", "y", "e",
                       "o", "vd", "ad"})
# Verbs stop a name only when they would open it (谋划|大学科技园), see NameBuilder.
VERB_TAGS = frozenset({"v", "vn", "vi"})

# Tags of words that make a name proper (places, persons, organisations, abbreviations, other names).
PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"})

# a boundary's verb: 东至 B, 北临 C, 南抵 D, 西靠 E
BOUNDARY_VERB = r"[东南西北](?:至|到|临|起|接|抵|连|靠|依|邻|倚|望|濒|傍|枕)"
PUNCT = re.compile(r"^[\s\W_]+$")
HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (the basic block)
NUMERAL = re.compile(r"^(?:[\d.,%０-９一二三四五六七八九十百千万亿两几第]+|[\d一二三四五六七八九十百千万两几]+[数多余半]+)$")
OPEN_QUOTES = "“‘「『《\""
CLOSE_QUOTES = "”’」』》\""
PHASE = re.compile(r"^(?:[一二三四五六七八九十\d]+|首)期(?:工程|项目)?$")
PHASE_END = re.compile(r"(?:[一二三四五六七八九十\d]+|首)期$")  # a name that ends with its phase: 吴淞创新城二期

# Words that are part of company names although they are verbs elsewhere (…经济发展有限公司).
COMPANY_WORDS = frozenset("""
发展 投资 建设 开发 管理 服务 控股 实业 贸易 咨询 运营 科技 制造 经营 营销 物流 置业 创业 检测 认证
设计 规划 研究 研发 工程 装备 智能 信息 网络 数据 电子 医药 生物 能源 环保 集团 股份 国际 产业 技术 创新
综合 上盖 更新 孵化 孵化器
""".split())

# a declared short form ending right there: …有限公司（以下简称“申淞智能”）| (what follows is not the name's)
DECLARED_BEFORE = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[^)）]{1,20}[)）]$")

# a company's full name (and its declared short form), then the works it owns: …有限公司（以下简称“汉峰”）|,
# …股份有限公司的|, …集团投资12亿元建设|
OWNED_BEFORE = re.compile(r"(?P<legal>有限(?:责任)?公司|集团)(?:[（(]\s*(?:以下简称|简称)[^)）]{0,20}[)）])?"
                          r"(?:的|(?:将|拟|计划)?(?:(?:总)?投资[^，,。；;、]{0,12}?)?(?:建设|新建|兴建|打造)(?:的)?)?$")

# The words that end a development zone's name, longest first (高新区 before 新区)
ZONE_WORDS = ("高新区", "开发区", "经开区", "新区")

# Words that go with a sector's words in a park's name (智慧物流园: "the" logistics park of a zone), though
# they are a name's own elsewhere (智慧山, 龙子湖智慧岛).
SMART_WORDS = frozenset({"智慧"})

# Words that are part of project names although they are verbs elsewhere (…站上盖综合开发项目).
PROJECT_WORDS = frozenset("开发 综合 上盖 更新 改造 示范 产业化 提升 修缮 复建 服务".split())

# Position words after a place (金鸡湖|畔, 长江|北岸, 科技城|内, 赵王|河以东): a name may end inside such a token.
POSITION_SUFFIXES = frozenset("畔 边 岸 东岸 西岸 南岸 北岸 两岸 沿岸 一带 周边 旁 内 上 里 以东 以西 以南 以北".split())

# The ends of a road's name (沪太路, 天府大道, 沪嘉高速)
_ROAD = r"(?:路|大道|大街|街|公路|高速|快速路)"
ROAD_END = re.compile(_ROAD + r"$")
# A stretch of a road (天府大道中段, 沪太路北段) is the road: its name is the road's
ROAD_STRETCH = re.compile(_ROAD + r"(?:南段|北段|中段|东段|西段|中北段)$")

# A campus in brackets after a university (香港科技大学（广州）, 中国矿业大学(北京)): a university of its own
CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
