"""Fixtures shared by the whole suite: the shared evaluation folder and a real Oxigraph
server for the remote store backend."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("POLGRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared evaluation material (seed article, scorer, W3C tests, GDELT sample);
    tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    """Poll ``url`` until it answers or the process dies; the deadline only bounds a hang."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError(f"server at {url} did not start")


def stop_process(process: subprocess.Popen) -> None:
    """Stop a server process: terminate, and kill it if it has not ended after 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_uvicorn(log_dir: Path, environ: dict[str, str]) -> tuple[str, subprocess.Popen]:
    """Start the API under uvicorn on a free port with ``environ``; return its URL and process
    once it answers (the process is stopped again if it never does)."""
    port = free_port()
    log = (log_dir / f"server-{port}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=environ, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(url + "/openapi.json", process)
    except RuntimeError:
        stop_process(process)
        raise
    return url, process


def oxigraph_binary() -> str:
    """The ``oxigraph`` server executable installed by the test extras."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the 'oxigraph' server is not installed; run the README's test command (make test)")
    return found


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real ``oxigraph serve`` on 127.0.0.1 for the whole session; yields its base URL."""
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(base + "/query?query=ASK%7B%7D", process)
        yield base
    finally:
        stop_process(process)
