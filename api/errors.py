"""Turning polgraph's errors into HTTP responses, in one place."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from polgraph.errors import PolgraphError

__all__ = ["install_error_handlers", "error_body", "ERROR_RESPONSES"]


def error_body(err: PolgraphError) -> dict[str, str]:
    """The JSON body of an error response.

    >>> from polgraph.errors import NotFound
    >>> error_body(NotFound("no such actor: XYZ"))
    {'error': 'NotFound', 'detail': 'no such actor: XYZ'}
    """
    return {"error": type(err).__name__, "detail": str(err)}


async def _polgraph_error(request: Request, err: PolgraphError) -> JSONResponse:
    return JSONResponse(error_body(err), status_code=err.http_status)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handler that maps every :class:`PolgraphError` to its 4xx/503 status."""
    app.add_exception_handler(PolgraphError, _polgraph_error)


_ERROR_SCHEMA = {"content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}}}}}

#: Error responses shared by the routers, for the OpenAPI document.
ERROR_RESPONSES = {
    400: {"description": "Bad request", **_ERROR_SCHEMA},
    403: {"description": "Writes need the update token", **_ERROR_SCHEMA},
    404: {"description": "Not found", **_ERROR_SCHEMA},
    503: {"description": "Timed out or busy", **_ERROR_SCHEMA},
}
