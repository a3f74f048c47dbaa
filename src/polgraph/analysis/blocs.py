"""Blocs: communities of actors on positive ties, per period, and how membership changes.

A period's blocs are the communities of its cooperation graph (positive dyad scores,
weighted by score) found by greedy modularity maximisation (Clauset, Newman and Moore
2004, as :func:`networkx.algorithms.community.greedy_modularity_communities` implements
it). Actors with no positive tie are unaligned. Between two consecutive observed periods,
blocs that come together are a *merge*, a bloc that comes apart a *split*, and an actor
present in both periods that gains or loses a bloc *joins* or *leaves*.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("A", "B", weight=3.0, sign=1); g.add_edge("C", "D", weight=2.0, sign=1)
>>> g.add_edge("B", "C", weight=-4.0, sign=-1)
>>> blocs_of_graph(g)
[('A', 'B'), ('C', 'D')]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from networkx.algorithms import community

from polgraph.analysis.alignment import resolve_actors
from polgraph.analysis.network import period_networks, signed_subgraph
from polgraph.analysis.periods import Periods
from polgraph.analysis.weights import Weights
from polgraph.store import Store

__all__ = ["BlocChange", "BlocReport", "blocs_of_graph", "bloc_changes", "blocs"]

Bloc = tuple[str, ...]


@dataclass(frozen=True)
class BlocChange:
    """One change between consecutive periods: ``merge``, ``split``, ``join`` or ``leave``."""

    kind: str
    before: tuple[Bloc, ...] = ()
    after: tuple[Bloc, ...] = ()
    actor: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "before": [list(b) for b in self.before],
                               "after": [list(b) for b in self.after]}
        if self.actor:
            out["actor"] = self.actor
        return out


@dataclass
class BlocReport:
    """The blocs of one period, the unaligned actors, and changes since the last period."""

    period: str
    blocs: list[Bloc]
    unaligned: list[str]
    changes: list[BlocChange] = field(default_factory=list)
    previous: str | None = None

    def to_json(self) -> dict[str, Any]:
        """``{"period", "previous", "blocs", "unaligned", "changes"}``."""
        return {"period": self.period, "previous": self.previous, "blocs": [list(b) for b in self.blocs],
                "unaligned": self.unaligned, "changes": [c.to_json() for c in self.changes]}


def blocs_of_graph(graph: nx.Graph) -> list[Bloc]:
    """The blocs (two or more actors) of a signed alignment graph, each sorted, largest
    first. The graph is not modified."""
    positive = signed_subgraph(graph, 1)
    positive.remove_nodes_from([n for n, d in positive.degree() if d == 0])
    if positive.number_of_edges() == 0:
        return []
    found = community.greedy_modularity_communities(positive, weight="weight")
    return sorted((tuple(sorted(c)) for c in found if len(c) > 1), key=lambda b: (-len(b), b))


def bloc_changes(before: list[Bloc], after: list[Bloc], present_before: set[str],
                 present_after: set[str]) -> list[BlocChange]:
    """Merges, splits, joins and leaves from one period's blocs to the next.

    >>> bloc_changes([("A", "B"), ("C", "D")], [("A", "B", "C", "D")], set("ABCD"), set("ABCD"))
    [BlocChange(kind='merge', before=(('A', 'B'), ('C', 'D')), after=(('A', 'B', 'C', 'D'),), actor=None)]
    """
    changes = []
    for bloc in after:
        sources = tuple(b for b in before if set(b) & set(bloc))
        if len(sources) > 1:
            changes.append(BlocChange("merge", sources, (bloc,)))
    for bloc in before:
        targets = tuple(b for b in after if set(b) & set(bloc))
        if len(targets) > 1:
            changes.append(BlocChange("split", (bloc,), targets))
    home_before = {a: b for b in before for a in b}
    home_after = {a: b for b in after for a in b}
    for actor in sorted(present_before & present_after):
        if actor in home_after and actor not in home_before:
            changes.append(BlocChange("join", (), (home_after[actor],), actor))
        elif actor in home_before and actor not in home_after:
            changes.append(BlocChange("leave", (home_before[actor],), (), actor))
    return changes


def blocs(store: Store, *, by: Periods = "year", actors=None, start: str | None = None,
          end: str | None = None, origin: str = "all", weights: Weights | None = None) -> list[BlocReport]:
    """Blocs over every actor per observed period, with changes since the previous one.

    With ``actors``, only blocs and changes involving a focus actor are reported (blocs
    keep all their members) and unaligned actors are limited to the focus.

    >>> from polgraph.store import open_store
    >>> blocs(open_store("memory"))
    []
    """
    focus = resolve_actors(actors)
    reports: list[BlocReport] = []
    last: tuple[str, list[Bloc], set[str]] | None = None
    for period, graph in period_networks(store, by=by, start=start, end=end, origin=origin, weights=weights):
        found = blocs_of_graph(graph)
        present = set(graph.nodes)
        aligned = {a for b in found for a in b}
        changes = bloc_changes(last[1], found, last[2], present) if last else []
        previous = last[0] if last else None
        last = (period, found, present)
        unaligned = sorted(present - aligned)
        if focus is not None:
            found = [b for b in found if focus & set(b)]
            unaligned = [a for a in unaligned if a in focus]
            changes = [c for c in changes if focus & {a for b in (*c.before, *c.after) for a in b}]
        reports.append(BlocReport(period, found, unaligned, changes, previous))
    return reports
