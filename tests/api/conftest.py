"""Fixtures for the HTTP API: an in-process client and a real uvicorn server."""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from tests.conftest import start_uvicorn, stop_process

TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def make_client() -> Iterator:
    """A factory of in-process clients over a fresh in-memory store; keyword arguments
    override the settings."""
    opened = []

    def make(**overrides) -> TestClient:
        values = {"store": "memory", "update_token": TOKEN, "query_timeout": 10.0, **overrides}
        client = TestClient(create_app(Settings(**values)), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client) -> TestClient:
    """An in-process client with writes enabled by :data:`TOKEN`."""
    return make_client()


@dataclass
class Server:
    """A running ``uvicorn`` process serving the API."""

    url: str
    process: subprocess.Popen


def start_server(tmp_path: Path, **env: str) -> Server:
    """Start uvicorn on a free port with ``POLGRAPH_*`` settings from ``env``."""
    environ = {**os.environ, "POLGRAPH_STORE": "memory", "POLGRAPH_UPDATE_TOKEN": TOKEN, **env}
    return Server(*start_uvicorn(tmp_path, environ))


#: Stop a server started by :func:`start_server`.
stop_server = stop_process


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """A uvicorn server over an in-memory store with a 2-second query timeout."""
    srv = start_server(tmp_path_factory.mktemp("api-server"), POLGRAPH_QUERY_TIMEOUT="2")
    yield srv
    stop_server(srv.process)
