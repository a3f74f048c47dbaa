"""The SPARQL aggregates behind the analysis: per dyad and period, in the store.

Events are grouped twice inside one query: first by their raw keys (groups, period, type,
category, status), which touches every event once, then, joined with the weights passed
as ``VALUES`` tables, by unordered dyad and period. Only one compact row per dyad and
period leaves the store, so the work in Python grows with the number of actor pairs, not
with the number of triples.

Imported datasets do not even need the first level: the importer writes, into each file's
graph, the partial sums of its events per source group, target group, month, status and
origin (``pg:EventAggregate`` nodes: ``pg:eventCount``, ``pg:goldsteinSum``,
``pg:confidenceSum``). When every period asked for is made of whole months (years,
quarters, months, and windows or ``start``/``end`` bounds on month boundaries) and events
are weighed by their Goldstein value, the query adds up those sums for the files that have
them and reads events only from the other graphs, so its cost follows the number of
dyad-months, not of imported events. A window or bound inside a month needs each event's
day and falls back to reading the events. Both ways give the same counts and scores.

>>> from polgraph.store import open_store
>>> from polgraph.analysis.weights import load_weights
>>> dyad_cells(open_store("memory"), periods="year", weights=load_weights())
[]
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from polgraph.analysis.periods import Window
from polgraph.analysis.weights import Weights
from polgraph.errors import InputError
from polgraph.store import Store
from polgraph.vocab import GRAPH, ID, PG, PLOVER, local_name

__all__ = [
    "ORIGINS", "Cell", "EventRow", "RelationRow", "dyad_cells", "event_rows", "relation_rows",
    "dyad_of", "whole_months", "aggregated_graphs",
]

ORIGINS = ("text", "gdelt", "all")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_PREFIXES = (f"PREFIX pg: <{PG._NS}>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
             f"PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX xsd: <{_XSD}>\n")
_STATUS_NAMES = {"asserted": "Asserted", "planned": "Planned", "denied": "Denied",
                 "hypothetical": "Hypothetical"}
_STATUS_OF_IRI = {str(PG[v]): k for k, v in _STATUS_NAMES.items()}
_RELATION_KINDS = {"allied_with": "alliedWith", "member_of": "memberOf"}


@dataclass(frozen=True)
class Cell:
    """One dyad in one period, as the store aggregated it: score and number of events."""

    a: str
    b: str
    period: str
    score: float
    events: int


@dataclass(frozen=True)
class EventRow:
    """One event with what the analysis needs to weigh, place and explain it."""

    id: str
    type: str
    plover: str
    status: str
    confidence: float
    source_group: str
    target_group: str
    period: str
    date: str
    date_from_publication: bool
    date_start: str | None = None
    date_end: str | None = None
    goldstein: float | None = None
    place: str | None = None
    quote: str | None = None
    document: str | None = None
    published: str | None = None
    origin: str = "text"

    @property
    def dyad(self) -> tuple[str, str]:
        """The unordered pair of groups, alphabetically."""
        return dyad_of(self.source_group, self.target_group)


@dataclass(frozen=True)
class RelationRow:
    """A standing tie (allied_with, member_of) between two groups over an interval."""

    id: str
    kind: str
    subject_group: str
    object_group: str
    start: str | None
    end: str | None
    status: str
    confidence: float
    quote: str | None = None
    document: str | None = None
    published: str | None = None

    def interval(self) -> tuple[str, str] | None:
        """The days the tie is known to hold: from its start (or, without one, its
        document's publication date) to its end (or, without one, the publication date,
        the last day the text vouches for). None when nothing dates it.

        >>> RelationRow("r", "allied_with", "SDF", "USA", "2015-10-01", None, "asserted", 1.0,
        ...             published="2019-10-09").interval()
        ('2015-10-01', '2019-10-09')
        """
        first = self.start or self.published
        last = self.end or self.published
        if first is None and last is None:
            return None
        first, last = first or last, last or first
        return (first, last) if first <= last else (first, first)


# The document an event or tie comes from, as flat OPTIONALs: Oxigraph evaluates an
# OPTIONAL holding another OPTIONAL on its own, over every prov:wasDerivedFrom in the
# store (seconds per 100k imported events), where a flat one is a lookup per row.
_DOCUMENT_OPTIONALS = """OPTIONAL {{ {node} prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?docid }}
        OPTIONAL {{ {node} prov:wasDerivedFrom ?doc2 . ?doc2 dcterms:issued ?issued }}"""


def dyad_of(x: str, y: str) -> tuple[str, str]:
    """A dyad's canonical order: the two group codes alphabetically.

    >>> dyad_of("USA", "SYR")
    ('SYR', 'USA')
    """
    return (x, y) if x < y else (y, x)


def _lit(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _num(value: float) -> str:
    return repr(float(value)) if value == value else "0.0"


def _date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"not an ISO date: {value!r}") from None
    return f'"{value}"^^xsd:date'


def _period_clause(periods: str | Sequence[Window]) -> str:
    """Bind ?y and ?k (year and sub-period number), or ?w (a window's label)."""
    if periods == "year":
        return "BIND(YEAR(?d) AS ?y) BIND(0 AS ?k)"
    if periods == "month":
        return "BIND(YEAR(?d) AS ?y) BIND(MONTH(?d) AS ?k)"
    if periods == "quarter":
        return "BIND(YEAR(?d) AS ?y) BIND(CEIL(MONTH(?d) / 3) AS ?k)"
    rows = " ".join(f"({_lit(w.label)} {_date(w.start)} {_date(w.end)})" for w in periods)
    return (f"VALUES (?w ?ws ?we) {{ {rows} }} FILTER(?d >= ?ws && ?d <= ?we) "
            "BIND(0 AS ?y) BIND(0 AS ?k)")


def _label(row: dict[str, Any], periods: str | Sequence[Window]) -> str:
    if not isinstance(periods, str):
        return row["w"]
    year, sub = int(row["y"]), int(row["k"])
    if periods == "year":
        return f"{year:04d}"
    if periods == "quarter":
        return f"{year:04d}-Q{sub}"
    return f"{year:04d}-{sub:02d}"


def _event_pattern(*, origin: str, start: str | None, end: str | None, goldstein: bool,
                   exclude: Iterable[str] = ()) -> str:
    if origin not in ORIGINS:
        raise InputError(f"unknown origin {origin!r}; use text, gdelt or all")
    lines = ["GRAPH ?g {",
             "  ?e pg:sourceGroup ?sg ; pg:targetGroup ?tg ; pg:periodDate ?d ;",
             "     pg:eventType ?type ; pg:plover ?plover ; pg:status ?status ; pg:confidence ?c .",
             f'  ?e pg:origin {_lit(origin)} .' if origin != "all" else "",
             "  OPTIONAL { ?e pg:goldstein ?gs }" if goldstein else "",
             "}", _filters(start, end, exclude)]
    return "\n".join(line for line in lines if line)


def _weights_clause(weights: Weights) -> str:
    plover = " ".join(f"(<{PLOVER[k]}> {_num(v)})" for k, v in weights.plover.items())
    status = " ".join(f"(<{PG[_STATUS_NAMES[k]]}> {_num(v)})" for k, v in weights.status.items())
    types = " ".join(f"(<{PG._NS}{k}> {_num(v)})" for k, v in weights.event_type.items())
    return (f"VALUES (?plover ?pscore) {{ {plover} }}\n"
            f"VALUES (?status ?sf) {{ {status} }}\n"
            f"OPTIONAL {{ VALUES (?type ?tscore) {{ {types} }} }}\n")


def _filters(start: str | None, end: str | None, exclude: Iterable[str]) -> str:
    lines = ["FILTER(?sg != ?tg)"]
    if start:
        lines.append(f"FILTER(?d >= {_date(start)})")
    if end:
        lines.append(f"FILTER(?d <= {_date(end)})")
    excluded = sorted(set(exclude))
    if excluded:
        lines.append("MINUS { VALUES ?e { " + " ".join(f"<{ID}event/{e}>" for e in excluded) + " } }")
    return "\n".join(lines)


def _first_of_month(day: str) -> bool:
    return day[8:] == "01"


def _last_of_month(day: str) -> bool:
    year, month = int(day[:4]), int(day[5:7])
    return int(day[8:]) == calendar.monthrange(year, month)[1]


def whole_months(periods: str | Sequence[Window], start: str | None = None, end: str | None = None) -> bool:
    """Whether every period and both bounds fall on month boundaries, so that a month's
    events are either all in or all out of each period: the condition for adding up the
    per-month partial sums instead of reading events.

    >>> whole_months("quarter", "2024-12-01", "2025-06-30")
    True
    >>> whole_months([Window("after", "2024-12-08", "2025-12-31")])
    False
    """
    if start is not None and not _first_of_month(start):
        return False
    if end is not None and not _last_of_month(end):
        return False
    if isinstance(periods, str):
        return True
    return all(_first_of_month(w.start) and _last_of_month(w.end) for w in periods)


def aggregated_graphs(store: Store) -> set[str]:
    """The graphs holding partial sums (``pg:EventAggregate`` nodes), whose imported events
    the analysis takes from those sums instead of reading them one by one.

    >>> from polgraph.store import open_store
    >>> aggregated_graphs(open_store("memory"))
    set()
    """
    rows = store.select(_PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x a pg:EventAggregate } }")
    return {str(r["g"]) for r in rows}


