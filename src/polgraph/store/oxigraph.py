"""Oxigraph backends: embedded on disk (the default) and in memory.

>>> store = OxigraphStore()                       # in memory
>>> store.replace_graph("http://example.org/g", '<http://a> <http://b> "c" .')
>>> store.count("http://example.org/g")
1
>>> store.select("SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }")
[{'o': 'c'}]
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from polgraph.errors import ParseError, QueryError, StoreError, StoreUnavailable
from polgraph.store.base import RDF_FORMATS, QueryResult, Store, python_value

__all__ = ["OxigraphStore", "term_value", "oxigraph_format"]

_STAGING = "https://polgraph.org/graph/staging/"
#: Above this many bytes a write goes through Oxigraph's bulk loader: one transaction for
#: millions of triples costs several times the bulk load, and the bulk path still never
#: leaves a half-written graph behind (see :meth:`OxigraphStore.bulk_replace_graph`).
BULK_THRESHOLD = 16 * 1024 * 1024


def term_value(term: Any) -> Any:
    """A pyoxigraph term as a Python value (IRI → str, literal → typed value).

    >>> term_value(ox.Literal("4", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    4
    >>> term_value(ox.NamedNode("http://a"))
    'http://a'
    """
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return python_value(term.value, term.datatype.value, term.language)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term)


def oxigraph_format(media_type: str) -> ox.RdfFormat:
    """The Oxigraph RDF format of a media type; ParseError when Oxigraph has none.

    >>> oxigraph_format("text/turtle; charset=utf-8").name
    'Turtle'
    """
    fmt = ox.RdfFormat.from_media_type(media_type.split(";")[0].strip())
    if fmt is None:
        raise ParseError(f"unsupported RDF media type: {media_type}")
    return fmt


class OxigraphStore(Store):
    """Oxigraph via pyoxigraph: ``path`` for a persistent store directory, None for memory.

    Only one process may open a directory read-write; a second gets
    :class:`~polgraph.errors.StoreUnavailable` with a clear message.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.kind = "embedded" if self.path else "memory"
        try:
            if self.path is None:
                self._store = ox.Store()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreUnavailable(
                    f"the store at {self.path} is in use by another process (a running 'polgraph serve'?); "
                    "stop it, or query that server instead") from None
            raise StoreUnavailable(f"cannot open the store at {self.path}: {err}") from None

    @property
    def raw(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store`, for bulk paths that need it."""
        return self._store

    # ---- reading -------------------------------------------------------------------------
    def _run(self, query: str, **kwargs: Any) -> Any:
        try:
            return self._store.query(query, **kwargs)
        except SyntaxError as err:
            raise QueryError(f"invalid SPARQL: {err}") from None
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {err}") from None

    def select(self, query: str) -> list[dict[str, Any]]:
        return list(self.iter_select(query))

    def iter_select(self, query: str) -> Iterator[dict[str, Any]]:
        result = self._run(query)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        names = [v.value for v in result.variables]
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term_value(term)
            yield row

    def ask(self, query: str) -> bool:
        result = self._run(query)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def query(self, query: str, media_type: str, **kwargs: Any) -> QueryResult:
        result = self._run(query, **kwargs)
        base = media_type.split(";")[0].strip()
        if isinstance(result, ox.QueryTriples):
            fmt = oxigraph_format(base)
            return QueryResult(result.serialize(format=fmt), fmt.media_type)
        fmt = ox.QueryResultsFormat.from_media_type(base)
        if fmt is None:
            raise QueryError(f"unsupported result media type for this query: {media_type}")
        return QueryResult(result.serialize(format=fmt), fmt.media_type)

    # ---- writing -------------------------------------------------------------------------
    def update(self, update: str) -> None:
        try:
            self._store.update(update)
        except SyntaxError as err:
            raise QueryError(f"invalid SPARQL update: {err}") from None
        except (OSError, ValueError, RuntimeError) as err:
            raise StoreError(f"update failed: {err}") from None

    def replace_graph(self, graph: str, data: bytes | str, media_type: str = RDF_FORMATS["ntriples"]) -> None:
        if len(data) > BULK_THRESHOLD:
            return self.bulk_replace_graph(graph, data, media_type)
        fmt = oxigraph_format(media_type)
        # load() is one transaction: a failed load into a new graph leaves nothing behind.
        self._swap_in(graph, lambda into: self._store.load(data, format=fmt, to_graph=into),
                      fmt, drop_new_on_failure=False)

    def bulk_replace_graph(self, graph: str, source: Any, media_type: str) -> None:
        """Load a large file or stream with Oxigraph's bulk loader.

        Faster than :meth:`replace_graph` and memory-bounded, but not one transaction: a
        new graph is dropped again on failure, an existing one is loaded beside the old
        one and swapped in with MOVE.
        """
        fmt = oxigraph_format(media_type)

        def load(into: ox.NamedNode) -> None:
            if isinstance(source, (str, bytes)) or hasattr(source, "read"):
                self._store.bulk_load(source, format=fmt, to_graph=into)
            else:
                self._store.bulk_extend(ox.Quad(s, p, o, into) for s, p, o in source)

        self._swap_in(graph, load, fmt, drop_new_on_failure=True)

    def _swap_in(self, graph: str, load: Any, fmt: ox.RdfFormat, *, drop_new_on_failure: bool) -> None:
        """Run ``load`` into the graph so readers never see it half-replaced.

        A new graph is loaded in place. An existing one is loaded beside it and swapped in
        with MOVE, one more transaction, so a parse error leaves the old graph untouched.
        """
        target = ox.NamedNode(graph)
        exists = self._store.contains_named_graph(target)
        into = ox.NamedNode(_STAGING + uuid.uuid4().hex) if exists else target
        try:
            load(into)
        except SyntaxError as err:
            self._drop_quietly(into, exists or drop_new_on_failure)
            raise ParseError(f"invalid {fmt.name} data: {err}") from None
        except (OSError, ValueError) as err:
            self._drop_quietly(into, exists or drop_new_on_failure)
            raise StoreError(f"could not write graph {graph}: {err}") from None
        if exists:
            try:
                self._store.update(f"MOVE SILENT GRAPH <{into.value}> TO GRAPH <{graph}>")
            finally:
                self._drop_quietly(into, True)
        elif not self._store.contains_named_graph(target):
            self._store.add_graph(target)  # an empty document still gets its graph

    def _drop_quietly(self, graph: ox.NamedNode, drop: bool) -> None:
        if drop:
            try:
                self._store.remove_graph(graph)
            except (OSError, ValueError, RuntimeError):
                pass

    def remove_graph(self, graph: str) -> bool:
        node = ox.NamedNode(graph)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        return True

    # ---- inspecting ----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode) and not g.value.startswith(_STAGING))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def dump(self, media_type: str = RDF_FORMATS["nquads"]) -> bytes:
        fmt = oxigraph_format(media_type)
        if fmt.supports_datasets:
            return self._store.dump(format=fmt)
        # Triple formats get the union of the named graphs.
        result = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return result.serialize(format=fmt)

    def close(self) -> None:
        if self.path is not None:
            try:
                self._store.flush()
            except (OSError, RuntimeError):
                pass
        del self._store

    def describe(self) -> str:
        return f"embedded Oxigraph store at {self.path}" if self.path else "in-memory Oxigraph store"
