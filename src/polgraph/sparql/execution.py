"""Evaluating a SPARQL query with a row cap, in a process that may be killed at its deadline.

:class:`QueryRequest` and :func:`evaluate` are what a query worker runs (the server keeps a
pool of them: :mod:`polgraph.sparql.workers`). :func:`run_query` does the same in a child
forked for that one query, for callers without a pool.

pyoxigraph cannot interrupt a query, so the query is evaluated in a forked child process.
The child holds a copy-on-write snapshot of the in-memory store as it was at the fork, runs
the query, serialises at most ``max_rows`` results and writes them to a pipe. The parent
waits on the pipe with a deadline; past it the child is killed with SIGKILL, so its CPU use
really ends, and :class:`~polgraph.errors.QueryTimeout` is raised. Other queries, each in
its own child, are not affected.

The child also arms its own alarm a little after the deadline and caps its extra memory, so
it cannot outlive a parent that died or exhaust the machine with a huge intermediate result.

Only call :func:`run_query` with a store that no other thread of this process is writing
while it forks: pass the lock that the writers hold as ``fork_lock``.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.update("INSERT DATA { <http://a> <http://b> 1, 2, 3 }")
>>> out = run_query(store, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", max_rows=2, timeout=10)
>>> out.form, out.truncated, out.media_type
('select', True, 'application/sparql-results+json')
>>> import json; [b["o"]["value"] for b in json.loads(out.body)["results"]["bindings"]]
['1', '2']
"""
from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox

from polgraph.errors import QueryError, QueryTimeout
from polgraph.sparql.dataset import Dataset

__all__ = ["QueryOutcome", "QueryRequest", "evaluate", "outcome", "too_large_message", "run_query", "reap_child",
           "run_in_child", "limit_memory", "RESULT_JSON", "MAX_RESULT_BYTES"]

RESULT_JSON = "application/sparql-results+json"
#: A result larger than this is refused even under the row cap (long literals).
MAX_RESULT_BYTES = 256 * 1024 * 1024
#: Address space a query may add to what the process already maps.
QUERY_MEMORY_BYTES = 2 * 1024 * 1024 * 1024

_EXIT_OK, _EXIT_CRASH = 0, 70


@dataclass(frozen=True)
class QueryOutcome:
    """A serialised query result."""

    body: bytes
    media_type: str
    #: "select", "ask" or "graph" (CONSTRUCT and DESCRIBE)
    form: str
    #: whether rows (or triples) beyond ``max_rows`` were left out
    truncated: bool = False


