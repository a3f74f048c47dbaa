"""Write events as PLOVER-style records (JSON lines or CSV), read from the store with SPARQL.

Events extracted from text and events imported from datasets come out in one shape, so
they travel to the tools political scientists already use. A record has the PLOVER
fields ``id, date, actor, recipient, event, mode, context, event_text`` and ``source``,
plus names, the polgraph class, origin, CAMEO code, Goldstein value and status.

``mode`` and ``context`` come from ``data/cameo/cameo-plover.csv``: by the event's CAMEO
code for imported events, by its class's CAMEO code (declared in the ontology) for events
from text.

>>> from polgraph.store import open_store
>>> from polgraph.rdf import extraction_graph, ntriples
>>> from polgraph.model import ActorRef, Document, Event, Extraction
>>> ev = Event(id="d/e1", type="Visit", plover="CONSULT", source=ActorRef("TUR", "Turkey", "TUR"),
...            target=ActorRef("SYR", "Syria", "SYR"), date="2025-01-15", quote="visited Damascus")
>>> store = open_store("memory")
>>> store.replace_graph("https://polgraph.org/graph/doc/d", ntriples(extraction_graph(
...     Extraction(Document(id="d", lang="en"), events=[ev]))))
>>> [(r["id"], r["actor"], r["recipient"], r["event"], r["event_text"]) for r in plover_records(store)]
[('d/e1', 'TUR', 'SYR', 'CONSULT', 'visited Damascus')]
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from polgraph.datasets.cameo import load_event_table
from polgraph.errors import InputError
from polgraph.store import Store
from polgraph.gazetteer import load_gazetteer
from polgraph.vocab import actor_iri, local_name

__all__ = ["PLOVER_FIELDS", "ORIGINS", "plover_records", "write_plover"]

#: Record fields, in CSV column order.
PLOVER_FIELDS = ("id", "date", "actor", "actor_name", "recipient", "recipient_name", "event", "mode",
                 "context", "event_text", "source", "document", "event_class", "origin", "cameo",
                 "goldstein", "status")
#: Values of the origin filter.
ORIGINS = ("all", "text", "gdelt")

_PREFIXES = """PREFIX pg: <https://polgraph.org/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_EVENTS = _PREFIXES + """SELECT ?event ?date ?type ?plover ?source ?target ?quote ?cameo ?goldstein
       ?origin ?url ?citation ?doc ?status
WHERE {
  GRAPH ?g {
    ?event pg:eventType ?type ; pg:plover ?plover ; pg:origin ?origin .
    %s
    OPTIONAL { ?event pg:periodDate ?date }
    OPTIONAL { ?event pg:source ?source }
    OPTIONAL { ?event pg:target ?target }
    OPTIONAL { ?event pg:quote ?quote }
    OPTIONAL { ?event pg:cameoCode ?cameo }
    OPTIONAL { ?event pg:goldstein ?goldstein }
    OPTIONAL { ?event pg:sourceUrl ?url }
    OPTIONAL { ?event dcterms:bibliographicCitation ?citation }
    OPTIONAL { ?event prov:wasDerivedFrom ?doc }
    OPTIONAL { ?event pg:status ?status }
  }
}"""

_LABELS = _PREFIXES + """SELECT ?actor ?label WHERE {
  GRAPH ?g { ?actor a pg:Actor ; skos:prefLabel ?label }
  FILTER(lang(?label) = "" || langMatches(lang(?label), "en"))
}"""

_CLASS_CODES = _PREFIXES + """SELECT ?class ?code WHERE {
  GRAPH ?g { ?class pg:defaultPlover ?p ; pg:cameoCode ?code }
}"""


def _origin_filter(origin: str) -> str:
    if origin not in ORIGINS:
        raise InputError(f"unknown origin {origin!r}: choose one of {', '.join(ORIGINS)}")
    return "" if origin == "all" else f'FILTER(?origin = "{origin}")'


def plover_records(store: Store, *, origin: str = "all") -> Iterator[dict[str, Any]]:
    """PLOVER-style records of the events in ``store``, streamed in store order.

    Parameters
    ----------
    store:
        Any store.
    origin:
        ``all``, ``text`` (events extracted from articles) or ``gdelt`` (imported events).
    """
    where = _origin_filter(origin)
    labels = {str(actor_iri(a.id)): a.en for a in load_gazetteer()}  # when the store lacks it
    for row in store.iter_select(_LABELS):
        labels[row["actor"]] = str(row["label"])
    class_codes = {row["class"]: str(row["code"]) for row in store.iter_select(_CLASS_CODES)}
    table = load_event_table()
    for row in store.iter_select(_EVENTS % where):
        cameo = row.get("cameo")
        code = str(cameo) if cameo is not None else class_codes.get(row["type"])
        mapping = table.get(code) if code else None
        source, target = row.get("source"), row.get("target")
        doc = row.get("doc")
        yield {
            "id": local_name(row["event"]),
            "date": str(row["date"]) if row.get("date") is not None else None,
            "actor": local_name(source) if source else None,
            "actor_name": labels.get(source) if source else None,
            "recipient": local_name(target) if target else None,
            "recipient_name": labels.get(target) if target else None,
            "event": local_name(row["plover"]),
            "mode": (mapping.mode or None) if mapping else None,
            "context": (mapping.context or None) if mapping else None,
            "event_text": row.get("quote"),
            "source": row.get("url") or row.get("citation") or (local_name(doc) if doc else None),
            "document": local_name(doc) if doc else None,
            "event_class": local_name(row["type"]),
            "origin": row["origin"],
            "cameo": str(cameo) if cameo is not None else None,
            "goldstein": row.get("goldstein"),
            "status": local_name(row["status"]).lower() if row.get("status") else None,
        }


def write_plover(store: Store, out: TextIO, *, fmt: str = "plover-jsonl", origin: str = "all") -> int:
    """Write the records as JSON lines (``plover-jsonl``) or CSV (``csv``); return how many.

    >>> import io
    >>> from polgraph.store import open_store
    >>> buffer = io.StringIO()
    >>> write_plover(open_store("memory"), buffer, fmt="csv")
    0
    >>> buffer.getvalue().split(",")[:3]
    ['id', 'date', 'actor']
    """
    if fmt not in ("plover-jsonl", "csv"):
        raise InputError(f"unknown export format {fmt!r}: choose plover-jsonl or csv")
    records = plover_records(store, origin=origin)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=PLOVER_FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(record)
            count += 1
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
            count += 1
    return count
