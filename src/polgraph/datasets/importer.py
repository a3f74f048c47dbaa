"""Import GDELT event exports into the store: rows → events → N-Triples → one named graph.

Each file becomes one named graph (``dataset_graph(slug(file name))``) holding a
``pg:Document``/``pg:Dataset`` node for the file, every imported event (derived from that
node), the actors the import had to create, and the partial sums of the events per source
group, target group, month, status and origin (``pg:EventAggregate`` nodes, which the
alignment analysis adds up instead of reading every event). Importing a file again
replaces its graph, sums included; a failed import leaves the store as it was.

Memory stays bounded whatever the file size: rows are read, mapped and written as
N-Triples in a stream (only the partial sums are kept, at most groups² × months of them); the embedded store takes that stream with Oxigraph's bulk loader
in segments of a bounded number of triples, any other store (a SPARQL endpoint) takes it
as a series of ``INSERT DATA`` batches.

>>> from polgraph.store import open_store
>>> from pathlib import Path
>>> import tempfile
>>> row = ["7", "20160728", "201607", "2016", "2016.5699", "TUR", "TURKEY", "TUR"] + [""] * 7
>>> row += ["SYR", "SYRIA", "SYR"] + [""] * 7 + ["1", "042", "042", "04", "1", "1.9", "2", "1", "2", "1.03"]
>>> row += [""] * 21 + ["20160728", "http://example.org/a"]
>>> path = Path(tempfile.mkdtemp()) / "tiny.tsv"
>>> _ = path.write_text("\\t".join(row) + "\\n")
>>> report = import_gdelt(open_store("memory"), path)
>>> report.rows, report.imported, report.rejected
(1, 1, 0)
"""
from __future__ import annotations

import gc
import io
import itertools
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from polgraph.datasets.cameo import ActorMapper, EventMapping, load_event_table
from polgraph.datasets.gdelt import LAYOUTS, REJECT_REASONS, GdeltRecord, Rejected, open_export, read_export
from polgraph.datasets.ntriples import actor_ntriples, aggregate_iri, aggregate_ntriples, event_ntriples
from polgraph.errors import InputError, ParseError, PolgraphError, StoreError
from polgraph.model import Document, Event
from polgraph.rdf.writer import document_triples
from polgraph.store import OxigraphStore, Store
from polgraph.vocab import dataset_graph, document_iri, slug

__all__ = ["ImportReport", "import_gdelt", "gdelt_ntriples", "FIRST_LINES_KEPT"]

#: How many line numbers are kept per rejection reason for the report.
FIRST_LINES_KEPT = 5
_STAGING = "https://polgraph.org/graph/staging/"
_CHUNK_EVENTS = 2_000          # events joined into one text chunk of the stream
_UPDATE_TRIPLES = 25_000       # triples per INSERT DATA request to an endpoint
_BULK_TRIPLES = 250_000        # triples per bulk_load call into the embedded store
_REMOVE_QUADS = 20_000         # quads read at a time when an embedded graph is removed
_COLLECT_EVERY = 8             # INSERT DATA requests between two garbage collections


