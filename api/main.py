"""The FastAPI application: assembles settings, the store, error handling and the routers.

>>> app = create_app(Settings(store="memory"))
>>> sorted(app.openapi()["paths"]["/sparql"])
['get', 'post']
"""
from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.limits import BodyLimit
from api.settings import Settings
from polgraph import __version__
from polgraph.sparql.serving import open_serving_store

__all__ = ["create_app", "ROUTERS"]

#: Router modules, in the order their routes appear in the OpenAPI document.
ROUTERS = ["sparql", "graph_store", "actors", "events", "documents", "analysis", "graph", "page"]


def _routers() -> list:
    found = []
    for name in ROUTERS:
        module_name = f"api.routers.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name == module_name:  # a resource not served yet
                continue
            raise
        found.append(module.router)
    return found


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; the store is opened when it starts and closed when it stops."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_serving_store(settings.store, timeout=settings.query_timeout,
                                   max_workers=settings.query_workers)
        app.state.store = store
        try:
            if settings.build:
                from polgraph.pipeline import build  # extraction is loaded only when building
                build(store)
            yield
        finally:
            store.close()  # also when the build fails: the store and its workers are released

    app = FastAPI(title="polgraph", version=__version__, lifespan=lifespan,
                  description="A political event knowledge graph of Syria and its neighbours: "
                              "a SPARQL 1.1 endpoint, the Graph Store protocol and a JSON graph API.")
    app.state.settings = settings
    install_error_handlers(app)
    for router in _routers():
        app.include_router(router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
