"""Request dependencies, as ``Annotated`` aliases so route signatures read as domain types."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request

from api.settings import Settings
from polgraph.errors import Forbidden
from polgraph.sparql import ServingStore

__all__ = ["get_settings", "get_store", "check_write_access", "SettingsDep", "StoreDep", "WriteAccess"]


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_store(request: Request) -> ServingStore:
    """The store opened by the app's lifespan."""
    return request.app.state.store


def check_write_access(request: Request, settings: Settings) -> None:
    """Refuse a write unless the request carries the configured bearer token.

    Raises
    ------
    Forbidden
        No token is configured (writes are off), or the header is missing or wrong.
    """
    if not settings.update_token:
        raise Forbidden("writes are disabled on this server; start it with POLGRAPH_UPDATE_TOKEN set "
                        "and send 'Authorization: Bearer <token>'")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.update_token.encode()):
        raise Forbidden("this write needs a valid 'Authorization: Bearer <token>' header")


def _require_writer(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> None:
    check_write_access(request, settings)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[ServingStore, Depends(get_store)]
#: Add as a parameter (or route dependency) to a route that writes.
WriteAccess = Annotated[None, Depends(_require_writer)]
