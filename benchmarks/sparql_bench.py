"""Benchmark (not a test): the saved queries on a synthetic bskg graph, rdflib's memory store vs pyoxigraph.

    .venv/bin/python benchmarks/sparql_bench.py                       # 100k entities, ~1M triples
    .venv/bin/python benchmarks/sparql_bench.py --entities 10000      # a quick run
    .venv/bin/python benchmarks/sparql_bench.py --no-rdflib           # Oxigraph only

The graph has bskg's shape (CONTRACT.md): typed, labelled entities mentioned in articles; a place
hierarchy with parks, projects, organizations and persons; every relation and quantity with a reified
statement and its evidence; milestones. It is written as N-Triples to a temporary folder, loaded
into (1) rdflib's in-memory Graph, (2) an in-memory pyoxigraph Store and (3) an on-disk store as
``bskg build --store oxigraph`` makes one, and every saved query is timed (parse, evaluation and
reading all rows into Python). rdflib queries run in a forked child so a slow one can be cut off at
``--timeout`` seconds.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bskg import store as bstore
from bskg.queries import _width, saved_queries

B = "https://w3id.org/bskg/"
O = B + "ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

# example parameters for the queries that need one; the generator makes sure they exist
PARAMS = {"inside_place": {"place": "宝山区"}, "article_facts": {"article": "a00042"}}
DISTRICT = "宝山区"


def generate(path: Path, n_entities: int, seed: int = 42) -> int:
    """Write a synthetic bskg graph as N-Triples; returns the number of triples."""
    rnd = random.Random(seed)
    out = path.open("w", encoding="utf-8")
    count = 0

    def t(s: str, p: str, o: str) -> None:
        nonlocal count
        out.write(f"{s} {p} {o} .\n")
        count += 1

    def iri(x: str) -> str:
        return f"<{x}>"

    def lit(text: str, lang: str | None = "zh") -> str:
        return f'"{text}"@{lang}' if lang else f'"{text}"'

    def typed(value: object, dt: str) -> str:
        return f'"{value}"^^<{XSD}{dt}>'

    a_type, label = iri(RDF + "type"), iri(RDFS + "label")
    n_articles = max(50, n_entities // 20)
    articles = [iri(f"{B}article/a{i:05d}") for i in range(n_articles)]
    for i, a in enumerate(articles):
        t(a, a_type, iri(O + "Article"))
        t(a, iri(DCT + "identifier"), lit(f"a{i:05d}", None))
        t(a, iri(DCT + "title"), lit(f"第{i}号区域发展报道"))
        t(a, iri(DCT + "source"), lit(f"https://example.org/news/{i}.html", None))
        t(a, iri(DCT + "issued"), typed(f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}", "date"))

    def entity(kind: str, name: str) -> str:
        e = iri(f"{B}id/{kind.lower()}/{name}")
        t(e, a_type, iri(O + kind))
        t(e, label, lit(name))
        for a in rnd.sample(articles, 1 + (rnd.random() < 0.3)):
            t(e, iri(O + "mentionedIn"), a)
        if rnd.random() < 0.15:
            t(e, iri(SKOS + "altLabel"), lit(name[:3] + "简称"))
        return e

    def evidence(node: str) -> None:
        art = rnd.choice(articles)
        start = rnd.randrange(0, 5000)
        t(node, iri(O + "evidenceText"), lit(f"证据句{start}：某某项目位于某园区，总投资约若干亿元。"))
        t(node, iri(PROV + "wasDerivedFrom"), art)
        t(node, iri(O + "charStart"), typed(start, "integer"))
        t(node, iri(O + "charEnd"), typed(start + 40, "integer"))

    stmt = 0

    def statement(s: str, p: str, o: str) -> str:
        """The direct triple and its reified statement node."""
        nonlocal stmt
        t(s, iri(O + p), o)
        st = f"_:s{stmt}"
        stmt += 1
        t(st, a_type, iri(RDF + "Statement"))
        t(st, iri(RDF + "subject"), s)
        t(st, iri(RDF + "predicate"), iri(O + p))
        t(st, iri(RDF + "object"), o)
        return st

    def relation(s: str, p: str, o: str) -> None:
        st = statement(s, p, o)
        if rnd.random() < 0.2:
            t(st, iri(O + "inferred"), typed("true", "boolean"))
        evidence(st)

    def quantity(s: str, p: str, value: float) -> None:
        st = statement(s, p, typed(f"{value:.4f}".rstrip("0").rstrip("."), "decimal"))
        t(st, iri(O + "surfaceText"), lit("总投资约若干亿元"))
        evidence(st)

    # places: cities > districts > towns, one district called 宝山区
    scale = n_entities / 100_000
    cities = [entity("Place", f"测试市{i}") for i in range(max(2, int(10 * scale)))]
    districts = []
    for i in range(max(4, int(100 * scale))):
        d = entity("Place", DISTRICT if i == 0 else f"测试区{i}")
        relation(d, "locatedIn", rnd.choice(cities))
        districts.append(d)
    towns = []
    for i in range(max(8, int(1000 * scale))):
        tw = entity("Place", f"测试镇{i}")
        relation(tw, "locatedIn", districts[i % len(districts)])
        towns.append(tw)
    parks = []
    for i in range(max(10, int(2000 * scale))):
        pk = entity("Park", f"测试园区{i}")
        relation(pk, "locatedIn", rnd.choice(parks) if parks and rnd.random() < 0.1 else rnd.choice(towns))
        if rnd.random() < 0.5:
            quantity(pk, "areaKm2", rnd.uniform(0.5, 50))
        parks.append(pk)
    n_projects, n_orgs = int(n_entities * 0.30), int(n_entities * 0.45)
    orgs = [entity("Organization", f"测试机构{i}有限公司") for i in range(n_orgs)]
    for o in rnd.sample(orgs, n_orgs // 20):
        relation(o, "locatedIn", rnd.choice(parks))
    projects = []
    for i in range(n_projects):
        pr = entity("Project", f"测试项目{i}")
        relation(pr, "locatedIn", rnd.choice(parks) if rnd.random() < 0.7 else rnd.choice(towns))
        if projects and rnd.random() < 0.03:
            relation(pr, "partOf", rnd.choice(projects))
        if rnd.random() < 0.3:
            relation(pr, "developedBy", rnd.choice(orgs))
        if rnd.random() < 0.5:
            quantity(pr, "investmentYuan", rnd.randrange(1, 2000) * 1e7)
        if rnd.random() < 0.25:
            quantity(pr, "areaKm2", rnd.uniform(0.01, 2))
        if rnd.random() < 0.2:
            m = iri(f"{B}id/project/测试项目{i}/milestone/1")
            t(pr, iri(O + "milestone"), m)
            t(m, a_type, iri(O + "Milestone"))
            t(m, iri(O + "milestoneKind"), lit(rnd.choice(["开工", "签约", "竣工", "投产"])))
            t(m, iri(O + "milestoneDate"), typed(f"20{20 + i % 8}-{1 + i % 12:02d}", "gYearMonth"))
            t(m, iri(O + "planned"), typed("true" if i % 8 > 5 else "false", "boolean"))
            evidence(m)
        projects.append(pr)
    for _ in range(n_orgs // 10):
        relation(rnd.choice(orgs), "cooperatesWith", rnd.choice(orgs + projects))
    made = len(cities) + len(districts) + len(towns) + len(parks) + len(orgs) + len(projects)
    for i in range(max(0, n_entities - made)):
        pe = entity("Person", f"测试人物{i}")
        if rnd.random() < 0.1:
            relation(pe, "relatedTo", rnd.choice(orgs))
    out.close()
    return count


def cases() -> list[str]:
    """Every saved query, and those that take a district once more with ``district=宝山区``."""
    out = []
    for name, q in saved_queries().items():
        out.append(name)
        if any(p.name == "district" for p in q.params):
            out.append(f"{name} district={DISTRICT}")
    return out


def _params(case: str) -> tuple[str, dict]:
    name, _, district = case.partition(" district=")
    params = dict(PARAMS.get(name, {}))
    if district:
        params["district"] = district
    return name, params


def _run_all(g, names, repeat: int) -> dict[str, tuple[float, int]]:
    out = {}
    for case in names:
        name, params = _params(case)
        times, rows = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = len(g.query(name, **params))
            times.append(time.perf_counter() - t0)
        out[case] = (statistics.median(times), rows)
    return out


def _rdflib_child(conn, g, case: str) -> None:
    name, params = _params(case)
    t0 = time.perf_counter()
    rows = len(g.query(name, **params))
    conn.send((time.perf_counter() - t0, rows))


def _rdflib_times(g, names, timeout: float) -> dict[str, tuple[float | None, int | None]]:
    """Each query in a forked child (sharing the loaded graph), killed after ``timeout`` seconds."""
    ctx = mp.get_context("fork")
    out = {}
    for name in names:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_rdflib_child, args=(child, g, name), daemon=True)
        proc.start()
        if parent.poll(timeout):
            out[name] = parent.recv()
        else:
            out[name] = (None, None)
        proc.kill()
        proc.join()
        print(f"  rdflib {name}: {_fmt(out[name][0], timeout)}", file=sys.stderr, flush=True)
    return out


def _fmt(seconds: float | None, timeout: float) -> str:
    if seconds is None:
        return f"> {timeout:.0f} s"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--timeout", type=float, default=120.0, help="cut-off for one rdflib query (seconds)")
    ap.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query (median is shown)")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib (its load alone takes minutes)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the generated files in this folder")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bskg-bench-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    nt = work / "graph.nt"
    t0 = time.perf_counter()
    n = generate(nt, args.entities)
    print(f"generated {n:,} triples for {args.entities:,} entities in {time.perf_counter() - t0:.1f} s "
          f"({nt.stat().st_size / 1e6:.0f} MB N-Triples)", file=sys.stderr)
    names = cases()
    loads: dict[str, float] = {}
    results: dict[str, dict] = {}

    t0 = time.perf_counter()
    mem = bstore.open(nt)
    loads["oxigraph (memory)"] = time.perf_counter() - t0
    results["oxigraph (memory)"] = _run_all(mem, names, args.repeat)
    del mem
    gc.collect()

    t0 = time.perf_counter()
    disk_dir = bstore.write_store(nt, work / bstore.STORE_DIR)
    disk = bstore.open(disk_dir)
    loads["oxigraph (disk)"] = time.perf_counter() - t0
    results["oxigraph (disk)"] = _run_all(disk, names, args.repeat)
    del disk
    gc.collect()

    if not args.no_rdflib:
        print("loading into rdflib (minutes for 1M triples) …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        rg = bstore.open(nt, engine="rdflib")
        loads["rdflib (memory)"] = time.perf_counter() - t0
        results["rdflib (memory)"] = _rdflib_times(rg, names, args.timeout)

    engines = list(results)
    print(f"\nbskg saved queries on {n:,} triples ({args.entities:,} entities); "
          f"Oxigraph: median of {args.repeat} runs; rdflib cut off at {args.timeout:.0f} s\n")
    head = ["query", "rows"] + engines
    table = [["load", ""] + [f"{loads[e]:.1f} s" for e in engines]]
    for name in names:
        rows = results[engines[0]][name][1]
        table.append([name, f"{rows:,}"] + [_fmt(results[e][name][0], args.timeout) for e in engines])
    widths = [max(_width(r[i]) for r in [head] + table) for i in range(len(head))]
    print(" | ".join(h + " " * (w - _width(h)) for h, w in zip(head, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in table:
        print(" | ".join(c + " " * (w - _width(c)) if i == 0 else " " * (w - _width(c)) + c
                         for i, (c, w) in enumerate(zip(r, widths))))
    slow = [nm for nm in names if results["oxigraph (disk)"][nm][0] >= 1.0]
    print(f"\nevery saved query under 1 s on the on-disk Oxigraph store: {'yes' if not slow else 'NO: ' + ', '.join(slow)}")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
