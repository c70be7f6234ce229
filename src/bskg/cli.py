"""The command line: parses arguments, calls bskg's library API, reports. Nothing else."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from . import api
from .errors import BskgError

DEFAULT_GRAPH = api.DEFAULT_OUT / "graph.ttl"


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"bskg: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bskg")
@click.option("-v", "--verbose", is_flag=True, help="Show the library's log messages.")
def main(verbose: bool) -> None:
    """bskg — knowledge graphs of district development from Chinese articles.

    \b
    bskg build data/articles --out outputs
    bskg query projects_by_investment
    bskg report
    bskg eval data/gold/*.gold.json
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=api.DEFAULT_OUT, show_default=True,
              help="Folder for graph.ttl, graph.html, graph.json, graph.graphml, report.md and build.json.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Most connected entities drawn in graph.html (default 3000); the page lists what it leaves out.")
@click.option("--lexicon", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Use this lexicon folder instead of the shipped one.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--store", type=click.Choice(["none", "oxigraph"]), default="none", show_default=True,
              help="oxigraph: also write an on-disk Oxigraph store (graph.oxigraph) for fast queries on big graphs.")
def build(inputs: tuple[Path, ...], out: Path, max_nodes: int | None, lexicon: Path | None, progress: bool | None,
          store: str) -> None:
    """Build the graph from article files and folders (default: data/articles).

    Exit code 0 when every input was built, 1 when some were rejected (the rest is still
    built and written), 2 when nothing could be built.
    """
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        kg = api.build(list(inputs) or [api.DEFAULT_INPUT], out=out, progress=progress, lexicon=lexicon,
                       max_nodes=max_nodes, store=None if store == "none" else store)
    except BskgError as e:
        _fail(str(e))
    for s in kg.inputs:
        for w in s.warnings:
            click.echo(f"bskg: warning: {w}", err=True)
        if not s.ok:
            for reason in s.reason.split("; "):
                click.echo(f"bskg: rejected: {reason}", err=True)
    summary = kg.summary()
    rejected = sum(not s.ok for s in kg.inputs)
    by_type = ", ".join(f"{v} {k}" for k, v in summary["entities_by_type"].items())
    click.echo(f"built {summary['articles']} articles → {summary['entities']} entities ({by_type}), "
               f"{summary['relations']} relations, {summary['quantities']} quantities, "
               f"{summary['milestones']} milestones in {kg.timings.get('total_s', 0):.1f}s")
    click.echo(f"wrote {out / 'graph.ttl'}, {out / 'graph.html'}, {out / 'graph.json'}, {out / 'graph.graphml'}, "
               f"{out / 'report.md'}, {out / 'report.html'}, {out / 'build.json'}"
               + (f", {out / 'graph.oxigraph'}" if store == "oxigraph" else ""))
    if rejected:
        click.echo(f"{rejected} input(s) rejected; see above and build.json", err=True)
        sys.exit(1)


def _graph_option(f):
    return click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH,
                        show_default=True,
                        help="graph.ttl, a build folder, or an Oxigraph store (bskg build --store oxigraph).")(f)


def _params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            _fail(f"--param needs NAME=VALUE, got '{p}'")
        out[key.strip()] = value
    return out


@main.command()
@click.argument("query", required=False)
@click.option("--sparql", help="A SPARQL query given inline instead of a saved name or .rq file.")
@_graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="json and csv are the SPARQL 1.1 query results formats.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A value for $NAME in the query, e.g. --param place=宝山区 (repeatable).")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default=None,
              help="SPARQL engine (default: oxigraph).")
@click.option("--list", "list_", is_flag=True, help="List the saved queries with their parameters.")
def query(query: str | None, sparql: str | None, graph_path: Path, fmt: str, params: tuple[str, ...],
          engine: str | None, list_: bool) -> None:
    """Run a saved query (by name), a .rq file, or --sparql TEXT over a built graph.

    \b
    bskg query --list
    bskg query inside_place --param place=宝山区
    bskg query projects_by_investment --param district=宝山区 --format csv
    """
    from .queries import get_query, looks_like_query, saved_queries
    from .store import open as open_graph

    try:
        if list_:
            for name, q in saved_queries().items():  # one line per query: scripts read the first word
                params = ", ".join(p.name + ("" if not p.required else " (required)")
                                   + (f"={p.default}" if p.default else "") for p in q.params)
                click.echo(f"{name:27} {q.title}" + (f"  [--param {params}]" if params else ""))
            return
        if bool(query) == bool(sparql):
            _fail("give a saved query name, a .rq file, or --sparql TEXT (see bskg query --list)")
        target = sparql if sparql else (query if looks_like_query(query) else get_query(query))
        results = open_graph(graph_path, engine=engine).results(target, **_params(params))
    except BskgError as e:
        _fail(str(e))
    click.echo(results.render(fmt).rstrip("\r\n"))


@main.command()
@_graph_option
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Default: report.md beside the graph; report.html is written next to it.")
@click.option("--district", default=None, metavar="NAME", help="Only what lies inside this district, e.g. 宝山区.")
def report(graph_path: Path, out: Path | None, district: str | None) -> None:
    """Write report.md and report.html (a planner's brief) from a built graph, by SPARQL."""
    from .export.report import write_report

    try:
        target = out or (graph_path if graph_path.is_dir() else graph_path.parent) / "report.md"
        write_report(graph_path, target, district=district)
    except BskgError as e:
        _fail(str(e))
    click.echo(f"wrote {target} and {target.with_suffix('.html')}")


@main.command()
@_graph_option
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="Most violations printed.")
def validate(graph_path: Path, limit: int) -> None:
    """Check a build against the SHACL shapes shipped with the ontology (exit 1 on violations)."""
    from .store import open as open_graph

    try:
        result = open_graph(graph_path).validate()
    except BskgError as e:
        _fail(str(e))
    click.echo(result.text(limit=limit))
    if not result.conforms:
        sys.exit(1)


@main.command()
@_graph_option
@click.option("--host", "--bind", "host", default="127.0.0.1", show_default=True,
              help="Address to listen on; keep 127.0.0.1 unless others must reach it.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=7878, show_default=True,
              help="Port (0: any free port).")
def serve(graph_path: Path, host: str, port: int) -> None:
    """Serve a build as a read-only SPARQL 1.1 endpoint (Oxigraph), with a query page at /.

    UPDATE requests are refused. Stop with Ctrl-C.
    """
    from .serve import start

    try:
        server = start(graph_path, host=host, port=port or None, read_only=True)
    except BskgError as e:
        _fail(str(e))
    click.echo(f"serving {graph_path} read-only: query page {server.url}/ , SPARQL endpoint {server.query_url}")
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `kill` stops the server too, not only Ctrl-C
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@main.command()
@_graph_option
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://localhost:7878/store or http://localhost:3030/ds/data.")
@click.option("--graph-iri", default=None, metavar="IRI",
              help="Named graph to write (default: one per build, from the content of graph.ttl).")
@click.option("--user", default=None, metavar="NAME:PASSWORD", help="HTTP basic authentication.")
def push(graph_path: Path, endpoint: str, graph_iri: str | None, user: str | None) -> None:
    """Load a build into a SPARQL 1.1 Graph Store (Fuseki, GraphDB, Oxigraph, Virtuoso) as one named graph."""
    from .serve import push as push_graph

    try:
        result = push_graph(graph_path, endpoint, graph_iri=graph_iri, user=user)
    except BskgError as e:
        _fail(str(e))
    click.echo(f"pushed {result.bytes:,} bytes to {result.endpoint} as graph <{result.graph_iri}> (HTTP {result.status})")


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses/--no-misses", default=True, help="List missed entities, relations and attributes.")
def eval_(gold: tuple[Path, ...], graph_path: Path, as_json: bool, misses: bool) -> None:
    """Score a build against gold files (CONTRACT.md's format)."""
    from .evaluate import TYPES, evaluate, total

    try:
        graph = api.load_graph(graph_path)
        scores = evaluate(list(gold), graph)
    except BskgError as e:
        _fail(str(e))
    overall = total(scores)
    if as_json:
        click.echo(json.dumps({"files": [s.as_dict() for s in scores], "total": overall.as_dict()},
                              ensure_ascii=False, indent=2))
        return

    def pct(a, b):
        return "  n/a" if not b else f"{a / b:5.2f}"

    head = f"{'article':34} {'core':>5} {'recall':>6} {'prec':>5} {'must':>4} {'relX':>5} {'rel':>5} {'attr':>5}"
    click.echo(head)
    for s in scores + [overall]:
        name = s.article + (" (not in graph!)" if s.missing_article else "")
        click.echo(f"{name[:34]:34} {pct(s.core_found, s.core_total)} {pct(s.all_found, s.all_total):>6} "
                   f"{pct(s.predicted_ok, s.predicted)} {len(s.must_not_hits):>4} "
                   f"{pct(s.rel_explicit_found, s.rel_explicit_total)} {pct(s.rel_found, s.rel_total)} "
                   f"{pct(s.attr_found, s.attr_total)}")
    click.echo("\ncore=core entity recall, recall=all gold entities, prec=precision against gold names and aliases, "
               "must=must_not hits, relX=explicit relation recall, rel=all relations, attr=attribute recall")
    click.echo(f"relations without evidence: {overall.relations_without_evidence}")
    click.echo(f"\n{'type':14} {'recall':>7} {'prec':>6} {'gold':>5} {'pred':>5}")
    for t in TYPES:
        v = overall.per_type.get(t, [0, 0, 0, 0])
        click.echo(f"{t:14} {pct(v[0], v[1]):>7} {pct(v[2], v[3]):>6} {v[1]:>5} {v[3]:>5}")
    if overall.must_not_hits:
        click.echo(f"\nmust_not hits: {', '.join(overall.must_not_hits)}")
    if misses:
        for s in scores:
            if s.misses or s.false_positives:
                click.echo(f"\n== {s.article}")
                for m in s.misses:
                    click.echo(f"  miss: {m}")
                for fp in s.false_positives:
                    click.echo(f"  not in gold: {fp}")


if __name__ == "__main__":  # pragma: no cover
    main()
