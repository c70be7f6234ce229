"""A built graph opened for SPARQL: ``graph.ttl`` read into memory, or an on-disk Oxigraph store.

>>> g = bskg.open("outputs/graph.ttl")                        # doctest: +SKIP
>>> g.query("inside_place", place="宝山区")[0]["name"]         # doctest: +SKIP
>>> print(g.report(district="宝山区"))                          # doctest: +SKIP

Two engines answer the same saved queries: pyoxigraph (the default; fast, also on disk for graphs
of millions of triples) and rdflib's memory store (what the rest of bskg builds with).
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path

from .errors import UsageError
from .queries import Results, SavedQuery, select

log = logging.getLogger(__name__)

STORE_DIR = "graph.oxigraph"
ENGINES = ("oxigraph", "rdflib")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def is_store(path: Path) -> bool:
    """True when ``path`` is an Oxigraph (RocksDB) store directory."""
    return path.is_dir() and (path / "CURRENT").is_file() and (path / "IDENTITY").is_file()


class GraphStore:
    """SPARQL over one built graph. ``query`` gives rows as dicts, ``report`` renders the brief."""

    def __init__(self, backend, source: Path | None = None, engine: str = "oxigraph"):
        self._backend = backend
        self.source = source
        self.engine = engine

    def __repr__(self) -> str:
        return f"<GraphStore {self.engine} {self.source or '(in memory)'}: {len(self)} triples>"

    def __len__(self) -> int:
        return len(self._backend)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (an on-disk store's lock is freed when the object is collected)."""
        self._backend = None
        gc.collect()

    # -- querying
    def select(self, sparql: str) -> Results:
        """Run SPARQL text as it is (no parameters)."""
        if self._backend is None:
            raise UsageError("this graph was closed")
        return self._backend.select(sparql)

    def results(self, query: str | SavedQuery, **params: object) -> Results:
        """A saved query's name, a .rq path or SPARQL text, with ``$param`` values."""
        return select(self, query, **params)

    def query(self, query: str | SavedQuery, **params: object) -> list[dict[str, object]]:
        """Rows as dicts of Python values: ``g.query("inside_place", place="宝山区")``."""
        return self.results(query, **params).rows

    # -- the rest of bskg over SPARQL
    def report(self, district: str | None = None, out: str | os.PathLike | None = None) -> str:
        """The planner's brief as Markdown; with ``out``, also write it there and report.html beside it."""
        from .export.report import to_report, write_report_files

        if out is not None:
            return write_report_files(self, Path(out), district=district)
        return to_report(self, district=district)

    def validate(self):
        """SHACL validation against the shipped shapes (see :mod:`bskg.validate`)."""
        from .validate import validate

        return validate(self)

    def to_rdflib(self):
        """The graph as an rdflib ``Graph`` (a copy when the engine is Oxigraph)."""
        return self._backend.to_rdflib()

    def dump(self, fmt: str = "nt") -> bytes:
        """The graph serialised as N-Triples (``nt``) or Turtle (``ttl``)."""
        return self._backend.dump(fmt)


class _Oxigraph:
    def __init__(self, store):
        self.store = store

    def __len__(self) -> int:
        return len(self.store)

    def select(self, sparql: str) -> Results:
        import pyoxigraph as ox

        try:
            res = self.store.query(sparql)
            if isinstance(res, ox.QueryBoolean):
                return Results([], boolean=bool(res))
            if not isinstance(res, ox.QuerySolutions):
                raise UsageError("only SELECT and ASK queries are supported here")
            names = [v.value for v in res.variables]
            conv = _ox_cell
            cells = [tuple(conv(sol[i]) for i in range(len(names))) for sol in res]
        except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
            raise UsageError(f"SPARQL error: {exc}") from None
        return Results(names, cells)

    def dump(self, fmt: str) -> bytes:
        import pyoxigraph as ox

        rdf_format = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        return self.store.dump(format=rdf_format, from_graph=ox.DefaultGraph())

    def to_rdflib(self):
        from rdflib import Graph

        return Graph().parse(data=self.dump("nt"), format="nt")


def _ox_cell(t):
    if t is None:
        return None
    kind = type(t).__name__
    if kind == "NamedNode":
        return ("uri", t.value)
    if kind == "BlankNode":
        return ("bnode", t.value)
    if kind == "Literal":
        lang = t.language
        dt = None if lang else t.datatype.value
        return ("literal", t.value, None if dt == _XSD_STRING else dt, lang)
    return ("literal", str(t), None, None)  # RDF-star triple terms


class _Rdflib:
    def __init__(self, graph):
        self.graph = graph

    def __len__(self) -> int:
        return len(self.graph)

    def select(self, sparql: str) -> Results:
        try:
            res = self.graph.query(sparql)
            if res.type == "ASK":
                return Results([], boolean=bool(res.askAnswer))
            if res.type != "SELECT":
                raise UsageError("only SELECT and ASK queries are supported here")
            names = [str(v) for v in res.vars]
            cells = [tuple(_rdflib_cell(row[i]) for i in range(len(names))) for row in res]
        except UsageError:
            raise
        except Exception as exc:  # pyparsing and rdflib raise many types on bad SPARQL
            raise UsageError(f"SPARQL error: {exc}") from None
        return Results(names, cells)

    def dump(self, fmt: str) -> bytes:
        return self.graph.serialize(format="turtle" if fmt == "ttl" else "nt", encoding="utf-8")

    def to_rdflib(self):
        return self.graph


