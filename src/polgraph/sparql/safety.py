"""What a public SPARQL endpoint refuses: anything that would reach the network or name data
that is not in the store.

Queries and updates are parsed with rdflib's SPARQL grammar and the parse tree is walked;
no keyword is searched for in the text, so ``SERVICE`` inside a string literal or an IRI is
harmless and ``sErViCe`` in any spelling is caught.

- ``SERVICE`` (federated query) and ``LOAD`` are always refused: both make the engine fetch
  a URL.
- ``FROM``, ``FROM NAMED`` and ``USING`` / ``USING NAMED`` must name graphs the store holds,
  so no engine is ever tempted to dereference them.

>>> check_query("SELECT * WHERE { ?s ?p ?o }", has_graph=lambda g: False).form
'select'
>>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
...             has_graph=lambda g: False)
Traceback (most recent call last):
...
polgraph.errors.QueryError: SERVICE is not allowed on this endpoint: it would fetch http://example.org/sparql
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from collections import OrderedDict
from typing import Any

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql import parser as _parser
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from polgraph.errors import QueryError

__all__ = ["Checked", "check_query", "check_update"]

_QUERY_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
                "DescribeQuery": "describe"}
_FETCHING = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
# rdflib's pyparsing grammar keeps state while it parses and is not safe to enter from two
# threads at once (interleaved parses fail with spurious syntax errors).
_PARSING = threading.Lock()
#: Longest query text whose analysis is remembered.
_CACHED_TEXT = 8192


@dataclass(frozen=True)
class Checked:
    """What the safety check learnt about an operation, for the code that runs it."""

    #: "select", "ask", "construct", "describe" or "update"
    form: str
    #: IRIs of FROM (queries) or USING (updates) clauses
    default_graphs: tuple[str, ...] = ()
    #: IRIs of FROM NAMED or USING NAMED clauses
    named_graphs: tuple[str, ...] = ()
    #: whether an update has a USING, USING NAMED or WITH clause anywhere
    names_dataset: bool = False
    #: whether an update uses the ``DELETE WHERE { … }`` shorthand, which takes no USING
    delete_where: bool = False


def _walk(node: Any) -> Iterator[CompValue]:
    """Every CompValue in a parse tree, depth first."""
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (ParseResults, list, tuple)):
        for item in node:
            yield from _walk(item)


def _field(node: CompValue, key: str) -> Any:
    """A field of a parse node, or None (``CompValue.get`` returns the key when missing)."""
    return OrderedDict.get(node, key)


def _iri(prologue: Any, value: Any) -> str:
    """An IRI of the parse tree (full, prefixed or relative) as an absolute string."""
    try:
        resolved = prologue.absolutize(value)
    except Exception as err:  # an undeclared prefix surfaces here as several exception types
        raise QueryError(f"invalid SPARQL: {err}") from None
    return str(resolved)


def _refuse_fetching(tree: Any) -> None:
    for node in _walk(tree):
        keyword = _FETCHING.get(node.name)
        if keyword:
            target = _field(node, "term" if keyword == "SERVICE" else "iri")
            where = f": it would fetch {target}" if isinstance(target, URIRef) else ""
            raise QueryError(f"{keyword} is not allowed on this endpoint{where}")


def _require_stored(graphs: tuple[str, ...], clause: str, has_graph: Callable[[str], bool]) -> None:
    missing = [g for g in graphs if not has_graph(g)]
    if missing:
        raise QueryError(f"{clause} names a graph that is not in the store: {', '.join(missing)} "
                         "(this endpoint never fetches data from elsewhere)")


def _syntax_error(kind: str, err: Exception) -> QueryError:
    message = str(err).splitlines()[0] if str(err) else type(err).__name__
    return QueryError(f"invalid SPARQL {kind}: {message}")


def check_query(text: str, *, has_graph: Callable[[str], bool]) -> Checked:
    """Parse a query and refuse it unless it is safe to run on a public endpoint.

    Parameters
    ----------
    text:
        The query.
    has_graph:
        Whether the store holds a named graph; ``FROM`` and ``FROM NAMED`` must name one.

    Raises
    ------
    QueryError
        On a syntax error, ``SERVICE``, or a ``FROM`` graph that is not in the store.

    >>> c = check_query("PREFIX g: <http://example.org/> ASK FROM g:a { ?s ?p ?o }",
    ...                 has_graph=lambda g: g == "http://example.org/a")
    >>> c.form, c.default_graphs
    ('ask', ('http://example.org/a',))
    """
    if len(text) <= _CACHED_TEXT:
        form, default, named = _analyse_query_cached(text)
    else:
        form, default, named = _analyse_query(text)
    _require_stored(default, "FROM", has_graph)
    _require_stored(named, "FROM NAMED", has_graph)
    return Checked(form, default, named)


def _analyse_query(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What a query's text alone says: its form and FROM / FROM NAMED IRIs; raises on
    syntax errors and on SERVICE."""
    try:
        with _PARSING:
            parsed = _parser.parseQuery(text)
    except (ParseException, ValueError, TypeError) as err:
        raise _syntax_error("query", err) from None
    prologue_tree, query = parsed[0], parsed[1]
    _refuse_fetching(query)
    try:
        prologue = translatePrologue(prologue_tree, None)
    except Exception as err:  # a bad BASE or PREFIX IRI
        raise _syntax_error("query", err) from None
    default, named = [], []
    for clause in _field(query, "datasetClause") or []:
        if _field(clause, "default") is not None:
            default.append(_iri(prologue, _field(clause, "default")))
        if _field(clause, "named") is not None:
            named.append(_iri(prologue, _field(clause, "named")))
    return _QUERY_FORMS.get(query.name, "select"), tuple(default), tuple(named)


