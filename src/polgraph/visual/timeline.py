"""The alignment network of every period at once: what the pictures, the exports and the
interactive page draw.

One call to :func:`~polgraph.analysis.alignment_series` gives every dyad's score in
every period; :func:`build_timeline` turns it into one graph per period over the same
set of actors, each node carrying its labels and kind and each edge its signed score,
strength and tie, so every later step works on plain NetworkX graphs.

>>> from polgraph.analysis import DyadScore
>>> tl = timeline_from_scores([DyadScore("SYR", "USA", "2019", -9.0, 1),
...                            DyadScore("SYR", "USA", "2025", 6.5, 2),
...                            DyadScore("SDF", "TUR", "2025", -4.0, 1)], by="year")
>>> tl.periods, sorted(tl.actors)
(['2019', '2025'], ['SDF', 'SYR', 'TUR', 'USA'])
>>> tl.graph("2025")["SYR"]["USA"]["tie"], tl.graph("2019").nodes["SYR"]["label_ar"]
('cooperative', 'سوريا')
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from polgraph.analysis import CORE_ACTORS, DyadScore, alignment_series
from polgraph.analysis.periods import GRANULARITIES, parse_date_bound, period_bounds, period_label, period_sort_key
from polgraph.analysis.shifts import Shift, shifts_from_series
from polgraph.analysis.weights import Weights
from polgraph.errors import InputError, NotFound
from polgraph.store import Store
from polgraph.visual.labels import labels_for

__all__ = ["Timeline", "build_timeline", "timeline_from_scores", "tie_of", "infer_granularity"]


def tie_of(score: float) -> str:
    """The kind of tie a signed score stands for.

    >>> tie_of(2.5), tie_of(-1), tie_of(0)
    ('cooperative', 'hostile', 'neutral')
    """
    return "cooperative" if score > 0 else "hostile" if score < 0 else "neutral"


def infer_granularity(period: str) -> str:
    """The period length a label is written in.

    >>> infer_granularity("2025"), infer_granularity("2025-Q3"), infer_granularity("2025-03")
    ('year', 'quarter', 'month')
    """
    period_bounds(period)  # raises InputError on a label that names no period
    return "quarter" if "-Q" in period else "month" if "-" in period else "year"


@dataclass
class Timeline:
    """Alignment graphs of consecutive observed periods over one set of actors."""

    by: str
    periods: list[str]
    graphs: dict[str, nx.Graph]
    scores: list[DyadScore] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        """Every group with a tie in some period, in a fixed (alphabetical) order."""
        return sorted(next(iter(self.graphs.values())).nodes) if self.graphs else []

    @property
    def max_strength(self) -> float:
        """The largest absolute score of any tie in any period (scales line widths)."""
        return max((abs(s.score) for s in self.scores), default=0.0)

    def graph(self, period: str) -> nx.Graph:
        """The graph of one period; a period without events is an error naming those with."""
        if period not in self.graphs:
            known = ", ".join(self.periods) or "none"
            raise NotFound(f"no events in period {period} (periods with events: {known})")
        return self.graphs[period]

    def period_at(self, date: str) -> str:
        """The label of the period of this timeline's length that holds ``date``.

        >>> Timeline("quarter", [], {}).period_at("2025-03-14")
        '2025-Q1'
        """
        return period_label(parse_date_bound(date), self.by)

    def shifts(self) -> list[Shift]:
        """Sign changes and each dyad's largest move (without drivers)."""
        return shifts_from_series(self.scores)

    def series(self, a: str, b: str) -> list[DyadScore]:
        """One dyad's scores, in time order."""
        a, b = sorted((a, b))
        return [s for s in self.scores if s.a == a and s.b == b]


def _annotate_nodes(graph: nx.Graph) -> None:
    for code, data in graph.nodes(data=True):
        names = labels_for(code)
        data.update(label=names.en, label_en=names.en, label_ar=names.ar, kind=names.kind, group=code)


def timeline_from_scores(scores: Iterable[DyadScore], *, by: str) -> Timeline:
    """A timeline from a dyad series sorted as :func:`alignment_series` returns it."""
    scores = list(scores)
    actors = sorted({code for s in scores for code in (s.a, s.b)})
    periods = sorted({s.period for s in scores}, key=period_sort_key)
    graphs: dict[str, nx.Graph] = {}
    for period in periods:
        graph = nx.Graph(period=period, by=by)
        graph.add_nodes_from(actors)
        _annotate_nodes(graph)
        graphs[period] = graph
    for s in scores:
        graphs[s.period].add_edge(s.a, s.b, weight=round(s.score, 3), strength=round(abs(s.score), 3),
                                  sign=(s.score > 0) - (s.score < 0), tie=tie_of(s.score),
                                  events=s.events, period=s.period)
    return Timeline(by, periods, graphs, scores)


def build_timeline(store: Store, *, by: str = "year", actors: Iterable[str] | str | None = CORE_ACTORS,
                   start: str | None = None, end: str | None = None, origin: str = "all",
                   weights: Weights | None = None) -> Timeline:
    """Every observed period's alignment graph of ``actors`` (None or ``"all"``: everyone).

    >>> from polgraph.store import open_store
    >>> build_timeline(open_store("memory")).periods
    []
    """
    if by not in GRANULARITIES:
        raise InputError(f"unknown period {by!r}; use year, quarter or month")
    scores = alignment_series(store, by=by, actors=actors, start=start, end=end, origin=origin, weights=weights)
    return timeline_from_scores(scores, by=by)
