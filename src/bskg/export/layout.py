"""Positions for the explorer, computed at build time so the page opens with physics off.

Why in Python and not in the browser: with physics on, a 1,000-node page took about a minute to
settle in headless Chromium, and even a stabilisation bounded to 100 iterations made a 2,000-node /
6,000-edge page wait 8 s (300 iterations: 20 s) — on every open, with a different picture each
time. Laid out here, the page only parses and draws (that page is interactive in 1–1.5 s, see
benchmarks/explorer_tti.py), and a planner sees the same map on every open and every build.

Why our own Fruchterman–Reingold instead of ``networkx.spring_layout``: networkx needs scipy past
500 nodes and took 19–22 s on a 2,000 / 6,000 graph (its dense numpy path 14 s, forceatlas2_layout
13 s); the vectorised float32 version below takes 1–2 s. networkx still does the graph work
(components, the undirected skeleton); numpy does the force arithmetic.

Layout: each connected component is laid out on its own (repulsion weighted by degree, as in
ForceAtlas2, then crowded dots pushed apart and the long axis turned horizontal), components are
packed in rows, largest first, and single entities go in a tidy grid at the end (an article corpus
gives a few big clusters and many islands).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

SPACING = 90.0  # typical edge length in page pixels: room for a 6-character Chinese label at 14 px
_BLOCK = 256  # rows per block of the n×n force arrays: memory O(block × n), and cache-sized (2.5× faster than 1,024)


def force_layout(g: nx.Graph, *, seed: int = 7, spacing: float = SPACING,
                 radius: Mapping[Hashable, float] | None = None) -> dict[Hashable, tuple[float, float]]:
    """Node → (x, y) in page pixels; deterministic for a given graph and seed.

    ``radius``: each node's drawn radius in pixels, so big dots get room (default: from degree).

    >>> pos = force_layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2]
    True
    """
    skeleton = nx.Graph()
    skeleton.add_nodes_from(g.nodes)
    skeleton.add_edges_from((u, v) for u, v in g.edges() if u != v)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(skeleton)),
                        key=lambda c: (-len(c), str(c[0])))
    boxes: list[tuple[dict, float, float]] = []
    if radius is None:
        radius = {v: 4.0 * (skeleton.degree(v) + 1) ** 0.25 for v in skeleton}
    singles = [c[0] for c in components if len(c) == 1]
    for nodes in components:
        if len(nodes) == 1:
            continue
        sizes = np.array([radius[v] for v in nodes], dtype=np.float32)
        pos = _component_layout(skeleton.subgraph(nodes), nodes, seed, spacing, sizes)
        boxes.append(_normalise(pos, pad=spacing * 0.6 + float(sizes.max())))
    if singles:
        boxes.append(_grid(singles, spacing, max(radius[v] for v in singles)))
    return _pack(boxes, spacing)


def _component_layout(g: nx.Graph, nodes: list, seed: int, spacing: float, radius: np.ndarray) -> dict:
    n = len(nodes)
    if n == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (max(spacing, float(radius.sum()) + spacing * 0.4), 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    # sorted, so the float sums (and so the picture) do not depend on the order edges were added
    edges = np.array(sorted((min(index[u], index[v]), max(index[u], index[v])) for u, v in g.edges()),
                     dtype=np.int64).reshape(-1, 2)
    digest = hashlib.sha1(str(nodes[0]).encode("utf-8")).digest()
    rng = np.random.default_rng([seed, int.from_bytes(digest[:4], "little")])
    iterations = 120 if n <= 500 else 60 if n <= 2000 else 40  # ~35 ms per pass at 2,000
    mass = np.sqrt(np.array([g.degree(v) + 1 for v in nodes], dtype=np.float32))
    xy = _fruchterman_reingold(n, edges, mass, rng, iterations)
    # FR stretches sparse graphs well past the ideal length; scale so a typical edge is `spacing`
    lengths = np.sqrt(((xy[edges[:, 0]] - xy[edges[:, 1]]) ** 2).sum(axis=1))
    xy *= spacing / max(float(np.median(lengths)), 1e-6)
    xy = _separate(xy, spacing * 0.22, radius)
    xy = _landscape(xy)
    return {v: (float(xy[i, 0]), float(xy[i, 1])) for v, i in index.items()}


def _fruchterman_reingold(n: int, edges: np.ndarray, mass: np.ndarray, rng: np.random.Generator,
                          iterations: int) -> np.ndarray:
    """Positions with an ideal edge length of 1 (Fruchterman & Reingold 1991), all pairs repelling.

    Repulsion is weighted by (degree + 1) of both nodes, as in ForceAtlas2: hubs push each other
    apart and their leaves get room, instead of one dense knot in the middle.
    """
    side = math.sqrt(n)
    pos = (rng.random((n, 2)) * side).astype(np.float32)
    src, dst = edges[:, 0], edges[:, 1]
    temperature = side / 8
    cooling = temperature / (iterations + 1)
    disp = np.empty((n, 2), dtype=np.float32)
    for _ in range(iterations):
        x, y = np.ascontiguousarray(pos[:, 0]), np.ascontiguousarray(pos[:, 1])
        for lo in range(0, n, _BLOCK):  # repulsion k²/d along each pair, in blocks of rows
            hi = min(n, lo + _BLOCK)
            dx = np.subtract.outer(x[lo:hi], x)
            dy = np.subtract.outer(y[lo:hi], y)
            d2 = dx * dx
            d2 += dy * dy
            np.maximum(d2, 1e-4, out=d2)
            np.reciprocal(d2, out=d2)
            d2 *= mass
            d2 *= mass[lo:hi, None]
            dx *= d2
            dy *= d2
            disp[lo:hi, 0] = dx.sum(axis=1)
            disp[lo:hi, 1] = dy.sum(axis=1)
        delta = pos[src] - pos[dst]  # attraction d²/k along each edge
        pull = delta * np.sqrt((delta * delta).sum(axis=1))[:, None]
        np.subtract.at(disp, src, pull)
        np.add.at(disp, dst, pull)
        disp -= (pos - pos.mean(axis=0)) * 0.01  # a faint pull to the centre keeps stars compact
        length = np.sqrt((disp * disp).sum(axis=1))[:, None]
        np.maximum(length, 1e-9, out=length)
        pos += disp / length * np.minimum(length, temperature)
        temperature -= cooling
    return pos


def _landscape(xy: np.ndarray) -> np.ndarray:
    """Rotated so the long axis is horizontal: components pack better on a wide screen."""
    centred = xy - xy.mean(axis=0)
    _, vectors = np.linalg.eigh(np.cov(centred.T.astype(np.float64)))
    major = vectors[:, -1]
    if major[np.argmax(np.abs(major))] < 0:  # a fixed sign, so the picture is deterministic
        major = -major
    rotation = np.array([major, [-major[1], major[0]]])
    return (centred @ rotation.T).astype(np.float32)


def _separate(xy: np.ndarray, gap: float, radius: np.ndarray, iterations: int = 12) -> np.ndarray:
    """Push apart nodes whose dots (``radius`` each) are closer than ``gap`` (the leaves crowded
    round a hub), moving nothing else."""
    xy = xy.astype(np.float32)
    radius = radius.astype(np.float32)
    n = len(xy)
    reach = gap + 2 * float(radius.max())
    for _ in range(iterations):
        x, y = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
        rows, cols = [], []
        for lo in range(0, n, _BLOCK):
            dx = np.subtract.outer(x[lo:lo + _BLOCK], x)
            dy = np.subtract.outer(y[lo:lo + _BLOCK], y)
            dx *= dx
            dy *= dy
            dx += dy
            i, j = np.nonzero(dx < reach * reach)
            rows.append(i + lo)
            cols.append(j)
        i, j = np.concatenate(rows), np.concatenate(cols)
        delta = xy[i] - xy[j]
        d = np.sqrt((delta * delta).sum(axis=1))
        want = gap + radius[i] + radius[j]
        close = (i != j) & (d < want)
        if not close.any():
            break
        i, j, delta, d, want = i[close], j[close], delta[close], d[close], want[close]
        delta[d == 0] = (1.0, 0.0)  # identical points: split along x
        d[d == 0] = 1.0
        move = np.zeros_like(xy)
        np.add.at(move, i, delta * ((want - d) / (2 * d))[:, None])
        xy += np.clip(move, -gap, gap)
    return xy


def _normalise(pos: dict, pad: float) -> tuple[dict, float, float]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, y0 = min(xs) - pad, min(ys) - pad
    moved = {v: (x - x0, y - y0) for v, (x, y) in pos.items()}
    return moved, max(xs) - x0 + pad, max(ys) - y0 + pad


def _grid(nodes: list, spacing: float, radius: float) -> tuple[dict, float, float]:
    step_x, step_y = max(spacing * 1.5, 2 * radius + spacing), max(spacing * 0.6, 2 * radius + spacing * 0.35)
    cols = max(1, round(math.sqrt(2.5 * len(nodes) * step_y / step_x)))  # 2.5 times as wide as high
    pos = {v: (step_x * (i % cols) + step_x / 2, step_y * (i // cols) + step_y / 2) for i, v in enumerate(nodes)}
    rows = math.ceil(len(nodes) / cols)
    return pos, cols * step_x, rows * step_y


def _pack(boxes: list[tuple[dict, float, float]], spacing: float) -> dict:
    """Shelf packing: boxes left to right in rows about as wide as the whole is tall × 1.6."""
    if not boxes:
        return {}
    area = sum(w * h for _, w, h in boxes)
    row_width = max(max(w for _, w, _ in boxes), math.sqrt(area * 1.6))
    out: dict = {}
    x = y = row_height = 0.0
    for pos, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + spacing * 0.3, 0.0
        for v, (px, py) in pos.items():
            out[v] = (round(px + x, 1), round(py + y, 1))
        x += w + spacing * 0.3
        row_height = max(row_height, h)
    return out
