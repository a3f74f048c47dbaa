"""The signed, weighted alignment graph of one period, as a NetworkX graph.

Nodes are groups; an edge joins two groups with events (or a standing tie) in the period
and carries the dyad's ``weight`` (its score), ``sign`` (+1, −1 or 0) and ``events``.
Balance, blocs and centrality work on these graphs; the visualisation and the HTTP API
draw and serve them.

>>> from polgraph.analysis.alignment import DyadScore
>>> graphs = networks_by_period([DyadScore("SYR", "USA", "2025", 6.5, 2),
...                              DyadScore("SDF", "TUR", "2025", -9.0, 1)])
>>> g = graphs["2025"]
>>> g["USA"]["SYR"]["sign"], g["TUR"]["SDF"]["weight"]
(1, -9.0)
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from polgraph.analysis.alignment import DyadScore, alignment_series
from polgraph.analysis.periods import Periods, period_sort_key, resolve_periods
from polgraph.analysis.weights import Weights
from polgraph.errors import NotFound
from polgraph.store import Store

__all__ = [
    "network_from_scores", "networks_by_period", "alignment_network", "signed_subgraph",
    "period_networks",
]


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def network_from_scores(scores: Iterable[DyadScore], *, nodes: Iterable[str] = ()) -> nx.Graph:
    """One graph from the scores of one period (``nodes`` adds actors without edges)."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for s in scores:
        graph.add_edge(s.a, s.b, weight=s.score, sign=_sign(s.score), events=s.events)
    return graph


def networks_by_period(scores: Iterable[DyadScore], *, nodes: Iterable[str] = ()) -> dict[str, nx.Graph]:
    """A graph per period, in the order the periods first appear in ``scores``."""
    grouped: dict[str, list[DyadScore]] = {}
    for s in scores:
        grouped.setdefault(s.period, []).append(s)
    nodes = tuple(nodes)
    return {period: network_from_scores(items, nodes=nodes) for period, items in grouped.items()}


def signed_subgraph(graph: nx.Graph, sign: int) -> nx.Graph:
    """The edges of one sign, with weights made positive (``|score|``): the cooperation
    graph for +1, the conflict graph for −1.

    >>> g = nx.Graph(); g.add_edge("A", "B", weight=-3.0, sign=-1); g.add_edge("B", "C", weight=2.0, sign=1)
    >>> list(signed_subgraph(g, -1).edges(data="weight"))
    [('A', 'B', 3.0)]
    """
    out = nx.Graph()
    out.add_nodes_from(graph.nodes)
    out.add_edges_from((u, v, {**d, "weight": abs(d["weight"])})
                       for u, v, d in graph.edges(data=True) if d.get("sign") == sign)
    return out


def alignment_network(store: Store, period: str, *, by: Periods = "year", actors=None,
                      origin: str = "all", weights: Weights | None = None, explain: int = 0) -> nx.Graph:
    """The signed weighted graph of groups for one period (``"2025"``, ``"2025-Q1"`` …).

    With ``explain``, each edge also carries ``drivers`` (JSON-ready dicts).

    >>> from polgraph.store import open_store
    >>> alignment_network(open_store("memory"), "2025")
    Traceback (most recent call last):
    ...
    polgraph.errors.NotFound: no events in period 2025
    """
    scores = [s for s in alignment_series(store, by=by, actors=actors, origin=origin,
                                          weights=weights, explain=explain) if s.period == period]
    if not scores:
        raise NotFound(f"no events in period {period}")
    graph = network_from_scores(scores)
    if explain:
        for s in scores:
            graph[s.a][s.b]["drivers"] = [d.to_json() for d in s.drivers]
    graph.graph["period"] = period
    return graph


def period_networks(store: Store, *, by: Periods = "year", start: str | None = None, end: str | None = None,
                    origin: str = "all", weights: Weights | None = None) -> list[tuple[str, nx.Graph]]:
    """The alignment graph over every actor for each observed period, in time order.

    >>> from polgraph.store import open_store
    >>> period_networks(open_store("memory"))
    []
    """
    periods = resolve_periods(by)
    graphs = networks_by_period(alignment_series(store, by=periods, start=start, end=end,
                                                 origin=origin, weights=weights))
    if isinstance(periods, str):
        order = sorted(graphs, key=period_sort_key)
    else:
        order = [w.label for w in periods if w.label in graphs]
    return [(label, graphs[label]) for label in order]