def _term_json(term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 JSON results format (RDF-star triples included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise QueryError(f"cannot serialise term {term!r}")


def _select_body(result: ox.QuerySolutions, media_type: str, max_rows: int) -> tuple[bytes, str, bool]:
    names = [v.value for v in result.variables]
    rows = list(islice(result, max_rows + 1))
    truncated = len(rows) > max_rows
    bindings = []
    for solution in rows[:max_rows]:
        binding = {}
        for name in names:
            term = solution[name]
            if term is not None:
                binding[name] = _term_json(term)
        bindings.append(binding)
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")
    fmt = ox.QueryResultsFormat.from_media_type(media_type) or ox.QueryResultsFormat.JSON
    if fmt == ox.QueryResultsFormat.JSON:
        return data, fmt.media_type, truncated
    # Re-read the capped rows with Oxigraph so every results format comes from its writers.
    capped = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return capped.serialize(format=fmt), fmt.media_type, truncated


@dataclass(frozen=True)
class QueryRequest:
    """One query to evaluate and how to serialise its answer, in plain values that travel
    to a worker process as JSON.

    >>> req = QueryRequest("ASK {}", max_rows=10, union_default_graph=True)
    >>> QueryRequest.from_json(req.to_json()) == req
    True
    """

    query: str
    max_rows: int
    #: media types wanted for SELECT/ASK results and for CONSTRUCT/DESCRIBE graphs
    result_type: str = RESULT_JSON
    rdf_type: str = "text/turtle"
    #: a protocol dataset (it overrides the query's own FROM clauses); None: not given
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] = ()
    union_default_graph: bool = False
    base_iri: str | None = None

    @classmethod
    def build(cls, query: str, *, max_rows: int, result_type: str = RESULT_JSON,
              rdf_type: str = "text/turtle", dataset: Dataset | None = None,
              union_default_graph: bool = False, base_iri: str | None = None) -> "QueryRequest":
        """A request from the protocol's parts, with the dataset's graph IRIs checked.

        Raises
        ------
        QueryError
            A dataset parameter is not an IRI.
        """
        default_graphs, named_graphs = None, ()
        if dataset is not None and dataset.given:
            for graph in dataset.default_graphs + dataset.named_graphs:
                try:
                    ox.NamedNode(graph)
                except ValueError as err:
                    raise QueryError(f"invalid graph IRI in a dataset parameter: {err}") from None
            default_graphs, named_graphs = tuple(dataset.default_graphs), tuple(dataset.named_graphs)
            union_default_graph = False
        return cls(query, max_rows, result_type, rdf_type, default_graphs, named_graphs,
                   union_default_graph, base_iri)

    def to_json(self) -> dict[str, Any]:
        """The request as a JSON object."""
        return {"query": self.query, "max_rows": self.max_rows, "result_type": self.result_type,
                "rdf_type": self.rdf_type, "default_graphs": self.default_graphs,
                "named_graphs": list(self.named_graphs), "union": self.union_default_graph,
                "base_iri": self.base_iri}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "QueryRequest":
        """The request written by :meth:`to_json`."""
        default = data.get("default_graphs")
        return cls(data["query"], int(data["max_rows"]), data["result_type"], data["rdf_type"],
                   tuple(default) if default is not None else None, tuple(data.get("named_graphs", ())),
                   bool(data.get("union")), data.get("base_iri"))

    def _options(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if self.base_iri:
            kwargs["base_iri"] = self.base_iri
        if self.default_graphs is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in self.default_graphs]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in self.named_graphs]
        elif self.union_default_graph:
            kwargs["use_default_graph_as_union"] = True
        return kwargs


def evaluate(store: ox.Store, request: QueryRequest) -> tuple[dict[str, Any], bytes]:
    """Run and serialise one query in this process: a header (form, media type, truncation,
    or an error message) and the body. Meant for a process that may be killed.

    >>> import pyoxigraph as ox
    >>> evaluate(ox.Store(), QueryRequest("ASK {}", max_rows=1))
    ({'form': 'ask', 'media_type': 'application/sparql-results+json', 'truncated': False}, b'{"head":{},"boolean":true}')
    >>> evaluate(ox.Store(), QueryRequest("SELECT", max_rows=1))[0]["error"].startswith("invalid SPARQL query")
    True
    """
    max_rows, result_type, rdf_type = request.max_rows, request.result_type, request.rdf_type
    try:
        result = store.query(request.query, **request._options())
        if isinstance(result, ox.QuerySolutions):
            body, media_type, truncated = _select_body(result, result_type, max_rows)
            header = {"form": "select", "media_type": media_type, "truncated": truncated}
        elif isinstance(result, ox.QueryBoolean):
            fmt = ox.QueryResultsFormat.from_media_type(result_type) or ox.QueryResultsFormat.JSON
            if fmt not in (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML):
                fmt = ox.QueryResultsFormat.JSON  # CSV and TSV have no boolean form
            header, body = {"form": "ask", "media_type": fmt.media_type, "truncated": False}, result.serialize(format=fmt)
        else:
            fmt = ox.RdfFormat.from_media_type(rdf_type) or ox.RdfFormat.N_TRIPLES
            if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
                fmt = ox.RdfFormat.N_TRIPLES  # a query's graph has no graph names to write
            triples = list(islice(result, max_rows + 1))
            body = ox.serialize(triples[:max_rows], format=fmt) or b""
            header = {"form": "graph", "media_type": fmt.media_type, "truncated": len(triples) > max_rows}
    except SyntaxError as err:
        return {"error": f"invalid SPARQL query: {err}"}, b""
    except (OSError, ValueError, RuntimeError, TypeError) as err:
        return {"error": f"query failed: {err}"}, b""
    if len(body) > MAX_RESULT_BYTES:
        return {"error": too_large_message(MAX_RESULT_BYTES)}, b""
    return header, body


