"""Time to interactive of graph.html for a synthetic graph, in headless Chromium.

    .venv/bin/python benchmarks/explorer_tti.py                 # 2,000 entities, 6,000 relations
    .venv/bin/python benchmarks/explorer_tti.py --nodes 5000 --edges 15000 --runs 5
    .venv/bin/python benchmarks/explorer_tti.py --cold        # the page is the browser's first navigation

Interactive = the page has parsed its data, drawn the network once and handed the main thread back
(the explorer sets ``data-ready`` one animation frame after its first draw). Also printed: how long
Python takes to write the page, its size, and how long a search + focus takes once it is ready.
Not a test: the numbers depend on the machine. Needs chromium and chromium-driver (see README).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.browser.chromium

from bskg.export.html import to_html  # noqa: E402
from bskg.graph import KnowledgeGraph  # noqa: E402
from bskg.model import (Article, Entity, EntityType, Evidence, Quantity, QuantityProperty,  # noqa: E402
                        Relation, RelationType)
from bskg.vocab import entity_id  # noqa: E402

SUFFIX = {EntityType.PROJECT: "项目", EntityType.PARK: "产业园", EntityType.ORGANIZATION: "有限公司",
          EntityType.PLACE: "镇", EntityType.PERSON: ""}
SYLLABLES = "宝山吴淞杨行罗店大场顾村月浦淞南庙行高境友谊张庙智慧创新科技生物医药机器人材料湾港滨江北上海南大"


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> KnowledgeGraph:
    """A scale-free graph shaped like a large build: hubs (districts, parks), many small entities."""
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(n_nodes, max(1, n_edges // n_nodes), seed=seed)
    pairs = list(skeleton.edges())
    while len(pairs) < n_edges:
        u, v = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if u != v:
            pairs.append((u, v))
    articles = tuple(Article(id=f"a{i:04d}", source=f"synthetic/a{i:04d}.txt", raw="", text="",
                             title=f"合成文章 {i}：区域发展动态", published=date(2024, 1, 1) + timedelta(days=i))
                     for i in range(max(1, n_nodes // 10)))
    types = list(EntityType)
    ids, entities = [], {}
    for i in range(n_nodes):
        etype = types[0] if i % 7 == 0 else rng.choice(types)
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 6))) + SUFFIX[etype] + str(i)
        eid = entity_id(etype, name)
        ids.append(eid)
        entities[eid] = Entity(eid, etype, name, aliases=(name[:3] + str(i),),
                               articles=tuple(sorted({rng.choice(articles).id for _ in range(2)})))
    relations = []
    for u, v in pairs[:n_edges]:
        art = rng.choice(articles).id
        sentence = f"{entities[ids[u]].name}与{entities[ids[v]].name}签署战略合作协议，双方将在产业、科创和人才方面深化合作。"
        relations.append(Relation(ids[u], rng.choice(list(RelationType)), ids[v],
                                  (Evidence(art, 10 * u, 10 * u + len(sentence), sentence),),
                                  inferred=rng.random() < 0.2))
    quantities = tuple(Quantity(ids[i], QuantityProperty.INVESTMENT, rng.randint(1, 500) * 1e7, "总投资若干亿元",
                                (Evidence(articles[0].id, 0, 10, "总投资若干亿元。"),))
                       for i in range(0, n_nodes, 5))
    return KnowledgeGraph(articles=articles, entities=entities, relations=tuple(relations), quantities=quantities)


def main(argv: list[str] | None = None) -> int:
    from tests.browser.chromium import chromium, missing, open_page

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=6000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="also save the page here")
    ap.add_argument("--cold", action="store_true", help="open the page as the browser's first navigation")
    args = ap.parse_args(argv)
    if why := missing():
        print(f"cannot run: {why}", file=sys.stderr)
        return 2

    kg = synthetic_graph(args.nodes, args.edges)
    t = time.perf_counter()
    page = to_html(kg, max_nodes=args.nodes)
    write_s = time.perf_counter() - t
    folder = Path(tempfile.mkdtemp(prefix="bskg-bench-"))
    path = args.keep or folder / "graph.html"
    path.write_text(page, encoding="utf-8")
    print(f"graph: {len(kg.entities)} entities, {len(kg.relations)} relations; "
          f"page written in {write_s:.2f} s, {path.stat().st_size / 1e6:.1f} MB")

    ready, wall, focus = [], [], []
    for run in range(args.runs):
        with chromium() as driver:  # a fresh browser each run: no warm cache
            if not args.cold:
                driver.get("about:blank")  # the browser is up, as when a user opens the file in it
            t = time.perf_counter()
            ready.append(open_page(driver, path, timeout=120) / 1000)
            wall.append(time.perf_counter() - t)
            name = next(iter(kg.entities.values())).name
            focus.append(driver.execute_script(
                "var t = performance.now(); var h = bskg.search(arguments[0]); bskg.focus(h[0].id);"
                "bskg.network.redraw(); return performance.now() - t;", name) / 1000)
        print(f"run {run + 1}: interactive {ready[-1]:.2f} s after navigation "
              f"(until Selenium sees it: {wall[-1]:.2f} s); search + focus {focus[-1] * 1000:.0f} ms")
    print(f"median time to interactive: {statistics.median(ready):.2f} s after navigation, "
          f"{statistics.median(wall):.2f} s as Selenium sees it ({args.nodes} nodes / {args.edges} edges, "
          f"{args.runs} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
