"""Saved SPARQL queries shipped with bskg (``data/queries/*.rq``) and a runner for them.

Each file starts with ``# title:`` and ``# description:`` comment lines (Chinese and English).
Parameters are written ``$name`` in the query text and bound as literals or IRIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from .errors import UsageError
from .resources import resource


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    text: str


def saved_queries() -> dict[str, SavedQuery]:
    out = {}
    for path in sorted(resource("queries").glob("*.rq")):
        out[path.stem] = _parse(path.stem, path.read_text(encoding="utf-8"))
    return out


def _parse(name: str, text: str) -> SavedQuery:
    title = re.search(r"^#\s*title:\s*(.+)$", text, re.M)
    desc = re.search(r"^#\s*description:\s*(.+)$", text, re.M)
    return SavedQuery(name, title[1].strip() if title else name, desc[1].strip() if desc else "", text)


def get_query(name_or_path: str) -> SavedQuery:
    """A saved query by name, or a .rq file by path."""
    queries = saved_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        if not path.exists():
            raise UsageError(f"{path}: no such query file")
        return _parse(path.stem, path.read_text(encoding="utf-8"))
    raise UsageError(f"unknown query '{name_or_path}'; saved queries: {', '.join(queries)}")


def run(graph: Graph, sparql: str, **params: object) -> tuple[list[str], list[dict[str, object]]]:
    """Run a SELECT (or ASK) query; rows are dicts of Python values (str, float, bool, IRIs as str)."""
    bindings = {}
    for key, value in params.items():
        bindings[key] = value if isinstance(value, (URIRef, Literal)) else Literal(value, lang="zh") \
            if isinstance(value, str) and re.search(r"[\u4e00-\u9fff]", value) else Literal(value)
    try:
        result = graph.query(sparql, initBindings=bindings or None)
    except Exception as exc:  # pyparsing / rdflib errors on bad SPARQL
        raise UsageError(f"SPARQL error: {exc}") from None
    if result.type == "ASK":
        return ["ask"], [{"ask": bool(result.askAnswer)}]
    if result.type != "SELECT":
        raise UsageError("only SELECT and ASK queries are supported here")
    variables = [str(v) for v in result.vars]
    rows = []
    for row in result:
        rows.append({v: _py(row[i]) for i, v in enumerate(variables)})
    return variables, rows


def _py(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if hasattr(value, "is_finite"):  # Decimal
            return float(value)
        return value if isinstance(value, (int, float, bool)) else str(value)
    return str(term)
