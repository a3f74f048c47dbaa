"""The pipeline: the only place (with the CLI and the API) that knows the order of stages.

text → extraction → model objects → RDF → store. Every ingest prepares all its graphs
first and writes only when everything parsed, so bad input never leaves a half-written
store; each document's graph is replaced whole, so ingesting again is idempotent.

>>> from polgraph.store import open_store
>>> store = open_store("memory")
>>> load_reference_graphs(store)
>>> store.has_graph(str(GAZETTEER_GRAPH))
True
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from polgraph.errors import InputError, ParseError
from polgraph.gazetteer import load_gazetteer
from polgraph.model import Extraction
from polgraph.rdf import extraction_graph, gazetteer_graph, ntriples
from polgraph.resources import data_dir
from polgraph.store import RDF_FORMATS, Store, rdf_format_of
from polgraph.vocab import GAZETTEER_GRAPH, GRAPH, ONTOLOGY_GRAPH, document_graph, slug

__all__ = [
    "PreparedGraph", "load_reference_graphs", "prepare_rdf_file", "prepare_article",
    "prepare_extraction", "prepare", "ingest", "build", "corpus_entries",
]

_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
MAX_RDF_BYTES = 512 * 1024 * 1024


@dataclass
class PreparedGraph:
    """A graph ready to be written: its IRI, N-Triples bytes, and what it came from."""

    graph: str
    data: bytes
    source: str
    extraction: Extraction | None = None
    triples: int = 0


@dataclass
class IngestReport:
    """What an ingest wrote."""

    graphs: list[PreparedGraph] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(len(p.extraction.events) for p in self.graphs if p.extraction)


def load_reference_graphs(store: Store) -> None:
    """Write the ontology and the gazetteer into their own named graphs."""
    from polgraph.ontology import ontology_graph  # parsed once per process

    onto = ontology_graph()
    store.replace_graph(str(ONTOLOGY_GRAPH), ntriples(onto))
    store.replace_graph(str(GAZETTEER_GRAPH), ntriples(gazetteer_graph(load_gazetteer())))


def prepare_rdf_file(path: Path, graph: str | None = None) -> list[PreparedGraph]:
    """Parse an RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML).

    Triples of a triple format, and the default graph of a dataset format, go to the
    file's own document graph (or ``graph``); named graphs of a dataset keep their names.
    """
    fmt = rdf_format_of(path.name)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    if size > MAX_RDF_BYTES:
        raise InputError(f"{path}: {size} bytes is more than this command loads; use import tools for bulk data")
    target = graph or str(document_graph(slug(path.name)))
    # Oxigraph's parsers never dereference anything (a JSON-LD @context URL is refused,
    # not fetched), so reading a file cannot reach the network.
    groups: dict[str, list[str]] = {}
    try:
        for quad in ox.parse(path=str(path), format=_OX_FORMATS[fmt]):
            name = target if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            groups.setdefault(name, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    except SyntaxError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else "syntax error"
        if "remote context" in first:
            first = "its @context is a URL, and polgraph never fetches URLs: put the context in the file"
        raise ParseError(f"{path}: not valid {fmt}: {first}") from None
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read: {err}") from None
    prepared = [PreparedGraph(name, ("\n".join(lines) + "\n").encode("utf-8"), str(path), triples=len(lines))
                for name, lines in groups.items()]
    if not prepared:
        prepared.append(PreparedGraph(target, b"", str(path)))
    return prepared


def prepare_extraction(extraction: Extraction) -> PreparedGraph:
    """Turn an extraction into its document graph."""
    graph = extraction_graph(extraction, load_gazetteer())
    return PreparedGraph(str(document_graph(extraction.document.id)), ntriples(graph),
                         extraction.document.source or extraction.document.id, extraction, len(graph))


def prepare_article(path: Path, *, published: str | None = None, lang: str = "auto",
                    doc_id: str | None = None, title: str | None = None) -> PreparedGraph:
    """Read and extract one article file into its document graph."""
    from polgraph.extraction import read_article, extract  # the extraction stage, on demand

    article = read_article(path)
    published = published or article.published
    if published is None:
        raise InputError(f"{path}: no publication date; give --published YYYY-MM-DD or a 'published:' header")
    extraction = extract(article.text, published=published,
                         lang=lang if lang != "auto" else (article.lang or "auto"),
                         doc_id=doc_id or article.doc_id)
    doc = extraction.document
    doc.title = title or article.title
    doc.source = str(path.name)
    doc.text = article.text
    doc.published = published
    return prepare_extraction(extraction)


def prepare(paths: Iterable[Path], *, published: str | None = None, lang: str = "auto",
            progress: Callable[[Path], None] | None = None) -> list[PreparedGraph]:
    """Prepare every file (RDF by extension, anything else as an article) before writing."""
    prepared: list[PreparedGraph] = []
    for path in paths:
        if progress:
            progress(path)
        if not path.exists():
            raise InputError(f"no such file: {path}")
        if path.is_dir():
            raise InputError(f"{path} is a directory; give files")
        if rdf_format_of(path.name):
            prepared.extend(prepare_rdf_file(path))
        else:
            prepared.append(prepare_article(path, published=published, lang=lang))
    return prepared


def ingest(store: Store, paths: Iterable[Path], **options) -> IngestReport:
    """Prepare then write files into the store, one named graph per document."""
    prepared = prepare(list(paths), **options)
    for item in prepared:
        store.replace_graph(item.graph, item.data, RDF_FORMATS["ntriples"])
    return IngestReport(prepared)


def corpus_entries(folder: Path | None = None) -> list[dict[str, str]]:
    """Rows of ``data/corpus/corpus.csv``: file, lang, published, title."""
    folder = folder or data_dir() / "corpus"
    index = folder / "corpus.csv"
    if not index.exists():
        return []
    with index.open(encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.DictReader(fh) if row.get("file")]
    return [row for row in rows if (folder / row["file"]).exists()]


def build(store: Store, *, folder: Path | None = None,
          progress: Callable[[Path], None] | None = None) -> IngestReport:
    """Build the knowledge graph from what ships in ``data/``: ontology, gazetteer, and
    every article of the corpus with its publication date."""
    folder = folder or data_dir() / "corpus"
    prepared = []
    for row in corpus_entries(folder):
        path = folder / row["file"]
        if progress:
            progress(path)
        prepared.append(prepare_article(path, published=row.get("published") or None,
                                        lang=row.get("lang") or "auto", title=row.get("title") or None))
    load_reference_graphs(store)
    for item in prepared:
        store.replace_graph(item.graph, item.data, RDF_FORMATS["ntriples"])
    return IngestReport(prepared)


def is_document_graph(graph: str) -> bool:
    """Whether a graph IRI is a document's (not the ontology's or the gazetteer's)."""
    return graph.startswith(str(GRAPH) + "doc/")
