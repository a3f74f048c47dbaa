"""The RDF vocabulary of polgraph: namespaces, terms and IRI minting.

Terms are :class:`rdflib.namespace.DefinedNamespace` members, so a typo raises instead of
minting a wrong IRI. ``tests/test_ontology.py`` checks that every term here is declared in
``ontology/polgraph.ttl`` and the other way round.

>>> PG.Visit
rdflib.term.URIRef('https://polgraph.org/ns#Visit')
>>> actor_iri("SYR")
rdflib.term.URIRef('https://polgraph.org/id/actor/SYR')
>>> document_graph("seed-2025-11.ar")
rdflib.term.URIRef('https://polgraph.org/graph/doc/seed-2025-11.ar')
"""
from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "PG", "PLOVER", "SEM", "PROV", "SKOS", "DCTERMS", "ID", "GRAPH",
    "ONTOLOGY_GRAPH", "GAZETTEER_GRAPH",
    "actor_iri", "event_iri", "relation_iri", "document_iri", "document_graph",
    "dataset_graph", "slug", "check_id", "local_name",
]

BASE = "https://polgraph.org/"


class PG(DefinedNamespace):
    """polgraph's own classes and properties (``https://polgraph.org/ns#``)."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # --- actors
    Actor: URIRef
    State: URIRef
    Person: URIRef
    ArmedGroup: URIRef
    Organisation: URIRef
    Coalition: URIRef
    group: URIRef            # roll-up code: ISO alpha-3 or SDF, YPG, ISIS, PKK, HTS, COALITION ...
    cameoCode: URIRef        # CAMEO actor or event code
    roleCode: URIRef         # CAMEO role code kept from imports (GOV, MIL, REB ...)

    # --- time-bounded relations (n-ary nodes)
    Relation: URIRef
    RelationKind: URIRef
    relationKind: URIRef
    memberOf: URIRef
    alliedWith: URIRef
    leaderOf: URIRef
    partOf: URIRef
    subjectActor: URIRef
    objectActor: URIRef
    subjectGroup: URIRef
    objectGroup: URIRef
    startDate: URIRef
    startPrecision: URIRef
    endDate: URIRef
    endPrecision: URIRef

    # --- events
    Event: URIRef
    eventType: URIRef        # the event's own class as a resource, for GROUP BY without rdf:type joins
    plover: URIRef           # skos:Concept in the PLOVER scheme
    defaultPlover: URIRef    # on an event class: its PLOVER category
    source: URIRef
    target: URIRef
    participant: URIRef
    sourceGroup: URIRef
    targetGroup: URIRef
    dateStart: URIRef        # first day the event may fall on (xsd:date)
    dateEnd: URIRef          # last day (xsd:date); equal to dateStart for day precision
    datePrecision: URIRef    # "day" | "month" | "year"
    periodDate: URIRef       # the date used to place the event in a period (always present)
    dateFromPublication: URIRef  # true when periodDate is the document's publication date
    place: URIRef
    status: URIRef
    EventStatus: URIRef
    Asserted: URIRef
    Planned: URIRef
    Denied: URIRef
    Hypothetical: URIRef
    confidence: URIRef
    goldstein: URIRef
    quadClass: URIRef
    tone: URIRef
    numMentions: URIRef
    externalId: URIRef
    origin: URIRef           # "text" | "gdelt" | ...

    # --- partial sums an import writes per dyad and month, beside the events they sum
    EventAggregate: URIRef
    eventCount: URIRef
    goldsteinSum: URIRef
    confidenceSum: URIRef

    # --- provenance
    Document: URIRef
    Dataset: URIRef
    ExtractionActivity: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentenceIndex: URIRef
    lang: URIRef
    text: URIRef
    sha256: URIRef
    extractorVersion: URIRef
    sourceUrl: URIRef

    # --- PLOVER scheme annotations
    ploverScore: URIRef
    quadClassOf: URIRef

    # --- event classes (one per kind of fact; each has exactly one pg:defaultPlover)
    Visit: URIRef
    Meeting: URIRef
    Negotiation: URIRef
    Mediation: URIRef
    AgreementSigning: URIRef
    Promise: URIRef
    AllianceAccession: URIRef
    Ceasefire: URIRef
    SanctionsImposed: URIRef
    DiplomaticDowngrade: URIRef
    SanctionsRelief: URIRef
    SanctionsReliefPromise: URIRef
    Praise: URIRef
    Condemnation: URIRef
    Accusation: URIRef
    Demand: URIRef
    Rejection: URIRef
    Denial: URIRef
    Threat: URIRef
    Protest: URIRef
    MilitaryOperation: URIRef
    AirStrike: URIRef
    Withdrawal: URIRef
    Deployment: URIRef
    SecurityCooperation: URIRef
    Aid: URIRef
    Coercion: URIRef
    Concession: URIRef
    Cooperation: URIRef


PLOVER = Namespace(BASE + "plover/")
"""Concepts of the PLOVER v2 scheme: ``PLOVER.CONSULT`` … and ``PLOVER.scheme``."""

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
from rdflib.namespace import DCTERMS, PROV, SKOS  # noqa: E402  (re-exported)

ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY_GRAPH = GRAPH["ontology"]
GAZETTEER_GRAPH = GRAPH["gazetteer"]

_SLUG_STRIP = re.compile(r"[^0-9A-Za-z._\-\u0600-\u06FF]+")
_ID = re.compile(r"[0-9A-Za-z._\-\u0600-\u06FF]+(/[0-9A-Za-z._\-\u0600-\u06FF]+)*")


def check_id(value: str, what: str = "document id") -> str:
    """Return ``value`` if it can name a resource in an IRI, else raise InputError.

    Ids are letters (Latin or Arabic), digits, ``.``, ``_`` and ``-``, with ``/`` between
    parts (``doc/e1``); :func:`slug` makes one from any name.

    >>> check_id("seed-2025-11.ar")
    'seed-2025-11.ar'
    >>> check_id("my article")
    Traceback (most recent call last):
    ...
    polgraph.errors.InputError: not a valid document id: 'my article' (use letters, digits, '.', '_' and '-')
    """
    if not isinstance(value, str) or not _ID.fullmatch(value):
        from polgraph.errors import InputError

        raise InputError(f"not a valid {what}: {value!r} (use letters, digits, '.', '_' and '-')")
    return value


def slug(text: str) -> str:
    """Turn a name into a stable IRI-safe identifier.

    >>> slug("Ahmed al-Sharaa")
    'ahmed-al-sharaa'
    >>> slug("  seed 2025/11 .ar ")
    'seed-2025-11-.ar'
    """
    text = unicodedata.normalize("NFKC", text).strip()
    text = _SLUG_STRIP.sub("-", text).strip("-")
    ascii_only = all(ord(c) < 128 for c in text)
    return (text.lower() if ascii_only else text) or "unnamed"


def actor_iri(actor_id: str) -> URIRef:
    """IRI of an actor; gazetteer states use their group code as id.

    >>> actor_iri("ahmed-al-sharaa")
    rdflib.term.URIRef('https://polgraph.org/id/actor/ahmed-al-sharaa')
    """
    return ID["actor/" + actor_id]


def document_iri(doc_id: str) -> URIRef:
    """IRI of a source document (an article, an imported file).

    >>> document_iri("x.en")
    rdflib.term.URIRef('https://polgraph.org/id/doc/x.en')
    """
    return ID["doc/" + check_id(doc_id)]


def document_graph(doc_id: str) -> URIRef:
    """Named graph that holds everything taken from one document."""
    return GRAPH["doc/" + check_id(doc_id)]


def dataset_graph(name: str) -> URIRef:
    """Named graph of one imported dataset file (GDELT export, PLOVER records ...).

    >>> dataset_graph("gdelt-20160728")
    rdflib.term.URIRef('https://polgraph.org/graph/doc/gdelt-20160728')
    """
    return document_graph(name)


def event_iri(event_id: str) -> URIRef:
    """IRI of an event; ids are ``<document id>/e<n>`` for extracted events.

    >>> event_iri("x.en/e1")
    rdflib.term.URIRef('https://polgraph.org/id/event/x.en/e1')
    """
    return ID["event/" + check_id(event_id, "event id")]


def relation_iri(relation_id: str) -> URIRef:
    """IRI of a time-bounded relation node."""
    return ID["relation/" + check_id(relation_id, "relation id")]


def local_name(iri: str) -> str:
    """The part of an IRI after its namespace, as shown to users.

    >>> local_name("https://polgraph.org/id/actor/SYR")
    'SYR'
    >>> local_name("https://polgraph.org/ns#Visit")
    'Visit'
    >>> local_name("https://polgraph.org/id/event/x.en/e1")
    'x.en/e1'
    """
    for prefix in (str(PG._NS), str(PLOVER), str(ID) + "actor/", str(ID) + "event/",
                   str(ID) + "relation/", str(ID) + "doc/", str(GRAPH) + "doc/", str(ID)):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
