"""Bytes to text: every accepted encoding, broken bytes, and inputs that are not text at all."""

from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bskg.errors import InputError
from bskg.ingest import read_file
from bskg.ingest.decode import decode_bytes

SIMPLIFIED = [
    "上海机器人产业园位于宝山区顾村镇，规划面积约2.5平方公里。",
    "总投资约126亿元的南大智慧城正在加快建设。",
    "宝山区与复旦大学签署战略合作框架协议。",
    "首发地块百米双子塔楼将于6月结构封顶。",
    "园区已集聚工业机器人、服务机器人和核心零部件企业100余家。",
    "上海大学材料基因组工程研究院落户环上大科技园。",
    "吴淞创新城规划面积约26平方公里，是宝山转型发展的主战场。",
    "蕰藻浜沿岸的1号智慧湾科技园由老厂房改造而成。",
    "北上海生物医药产业园重点发展高端医疗器械和创新药。",
    "项目建成后预计年产值超过200亿元，新增就业岗位约3000个。",
]
TRADITIONAL = [
    "上海機器人產業園位於寶山區顧村鎮，規劃面積約2.5平方公里。",
    "總投資約126億元的南大智慧城正在加快建設。",
    "寶山區與復旦大學簽署戰略合作框架協議。",
    "首發地塊百米雙子塔樓將於6月結構封頂。",
    "園區已集聚工業機器人、服務機器人和核心零部件企業100餘家。",
    "上海大學材料基因組工程研究院落戶環上大科技園。",
    "吳淞創新城規劃面積約26平方公里，是寶山轉型發展的主戰場。",
    "北上海生物醫藥產業園重點發展高端醫療器械和創新藥。",
]
# GB18030 beyond GBK: 䶮 (CJK extension A) is a four-byte sequence
GB18030_ONLY = "滨江集团董事长刘䶮介绍，滨江国际创新港已签订入驻意向协议。"

ENCODINGS = {
    "utf-8": ("宝山区科技园建设提速", SIMPLIFIED),
    "utf-8-sig": ("宝山区科技园建设提速", SIMPLIFIED),
    "gb18030": ("宝山区科技园建设提速", SIMPLIFIED + [GB18030_ONLY]),
    "gbk": ("宝山区科技园建设提速", SIMPLIFIED),
    "big5": ("寶山區科技園建設提速", TRADITIONAL),
}


def _article(encoding: str) -> tuple[str, str]:
    title, sentences = ENCODINGS[encoding]
    return title, "".join(sentences[:3])


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_decode_reads_each_encoding(tmp_path, encoding):
    title, body = _article(encoding)
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(codecs.encode(f"{title}\n\n{body}\n", encoding))

    (article,) = list(read_file(path))

    assert not isinstance(article, InputError), article
    assert article.title == title
    assert article.text == f"{title}\n{body}"
    assert article.warnings == ()


def test_decode_utf8_bom_is_not_part_of_the_text():
    text, encoding, _ = decode_bytes(codecs.BOM_UTF8 + "宝山区".encode(), "bom.txt")
    assert text == "宝山区"
    assert encoding == "utf_8"


@given(
    encoding=st.sampled_from(list(ENCODINGS)),
    picks=st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=4),
)
def test_decode_round_trips_article_text_in_every_encoding(encoding, picks):
    _, sentences = ENCODINGS[encoding]
    text = "\n".join(sentences[i % len(sentences)] for i in picks)

    decoded, _, warnings = decode_bytes(codecs.encode(text, encoding), "prop.txt")

    assert decoded == text
    assert warnings == ()


def _random_bytes(seed: int, size: int, nul: bool) -> bytes:
    data = random.Random(seed).randbytes(size)
    return data if nul else data.replace(b"\x00", b"\x01")


UNDECODABLE = {
    "random-bytes": _random_bytes(7, 4096, nul=False),
    "random-bytes-with-nul": _random_bytes(7, 4096, nul=True),
    "binary-with-nul": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
    "empty": b"",
    "blank": b" \n\r\n\t \n",
}


@pytest.mark.parametrize("kind", list(UNDECODABLE))
def test_decode_rejects_input_that_is_not_text_naming_the_file(tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(UNDECODABLE[kind])

    results = list(read_file(path))

    assert len(results) == 1 and isinstance(results[0], InputError), results
    assert str(path) in str(results[0])


@given(seed=st.integers(min_value=0, max_value=2**32), size=st.integers(min_value=64, max_value=4096),
       nul=st.booleans())
def test_decode_random_bytes_raise_input_error(seed, size, nul):
    with pytest.raises(InputError, match=r"^noise\.txt: "):
        decode_bytes(_random_bytes(seed, size, nul), "noise.txt")


def test_decode_gbk_file_cut_mid_character_loses_only_that_character(tmp_path):
    title, body = _article("gbk")
    data = f"{title}\n{body}".encode("gbk")
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-1])  # the last character (。) loses its second byte

    (article,) = list(read_file(path))

    assert not isinstance(article, InputError), article
    assert article.text == f"{title}\n{body[:-1]}"
    assert len(article.warnings) == 1 and str(path) in article.warnings[0]


def test_decode_gbk_broken_character_inside_the_file_loses_only_that_character():
    first, second = SIMPLIFIED[0], SIMPLIFIED[1]
    data = first.encode("gbk")[:-1] + b"\n" + second.encode("gbk")

    text, _, warnings = decode_bytes(data, "joined.txt")

    assert text == f"{first[:-1]}\n{second}"
    assert len(warnings) == 1


def test_decode_gbk_every_cut_keeps_the_whole_characters_before_it():
    text = "\n".join(SIMPLIFIED[:4])
    data = text.encode("gbk")
    wrong = []
    for cut in range(len(data) // 2, len(data) + 1):
        whole = data[:cut].decode("gbk", errors="ignore")
        broken = len(whole.encode("gbk")) != cut
        got, _, warnings = decode_bytes(data[:cut], "cut.txt")
        if got != whole or bool(warnings) != broken:
            wrong.append((cut, got[-5:], whole[-5:], warnings))
    assert not wrong, wrong


@example("宝山\x1c\x1c\x1c")  # control characters that str.isspace() calls whitespace
@example("宝山\ue000\ue000\ue000")
@example("宝山\u3000\u200b区\n")
@given(st.text(alphabet=st.characters(codec=None), max_size=300)
       | st.text(alphabet="宝山区南大智慧城，。 \u3000\u200b\t\n\x01\ue000\ufffd\x1c", max_size=300))
def test_fast_text_check_agrees_with_the_character_count(text):
    """The C fast path of _looks_like_text never accepts what the per-character count rejects."""
    from bskg.ingest.decode import _bad_characters, _looks_like_text

    slow = bool(text.strip()) and _bad_characters(text) <= max(2, len(text) // 200)
    assert _looks_like_text(text) == slow
