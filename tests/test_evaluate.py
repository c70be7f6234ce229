"""Scoring against gold files, and the seed article's acceptance thresholds."""

from __future__ import annotations

import json

import pytest

import bskg
from bskg.evaluate import evaluate


@pytest.fixture(scope="module")
def seed_score(seed_article, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_build")
    bskg.build([seed_article], out=out)
    gold = seed_article.with_name(seed_article.stem + ".gold.json")
    if not gold.exists():
        pytest.skip(f"no gold file {gold.name} beside the seed")
    (score,) = evaluate([gold], bskg.load_graph(out / "graph.ttl"))
    assert not score.missing_article, "the seed article is not in its own build"
    return score


def test_evaluate_seed_core_entity_recall(seed_score):
    assert seed_score.core_found / seed_score.core_total >= 0.7, seed_score.misses


def test_evaluate_seed_has_no_must_not_entities(seed_score):
    assert seed_score.must_not_hits == []


def test_evaluate_seed_explicit_relation_recall(seed_score):
    assert seed_score.rel_explicit_found / seed_score.rel_explicit_total >= 0.5, \
        [m for m in seed_score.misses if m.startswith("relation")]


def test_evaluate_seed_attribute_recall(seed_score):
    assert seed_score.attr_found / seed_score.attr_total >= 0.5, \
        [m for m in seed_score.misses if m.startswith("attribute")]


def test_evaluate_seed_relations_all_have_evidence(seed_score):
    assert seed_score.rel_total > 0
    assert seed_score.relations_without_evidence == 0


def test_evaluate_counts_must_not_hits_and_misses(sample_graph, tmp_path):
    gold = tmp_path / "check.gold.json"
    gold.write_text(json.dumps({
        "article": "bs_biomed.md",
        "entities": [{"name": "宝山区", "aliases": ["宝山"], "types": ["Place"], "core": True},
                     {"name": "不存在的示范园", "aliases": [], "types": ["Park"], "core": True}],
        "must_not": ["宝山区"],
        "relations": [], "attributes": [],
    }, ensure_ascii=False), encoding="utf-8")

    (score,) = evaluate([gold], sample_graph)

    assert (score.core_found, score.core_total) == (1, 2)
    assert score.must_not_hits == ["宝山区"]
    assert "entity 不存在的示范园 [core]" in score.misses


def test_evaluate_names_an_article_missing_from_the_graph(sample_graph, tmp_path):
    gold = tmp_path / "absent.gold.json"
    gold.write_text(json.dumps({"article": "absent.txt", "entities": []}), encoding="utf-8")

    (score,) = evaluate([gold], sample_graph)

    assert score.missing_article