def _graphs_values(graphs: Iterable[str]) -> str:
    return "VALUES ?g { " + " ".join(f"<{g}>" for g in sorted(graphs)) + " }"


def dyad_cells(store: Store, *, periods: str | Sequence[Window], weights: Weights,
               start: str | None = None, end: str | None = None, origin: str = "all",
               exclude: Iterable[str] = (), partial_sums: bool = True) -> list[Cell]:
    """Score and event count of every dyad in every period with events, from the store.

    Two branches share the work: events carrying a Goldstein value (imported CAMEO-coded
    events) are weighed by it, every other event by its type and PLOVER category. Each
    branch reads only the properties its weight needs, since the cost of the query is
    one index lookup per event and property. ``exclude`` names events (by id) left out
    because the caller weighs them itself — the members of merged co-referent reports.

    When the periods are whole months (:func:`whole_months`) and Goldstein values are in
    use, a third branch adds up the partial sums of the imported files that have them
    (:func:`aggregated_graphs`) and the other two read events only from the remaining
    graphs. ``partial_sums=False`` reads every event, the reference the sums are tested
    against.
    """
    if origin not in ORIGINS:
        raise InputError(f"unknown origin {origin!r}; use text, gdelt or all")
    conf = "?c" if weights.multiply_confidence else "1.0"
    window = "?w" if not isinstance(periods, str) else ""
    keys = f"?sg ?tg ?y ?k {window}"
    common = "pg:sourceGroup ?sg ; pg:targetGroup ?tg ; pg:periodDate ?d ; pg:status ?status ; pg:confidence ?c"
    where = f"{_filters(start, end, exclude)}\n{_period_clause(periods)}"
    use_goldstein = weights.use_goldstein
    summed: set[str] = set()
    if partial_sums and use_goldstein and whole_months(periods, start, end):
        summed = aggregated_graphs(store)
    # With partial sums, events are read only from the graphs that have none.
    scope: str | None = ""
    if summed:
        rest = set(store.graphs()) - summed
        scope = _graphs_values(rest) if rest else None
    if origin == "all":
        select_plain = ('?e pg:origin ?origin . FILTER(?origin != "gdelt") '
                        'FILTER NOT EXISTS { ?e pg:goldstein ?gs }' if use_goldstein else "")
        select_gold = ""
    else:
        select_plain = f"?e pg:origin {_lit(origin)} ." + (" FILTER NOT EXISTS { ?e pg:goldstein ?gs }"
                                                            if use_goldstein else "")
        select_gold = f"?e pg:origin {_lit(origin)} ."
    plain = f"""{{
      {{ SELECT {keys} ?type ?plover ?status (COUNT(*) AS ?n) (SUM({conf}) AS ?mass) WHERE {{
          {scope}
          GRAPH ?g {{ {select_plain} ?e pg:eventType ?type ; pg:plover ?plover ; {common} . }}
          {where}
        }} GROUP BY {keys} ?type ?plover ?status }}
      {_weights_clause(weights)}
      BIND(?sf * COALESCE(?tscore, ?pscore) * ?mass AS ?wt)
    }}"""
    status = " ".join(f"(<{PG[_STATUS_NAMES[k]]}> {_num(v)})" for k, v in weights.status.items())
    branches = []
    # Imported GDELT events always carry their Goldstein value, so with --origin gdelt
    # the plain branch would only scan them to find nothing.
    if scope is not None and not (origin == "gdelt" and use_goldstein):
        branches.append(plain)
    if scope is not None and use_goldstein and origin != "text":
        branches.append(f"""{{
      {{ SELECT {keys} ?status (COUNT(*) AS ?n) (SUM({conf} * ?gs) AS ?mass) WHERE {{
          {scope}
          GRAPH ?g {{ {select_gold} ?e pg:goldstein ?gs ; {common} . }}
          {where}
        }} GROUP BY {keys} ?status }}
      VALUES (?status ?sf) {{ {status} }}
      BIND(?sf * ?mass AS ?wt)
    }}""")
    if summed and origin != "text":
        # A sum's confidence-weighted mass is its Goldstein sum times the mean confidence:
        # exact when its events share one confidence, as imported events (all 1) do.
        # The pattern opens with pg:eventCount, which only sums carry: opened with a
        # property events share, Oxigraph would scan every event for it (twice as slow).
        # The origin is compared in a FILTER: as a constant in the pattern, Oxigraph would
        # start from every event of that origin instead of from the sums.
        select_sums = f"?x pg:origin ?xo . FILTER(?xo = {_lit(origin)})" if origin != "all" else ""
        if weights.multiply_confidence:
            mass, confidence = "?xg * (?xc / ?xn)", "; pg:confidenceSum ?xc"
        else:
            mass, confidence = "?xg", ""
        branches.append(f"""{{
      {{ SELECT {keys} ?status (SUM(?xn) AS ?n) (SUM({mass}) AS ?mass) WHERE {{
          {_graphs_values(summed)}
          GRAPH ?g {{ ?x pg:eventCount ?xn . {select_sums}
                     ?x pg:goldsteinSum ?xg {confidence} ; pg:sourceGroup ?sg ; pg:targetGroup ?tg ;
                        pg:periodDate ?d ; pg:status ?status . }}
          {_filters(start, end, ())}
          {_period_clause(periods)}
        }} GROUP BY {keys} ?status }}
      VALUES (?status ?sf) {{ {status} }}
      BIND(?sf * ?mass AS ?wt)
    }}""")
    if not branches:
        return []
    query = f"""{_PREFIXES}
    SELECT ?a ?b ?y ?k {window} (SUM(?wt) AS ?score) (SUM(?n) AS ?events) WHERE {{
      {" UNION ".join(branches)}
      BIND(IF(?sg < ?tg, ?sg, ?tg) AS ?a)
      BIND(IF(?sg < ?tg, ?tg, ?sg) AS ?b)
    }} GROUP BY ?a ?b ?y ?k {window}"""
    return [Cell(str(r["a"]), str(r["b"]), _label(r, periods), float(r.get("score", 0.0)), int(r["events"]))
            for r in store.iter_select(query)]


