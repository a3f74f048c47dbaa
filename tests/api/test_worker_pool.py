"""The query worker pool: reads see every completed write, workers of an older snapshot are
never used again, and a query past its deadline has its worker killed."""
from __future__ import annotations

import os
import signal
import threading
import time

import psutil
import pytest

from polgraph.errors import QueryTimeout
from polgraph.sparql import ServingStore
from polgraph.sparql.execution import QueryRequest
from polgraph.sparql.workers import WorkerPool
from tests.api.conftest import AUTH

G = "http://example.org/g"
VALUE = f"SELECT ?v WHERE {{ GRAPH <{G}> {{ <http://example.org/a> <http://example.org/v> ?v }} }}"
# 60^5 ≈ 7.8e8 combinations: minutes of CPU, no data needed.
EXPENSIVE = ("SELECT (COUNT(*) AS ?n) WHERE { "
             + " ".join(f"VALUES ?v{i} {{ {' '.join(str(n) for n in range(60))} }}" for i in range(5))
             + " }")


def _set(store: ServingStore, value: int) -> None:
    store.replace_graph(G, f'<http://example.org/a> <http://example.org/v> "{value}"^^<http://www.w3.org/2001/XMLSchema#integer> .')


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.fixture
def store():
    serving = ServingStore(max_workers=2, timeout=10)
    yield serving
    serving.close()


def _busy_reads(store: ServingStore, rounds: int) -> None:
    """Keep both workers in use at once, so each of them is idle and alive afterwards."""
    threads = [threading.Thread(target=lambda: [store.select(VALUE) for _ in range(rounds)]) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_each_read_after_a_write_sees_it(store):
    for value in range(12):
        _set(store, value)
        _busy_reads(store, 3)  # leaves workers of this generation idle for the next round
        assert store.select(VALUE) == [{"v": value}]
        assert store.select_many([VALUE, VALUE]) == [[{"v": value}], [{"v": value}]]


def test_workers_of_an_older_generation_are_stopped_not_used(store):
    _set(store, 1)
    _busy_reads(store, 2)
    before = store.workers()
    assert before and all(w.generation == store.generation for w in before)
    _set(store, 2)
    assert store.select(VALUE) == [{"v": 2}]
    after = store.workers()
    assert all(w.generation == store.generation for w in after)
    old = {w.pid for w in before}
    assert old.isdisjoint(w.pid for w in after)
    assert all(_gone(pid) for pid in old)  # killed and reaped


def test_a_query_past_its_deadline_loses_its_worker_and_the_pool_goes_on(store):
    store.select("SELECT (1 AS ?one) {}")
    with pytest.raises(QueryTimeout, match="longer than 0.5 s"):
        store.run(EXPENSIVE, timeout=0.5)
    # Only one worker could have taken the expensive query; whichever it was has been replaced
    # or is idle, and no live worker is busy.
    assert not any(w.busy for w in store.workers())
    assert store.select("SELECT (2 AS ?two) {}") == [{"two": 2}]


def test_the_killed_worker_is_the_one_that_ran_the_query():
    lock = threading.Lock()
    import pyoxigraph as ox
    pool = WorkerPool(lambda: ox.Store(), size=1, fork_lock=lock, generation=lambda: 0)
    try:
        pool.execute([QueryRequest("ASK {}", max_rows=1)], timeout=10)
        [worker] = pool.workers()
        with pytest.raises(QueryTimeout):
            pool.execute([QueryRequest(EXPENSIVE, max_rows=1)], timeout=0.5)
        assert _gone(worker.pid)
        assert pool.workers() == []
        assert pool.execute([QueryRequest("ASK {}", max_rows=1)], timeout=10)[0][0]["form"] == "ask"
    finally:
        pool.close()


def test_a_worker_killed_while_idle_is_replaced_without_an_error(store):
    _busy_reads(store, 1)
    for worker in store.workers():
        os.kill(worker.pid, signal.SIGKILL)
    deadline = time.monotonic() + 30  # bounds a hang; the loop ends once the kills have landed
    while not all(_gone(w.pid) for w in store.workers()) and time.monotonic() < deadline:
        pass
    assert store.select("SELECT (3 AS ?three) {}") == [{"three": 3}]


def test_close_stops_every_worker():
    serving = ServingStore(max_workers=2)
    _busy_reads(serving, 1)
    pids = [w.pid for w in serving.workers()]
    assert pids
    serving.close()
    assert all(_gone(pid) for pid in pids)


def test_a_posted_document_is_listed_by_the_next_request(client):
    assert client.get("/events", params={"actor": "TUR"}).status_code == 200  # starts workers
    for n in range(3):
        doc_id = f"pool-{n}.en"
        text = f"Turkish President Erdogan visited Damascus on {n + 1} March 2025."
        posted = client.post("/documents", json={"text": text, "published": "2025-03-30", "id": doc_id},
                             headers=AUTH)
        assert posted.status_code == 201
        page = client.get("/events", params={"document": doc_id}).json()
        assert page["total"] >= 1 and all(e["document"] == doc_id for e in page["items"])
        assert doc_id in {d["id"] for d in client.get("/documents").json()}
