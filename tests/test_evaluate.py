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


def test_evaluate_finds_jsonl_records_by_the_file_name(tmp_path):
    records = [{"id": "rec-1", "title": "一", "url": "http://example.com/1", "published": "2024-05-01",
                "text": "上海大学与宝山区签约共建环上大科技园。"},
               {"id": "rec-2", "title": "二", "url": "http://example.com/2", "published": "2024-05-02",
                "text": "吴淞创新城位于宝山区。"}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    kg = bskg.build([feed])
    golds = {}
    for article, name in (("feed.jsonl", "吴淞创新城"), ("rec-1", "环上大科技园"), ("rec-1", "吴淞创新城")):
        golds[article, name] = gold = tmp_path / f"{article}-{name}.gold.json"
        gold.write_text(json.dumps({"article": article, "entities": [
            {"name": name, "aliases": [], "types": ["Park", "Place"], "core": True}]},
            ensure_ascii=False), encoding="utf-8")

    scores = evaluate(list(golds.values()), kg.rdf)

    # the file's name stands for both records; an id for its own record only
    assert [(s.missing_article, s.core_found) for s in scores] == [(False, 1), (False, 1), (False, 0)]
