"""The vocabulary, in one place: namespaces and the one function that mints entity IRIs."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .model import EntityType

BASE = "https://w3id.org/bskg/"
SCHEMA = Namespace("https://schema.org/")
ENTITY = Namespace(BASE + "id/")
ARTICLE = Namespace(BASE + "article/")


class BSKG(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/bskg/ontology#")

    # classes
    Project: URIRef
    Park: URIRef
    Organization: URIRef
    Place: URIRef
    Person: URIRef
    Article: URIRef
    Milestone: URIRef
    # relations
    locatedIn: URIRef
    partOf: URIRef
    developedBy: URIRef
    cooperatesWith: URIRef
    adjacentTo: URIRef
    hosts: URIRef
    relatedTo: URIRef
    # quantities
    investmentYuan: URIRef
    areaKm2: URIRef
    heightM: URIRef
    lengthKm: URIRef
    # evidence and provenance
    evidenceText: URIRef
    charStart: URIRef
    charEnd: URIRef
    mentionedIn: URIRef
    sourceFile: URIRef
    inferred: URIRef
    surfaceText: URIRef
    qualifier: URIRef
    maxValue: URIRef
    # milestones (extension)
    milestone: URIRef
    milestoneKind: URIRef
    milestoneDate: URIRef
    planned: URIRef
    title: URIRef
    hasType: URIRef


def _iri_safe(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    out = []
    for ch in name:
        if ch.isalnum() or ch in "-_.~":
            out.append(ch)
        else:
            out.append(quote(ch, safe=""))
    return "".join(out)


def entity_iri(etype: EntityType | str, name: str) -> URIRef:
    """Stable IRI from (type, canonical name): the same on every build and machine."""
    t = etype.value if isinstance(etype, EntityType) else str(etype)
    return ENTITY[f"{t.lower()}/{_iri_safe(name)}"]


@lru_cache(maxsize=4096)
def article_iri(article_id: str) -> URIRef:
    return ARTICLE[_iri_safe(article_id)]


def entity_id(etype: EntityType, name: str) -> str:
    """The entity id used inside bskg (and as the networkx node key): its IRI as a string."""
    return str(entity_iri(etype, name))
