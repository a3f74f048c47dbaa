"""The store a server answers from: an in-memory working copy that writes through to disk.

Every query runs in a forked worker process (see :mod:`polgraph.sparql.workers`) so it can
be killed at its deadline. Forking needs a store that lives in the process's memory: an
on-disk Oxigraph store cannot be shared with a forked child (its RocksDB handles and
background threads do not survive ``fork``), and a second process may not open the
directory while the server writes it. So the server opens the directory once, read-write,
copies every quad into an in-memory store at start, and from then on

- answers every read from the in-memory copy, in pre-forked worker processes that each hold
  a copy-on-write snapshot of it;
- applies every write first to the directory (which stays the durable copy, and is still
  locked against other writers) and then to the in-memory copy, one write at a time, and
  counts it: each write starts a new *generation*, and workers forked before it are retired
  instead of answering again, so a read that starts after a write returned sees it.

A write that fails on the directory changes nothing. A SPARQL update whose result is not
deterministic (``NOW()``, ``RAND()``, ``UUID()``, ``STRUUID()``, ``BNODE()``) would give
the two copies different values, so after one the in-memory copy is reloaded from disk.

>>> store = ServingStore()
>>> store.replace_graph("http://example.org/g", '<http://a> <http://b> "c" .')
>>> store.select("SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }")
[{'o': 'c'}]
>>> store.close()
"""
from __future__ import annotations

import json
import re
import threading
from typing import Any

import pyoxigraph as ox

from polgraph.errors import ParseError, QueryError, StoreError, StoreUnavailable
from polgraph.sparql.dataset import Dataset
from polgraph.sparql.execution import RESULT_JSON, QueryOutcome, QueryRequest, outcome
from polgraph.sparql.workers import WorkerPool, WorkerInfo
from polgraph.store import OxigraphStore, QueryResult, Store, open_store
from polgraph.store.base import RDF_FORMATS, rows_from_bindings
from polgraph.store.oxigraph import oxigraph_format

__all__ = ["ServingStore", "open_serving_store"]

