"""SHACL validation of a build against the shapes shipped with the ontology (``ontology/shapes.ttl``).

>>> report = bskg.open("outputs/graph.ttl").validate()        # doctest: +SKIP
>>> report.conforms, len(report.violations)                   # doctest: +SKIP
(True, 0)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from .errors import ResourceError
from .resources import resource

log = logging.getLogger(__name__)

_PREFIXES = {
    "https://w3id.org/bskg/ontology#": "bskg:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "https://w3id.org/bskg/id/": "e:",
    "https://w3id.org/bskg/article/": "art:",
}


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with names a reader can place."""

    focus: str          # IRI or blank-node id of the node that fails
    focus_label: str    # its rdfs:label, or a description of the statement / milestone
    path: str           # the property, shortened (``rdfs:label``), or "" for node-level checks
    message: str        # the shape's bilingual message
    value: str = ""     # the offending value, when there is one
    severity: str = "Violation"

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}{self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def __bool__(self) -> bool:
        return self.conforms

    def text(self, limit: int = 200) -> str:
        """Violations grouped by the node they concern, most affected first."""
        if self.conforms:
            return "graph conforms to the bskg shapes: every entity is labelled, typed and traced to an " \
                   "article; every statement has its evidence; every quantity is a non-negative decimal"
        groups: dict[tuple[str, str], list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[(v.focus_label, v.focus)].append(v)
        out = [f"{len(self.violations)} violation{'s' if len(self.violations) != 1 else ''} "
               f"on {len(groups)} node{'s' if len(groups) != 1 else ''}:"]
        shown = 0
        for (label, focus), vs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if shown >= limit:
                out.append(f"… and {len(self.violations) - shown} more")
                break
            out.append(f"✗ {label}  <{focus}>" if not focus.startswith("_:") else f"✗ {label}")
            for v in sorted(set(vs), key=lambda v: (v.path, v.message, v.value)):
                out.append(f"    {v.line()}")
                shown += 1
        return "\n".join(out)


def shapes() -> Graph:
    """The shipped SHACL shapes."""
    return Graph().parse(resource("ontology", "shapes.ttl"), format="turtle")


def validate(graph) -> ValidationReport:
    """Validate a build (GraphStore, rdflib Graph, or a path) against the shipped shapes.

    pySHACL checks the core constraints. The SHACL-SPARQL constraints (``sh:sparql``) are run here
    as one query each over the whole graph with Oxigraph (``$this`` left free), which gives the
    same results as pySHACL's per-node evaluation in a fraction of the time.
    """
    from pyshacl import validate as shacl

    from .store import as_store, from_rdflib

    data = _as_rdflib(graph)
    core, sparql = split_sparql_constraints(shapes())
    conforms, results, _text = shacl(data, shacl_graph=core, inference="none", advanced=False,
                                     allow_warnings=True, abort_on_first=False)
    if not isinstance(results, Graph):  # pySHACL reports a broken shapes file this way
        raise ResourceError(f"the shipped SHACL shapes cannot be used: {results}")
    violations = list(_violations(results, data))
    store = as_store(graph) if not isinstance(graph, Graph) else from_rdflib(graph)
    for message, query in sparql:
        res = store.select(query)
        for row, cells in zip(res.rows, res.cells):
            this = row.get("this")
            value = dict(zip(res.variables, cells)).get("value")
            node = _node(this)
            violations.append(Violation(
                focus=_id(node), focus_label=_describe(node, data) if not isinstance(node, BNode) else
                _describe_statement(store, str(this)), path=_short(URIRef(row["path"])) if row.get("path") else "",
                message=message, value=value[1] if value is not None else ""))
    return ValidationReport(bool(conforms) and not violations, tuple(violations))


def split_sparql_constraints(shapes_graph: Graph) -> tuple[Graph, list[tuple[str, str]]]:
    """The shapes without their ``sh:sparql`` constraints, and those as (message, whole-graph query)."""
    core = Graph()
    for t in shapes_graph:
        core.add(t)
    out = []
    for shape, c in list(shapes_graph.subject_objects(SH.sparql)):
        prefixes = []
        for decl_owner in shapes_graph.objects(c, SH.prefixes):
            for decl in shapes_graph.objects(decl_owner, SH.declare):
                prefixes.append(f"PREFIX {shapes_graph.value(decl, SH.prefix)}: <{shapes_graph.value(decl, SH.namespace)}>")
        select = str(shapes_graph.value(c, SH.select)).replace("$this", "?this")
        out.append((str(shapes_graph.value(c, SH.message) or "SPARQL constraint not met"), "\n".join(prefixes) + "\n" + select))
        core.remove((shape, SH.sparql, c))
    return core, out


def _describe_statement(store, bnode_id: str) -> str:
    rows = store.select(
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?st ?sl ?p ?ol ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
        "OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol } }").rows
    for r in rows:
        if r["st"] == bnode_id:
            return f"statement: {r['sl'] or '?'} {_short(URIRef(r['p']))} {r['ol'] or r['o']}"
    return f"statement _:{bnode_id}"


def _node(value):
    if value is None:
        return None
    text = str(value)
    return URIRef(text) if text.startswith(("http://", "https://")) else BNode(text)


def _as_rdflib(graph) -> Graph:
    if isinstance(graph, Graph):
        return graph
    from .store import as_store

    return as_store(graph).to_rdflib()


def _violations(results: Graph, data: Graph):
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        message = results.value(r, SH.resultMessage)
        severity = results.value(r, SH.resultSeverity)
        yield Violation(
            focus=_id(focus), focus_label=_describe(focus, data), path=_short(path) if path is not None else "",
            message=str(message) if message is not None else "constraint not met",
            value=_short(value) if value is not None else "",
            severity=_short(severity).split("#")[-1].removeprefix("sh:") if severity is not None else "Violation",
        )


def _id(node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _short(term) -> str:
    if isinstance(term, Literal):
        text = str(term)
        return text if len(text) <= 60 else text[:57] + "…"
    if isinstance(term, BNode):
        return "[path]" if term else ""
    s = str(term)
    for ns, prefix in _PREFIXES.items():
        if s.startswith(ns):
            return prefix + s[len(ns):]
    return s


def _label(node, data: Graph) -> str:
    label = data.value(node, RDFS.label)
    return str(label) if label is not None else _short(node)


def _describe(node, data: Graph) -> str:
    """A node a person can find: the entity's label, or what a statement or milestone says."""
    if node is None:
        return "?"
    if (node, RDF.type, RDF.Statement) in data or data.value(node, RDF.subject) is not None:
        s, p, o = data.value(node, RDF.subject), data.value(node, RDF.predicate), data.value(node, RDF.object)
        parts = [_label(s, data) if s is not None else "?", _short(p) if p is not None else "?",
                 (_label(o, data) if isinstance(o, URIRef) else _short(o)) if o is not None else "?"]
        return "statement: " + " ".join(parts)
    owner = next(data.subjects(URIRef("https://w3id.org/bskg/ontology#milestone"), node), None)
    if owner is not None:
        kind = data.value(node, URIRef("https://w3id.org/bskg/ontology#milestoneKind"))
        return f"milestone: {_label(owner, data)} {kind or ''}".rstrip()
    return _label(node, data)
