"""Segmentation: the fast engine (jieba-rs) and jieba itself cut every sample sentence alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from bskg.extract.lexicon import default_lexicon
from bskg.extract.segment import Segmenter, rjieba
from bskg.ingest import read_inputs, split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _sentences():
    for article in read_inputs([ROOT / "data" / "articles"]):
        if hasattr(article, "text"):
            for s in split_sentences(article.text):
                yield s


def test_tokens_cover_the_text_with_offsets():
    seg = Segmenter(default_lexicon())
    text = "北上海生物医药产业园位于宝山区罗店镇。"
    tokens = seg.tokens(text, 100)
    assert "".join(t.text for t in tokens) == text
    assert tokens[0].start == 100 and tokens[-1].end == 100 + len(text)
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:]))
    assert "罗店镇" in [t.text for t in tokens]  # a lexicon name stays whole


@pytest.mark.skipif(rjieba is None, reason="rjieba is not installed on this platform")
def test_rjieba_and_jieba_engines_agree_on_the_sample_corpus():
    lexicon = default_lexicon()
    fast, slow = Segmenter(lexicon, engine="rjieba"), Segmenter(lexicon, engine="jieba")
    sentences = list(_sentences())
    assert len(sentences) > 300
    differ = [s.text for s in sentences if fast.tokens(s.text) != slow.tokens(s.text)]
    assert not differ, differ[:3]


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown segmentation engine"):
        Segmenter(default_lexicon(), engine="thulac")
