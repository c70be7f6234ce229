"""The relation patterns' word gates: a pattern is skipped on a sentence that lacks all of its
required words, which must never lose a match."""

from __future__ import annotations

import re

import pytest

from bskg.extract import Pipeline, facts
from bskg.extract.base import Doc
from bskg.ingest import read_inputs

from ..conftest import ARTICLES


@pytest.fixture(scope="module")
def skeletons() -> list[str]:
    pipeline = Pipeline()
    rel = facts.PatternRelations(pipeline.resources)
    out = []
    for article in read_inputs([ARTICLES]):
        if not hasattr(article, "text"):
            continue
        doc = pipeline.parse(article)
        parsed = pipeline(article)
        doc = Doc(parsed, doc.tokens)
        subject = rel._subject_mention(parsed)
        for si, sent in enumerate(parsed.sentences):
            slots = rel._slots(doc, si, subject)
            if len(slots) > 1:
                out.append(rel._skeleton(parsed.text, sent.start, sent.end, slots)[0])
    return out


def test_facts_every_pattern_match_holds_one_of_its_gate_words(skeletons):
    assert len(skeletons) > 500
    lost = [(p.pattern[:40], sk) for (p, *_), gate in zip(facts._PATTERNS, facts._GATES) if gate
            for sk in skeletons if p.search(sk) and not any(w in sk for w in gate)]
    assert lost == []


def test_facts_most_patterns_have_a_gate():
    assert sum(bool(g) for g in facts._GATES) >= len(facts._PATTERNS) * 2 // 3


@pytest.mark.parametrize("pattern, words", [
    (r"(【\d+】)[^，]{0,4}?所在的(【\d+】)", {"所在的"}),
    (r"(【\d+】)(?:位于|地处)(【\d+】)", {"位于", "地处"}),
    (r"(【\d+】)(?:是)?(【\d+】)", set()),  # nothing required but the slots: no gate
])
def test_facts_required_words_read_off_the_regex(pattern, words):
    assert facts.required_words(pattern) == words