def event_rows(store: Store, *, periods: str | Sequence[Window], goldstein: bool = True,
               start: str | None = None, end: str | None = None, origin: str = "all",
               exclude: Iterable[str] = (), only: Iterable[str] | None = None) -> Iterator[EventRow]:
    """Every dyadic event (or only the events named in ``only``), one row each, streamed.

    This is the detailed path, for explaining a score and for merging reports; the
    scores themselves come from :func:`dyad_cells`.
    """
    window = "?w" if not isinstance(periods, str) else ""
    restrict = ""
    if only is not None:
        ids = sorted(set(only))
        if not ids:
            return
        restrict = "VALUES ?e { " + " ".join(f"<{ID}event/{e}>" for e in ids) + " }"
    query = f"""{_PREFIXES}
    SELECT ?e ?type ?plover ?status ?c ?sg ?tg ?d ?y ?k {window} ?gs ?pub ?ds ?de ?place ?quote
           ?docid ?issued ?origin WHERE {{
      {restrict}
      {_event_pattern(origin=origin, start=start, end=end, goldstein=goldstein, exclude=exclude)}
      {_period_clause(periods)}
      GRAPH ?g {{
        OPTIONAL {{ ?e pg:origin ?origin }}
        OPTIONAL {{ ?e pg:dateFromPublication ?pub }}
        OPTIONAL {{ ?e pg:dateStart ?ds }}
        OPTIONAL {{ ?e pg:dateEnd ?de }}
        OPTIONAL {{ ?e pg:place ?place }}
        OPTIONAL {{ ?e pg:quote ?quote }}
        {_DOCUMENT_OPTIONALS.format(node="?e")}
      }}
    }}"""
    for r in store.iter_select(query):
        yield EventRow(
            id=local_name(r["e"]), type=local_name(r["type"]), plover=local_name(r["plover"]),
            status=_STATUS_OF_IRI.get(r["status"], "asserted"), confidence=float(r["c"]),
            source_group=str(r["sg"]), target_group=str(r["tg"]), period=_label(r, periods),
            date=str(r["d"]), date_from_publication=bool(r.get("pub", False)),
            date_start=r.get("ds"), date_end=r.get("de"),
            goldstein=float(r["gs"]) if "gs" in r else None, place=r.get("place"),
            quote=r.get("quote"), document=r.get("docid"), published=r.get("issued"),
            origin=str(r.get("origin", "text")))


