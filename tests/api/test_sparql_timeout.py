"""A query past the timeout is killed (its process is gone) while others are answered.

The server keeps a pool of worker processes, some idle; the expensive query's worker is the
one that keeps using CPU."""
from __future__ import annotations

import threading
import time

import httpx
import psutil
import pytest

# 60^6 ≈ 4.7e10 combinations: hours of CPU, no data needed.
EXPENSIVE = ("SELECT (COUNT(*) AS ?n) WHERE { "
             + " ".join(f"VALUES ?v{i} {{ {' '.join(str(n) for n in range(60))} }}" for i in range(6))
             + " }")


def _query_children(server) -> list[psutil.Process]:
    return psutil.Process(server.process.pid).children()


def _cpu_seconds(process: psutil.Process) -> float:
    try:
        times = process.cpu_times()
    except psutil.NoSuchProcess:
        return 0.0
    return times.user + times.system


def _busy_child(server, before: dict[int, float]) -> psutil.Process | None:
    """The worker whose CPU time has grown by a good share of a second since ``before``."""
    for child in _query_children(server):
        if _cpu_seconds(child) - before.get(child.pid, 0.0) > 0.3:
            return child
    return None


def test_expensive_query_is_killed_while_a_cheap_one_is_answered(server):
    # Start the pool, and note its workers: they are idle when the expensive query arrives.
    assert httpx.get(server.url + "/sparql", params={"query": "ASK {}"}).status_code == 200
    before = {c.pid: _cpu_seconds(c) for c in _query_children(server)}
    answers: dict[str, httpx.Response] = {}
    expensive = threading.Thread(target=lambda: answers.setdefault(
        "expensive", httpx.post(server.url + "/sparql", data={"query": EXPENSIVE}, timeout=60)))
    expensive.start()
    deadline = time.monotonic() + 30  # bounds a hang; the loop ends as soon as the worker is found
    worker = None
    while worker is None and time.monotonic() < deadline:
        worker = _busy_child(server, before)  # an idle worker or a new one
    assert worker is not None, "the expensive query never ran in a worker process"

    cheap = httpx.get(server.url + "/sparql", params={"query": "SELECT (1 + 1 AS ?two) {}"},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert cheap.status_code == 200
    assert cheap.json()["results"]["bindings"][0]["two"]["value"] == "2"
    assert worker.is_running() and "expensive" not in answers  # it answered while the other ran

    expensive.join(timeout=60)
    response = answers["expensive"]
    assert response.status_code == 503
    assert "longer than 2 s" in response.json()["detail"]
    with pytest.raises(psutil.NoSuchProcess):  # killed and reaped, not left as a zombie
        worker.status()
    assert worker not in _query_children(server)


def test_the_server_still_answers_after_a_timeout(server):
    response = httpx.get(server.url + "/sparql", params={"query": "ASK {}"},
                         headers={"Accept": "application/sparql-results+json"})
    assert response.json() == {"head": {}, "boolean": True}