_NONDETERMINISTIC = re.compile(r"\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)
_INTERNAL_ROWS = 10_000_000


class ServingStore(Store):
    """A :class:`~polgraph.store.Store` for a server: in-memory reads in killable worker
    processes, writes through to an optional on-disk store.

    Parameters
    ----------
    primary:
        The durable store to copy and write through to; None for memory only.
    timeout:
        Seconds a query may run (library calls and SPARQL requests alike).
    max_workers:
        Worker processes, so queries evaluated at the same time; more wait for a worker
        within their timeout.
    """

    def __init__(self, primary: OxigraphStore | None = None, *, timeout: float = 10.0,
                 max_workers: int = 4) -> None:
        self.primary = primary
        self.kind = primary.kind if primary is not None else "memory"
        self.timeout = timeout
        self._memory = OxigraphStore()
        # Held by anything that touches the in-memory store in this process (writes, small
        # reads) and by every fork, so a worker never inherits a store in mid-write.
        self._lock = threading.Lock()
        # Serialises writers, so the two copies see writes in the same order.
        self._write = threading.Lock()
        # Bumped under _lock by every change of the in-memory store: workers forked at an
        # older value hold an older snapshot and are not used again.
        self._generation = 0
        self._pool = WorkerPool(lambda: self._memory.raw, size=max_workers, fork_lock=self._lock,
                                generation=lambda: self._generation)
        if primary is not None:
            self._copy_from_primary()

    @property
    def generation(self) -> int:
        """How many times the in-memory copy has changed: a snapshot's version."""
        return self._generation

    def workers(self) -> list[WorkerInfo]:
        """The live query worker processes (process id, generation, whether busy)."""
        return self._pool.workers()

    def _changed(self) -> None:
        """Record a change of the in-memory store; call it while holding ``_lock``."""
        self._generation += 1

    def _copy_from_primary(self) -> None:
        fresh = ox.Store()
        source = self.primary.raw
        fresh.bulk_extend(source.quads_for_pattern(None, None, None, None))
        for graph in source.named_graphs():
            fresh.add_graph(graph)
        with self._lock:
            self._memory._store = fresh
            self._changed()

    # ---- reading -------------------------------------------------------------------------
    def run(self, query: str, *, result_type: str = RESULT_JSON, rdf_type: str = RDF_FORMATS["turtle"],
            dataset: Dataset | None = None, union_default_graph: bool = False,
            base_iri: str | None = None, max_rows: int = _INTERNAL_ROWS,
            timeout: float | None = None) -> QueryOutcome:
        """Run any query in a worker process, with the options of
        :meth:`polgraph.sparql.execution.QueryRequest.build`.

        Raises
        ------
        QueryError
            Syntax or evaluation error, or a result too large.
        QueryTimeout
            No worker was free in time, or the query ran past ``timeout`` and was killed.
        """
        request = QueryRequest.build(query, max_rows=max_rows, result_type=result_type, rdf_type=rdf_type,
                                     dataset=dataset, union_default_graph=union_default_graph,
                                     base_iri=base_iri)
        [(header, body)] = self._pool.execute([request], timeout=self.timeout if timeout is None else timeout)
        return outcome(header, body)

    def select_many(self, queries: list[str]) -> list[list[dict[str, Any]]]:
        """Run several SELECT queries in one worker round trip, on the same snapshot; return
        each one's rows as :meth:`select` would.

        >>> store = ServingStore()
        >>> store.select_many(["SELECT (1 AS ?a) {}", "SELECT (2 AS ?b) {}"])
        [[{'a': 1}], [{'b': 2}]]
        >>> store.close()
        """
        requests = [QueryRequest(q, max_rows=_INTERNAL_ROWS) for q in queries]
        answers = self._pool.execute(requests, timeout=self.timeout)
        return [_rows(outcome(header, body)) for header, body in answers]

    def select(self, query: str) -> list[dict[str, Any]]:
        return _rows(self.run(query))

    def ask(self, query: str) -> bool:
        outcome = self.run(query)
        if outcome.form != "ask":
            raise QueryError("not an ASK query")
        return bool(json.loads(outcome.body)["boolean"])

    def query(self, query: str, media_type: str) -> QueryResult:
        outcome = self.run(query, result_type=media_type, rdf_type=media_type)
        return QueryResult(outcome.body, outcome.media_type)

    # ---- writing -------------------------------------------------------------------------
    def update(self, update: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update on both copies (the caller has checked it is safe)."""
        with self._write:
            if self.primary is not None:
                self._apply(self.primary.raw, update, base_iri)
            try:
                with self._lock:
                    try:
                        self._apply(self._memory.raw, update, base_iri)
                    finally:
                        self._changed()
            except (QueryError, StoreError):
                if self.primary is None:
                    raise
                self._copy_from_primary()  # the durable copy has it; follow it
                return
            if self.primary is not None and _NONDETERMINISTIC.search(update):
                self._copy_from_primary()

    @staticmethod
    def _apply(store: ox.Store, update: str, base_iri: str | None) -> None:
        try:
            store.update(update, base_iri=base_iri) if base_iri else store.update(update)
        except SyntaxError as err:
            raise QueryError(f"invalid SPARQL update: {err}") from None
        except (OSError, ValueError, RuntimeError) as err:
            raise StoreError(f"update failed: {err}") from None

    def replace_graph(self, graph: str, data: bytes | str, media_type: str = RDF_FORMATS["ntriples"]) -> None:
        with self._write:
            if self.primary is not None:
                self.primary.replace_graph(graph, data, media_type)
            with self._lock:
                try:
                    self._memory.replace_graph(graph, data, media_type)
                finally:
                    self._changed()

    def merge_graph(self, graph: str, data: bytes | str, media_type: str = RDF_FORMATS["ntriples"]) -> bool:
        """Add triples to a named graph (created if needed); return whether it existed.

        The data is parsed once into memory before either copy changes."""
        fmt = oxigraph_format(media_type)
        target = ox.NamedNode(graph)
        try:
            triples = [ox.Quad(q.subject, q.predicate, q.object, target)
                       for q in ox.parse(data, format=fmt)]
        except SyntaxError as err:
            raise ParseError(f"invalid {fmt.name} data: {err}") from None
        except (OSError, ValueError) as err:
            raise ParseError(f"cannot read the {fmt.name} data: {err}") from None
        with self._write:
            existed = self.has_graph(graph)
            stores = ([self.primary.raw] if self.primary is not None else []) + [self._memory.raw]
            for store in stores:
                if store is self._memory.raw:
                    with self._lock:
                        try:
                            store.extend(triples)
                            store.add_graph(target)
                        finally:
                            self._changed()
                else:
                    store.extend(triples)
                    store.add_graph(target)
        return existed

    def remove_graph(self, graph: str) -> bool:
        with self._write:
            if self.primary is not None:
                self.primary.remove_graph(graph)
            with self._lock:
                try:
                    return self._memory.remove_graph(graph)
                finally:
                    self._changed()

    # ---- inspecting ----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        with self._lock:
            return self._memory.graphs()

    def has_graph(self, graph: str) -> bool:
        try:
            node = ox.NamedNode(graph)
        except ValueError:
            return False
        with self._lock:
            return self._memory.raw.contains_named_graph(node)

    def dump(self, media_type: str = RDF_FORMATS["nquads"]) -> bytes:
        with self._lock:
            return self._memory.dump(media_type)

    def close(self) -> None:
        self._pool.close()
        if self.primary is not None:
            self.primary.close()
            self.primary = None

    def describe(self) -> str:
        where = self.primary.describe() if self.primary is not None else "memory only"
        return f"in-memory working copy ({where})"


def _rows(result: QueryOutcome) -> list[dict[str, Any]]:
    """The rows of a SELECT result in SPARQL JSON, as Python values."""
    if result.form != "select":
        raise QueryError("not a SELECT query")
    return rows_from_bindings(json.loads(result.body)["results"]["bindings"])


def open_serving_store(spec: str | None, *, timeout: float = 10.0, max_workers: int = 4) -> ServingStore:
    """Open the store a server answers from: ``memory`` or an embedded store directory.

    A remote SPARQL endpoint is refused: it already is a SPARQL server, with its own limits.

    >>> open_serving_store("memory").describe()
    'in-memory working copy (memory only)'
    """
    store = open_store(spec)
    if isinstance(store, OxigraphStore):
        primary = store if store.kind == "embedded" else None
        return ServingStore(primary, timeout=timeout, max_workers=max_workers)
    store.close()
    raise StoreUnavailable(f"cannot serve {store.describe()}: serve an embedded store directory or "
                           "'memory'; a remote endpoint is already a SPARQL server")
