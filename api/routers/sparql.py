"""The SPARQL 1.1 Protocol endpoint at /sparql: queries, updates and a service description."""
from __future__ import annotations

import urllib.parse
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from starlette.concurrency import run_in_threadpool

from api.dependencies import SettingsDep, StoreDep, check_write_access
from api.errors import ERROR_RESPONSES
from api.negotiation import choose_media_type
from api.settings import Settings
from polgraph.errors import InputError, QueryError
from polgraph.sparql import Dataset, ServingStore, apply_using, check_query, check_update
from polgraph.store import RDF_FORMATS, RESULT_FORMATS

__all__ = ["router", "TRUNCATED_HEADER"]

router = APIRouter(tags=["SPARQL"], responses={**ERROR_RESPONSES, 406: {"description": "No acceptable media type"},
                                                415: {"description": "Unsupported request media type"}})

#: Set on a response whose rows were capped at ``POLGRAPH_MAX_ROWS``; its value is the cap.
TRUNCATED_HEADER = "X-Polgraph-Truncated"

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_FORMATS = Namespace("http://www.w3.org/ns/formats/")

_RESULT_OFFERS = {
    RESULT_FORMATS["json"]: RESULT_FORMATS["json"], RESULT_FORMATS["xml"]: RESULT_FORMATS["xml"],
    RESULT_FORMATS["csv"]: RESULT_FORMATS["csv"], RESULT_FORMATS["tsv"]: RESULT_FORMATS["tsv"],
    "application/json": RESULT_FORMATS["json"], "application/xml": RESULT_FORMATS["xml"],
    "text/xml": RESULT_FORMATS["xml"],
}
_BOOLEAN_OFFERS = {k: v for k, v in _RESULT_OFFERS.items() if v in (RESULT_FORMATS["json"], RESULT_FORMATS["xml"])}
_GRAPH_OFFERS = {
    RDF_FORMATS["turtle"]: RDF_FORMATS["turtle"], RDF_FORMATS["ntriples"]: RDF_FORMATS["ntriples"],
    RDF_FORMATS["jsonld"]: RDF_FORMATS["jsonld"], RDF_FORMATS["rdfxml"]: RDF_FORMATS["rdfxml"],
    "application/x-turtle": RDF_FORMATS["turtle"], "text/plain": RDF_FORMATS["ntriples"],
    "application/json": RDF_FORMATS["jsonld"], "application/xml": RDF_FORMATS["rdfxml"],
    "text/xml": RDF_FORMATS["rdfxml"],
}
_RDFLIB_NAMES = {RDF_FORMATS["turtle"]: "turtle", RDF_FORMATS["ntriples"]: "nt",
                 RDF_FORMATS["jsonld"]: "json-ld", RDF_FORMATS["rdfxml"]: "xml"}

_QUERY_BODY = {
    "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
        "query": {"type": "string"}, "update": {"type": "string"},
        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
        "using-graph-uri": {"type": "array", "items": {"type": "string"}},
        "using-named-graph-uri": {"type": "array", "items": {"type": "string"}}}}},
    "application/sparql-query": {"schema": {"type": "string"}},
    "application/sparql-update": {"schema": {"type": "string"}},
}
_ANSWERS = {"description": "Query results, or an RDF graph for CONSTRUCT/DESCRIBE", "content": {
    t: {} for t in list(RESULT_FORMATS.values()) + [RDF_FORMATS[k] for k in ("turtle", "ntriples", "jsonld", "rdfxml")]}}


