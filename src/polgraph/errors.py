"""The one exception hierarchy of polgraph.

The CLI turns a :class:`PolgraphError` into one message on stderr and a non-zero exit; the
HTTP API turns it into a 4xx response. Anything else escaping is a bug.

>>> try:
...     raise InputError("no such file: x.txt")
... except PolgraphError as err:
...     print(err.exit_code, err)
2 no such file: x.txt
"""
from __future__ import annotations

__all__ = [
    "PolgraphError",
    "InputError",
    "ParseError",
    "QueryError",
    "StoreError",
    "StoreUnavailable",
    "NotFound",
    "Forbidden",
    "QueryTimeout",
]


class PolgraphError(Exception):
    """Base class of every error polgraph reports to a user."""

    exit_code = 1
    http_status = 400


class InputError(PolgraphError):
    """A file, option or value given by the user cannot be used."""

    exit_code = 2


class ParseError(InputError):
    """An RDF document, article or data file could not be parsed."""


class QueryError(PolgraphError):
    """A SPARQL query or update is malformed or not allowed."""

    exit_code = 3


class QueryTimeout(QueryError):
    """A query ran longer than it was allowed to."""

    http_status = 503


class StoreError(PolgraphError):
    """The store refused or failed an operation; nothing was changed."""

    exit_code = 4
    http_status = 409


class StoreUnavailable(StoreError):
    """The store cannot be opened or reached (locked directory, endpoint down)."""

    http_status = 503


class NotFound(PolgraphError):
    """A named document, actor, event or graph does not exist."""

    exit_code = 5
    http_status = 404


class Forbidden(PolgraphError):
    """The operation needs a credential that was not given."""

    exit_code = 6
    http_status = 403
