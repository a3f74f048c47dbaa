"""Centrality change: who is the hub of cooperation or of conflict, period by period.

An actor's *cooperation* is its weighted degree (strength) in the period's graph of
positive ties, its *conflict* its strength in the graph of negative ties (absolute
scores); *shares* divide by the period's total so periods with more reporting compare
fairly. Ranks are among every actor of the period; changes are against the actor's own
previous observed period (None for its first).

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("SYR", "USA", weight=6.0, sign=1); g.add_edge("SDF", "TUR", weight=-9.0, sign=-1)
>>> g.add_edge("SYR", "TUR", weight=2.0, sign=1)
>>> rows = {r.actor: r for r in centrality_of_graph(g, "2025")}
>>> rows["SYR"].cooperation, rows["SYR"].cooperation_rank, rows["TUR"].conflict
(8.0, 1, 9.0)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from polgraph.analysis.alignment import resolve_actors
from polgraph.analysis.network import period_networks, signed_subgraph
from polgraph.analysis.periods import Periods
from polgraph.analysis.weights import Weights
from polgraph.store import Store

__all__ = ["ActorCentrality", "centrality_of_graph", "centrality"]


@dataclass
class ActorCentrality:
    """One actor's place in one period's cooperation and conflict graphs."""

    period: str
    actor: str
    cooperation: float
    conflict: float
    cooperation_share: float
    conflict_share: float
    cooperation_rank: int | None
    conflict_rank: int | None
    cooperation_change: float | None = None
    conflict_change: float | None = None

    def to_json(self) -> dict[str, Any]:
        """All fields, numbers rounded to three decimals."""
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)
        return {"period": self.period, "actor": self.actor,
                "cooperation": r(self.cooperation), "conflict": r(self.conflict),
                "cooperation_share": r(self.cooperation_share), "conflict_share": r(self.conflict_share),
                "cooperation_rank": self.cooperation_rank, "conflict_rank": self.conflict_rank,
                "cooperation_change": r(self.cooperation_change), "conflict_change": r(self.conflict_change)}


def _ranks(strength: dict[str, float]) -> dict[str, int | None]:
    """Competition ranks (1 = strongest); actors with zero strength are unranked."""
    ordered = sorted((v for v in strength.values() if v > 0), reverse=True)
    return {a: (ordered.index(v) + 1 if v > 0 else None) for a, v in strength.items()}


def centrality_of_graph(graph: nx.Graph, period: str = "") -> list[ActorCentrality]:
    """Cooperation and conflict strength, share and rank of every actor of one graph."""
    coop = dict(signed_subgraph(graph, 1).degree(weight="weight"))
    conf = dict(signed_subgraph(graph, -1).degree(weight="weight"))
    total_coop, total_conf = sum(coop.values()), sum(conf.values())
    coop_rank, conf_rank = _ranks(coop), _ranks(conf)
    return [ActorCentrality(period, a, float(coop[a]), float(conf[a]),
                            coop[a] / total_coop if total_coop else 0.0,
                            conf[a] / total_conf if total_conf else 0.0,
                            coop_rank[a], conf_rank[a])
            for a in sorted(graph.nodes)]


def centrality(store: Store, *, by: Periods = "year", actors=None, start: str | None = None,
               end: str | None = None, origin: str = "all", weights: Weights | None = None
               ) -> list[ActorCentrality]:
    """Cooperation and conflict centrality of each actor per observed period, with the
    change in share since the actor's previous observed period; ranks are among all
    actors, rows only for ``actors`` when given.

    >>> from polgraph.store import open_store
    >>> centrality(open_store("memory"), actors="SYR")
    []
    """
    focus = resolve_actors(actors)
    rows: list[ActorCentrality] = []
    last: dict[str, ActorCentrality] = {}
    for period, graph in period_networks(store, by=by, start=start, end=end, origin=origin, weights=weights):
        for row in centrality_of_graph(graph, period):
            before = last.get(row.actor)
            if before is not None:
                row.cooperation_change = row.cooperation_share - before.cooperation_share
                row.conflict_change = row.conflict_share - before.conflict_share
            last[row.actor] = row
            if focus is None or row.actor in focus:
                rows.append(row)
    return rows
