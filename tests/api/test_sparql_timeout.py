"""A query past the timeout is killed (its process is gone) while others are answered."""
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


def test_expensive_query_is_killed_while_a_cheap_one_is_answered(server):
    answers: dict[str, httpx.Response] = {}
    expensive = threading.Thread(target=lambda: answers.setdefault(
        "expensive", httpx.post(server.url + "/sparql", data={"query": EXPENSIVE}, timeout=60)))
    expensive.start()
    deadline = time.monotonic() + 30  # bounds a hang; the loop ends as soon as the child exists
    children: list[psutil.Process] = []
    while not children and time.monotonic() < deadline:
        children = _query_children(server)
    assert children, "the expensive query never got its own process"
    worker = children[0]

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
