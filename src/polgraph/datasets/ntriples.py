"""Events as N-Triples text, written directly: the fast path for millions of rows.

Building rdflib terms for every triple costs more than the store's own bulk loader spends
on it. :func:`event_ntriples` writes the same triples as
:func:`polgraph.rdf.writer.event_triples` as N-Triples lines; ``tests/datasets`` checks that
the two agree triple for triple, so they cannot drift apart.

>>> from polgraph.model import ActorRef, Event
>>> ev = Event(id="gdelt1/7", type="Visit", plover="CONSULT", source=ActorRef("TUR", "Turkey", "TUR"),
...            target=None, date="2016-07-28", origin="gdelt", goldstein=1.9)
>>> text = event_ntriples(ev)
>>> '<https://polgraph.org/ns#goldstein> "1.9"^^<http://www.w3.org/2001/XMLSchema#double> .' in text
True
"""
from __future__ import annotations

from urllib.parse import quote

from rdflib import RDF, XSD
from rdflib.namespace import DCTERMS, SKOS

from polgraph.model import Event, date_bounds, date_precision
from polgraph.rdf.writer import STATUS_IRIS
from polgraph.vocab import ID, PG, PLOVER, PROV

__all__ = ["iri", "literal", "event_ntriples", "actor_ntriples", "aggregate_iri", "aggregate_ntriples"]

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    """An IRI as an N-Triples term.

    >>> iri("https://polgraph.org/id/actor/SYR")
    '<https://polgraph.org/id/actor/SYR>'
    """
    return f"<{value}>"


def literal(value: object, datatype: str | None = None) -> str:
    """A literal as an N-Triples term, with rdflib's lexical forms for Python values.

    >>> literal('say "no"\\n')
    '"say \\\\"no\\\\"\\\\n"'
    >>> literal(3), literal(True), literal(-2.5, str(XSD.double))
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>', '"-2.5"^^<http://www.w3.org/2001/XMLSchema#double>')
    """
    if isinstance(value, bool):
        text, datatype = ("true" if value else "false"), datatype or _BOOLEAN
    elif isinstance(value, int):
        text, datatype = str(value), datatype or _INTEGER
    elif isinstance(value, float):
        text = repr(value)
        datatype = datatype or _DOUBLE
    else:
        text = str(value)
    quoted = '"' + text.translate(_ESCAPES) + '"'
    return f"{quoted}^^<{datatype}>" if datatype else quoted


_INTEGER, _BOOLEAN, _DOUBLE, _DATE = str(XSD.integer), str(XSD.boolean), str(XSD.double), str(XSD.date)
_DATETIME = str(XSD.dateTime)

_TYPE = iri(str(RDF.type))
_EVENT_CLASS = iri(str(PG.Event))
_P = {name: iri(str(PG[name])) for name in (
    "eventType", "plover", "status", "confidence", "origin", "source", "target", "sourceGroup",
    "targetGroup", "participant", "dateStart", "dateEnd", "datePrecision", "dateFromPublication",
    "periodDate", "place", "quote", "startOffset", "endOffset", "sentenceIndex", "cameoCode",
    "goldstein", "quadClass", "tone", "numMentions", "externalId", "sourceUrl", "group", "roleCode",
    "eventCount", "goldsteinSum", "confidenceSum")}
_AGGREGATE_CLASS = iri(str(PG.EventAggregate))
_CELL_NS = str(ID) + "cell/"
_DERIVED = iri(str(PROV.wasDerivedFrom))
_GENERATED = iri(str(PROV.wasGeneratedBy))
_CREATED = iri(str(DCTERMS.created))
_CITATION = iri(str(DCTERMS.bibliographicCitation))
_LABEL = iri(str(SKOS.prefLabel))
_ACTOR_CLASS = iri(str(PG.Actor))
_STATUS = {k: iri(str(v)) for k, v in STATUS_IRIS.items()}
_EVENT_NS = str(ID) + "event/"
_ACTOR_NS = str(ID) + "actor/"
_PG_NS = str(PG._NS)
_PLOVER_NS = str(PLOVER)
_FALSE = literal(False)
_TRUE = literal(True)


