"""Stores: one interface (:class:`Store`), three backends, chosen by a spec string.

>>> store = open_store("memory")
>>> store.kind
'memory'
"""
from __future__ import annotations

import os

from polgraph.errors import InputError
from polgraph.store.base import RDF_FORMATS, RESULT_FORMATS, QueryResult, Store, rdf_format_of
from polgraph.store.oxigraph import OxigraphStore
from polgraph.store.remote import RemoteStore

__all__ = [
    "Store", "QueryResult", "OxigraphStore", "RemoteStore", "open_store", "default_store_spec",
    "RDF_FORMATS", "RESULT_FORMATS", "rdf_format_of",
]

DEFAULT_STORE = "var/store"


def default_store_spec() -> str:
    """The store spec from ``POLGRAPH_STORE``, else the embedded store in ``var/store``."""
    return os.environ.get("POLGRAPH_STORE") or DEFAULT_STORE


def open_store(spec: str | None = None, *, token: str | None = None) -> Store:
    """Open a store from a spec: ``memory``, an http(s) URL of a SPARQL endpoint, or a
    directory path for the embedded Oxigraph store (``oxigraph:PATH`` says the same).

    >>> open_store("memory").describe()
    'in-memory Oxigraph store'
    >>> open_store("oxigraph:memory").describe()
    'in-memory Oxigraph store'
    """
    spec = spec if spec is not None else default_store_spec()
    if spec.startswith("oxigraph:") and not spec.startswith("oxigraph://"):
        spec = spec[len("oxigraph:"):]  # an explicit backend prefix, not a folder named "oxigraph:"
    if not spec.strip():
        raise InputError("empty store spec: give a directory, 'memory' or an http(s) URL")
    if "://" in spec and not spec.startswith(("http://", "https://")):
        raise InputError(f"unsupported store URL {spec!r}: only http(s) SPARQL endpoints are supported")
    if spec == "memory":
        return OxigraphStore()
    if spec.startswith(("http://", "https://")):
        return RemoteStore(spec, token=token or os.environ.get("POLGRAPH_REMOTE_TOKEN"))
    return OxigraphStore(spec)
