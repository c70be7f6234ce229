"""Numerals as written in Chinese articles: Arabic, decimal, with 万/亿, and in Chinese characters."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bskg.extract.numbers import parse_number

DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """Reference writer for 0 < n < 10^8 in standard form: 三千零五, 十二, 一万零五百."""

    def below_10k(k: int, leading: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero or (not out and not leading and value < 1000):
                out += "零"
            zero = False
            out += ("" if (d == 1 and value == 10 and not out and leading) else DIGITS[d]) + unit
        return out

    high, low = divmod(n, 10_000)
    if not high:
        return below_10k(low, leading=True)
    return below_10k(high, leading=True) + "万" + (below_10k(low, leading=False) if low else "")


@pytest.mark.parametrize(
    ("text", "value"),
    [("三千", 3000), ("十二", 12), ("百", 100), ("十", 10), ("二十", 20), ("一百零五", 105), ("两万", 20000),
     ("三千五百万", 35_000_000), ("1.2万", 12_000), ("80亿", 8e9), ("1,234", 1234), ("0.5", 0.5), ("万", 1e4),
     ("亿", 1e8)],
)
def test_numbers_parse_examples(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "约", "1.2.3", "abc", "十亿x"])
def test_numbers_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["nan", "inf", "infinity"])
def test_numbers_float_spellings_are_not_numerals(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "value"), [("1万亿", 1e12), ("3亿5000万", 3.5e8), ("一亿零五万", 100_050_000)])
def test_numbers_mixed_wan_and_yi(text, value):
    assert parse_number(text) == pytest.approx(value)


@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_integers_round_trip(n):
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_integers_with_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False))
def test_numbers_decimals_round_trip(d):
    assert parse_number(str(d)) == pytest.approx(float(d), rel=1e-12, abs=1e-12)


@given(st.decimals(min_value=Decimal("0.01"), max_value=9999, places=2), st.sampled_from([("万", 1e4), ("亿", 1e8)]))
def test_numbers_decimal_times_wan_or_yi(d, unit):
    word, factor = unit
    assert parse_number(f"{d}{word}") == pytest.approx(float(d) * factor, rel=1e-12)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_numbers_chinese_numerals_round_trip(n):
    assert parse_number(chinese(n)) == n


@pytest.mark.parametrize(("n", "text"), [(3000, "三千"), (12, "十二"), (105, "一百零五"), (10500, "一万零五百"),
                                          (100_010, "十万零一十"), (23_000, "二万三千")])
def test_numbers_reference_writer(n, text):
    assert chinese(n) == text
