"""Hand-built graphs for the analysis tests, written through the real pipeline:
model objects → prepare_extraction → an in-memory store."""
from __future__ import annotations

import itertools

import pytest

from polgraph.analysis.weights import Weights, parse_weights
from polgraph.gazetteer import load_gazetteer
from polgraph.model import ActorRef, Document, Event, Extraction, Relation
from polgraph.pipeline import prepare_extraction
from polgraph.store import open_store

# Test weights, deliberately unlike the shipped ones, so every expected number in these
# tests follows from this table and not from data/weights.toml.
TEST_WEIGHTS = """
[plover]
AGREE = 3.0
CONSULT = 2.0
SUPPORT = 5.0
CONCEDE = 1.0
COOPERATE = 10.0
AID = 7.0
RETREAT = 1.5
REQUEST = 0.0
ACCUSE = -1.0
REJECT = -2.0
THREATEN = -4.0
PROTEST = -3.0
SANCTION = -6.0
MOBILIZE = -5.0
COERCE = -7.0
ASSAULT = -8.0

[event_type]
Visit = 4.0

[status]
asserted = 1.0
planned = 0.5
hypothetical = 0.25
denied = 0.0

[confidence]
multiply = true

[relation]
allied_with = 5.0
member_of = 1.0

[merge]
undated_window_days = 30
"""

STATES = {code: ActorRef(code, code, code) for code in
          ("SYR", "USA", "TUR", "SDF", "RUS", "IRN", "ISR", "QAT", "HTS")}


@pytest.fixture
def weights() -> Weights:
    return parse_weights(TEST_WEIGHTS, "test weights")


def actor(code: str, date: str | None = None) -> ActorRef:
    """A state or group by code, or a gazetteer person resolved at ``date``."""
    if code in STATES:
        return STATES[code]
    return load_gazetteer().ref(code, date)


class GraphBuilder:
    """Collects documents with their events and relations, then loads them into a store."""

    def __init__(self) -> None:
        self.extractions: list[Extraction] = []
        self._ids = itertools.count(1)

    def doc(self, published: str, *items, doc_id: str | None = None) -> str:
        doc_id = doc_id or f"doc{next(self._ids)}"
        events, relations = [], []
        for n, item in enumerate(items, 1):
            kwargs = dict(item)
            kind = kwargs.pop("kind", "event")
            if kind == "relation":
                relations.append(Relation(id=f"{doc_id}/r{n}", **kwargs))
            else:
                events.append(Event(id=f"{doc_id}/e{n}", **kwargs))
        self.extractions.append(Extraction(Document(id=doc_id, lang="en", published=published),
                                           events=events, relations=relations))
        return doc_id

    def store(self):
        store = open_store("memory")
        for extraction in self.extractions:
            prepared = prepare_extraction(extraction)
            store.replace_graph(prepared.graph, prepared.data)
        return store


def event(type_: str, plover: str, source: str, target: str | None, date: str | None = None, **extra):
    """Keyword arguments of one event, actors by code (persons resolved at the date)."""
    return {"type": type_, "plover": plover, "source": actor(source, date),
            "target": actor(target, date) if target else None, "date": date,
            "quote": extra.pop("quote", f"{source} {type_} {target}"), **extra}


def relation(kind: str, subject: str, obj: str, start: str | None = None, end: str | None = None, **extra):
    """Keyword arguments of one relation."""
    return {"kind": "relation", "relation": kind, "subject": actor(subject), "object": actor(obj),
            "start_date": start, "end_date": end, **extra}


@pytest.fixture
def graph() -> GraphBuilder:
    return GraphBuilder()
