"""Dyad alignment series: how friendly or hostile each pair of groups is, period by period.

A dyad's score in a period is the sum of the weights of the events between its two groups
(see :mod:`polgraph.analysis.weights`), co-referent reports merged into one event first
(:mod:`polgraph.analysis.merging`), plus the standing ties (alliances, memberships) that
hold during the period. Dyads are unordered (``a`` < ``b`` alphabetically); a period with
no events is absent from a dyad's series (a gap), never a zero. An event whose text gives
no date sits in the period of its document's publication date and is marked so.

>>> from polgraph.model import ActorRef, Document, Event, Extraction
>>> from polgraph.pipeline import prepare_extraction
>>> from polgraph.store import open_store
>>> store = open_store("memory")
>>> ev = Event(id="d/e1", type="Visit", plover="CONSULT", source=ActorRef("SYR", "Syria", "SYR"),
...            target=ActorRef("USA", "United States", "USA"), date="2025-11-10")
>>> g = prepare_extraction(Extraction(Document(id="d", published="2025-11-11"), events=[ev]))
>>> store.replace_graph(g.graph, g.data)
>>> [s.to_json() for s in alignment_series(store)]
[{'a': 'SYR', 'b': 'USA', 'period': '2025', 'score': 4.0, 'events': 1}]
"""
from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from polgraph.analysis.aggregate import EventRow, RelationRow, dyad_cells, dyad_of, event_rows, relation_rows
from polgraph.analysis.merging import MergedEvent, merged_events
from polgraph.analysis.periods import (
    Periods, Window, parse_date_bound, period_bounds, period_label, period_sort_key, resolve_periods,
)
from polgraph.analysis.weights import Weights, load_weights
from polgraph.errors import InputError
from polgraph.store import Store

__all__ = [
    "CORE_ACTORS", "Driver", "DyadScore", "SeriesAnalysis", "alignment_series", "analyse",
    "collect_drivers", "resolve_actors",
]

#: The default focus of every analysis command: Damascus, Washington, Ankara, the SDF.
CORE_ACTORS = ("SYR", "USA", "TUR", "SDF")

CellKey = tuple[str, str, str]


