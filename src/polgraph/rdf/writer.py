"""Write model objects as RDF triples in the polgraph vocabulary.

>>> from polgraph.model import ActorRef, Document, Event, Extraction
>>> doc = Document(id="d1", lang="en", published="2025-11-02", text="Syria visits.")
>>> ev = Event(id="d1/e1", type="Visit", plover="CONSULT",
...            source=ActorRef("SYR", "Syria", "SYR"), target=ActorRef("USA", "United States", "USA"),
...            quote="Syria visits", start=0, end=12)
>>> g = extraction_graph(Extraction(document=doc, events=[ev]))
>>> from polgraph.vocab import PG, event_iri
>>> str(g.value(event_iri("d1/e1"), PG.sourceGroup))
'SYR'
>>> str(g.value(event_iri("d1/e1"), PG.periodDate)), g.value(event_iri("d1/e1"), PG.dateFromPublication).toPython()
('2025-11-02', True)
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL

from polgraph.gazetteer import Gazetteer
from polgraph.model import ActorRef, Document, Event, Extraction, Relation, date_bounds, date_precision
from polgraph.vocab import (
    DCTERMS, ID, PG, PLOVER, PROV, SEM, SKOS, actor_iri, document_iri, event_iri, relation_iri,
)

__all__ = [
    "extraction_graph", "gazetteer_graph", "event_triples", "relation_triples",
    "document_triples", "ntriples", "STATUS_IRIS", "RELATION_IRIS", "bind_prefixes",
]

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

STATUS_IRIS = {"asserted": PG.Asserted, "planned": PG.Planned, "denied": PG.Denied,
               "hypothetical": PG.Hypothetical}
RELATION_IRIS = {"member_of": PG.memberOf, "allied_with": PG.alliedWith,
                 "leader_of": PG.leaderOf, "part_of": PG.partOf}
_KIND_CLASSES = {"State": PG.State, "Person": PG.Person, "ArmedGroup": PG.ArmedGroup,
                 "Organisation": PG.Organisation, "Coalition": PG.Coalition}
EXTRACTOR_AGENT = ID["agent/polgraph-extractor"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so Turtle output reads well."""
    for prefix, ns in (("pg", PG._NS), ("plover", PLOVER), ("sem", SEM), ("prov", PROV),
                       ("skos", SKOS), ("dcterms", DCTERMS), ("pgid", ID), ("owl", OWL)):
        graph.bind(prefix, ns, override=True)
    return graph


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def _actor_triples(ref: ActorRef, known: Gazetteer | None) -> Iterator[Triple]:
    """Describe an actor in a document graph unless the gazetteer already does."""
    if known is not None and ref.id in known:
        return
    node = actor_iri(ref.id)
    yield node, RDF.type, PG.Actor
    yield node, SKOS.prefLabel, Literal(ref.label)
    if ref.group:
        yield node, PG.group, Literal(ref.group)


