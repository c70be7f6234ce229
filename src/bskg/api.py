"""The library API the CLI is a thin layer over: build, load, evaluate."""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path

from .errors import BskgError, InputError, UsageError
from .extract import Pipeline
from .extract.lexicon import Lexicon, load_lexicon
from .graph import KnowledgeGraph
from .ingest import iter_files, read_file
from .model import Article, InputStatus
from .resolve import resolve

log = logging.getLogger(__name__)

DEFAULT_INPUT = Path("data/articles")
DEFAULT_OUT = Path("outputs")


def _fewer_gc_passes(func):
    """Run ``func`` with the cyclic garbage collector's thresholds raised, as mypy does for its
    builds: a build allocates millions of small objects that all stay alive until resolution, and
    with the default thresholds the collector rescans them over and over (~5% of a build)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        old = gc.get_threshold()
        gc.set_threshold(100_000, 50, 100)
        try:
            return func(*args, **kwargs)
        finally:
            gc.set_threshold(*old)

    return wrapper


@_fewer_gc_passes
def build(
    inputs: Iterable[str | os.PathLike] | str | os.PathLike | None = None,
    out: str | os.PathLike | None = None,
    *,
    progress: bool = False,
    lexicon: Lexicon | str | os.PathLike | None = None,
    max_nodes: int | None = None,
    store: str | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from article files and folders.

    ``out``: when given, write graph.ttl, graph.html, report.md and build.json there.
    Bad inputs never stop the build: they are listed in ``kg.inputs`` with their reason.

    >>> kg = build(["data/articles"])                      # doctest: +SKIP
    >>> kg.entity("上海大学").type                            # doctest: +SKIP
    """
    if inputs is None:
        inputs = [DEFAULT_INPUT]
    elif isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    lex = lexicon if isinstance(lexicon, Lexicon) or lexicon is None else load_lexicon(Path(lexicon))
    pipeline = Pipeline(lex)
    timings["load_resources_s"] = time.perf_counter() - t0

    files = list(iter_files(inputs))
    statuses: list[InputStatus] = []
    parsed = []
    articles: list[Article] = []
    used_ids: set[str] = set()
    t1 = time.perf_counter()
    bar = _progress(files, progress)
    for item in bar:
        if isinstance(item, InputError):
            statuses.append(InputStatus(source=_source_of(item), ok=False, reason=str(item)))
            log.warning("%s", item)
            continue
        count, errors, warnings = 0, [], []
        for got in read_file(item):
            if isinstance(got, InputError):
                errors.append(str(got))
                log.warning("%s", got)
                continue
            got = _unique_id(got, used_ids)
            warnings.extend(got.warnings)
            try:
                parsed.append(pipeline(got))
            except Exception as exc:  # a bug must not cost the user the other articles
                log.exception("extraction failed on %s", got.source)
                errors.append(f"{got.source}: extraction failed ({type(exc).__name__}: {exc}); please report this")
                continue
            articles.append(got)
            count += 1
        ok = not errors
        statuses.append(InputStatus(str(item), ok=ok, articles=count, reason="; ".join(errors),
                                    warnings=tuple(dict.fromkeys(warnings))))
    timings["extract_s"] = time.perf_counter() - t1
    if not articles:
        reasons = "; ".join(s.reason for s in statuses if s.reason) or "no input files found"
        raise UsageError(f"nothing could be built: {reasons}")

    t2 = time.perf_counter()
    entities, relations, quantities, milestones = resolve(parsed, pipeline.resources.lexicon)
    kg = KnowledgeGraph(
        articles=tuple(sorted(articles, key=lambda a: a.id)), entities=entities,
        relations=tuple(relations), quantities=tuple(quantities), milestones=tuple(milestones),
        inputs=tuple(statuses), timings=timings,
    )
    timings["resolve_s"] = time.perf_counter() - t2
    if out is not None:
        write_outputs(kg, Path(out), max_nodes=max_nodes, store=store)
    timings["total_s"] = time.perf_counter() - t0
    return kg


