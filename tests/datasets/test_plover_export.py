"""PLOVER-style records for events from text and from GDELT alike."""
from __future__ import annotations

import csv
import io
import json

import pytest

from polgraph.datasets.importer import import_gdelt
from polgraph.datasets.plover_export import PLOVER_FIELDS, plover_records, write_plover
from polgraph.errors import InputError
from polgraph.model import ActorRef, Document, Event, Extraction
from polgraph.pipeline import load_reference_graphs
from polgraph.rdf import extraction_graph, ntriples
from polgraph.store import OxigraphStore
from polgraph.vocab import document_graph


@pytest.fixture
def store(mixed_tsv):
    store = OxigraphStore()
    load_reference_graphs(store)
    text_event = Event(id="art.en/e1", type="Withdrawal", plover="RETREAT",
                       source=ActorRef("USA", "United States", "USA"), target=None, date="2019-10",
                       status="planned", quote='US troops "will leave" northern Syria')
    doc = Document(id="art.en", lang="en", published="2019-10-07")
    store.replace_graph(str(document_graph("art.en")), ntriples(extraction_graph(Extraction(doc, events=[text_event]))))
    import_gdelt(store, mixed_tsv)
    return store


def test_origin_filter(store):
    assert {r["id"] for r in plover_records(store, origin="text")} == {"art.en/e1"}
    assert {r["id"] for r in plover_records(store, origin="gdelt")} == {
        "gdelt1/9000001", "gdelt1/9000002", "gdelt1/9000009", "gdelt1/9000011"}
    assert len(list(plover_records(store))) == 5
    with pytest.raises(InputError):
        list(plover_records(store, origin="icews"))


def test_text_event_record(store):
    (rec,) = plover_records(store, origin="text")
    assert rec["event"] == "RETREAT" and rec["event_class"] == "Withdrawal"
    assert (rec["actor"], rec["actor_name"], rec["recipient"]) == ("USA", "United States", None)
    assert rec["date"] == "2019-10-01" and rec["status"] == "planned"
    assert rec["event_text"] == 'US troops "will leave" northern Syria'
    assert rec["source"] == rec["document"] == "art.en"
    # Withdrawal's class code in the ontology is 0874, PLOVER mode "disarm", context "military".
    assert (rec["mode"], rec["context"]) == ("disarm", "military")


def test_gdelt_event_record(store):
    recs = {r["id"]: r for r in plover_records(store, origin="gdelt")}
    rec = recs["gdelt1/9000001"]
    assert (rec["actor"], rec["recipient"], rec["event"], rec["mode"]) == ("TUR", "SYR", "CONSULT", "visit")
    assert (rec["actor_name"], rec["recipient_name"]) == ("Turkey", "Syria")
    assert rec["source"] == "http://example.org/news/visit" and rec["document"] == "mixed-gdelt1.tsv"
    assert (rec["cameo"], rec["goldstein"], rec["date"], rec["event_text"]) == ("042", 1.9, "2016-07-28", None)
    un = recs["gdelt1/9000011"]
    assert (un["recipient"], un["recipient_name"], un["source"]) == ("UN", "United Nations", "BBC Monitoring")
    assert (un["mode"], un["context"]) == ("change", "executive")


@pytest.mark.parametrize("fmt", ["plover-jsonl", "csv"])
def test_formats_round_trip(store, fmt):
    out = io.StringIO()
    count = write_plover(store, out, fmt=fmt)
    text = out.getvalue()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert tuple(rows[0]) == PLOVER_FIELDS
    else:
        rows = [json.loads(line) for line in text.splitlines()]
        assert set(rows[0]) == set(PLOVER_FIELDS)
    assert count == len(rows) == 5
    assert {r["id"] for r in rows} == {r["id"] for r in plover_records(store)}