def event_triples(event: Event, document: URIRef | None = None, published: str | None = None,
                  activity: URIRef | None = None) -> Iterator[Triple]:
    """Triples of one event; ``published`` places an undated event in a period.

    >>> from polgraph.model import ActorRef, Event
    >>> ev = Event(id="x/e1", type="Threat", plover="THREATEN", source=ActorRef("TUR", "Turkey", "TUR"),
    ...            target=None, date="2019-10", status="hypothetical", confidence=0.6)
    >>> sorted(str(p).rsplit("#", 1)[-1] for _, p, _ in event_triples(ev))[:4]
    ['confidence', 'dateEnd', 'dateFromPublication', 'datePrecision']
    """
    node = event_iri(event.id)
    type_iri = PG[event.type]
    yield node, RDF.type, type_iri
    yield node, RDF.type, PG.Event
    yield node, PG.eventType, type_iri
    yield node, PG.plover, PLOVER[event.plover]
    yield node, PG.status, STATUS_IRIS[event.status]
    yield node, PG.confidence, Literal(round(float(event.confidence), 4), datatype=XSD.double)
    yield node, PG.origin, Literal(event.origin)
    for role, group_prop, ref in ((PG.source, PG.sourceGroup, event.source),
                                  (PG.target, PG.targetGroup, event.target)):
        if ref is not None:
            yield node, role, actor_iri(ref.id)
            if ref.group:
                yield node, group_prop, Literal(ref.group)
    for ref in event.participants:
        yield node, PG.participant, actor_iri(ref.id)
    period = None
    if event.date:
        first, last = date_bounds(event.date)
        if event.date_end:
            last = date_bounds(event.date_end)[1]
        yield node, PG.dateStart, _date(first.isoformat())
        yield node, PG.dateEnd, _date(last.isoformat())
        yield node, PG.datePrecision, Literal(event.date_precision or date_precision(event.date))
        period = first.isoformat()
        yield node, PG.dateFromPublication, Literal(False)
    elif published:
        period = published
        yield node, PG.dateFromPublication, Literal(True)
    if period:
        yield node, PG.periodDate, _date(period)
    if event.place:
        yield node, PG.place, Literal(event.place)
    if event.quote:
        yield node, PG.quote, Literal(event.quote)
        yield node, PG.startOffset, Literal(event.start)
        yield node, PG.endOffset, Literal(event.end)
        yield node, PG.sentenceIndex, Literal(event.sentence)
    optional = ((PG.cameoCode, event.cameo, None), (PG.goldstein, event.goldstein, XSD.double),
                (PG.quadClass, event.quad_class, None), (PG.tone, event.tone, XSD.double),
                (PG.numMentions, event.num_mentions, None), (PG.externalId, event.external_id, None))
    for prop, value, datatype in optional:
        if value is not None:
            yield node, prop, Literal(value, datatype=datatype)
    if event.source_url:
        yield node, PG.sourceUrl, URIRef(event.source_url) if "://" in event.source_url else Literal(event.source_url)
    if document is not None:
        yield node, PROV.wasDerivedFrom, document
    if activity is not None:
        yield node, PROV.wasGeneratedBy, activity


def relation_triples(relation: Relation, document: URIRef | None = None,
                     node: URIRef | None = None) -> Iterator[Triple]:
    """Triples of one time-bounded relation node.

    >>> from polgraph.model import ActorRef, Relation
    >>> r = Relation(id="x/r1", relation="allied_with", subject=ActorRef("USA", "US", "USA"),
    ...              object=ActorRef("SDF", "SDF", "SDF"), end_date="2025")
    >>> any(p == PG.endDate for _, p, _ in relation_triples(r))
    True
    """
    node = node or relation_iri(relation.id)
    yield node, RDF.type, PG.Relation
    yield node, PG.relationKind, RELATION_IRIS[relation.relation]
    yield node, PG.subjectActor, actor_iri(relation.subject.id)
    yield node, PG.objectActor, actor_iri(relation.object.id)
    if relation.subject.group:
        yield node, PG.subjectGroup, Literal(relation.subject.group)
    if relation.object.group:
        yield node, PG.objectGroup, Literal(relation.object.group)
    for value, date_prop, precision_prop, pick in ((relation.start_date, PG.startDate, PG.startPrecision, 0),
                                                   (relation.end_date, PG.endDate, PG.endPrecision, 1)):
        if value:
            yield node, date_prop, _date(date_bounds(value)[pick].isoformat())
            yield node, precision_prop, Literal(date_precision(value))
    yield node, PG.status, STATUS_IRIS[relation.status]
    yield node, PG.confidence, Literal(round(float(relation.confidence), 4), datatype=XSD.double)
    if relation.quote:
        yield node, PG.quote, Literal(relation.quote)
        yield node, PG.startOffset, Literal(relation.start)
        yield node, PG.endOffset, Literal(relation.end)
        yield node, PG.sentenceIndex, Literal(relation.sentence)
    if document is not None:
        yield node, PROV.wasDerivedFrom, document


