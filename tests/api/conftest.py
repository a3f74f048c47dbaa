"""Fixtures for the HTTP API: an in-process client and a real uvicorn server."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from tests.conftest import ROOT, free_port, wait_until_listening

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
    port = free_port()
    environ = {**os.environ, "POLGRAPH_STORE": "memory", "POLGRAPH_UPDATE_TOKEN": TOKEN, **env}
    log = (tmp_path / f"server-{port}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=environ, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(url + "/openapi.json", process)
    except RuntimeError:
        stop_server(process)
        raise
    return Server(url, process)


def stop_server(process: subprocess.Popen) -> None:
    """Stop a server started by :func:`start_server`."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """A uvicorn server over an in-memory store with a 2-second query timeout."""
    srv = start_server(tmp_path_factory.mktemp("api-server"), POLGRAPH_QUERY_TIMEOUT="2")
    yield srv
    stop_server(srv.process)