# Parsing is the costliest step of a small query and the grammar admits one thread at a
# time, while clients repeat the same queries; the analysis depends on the text alone
# (whether the named graphs exist is checked on every call), so it is remembered for a
# bounded number of short texts. Refusals raise, and are not remembered.
_analyse_query_cached = functools.lru_cache(maxsize=512)(_analyse_query)


def check_update(text: str, *, has_graph: Callable[[str], bool]) -> Checked:
    """Parse an update request and refuse it unless it is safe to run.

    Raises
    ------
    QueryError
        On a syntax error, ``LOAD``, ``SERVICE`` in a ``WHERE`` clause, or a ``USING``
        graph that is not in the store.

    >>> check_update("LOAD <http://example.org/data.ttl>", has_graph=lambda g: True)
    Traceback (most recent call last):
    ...
    polgraph.errors.QueryError: LOAD is not allowed on this endpoint: it would fetch http://example.org/data.ttl
    >>> check_update("WITH <http://g> DELETE { ?s ?p 1 } WHERE { ?s ?p 1 }",
    ...              has_graph=lambda g: True).names_dataset
    True
    """
    try:
        with _PARSING:
            parsed = _parser.parseUpdate(text)
    except (ParseException, ValueError, TypeError) as err:
        raise _syntax_error("update", err) from None
    _refuse_fetching(parsed["request"] if "request" in parsed else [])
    default, named = [], []
    names_dataset = delete_where = False
    prologues = list(parsed.get("prologue") or [])
    for index, operation in enumerate(parsed.get("request") or []):
        # Prefixes declared before an operation stay in force for the ones after it.
        tree = ParseResults([decl for p in prologues[: index + 1] for decl in p])
        try:
            prologue = translatePrologue(tree, None)
        except Exception as err:
            raise _syntax_error("update", err) from None
        if operation.name == "DeleteWhere":
            delete_where = True
        if operation.name == "Modify":
            if _field(operation, "withClause") is not None:
                names_dataset = True
            for clause in _field(operation, "using") or []:
                names_dataset = True
                if _field(clause, "default") is not None:
                    default.append(_iri(prologue, _field(clause, "default")))
                if _field(clause, "named") is not None:
                    named.append(_iri(prologue, _field(clause, "named")))
    _require_stored(tuple(default), "USING", has_graph)
    _require_stored(tuple(named), "USING NAMED", has_graph)
    return Checked("update", tuple(default), tuple(named), names_dataset, delete_where)
