"""Quantities as written in articles → (property, value in contract units, upper bound, qualifier)."""

from __future__ import annotations

import pytest

from bskg.extract.quantities import parse_quantity
from bskg.model import QuantityProperty as Q

CASES = [
    # text, before, after, property, value, max, words the qualifier must contain
    ("总投资80亿元以上", "", "", Q.INVESTMENT, 8e9, None, ["以上"]),
    ("总投资约126亿元", "", "", Q.INVESTMENT, 1.26e10, None, ["约"]),
    ("总投资3000万元", "", "", Q.INVESTMENT, 3e7, None, []),
    ("总投资逾百亿元", "", "", Q.INVESTMENT, 1e10, None, ["逾"]),
    ("计划总投资50亿-60亿元", "", "", Q.INVESTMENT, 5e9, 6e9, []),
    ("80亿元", "计划投资", "", Q.INVESTMENT, 8e9, None, []),  # the cue comes from the context before
    ("5-8平方公里", "", "", Q.AREA, 5, 8, []),
    ("规划面积约6.9平方千米", "", "", Q.AREA, 6.9, None, ["约"]),
    ("4.5公顷", "", "", Q.AREA, 0.045, None, []),
    ("902亩", "", "", Q.AREA, 902 / 1500, None, []),
    ("12万平方米", "", "", Q.AREA, 0.12, None, []),
    ("183米", "", "超高层", Q.HEIGHT, 183, None, []),
    ("183米超高层", "", "", Q.HEIGHT, 183, None, []),
    ("主塔楼高约180米", "", "", Q.HEIGHT, 180, None, ["约"]),
    ("百米双子塔楼", "", "", Q.HEIGHT, 100, None, []),
    ("1.5公里岸线", "", "", Q.LENGTH, 1.5, None, []),
    ("线路全长约11.7公里", "", "", Q.LENGTH, 11.7, None, ["约"]),
    ("全长2500米", "", "", Q.LENGTH, 2.5, None, []),
]


@pytest.mark.parametrize(("text", "before", "after", "prop", "value", "top", "qualifier"), CASES,
                         ids=[c[0] for c in CASES])
def test_quantities_parse(text, before, after, prop, value, top, qualifier):
    got = parse_quantity(text, before=before, after=after)

    assert got is not None, text
    got_prop, got_value, got_top, got_qualifier = got
    assert got_prop is prop
    assert got_value == pytest.approx(value, rel=1e-9)
    assert got_top == (pytest.approx(top, rel=1e-9) if top is not None else None)
    for word in qualifier:
        assert word in got_qualifier
    if not qualifier:
        assert got_qualifier == ""


@pytest.mark.parametrize(
    "text",
    [
        "营收50亿元",  # money, but not an investment
        "年产值超过200亿元",
        "总体经济规模超千亿",
        "步行500米即可到达",  # metres with neither a height nor a length cue
        "近300家企业",  # no unit
    ],
)
def test_quantities_without_a_cue_are_not_facts(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize("text", ["计划投资约2.6亿美元", "拟投资2亿港元"])
def test_quantities_foreign_currency_is_not_stored_as_yuan(text):
    """Regression: 亿美元 was read as the bare unit 亿 and stored as yuan (fixed in eba6e2f)."""
    got = parse_quantity(text)
    assert got is None or got[0] is not Q.INVESTMENT, got


def test_quantities_wan_yi_is_a_trillion():
    """Regression: 1万亿 was read as 万 + 亿 = 100010000 (fixed in eba6e2f)."""
    got = parse_quantity("总投资1万亿元")
    assert got is not None and got[1] == pytest.approx(1e12)