def write_outputs(kg: KnowledgeGraph, out: Path, max_nodes: int | None = None,
                  store: str | None = None) -> dict[str, Path]:
    """``store="oxigraph"``: also load graph.ttl into an on-disk Oxigraph store, ``graph.oxigraph``,
    which ``bskg query``, ``report``, ``serve`` and ``bskg.open`` then use (fast on millions of triples)."""
    if store not in (None, "none", "oxigraph"):
        raise UsageError(f"unknown store '{store}'; use oxigraph")
    from .export.graphml import write_graphml
    from .export.html import write_html
    from .export.nodelink import write_node_link
    from .export.rdf import write_rdf
    from .export.report import write_report

    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / name for name in ("graph.ttl", "graph.html", "graph.json", "graph.graphml",
                                            "report.md", "build.json")}
    t = time.perf_counter()
    write_rdf(kg, paths["graph.ttl"])
    kg.timings["write_rdf_s"] = time.perf_counter() - t
    if store == "oxigraph":
        from .store import STORE_DIR, write_store

        t = time.perf_counter()
        paths[STORE_DIR] = write_store(paths["graph.ttl"], out / STORE_DIR)
        kg.timings["write_store_s"] = time.perf_counter() - t
    t = time.perf_counter()
    write_html(kg, paths["graph.html"], max_nodes=max_nodes)
    kg.timings["write_html_s"] = time.perf_counter() - t
    t = time.perf_counter()
    write_node_link(kg, paths["graph.json"])
    write_graphml(kg, paths["graph.graphml"])
    kg.timings["write_json_graphml_s"] = time.perf_counter() - t
    t = time.perf_counter()
    write_report(paths["graph.ttl"], paths["report.md"])  # reads the graph.ttl just written
    kg.timings["write_report_s"] = time.perf_counter() - t
    from .export import atomic_write

    atomic_write(paths["build.json"], json.dumps(build_summary(kg), ensure_ascii=False, indent=2) + "\n")
    return paths


def build_summary(kg: KnowledgeGraph) -> dict:
    return {
        "bskg_version": _version(),
        "counts": kg.summary(),
        "timings_s": {k: round(v, 3) for k, v in kg.timings.items()},
        "inputs": [
            {"source": s.source, "ok": s.ok, "articles": s.articles,
             **({"reason": s.reason} if s.reason else {}),
             **({"warnings": list(s.warnings)} if s.warnings else {})}
            for s in kg.inputs
        ],
        "rejected": sum(not s.ok for s in kg.inputs),
        "warnings": [w for s in kg.inputs for w in s.warnings],
    }


def _version() -> str:
    from . import __version__

    return __version__


def _progress(files: list, enabled: bool):
    if not enabled or len(files) < 2:
        return files
    from tqdm import tqdm

    return tqdm(files, desc="bskg build", unit="file", leave=False)


def _source_of(err: InputError) -> str:
    return str(err).split(": ", 1)[0]


def _unique_id(article: Article, used: set[str]) -> Article:
    from dataclasses import replace
    import hashlib

    aid = article.id
    if aid in used:
        aid = f"{aid}~{hashlib.sha1(article.source.encode()).hexdigest()[:8]}"
    used.add(aid)
    return article if aid == article.id else replace(article, id=aid)


def load_graph(path: str | os.PathLike):
    """An rdflib Graph from a built graph.ttl (or a build folder)."""
    from rdflib import Graph

    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.exists():
        raise UsageError(f"{path}: no such graph; run 'bskg build' first or pass --graph")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types for malformed Turtle
        raise UsageError(f"{path}: not a readable Turtle graph ({type(exc).__name__}: {exc})") from None


__all__ = ["BskgError", "build", "build_summary", "load_graph", "write_outputs"]