def _rdflib_cell(t):
    from rdflib import BNode, Literal

    if t is None:
        return None
    if isinstance(t, Literal):
        dt = None if t.language else (str(t.datatype) if t.datatype else None)
        return ("literal", str(t), None if dt == _XSD_STRING else dt, t.language)
    if isinstance(t, BNode):
        return ("bnode", str(t))
    return ("uri", str(t))


# ---------------------------------------------------------------- opening

def open(path: str | os.PathLike, engine: str | None = None) -> GraphStore:  # noqa: A001 - bskg.open
    """Open a build for SPARQL: ``graph.ttl``, a build folder, or an Oxigraph store folder.

    A build folder or a ``graph.ttl`` whose ``graph.oxigraph`` store (``bskg build --store oxigraph``)
    is at least as new is answered from that store. ``engine``: "oxigraph" (default) or "rdflib".
    """
    if engine not in (None, *ENGINES):
        raise UsageError(f"unknown engine '{engine}'; use one of {', '.join(ENGINES)}")
    p = Path(path)
    if p.is_dir() and not is_store(p):
        if not (p / "graph.ttl").exists() and not is_store(p / STORE_DIR):
            raise UsageError(f"{p}: no graph.ttl or {STORE_DIR} in this folder; run 'bskg build' first")
        p = p / "graph.ttl" if (p / "graph.ttl").exists() else p / STORE_DIR
    if p.is_file() and engine != "rdflib":
        sibling = p.parent / STORE_DIR
        if is_store(sibling) and sibling.stat().st_mtime >= p.stat().st_mtime:
            p = sibling
    if is_store(p):
        if engine == "rdflib":
            raise UsageError(f"{p} is an Oxigraph store; open it with engine='oxigraph'")
        import pyoxigraph as ox

        try:
            return GraphStore(_Oxigraph(ox.Store.read_only(str(p))), p, "oxigraph")
        except OSError as exc:
            raise UsageError(f"{p}: cannot open the Oxigraph store ({exc})") from None
    if not p.exists():
        raise UsageError(f"{p}: no such graph; run 'bskg build' first or pass --graph")
    if engine == "rdflib":
        from rdflib import Graph

        try:
            return GraphStore(_Rdflib(Graph().parse(p, format=_rdflib_format(p))), p, "rdflib")
        except Exception as exc:  # rdflib raises many types for malformed Turtle
            raise UsageError(f"{p}: not a readable RDF graph ({type(exc).__name__}: {exc})") from None
    return GraphStore(_Oxigraph(_load_memory(p)), p, "oxigraph")


def _rdflib_format(p: Path) -> str:
    return {".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}.get(p.suffix, "turtle")


def _ox_format(p: Path):
    import pyoxigraph as ox

    return {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML,
            ".jsonld": ox.RdfFormat.JSON_LD}.get(p.suffix, ox.RdfFormat.TURTLE)


def _load_memory(p: Path):
    import pyoxigraph as ox

    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=_ox_format(p))
    except (SyntaxError, ValueError, OSError) as exc:
        raise UsageError(f"{p}: not a readable RDF graph ({type(exc).__name__}: {exc})") from None
    return store


def as_store(graph) -> GraphStore:
    """Wrap whatever holds a graph: a GraphStore, an rdflib Graph, a pyoxigraph Store, or a path."""
    if isinstance(graph, GraphStore):
        return graph
    if isinstance(graph, (str, os.PathLike)):
        return open(graph)
    kind = type(graph).__module__.split(".")[0]
    if kind == "rdflib":
        return GraphStore(_Rdflib(graph), None, "rdflib")
    if kind == "pyoxigraph":
        return GraphStore(_Oxigraph(graph), None, "oxigraph")
    raise TypeError(f"cannot run SPARQL over a {type(graph).__name__}")


def from_rdflib(graph, engine: str = "oxigraph") -> GraphStore:
    """An rdflib Graph as a GraphStore, copied into an in-memory Oxigraph store by default."""
    if engine == "rdflib":
        return as_store(graph)
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    return GraphStore(_Oxigraph(store), None, "oxigraph")


def write_store(ttl: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Load ``ttl`` into a new on-disk Oxigraph store at ``target`` (replacing an old store there)."""
    import pyoxigraph as ox

    ttl, target = Path(ttl), Path(target)
    if target.exists() and not is_store(target):
        raise UsageError(f"{target} exists and is not an Oxigraph store; remove it or choose another --out")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(ttl), format=_ox_format(ttl))
        store.flush()
        store.optimize()
        del store
        gc.collect()
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("wrote Oxigraph store %s", target)
    return target
