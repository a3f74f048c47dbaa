"""The polgraph ontology and its SHACL shapes: event types, PLOVER categories, validation.

``ontology/polgraph.ttl`` is the single source of truth for which kinds of event exist, which
PLOVER category each takes, and what each category scores. Code that needs that table asks this
module rather than keeping its own copy. Both files are parsed once per process.

>>> visit = event_types()["Visit"]
>>> visit.plover, visit.cameo, visit.parent
('CONSULT', '042', 'Event')
>>> plover_categories()[visit.plover].quad_class
1
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from polgraph.errors import ParseError
from polgraph.resources import ontology_dir
from polgraph.vocab import PG, PLOVER, local_name

__all__ = [
    "EventType",
    "PloverCategory",
    "ontology_graph",
    "shapes_graph",
    "event_types",
    "plover_categories",
    "validate",
]

_ONTOLOGY_FILE = "polgraph.ttl"
_SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class EventType:
    """One kind of fact polgraph records, as the ontology defines it.

    ``name`` is the class's local name (``Visit``), ``plover`` the code of its default PLOVER
    category, ``cameo`` its CAMEO event code or None, ``parent`` the local name of the class it
    specialises (``Event`` for most, ``MilitaryOperation`` for ``AirStrike``).
    """

    name: str
    plover: str
    cameo: str | None
    label_en: str
    label_ar: str
    parent: str

    @property
    def iri(self) -> URIRef:
        """The class IRI, e.g. ``pg:Visit``.

        >>> event_types()["AirStrike"].iri
        rdflib.term.URIRef('https://polgraph.org/ns#AirStrike')
        """
        return PG._NS[self.name]


@dataclass(frozen=True)
class PloverCategory:
    """One of the sixteen PLOVER v2 categories with its quad class and score.

    Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict. ``cameo_roots`` are the CAMEO root codes closest to the category.
    """

    code: str
    score: float
    quad_class: int
    label_en: str
    label_ar: str
    definition: str = ""
    cameo_roots: tuple[str, ...] = ()

    @property
    def iri(self) -> URIRef:
        """The concept IRI, e.g. ``plover:AID``.

        >>> plover_categories()["AID"].iri
        rdflib.term.URIRef('https://polgraph.org/plover/AID')
        """
        return PLOVER[self.code]


def _parse(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise ParseError(f"ontology file not found: {path}") from None
    except Exception as err:  # rdflib raises several unrelated types for bad Turtle
        raise ParseError(f"cannot parse {path}: {err}") from None
    return graph


@functools.cache
def _ontology(folder: Path) -> Graph:
    return _parse(folder / _ONTOLOGY_FILE)


@functools.cache
def _shapes(folder: Path) -> Graph:
    return _parse(folder / _SHAPES_FILE)


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True)
    copy += graph
    return copy


def ontology_graph() -> Graph:
    """The ontology (``ontology/polgraph.ttl``) as a new rdflib graph the caller may change.

    The file is parsed once; each call returns a fresh copy of it, so loading it into a store
    or adding triples to it never alters what the rest of the process reads.

    >>> g = ontology_graph()
    >>> (PG.Visit, RDFS.subClassOf, PG.Event) in g
    True
    """
    return _copy(_ontology(ontology_dir()))


def shapes_graph() -> Graph:
    """The SHACL shapes (``ontology/shapes.ttl``) as a new rdflib graph the caller may change.

    >>> from rdflib.namespace import SH, RDF
    >>> (URIRef("https://polgraph.org/shapes#EventShape"), RDF.type, SH.NodeShape) in shapes_graph()
    True
    """
    return _copy(_shapes(ontology_dir()))


def _label(graph: Graph, node: URIRef, lang: str, predicate: URIRef = RDFS.label) -> str:
    for value in graph.objects(node, predicate):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return ""


@functools.cache
def _event_types(folder: Path) -> dict[str, EventType]:
    graph = _ontology(folder)
    event_classes = set(graph.transitive_subjects(RDFS.subClassOf, PG.Event)) - {PG.Event}
    types: dict[str, EventType] = {}
    for cls in sorted(event_classes):
        plovers = list(graph.objects(cls, PG.defaultPlover))
        if len(plovers) != 1:
            raise ParseError(
                f"event class {local_name(cls)} has {len(plovers)} pg:defaultPlover values, not one")
        parents = [p for p in graph.objects(cls, RDFS.subClassOf) if p == PG.Event or p in event_classes]
        cameo = graph.value(cls, PG.cameoCode)
        types[local_name(cls)] = EventType(
            name=local_name(cls),
            plover=local_name(plovers[0]),
            cameo=str(cameo) if cameo is not None else None,
            label_en=_label(graph, cls, "en"),
            label_ar=_label(graph, cls, "ar"),
            parent=local_name(parents[0]) if parents else "Event",
        )
    return types


def event_types() -> dict[str, EventType]:
    """Every event class of the ontology by name, with its PLOVER category and CAMEO code.

    This is the type → PLOVER table the extractor, the importers and the API use.

    >>> types = event_types()
    >>> types["SanctionsRelief"].plover, types["SanctionsReliefPromise"].plover
    ('RETREAT', 'CONCEDE')
    >>> types["Ceasefire"].label_ar
    'وقف إطلاق النار'
    """
    return dict(_event_types(ontology_dir()))


@functools.cache
def _plover_categories(folder: Path) -> dict[str, PloverCategory]:
    graph = _ontology(folder)
    categories: list[PloverCategory] = []
    for concept in graph.subjects(SKOS.inScheme, PLOVER.scheme):
        score = graph.value(concept, PG.ploverScore)
        quad = graph.value(concept, PG.quadClassOf)
        if score is None or quad is None:
            raise ParseError(f"PLOVER concept {local_name(concept)} lacks a score or a quad class")
        categories.append(PloverCategory(
            code=local_name(concept),
            score=float(Decimal(str(score))),
            quad_class=int(quad),
            label_en=_label(graph, concept, "en", SKOS.prefLabel),
            label_ar=_label(graph, concept, "ar", SKOS.prefLabel),
            definition=_label(graph, concept, "en", SKOS.definition),
            cameo_roots=tuple(sorted(str(c) for c in graph.objects(concept, PG.cameoCode))),
        ))
    categories.sort(key=lambda c: (c.quad_class, -c.score, c.code))
    return {c.code: c for c in categories}


def plover_categories() -> dict[str, PloverCategory]:
    """The PLOVER v2 categories by code, ordered from verbal cooperation to material conflict.

    >>> cats = plover_categories()
    >>> len(cats), cats["ASSAULT"].score, cats["ASSAULT"].quad_class
    (16, -9.0, 4)
    >>> [c.code for c in cats.values() if c.quad_class == 2]
    ['AID', 'COOPERATE', 'RETREAT']
    """
    return dict(_plover_categories(ontology_dir()))


def validate(graph: Graph) -> tuple[bool, str]:
    """Check a graph polgraph wrote against the SHACL shapes; return (conforms, report text).

    The graph is validated as it is, without RDFS or OWL inference: the shapes target events,
    relations, actors and documents by the classes and properties polgraph itself writes.
    A :class:`rdflib.Dataset` is validated one named graph at a time.

    >>> from rdflib import RDF
    >>> ok, _ = validate(Graph())
    >>> ok
    True
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://polgraph.org/id/event/x/e1"), PG.plover, PLOVER.NOT_A_CATEGORY))
    >>> ok, report = validate(g)
    >>> ok, "exactly one pg:plover" in report
    (False, True)
    """
    import pyshacl  # slow to import; most callers never validate

    conforms, _, report = pyshacl.validate(
        graph,
        shacl_graph=_shapes(ontology_dir()),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=False,
    )
    return bool(conforms), str(report)
