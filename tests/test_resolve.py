"""Resolution is deterministic: input order and rebuilding never change the graph."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

import bskg

from .conftest import ARTICLES, content_triples

SUBSET = sorted(p for p in ARTICLES.iterdir() if p.is_file() and p.name.startswith(("bs_", "yp_")))


def assert_same_build(a, b) -> None:
    assert a.entities == b.entities
    assert a.relations == b.relations  # relation evidence is sorted, so tuples compare
    assert a.quantities == b.quantities
    assert a.milestones == b.milestones
    ga, gb = content_triples(a.rdf), content_triples(b.rdf)
    assert ga == gb, (sorted(map(str, ga - gb))[:20], sorted(map(str, gb - ga))[:20])


def test_resolve_content_triples_tell_graphs_apart(sample_kg):
    """The comparison above is not blind: dropping one evidence sentence is seen."""
    g = sample_kg.rdf
    changed = Graph()
    dropped = False
    for t in g:
        if not dropped and str(t[1]).endswith("#evidenceText"):
            dropped = True
            continue
        changed.add(t)
    assert content_triples(changed) != content_triples(g)


def test_resolve_reversed_input_order_gives_the_same_graph(sample_kg):
    files = sorted(p for p in ARTICLES.rglob("*") if p.is_file())
    assert len(files) >= 10

    assert_same_build(bskg.build(files[::-1]), sample_kg)


@cache
def _subset_build():
    return bskg.build(SUBSET)


@settings(max_examples=8)
@given(order=st.permutations(SUBSET))
def test_resolve_article_order_does_not_change_the_graph(order):
    assert_same_build(bskg.build(order), _subset_build())


def test_resolve_building_twice_gives_identical_graph_ttl_bytes(sample_build, tmp_path):
    bskg.build(ARTICLES, out=tmp_path)

    assert (tmp_path / "graph.ttl").read_bytes() == sample_build.ttl.read_bytes()


def test_resolve_joins_aliases_across_articles(sample_kg):
    """宝山 and 宝山区 are one entity, mentioned by several articles."""
    baoshan = sample_kg.entity("宝山")
    assert baoshan is not None and baoshan is sample_kg.entity("宝山区")
    assert len(baoshan.articles) >= 3


def test_resolve_relations_point_at_known_entities(sample_kg):
    dangling = [(r.subject, r.predicate.value, r.object) for r in sample_kg.relations
                if r.subject not in sample_kg.entities or r.object not in sample_kg.entities]
    assert dangling == []
    assert all(r.evidence for r in sample_kg.relations)
