"""A remote SPARQL 1.1 Query/Update endpoint as a store (Oxigraph server, Virtuoso,
GraphDB, Neptune, QLever ...): the scale-out path when one machine is not enough.

Writes go through SPARQL Update only, so any conformant endpoint works. A graph is
replaced by loading it into a staging graph in batches and swapping it in with one
``MOVE``, so readers never see half a graph.
"""
from __future__ import annotations

import uuid
from typing import Any

import httpx
import pyoxigraph as ox
import rdflib

from polgraph.errors import ParseError, QueryError, StoreError, StoreUnavailable
from polgraph.store.base import RDF_FORMATS, RESULT_FORMATS, QueryResult, Store, rows_from_bindings

__all__ = ["RemoteStore"]

_STAGING = "https://polgraph.org/graph/staging/"
_SKOLEM = "https://polgraph.org/.well-known/genid/"


class RemoteStore(Store):
    """Store on a SPARQL endpoint.

    Parameters
    ----------
    query_url:
        The endpoint's query URL.
    update_url:
        Its update URL; defaults to ``query_url`` (Oxigraph serves updates at ``/update``
        and is detected from a ``/query`` URL).
    token:
        Sent as ``Authorization: Bearer`` when given.
    batch_triples:
        Triples per ``INSERT DATA`` request when loading.
    """

    kind = "remote"

    def __init__(self, query_url: str, update_url: str | None = None, *, token: str | None = None,
                 timeout: float = 60.0, batch_triples: int = 200_000, store_url: str | None = None) -> None:
        self.query_url = query_url
        oxigraph_style = query_url.endswith("/query")
        if update_url is None:
            update_url = query_url[: -len("/query")] + "/update" if oxigraph_style else query_url
        self.update_url = update_url
        # Graph Store Protocol endpoint, used for bulk uploads when the server offers one.
        if store_url is None and oxigraph_style:
            store_url = query_url[: -len("/query")] + "/store"
        self.store_url = store_url
        self.batch_triples = batch_triples
        headers = {"User-Agent": "polgraph"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(timeout=timeout, headers=headers, follow_redirects=True)

    # ---- transport -----------------------------------------------------------------------
    def _post(self, url: str, field: str, text: str, accept: str | None = None, *,
              direct: str | None = None) -> httpx.Response:
        """POST a query or update, form-encoded as ``field=text``, or, when ``direct`` names
        a media type, as the raw body of that type (the protocol's "via POST directly")."""
        headers = {"Accept": accept} if accept else {}
        try:
            if direct is None:
                response = self._client.post(url, data={field: text}, headers=headers)
            else:
                headers["Content-Type"] = f"{direct}; charset=utf-8"
                response = self._client.post(url, content=text.encode("utf-8"), headers=headers)
        except httpx.HTTPError as err:
            raise StoreUnavailable(f"SPARQL endpoint {url} is unreachable: {err}") from None
        if response.status_code >= 400:
            message = response.text.strip()[:500] or response.reason_phrase
            if response.status_code in (400, 422):
                raise QueryError(f"the endpoint rejected the {field}: {message}")
            raise StoreError(f"the endpoint answered {response.status_code}: {message}")
        return response

    # ---- reading -------------------------------------------------------------------------
    def select(self, query: str) -> list[dict[str, Any]]:
        response = self._post(self.query_url, "query", query, RESULT_FORMATS["json"])
        try:
            data = response.json()
        except ValueError:
            raise QueryError("the endpoint did not return SPARQL JSON results") from None
        if "results" not in data:
            raise QueryError("not a SELECT query")
        return rows_from_bindings(data["results"]["bindings"])

    def ask(self, query: str) -> bool:
        response = self._post(self.query_url, "query", query, RESULT_FORMATS["json"])
        try:
            return bool(response.json()["boolean"])
        except (ValueError, KeyError):
            raise QueryError("not an ASK query") from None

    def query(self, query: str, media_type: str) -> QueryResult:
        response = self._post(self.query_url, "query", query, media_type)
        return QueryResult(response.content, response.headers.get("content-type", media_type).split(";")[0])

    # ---- writing -------------------------------------------------------------------------
    def update(self, update: str) -> None:
        # Sent as the raw body rather than form-encoded: large INSERT DATA batches then
        # skip percent-encoding on both sides.
        self._post(self.update_url, "update", update, direct="application/sparql-update")

    def replace_graph(self, graph: str, data: bytes | str, media_type: str = RDF_FORMATS["ntriples"]) -> None:
        lines = _as_ntriples(data, media_type)
        staging = _STAGING + uuid.uuid4().hex
        try:
            for i in range(0, len(lines), self.batch_triples):
                body = "\n".join(lines[i:i + self.batch_triples])
                if not self._upload(staging, body):
                    self.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{body}\n}} }}")
            if lines:
                self.update(f"MOVE SILENT GRAPH <{staging}> TO GRAPH <{graph}>")
            else:
                self.update(f"DROP SILENT GRAPH <{graph}> ; CREATE SILENT GRAPH <{graph}>")
        except Exception:
            try:
                self.update(f"DROP SILENT GRAPH <{staging}>")
            except StoreError:
                pass
            raise

    def _upload(self, graph: str, ntriples_body: str) -> bool:
        """POST N-Triples to the Graph Store Protocol endpoint; False when there is none."""
        if not self.store_url:
            return False
        try:
            response = self._client.post(self.store_url, params={"graph": graph},
                                         content=ntriples_body.encode("utf-8"),
                                         headers={"Content-Type": "application/n-triples"})
        except httpx.HTTPError as err:
            raise StoreUnavailable(f"SPARQL endpoint {self.store_url} is unreachable: {err}") from None
        if response.status_code in (404, 405, 415, 501):
            self.store_url = None  # no Graph Store Protocol here: SPARQL Update from now on
            return False
        if response.status_code >= 400:
            raise StoreError(f"the endpoint answered {response.status_code}: {response.text.strip()[:300]}")
        return True

    def remove_graph(self, graph: str) -> bool:
        existed = self.has_graph(graph)
        self.update(f"DROP SILENT GRAPH <{graph}>")
        return existed

    # ---- inspecting ----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows if not r["g"].startswith(_STAGING))

    def dump(self, media_type: str = RDF_FORMATS["nquads"]) -> bytes:
        graph = rdflib.Dataset()
        nt = self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", RDF_FORMATS["ntriples"])
        if media_type in (RDF_FORMATS["nquads"], RDF_FORMATS["trig"]):
            for g in self.graphs():
                part = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}",
                                  RDF_FORMATS["ntriples"])
                graph.graph(rdflib.URIRef(g)).parse(data=part.body, format="nt")
            fmt = "nquads" if media_type == RDF_FORMATS["nquads"] else "trig"
            return graph.serialize(format=fmt, encoding="utf-8")
        g = rdflib.Graph().parse(data=nt.body, format="nt")
        return g.serialize(format=_RDFLIB_FORMATS.get(media_type, "turtle"), encoding="utf-8")

    def close(self) -> None:
        self._client.close()

    def describe(self) -> str:
        return f"remote SPARQL endpoint {self.query_url}"


_RDFLIB_FORMATS = {
    RDF_FORMATS["turtle"]: "turtle", RDF_FORMATS["ntriples"]: "nt", RDF_FORMATS["jsonld"]: "json-ld",
    RDF_FORMATS["rdfxml"]: "xml", RDF_FORMATS["trig"]: "trig", RDF_FORMATS["nquads"]: "nquads",
}


def _as_ntriples(data: bytes | str, media_type: str) -> list[str]:
    """Parse data locally with Oxigraph's parser (so bad input fails before the endpoint
    is touched) and return N-Triples lines with blank nodes skolemised, so batches cannot
    split a blank node."""
    fmt = ox.RdfFormat.from_media_type(media_type.split(";")[0].strip())
    if fmt is None:
        raise ParseError(f"unsupported RDF media type: {media_type}")

    def skolem(term):
        return ox.NamedNode(_SKOLEM + term.value) if isinstance(term, ox.BlankNode) else term

    try:
        triples = [ox.Triple(skolem(t.subject), t.predicate, skolem(t.object))
                   for t in ox.parse(data, format=fmt)]
    except SyntaxError as err:
        raise ParseError(f"invalid {fmt.name} data: {err}") from None
    return [f"{t} ." for t in triples]
