"""Structural balance: which triads of actors are balanced in each period.

A triad of three actors joined pairwise by signed ties is *balanced* when the product of
its signs is positive — all friends, or two friends sharing an enemy ("the enemy of my
friend is my enemy") — and *unbalanced* otherwise (Heider 1946). Cartwright and Harary
(1956) carried the idea to signed graphs: a graph is balanced when all its cycles are, and
the share of balanced triads measures how close a system of alignments is to two stable
camps. Unbalanced triads are where alignments are under strain and likely to move.

Ties are the signs of dyad scores in the period; a zero score or a dyad without events is
no tie, so triads are only the triangles fully observed in the period.

References
----------
F. Heider (1946), "Attitudes and cognitive organization", *Journal of Psychology* 21,
107–112.
D. Cartwright and F. Harary (1956), "Structural balance: a generalization of Heider's
theory", *Psychological Review* 63(5), 277–293.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("SDF", "USA", sign=1); g.add_edge("TUR", "USA", sign=1); g.add_edge("SDF", "TUR", sign=-1)
>>> [(t.actors, t.signs, t.balanced) for t in triads(g)]
[(('SDF', 'TUR', 'USA'), ('-', '+', '+'), False)]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from polgraph.analysis.alignment import resolve_actors
from polgraph.analysis.network import period_networks
from polgraph.analysis.periods import Periods
from polgraph.analysis.weights import Weights
from polgraph.store import Store

__all__ = ["Triad", "BalanceReport", "triads", "balance_of_graph", "balance"]


@dataclass(frozen=True)
class Triad:
    """Three actors (alphabetical), the signs of their ties (a–b, a–c, b–c), and whether
    the triad is balanced."""

    actors: tuple[str, str, str]
    signs: tuple[str, str, str]
    balanced: bool

    def to_json(self) -> dict[str, Any]:
        return {"actors": list(self.actors), "signs": list(self.signs), "balanced": self.balanced}


@dataclass
class BalanceReport:
    """Balanced and unbalanced triads of one period, over the focus actors or all actors."""

    period: str
    scope: str
    triads: list[Triad] = field(default_factory=list)

    @property
    def balanced(self) -> int:
        return sum(t.balanced for t in self.triads)

    @property
    def unbalanced(self) -> int:
        return len(self.triads) - self.balanced

    def to_json(self) -> dict[str, Any]:
        """``{"period", "scope", "balanced", "unbalanced", "ratio", "triads"}``; ``ratio``
        is the share of balanced triads (None without triads)."""
        total = len(self.triads)
        return {"period": self.period, "scope": self.scope, "balanced": self.balanced,
                "unbalanced": self.unbalanced,
                "ratio": round(self.balanced / total, 3) if total else None,
                "triads": [t.to_json() for t in self.triads]}


def _signed_edges(graph: nx.Graph) -> nx.Graph:
    out = nx.Graph()
    out.add_edges_from((u, v, {"sign": d["sign"]}) for u, v, d in graph.edges(data=True) if d.get("sign"))
    return out


def triads(graph: nx.Graph, nodes: Iterable[str] | None = None) -> Iterator[Triad]:
    """Every triangle of non-zero signed ties (edge attribute ``sign``), optionally among
    ``nodes`` only, with its balance. The graph is not modified."""
    signed = _signed_edges(graph)
    if nodes is not None:
        signed = signed.subgraph(n for n in nodes if n in signed)
    for clique in sorted(tuple(sorted(c)) for c in nx.enumerate_all_cliques(signed) if len(c) == 3):
        signs = tuple(signed[x][y]["sign"] for x, y in combinations(clique, 2))
        product = signs[0] * signs[1] * signs[2]
        yield Triad(clique, tuple("+" if s > 0 else "-" for s in signs), product > 0)


def balance_of_graph(graph: nx.Graph, period: str = "", scope: str = "all",
                     nodes: Iterable[str] | None = None) -> BalanceReport:
    """The balance report of one signed graph.

    >>> g = nx.Graph()
    >>> for u, v, s in [("A", "B", 1), ("B", "C", 1), ("A", "C", 1), ("C", "D", -1), ("B", "D", -1)]:
    ...     g.add_edge(u, v, sign=s)
    >>> r = balance_of_graph(g)
    >>> r.balanced, r.unbalanced
    (2, 0)
    """
    return BalanceReport(period, scope, list(triads(graph, nodes)))


def balance(store: Store, *, by: Periods = "year", actors=None, start: str | None = None,
            end: str | None = None, origin: str = "all", weights: Weights | None = None) -> list[BalanceReport]:
    """Balance per period, over all actors and — when ``actors`` names a focus — among
    the focus actors too (scope ``"focus"``, reported first).

    >>> from polgraph.store import open_store
    >>> balance(open_store("memory"), actors="SYR,USA,TUR,SDF")
    []
    """
    focus = resolve_actors(actors)
    reports = []
    for period, graph in period_networks(store, by=by, start=start, end=end, origin=origin, weights=weights):
        if focus is not None:
            reports.append(balance_of_graph(graph, period, "focus", focus))
        reports.append(balance_of_graph(graph, period, "all"))
    return reports
