"""The command line: parses arguments, calls bskg's library API, reports. Nothing else."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from pathlib import Path

import click

from . import api
from .errors import BskgError

DEFAULT_GRAPH = Path("outputs/graph.ttl")


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
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("outputs"), show_default=True,
              help="Folder for graph.ttl, graph.html, graph.json, graph.graphml, report.md and build.json.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Most connected entities drawn in graph.html (default 1500); the page lists what it leaves out.")
@click.option("--lexicon", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Use this lexicon folder instead of the shipped one.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def build(inputs: tuple[Path, ...], out: Path, max_nodes: int | None, lexicon: Path | None, progress: bool | None) -> None:
    """Build the graph from article files and folders (default: data/articles).

    Exit code 0 when every input was built, 1 when some were rejected (the rest is still
    built and written), 2 when nothing could be built.
    """
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        kg = api.build(list(inputs) or [api.DEFAULT_INPUT], out=out, progress=progress, lexicon=lexicon,
                       max_nodes=max_nodes)
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
               f"{out / 'report.md'}, {out / 'build.json'}")
    if rejected:
        click.echo(f"{rejected} input(s) rejected; see above and build.json", err=True)
        sys.exit(1)


def _render(variables: list[str], rows: list[dict], fmt: str) -> str:
    if fmt == "json":  # SPARQL 1.1 Query Results JSON Format
        def term(v):
            if isinstance(v, str) and v.startswith(("http://", "https://")):
                return {"type": "uri", "value": v}
            if isinstance(v, bool):
                return {"type": "literal", "value": str(v).lower(), "datatype": "http://www.w3.org/2001/XMLSchema#boolean"}
            if isinstance(v, (int, float)):
                return {"type": "literal", "value": str(v), "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
            return {"type": "literal", "value": str(v)}
        return json.dumps({"head": {"vars": variables},
                           "results": {"bindings": [{k: term(v) for k, v in r.items() if v is not None} for r in rows]}},
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(variables)
        for r in rows:
            w.writerow(["" if r[v] is None else r[v] for v in variables])
        return buf.getvalue().rstrip("\n")
    cells = [[("" if r[v] is None else str(r[v])) for v in variables] for r in rows]
    widths = [max([_width(v)] + [_width(c[i]) for c in cells]) for i, v in enumerate(variables)]
    lines = [" | ".join(_pad(v, widths[i]) for i, v in enumerate(variables)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c[i], widths[i]) for i in range(len(variables))) for c in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


@main.command()
@click.argument("query", required=False)
@click.option("--sparql", help="A SPARQL query given inline instead of a saved name or .rq file.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME in the query.")
@click.option("--list", "list_", is_flag=True, help="List the saved queries.")
def query(query: str | None, sparql: str | None, graph_path: Path, fmt: str, params: tuple[str, ...], list_: bool) -> None:
    """Run a saved query (by name), a .rq file, or --sparql TEXT over a built graph."""
    from .queries import get_query, run, saved_queries

    try:
        if list_:
            for name, q in saved_queries().items():
                click.echo(f"{name:28} {q.title}")
            return
        if bool(query) == bool(sparql):
            _fail("give a saved query name, a .rq file, or --sparql TEXT (see bskg query --list)")
        text = sparql or get_query(query).text
        bindings = {}
        for p in params:
            key, sep, value = p.partition("=")
            if not sep:
                _fail(f"--param needs NAME=VALUE, got '{p}'")
            bindings[key.strip()] = value
        graph = api.load_graph(graph_path)
        variables, rows = run(graph, text, **bindings)
    except BskgError as e:
        _fail(str(e))
    click.echo(_render(variables, rows, fmt))


@main.command()
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True)
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Default: report.md beside the graph.")
def report(graph_path: Path, out: Path | None) -> None:
    """Write report.md from a built graph, by SPARQL."""
    from .export.report import write_report

    try:
        graph = api.load_graph(graph_path)
        target = out or (graph_path if graph_path.is_dir() else graph_path.parent) / "report.md"
        write_report(graph_path, target, graph=graph)
    except BskgError as e:
        _fail(str(e))
    click.echo(f"wrote {target}")


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
