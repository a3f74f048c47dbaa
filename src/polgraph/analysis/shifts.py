"""Shifts: where a dyad changes sign or moves most between consecutive observed periods.

Consecutive means consecutive among the periods the dyad *has* events in: a period
without events is a gap, so a dyad hostile in 2019 and friendly in 2025 with nothing in
between shifts from 2019 to 2025. Each shift names the events that drove it: events of
the later period pushing in the direction of the move, and events of the earlier period
pushing against it (whose absence later is part of the move).

>>> from polgraph.analysis.alignment import DyadScore
>>> moves = shifts_from_series([DyadScore("SYR", "USA", "2019", -9.0, 1),
...                             DyadScore("SYR", "USA", "2025", 6.5, 2)])
>>> [(m.from_period, m.to_period, m.sign_change) for m in moves]
[('2019', '2025', True)]
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from polgraph.analysis.alignment import (
    Driver, DyadScore, analyse, collect_drivers,
)
from polgraph.analysis.periods import Periods
from polgraph.analysis.weights import Weights
from polgraph.store import Store

__all__ = ["Shift", "shifts", "shifts_from_series"]


@dataclass
class Shift:
    """A move of one dyad between two consecutive observed periods."""

    a: str
    b: str
    from_period: str
    to_period: str
    from_score: float
    to_score: float
    drivers: list[Driver] = field(default_factory=list)

    @property
    def change(self) -> float:
        """``to_score − from_score``."""
        return self.to_score - self.from_score

    @property
    def sign_change(self) -> bool:
        """Whether the dyad went from hostile to friendly or back (a zero is neither)."""
        return self.from_score * self.to_score < 0

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        """``{"a", "b", "from_period", "to_period", "from_score", "to_score", "drivers"}``
        with driver ids; with ``explain`` also ``evidence``, the drivers in full."""
        out: dict[str, Any] = {"a": self.a, "b": self.b, "from_period": self.from_period,
                               "to_period": self.to_period, "from_score": round(self.from_score, 3),
                               "to_score": round(self.to_score, 3), "drivers": [d.id for d in self.drivers]}
        if explain:
            out["evidence"] = [d.to_json() for d in self.drivers]
        return out


def shifts_from_series(scores: Iterable[DyadScore], *, largest: int = 1,
                       min_change: float = 0.0) -> list[Shift]:
    """Sign changes, and each dyad's ``largest`` moves of at least ``min_change``, from a
    series sorted by dyad and period (as :func:`~polgraph.analysis.alignment_series`
    returns it). Sorted by the size of the move, largest first. Drivers are not filled.
    """
    found: list[Shift] = []
    for _, series in groupby(scores, key=lambda s: (s.a, s.b)):
        items = list(series)
        moves = [Shift(x.a, x.b, x.period, y.period, x.score, y.score) for x, y in zip(items, items[1:])]
        keep = {id(m) for m in moves if m.sign_change}
        ranked = sorted((m for m in moves if abs(m.change) >= min_change and m.change != 0),
                        key=lambda m: -abs(m.change))
        keep.update(id(m) for m in ranked[:max(largest, 0)])
        found.extend(m for m in moves if id(m) in keep)
    found.sort(key=lambda m: (-abs(m.change), m.a, m.b, m.from_period))
    return found


def _pick_drivers(shift: Shift, before: Sequence[Driver], after: Sequence[Driver], k: int) -> list[Driver]:
    direction = 1 if shift.change > 0 else -1
    pushing = [d for d in after if d.weight * direction > 0]
    gone = [d for d in before if d.weight * direction < 0]
    return sorted(pushing + gone, key=lambda d: -abs(d.weight))[:k]


def shifts(store: Store, *, by: Periods = "year", actors=None, start: str | None = None,
           end: str | None = None, origin: str = "all", weights: Weights | None = None,
           drivers: int = 5, largest: int = 1, min_change: float = 0.0) -> list[Shift]:
    """Sign changes and largest moves of every dyad, each with up to ``drivers`` driving
    events (ids, types, dates, quotes and documents in :class:`Driver`).

    Options as for :func:`~polgraph.analysis.alignment_series`; ``largest`` moves are
    kept per dyad besides every sign change.

    >>> from polgraph.store import open_store
    >>> shifts(open_store("memory"))
    []
    """
    analysis = analyse(store, by=by, actors=actors, start=start, end=end, origin=origin, weights=weights)
    found = shifts_from_series(analysis.scores, largest=largest, min_change=min_change)
    wanted = {(m.a, m.b, p) for m in found for p in (m.from_period, m.to_period)}
    evidence = collect_drivers(store, analysis, wanted, drivers)
    for m in found:
        m.drivers = _pick_drivers(m, evidence.get((m.a, m.b, m.from_period), []),
                                  evidence.get((m.a, m.b, m.to_period), []), drivers)
    return found