def outcome(header: dict[str, Any], body: bytes) -> QueryOutcome:
    """The :class:`QueryOutcome` of an evaluated query, or its error raised.

    Raises
    ------
    QueryError
        The evaluation reported an error.
    """
    if "error" in header:
        raise QueryError(header["error"])
    return QueryOutcome(body, header["media_type"], header["form"], bool(header["truncated"]))


def too_large_message(limit: int) -> str:
    """What a client is told about a result over ``limit`` bytes."""
    return f"the result is larger than {limit} bytes; add a LIMIT or select less"


def _child(write_fd: int, run: Any, timeout: float) -> None:
    """Body of the forked child: never returns."""
    code = _EXIT_CRASH
    try:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the alarm kills, whatever the parent set
        signal.setitimer(signal.ITIMER_REAL, timeout + 2.0)
        limit_memory()
        header, body = run()
        payload = json.dumps(header).encode("utf-8") + b"\n" + body
        view = memoryview(payload)
        while view:
            written = os.write(write_fd, view)
            view = view[written:]
        code = _EXIT_OK
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        pass
    finally:
        os._exit(code)


def limit_memory() -> None:
    """Cap the address space this process may add, so one query cannot exhaust the machine."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            mapped = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + QUERY_MEMORY_BYTES
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError):
        pass  # not Linux: rely on the timeout alone


def reap_child(pid: int, *, kill: bool = True) -> None:
    """Wait for a forked child to end, SIGKILLing it first when ``kill``; gone is fine."""
    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def run_in_child(run: Any, *, timeout: float, fork_lock: threading.Lock | None = None,
                 max_bytes: int = MAX_RESULT_BYTES) -> tuple[dict[str, Any], bytes]:
    """Call ``run()`` in a forked child and return its ``(header, body)``, killing the child
    when ``timeout`` seconds pass first."""
    read_fd, write_fd = os.pipe()
    try:
        with fork_lock or nullcontext():
            pid = os.fork()
    except OSError as err:
        os.close(read_fd)
        os.close(write_fd)
        raise QueryTimeout(f"the server cannot start a query process now ({err.strerror}); retry later") from None
    if pid == 0:
        os.close(read_fd)
        _child(write_fd, run, timeout)
    os.close(write_fd)
    deadline = time.monotonic() + timeout
    chunks, size, finished = [], 0, False
    selector = selectors.DefaultSelector()
    try:
        selector.register(read_fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                break
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                break
    finally:
        selector.close()
        os.close(read_fd)
        reap_child(pid, kill=not finished)
    if not finished:
        if size > max_bytes:
            raise QueryError(too_large_message(max_bytes))
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; "
                           "add a LIMIT or make it more selective")
    data = b"".join(chunks)
    head, sep, body = data.partition(b"\n")
    if not sep:
        raise QueryError("the query process died before answering (it may have needed too much memory)")
    return json.loads(head), body


def run_query(store: ox.Store, query: str, *, timeout: float, max_rows: int,
              result_type: str = RESULT_JSON, rdf_type: str = "text/turtle",
              dataset: Dataset | None = None, union_default_graph: bool = False,
              base_iri: str | None = None, fork_lock: threading.Lock | None = None) -> QueryOutcome:
    """Run a SPARQL query on ``store`` in a child process, with a timeout and a row cap.

    Parameters
    ----------
    result_type, rdf_type:
        Media types wanted for SELECT/ASK results and for CONSTRUCT/DESCRIBE graphs.
    dataset:
        Protocol dataset; it overrides the query's own FROM clauses.
    union_default_graph:
        Let the default graph be the union of all graphs (when no dataset is named).

    Raises
    ------
    QueryError
        Syntax or evaluation error, or a result too large.
    QueryTimeout
        The query ran past ``timeout`` seconds and was killed.
    """
    request = QueryRequest.build(query, max_rows=max_rows, result_type=result_type, rdf_type=rdf_type,
                                 dataset=dataset, union_default_graph=union_default_graph, base_iri=base_iri)
    header, body = run_in_child(lambda: evaluate(store, request), timeout=timeout, fork_lock=fork_lock)
    return outcome(header, body)