def event_ntriples(event: Event, document: str | None = None, published: str | None = None,
                   activity: str | None = None, *, date_added: str | None = None,
                   citation: str | None = None) -> str:
    """N-Triples lines of one event; the same triples as ``event_triples`` with the same
    arguments (IRIs given as strings), plus ``dcterms:created`` when ``date_added`` is given
    (an ISO date, or a date-time ending in ``Z``) and ``dcterms:bibliographicCitation``
    when ``citation`` is (a source named by text rather than by URL)."""
    node = "<" + _EVENT_NS + event.id + ">"
    type_iri = "<" + _PG_NS + event.type + ">"
    p = _P
    out = [
        f"{node} {_TYPE} {type_iri} .",
        f"{node} {_TYPE} {_EVENT_CLASS} .",
        f"{node} {p['eventType']} {type_iri} .",
        f"{node} {p['plover']} <{_PLOVER_NS}{event.plover}> .",
        f"{node} {p['status']} {_STATUS[event.status]} .",
        f"{node} {p['confidence']} {literal(round(float(event.confidence), 4), _DOUBLE)} .",
        f"{node} {p['origin']} {literal(event.origin)} .",
    ]
    append = out.append
    for role, group_prop, ref in (("source", "sourceGroup", event.source), ("target", "targetGroup", event.target)):
        if ref is not None:
            append(f"{node} {p[role]} <{_ACTOR_NS}{ref.id}> .")
            if ref.group:
                append(f"{node} {p[group_prop]} {literal(ref.group)} .")
    for ref in event.participants:
        append(f"{node} {p['participant']} <{_ACTOR_NS}{ref.id}> .")
    period = None
    if event.date:
        if event.date_precision == "day" and not event.date_end:
            first = last = event.date  # the common case, without date arithmetic
        else:
            low, high = date_bounds(event.date)
            if event.date_end:
                high = date_bounds(event.date_end)[1]
            first, last = low.isoformat(), high.isoformat()
        append(f'{node} {p["dateStart"]} "{first}"^^<{_DATE}> .')
        append(f'{node} {p["dateEnd"]} "{last}"^^<{_DATE}> .')
        append(f"{node} {p['datePrecision']} {literal(event.date_precision or date_precision(event.date))} .")
        period = first
        append(f"{node} {p['dateFromPublication']} {_FALSE} .")
    elif published:
        period = published
        append(f"{node} {p['dateFromPublication']} {_TRUE} .")
    if period:
        append(f'{node} {p["periodDate"]} "{period}"^^<{_DATE}> .')
    if event.place:
        append(f"{node} {p['place']} {literal(event.place)} .")
    if event.quote:
        append(f"{node} {p['quote']} {literal(event.quote)} .")
        append(f"{node} {p['startOffset']} {literal(event.start)} .")
        append(f"{node} {p['endOffset']} {literal(event.end)} .")
        append(f"{node} {p['sentenceIndex']} {literal(event.sentence)} .")
    for name, value, datatype in (("cameoCode", event.cameo, None), ("goldstein", event.goldstein, _DOUBLE),
                                  ("quadClass", event.quad_class, None), ("tone", event.tone, _DOUBLE),
                                  ("numMentions", event.num_mentions, None),
                                  ("externalId", event.external_id, None)):
        if value is not None:
            append(f"{node} {p[name]} {literal(value, datatype)} .")
    if event.source_url:
        url = event.source_url
        append(f"{node} {p['sourceUrl']} {'<' + url + '>' if '://' in url else literal(url)} .")
    if document is not None:
        append(f"{node} {_DERIVED} <{document}> .")
    if activity is not None:
        append(f"{node} {_GENERATED} <{activity}> .")
    if date_added:
        kind = _DATETIME if "T" in date_added else _DATE
        append(f'{node} {_CREATED} "{date_added}"^^<{kind}> .')
    if citation:
        append(f"{node} {_CITATION} {literal(citation)} .")
    out.append("")
    return "\n".join(out)


