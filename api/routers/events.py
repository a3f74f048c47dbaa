"""Events: filtered, paged lists and one event with its provenance."""
from __future__ import annotations

import datetime

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from api.schemas import ActorRefOut, DocumentRef, EventDetail, EventOut, EventPage
from polgraph.errors import InputError, NotFound
from polgraph.rdf.writer import STATUS_IRIS
from polgraph.sparql.terms import iri, literal
from polgraph.model import PLOVER_CATEGORIES
from polgraph.ontology import event_types
from polgraph.vocab import GRAPH, PG, PLOVER, actor_iri, document_graph, event_iri, local_name

__all__ = ["router", "event_filters"]

router = APIRouter(prefix="/events", tags=["Events"], responses=ERROR_RESPONSES)

_PREFIXES = (f"PREFIX pg: <{PG._NS}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")
_DOC_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH}doc/"))'
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CODE = re.compile(r"^[A-Za-z0-9_.\-\u0600-\u06FF]{1,80}$")
# What makes an event listable; the total counts these (the OPTIONALs of _FIELDS only add
# columns, so leaving them out of the count changes no number and halves its cost).
_REQUIRED = "?e pg:eventType ?type ; pg:plover ?plover ; pg:periodDate ?date ."
_FIELDS = _REQUIRED + """
    OPTIONAL { ?e pg:status ?status }
    OPTIONAL { ?e pg:dateStart ?dateStart }
    OPTIONAL { ?e pg:dateEnd ?dateEnd }
    OPTIONAL { ?e pg:datePrecision ?precision }
    OPTIONAL { ?e pg:confidence ?confidence }
    OPTIONAL { ?e pg:source ?source OPTIONAL { ?e pg:sourceGroup ?sourceGroup } }
    OPTIONAL { ?e pg:target ?target OPTIONAL { ?e pg:targetGroup ?targetGroup } }
"""
_COLUMNS = "?e ?g ?type ?plover ?date ?status ?dateStart ?dateEnd ?precision ?confidence ?source ?sourceGroup ?target ?targetGroup"


def _bound(value: str, last: bool) -> str:
    """The first (or last) day of a YYYY, YYYY-MM or YYYY-MM-DD period, as a SPARQL date."""
    m = _PARTIAL_DATE.match(value)
    if not m:
        raise InputError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InputError(f"not a date: {value!r}") from None
    if day:
        text = f"{year}-{month}-{day}"
    elif month:
        text = f"{year}-{month}-{'31' if last else '01'}"  # string order: no month has a day 32
    else:
        text = f"{year}-{'12-31' if last else '01-01'}"
    return f'"{text}"^^xsd:date'


def _code(value: str, what: str) -> str:
    if not _CODE.match(value):
        raise InputError(f"not a valid {what}: {value!r}")
    return value


def event_filters(*, actor: str | None = None, group: str | None = None, type: str | None = None,
                  plover: str | None = None, status: str | None = None, start: str | None = None,
                  end: str | None = None) -> str:
    """SPARQL filter lines (inside the event's graph) for the list's query parameters.

    >>> "pg:target <https://polgraph.org/id/actor/SYR>" in event_filters(actor="SYR")
    True
    >>> event_filters(type="NoSuchType")
    Traceback (most recent call last):
    ...
    polgraph.errors.InputError: unknown event type: 'NoSuchType'
    """
    lines = []
    if actor:
        a = iri(str(actor_iri(_code(actor, "actor id"))))
        lines.append(f"FILTER EXISTS {{ {{ ?e pg:source {a} }} UNION {{ ?e pg:target {a} }} "
                     f"UNION {{ ?e pg:participant {a} }} }}")
    if group:
        g = literal(_code(group, "group code"))
        lines.append(f"FILTER EXISTS {{ {{ ?e pg:sourceGroup {g} }} UNION {{ ?e pg:targetGroup {g} }} }}")
    if type:
        if type not in event_types():
            raise InputError(f"unknown event type: {type!r}")
        lines.append(f"?e pg:eventType {iri(str(PG[type]))} .")
    if plover:
        if plover.upper() not in PLOVER_CATEGORIES:
            raise InputError(f"unknown PLOVER category {plover!r}; one of {', '.join(PLOVER_CATEGORIES)}")
        lines.append(f"?e pg:plover {iri(str(PLOVER[plover.upper()]))} .")
    if status:
        if status not in STATUS_IRIS:
            raise InputError(f"unknown status {status!r}; one of {', '.join(STATUS_IRIS)}")
        lines.append(f"?e pg:status {iri(str(STATUS_IRIS[status]))} .")
    if start:
        lines.append(f"FILTER(?date >= {_bound(start, last=False)})")
    if end:
        lines.append(f"FILTER(?date <= {_bound(end, last=True)})")
    return "\n    ".join(lines)


