"""Saved SPARQL queries shipped with bskg (``data/queries/*.rq``), parameters, and result formats.

Each file starts with comment lines::

    # title: 地点内的一切 / Everything inside a place
    # description: 中文说明。 English description.
    # param: place (required) 地点名称 / name of the place

A parameter is written ``$place`` in the query body and replaced, before the query runs, by an RDF
term: a value starting with ``http://`` or ``https://`` becomes an IRI, any other text a ``"…"@zh``
literal (entity labels and article titles are ``@zh``), Python numbers and booleans typed literals.
An optional parameter that is not given becomes ``""``, so a query tests ``STR($x) = ""``.
Substituting text rather than pre-binding variables works the same on rdflib, pyoxigraph and any
SPARQL endpoint.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path

from .errors import UsageError
from .resources import resource

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT = {XSD + "decimal", XSD + "double", XSD + "float"}
_PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*(?:\((required|optional|default\s+[^)]*)\))?\s*(.*)$", re.M)


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    description: str
    default: str | None = None

    @property
    def numeric(self) -> bool:
        """A parameter with an integer default (``limit``) is substituted as a bare integer."""
        return self.default is not None and self.default.isdigit()


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = ()

    def sparql(self, **values: object) -> str:
        """The query text with its parameters substituted (see the module docstring)."""
        return bind(self.text, values, self.params, self.name)


def saved_queries() -> dict[str, SavedQuery]:
    """Every query shipped in ``data/queries``, by name (the file stem)."""
    return _saved(resource("queries"))


_CACHE: dict[tuple, dict[str, SavedQuery]] = {}


def _saved(folder: Path) -> dict[str, SavedQuery]:
    files = sorted(folder.glob("*.rq"))
    key = (str(folder), tuple((p.name, p.stat().st_mtime_ns) for p in files))
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = {p.stem: parse_query(p.stem, p.read_text(encoding="utf-8")) for p in files}
    return _CACHE[key]


def parse_query(name: str, text: str) -> SavedQuery:
    title = re.search(r"^#\s*title:\s*(.+)$", text, re.M)
    desc = re.search(r"^#\s*description:\s*(.+)$", text, re.M)
    params = []
    for m in _PARAM_RE.finditer(text):
        kind = m[2] or "required"
        default = kind.split(None, 1)[1].strip() if kind.startswith("default") else None
        params.append(Param(m[1], kind == "required", m[3].strip(), default))
    params = tuple(params)
    return SavedQuery(name, title[1].strip() if title else name, desc[1].strip() if desc else "", text, params)


def get_query(name_or_path: str) -> SavedQuery:
    """A saved query by name, or a .rq file by path."""
    queries = saved_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise UsageError(f"{path}: no such query file")
        return parse_query(path.stem, path.read_text(encoding="utf-8"))
    raise UsageError(f"unknown query '{name_or_path}'; saved queries: {', '.join(queries)} "
                     "(bskg query --list describes them)")


def looks_like_query(text: str) -> bool:
    """True for SPARQL text, False for a saved query name or a .rq path."""
    return bool(re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.I)) and ("{" in text)


# ---------------------------------------------------------------- parameters

def term(value: object) -> str:
    """A Python value as a SPARQL term (IRI, ``"…"@zh``, typed literal)."""
    n3 = getattr(value, "n3", None)
    if callable(n3):  # an rdflib term
        return n3()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, (float, Decimal)):
        return f'"{Decimal(str(value))}"^^<{XSD}decimal>'
    if isinstance(value, _dt.date):
        return f'"{value.isoformat()}"^^<{XSD}date>'
    text = str(value)
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", text):
        return f"<{text}>"
    return '"' + _escape(text) + '"@zh'


class _Bare(str):
    """Substituted as written (a LIMIT)."""


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


def bind(text: str, values: dict[str, object], declared: tuple[Param, ...] = (), name: str = "query") -> str:
    """Replace ``$param`` in the body of ``text`` (comment lines are left alone)."""
    known = {p.name for p in declared}
    if declared:
        unknown = sorted(set(values) - known)
        if unknown:
            takes = ", ".join(p.name for p in declared) or "no parameters"
            raise UsageError(f"{name} has no parameter {', '.join(unknown)}; it takes: {takes}")
        missing = [p.name for p in declared if p.required and values.get(p.name) in (None, "")]
        if missing:
            example = " ".join(f"--param {m}=…" for m in missing)
            raise UsageError(f"{name} needs {', '.join(missing)}: {example}")
        values = {p.name: p.default or "" for p in declared} | {k: v for k, v in values.items() if v is not None}
        for p in declared:
            if p.numeric:
                try:
                    n = int(str(values[p.name]))
                except ValueError:
                    n = -1
                if n < 0:
                    raise UsageError(f"{name}: {p.name} must be a whole number, got '{values[p.name]}'")
                values[p.name] = _Bare(str(n))
    if not values:
        return text
    used: set[str] = set()

    def sub(m: re.Match) -> str:
        key = m[1]
        if key not in values:
            return m[0]
        used.add(key)
        v = values[key]
        if isinstance(v, _Bare):
            return str(v)
        return '""' if v is None or v == "" else term(v)

    pattern = re.compile(r"\$(" + "|".join(map(re.escape, sorted(values, key=len, reverse=True))) + r")\b")
    lines = [line if line.lstrip().startswith("#") else pattern.sub(sub, line) for line in text.split("\n")]
    if not declared:
        unused = sorted(set(values) - used)
        if unused:
            raise UsageError(f"parameter {', '.join(unused)} does not occur in the query (write it as $name)")
    return "\n".join(lines)


# ---------------------------------------------------------------- results

# A result cell, independent of the engine: ("uri", iri) | ("bnode", id) |
# ("literal", lexical form, datatype IRI or None for plain strings, language tag or None).
Cell = tuple


def py_value(cell: Cell | None) -> object:
    """A result cell as a Python value: int, float (decimals), bool, or str (IRIs, text, dates)."""
    if cell is None:
        return None
    if cell[0] != "literal":
        return cell[1]
    _, value, datatype, _lang = cell
    try:
        if datatype in _INTEGER:
            return int(value)
        if datatype in _FLOAT:
            return float(value)
    except ValueError:
        return value
    if datatype == XSD + "boolean":
        return value in ("true", "1")
    return value


@dataclass
class Results:
    """Rows of a SELECT (or the answer of an ASK) in one engine-independent form."""

    variables: list[str]
    cells: list[tuple[Cell | None, ...]] = field(default_factory=list)
    boolean: bool | None = None

    @cached_property
    def rows(self) -> list[dict[str, object]]:
        if self.boolean is not None:
            return [{"ask": self.boolean}]
        names = self.variables
        return [{v: py_value(c) for v, c in zip(names, row)} for row in self.cells]

    def __len__(self) -> int:
        return 1 if self.boolean is not None else len(self.cells)

    def __iter__(self):
        return iter(self.rows)

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON Format."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean})

        def js(c: Cell) -> dict:
            if c[0] == "literal":
                out = {"type": "literal", "value": c[1]}
                if c[3]:
                    out["xml:lang"] = c[3]
                elif c[2]:
                    out["datatype"] = c[2]
                return out
            return {"type": c[0], "value": c[1]}

        bindings = [{v: js(c) for v, c in zip(self.variables, row) if c is not None} for row in self.cells]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2)

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV Format (lexical values, blank nodes as ``_:id``)."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        if self.boolean is not None:
            w.writerow(["ask"])
            w.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        w.writerow(self.variables)
        for row in self.cells:
            w.writerow([_plain(c) for c in row])
        return buf.getvalue()

    def to_table(self) -> str:
        """An aligned text table (wide CJK characters count double) with a row count."""
        if self.boolean is not None:
            return "yes" if self.boolean else "no"
        cells = [[_plain(c) for c in row] for row in self.cells]
        widths = [max([_width(v)] + [_width(c[i]) for c in cells]) for i, v in enumerate(self.variables)]
        lines = [" | ".join(_pad(v, widths[i]) for i, v in enumerate(self.variables)).rstrip(),
                 "-+-".join("-" * w for w in widths)]
        lines += [" | ".join(_pad(c[i], widths[i]) for i in range(len(widths))).rstrip() for c in cells]
        lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(lines)

    def render(self, fmt: str) -> str:
        return {"json": self.to_json, "csv": self.to_csv, "table": self.to_table}[fmt]()


def _plain(c: Cell | None) -> str:
    if c is None:
        return ""
    return f"_:{c[1]}" if c[0] == "bnode" else c[1].replace("\n", " ")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


# ---------------------------------------------------------------- running

def select(graph, query: str | SavedQuery, **params: object) -> Results:
    """Run a saved query (name or object), a .rq path or SPARQL text over ``graph``.

    ``graph``: a :class:`bskg.store.GraphStore`, an rdflib ``Graph`` or a ``pyoxigraph.Store``.
    """
    from .store import as_store

    if isinstance(query, str) and not looks_like_query(query):
        query = get_query(query)
    text = query.sparql(**params) if isinstance(query, SavedQuery) else bind(query, params)
    return as_store(graph).select(text)


def run(graph, sparql: str, **params: object) -> tuple[list[str], list[dict[str, object]]]:
    """Run a SELECT (or ASK); rows are dicts of Python values (str, int, float, bool; IRIs as str)."""
    res = select(graph, sparql, **params)
    return (["ask"] if res.boolean is not None else list(res.variables)), res.rows
