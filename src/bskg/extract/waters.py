"""Rivers named with one character and 水 (涢水, 禾水, 蒸水, 沩水): the old form of a river's name,
common in central and southern China. 水 alone is mostly water (污水, 再生水, 活水), so such a
river is named only where the text treats it as one: a boundary runs along it (西至涢水), a bank,
a course or a confluence follows it (涢水东岸, 禾水自西向东穿区而过, 沩水汇入湘江), or it is listed
with a river named with 江 or 河 (湘江、沩水, 湘江与蒸水交汇处)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Mention
from .base import Doc, Resources, extractor
from .words import BOUNDARY_VERB, STOP_CHARS

_AFTER = re.compile(r"[东西南北]岸|两岸|沿岸|沿线|河口|[自由][东西南北]向[东西南北]|汇入|注入|流经|穿境|穿城|交汇")
_BOUNDARY = re.compile(BOUNDARY_VERB + r"$")
_RIVER_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}[江河][、与和]$")  # 湘江、|沩水
_RIVER_AFTER = re.compile(r"[、与和][\u4e00-\u9fff]{1,3}[江河](?![\u4e00-\u9fff]{0,2}(?:路|街|大道))")  # 蒸水|与湘江
_OPENS = "，,、。；;：: \n与和在沿至临"  # (what may come before the river's character)
_ENDS = "，,。；;、和与"  # (what may come after a boundary's river)
# characters that make a kind of water with 水, not a river's name
_NOT_A_RIVER = frozenset("污 废 雨 活 山 淡 海 热 泉 中 排 供 饮 用 清 流 春 洪 积 地 江 河 湖 溪 潮 汛 风 净 原 冷 温 "
                         "咸 苦 死 节 治 防 蓄 补 调 引 跨 沿 滨 临 过 入 出 大 小 长 一 碧 绿 好 水 生 再 给 自 来".split())


@extractor("waters", stage="mentions")
class OneCharacterRivers:
    """涢水, 禾水: a river named with one character and 水, where its context says it is a river."""

    def __init__(self, res: Resources):
        pass  # (the context rules need no resource)

    def __call__(self, doc: Doc) -> Iterator[Mention]:
        for si, sent in enumerate(doc.parsed.sentences):
            if "水" not in sent.text:
                continue
            text = sent.text
            for m in re.finditer("水", text):
                at = m.start() - 1
                if at < 0 or not "\u4e00" <= text[at] <= "\u9fff" or text[at] in STOP_CHARS or text[at] in _NOT_A_RIVER:
                    continue
                before, after = text[max(0, at - 6):at], text[m.end():m.end() + 8]
                bounded = _BOUNDARY.search(before) is not None and (not after or after[0] in _ENDS)
                listed = _RIVER_BEFORE.search(before) is not None or _RIVER_AFTER.match(after) is not None
                placed = _AFTER.match(after) is not None and (not before or before[-1] in _OPENS)
                if bounded or placed or (listed and (not after or after[0] in _ENDS or after.startswith("交汇"))):
                    yield Mention(text[at] + "水", EntityType.PLACE, sent.start + at, sent.start + at + 2, si, "names")