def _ref(actor: Any, group: Any) -> ActorRefOut | None:
    return ActorRefOut(id=local_name(actor), group=group) if actor else None


def _event(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": local_name(row["e"]), "type": local_name(row["type"]), "plover": local_name(row["plover"]),
        "status": local_name(row["status"]).lower() if row.get("status") else None,
        "date": str(row["date"]), "date_start": row.get("dateStart"), "date_end": row.get("dateEnd"),
        "date_precision": row.get("precision"), "confidence": row.get("confidence"),
        "source": _ref(row.get("source"), row.get("sourceGroup")),
        "target": _ref(row.get("target"), row.get("targetGroup")),
        "document": local_name(row["g"]),
    }


@router.get("", response_model=EventPage, summary="Events, filtered and paged")
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(description="actor id taking part (gazetteer id, e.g. SYR)")] = None,
    group: Annotated[str | None, Query(description="group code of the source or target (SYR, USA, TUR, SDF …)")] = None,
    type: Annotated[str | None, Query(description="event type, e.g. Visit, SanctionsImposed")] = None,
    plover: Annotated[str | None, Query(description="PLOVER category, e.g. CONSULT")] = None,
    status: Annotated[str | None, Query(description="asserted, planned, denied or hypothetical")] = None,
    start: Annotated[str | None, Query(alias="from", description="first date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(alias="to", description="last date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    document: Annotated[str | None, Query(description="only events of this document id")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EventPage:
    """Events in date order, with the total number that matched the filters."""
    filters = event_filters(actor=actor, group=group, type=type, plover=plover, status=status,
                            start=start, end=end)
    graph = iri(str(document_graph(_code(document, "document id")))) if document else "?g"
    bind = f"BIND({graph} AS ?g)" if document else ""
    scope = _DOC_GRAPHS if not document else ""
    where = f"{bind} GRAPH {graph} {{ {_FIELDS} {filters} }} {scope}"
    counted = f"{bind} GRAPH {graph} {{ {_REQUIRED} {filters} }} {scope}"
    # One worker round trip for both, on the same snapshot, so the total matches the page.
    total, rows = store.select_many([
        _PREFIXES + f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {counted} }}",
        _PREFIXES + f"SELECT {_COLUMNS} WHERE {{ {where} }} ORDER BY ?date ?e LIMIT {limit} OFFSET {offset}"])
    return EventPage(total=int(total[0]["n"]) if total else 0, limit=limit, offset=offset,
                     items=[EventOut(**_event(r)) for r in rows])


@router.get("/{event_id:path}", response_model=EventDetail, summary="One event with its quote and source document")
def get_event(store: StoreDep, event_id: Annotated[str, Path(description="event id, e.g. <document id>/e1")]) -> EventDetail:
    """An event, the sentence it was taken from and the document that reported it."""
    node = iri(str(event_iri(event_id)))
    rows = store.select(_PREFIXES + f"""
        SELECT {_COLUMNS} ?quote ?startOffset ?endOffset ?sentence ?docId ?title ?lang ?published ?docSource WHERE {{
          GRAPH ?g {{
            BIND({node} AS ?e)
            {_FIELDS}
            OPTIONAL {{ ?e pg:quote ?quote }}
            OPTIONAL {{ ?e pg:startOffset ?startOffset }}
            OPTIONAL {{ ?e pg:endOffset ?endOffset }}
            OPTIONAL {{ ?e pg:sentenceIndex ?sentence }}
            OPTIONAL {{ ?doc a pg:Document .
                       OPTIONAL {{ ?doc dcterms:identifier ?docId }} OPTIONAL {{ ?doc dcterms:title ?title }}
                       OPTIONAL {{ ?doc pg:lang ?lang }} OPTIONAL {{ ?doc dcterms:issued ?published }}
                       OPTIONAL {{ ?doc dcterms:source ?docSource }} }}
          }} {_DOC_GRAPHS}
        }} LIMIT 1""")
    if not rows:
        raise NotFound(f"no such event: {event_id}")
    row = rows[0]
    return EventDetail(
        **_event(row), quote=row.get("quote"), start=row.get("startOffset"), end=row.get("endOffset"),
        sentence=row.get("sentence"),
        source_document=DocumentRef(id=row.get("docId") or local_name(row["g"]), graph=row["g"],
                                    title=row.get("title"), lang=row.get("lang"),
                                    published=str(row["published"]) if row.get("published") else None,
                                    source=row.get("docSource")))
