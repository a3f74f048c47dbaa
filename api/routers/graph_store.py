"""The SPARQL 1.1 Graph Store HTTP Protocol at /store (indirect graph identification)."""
from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.dependencies import SettingsDep, StoreDep, check_write_access
from api.errors import ERROR_RESPONSES
from api.negotiation import choose_media_type
from api.routers.sparql import TRUNCATED_HEADER
from api.settings import Settings
from polgraph.errors import InputError, NotFound
from polgraph.sparql import ServingStore
from polgraph.store import RDF_FORMATS

__all__ = ["router"]

router = APIRouter(prefix="/store", tags=["Graph Store"], responses=ERROR_RESPONSES)

_GRAPH_OFFERS = {
    RDF_FORMATS["turtle"]: RDF_FORMATS["turtle"], RDF_FORMATS["ntriples"]: RDF_FORMATS["ntriples"],
    RDF_FORMATS["jsonld"]: RDF_FORMATS["jsonld"], RDF_FORMATS["rdfxml"]: RDF_FORMATS["rdfxml"],
    "text/plain": RDF_FORMATS["ntriples"], "application/json": RDF_FORMATS["jsonld"],
}
_WRITABLE = [RDF_FORMATS[k] for k in ("turtle", "ntriples", "jsonld", "rdfxml")]
_GRAPH_PARAM = Query(description="IRI of the named graph")
_DEFAULT_PARAM = Query(description="present (any value) to address the default graph")
_BODY = {"requestBody": {"required": True, "content": {t: {"schema": {"type": "string"}} for t in _WRITABLE}}}


def _target(graph: str | None, default: str | None) -> str | None:
    """The named graph addressed, or None for the default graph."""
    if (graph is None) == (default is None):
        raise InputError("give exactly one of ?graph=<IRI> or ?default")
    if graph is None:
        return None
    try:
        return ox.NamedNode(graph).value
    except ValueError:
        raise InputError(f"not an absolute IRI: {graph!r}") from None


def _read_only_default() -> Response:
    return Response("the default graph is the union of the named graphs here and cannot be written; "
                    "write to a named graph with ?graph=<IRI>\n", status_code=405,
                    media_type="text/plain", headers={"Allow": "GET, HEAD"})


def _get(request: Request, store: ServingStore, settings: Settings, graph: str | None) -> Response:
    media = choose_media_type(request.headers.get("accept"), _GRAPH_OFFERS)
    if media is None:
        return Response("acceptable types: " + ", ".join(_WRITABLE) + "\n", status_code=406, media_type="text/plain")
    if graph is not None and not store.has_graph(graph):
        raise NotFound(f"no graph <{graph}> in the store")
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    outcome = store.run(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", rdf_type=media,
                        union_default_graph=graph is None, max_rows=settings.max_rows,
                        timeout=settings.query_timeout)
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers[TRUNCATED_HEADER] = str(settings.max_rows)
    body = b"" if request.method == "HEAD" else outcome.body
    return Response(body, media_type=outcome.media_type, headers=headers)


@router.get("", summary="Read a named graph, or the default (union) graph")
@router.head("", include_in_schema=False)
def read_graph(request: Request, store: StoreDep, settings: SettingsDep,
               graph: Annotated[str | None, _GRAPH_PARAM] = None,
               default: Annotated[str | None, _DEFAULT_PARAM] = None) -> Response:
    """The triples of one graph, in the RDF format the client accepts."""
    return _get(request, store, settings, _target(graph, default))


def _unsupported(media: str) -> Response:
    return Response(f"cannot read RDF sent as '{media or 'no Content-Type'}'; use one of {', '.join(_WRITABLE)}\n",
                    status_code=415, media_type="text/plain")


async def _write(request: Request, store: ServingStore, settings: Settings, graph: str | None,
                 default: str | None, merge: bool) -> Response:
    check_write_access(request, settings)
    target = _target(graph, default)
    if target is None:
        return _read_only_default()
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in _WRITABLE:
        return _unsupported(media)
    body = await request.body()
    if merge:
        existed = await run_in_threadpool(store.merge_graph, target, body, media)
    else:
        existed = store.has_graph(target)
        await run_in_threadpool(store.replace_graph, target, body, media)
    return Response(status_code=204 if existed else 201)


@router.put("", summary="Replace a named graph", openapi_extra=_BODY,
            responses={201: {"description": "Created"}, 204: {"description": "Replaced"}, 415: {"description": "Unsupported RDF format"}})
async def replace_graph(request: Request, store: StoreDep, settings: SettingsDep,
                        graph: Annotated[str | None, _GRAPH_PARAM] = None,
                        default: Annotated[str | None, _DEFAULT_PARAM] = None) -> Response:
    """Make a named graph hold exactly the triples sent (needs the update token)."""
    return await _write(request, store, settings, graph, default, merge=False)


@router.post("", summary="Add triples to a named graph", openapi_extra=_BODY,
             responses={201: {"description": "Created"}, 204: {"description": "Merged"}, 415: {"description": "Unsupported RDF format"}})
async def merge_graph(request: Request, store: StoreDep, settings: SettingsDep,
                      graph: Annotated[str | None, _GRAPH_PARAM] = None,
                      default: Annotated[str | None, _DEFAULT_PARAM] = None) -> Response:
    """Add the triples sent to a named graph, creating it if needed (needs the update token)."""
    return await _write(request, store, settings, graph, default, merge=True)


@router.delete("", summary="Delete a named graph", status_code=204, responses={204: {"description": "Deleted"}})
def delete_graph(request: Request, store: StoreDep, settings: SettingsDep,
                 graph: Annotated[str | None, _GRAPH_PARAM] = None,
                 default: Annotated[str | None, _DEFAULT_PARAM] = None) -> Response:
    """Drop a named graph (needs the update token)."""
    check_write_access(request, settings)
    target = _target(graph, default)
    if target is None:
        return _read_only_default()
    if not store.remove_graph(target):
        raise NotFound(f"no graph <{target}> in the store")
    return Response(status_code=204)