@dataclass(frozen=True)
class Driver:
    """One event (or standing tie) behind a dyad's score, with its evidence."""

    id: str
    type: str
    weight: float
    status: str
    date: str
    date_from_publication: bool = False
    source: str | None = None
    target: str | None = None
    quote: str | None = None
    document: str | None = None
    kind: str = "event"
    merged: tuple[dict[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The driver as JSON: what, when, how much, and where the text says so."""
        out = {"id": self.id, "kind": self.kind, "type": self.type, "weight": round(self.weight, 3),
               "status": self.status, "date": self.date,
               "date_from_publication": self.date_from_publication,
               "source": self.source, "target": self.target, "quote": self.quote,
               "document": self.document}
        if self.merged:
            out["merged_reports"] = list(self.merged)
        return out


@dataclass
class DyadScore:
    """A dyad's alignment in one period: score, number of events, and optionally drivers."""

    a: str
    b: str
    period: str
    score: float
    events: int
    drivers: list[Driver] = field(default_factory=list)

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        """``{"a", "b", "period", "score", "events"}``, plus ``drivers`` when explaining."""
        out: dict[str, Any] = {"a": self.a, "b": self.b, "period": self.period,
                               "score": round(self.score, 3), "events": self.events}
        if explain:
            out["drivers"] = [d.to_json() for d in self.drivers]
        return out


def resolve_actors(actors: Iterable[str] | str | None) -> frozenset[str] | None:
    """The focus as a set of group codes; None (or ``"all"``) means every actor.

    >>> sorted(resolve_actors("syr, usa"))
    ['SYR', 'USA']
    >>> resolve_actors("all") is None
    True
    """
    if actors is None:
        return None
    if isinstance(actors, str):
        if actors.strip().lower() == "all":
            return None
        actors = actors.split(",")
    codes = frozenset(a.strip().upper() for a in actors if a.strip())
    if not codes:
        raise InputError("no actors given (name group codes such as SYR,USA or 'all')")
    return codes


def _labels_for(date: str, periods: str | Sequence[Window]) -> list[str]:
    if isinstance(periods, str):
        return [period_label(date, periods)]
    return [w.label for w in periods if w.start <= date <= w.end]


def _bounds(label: str, periods: str | Sequence[Window]) -> tuple[str, str]:
    if isinstance(periods, str):
        return period_bounds(label)
    window = next(w for w in periods if w.label == label)
    return window.start, window.end


def _in_range(date: str, start: str | None, end: str | None) -> bool:
    return (start is None or date >= start) and (end is None or date <= end)


def _merged_driver(event: MergedEvent, weight: float) -> Driver:
    rep = event.representative
    return Driver(id=event.id, type=rep.type, weight=weight, status=event.status, date=rep.date,
                  date_from_publication=rep.date_from_publication, source=rep.source_group,
                  target=rep.target_group, quote=rep.quote, document=rep.document,
                  merged=tuple(event.to_json()["reports"]))


def _row_driver(row: EventRow, weight: float) -> Driver:
    return Driver(id=row.id, type=row.type, weight=weight, status=row.status, date=row.date,
                  date_from_publication=row.date_from_publication, source=row.source_group,
                  target=row.target_group, quote=row.quote, document=row.document)


def _relation_driver(rel: RelationRow, weight: float) -> Driver:
    held = rel.interval()
    return Driver(id=rel.id, kind="relation", type=rel.kind, weight=weight, status=rel.status,
                  date=f"{held[0]}..{held[1]}" if held else "", source=rel.subject_group, target=rel.object_group,
                  quote=rel.quote, document=rel.document)


def _relation_contributions(relations: list[RelationRow], labels: Iterable[str],
                            periods: str | Sequence[Window], weights: Weights
                            ) -> dict[CellKey, list[tuple[float, RelationRow]]]:
    """Each tie's weight in every observed period its interval overlaps, once per kind
    and dyad: several documents reporting the same alliance still make one tie."""
    best: dict[tuple[str, str, str, str], tuple[float, RelationRow]] = {}
    spans = {label: _bounds(label, periods) for label in labels}
    for rel in relations:
        base = weights.relation.get(rel.kind)
        if not base:
            continue
        factor = weights.status[rel.status] * (rel.confidence if weights.multiply_confidence else 1.0)
        held = rel.interval()
        if held is None:
            continue
        a, b = dyad_of(rel.subject_group, rel.object_group)
        for label, (first, last) in spans.items():
            if held[0] > last or held[1] < first:
                continue
            key = (rel.kind, a, b, label)
            if key not in best or base * factor > best[key][0]:
                best[key] = (base * factor, rel)
    out: dict[CellKey, list[tuple[float, RelationRow]]] = defaultdict(list)
    for (_, a, b, label), item in best.items():
        out[(a, b, label)].append(item)
    return out


@dataclass
class SeriesAnalysis:
    """A computed series and what it was built from (merged events, standing ties,
    options), so drivers can be collected later without merging again."""

    scores: list[DyadScore]
    merged: list[tuple[MergedEvent, float, list[str]]]
    excluded: list[str]
    relations: dict[CellKey, list[tuple[float, RelationRow]]]
    periods: str | list[Window]
    start: str | None
    end: str | None
    origin: str
    weights: Weights


def analyse(store: Store, *, by: Periods = "year", actors: Iterable[str] | str | None = None,
            start: str | None = None, end: str | None = None, origin: str = "all",
            weights: Weights | None = None) -> SeriesAnalysis:
    """The series without drivers, with the state :func:`collect_drivers` needs.

    >>> from polgraph.store import open_store
    >>> analyse(open_store("memory")).scores
    []
    """
    periods = resolve_periods(by)
    focus = resolve_actors(actors)
    start_day = parse_date_bound(start) if start else None
    end_day = parse_date_bound(end, end=True) if end else None
    if start_day and end_day and start_day > end_day:
        raise InputError(f"--from {start} is after --to {end}")
    weights = weights or load_weights()

    merged = []
    excluded: list[str] = []
    for event in merged_events(store, window_days=weights.undated_window_days, origin=origin,
                               goldstein=weights.use_goldstein):
        # Every member leaves the store's aggregate, even when the merged event falls
        # outside the date range, so no report of it counts on its own.
        excluded.extend(event.member_ids)
        rep = event.representative
        if _in_range(rep.date, start_day, end_day):
            weight = weights.event_weight(event_type=rep.type, plover=rep.plover, status=event.status,
                                          confidence=event.confidence)
            merged.append((event, weight, _labels_for(rep.date, periods)))

    cells: dict[CellKey, list[float]] = {}
    for cell in dyad_cells(store, periods=periods, weights=weights, start=start_day, end=end_day,
                           origin=origin, exclude=excluded):
        cells[(cell.a, cell.b, cell.period)] = [cell.score, cell.events]
    for event, weight, labels in merged:
        a, b = event.representative.dyad
        for label in labels:
            entry = cells.setdefault((a, b, label), [0.0, 0])
            entry[0] += weight
            entry[1] += 1

    relations: dict[CellKey, list[tuple[float, RelationRow]]] = {}
    if origin != "gdelt" and weights.relation:
        observed = {key[2] for key in cells}
        relations = _relation_contributions(relation_rows(store), observed, periods, weights)
        for key, items in relations.items():
            entry = cells.setdefault(key, [0.0, 0])
            entry[0] += sum(weight for weight, _ in items)

    order = {w.label: i for i, w in enumerate(periods)} if not isinstance(periods, str) else None
    scores = [DyadScore(a, b, label, value, count)
              for (a, b, label), (value, count) in cells.items()
              if focus is None or (a in focus and b in focus)]
    scores.sort(key=lambda s: (s.a, s.b, order[s.period] if order else period_sort_key(s.period)))
    return SeriesAnalysis(scores, merged, excluded, relations, periods, start_day, end_day, origin, weights)


def collect_drivers(store: Store, analysis: SeriesAnalysis, wanted: set[CellKey], k: int
                    ) -> dict[CellKey, list[Driver]]:
    """The ``k`` strongest positive and ``k`` strongest negative drivers of each wanted
    cell, strongest first. Streams event rows; memory stays bounded by cells × k."""
    if not wanted or k <= 0:
        return {}
    weights = analysis.weights
    pos: dict[CellKey, list] = defaultdict(list)
    neg: dict[CellKey, list] = defaultdict(list)
    tie = itertools.count()

    def offer(key: CellKey, driver: Driver) -> None:
        heap = (pos if driver.weight >= 0 else neg)[key]
        item = (abs(driver.weight), -next(tie), driver)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)

    for row in event_rows(store, periods=analysis.periods, goldstein=weights.use_goldstein,
                          start=analysis.start, end=analysis.end, origin=analysis.origin,
                          exclude=analysis.excluded):
        key = (*row.dyad, row.period)
        if key in wanted:
            weight = weights.event_weight(event_type=row.type, plover=row.plover, status=row.status,
                                          confidence=row.confidence, goldstein=row.goldstein)
            offer(key, _row_driver(row, weight))
    for event, weight, labels in analysis.merged:
        for label in labels:
            key = (*event.representative.dyad, label)
            if key in wanted:
                offer(key, _merged_driver(event, weight))
    for key, items in analysis.relations.items():
        if key in wanted:
            for weight, rel in items:
                offer(key, _relation_driver(rel, weight))
    out = {}
    for key in wanted:
        items = pos.get(key, []) + neg.get(key, [])
        out[key] = [d for _, _, d in sorted(items, key=lambda item: (-item[0], -item[1]))]
    return out


def alignment_series(store: Store, *, by: Periods = "year", actors: Iterable[str] | str | None = None,
                     start: str | None = None, end: str | None = None, origin: str = "all",
                     explain: int = 0, weights: Weights | None = None) -> list[DyadScore]:
    """Score and event count of every dyad in every period it has events in.

    Parameters
    ----------
    store:
        Any :class:`~polgraph.store.Store`; the aggregation runs in it as SPARQL.
    by:
        ``"year"``, ``"quarter"``, ``"month"``, or a list of
        :class:`~polgraph.analysis.periods.Window` for custom windows.
    actors:
        Group codes both ends of a dyad must belong to; None for every actor.
    start, end:
        Limit to events placed on or after ``start`` and on or before ``end``
        (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    origin:
        ``"text"`` (extracted), ``"gdelt"`` (imported) or ``"all"``.
    explain:
        When positive, attach up to this many top drivers (largest absolute weight) to
        each score.
    weights:
        The model's weights; the shipped ``data/weights.toml`` by default.

    Returns
    -------
    list of DyadScore
        Sorted by dyad, then period in time order.

    Examples
    --------
    See the module docstring.
    """
    analysis = analyse(store, by=by, actors=actors, start=start, end=end, origin=origin, weights=weights)
    if explain > 0:
        drivers = collect_drivers(store, analysis, {(s.a, s.b, s.period) for s in analysis.scores}, explain)
        for score in analysis.scores:
            score.drivers = drivers.get((score.a, score.b, score.period), [])[:explain]
    return analysis.scores


