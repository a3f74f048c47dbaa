"""Co-reference merge: several reports of one real-world event count once.

Two reports are of the same event when they are of the same kind (PLOVER category, so
an "air strike" in one language and a "military operation" in another still meet), between
the same pair of groups (in either direction), from different documents, with date
intervals that overlap and places that agree when both are given. A report whose text
gives no date stands for the interval of ``undated_window_days`` either side of its
document's publication date; two undated reports must be published within that many
days of each other.

Reports are clustered greedily, most precise first (day, then month, year, undated;
asserted before other statuses; earliest published first): a report joins the first
cluster whose every member it is compatible with and that holds no report from its own
document; otherwise it starts a cluster. So two strikes on different days stay two events
even when a third article speaks of "strikes in October".

The merged event takes its date from its most precise report, its status is *asserted*
when any report asserts it (a visit first announced as planned and later reported as
made is one asserted visit) and otherwise the status of the latest report, and its
confidence is the highest among the reports carrying that status. Every report is kept
as provenance.

Only extracted events (``pg:origin "text"``) are merged: imported datasets are already
unique by their own event ids.

>>> from polgraph.analysis.aggregate import EventRow
>>> def row(i, doc, date, status="asserted", pub="2025-11-12"):
...     return EventRow(id=i, type="Visit", plover="CONSULT", status=status, confidence=0.9,
...                     source_group="SYR", target_group="USA", period="2025", date=date or pub,
...                     date_from_publication=date is None, date_start=date, date_end=date,
...                     document=doc, published=pub)
>>> [m.status for m in cluster_reports([row("a/e1", "a", "2025-11-10", "planned", "2025-11-01"),
...                                     row("b/e4", "b", "2025-11-10")], window_days=31)]
['asserted']
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from polgraph.analysis.aggregate import EventRow, event_rows
from polgraph.store import Store
from polgraph.vocab import PG, local_name

__all__ = ["MergedEvent", "cluster_reports", "merged_events"]



@dataclass
class MergedEvent:
    """One real-world event told by several reports (co-referent events)."""

    representative: EventRow
    reports: list[EventRow] = field(default_factory=list)
    status: str = "asserted"
    confidence: float = 1.0

    @property
    def id(self) -> str:
        """The id the merged event goes by: its representative report's."""
        return self.representative.id

    @property
    def member_ids(self) -> list[str]:
        """Ids of every merged report, representative first."""
        return [r.id for r in self.reports]

    def to_json(self) -> dict[str, Any]:
        """Which reports were merged, for an analyst to check."""
        rep = self.representative
        return {
            "id": self.id, "type": rep.type, "status": self.status,
            "confidence": round(self.confidence, 3), "date": rep.date,
            "date_from_publication": rep.date_from_publication,
            "reports": [{"id": r.id, "document": r.document, "published": r.published,
                         "status": r.status, "date": None if r.date_from_publication else r.date_start,
                         "quote": r.quote} for r in self.reports],
        }


def _interval(row: EventRow, window: dt.timedelta) -> tuple[dt.date, dt.date]:
    if row.date_start and not row.date_from_publication:
        first = dt.date.fromisoformat(row.date_start)
        return first, dt.date.fromisoformat(row.date_end) if row.date_end else first
    anchor = dt.date.fromisoformat(row.published or row.date)
    return anchor - window, anchor + window


def _precision(row: EventRow) -> int:
    if row.date_from_publication or not row.date_start:
        return 3
    span = (dt.date.fromisoformat(row.date_end or row.date_start) - dt.date.fromisoformat(row.date_start)).days
    return 0 if span == 0 else 1 if span < 32 else 2


def _compatible(x: EventRow, y: EventRow, window: dt.timedelta) -> bool:
    if x.document is not None and x.document == y.document:
        return False
    if x.place and y.place and x.place.casefold() != y.place.casefold():
        return False
    if _precision(x) == 3 and _precision(y) == 3:
        # Two undated reports: their publication dates within the window of each other.
        return abs(_interval(x, window)[0] - _interval(y, window)[0]) <= window
    (a0, a1), (b0, b1) = _interval(x, window), _interval(y, window)
    return a0 <= b1 and b0 <= a1


def _merge(reports: list[EventRow]) -> MergedEvent:
    statuses = {r.status for r in reports}
    if "asserted" in statuses:
        status = "asserted"
    else:
        status = max(reports, key=lambda r: (r.published or "", r.id)).status
    confidence = max(r.confidence for r in reports if r.status == status)
    return MergedEvent(reports[0], reports, status, confidence)


def cluster_reports(rows: Iterable[EventRow], *, window_days: int) -> list[MergedEvent]:
    """Group co-referent reports; returns only groups of two or more reports.

    See the module docstring for the rule.
    """
    window = dt.timedelta(days=window_days)
    by_key: dict[tuple, list[EventRow]] = defaultdict(list)
    for row in rows:
        if row.source_group == row.target_group:
            continue
        by_key[(row.plover, *row.dyad)].append(row)
    merged = []
    for key in sorted(by_key):
        ordered = sorted(by_key[key], key=lambda r: (_precision(r), r.status != "asserted",
                                                     r.published or "", r.id))
        clusters: list[list[EventRow]] = []
        for row in ordered:
            for cluster in clusters:
                if all(_compatible(row, member, window) for member in cluster):
                    cluster.append(row)
                    break
            else:
                clusters.append([row])
        merged.extend(_merge(c) for c in clusters if len(c) > 1)
    return merged


def merged_events(store: Store, *, window_days: int, origin: str = "all",
                  goldstein: bool = True) -> list[MergedEvent]:
    """Co-referent extracted events in the store, each group merged into one event.

    Candidates are read from the store only for (category, dyad) keys reported by more than
    one document, so the rows pulled grow with the duplicates, not with the corpus.

    >>> from polgraph.store import open_store
    >>> merged_events(open_store("memory"), window_days=31)
    []
    """
    if origin == "gdelt":
        return []
    candidates = _candidate_ids(store)
    if not candidates:
        return []
    rows = event_rows(store, periods="year", goldstein=goldstein, origin="text", only=candidates)
    return cluster_reports(rows, window_days=window_days)


def _candidate_ids(store: Store) -> list[str]:
    query = f"""PREFIX pg: <{PG._NS}>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?e WHERE {{
      {{ SELECT ?cat ?a ?b WHERE {{
           GRAPH ?g {{ ?x pg:plover ?cat ; pg:sourceGroup ?sg ; pg:targetGroup ?tg ;
                          pg:origin "text" ; prov:wasDerivedFrom ?doc }}
           FILTER(?sg != ?tg)
           BIND(IF(?sg < ?tg, ?sg, ?tg) AS ?a) BIND(IF(?sg < ?tg, ?tg, ?sg) AS ?b)
         }} GROUP BY ?cat ?a ?b HAVING (COUNT(DISTINCT ?doc) > 1) }}
      {{ SELECT ?e ?cat ?a ?b WHERE {{
           GRAPH ?h {{ ?e pg:plover ?cat ; pg:sourceGroup ?sg2 ; pg:targetGroup ?tg2 ; pg:origin "text" }}
           FILTER(?sg2 != ?tg2)
           BIND(IF(?sg2 < ?tg2, ?sg2, ?tg2) AS ?a) BIND(IF(?sg2 < ?tg2, ?tg2, ?sg2) AS ?b)
         }} }}
    }}"""
    return [local_name(r["e"]) for r in store.iter_select(query)]
