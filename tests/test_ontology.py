"""The ontology: it parses, agrees with vocab.py, and states the type and PLOVER tables."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from polgraph import model
from polgraph.errors import ParseError
from polgraph.ontology import event_types, ontology_graph, plover_categories
from polgraph.resources import ontology_dir
from polgraph.vocab import PG, PLOVER, PROV, SEM

PG_NS = str(PG._NS)
VOCAB_TERMS = sorted(PG.__annotations__)
ARABIC = re.compile(r"[\u0600-\u06FF]")
from tests.conftest import SHARED
CAMEO_DIR = SHARED / "data" / "cameo"

# The project's event table: class, PLOVER category, CAMEO code.
EVENT_TABLE = [
    ("Visit", "CONSULT", "042"), ("Meeting", "CONSULT", "040"),
    ("Negotiation", "CONSULT", "046"), ("Mediation", "CONSULT", "045"),
    ("AgreementSigning", "AGREE", "057"), ("Promise", "AGREE", "030"),
    ("AllianceAccession", "COOPERATE", "062"), ("Ceasefire", "RETREAT", "0871"),
    ("SanctionsImposed", "SANCTION", "163"), ("DiplomaticDowngrade", "SANCTION", "161"),
    ("SanctionsRelief", "RETREAT", "085"),
    ("SanctionsReliefPromise", "CONCEDE", "081"), ("Praise", "SUPPORT", "051"),
    ("Condemnation", "ACCUSE", "111"), ("Accusation", "ACCUSE", "112"),
    ("Demand", "REQUEST", "100"), ("Rejection", "REJECT", "120"), ("Denial", "REJECT", "120"),
    ("Threat", "THREATEN", "130"), ("Protest", "PROTEST", "140"),
    ("MilitaryOperation", "ASSAULT", "190"), ("AirStrike", "ASSAULT", "195"),
    ("Withdrawal", "RETREAT", "0874"), ("Deployment", "MOBILIZE", "154"),
    ("SecurityCooperation", "COOPERATE", "062"), ("Cooperation", "COOPERATE", "060"),
    ("Aid", "AID", "070"), ("Coercion", "COERCE", "170"), ("Concession", "CONCEDE", "080"),
]

# PLOVER v2: category, quad class, score.
PLOVER_TABLE = [
    ("AGREE", 1, 2.5), ("CONSULT", 1, 2.5), ("SUPPORT", 1, 5.0), ("CONCEDE", 1, 4.5),
    ("COOPERATE", 2, 9.5), ("AID", 2, 10.0), ("RETREAT", 2, 6.5),
    ("REQUEST", 3, 0.0), ("ACCUSE", 3, -3.0), ("REJECT", 3, -2.0), ("THREATEN", 3, -3.5),
    ("PROTEST", 4, -5.0), ("SANCTION", 4, -6.0), ("MOBILIZE", 4, -5.5), ("COERCE", 4, -7.0),
    ("ASSAULT", 4, -9.0),
]

OWL_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             OWL.NamedIndividual)


@pytest.fixture(scope="module")
def onto():
    return ontology_graph()


def _pg_terms_in(graph) -> set[str]:
    return {str(t)[len(PG_NS):] for triple in graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(PG_NS)}


def _event_classes(graph) -> set[URIRef]:
    return set(graph.transitive_subjects(RDFS.subClassOf, PG.Event)) - {PG.Event}


def test_ontology_parses_as_an_owl_ontology(onto):
    assert (URIRef("https://polgraph.org/ns"), RDF.type, OWL.Ontology) in onto
    assert len(onto) > 500


@pytest.mark.parametrize("term", VOCAB_TERMS)
def test_every_vocab_term_is_declared(onto, term):
    kinds = set(onto.objects(PG[term], RDF.type)) & set(OWL_KINDS)
    assert kinds, f"pg:{term} is in vocab.py but not declared in polgraph.ttl"


def test_ontology_uses_no_pg_term_missing_from_vocab(onto):
    assert _pg_terms_in(onto) - set(VOCAB_TERMS) == set()


def test_each_pg_term_is_one_kind_of_owl_entity(onto):
    """A term is a class, one kind of property, or an individual: never two of these."""
    for term in VOCAB_TERMS:
        kinds = set(onto.objects(PG[term], RDF.type)) & set(OWL_KINDS)
        assert len(kinds) == 1, f"pg:{term} is declared as {sorted(kinds)}"


def test_sub_properties_keep_their_kind(onto):
    for prop, parent in onto.subject_objects(RDFS.subPropertyOf):
        assert set(onto.objects(prop, RDF.type)) & set(OWL_KINDS) == \
               set(onto.objects(parent, RDF.type)) & set(OWL_KINDS), f"{prop} ⊑ {parent}"


@pytest.mark.parametrize("name, plover, cameo", EVENT_TABLE)
def test_event_class_in_ontology(onto, name, plover, cameo):
    cls = PG[name]
    assert (cls, RDF.type, OWL.Class) in onto
    assert list(onto.objects(cls, PG.defaultPlover)) == [PLOVER[plover]]
    assert list(onto.objects(cls, PG.cameoCode)) == [Literal(cameo)]


def test_event_classes_are_exactly_the_table(onto):
    assert {str(c)[len(PG_NS):] for c in _event_classes(onto)} == {row[0] for row in EVENT_TABLE}


def test_every_event_class_has_exactly_one_default_plover(onto):
    for cls in _event_classes(onto):
        values = list(onto.objects(cls, PG.defaultPlover))
        assert len(values) == 1, f"{cls} has {values}"
        assert (values[0], SKOS.inScheme, PLOVER.scheme) in onto


def test_event_types_reads_the_table():
    types = event_types()
    assert {(t.name, t.plover, t.cameo) for t in types.values()} == set(EVENT_TABLE)
    assert types["AirStrike"].parent == "MilitaryOperation"
    assert types["Visit"].parent == "Event"
    assert all(t.label_en and ARABIC.search(t.label_ar) for t in types.values())


def test_event_types_returns_a_copy():
    event_types().clear()
    assert "Visit" in event_types()


@pytest.mark.parametrize("code, quad, score", PLOVER_TABLE)
def test_plover_concept(onto, code, quad, score):
    concept = PLOVER[code]
    assert (concept, RDF.type, SKOS.Concept) in onto
    assert (concept, SKOS.inScheme, PLOVER.scheme) in onto
    assert float(onto.value(concept, PG.ploverScore).toPython()) == score
    assert int(onto.value(concept, PG.quadClassOf)) == quad
    labels = {lit.language: str(lit) for lit in onto.objects(concept, SKOS.prefLabel)}
    assert set(labels) == {"en", "ar"} and ARABIC.search(labels["ar"])
    assert any(lit.language == "en" for lit in onto.objects(concept, SKOS.definition))


def test_plover_scheme_has_exactly_sixteen_concepts(onto):
    assert (PLOVER.scheme, RDF.type, SKOS.ConceptScheme) in onto
    concepts = set(onto.subjects(SKOS.inScheme, PLOVER.scheme))
    assert concepts == {PLOVER[code] for code, _, _ in PLOVER_TABLE}
    assert set(onto.objects(PLOVER.scheme, SKOS.hasTopConcept)) == concepts


def test_plover_categories_reads_the_scheme():
    cats = plover_categories()
    assert {(c.code, c.quad_class, c.score) for c in cats.values()} == set(PLOVER_TABLE)
    quads = [c.quad_class for c in cats.values()]
    assert quads == sorted(quads)


def test_model_knows_the_same_plover_categories():
    assert set(model.PLOVER_CATEGORIES) == set(plover_categories())


@pytest.mark.skipif(not CAMEO_DIR.is_dir(), reason="shared CAMEO reference not available")
def test_plover_cameo_roots_agree_with_the_cameo_to_plover_table():
    roots: dict[str, set[str]] = {}
    for line in (CAMEO_DIR / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2}): ([A-Z]+)\s*$", line)
        if match:
            roots.setdefault(match.group(2), set()).add(match.group(1))
    for cat in plover_categories().values():
        assert set(cat.cameo_roots) == roots[cat.code], cat.code


@pytest.mark.skipif(not CAMEO_DIR.is_dir(), reason="shared CAMEO reference not available")
def test_event_class_cameo_codes_are_real_cameo_codes():
    codes = {line.split("\t")[0] for line in
             (CAMEO_DIR / "goldstein.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    for t in event_types().values():
        assert t.cameo in codes, t.name


@pytest.mark.parametrize("sub, sup", [
    (PG.Actor, SEM.Actor), (PG.Event, SEM.Event), (PG.Event, PROV.Entity),
    (PG.Document, PROV.Entity), (PG.Relation, PROV.Entity), (PG.Dataset, PG.Document),
    (PG.ExtractionActivity, PROV.Activity),
    (PG.State, PG.Actor), (PG.Person, PG.Actor), (PG.ArmedGroup, PG.Actor),
    (PG.Organisation, PG.Actor), (PG.Coalition, PG.Actor), (PG.AirStrike, PG.MilitaryOperation),
])
def test_class_alignment(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


@pytest.mark.parametrize("sub, sup", [
    (PG.source, SEM.hasActor), (PG.target, SEM.hasActor), (PG.participant, SEM.hasActor),
    (PG.dateStart, SEM.hasBeginTimeStamp), (PG.dateEnd, SEM.hasEndTimeStamp),
])
def test_property_alignment(onto, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto


def test_literal_place_points_to_sem_has_place_without_claiming_to_be_it(onto):
    assert (PG.place, RDFS.seeAlso, SEM.hasPlace) in onto
    assert (PG.place, RDF.type, OWL.DatatypeProperty) in onto


def test_every_class_has_one_english_and_one_arabic_label(onto):
    for cls in onto.subjects(RDF.type, OWL.Class):
        if not str(cls).startswith(PG_NS):
            continue
        langs = sorted(lit.language for lit in onto.objects(cls, RDFS.label))
        assert langs == ["ar", "en"], f"{cls}: {langs}"
        arabic = next(lit for lit in onto.objects(cls, RDFS.label) if lit.language == "ar")
        assert ARABIC.search(arabic), cls
        assert any(lit.language == "en" for lit in onto.objects(cls, RDFS.comment)), cls


def test_every_pg_property_and_individual_has_an_english_label(onto):
    for term in VOCAB_TERMS:
        assert any(lit.language == "en" for lit in onto.objects(PG[term], RDFS.label)), term


@pytest.mark.parametrize("cls, members, model_names", [
    (PG.EventStatus, [PG.Asserted, PG.Planned, PG.Denied, PG.Hypothetical], model.STATUSES),
    (PG.RelationKind, [PG.memberOf, PG.alliedWith, PG.leaderOf, PG.partOf], model.RELATIONS),
])
def test_closed_sets_of_individuals(onto, cls, members, model_names):
    assert set(onto.subjects(RDF.type, cls)) == set(members)
    assert len(members) == len(model_names)
    one_of = onto.value(onto.value(cls, OWL.equivalentClass), OWL.oneOf)
    assert set(onto.items(one_of)) == set(members)


def test_ontology_graph_returns_an_independent_copy():
    g = ontology_graph()
    g.remove((PG.Visit, None, None))
    assert (PG.Visit, RDF.type, OWL.Class) in ontology_graph()


def _tmp_home(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "ontology"
    folder.mkdir()
    shutil.copy(ontology_dir() / "shapes.ttl", folder / "shapes.ttl")
    (folder / "polgraph.ttl").write_text(text, encoding="utf-8")
    return tmp_path


def test_unparsable_ontology_is_a_parse_error(tmp_path, monkeypatch):
    monkeypatch.setenv("POLGRAPH_HOME", str(_tmp_home(tmp_path, "@prefix pg: <x> .\npg:A pg:b")))
    with pytest.raises(ParseError, match="cannot parse"):
        ontology_graph()


def test_event_class_with_two_plover_categories_is_rejected(tmp_path, monkeypatch):
    text = (ontology_dir() / "polgraph.ttl").read_text(encoding="utf-8")
    text += "\npg:Visit pg:defaultPlover plover:AGREE .\n"
    monkeypatch.setenv("POLGRAPH_HOME", str(_tmp_home(tmp_path, text)))
    with pytest.raises(ParseError, match="Visit has 2"):
        event_types()
