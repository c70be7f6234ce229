"""Throughput of a whole build (ingest → extraction → resolution → graph.ttl) on one core.

Makes a corpus of a few MB from the sample articles (each copy with its numbers and some names
shifted so that entities do not all collapse into one), then times ``bskg.build`` and the RDF
export. Prints KB/s; the target is ≥ 250 KB of article text per second.

    python benchmarks/bench_build.py [--mb 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import time
import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, megabytes: float) -> int:
    from bskg.ingest import read_inputs

    articles = [a for a in read_inputs([ROOT / "data" / "articles"]) if hasattr(a, "text")]
    rng = random.Random(7)
    suffixes = "甲乙丙丁戊己庚辛壬癸"
    size, n = 0, 0
    while size < megabytes * 1024 * 1024:
        a = articles[n % len(articles)]
        tag = suffixes[(n // len(articles)) % len(suffixes)] + str(n // (len(articles) * len(suffixes)))
        text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m[0]) * rng.uniform(0.5, 1.5), 1)), a.text)
        text = re.sub(r"(产业园|科技园|项目|有限公司)", lambda m: tag + m[0], text, count=3)
        body = f"---\ntitle: {a.title}{tag}\npublished: 2024-05-{1 + n % 28:02d}\n---\n{text}\n"
        path = folder / f"bench_{n:05d}.txt"
        path.write_text(body, encoding="utf-8")
        size += len(text.encode("utf-8"))
        n += 1
    return size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import bskg
    from bskg.export.rdf import write_rdf

    tmp = Path(tempfile.mkdtemp(prefix="bskg-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        size = make_corpus(corpus, args.mb)
        files = len(list(corpus.iterdir()))
        t0 = time.perf_counter()
        kg = bskg.build([corpus])
        t1 = time.perf_counter()
        write_rdf(kg, tmp / "graph.ttl")
        t2 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        total = t2 - t0
        print(f"corpus            {files} articles, {size / 1024:,.0f} KB of text")
        print(f"build (to graph)  {t1 - t0:6.2f} s   (resources {kg.timings['load_resources_s']:.2f} s, "
              f"extract {kg.timings['extract_s']:.2f} s, resolve {kg.timings['resolve_s']:.2f} s)")
        print(f"write graph.ttl   {t2 - t1:6.2f} s   ({len(kg.rdf):,} triples)")
        print(f"end to end        {total:6.2f} s   → {size / 1024 / total:,.0f} KB/s  (target ≥ 250 KB/s)")
        print(f"peak RSS          {peak / 2**20:,.0f} MB")
        print(f"graph             {len(kg.entities):,} entities, {len(kg.relations):,} relations")
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
