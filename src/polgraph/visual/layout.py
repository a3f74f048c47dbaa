"""A layout that keeps every actor in the same place in every period.

Pictures of consecutive periods are compared by eye, so a node must not wander: positions
are computed once for the union of all periods' actors. The four core actors sit on a
fixed diamond (Washington west, Ankara north, the SDF east, Damascus south); every other
actor goes on an outer ring, in the angular order a force-directed layout of the union
graph suggests, spaced evenly so labels do not collide. Seeded, so the same actors give
the same picture on every run.

>>> pos = stable_layout(["SYR", "USA", "TUR", "SDF", "RUS"])
>>> pos["USA"], pos["SYR"]
((-1.0, 0.0), (0.0, -1.0))
>>> round(math.hypot(*pos["RUS"]), 6)
1.9
"""
from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx

__all__ = ["CORE_POSITIONS", "stable_layout", "timeline_layout"]

#: Fixed places of the core actors, on the unit diamond.
CORE_POSITIONS: dict[str, tuple[float, float]] = {
    "USA": (-1.0, 0.0), "TUR": (0.0, 1.0), "SDF": (1.0, 0.0), "SYR": (0.0, -1.0),
}

_RING = 1.9
_SEED = 20241208


def _union(graphs: Iterable[nx.Graph]) -> nx.Graph:
    """Nodes of every graph; an edge's weight is its total strength over the periods."""
    union = nx.Graph()
    for graph in graphs:
        union.add_nodes_from(graph.nodes)
        for u, v, data in graph.edges(data=True):
            strength = abs(data.get("weight", 1.0)) or 0.1
            previous = union.edges[u, v]["weight"] if union.has_edge(u, v) else 0.0
            union.add_edge(u, v, weight=previous + strength)
    return union


def stable_layout(nodes: Iterable[str], *, graphs: Iterable[nx.Graph] = ()) -> dict[str, tuple[float, float]]:
    """Positions for ``nodes`` (core actors fixed, others on the outer ring).

    ``graphs`` (the periods' alignment graphs) let strongly tied actors sit near each
    other on the ring; without them the ring is alphabetical.

    >>> stable_layout(["B", "A"])
    {'A': (0.0, 1.9), 'B': (0.0, -1.9)}
    """
    nodes = sorted(set(nodes))
    union = _union(graphs)
    union.add_nodes_from(nodes)
    union = union.subgraph(nodes).copy()
    pos = {n: CORE_POSITIONS[n] for n in nodes if n in CORE_POSITIONS}
    others = [n for n in nodes if n not in CORE_POSITIONS]
    if not others:
        return pos
    if union.number_of_edges() and len(nodes) > 1:
        fixed = sorted(pos) or None
        spring = nx.spring_layout(union, pos=dict(pos) or None, fixed=fixed, seed=_SEED,
                                  weight="weight", iterations=200)
        angle = {n: math.atan2(spring[n][1], spring[n][0]) for n in others}
        ordered = sorted(others, key=lambda n: (angle[n], n))
        offset = angle[ordered[0]]
    else:
        ordered, offset = others, math.pi / 2
    step = 2 * math.pi / len(ordered)
    for i, n in enumerate(ordered):
        theta = offset + i * step
        pos[n] = (round(_RING * math.cos(theta), 6) + 0.0, round(_RING * math.sin(theta), 6) + 0.0)
    return dict(sorted(pos.items()))


def timeline_layout(timeline) -> dict[str, tuple[float, float]]:
    """The stable layout of a :class:`~polgraph.visual.timeline.Timeline`'s actors."""
    return stable_layout(timeline.actors, graphs=timeline.graphs.values())