@dataclass
class ImportReport:
    """What one import read, wrote and refused, with the first line numbers of each refusal."""

    path: str
    graph: str
    rows: int = 0
    imported: int = 0
    triples: int = 0
    reasons: Counter = field(default_factory=Counter)
    first_lines: dict[str, list[int]] = field(default_factory=dict)
    dry_run: bool = False
    seconds: float = 0.0

    @property
    def rejected(self) -> int:
        """Rows not imported, for any reason."""
        return sum(self.reasons.values())

    def reject(self, rejection: Rejected) -> None:
        """Count one refused row."""
        self.reasons[rejection.reason] += 1
        lines = self.first_lines.setdefault(rejection.reason, [])
        if len(lines) < FIRST_LINES_KEPT:
            lines.append(rejection.line)

    def to_json(self) -> dict[str, Any]:
        """The report as plain data (for ``--format json`` and the API)."""
        return {
            "path": self.path, "graph": self.graph, "dry_run": self.dry_run,
            "rows": self.rows, "imported": self.imported, "rejected": self.rejected,
            "triples": self.triples, "seconds": round(self.seconds, 3),
            "reasons": {r: {"count": n, "description": REJECT_REASONS.get(r, r),
                            "first_lines": self.first_lines.get(r, [])}
                        for r, n in sorted(self.reasons.items())},
        }

    def summary(self) -> str:
        """A few lines a person reads after an import."""
        verb = "would import" if self.dry_run else "imported"
        lines = [f"{self.path} → <{self.graph}>: {self.rows} rows read, {verb} {self.imported}, "
                 f"rejected {self.rejected}"]
        for reason, count in sorted(self.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            first = ", ".join(map(str, self.first_lines.get(reason, [])))
            more = ", ..." if count > len(self.first_lines.get(reason, [])) else ""
            lines.append(f"  {count:>8}  {REJECT_REASONS.get(reason, reason)} (lines {first}{more})")
        return "\n".join(lines)


def _event(record: GdeltRecord, mapping: EventMapping, mapper: ActorMapper) -> Event:
    refs = []
    for actor in (record.actor1, record.actor2):
        refs.append(None if actor is None else mapper.resolve(
            actor.code, actor.name, actor.country, actor.known_group, actor.roles, record.date))
    return Event(
        id=f"gdelt{record.version}/{record.event_id}", type=mapping.event_class, plover=mapping.plover,
        source=refs[0], target=refs[1], date=record.date, date_precision="day", place=record.place,
        origin="gdelt", cameo=record.event_code, goldstein=record.goldstein, quad_class=record.quad_class,
        tone=record.tone, num_mentions=record.num_mentions, external_id=record.event_id,
        source_url=record.source_url if _is_url(record.source_url) else None,
    )


def _is_url(source: str | None) -> bool:
    return source is not None and "://" in source


class _EventCells:
    """The partial sums of one file's events per source group, target group, month, status
    and origin, written after the events as ``pg:EventAggregate`` nodes.

    Only dyadic events (two different groups) are summed, as only they reach the analysis.
    The sums replace the events in the analysis, so they must cover every such event
    exactly: one event without a Goldstein value, or with a confidence other than 1 (which
    would make the Goldstein sum differ from the confidence-weighted one), drops them all
    and the file is analysed event by event.
    Their number is bounded by groups² × months, however many rows the file has.
    """

    def __init__(self) -> None:
        self.sums: dict[tuple[str, str, str, str, str], list[float]] | None = {}

    def add(self, event: Event) -> None:
        if self.sums is None or event.source is None or event.target is None:
            return
        sg, tg = event.source.group, event.target.group
        if not sg or not tg or sg == tg or not event.date:
            return
        confidence = round(float(event.confidence), 4)  # as the event's own pg:confidence
        if event.goldstein is None or confidence != 1.0:
            self.sums = None
            return
        key = (sg, tg, event.date[:7], event.status, event.origin)
        cell = self.sums.get(key)
        if cell is None:
            cell = self.sums[key] = [0, 0.0, 0.0]
        cell[0] += 1
        cell[1] += float(event.goldstein)
        cell[2] += confidence

    def ntriples(self, file_id: str, document: str) -> Iterator[str]:
        """The sums as N-Triples, in chunks of :data:`_CHUNK_EVENTS` nodes: a file spread
        over many years has a hundred thousand of them, which must reach the bulk loader
        in segments like the events."""
        items = iter((self.sums or {}).items())
        while batch := list(itertools.islice(items, _CHUNK_EVENTS)):
            yield "".join(
                aggregate_ntriples(aggregate_iri(file_id, sg, tg, month, status), document,
                                   source_group=sg, target_group=tg, month=month, status=status,
                                   origin=origin, events=int(n), goldstein_sum=gsum, confidence_sum=csum)
                for (sg, tg, month, status, origin), (n, gsum, csum) in batch)


def gdelt_ntriples(path: str | Path, report: ImportReport, *, mapper: ActorMapper | None = None,
                   table: dict[str, EventMapping] | None = None,
                   progress: Callable[[ImportReport], None] | None = None,
                   progress_every: int = 50_000) -> Iterator[str]:
    """The N-Triples text of one GDELT file's graph, in chunks, counting into ``report``.

    Rejected rows are counted, never raised. The events come first, then the partial sums
    per dyad and month (``pg:EventAggregate`` nodes, see :mod:`polgraph.analysis.aggregate`),
    then the document node.
    """
    path = Path(path)
    mapper = mapper or ActorMapper()
    table = table if table is not None else load_event_table()
    doc_id = slug(path.name)
    document = str(document_iri(doc_id))
    described: set[str] = set()
    cells = _EventCells()
    chunk: list[str] = []
    triples = 0
    for item in read_export(path):
        report.rows += 1
        if progress is not None and report.rows % progress_every == 0:
            report.triples = triples
            progress(report)
        if isinstance(item, Rejected):
            report.reject(item)
            continue
        mapping = table.get(item.event_code)
        if mapping is None:
            report.reject(Rejected(item.line, "event-code", repr(item.event_code)))
            continue
        if mapping.plover is None:
            report.reject(Rejected(item.line, "no-plover", item.event_code))
            continue
        event = _event(item, mapping, mapper)
        citation = None if _is_url(item.source_url) else item.source_url
        text = event_ntriples(event, document, date_added=item.date_added, citation=citation)
        for ref in (event.source, event.target):
            if ref is not None and ref.id not in described:
                created = mapper.description(ref.id)
                described.add(ref.id)
                if created is not None:
                    text += actor_ntriples(created.id, created.label, created.group, created.cameo, created.roles)
        triples += text.count("\n")
        chunk.append(text)
        cells.add(event)
        report.imported += 1
        if len(chunk) >= _CHUNK_EVENTS:
            yield "".join(chunk)
            chunk = []
    for sums in cells.ntriples(doc_id, document):
        triples += sums.count("\n")
        chunk.append(sums)
        yield "".join(chunk)
        chunk = []
    doc = Document(id=doc_id, title=path.name, source="GDELT event export", kind="dataset")
    graph = Graph()
    for triple in document_triples(doc):
        graph.add(triple)
    head = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    triples += len(graph)
    chunk.append(head if head.endswith("\n") or not head else head + "\n")
    report.triples = triples
    if progress is not None:
        progress(report)
    yield "".join(chunk)


class _TextStream(io.RawIOBase):
    """A read-only byte stream over text chunks, so the bulk loader pulls rows as it goes.

    It ends after ``limit`` lines (at a chunk boundary) or when the chunks run out, which
    :attr:`exhausted` tells apart. An error raised while producing chunks is kept and
    reported to the loader as an OSError; the importer re-raises the original afterwards.
    """

    def __init__(self, chunks: Iterator[str], limit: int | None = None) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._limit = limit
        self._lines = 0
        self.exhausted = False
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            if self.exhausted or (self._limit is not None and self._lines >= self._limit):
                return 0
            try:
                text = next(self._chunks)
            except StopIteration:
                self.exhausted = True
                return 0
            except Exception as err:  # kept and re-raised by the importer, see class doc
                self.error = err
                raise OSError(f"reading the input failed: {err}") from err
            self._lines += text.count("\n")
            self._buffer = text.encode("utf-8")
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def _bulk_segments(raw: ox.Store, into: ox.NamedNode, chunks: Iterator[str]) -> None:
    """Feed the chunks to Oxigraph's bulk loader, one call per :data:`_BULK_TRIPLES`.

    The loader buffers up to a million quads per thread before it writes; segments keep
    its memory, and so the import's, far under 1 GB whatever the file size.
    """
    stream = None
    while stream is None or not stream.exhausted:
        stream = _TextStream(chunks, _BULK_TRIPLES)
        try:
            raw.bulk_load(io.BufferedReader(stream, 1 << 20), format=ox.RdfFormat.N_TRIPLES, to_graph=into)
        except BaseException:
            if stream.error is not None:
                raise _as_input_error(stream.error) from None
            raise


def _remove_in_batches(raw: ox.Store, graph: ox.NamedNode) -> None:
    """Empty and drop a graph quad by quad, reading :data:`_REMOVE_QUADS` at a time.

    Oxigraph runs ``DROP``, ``MOVE`` and ``remove_graph`` as one transaction whose memory
    grows with the graph (5 GB to replace a graph of 1.2M triples). Removing quads one by
    one is as fast as ``DROP`` here (about 50,000 quads/s) and keeps memory flat.
    """
    while True:
        quads = list(itertools.islice(raw.quads_for_pattern(None, None, None, graph), _REMOVE_QUADS))
        if not quads:
            break
        for quad in quads:
            raw.remove(quad)
    raw.remove_graph(graph)


def _spooled_chunks(spool: Any) -> Iterator[str]:
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
    batch: list[str] = []
    for line in text:
        batch.append(line)
        if len(batch) >= 20_000:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def _load_embedded(store: OxigraphStore, graph: str, chunks: Iterator[str]) -> None:
    """Load a file's graph into the embedded store with the bulk loader, memory bounded.

    A new graph is loaded in place and removed again if anything fails. To replace an
    existing graph, the whole file is first converted into a temporary N-Triples file, so
    an unreadable or truncated input fails before the store changes; the old graph is then
    removed and the new one loaded, both in bounded batches. If the store itself fails
    during that last step the graph is left absent, never half-written, and the error says
    to import the file again.
    """
    raw = store.raw
    target = ox.NamedNode(graph)
    if not raw.contains_named_graph(target):
        try:
            _bulk_segments(raw, target, chunks)
            if not raw.contains_named_graph(target):
                raw.add_graph(target)  # a file with no usable row still gets its documented graph
        except BaseException as err:
            _remove_quietly(raw, target)
            raise _store_failure(err, graph) from None
        return
    with tempfile.TemporaryFile() as spool:
        try:
            for text in chunks:
                spool.write(text.encode("utf-8"))
        except PolgraphError:
            raise
        except Exception as err:
            raise _as_input_error(err) from None
        spool.seek(0)
        try:
            _remove_in_batches(raw, target)
            _bulk_segments(raw, target, _spooled_chunks(spool))
            if not raw.contains_named_graph(target):
                raw.add_graph(target)
        except BaseException as err:
            _remove_quietly(raw, target)
            failure = _store_failure(err, graph)
            if isinstance(failure, StoreError):
                raise StoreError(f"{failure}; the previous version of the graph was removed, "
                                 "import the file again") from None
            raise failure from None


def _remove_quietly(raw: ox.Store, graph: ox.NamedNode) -> None:
    try:
        _remove_in_batches(raw, graph)
    except (OSError, ValueError, RuntimeError, SyntaxError):
        pass


def _store_failure(err: BaseException, graph: str) -> BaseException:
    if isinstance(err, PolgraphError) or not isinstance(err, Exception):
        return err
    if isinstance(err, SyntaxError):
        return ParseError(f"the import produced invalid N-Triples: {err}")
    if isinstance(err, (OSError, ValueError, RuntimeError)):
        return StoreError(f"could not write graph {graph}: {err}")
    return err


def _load_by_updates(store: Store, graph: str, chunks: Iterator[str]) -> None:
    """Batched INSERT DATA: into the graph itself when it is new, else into a staging graph
    swapped in with one MOVE, so a re-import never shows half a graph."""
    existed = store.has_graph(graph)
    into = f"{_STAGING}{uuid.uuid4().hex}" if existed else graph
    pending: list[str] = []
    count = 0
    flushed = 0

    def flush() -> None:
        nonlocal flushed
        if pending:
            store.update(f"INSERT DATA {{ GRAPH <{into}> {{\n{''.join(pending)}}} }}")
            pending.clear()
            flushed += 1
            # Request bodies can end up in reference cycles of the HTTP client, which the
            # collector counts by objects, not bytes: collect now and then so megabytes of
            # finished requests do not pile up over a long import.
            if flushed % _COLLECT_EVERY == 0:
                gc.collect()

    try:
        for text in chunks:
            pending.append(text)
            count += text.count("\n")
            if count >= _UPDATE_TRIPLES:
                flush()
                count = 0
        flush()
        if existed:
            store.update(f"MOVE SILENT GRAPH <{into}> TO GRAPH <{graph}>")
    except BaseException as err:
        try:
            store.update(f"DROP SILENT GRAPH <{into}>")
        except PolgraphError:
            pass
        if isinstance(err, PolgraphError) or not isinstance(err, Exception):
            raise
        raise _as_input_error(err) from None


def _as_input_error(err: BaseException) -> PolgraphError:
    if isinstance(err, PolgraphError):
        return err
    return InputError(f"the import stopped while reading: {err}")


_SNIFF_LINES = 20


def _check_looks_like_gdelt(path: Path) -> None:
    """Refuse a file none of whose first non-empty lines has a GDELT row's shape.

    Malformed rows inside a real export are counted and reported, but a file that is not
    an export at all (a CSV of something else, an article) must not become an empty
    dataset graph.
    """
    seen = 0
    with open_export(path) as fh:
        for raw in fh:
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            if line.count(b"\t") + 1 in LAYOUTS:
                return
            seen += 1
            if seen >= _SNIFF_LINES:
                break
    if seen:
        raise InputError(f"{path}: does not look like a GDELT event export (no tab-separated row of "
                         f"{', '.join(map(str, sorted(LAYOUTS)))} columns in its first {seen} lines)")


def import_gdelt(store: Store, path: str | Path, *, dry_run: bool = False,
                 mapper: ActorMapper | None = None, table: dict[str, EventMapping] | None = None,
                 progress: Callable[[ImportReport], None] | None = None) -> ImportReport:
    """Import one GDELT 1.0/2.0 event export (plain or .zip) into its own named graph.

    Parameters
    ----------
    store:
        Any store; the embedded Oxigraph store uses its bulk loader, others get batched
        SPARQL updates.
    path:
        The export file.
    dry_run:
        Read, check and map every row, write nothing.
    progress:
        Called every 50,000 rows and once at the end with the report so far.

    Returns
    -------
    ImportReport
        Rows read, imported and rejected by reason, with the first line numbers.

    Raises
    ------
    InputError
        The file cannot be opened or stops being readable; the store is unchanged.
    StoreError
        The store refused the data; the store is unchanged.
    """
    path = Path(path)
    graph = str(dataset_graph(slug(path.name)))
    report = ImportReport(path=str(path), graph=graph, dry_run=dry_run)
    started = time.perf_counter()
    _check_looks_like_gdelt(path)  # a missing, unreadable or foreign file fails before the store is touched
    chunks = gdelt_ntriples(path, report, mapper=mapper, table=table, progress=progress)
    if dry_run:
        for _ in chunks:
            pass
    elif isinstance(store, OxigraphStore):
        _load_embedded(store, graph, chunks)
    else:
        _load_by_updates(store, graph, chunks)
    report.seconds = time.perf_counter() - started
    return report
