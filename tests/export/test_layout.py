"""layout.py: build-time positions for the explorer — deterministic, components apart, neighbours near."""

from __future__ import annotations

import math
import statistics

import networkx as nx

from bskg.export.layout import SPACING, force_layout


def _graph() -> nx.Graph:
    g = nx.barabasi_albert_graph(300, 2, seed=3)  # one hub-heavy component
    g.add_edges_from([(1000, 1001), (1001, 1002), (1003, 1004)])  # small islands
    g.add_nodes_from([2000, 2001, 2002])  # single entities
    return g


def test_layout_places_every_node_the_same_way_each_time():
    g = _graph()
    pos = force_layout(g)
    assert set(pos) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert force_layout(g) == pos
    shuffled = nx.Graph()
    shuffled.add_nodes_from(sorted(g, key=lambda n: -n))
    shuffled.add_edges_from(reversed(list(g.edges())))
    assert force_layout(shuffled) == pos  # insertion order does not matter


def test_layout_keeps_components_apart():
    g = _graph()
    pos = force_layout(g)
    boxes = []
    for comp in nx.connected_components(g):
        xs, ys = [pos[n][0] for n in comp], [pos[n][1] for n in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys), comp))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if len(a[4]) == 1 and len(b[4]) == 1:
                continue  # single entities share one grid
            overlap = a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
            assert not overlap, (sorted(a[4])[:3], sorted(b[4])[:3])


def test_layout_puts_neighbours_near_and_nodes_not_on_top_of_each_other():
    g = _graph()
    pos = force_layout(g)
    big = max(nx.connected_components(g), key=len)

    def d(u, v):
        return math.dist(pos[u], pos[v])

    edge = statistics.median(d(u, v) for u, v in g.subgraph(big).edges())
    nodes = sorted(big)
    pairs = statistics.median(d(u, v) for u, v in zip(nodes, nodes[7:] + nodes[:7]))
    assert 0.5 * SPACING < edge < 2 * SPACING
    assert pairs > 2 * edge
    nearest = [min(d(u, v) for v in nodes if v != u) for u in nodes]
    assert statistics.median(nearest) > 0.18 * SPACING  # dots (7 px radius and up) apart
