"""Score a build (graph.ttl) against gold files in the contract's format.

Everything is read from the RDF, the way an outside check would. For each gold file, only the
entities mentioned in its article (bskg:mentionedIn) and the statements derived from it count.
Names match when they are equal after normalisation (full-/half-width, brackets, spaces) to the
gold name or any gold alias; an entity's type must be one the gold accepts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import UsageError
from .extract.lexicon import normalise
from .queries import run

TYPES = ("Project", "Park", "Organization", "Place", "Person")
_SYMMETRIC = {"cooperatesWith", "adjacentTo"}


@dataclass
class Score:
    article: str
    core_found: int = 0
    core_total: int = 0
    all_found: int = 0
    all_total: int = 0
    predicted: int = 0
    predicted_ok: int = 0
    must_not_hits: list[str] = field(default_factory=list)
    rel_explicit_found: int = 0
    rel_explicit_total: int = 0
    rel_found: int = 0
    rel_total: int = 0
    attr_found: int = 0
    attr_total: int = 0
    relations_without_evidence: int = 0
    per_type: dict[str, list[int]] = field(default_factory=dict)  # type → [gold found, gold total, pred ok, pred]
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    missing_article: bool = False

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def as_dict(self) -> dict:
        r = self.ratio
        return {
            "article": self.article, "core_recall": r(self.core_found, self.core_total),
            "entity_recall": r(self.all_found, self.all_total), "precision": r(self.predicted_ok, self.predicted),
            "must_not_hits": self.must_not_hits,
            "explicit_relation_recall": r(self.rel_explicit_found, self.rel_explicit_total),
            "relation_recall": r(self.rel_found, self.rel_total),
            "attribute_recall": r(self.attr_found, self.attr_total),
            "relations_without_evidence": self.relations_without_evidence,
            "per_type": {t: {"recall": r(v[0], v[1]), "precision": r(v[2], v[3]), "gold": v[1], "predicted": v[3]}
                         for t, v in sorted(self.per_type.items())},
            "misses": self.misses, "false_positives": self.false_positives,
        }


def _load_gold(path: Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: not a JSON gold file ({e})") from None
    if not isinstance(gold, dict) or "article" not in gold or "entities" not in gold:
        raise UsageError(f"{path}: a gold file needs 'article' and 'entities' (see CONTRACT.md)")
    return gold


_ENTITIES_Q = """
PREFIX bskg: <https://w3id.org/bskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?e ?type ?label ?alt ?aid WHERE {
  ?e bskg:mentionedIn ?art ; a ?type ; rdfs:label ?label .
  ?art dcterms:identifier ?aid .
  OPTIONAL { ?e skos:altLabel ?alt }
  FILTER(STRSTARTS(STR(?type), "https://w3id.org/bskg/ontology#"))
}"""
_RELATIONS_Q = """
PREFIX bskg: <https://w3id.org/bskg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o ?aid ?text WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?st bskg:evidenceText ?text }
  ?art dcterms:identifier ?aid .
}"""
_ARTICLES_Q = """
PREFIX bskg: <https://w3id.org/bskg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?aid ?src ?file WHERE {
  ?a a bskg:Article ; dcterms:identifier ?aid .
  OPTIONAL { ?a dcterms:source ?src } OPTIONAL { ?a bskg:sourceFile ?file } }"""


def evaluate(gold_paths: list[Path], graph: Graph) -> list[Score]:
    _, ents = run(graph, _ENTITIES_Q)
    _, stmts = run(graph, _RELATIONS_Q)
    _, arts = run(graph, _ARTICLES_Q)
    article_ids = {r["aid"] for r in arts}
    by_file: dict[str, set] = {}  # a gold file may name the input file instead of the article id
    for r in arts:
        for name in (r["file"], Path(str(r["src"] or "")).name):
            if name:
                by_file.setdefault(str(name), set()).add(r["aid"])
    info: dict[str, dict] = {}
    for r in ents:
        d = info.setdefault(r["e"], {"type": r["type"].rsplit("#", 1)[-1], "names": set(), "label": r["label"],
                                     "articles": set()})
        d["names"].add(normalise(r["label"]))
        if r["alt"]:
            d["names"].add(normalise(r["alt"]))
        d["articles"].add(r["aid"])
    scores = []
    for path in gold_paths:
        gold = _load_gold(path)
        aid = gold["article"]
        # an id first; else every article read from the named file (one, unless a .jsonl holds several)
        aids = {aid} if aid in article_ids else by_file.get(str(aid), set())
        score = Score(article=str(gold["article"]), missing_article=not aids)
        mine = {e: d for e, d in info.items() if aids & d["articles"]}
        _score_entities(score, gold, mine)
        _score_relations(score, gold, mine, [s for s in stmts if s["aid"] in aids])
        scores.append(score)
    return scores


def _gold_names(entity: dict) -> set[str]:
    return {normalise(entity["name"]), *(normalise(a) for a in entity.get("aliases", []))}


def _matches(gold_entity: dict, mine: dict) -> list[str]:
    names = _gold_names(gold_entity)
    return [e for e, d in mine.items() if d["names"] & names]


def _score_entities(score: Score, gold: dict, mine: dict) -> None:
    all_gold_names = set().union(*(_gold_names(g) for g in gold["entities"])) if gold["entities"] else set()
    for g in gold["entities"]:
        hits = _matches(g, mine)
        typed = [e for e in hits if mine[e]["type"] in g.get("types", TYPES)]
        for t in g.get("types", TYPES)[:1]:
            slot = score.per_type.setdefault(t, [0, 0, 0, 0])
            slot[1] += 1
            slot[0] += bool(typed)
        score.all_total += 1
        score.all_found += bool(typed)
        if g.get("core"):
            score.core_total += 1
            score.core_found += bool(typed)
        if not typed:
            why = f" (found as {', '.join(sorted({mine[e]['type'] for e in hits}))})" if hits else ""
            score.misses.append(f"entity {g['name']}{why}" + (" [core]" if g.get("core") else ""))
    must_not = {normalise(s) for s in gold.get("must_not", [])}
    for e, d in sorted(mine.items()):
        score.predicted += 1
        slot = score.per_type.setdefault(d["type"], [0, 0, 0, 0])
        slot[3] += 1
        if d["names"] & all_gold_names:
            score.predicted_ok += 1
            slot[2] += 1
        else:
            score.false_positives.append(f"{d['label']} ({d['type']})")
        hit = d["names"] & must_not
        if hit:
            score.must_not_hits.extend(sorted(hit))


def _score_relations(score: Score, gold: dict, mine: dict, stmts: list[dict]) -> None:
    triples = set()
    for s in stmts:
        p = s["p"].rsplit("#", 1)[-1]
        if s["s"] in mine and s["o"] in mine and p in {"locatedIn", "partOf", "developedBy", "cooperatesWith",
                                                         "adjacentTo", "hosts", "relatedTo"}:
            triples.add((s["s"], p, s["o"]))
            if not s.get("text"):
                score.relations_without_evidence += 1
    by_name = {g["name"]: g for g in gold["entities"]}

    def ids(name: str) -> list[str]:
        g = by_name.get(name, {"name": name, "aliases": []})
        return _matches(g, mine)

    for rel in gold.get("relations", []):
        heads, tails = ids(rel["head"]), ids(rel["tail"])
        ok = False
        for p in rel["rel"]:
            for h in heads:
                for t in tails:
                    if (h, p, t) in triples or (p in _SYMMETRIC and (t, p, h) in triples) or \
                            (p == "locatedIn" and (t, "hosts", h) in triples):
                        ok = True
        score.rel_total += 1
        score.rel_found += ok
        if rel.get("explicit"):
            score.rel_explicit_total += 1
            score.rel_explicit_found += ok
        if not ok:
            score.misses.append(f"relation {rel['head']} {'/'.join(rel['rel'])} {rel['tail']}"
                                + (" [explicit]" if rel.get("explicit") else ""))
    _score_attributes(score, gold, mine, stmts)


def _score_attributes(score: Score, gold: dict, mine: dict, stmts: list[dict]) -> None:
    values: dict[tuple[str, str], list[float]] = {}
    for s in stmts:
        p = s["p"].rsplit("#", 1)[-1]
        if p in ("investmentYuan", "areaKm2", "heightM", "lengthKm"):
            try:
                values.setdefault((s["s"], p), []).append(float(s["o"]))
            except (TypeError, ValueError):
                pass
    by_name = {g["name"]: g for g in gold["entities"]}
    for a in gold.get("attributes", []):
        g = by_name.get(a["entity"], {"name": a["entity"], "aliases": []})
        want = float(a["value"])
        ok = any(
            abs(v - want) <= max(1e-6, abs(want) * 0.01)
            for e in _matches(g, mine) for v in values.get((e, a["attr"]), [])
        )
        score.attr_total += 1
        score.attr_found += ok
        if not ok:
            score.misses.append(f"attribute {a['entity']} {a['attr']}={a['value']}")


def total(scores: list[Score]) -> Score:
    t = Score(article="TOTAL")
    for s in scores:
        for f in ("core_found", "core_total", "all_found", "all_total", "predicted", "predicted_ok",
                  "rel_explicit_found", "rel_explicit_total", "rel_found", "rel_total", "attr_found",
                  "attr_total", "relations_without_evidence"):
            setattr(t, f, getattr(t, f) + getattr(s, f))
        t.must_not_hits.extend(s.must_not_hits)
        for k, v in s.per_type.items():
            slot = t.per_type.setdefault(k, [0, 0, 0, 0])
            for i in range(4):
                slot[i] += v[i]
    return t