def document_triples(document: Document) -> Iterator[Triple]:
    """Triples describing a source document (metadata, and its text when it has one)."""
    node = document_iri(document.id)
    yield node, RDF.type, PG.Document
    yield node, RDF.type, PROV.Entity
    yield node, DCTERMS.identifier, Literal(document.id)
    if document.kind != "article":
        yield node, RDF.type, PG.Dataset
    if document.lang:
        yield node, PG.lang, Literal(document.lang)
    if document.published:
        yield node, DCTERMS.issued, _date(document.published)
    if document.title:
        yield node, DCTERMS.title, Literal(document.title)
    if document.source:
        yield node, DCTERMS.source, Literal(document.source)
    if document.text is not None:
        yield node, PG.text, Literal(document.text)
        yield node, PG.sha256, Literal(hashlib.sha256(document.text.encode("utf-8")).hexdigest())


def extraction_graph(extraction: Extraction, gazetteer: Gazetteer | None = None) -> Graph:
    """The named-graph content for one document: the document, its extraction activity,
    its events and relations, and any actors the gazetteer does not describe."""
    graph = bind_prefixes(Graph())
    doc = extraction.document
    doc_node = document_iri(doc.id)
    activity = ID["activity/" + doc.id]
    add = graph.add
    for triple in document_triples(doc):
        add(triple)
    add((activity, RDF.type, PG.ExtractionActivity))
    add((activity, RDF.type, PROV.Activity))
    add((activity, PROV.used, doc_node))
    add((activity, PROV.wasAssociatedWith, EXTRACTOR_AGENT))
    add((activity, PG.extractorVersion, Literal(f"{extraction.extractor} {extraction.extractor_version}")))
    refs: dict[str, ActorRef] = {}
    for mention in extraction.actors:
        refs.setdefault(mention.actor.id, mention.actor)
    for event in extraction.events:
        for triple in event_triples(event, doc_node, doc.published, activity):
            add(triple)
        for ref in (event.source, event.target, *event.participants):
            if ref is not None:
                refs.setdefault(ref.id, ref)
    for relation in extraction.relations:
        for triple in relation_triples(relation, doc_node):
            add(triple)
        refs.setdefault(relation.subject.id, relation.subject)
        refs.setdefault(relation.object.id, relation.object)
    for ref in refs.values():
        for triple in _actor_triples(ref, gazetteer):
            add(triple)
    return graph


def gazetteer_graph(gazetteer: Gazetteer) -> Graph:
    """The gazetteer as RDF: actors with labels in both languages, groups, CAMEO codes,
    and persons' roles as dated relation nodes.

    >>> from polgraph.gazetteer import load_gazetteer
    >>> g = gazetteer_graph(load_gazetteer())
    >>> str(g.value(actor_iri("SYR"), PG.group))
    'SYR'
    """
    graph = bind_prefixes(Graph())
    add = graph.add
    for actor in gazetteer:
        node = actor_iri(actor.id)
        add((node, RDF.type, _KIND_CLASSES[actor.kind]))
        add((node, RDF.type, PG.Actor))
        add((node, SKOS.prefLabel, Literal(actor.en, lang="en")))
        add((node, RDFS.label, Literal(actor.en, lang="en")))
        if actor.ar:
            add((node, SKOS.prefLabel, Literal(actor.ar, lang="ar")))
            add((node, RDFS.label, Literal(actor.ar, lang="ar")))
        for alias in actor.en_aliases:
            add((node, SKOS.altLabel, Literal(alias, lang="en")))
        for alias in actor.ar_aliases:
            add((node, SKOS.altLabel, Literal(alias, lang="ar")))
        if actor.group:
            add((node, PG.group, Literal(actor.group)))
        if actor.cameo:
            add((node, PG.cameoCode, Literal(actor.cameo)))
        for n, role in enumerate(actor.roles, 1):
            if role.object not in gazetteer:
                continue
            target = gazetteer[role.object]
            relation = Relation(
                id=f"gazetteer/{actor.id}/{n}", relation=role.relation,
                subject=ActorRef(actor.id, actor.en, None),
                object=ActorRef(target.id, target.en, gazetteer.group_at(target.id)),
                start_date=role.start, end_date=role.end)
            for triple in relation_triples(relation):
                add(triple)
    return graph


def ntriples(graph: Graph) -> bytes:
    """A graph as N-Triples bytes, the form stores load fastest."""
    return graph.serialize(format="nt", encoding="utf-8")
