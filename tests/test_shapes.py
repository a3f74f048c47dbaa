"""The SHACL shapes: they parse, agree with the ontology, accept good data and reject bad data."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS

from polgraph.ontology import event_types, ontology_graph, plover_categories, shapes_graph, validate
from polgraph.vocab import DCTERMS, PG, PLOVER, PROV, actor_iri, document_iri, event_iri, relation_iri

PG_NS = str(PG._NS)
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # rdflib's XSD namespace warns under collection
PGSH = "https://polgraph.org/shapes#"
SHARED = Path(os.environ.get("POLGRAPH_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")

DOC = document_iri("t.ar")
EV = event_iri("t.ar/e1")
REL = relation_iri("t.ar/r1")
ACT = URIRef("https://polgraph.org/id/activity/t.ar")
TEXT = "زار الشرع واشنطن في العاشر من تشرين الثاني."
QUOTE = "زار الشرع واشنطن"

# A document graph written by hand, the way the ontology says events and relations look.
GOOD = f"""
@prefix pg: <https://polgraph.org/ns#> .
@prefix plover: <https://polgraph.org/plover/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{DOC}> a pg:Document ;
    pg:lang "ar" ; dcterms:issued "2025-11-02"^^xsd:date ;
    pg:text "{TEXT}" ;
    pg:sha256 "{'0' * 64}" .

<{ACT}> a pg:ExtractionActivity ; prov:used <{DOC}> ; pg:extractorVersion "polgraph 0.1.0" .

<{EV}> a pg:Event , pg:Visit ;
    pg:eventType pg:Visit ; pg:plover plover:CONSULT ; pg:status pg:Planned ;
    pg:confidence "0.9"^^xsd:double ;
    pg:source <{actor_iri("SYR")}> ; pg:target <{actor_iri("USA")}> ;
    pg:participant <{actor_iri("ahmed-al-sharaa")}> ;
    pg:sourceGroup "SYR" ; pg:targetGroup "USA" ;
    pg:dateStart "2025-11-10"^^xsd:date ; pg:dateEnd "2025-11-10"^^xsd:date ;
    pg:datePrecision "day" ; pg:periodDate "2025-11-10"^^xsd:date ;
    pg:dateFromPublication false ;
    pg:place "Washington" ;
    pg:quote "{QUOTE}" ; pg:startOffset 0 ; pg:endOffset {len(QUOTE)} ; pg:sentenceIndex 0 ;
    prov:wasDerivedFrom <{DOC}> ; prov:wasGeneratedBy <{ACT}> .

<{REL}> a pg:Relation ;
    pg:relationKind pg:leaderOf ;
    pg:subjectActor <{actor_iri("ahmed-al-sharaa")}> ; pg:objectActor <{actor_iri("SYR")}> ;
    pg:objectGroup "SYR" ;
    pg:startDate "2025-01-01"^^xsd:date ; pg:startPrecision "month" ;
    pg:status pg:Asserted ; pg:confidence "1.0"^^xsd:double ;
    prov:wasDerivedFrom <{DOC}> .

<{actor_iri("SYR")}> a pg:Actor , pg:State ; pg:group "SYR" ;
    skos:prefLabel "Syria"@en , "سوريا"@ar ; skos:altLabel "دمشق"@ar .
