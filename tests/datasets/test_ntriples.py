"""The fast N-Triples writer produces exactly what polgraph.rdf.writer.event_triples does."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from polgraph.datasets.cameo import ActorMapper, load_event_table
from polgraph.datasets.gdelt import GdeltRecord, read_export
from polgraph.datasets.importer import _event
from polgraph.datasets.ntriples import actor_ntriples, event_ntriples
from polgraph.model import PLOVER_CATEGORIES, STATUSES, ActorRef, Event
from polgraph.rdf.writer import event_triples

DOC = "https://polgraph.org/id/doc/some-file.tsv"
ACTIVITY = "https://polgraph.org/id/activity/x"


def _reference(event: Event, document=None, published=None, activity=None) -> set:
    graph = Graph()
    for triple in event_triples(event, URIRef(document) if document else None, published,
                                URIRef(activity) if activity else None):
        graph.add(triple)
    # Serialise and parse back, so both sides are compared as N-Triples terms.
    return set(Graph().parse(data=graph.serialize(format="nt"), format="nt"))


def _fast(event: Event, document=None, published=None, activity=None) -> set:
    return set(Graph().parse(data=event_ntriples(event, document, published, activity), format="nt"))


SYR = ActorRef("SYR", "Syria", "SYR")
TUR = ActorRef("TUR", "Turkey", "TUR")
EVENTS = [
    Event(id="gdelt1/1", type="Visit", plover="CONSULT", source=TUR, target=SYR, date="2016-07-28",
          origin="gdelt", cameo="042", goldstein=1.9, quad_class=1, tone=-2.48477513889919,
          num_mentions=368, external_id="1", source_url="http://example.org/a%20b", place="Aleppo, Halab, Syria"),
    Event(id="gdelt2/2", type="AirStrike", plover="ASSAULT", source=ActorRef("cameo-SYRMIL", "Syria (military)", "SYR"),
          target=ActorRef("cameo-CVL", "civilians", None), date="1982-01-02", origin="gdelt", cameo="195",
          goldstein=-10.0, quad_class=4, tone=0.0, num_mentions=1, external_id="2", source_url="BBC Monitoring"),
    Event(id="d.ar/e3", type="Threat", plover="THREATEN", source=TUR, target=None, date="2019-10",
          status="hypothetical", confidence=0.61234, quote='قال "سنرد"\\ \nالآن', start=5, end=40, sentence=2),
    Event(id="d.en/e4", type="Ceasefire", plover="RETREAT", source=TUR, target=SYR,
          participants=[ActorRef("RUS", "Russia", "RUS")], date="2019-10-17", date_end="2019-10-22",
          status="planned", quote="a five-day pause", start=1, end=17),
    Event(id="d.en/e5", type="Meeting", plover="CONSULT", source=SYR, target=TUR, quote="met"),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.id)
@pytest.mark.parametrize("document, published, activity", [(None, None, None), (DOC, "2025-11-02", ACTIVITY)])
def test_same_triples_as_the_rdf_writer(event, document, published, activity):
    fast = _fast(event, document, published, activity)
    assert fast == _reference(event, document, published, activity)
    assert len(fast) >= 8


def test_same_triples_for_every_fixture_row(mixed_tsv, gdelt2_tsv):
    table, mapper, checked = load_event_table(), ActorMapper(), 0
    for path in (mixed_tsv, gdelt2_tsv):
        for rec in read_export(path):
            if isinstance(rec, GdeltRecord) and rec.event_code in table and table[rec.event_code].plover:
                event = _event(rec, table[rec.event_code], mapper)
                assert _fast(event, DOC) == _reference(event, DOC)
                checked += 1
    assert checked == 6


def test_date_added_is_the_only_extra_triple():
    extra = _fast_with_added("2025-01-15T12:30:00Z") - _reference(EVENTS[0], DOC)
    (s, p, o), = extra
    assert str(p) == "http://purl.org/dc/terms/created"
    assert o.toPython().isoformat().startswith("2025-01-15T12:30:00")


def _fast_with_added(added):
    text = event_ntriples(EVENTS[0], DOC, date_added=added)
    return set(Graph().parse(data=text, format="nt"))


def test_actor_description_parses():
    text = actor_ntriples("cameo-X", 'The "X" Group\\', None, "ZZZ", ("REB", "INS"))
    graph = Graph().parse(data=text, format="nt")
    labels = [str(o) for _, p, o in graph if str(p).endswith("prefLabel")]
    assert labels == ['The "X" Group\\']
    assert len(graph) == 5


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(quote=_text, place=_text, plover=st.sampled_from(PLOVER_CATEGORIES), status=st.sampled_from(STATUSES),
       confidence=st.floats(0, 1), goldstein=st.none() | st.floats(-10, 10),
       tone=st.none() | st.floats(-100, 100), mentions=st.none() | st.integers(0, 10**6))
def test_same_triples_for_arbitrary_values(quote, place, plover, status, confidence, goldstein, tone, mentions):
    event = Event(id="h/e1", type="Meeting", plover=plover, source=SYR, target=TUR, date="2024-12-08",
                  status=status, confidence=confidence, quote=quote, place=place or None,
                  goldstein=goldstein, tone=tone, num_mentions=mentions, origin="gdelt")
    assert _fast(event, DOC) == _reference(event, DOC)
