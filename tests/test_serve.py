"""The read-only SPARQL endpoint (`bskg serve`) and `bskg push` into a real Oxigraph Graph Store.

Servers bind 127.0.0.1 on a free port and are always stopped.
"""

from __future__ import annotations

import re
import urllib.request

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

import bskg
from bskg.cli import main
from bskg.serve import build_graph_iri, push, start


def _count(endpoint: str, graph_iri: str | None = None) -> int:
    client = SPARQLWrapper(endpoint)
    where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    client.setQuery(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    client.setReturnFormat(JSON)
    return int(client.query().convert()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def endpoint(sample_build):
    with start(sample_build.ttl) as server:
        yield server
    assert server.process.poll() is not None


def test_serve_answers_sparql_queries(endpoint, sample_build):
    assert endpoint.host == "127.0.0.1"
    assert _count(endpoint.query_url) == len(bskg.open(sample_build.ttl))
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(bskg.queries.saved_queries()["inside_place"].sparql(place="宝山区"))
    client.setReturnFormat(JSON)
    names = {b["name"]["value"] for b in client.query().convert()["results"]["bindings"]}
    assert names == {r["name"] for r in bskg.open(sample_build.ttl).query("inside_place", place="宝山区")}


def test_serve_refuses_update(endpoint):
    before = _count(endpoint.query_url)
    for url in (endpoint.url + "/update", endpoint.query_url):
        client = SPARQLWrapper(url)
        client.setMethod(POST)
        client.setQuery("PREFIX ex: <urn:ex:> INSERT DATA { ex:a ex:b ex:c }")
        with pytest.raises(Exception):
            client.query()
    assert _count(endpoint.query_url) == before


def test_serve_query_page_works_offline(endpoint):
    page = urllib.request.urlopen(endpoint.url + "/", timeout=10).read().decode("utf-8")
    assert "<html" in page.lower()
    assert not re.search(r"""(src|href)=["']https?://""", page), "the query page must not load anything from the network"


def test_serve_cli_rejects_a_missing_graph(tmp_path):
    r = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path / "none.ttl"), "--port", "0"])
    assert r.exit_code == 2 and "bskg build" in r.output


def test_push_loads_one_named_graph_per_build(sample_build, store_build):
    triples = len(bskg.open(sample_build.ttl))
    with start(None, read_only=False) as store:
        first = push(sample_build.ttl, store.store_url)
        assert first.status in (200, 201, 204)
        assert first.graph_iri == build_graph_iri(sample_build.ttl)
        assert _count(store.query_url, first.graph_iri) == triples
        again = push(sample_build.ttl, store.store_url)  # same build: replaced, not doubled
        assert _count(store.query_url, again.graph_iri) == triples
        other = push(store_build / "graph.oxigraph", store.store_url, graph_iri="urn:bskg:test")
        assert _count(store.query_url, other.graph_iri) == triples
        r = CliRunner().invoke(main, ["push", "--graph", str(sample_build.out), "--endpoint", store.store_url,
                                      "--graph-iri", "urn:bskg:cli"])
        assert r.exit_code == 0 and "urn:bskg:cli" in r.output
        assert _count(store.query_url, "urn:bskg:cli") == triples


def test_push_names_an_unreachable_endpoint(sample_build):
    from bskg.serve import free_port

    r = CliRunner().invoke(main, ["push", "--graph", str(sample_build.ttl),
                                  "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert r.exit_code == 2 and "cannot reach" in r.output