<{actor_iri("ahmed-al-sharaa")}> a pg:Actor , pg:Person ; skos:prefLabel "Ahmed al-Sharaa"@en .
<{actor_iri("local-council")}> a pg:Actor ; skos:prefLabel "المجلس المحلي" .
"""


def good_graph() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


@pytest.fixture(scope="module")
def shapes():
    return shapes_graph()


# --------------------------------------------------------------------------- the shapes file


def test_shapes_parse(shapes):
    assert (URIRef(PGSH + "EventShape"), RDF.type, SH.NodeShape) in shapes
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 10


def test_shapes_use_only_terms_the_vocabulary_defines(shapes):
    """A misspelt path would silently never match anything, so every pg: term must exist."""
    used = {str(t)[len(PG_NS):] for triple in shapes for t in triple
            if isinstance(t, URIRef) and str(t).startswith(PG_NS)}
    assert used - set(PG.__annotations__) == set()


def _in_lists(shapes: Graph, path: URIRef, shape: str | None = None) -> list[set]:
    props = (shapes.objects(URIRef(PGSH + shape), SH.property) if shape
             else shapes.subjects(SH.path, path))
    lists = []
    for prop in props:
        if shapes.value(prop, SH.path) != path:
            continue
        head = shapes.value(prop, SH["in"])
        if head is not None:
            lists.append(set(Collection(shapes, head)))
    return lists


def test_event_type_list_matches_the_ontology(shapes):
    expected = {t.iri for t in event_types().values()}
    assert _in_lists(shapes, PG.eventType, "EventShape") == [expected]


def test_every_event_class_has_a_type_agreement_shape(shapes):
    onto = ontology_graph()
    for t in event_types().values():
        shape = URIRef(PGSH + t.name + "TypeShape")
        assert shapes.value(shape, SH.targetClass) == t.iri
        prop = shapes.value(shape, SH.property)
        assert shapes.value(prop, SH.path) == PG.eventType
        allowed = set(Collection(shapes, shapes.value(prop, SH["in"])))
        assert allowed == set(onto.transitive_subjects(RDFS.subClassOf, t.iri)), t.name


def test_event_class_typing_list_matches_the_ontology(shapes):
    prop = shapes.value(URIRef(PGSH + "EventClassTypedShape"), SH.property)
    listed = set(Collection(shapes, shapes.value(shapes.value(prop, SH.qualifiedValueShape), SH["in"])))
    assert listed == {t.iri for t in event_types().values()}


@pytest.mark.parametrize("path", [PG.plover, PG.defaultPlover])
def test_plover_lists_match_the_ontology(shapes, path):
    assert _in_lists(shapes, path) == [{c.iri for c in plover_categories().values()}]


def test_status_and_relation_kind_lists_match_the_ontology(shapes):
    onto = ontology_graph()
    assert _in_lists(shapes, PG.status) == [set(onto.subjects(RDF.type, PG.EventStatus))]
    assert _in_lists(shapes, PG.relationKind) == [set(onto.subjects(RDF.type, PG.RelationKind))]


def test_precision_lists_are_day_month_year(shapes):
    for path in (PG.datePrecision, PG.startPrecision, PG.endPrecision):
        assert _in_lists(shapes, path) == [{Literal("day"), Literal("month"), Literal("year")}]


# --------------------------------------------------------------------------- conforming data


def test_empty_graph_conforms():
    assert validate(Graph())[0]


def test_hand_built_document_graph_conforms():
    conforms, report = validate(good_graph())
    assert conforms, report


def test_ontology_conforms_to_the_shapes():
    conforms, report = validate(ontology_graph())
    assert conforms, report


def test_undated_event_placed_by_publication_conforms():
    g = good_graph()
    for p in (PG.dateStart, PG.dateEnd, PG.datePrecision, PG.periodDate, PG.dateFromPublication):
        g.remove((EV, p, None))
    g.add((EV, PG.periodDate, Literal("2025-11-02", datatype=XSD_DATE)))
    g.add((EV, PG.dateFromPublication, Literal(True)))
    conforms, report = validate(g)
    assert conforms, report


# --------------------------------------------------------------------------- broken data

Mutation = Callable[[Graph], None]


def _set(node: URIRef, prop: URIRef, *values) -> Mutation:
    def mutate(g: Graph) -> None:
        g.remove((node, prop, None))
        for value in values:
            g.add((node, prop, value))
    return mutate


def _add(node: URIRef, prop: URIRef, value) -> Mutation:
    return lambda g: g.add((node, prop, value))


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD_DATE)


BROKEN: dict[str, tuple[Mutation, str]] = {
    # event
    "missing plover": (_set(EV, PG.plover), "exactly one pg:plover"),
    "two plovers": (_add(EV, PG.plover, PLOVER.AGREE), "exactly one pg:plover"),
    "plover outside the scheme": (_set(EV, PG.plover, PLOVER.VISIT), "exactly one pg:plover"),
    "two statuses": (_add(EV, PG.status, PG.Asserted), "status"),
    "status not an individual": (_set(EV, PG.status, Literal("planned")), "status is one of"),
    "missing status": (_set(EV, PG.status), "exactly one status"),
    "confidence 1.5": (_set(EV, PG.confidence, Literal(1.5)), "between 0 and 1"),
    "negative confidence": (_set(EV, PG.confidence, Literal(-0.1)), "between 0 and 1"),
    "confidence as string": (_set(EV, PG.confidence, Literal("0.9")), "between 0 and 1"),
    "bad precision": (_set(EV, PG.datePrecision, Literal("week")), "date precision"),
    "two sources": (_add(EV, PG.source, actor_iri("TUR")), "at most one source"),
    "source as literal": (_set(EV, PG.source, Literal("SYR")), "at most one source"),
    "lower-case group": (_set(EV, PG.sourceGroup, Literal("syr")), "sourceGroup"),
    "missing period date": (_set(EV, PG.periodDate), "exactly one pg:periodDate"),
    "period date as string": (_set(EV, PG.periodDate, Literal("2025-11-10")), "exactly one pg:periodDate"),
    "period date outside the dates": (_set(EV, PG.periodDate, _date("2025-12-01")), "lies between"),
    "start after end": (_set(EV, PG.dateStart, _date("2025-11-11")), "not after the latest"),
    "date without precision": (_set(EV, PG.datePrecision), "given together"),
    "undated, not from publication": (
        lambda g: [g.remove((EV, p, None)) for p in (PG.dateStart, PG.dateEnd, PG.datePrecision)],
        "publication date"),
    "unknown event type": (_set(EV, PG.eventType, PG.Event), "one of the event classes"),
    "event type not its class": (_set(EV, PG.eventType, PG.Meeting), "an event of class pg:Visit"),
    "typed only as an event": (lambda g: g.remove((EV, RDF.type, PG.Visit)), "among its rdf:types"),
    "not typed pg:Event": (lambda g: g.remove((EV, RDF.type, PG.Event)), "typed pg:Event"),
    "start offset after end offset": (_set(EV, PG.startOffset, Literal(len(QUOTE) + 1)), "no greater than"),
    "negative offset": (_set(EV, PG.startOffset, Literal(-1)), "non-negative"),
    "end offset beyond the text": (_set(EV, PG.endOffset, Literal(len(TEXT) + 5)), "beyond the end"),
    "quote not at its offsets": (_set(EV, PG.startOffset, Literal(1)), "is not the document text"),
    "no document": (_set(EV, PROV.wasDerivedFrom), "derived from at least one document"),
    "goldstein out of range": (_add(EV, PG.goldstein, Literal(12.0)), "goldstein"),
    "quad class 5": (_add(EV, PG.quadClass, Literal(5)), "quadClass"),
    # relation
    "relation without kind": (_set(REL, PG.relationKind), "exactly one kind"),
    "relation kind not an individual": (_set(REL, PG.relationKind, PG.Relation), "exactly one kind"),
    "relation with two subjects": (_add(REL, PG.subjectActor, actor_iri("TUR")), "exactly one subject"),
    "relation to itself": (_set(REL, PG.objectActor, actor_iri("ahmed-al-sharaa")), "same actor"),
    "relation bad precision": (_set(REL, PG.startPrecision, Literal("decade")), "start precision"),
    "relation ends before it starts": (
        lambda g: (g.add((REL, PG.endDate, _date("2024-12-31"))), g.add((REL, PG.endPrecision, Literal("day")))),
        "not after its end"),
    "relation end without precision": (_add(REL, PG.endDate, _date("2026-01-01")), "come in pairs"),
    "relation confidence 1.5": (_set(REL, PG.confidence, Literal(1.5)), "between 0 and 1"),
    # actors
    "state without group": (_set(actor_iri("SYR"), PG.group), "alpha-3"),
    "state with a long code": (_set(actor_iri("SYR"), PG.group, Literal("SYRIA")), "alpha-3"),
    "person with a group": (_add(actor_iri("ahmed-al-sharaa"), PG.group, Literal("SYR")), "no group"),
    "two English names": (_add(actor_iri("SYR"), SKOS.prefLabel, Literal("Syrie", lang="en")), "preferred label"),
    "French name": (_add(actor_iri("SYR"), SKOS.prefLabel, Literal("Syrie", lang="fr")), "preferred label"),
    "gazetteer actor without English name": (
        _set(actor_iri("ahmed-al-sharaa"), SKOS.prefLabel, Literal("أحمد الشرع", lang="ar")), "English"),
    # documents and activities
    "bad sha256": (_set(DOC, PG.sha256, Literal("ABC")), "hexadecimal"),
    "two languages": (_add(DOC, PG.lang, Literal("en")), "BCP 47"),
    "publication date as string": (_set(DOC, DCTERMS.issued, Literal("2 Nov 2025")), "publication date"),
    "activity without version": (_set(ACT, PG.extractorVersion), "extractor version"),
    "activity without input": (_set(ACT, PROV.used), "used at least one"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails(case):
    mutate, expected = BROKEN[case]
    g = good_graph()
    mutate(g)
    conforms, report = validate(g)
    assert not conforms, f"{case}: the broken graph validated"
    assert expected in report, report


@pytest.mark.parametrize("mutate", [
    _set(PLOVER.AID, PG.ploverScore, Literal(11)),
    _set(PLOVER.AID, PG.quadClassOf, Literal(5)),
    _add(PG.Visit, PG.defaultPlover, PLOVER.AGREE),
    _set(PG.Visit, PG.cameoCode, Literal("42x")),
    _set(PLOVER.ASSAULT, SKOS.inScheme),
    lambda g: g.remove((PLOVER.scheme, SKOS.hasTopConcept, PLOVER.AID)),
])
def test_broken_ontology_fails(mutate):
    g = ontology_graph()
    mutate(g)
    assert not validate(g)[0]


# --------------------------------------------------------------------------- what polgraph writes


@pytest.fixture(scope="module")
def rdf_writer():
    return pytest.importorskip("polgraph.rdf")


def _sample_extraction():
    from polgraph.gazetteer import load_gazetteer
    from polgraph.model import ActorMention, ActorRef, Document, Event, Extraction, Relation

    gaz = load_gazetteer()
    text = ("أعلن الرئيس السوري أحمد الشرع أنه سيزور واشنطن في العاشر من تشرين الثاني. "
            "وقالت قسد إنها لا تزال شريكة للتحالف. ونفت أنقرة أي هجوم.")

    def span(phrase: str) -> tuple[str, int, int]:
        start = text.index(phrase)
        return phrase, start, start + len(phrase)

    sharaa = gaz.ref("ahmed-al-sharaa", "2025-11-10", lang="ar")
    syr, usa, tur = gaz.ref("SYR"), gaz.ref("USA"), gaz.ref("TUR")
    sdf, coalition = gaz.ref("SDF"), gaz.ref("COALITION")
    stranger = ActorRef(id="local-council", label="المجلس المحلي", group=None)
    q1, s1, e1 = span("سيزور واشنطن في العاشر من تشرين الثاني")
    q2, s2, e2 = span("ونفت أنقرة أي هجوم")
    q3, s3, e3 = span("قسد إنها لا تزال شريكة للتحالف")
    doc = Document(id="sample-2025-11.ar", lang="ar", published="2025-11-02", title="زيارة مرتقبة",
                   text=text)
    return Extraction(
        document=doc,
        actors=[ActorMention(sharaa, *span("أحمد الشرع")), ActorMention(stranger, "المجلس", 0, 0)],
        events=[
            Event(id=f"{doc.id}/e1", type="Visit", plover="CONSULT", source=sharaa, target=usa,
                  participants=[syr, stranger], date="2025-11-10", status="planned",
                  confidence=0.85, quote=q1, start=s1, end=e1, place="واشنطن"),
            Event(id=f"{doc.id}/e2", type="Denial", plover="REJECT", source=tur, target=None,
                  status="asserted", confidence=0.6, quote=q2, start=s2, end=e2, sentence=2),
            Event(id=f"{doc.id}/e3", type="SecurityCooperation", plover="COOPERATE", source=usa,
                  target=sdf, date="2025-11", date_end="2025-12", confidence=0.5),
        ],
        relations=[Relation(id=f"{doc.id}/r1", relation="allied_with", subject=sdf, object=coalition,
                            start_date="2015", quote=q3, start=s3, end=e3, sentence=1)],
        extractor_version="0.1.0",
    )


def _imported_extraction():
    from polgraph.gazetteer import load_gazetteer
    from polgraph.model import Document, Event, Extraction

    gaz = load_gazetteer()
    doc = Document(id="gdelt-20191009", kind="dataset", source="GDELT 1.0 events")
    event = Event(id=f"{doc.id}/868563191", type="MilitaryOperation", plover="ASSAULT",
                  source=gaz.ref("TUR"), target=gaz.ref("SDF"), date="2019-10-09",
                  origin="gdelt", cameo="190", goldstein=-10.0, quad_class=4, tone=-6.2,
                  num_mentions=12, external_id="868563191",
                  source_url="https://example.org/news/turkey-offensive")
    return Extraction(document=doc, events=[event])


def test_written_extraction_conforms(rdf_writer):
    from polgraph.gazetteer import load_gazetteer

    graph = rdf_writer.extraction_graph(_sample_extraction(), load_gazetteer())
    conforms, report = validate(graph)
    assert conforms, report
    assert len(set(graph.subjects(PG.eventType, None))) == 3


def test_written_import_conforms(rdf_writer):
    conforms, report = validate(rdf_writer.extraction_graph(_imported_extraction()))
    assert conforms, report


def test_written_gazetteer_conforms(rdf_writer):
    from polgraph.gazetteer import load_gazetteer

    graph = rdf_writer.gazetteer_graph(load_gazetteer())
    conforms, report = validate(graph)
    assert conforms, report
    assert set(graph.subjects(RDF.type, PG.State)) and set(graph.subjects(RDF.type, PG.Relation))


def test_written_extraction_with_a_shifted_offset_fails(rdf_writer):
    """The offsets check sees what the writer writes, so a wrong offset cannot slip through."""
    extraction = _sample_extraction()
    extraction.events[0].start += 1
    assert not validate(rdf_writer.extraction_graph(extraction))[0]


@pytest.mark.skipif(not (SHARED / "data" / "gdelt").is_dir(), reason="shared GDELT sample not available")
def test_imported_gdelt_rows_conform(tmp_path):
    """The streaming GDELT importer writes N-Triples by hand; its output must pass the shapes too."""
    importer = pytest.importorskip("polgraph.datasets.importer")
    sample = SHARED / "data" / "gdelt" / "gdelt1-sample-2016-07-28.tsv"
    rows = sample.read_text(encoding="utf-8").splitlines(keepends=True)[:80]
    part = tmp_path / sample.name
    part.write_text("".join(rows), encoding="utf-8")
    report = importer.ImportReport(str(part), "test")
    text = "".join(importer.gdelt_ntriples(part, report))
    assert report.imported > 25
    conforms, result = validate(Graph().parse(data=text, format="nt"))
    assert conforms, result
