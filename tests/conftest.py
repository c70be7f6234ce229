"""Shared fixtures: the sample corpus is built once per session, like a user would build it."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from rdflib import BNode, Graph, Literal

import bskg
from bskg.graph import KnowledgeGraph

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "data" / "articles"
GOLD = REPO / "data" / "gold"
GOLDEN = Path(__file__).resolve().parent / "golden"

# builds inside property tests take a fraction of a second; timing is not what they check
settings.register_profile(
    "bskg", deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bskg"))


@dataclass(frozen=True)
class Build:
    kg: KnowledgeGraph
    out: Path

    @property
    def ttl(self) -> Path:
        return self.out / "graph.ttl"

    @property
    def html(self) -> Path:
        return self.out / "graph.html"


def seeds_dir() -> Path | None:
    """The shared seed folder: $BSKG_SEEDS, else ../shared/seeds beside the repository."""
    env = os.environ.get("BSKG_SEEDS")
    path = Path(env) if env else REPO.parent / "shared" / "seeds"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Build:
    """data/articles built once, with every output written."""
    out = tmp_path_factory.mktemp("sample_build")
    return Build(bskg.build(ARTICLES, out=out), out)


@pytest.fixture(scope="session")
def sample_kg(sample_build) -> KnowledgeGraph:
    return sample_build.kg


@pytest.fixture(scope="session")
def sample_graph(sample_build) -> Graph:
    """graph.ttl as written, parsed back the way an outside check reads it."""
    return Graph().parse(sample_build.ttl, format="turtle")


@pytest.fixture(scope="session")
def golden() -> Path:
    return GOLDEN


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = seeds_dir()
    if path is None:
        pytest.skip("seed folder not found: set BSKG_SEEDS or provide ../shared/seeds next to the repository")
    return path


@pytest.fixture(scope="session")
def seed_article(seeds) -> Path:
    path = seeds / "000_ddbcb578127715f6.txt"
    if not path.exists():
        pytest.skip(f"seed article {path.name} is not in {seeds}")
    return path


def content_triples(g: Graph) -> set[tuple]:
    """The graph's triples, each blank node replaced by what it says (its non-blank properties).

    Reified statements are the only blank nodes bskg writes, so two graphs with equal content
    triples state the same facts with the same evidence, whatever labels their blank nodes carry
    and however their numbers are spelled.
    (Used instead of rdflib.compare.isomorphic, which takes ~20 s on the sample graph.)
    """
    described: dict[BNode, set] = defaultdict(set)
    for s, p, o in g:
        if isinstance(s, BNode) and not isinstance(o, BNode):
            described[s].add((p, _value(o)))
    name = {b: ("_:", frozenset(props)) for b, props in described.items()}
    return {(name.get(s, s), p, name.get(o, _value(o))) for s, p, o in g}


def _value(term):
    """Literals by value: "8000000000"^^xsd:decimal and 8000000000.0 are the same number."""
    if isinstance(term, Literal):
        return ("literal", term.datatype, term.language, str(term) if term.value is None else term.value)
    return term


@pytest.fixture(scope="session")
def store_build(sample_build, tmp_path_factory) -> Path:
    """The sample build written again with an on-disk Oxigraph store (``bskg build --store oxigraph``)."""
    out = tmp_path_factory.mktemp("store_build")
    bskg.write_outputs(sample_build.kg, out, store="oxigraph")
    return out