def actor_ntriples(actor_id: str, label: str, group: str | None, cameo: str | None,
                   roles: tuple[str, ...] = ()) -> str:
    """N-Triples describing an actor that the gazetteer does not carry.

    >>> print(actor_ntriples("cameo-SYRMIL", "Syria (military)", "SYR", "SYRMIL", ("MIL",)).splitlines()[-1])
    <https://polgraph.org/id/actor/cameo-SYRMIL> <https://polgraph.org/ns#roleCode> "MIL" .
    """
    node = "<" + _ACTOR_NS + actor_id + ">"
    out = [f"{node} {_TYPE} {_ACTOR_CLASS} .", f"{node} {_LABEL} {literal(label)} ."]
    if group:
        out.append(f"{node} {_P['group']} {literal(group)} .")
    if cameo:
        out.append(f"{node} {_P['cameoCode']} {literal(cameo)} .")
    for role in roles:
        out.append(f"{node} {_P['roleCode']} {literal(role)} .")
    out.append("")
    return "\n".join(out)


def aggregate_iri(file_id: str, source_group: str, target_group: str, month: str,
                  status: str = "asserted") -> str:
    """The IRI of one file's aggregate cell for a dyad, a month (``YYYY-MM``) and a status.

    Asserted cells, the only kind an import of coded events writes, end with the month;
    any other status is appended after it.

    >>> aggregate_iri("20160728.export.csv", "TUR", "SYR", "2016-07")
    'https://polgraph.org/id/cell/20160728.export.csv/TUR/SYR/2016-07'
    >>> aggregate_iri("f", "SYR", "USA", "2025-05", "planned")
    'https://polgraph.org/id/cell/f/SYR/USA/2025-05/planned'
    """
    tail = "" if status == "asserted" else "/" + status
    return (f"{_CELL_NS}{file_id}/{quote(source_group, safe='')}/{quote(target_group, safe='')}/"
            f"{month}{tail}")


def aggregate_ntriples(node: str, document: str, *, source_group: str, target_group: str, month: str,
                       status: str, origin: str, events: int, goldstein_sum: float,
                       confidence_sum: float) -> str:
    """N-Triples of one aggregate cell: the partial sums of the events of one file that share
    a source group, a target group, a calendar month (``YYYY-MM``), a status and an origin.

    >>> text = aggregate_ntriples(aggregate_iri("f", "TUR", "SYR", "2016-07"), "https://polgraph.org/id/doc/f",
    ...                           source_group="TUR", target_group="SYR", month="2016-07", status="asserted",
    ...                           origin="gdelt", events=3, goldstein_sum=-4.5, confidence_sum=3.0)
    >>> len(text.splitlines()), '"2016-07-01"^^<http://www.w3.org/2001/XMLSchema#date>' in text
    (11, True)
    """
    cell = "<" + node + ">"
    p = _P
    return "\n".join((
        f"{cell} {_TYPE} {_AGGREGATE_CLASS} .",
        f"{cell} {p['sourceGroup']} {literal(source_group)} .",
        f"{cell} {p['targetGroup']} {literal(target_group)} .",
        f'{cell} {p["periodDate"]} "{month}-01"^^<{_DATE}> .',
        f"{cell} {p['datePrecision']} {literal('month')} .",
        f"{cell} {p['status']} {_STATUS[status]} .",
        f"{cell} {p['origin']} {literal(origin)} .",
        f"{cell} {p['eventCount']} {literal(int(events))} .",
        f"{cell} {p['goldsteinSum']} {literal(float(goldstein_sum), _DOUBLE)} .",
        f"{cell} {p['confidenceSum']} {literal(float(confidence_sum), _DOUBLE)} .",
        f"{cell} {_DERIVED} <{document}> .",
        "",
    ))
