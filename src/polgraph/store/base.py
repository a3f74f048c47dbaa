"""The one store interface every backend implements.

A store holds named graphs: one per source document or imported file, plus the ontology
and the gazetteer. Writes replace or remove whole graphs, atomically: a reader sees the old
graph or the new one, and a failed write leaves the store as it was. Queries name their
graphs with ``GRAPH``; no backend's default-graph-is-union behaviour is relied upon.
"""
from __future__ import annotations

import datetime as dt
import decimal
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Store", "QueryResult", "RDF_FORMATS", "RESULT_FORMATS", "rdf_format_of", "python_value",
           "rows_from_bindings"]

XSD = "http://www.w3.org/2001/XMLSchema#"

#: RDF serialisations by short name → media type.
RDF_FORMATS = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
#: SPARQL result serialisations by short name → media type.
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

_EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "ntriples", ".nq": "nquads",
    ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml",
    ".owl": "rdfxml", ".xml": "rdfxml",
}


def rdf_format_of(filename: str) -> str | None:
    """Short RDF format name guessed from a file name, or None.

    >>> rdf_format_of("events.TTL"), rdf_format_of("dump.nq"), rdf_format_of("a.txt")
    ('turtle', 'nquads', None)
    """
    lower = filename.lower()
    for ext, name in _EXTENSIONS.items():
        if lower.endswith(ext):
            return name
    return None


def python_value(value: str, datatype: str | None = None, lang: str | None = None) -> Any:
    """Convert a literal's lexical form to the natural Python value for its datatype.

    >>> python_value("3", XSD + "integer"), python_value("0.5", XSD + "double")
    (3, 0.5)
    >>> python_value("true", XSD + "boolean"), python_value("2025-11-10", XSD + "date")
    (True, '2025-11-10')
    """
    if datatype is None or lang:
        return value
    local = datatype[len(XSD):] if datatype.startswith(XSD) else None
    try:
        if local in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                     "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"):
            return int(value)
        if local in ("double", "float"):
            return float(value)
        if local == "decimal":
            return float(decimal.Decimal(value))
        if local == "boolean":
            return value in ("true", "1")
    except (ValueError, decimal.InvalidOperation):
        return value
    return value


def rows_from_bindings(bindings: Iterable[dict[str, dict[str, str]]]) -> list[dict[str, Any]]:
    """Rows of SPARQL JSON ``results.bindings`` as Python values: IRIs as str, blank nodes
    as ``_:id``, literals by datatype; other terms (quoted triples) are kept as given.

    >>> rows_from_bindings([{"n": {"type": "literal", "value": "2", "datatype": XSD + "integer"},
    ...                      "s": {"type": "uri", "value": "http://a"}}])
    [{'n': 2, 's': 'http://a'}]
    """
    rows = []
    for binding in bindings:
        row: dict[str, Any] = {}
        for name, term in binding.items():
            kind = term.get("type")
            if kind == "uri":
                row[name] = term["value"]
            elif kind == "bnode":
                row[name] = "_:" + term["value"]
            elif kind in ("literal", "typed-literal"):
                row[name] = python_value(term["value"], term.get("datatype"), term.get("xml:lang"))
            else:
                row[name] = term
        rows.append(row)
    return rows


@dataclass
class QueryResult:
    """A serialised query result: its bytes and media type, ready for a file or HTTP."""

    body: bytes
    media_type: str


class Store(ABC):
    """Abstract store. Backends: :class:`~polgraph.store.oxigraph.OxigraphStore` (on disk or
    in memory) and :class:`~polgraph.store.remote.RemoteStore` (any SPARQL 1.1 endpoint).

    Subclasses must implement every abstract method; a missing one fails at construction.
    """

    #: "embedded", "memory" or "remote"
    kind: str = "abstract"

    # ---- reading -------------------------------------------------------------------------
    @abstractmethod
    def select(self, query: str) -> list[dict[str, Any]]:
        """Run a SELECT query; rows map variable names to Python values (IRIs as str,
        unbound variables absent)."""

    @abstractmethod
    def ask(self, query: str) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def query(self, query: str, media_type: str) -> QueryResult:
        """Run any query and serialise its result in ``media_type`` (a SPARQL results type
        for SELECT/ASK, an RDF type for CONSTRUCT/DESCRIBE)."""

    def iter_select(self, query: str) -> Iterator[dict[str, Any]]:
        """Like :meth:`select` but yields rows one by one where the backend can stream."""
        yield from self.select(query)

    # ---- writing -------------------------------------------------------------------------
    @abstractmethod
    def update(self, update: str) -> None:
        """Run a SPARQL Update, atomically."""

    @abstractmethod
    def replace_graph(self, graph: str, data: bytes | str, media_type: str = RDF_FORMATS["ntriples"]) -> None:
        """Make named graph ``graph`` hold exactly the triples in ``data``.

        The data is parsed before the store changes; on any error the store is left as it
        was. A triple-only format is expected (N-Triples, Turtle, RDF/XML, JSON-LD)."""

    @abstractmethod
    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; return whether it existed."""

    # ---- inspecting ----------------------------------------------------------------------
    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of all named graphs."""

    @abstractmethod
    def dump(self, media_type: str = RDF_FORMATS["nquads"]) -> bytes:
        """All named graphs in a dataset format (N-Quads, TriG) or, for a triple format,
        the union of their triples."""

    def has_graph(self, graph: str) -> bool:
        """Whether a named graph exists."""
        return self.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def count(self, graph: str | None = None) -> int:
        """Number of triples in one named graph, or in all named graphs."""
        pattern = f"GRAPH <{graph}>" if graph else "GRAPH ?g"
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]) if rows else 0

    def replace_graphs(self, graphs: Iterable[tuple[str, bytes | str]],
                       media_type: str = RDF_FORMATS["ntriples"]) -> None:
        """Replace several graphs; each is atomic on its own."""
        for graph, data in graphs:
            self.replace_graph(graph, data, media_type)

    def close(self) -> None:
        """Release the store (flush files, close connections)."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        """A one-line human description of where the data lives."""
        return self.kind


def today() -> str:
    """Today's date in ISO form (kept here so tests can patch one place)."""
    return dt.date.today().isoformat()