class _Params:
    """The protocol parameters of one request, from the URL and a form body together."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.pairs if k == name]

    def one(self, name: str) -> str | None:
        values = self.all(name)
        if len(values) > 1:
            raise InputError(f"give one '{name}' parameter, not {len(values)}")
        return values[0] if values else None


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"the {what} is not UTF-8 (byte {err.start})") from None


def _url_pairs(request: Request) -> list[tuple[str, str]]:
    raw = request.scope.get("query_string", b"")
    try:
        return urllib.parse.parse_qsl(_decode(raw, "query string"), keep_blank_values=True,
                                      encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise InputError("the query string is not percent-encoded UTF-8") from None


def _check_charset(params: list[str], media: str) -> None:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise InputError(f"{media} must be sent as UTF-8, not {value.strip()}")


def _service_description(request: Request, settings: Settings) -> Graph:
    g = Graph()
    g.bind("sd", SD)
    service, endpoint = BNode(), URIRef(str(request.url).split("?")[0])
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, endpoint))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if settings.update_token:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    g.add((service, SD.feature, SD.EmptyGraphs))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((service, SD.resultFormat, _FORMATS[fmt]))
    g.add((service, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal(f"polgraph SPARQL endpoint; queries stop after {settings.query_timeout:g} s and return at "
                   f"most {settings.max_rows} rows; SERVICE and LOAD are refused", lang="en")))
    return g


def _describe_service(request: Request, settings: Settings) -> Response:
    media = choose_media_type(request.headers.get("accept"), {**_GRAPH_OFFERS, "*/*": RDF_FORMATS["turtle"]})
    if media is None:
        return _not_acceptable(_GRAPH_OFFERS)
    body = _service_description(request, settings).serialize(format=_RDFLIB_NAMES[media], encoding="utf-8")
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def _not_acceptable(offers: dict[str, str]) -> Response:
    kinds = ", ".join(sorted(set(offers.values())))
    return Response(f"none of the media types in the Accept header can be served here; use one of: {kinds}\n",
                    status_code=406, media_type="text/plain")


def _run_query(request: Request, store: ServingStore, settings: Settings, query: str, params: _Params) -> Response:
    checked = check_query(query, has_graph=store.has_graph)
    accept = request.headers.get("accept")
    offers = {"select": _RESULT_OFFERS, "ask": _BOOLEAN_OFFERS}.get(checked.form, _GRAPH_OFFERS)
    media = choose_media_type(accept, offers)
    if media is None:
        return _not_acceptable(offers)
    dataset = Dataset(tuple(params.all("default-graph-uri")), tuple(params.all("named-graph-uri")))
    union = not dataset.given and not checked.default_graphs and not checked.named_graphs
    outcome = store.run(query, result_type=media, rdf_type=media, dataset=dataset, union_default_graph=union,
                        base_iri=str(request.url).split("?")[0], max_rows=settings.max_rows,
                        timeout=settings.query_timeout)
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers[TRUNCATED_HEADER] = str(settings.max_rows)
    return Response(outcome.body, media_type=outcome.media_type, headers=headers)


def _run_update(request: Request, store: ServingStore, settings: Settings, update: str, params: _Params) -> Response:
    check_write_access(request, settings)
    checked = check_update(update, has_graph=store.has_graph)
    using, using_named = tuple(params.all("using-graph-uri")), tuple(params.all("using-named-graph-uri"))
    if using or using_named:
        if checked.names_dataset:
            raise QueryError("the update names its own dataset (USING or WITH); it cannot also be given "
                             "using-graph-uri or using-named-graph-uri")
        if checked.delete_where:
            raise QueryError("DELETE WHERE takes no dataset; write DELETE { … } WHERE { … } to use "
                             "using-graph-uri or using-named-graph-uri")
        update = apply_using(update, using, using_named)
    store.update(update, base_iri=str(request.url).split("?")[0])
    return Response(status_code=204)


def _dispatch(request: Request, store: ServingStore, settings: Settings, params: _Params,
              query: str | None, update: str | None) -> Response:
    if query is not None and update is not None:
        raise InputError("give either a query or an update, not both")
    if query is not None:
        return _run_query(request, store, settings, query, params)
    if update is not None:
        return _run_update(request, store, settings, update, params)
    raise InputError("missing the 'query' or 'update' parameter")


@router.get("/sparql", summary="SPARQL query by GET, or the service description without a query",
            responses={200: _ANSWERS})
def sparql_get(request: Request, store: StoreDep, settings: SettingsDep,
               query: Annotated[str | None, Query(description="a SPARQL 1.1 query")] = None,
               default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],
               named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = []) -> Response:
    """Answer a query given in the URL, or describe the service when there is none."""
    params = _Params(_url_pairs(request))
    if params.all("update"):
        raise InputError("updates must be sent by POST")
    text = params.one("query")
    if text is None:
        return _describe_service(request, settings)
    return _dispatch(request, store, settings, params, text, None)


@router.post("/sparql", summary="SPARQL query or update by POST (form or direct)",
             responses={200: _ANSWERS, 204: {"description": "Update done"}},
             openapi_extra={"requestBody": {"required": True, "content": _QUERY_BODY}})
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Answer a query or run an update sent in the body (form-encoded or direct)."""
    url_pairs = _url_pairs(request)
    body = await request.body()
    media, *ct_params = [p.strip() for p in request.headers.get("content-type", "").split(";")]
    media = media.lower()
    if media == "application/x-www-form-urlencoded":
        try:
            form = urllib.parse.parse_qsl(_decode(body, "form body"), keep_blank_values=True,
                                          encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise InputError("the form body is not percent-encoded UTF-8") from None
        params = _Params(url_pairs + form)
        if params.all("query") and params.all("update"):
            raise InputError("give either a query or an update, not both")
        args = (params.one("query"), params.one("update"))
    elif media in ("application/sparql-query", "application/sparql-update"):
        _check_charset(ct_params, media)
        params = _Params(url_pairs)
        if params.all("query") or params.all("update"):
            raise InputError(f"a {media} body cannot be combined with a query or update in the URL")
        text = _decode(body, "request body")
        args = (text, None) if media == "application/sparql-query" else (None, text)
    else:
        what = f"'{media}'" if media else "no Content-Type"
        return Response(f"cannot read a SPARQL request sent as {what}; use application/sparql-query, "
                        "application/sparql-update or application/x-www-form-urlencoded\n",
                        status_code=415, media_type="text/plain")
    return await run_in_threadpool(_dispatch, request, store, settings, params, *args)