def relation_rows(store: Store, kinds: Iterable[str] = ("allied_with", "member_of")) -> list[RelationRow]:
    """Standing ties between two different groups, from document graphs only (the
    gazetteer's dated roles of persons are not ties between groups)."""
    values = " ".join(f"pg:{_RELATION_KINDS[k]}" for k in kinds if k in _RELATION_KINDS)
    if not values:
        return []
    query = f"""{_PREFIXES}
    SELECT ?r ?kind ?sg ?og ?start ?end ?status ?c ?quote ?docid ?issued WHERE {{
      VALUES ?kind {{ {values} }}
      GRAPH ?g {{
        ?r pg:relationKind ?kind ; pg:subjectGroup ?sg ; pg:objectGroup ?og .
        OPTIONAL {{ ?r pg:startDate ?start }}
        OPTIONAL {{ ?r pg:endDate ?end }}
        OPTIONAL {{ ?r pg:status ?status }}
        OPTIONAL {{ ?r pg:confidence ?c }}
        OPTIONAL {{ ?r pg:quote ?quote }}
        {_DOCUMENT_OPTIONALS.format(node="?r")}
      }}
      FILTER(STRSTARTS(STR(?g), "{GRAPH}doc/"))
      FILTER(?sg != ?og)
    }}"""
    kind_of = {str(PG[v]): k for k, v in _RELATION_KINDS.items()}
    return [RelationRow(id=local_name(r["r"]), kind=kind_of[r["kind"]], subject_group=str(r["sg"]),
                        object_group=str(r["og"]), start=r.get("start"), end=r.get("end"),
                        status=_STATUS_OF_IRI.get(r.get("status", ""), "asserted"),
                        confidence=float(r.get("c", 1.0)), quote=r.get("quote"), document=r.get("docid"),
                        published=r.get("issued"))
            for r in store.select(query)]


