"""Load test of the HTTP API: reads under concurrent document writes, then a check that no
write was lost.

    python benchmarks/api_load.py                      # starts its own server (memory store, corpus built)
    python benchmarks/api_load.py --url http://127.0.0.1:8000 --token T

Runs a fixed number of requests per kind from a pool of client threads:
GET /events?actor=SYR, a simple SPARQL SELECT, and POST /documents (each a distinct article).
With --distinct-queries every SELECT is a different text (a numbered comment), so the
server cannot reuse what it learnt from parsing an earlier one.
Prints requests/s and latency percentiles per kind, then verifies that every posted
document is listed by GET /documents.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SELECT = "SELECT ?e ?date WHERE { GRAPH ?g { ?e <https://polgraph.org/ns#periodDate> ?date } } LIMIT 20"
ARTICLE = ("Turkish President Erdogan visited Damascus on {day} March 2025 and met Syrian President Ahmed "
           "al-Sharaa. The United States imposed sanctions on Syria. Report number {n}.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(token: str) -> tuple[str, subprocess.Popen]:
    port = _free_port()
    env = {**os.environ, "POLGRAPH_UPDATE_TOKEN": token}
    process = subprocess.Popen([sys.executable, "-m", "polgraph", "--store", "memory", "serve", "--build",
                                "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server did not start")
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return url, process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start in time")


def _timed(client: httpx.Client, kind: str, method: str, path: str, results: dict, lock: threading.Lock,
           **kwargs) -> httpx.Response | None:
    start = time.perf_counter()
    try:
        response = client.request(method, path, **kwargs)
        ok = response.status_code < 400
    except httpx.HTTPError:
        response, ok = None, False
    elapsed = time.perf_counter() - start
    with lock:
        results[kind]["latencies"].append(elapsed)
        results[kind]["errors"] += not ok
        if not ok and "first_error" not in results[kind]:
            results[kind]["first_error"] = f"{response.status_code} {response.text[:200]}" if response else "no response"
    return response


def run(url: str, token: str, *, reads: int, writes: int, threads: int, distinct: bool = False) -> int:
    """Run the load and print the table; return a non-zero status if anything was lost."""
    results = {k: {"latencies": [], "errors": 0} for k in ("GET /events?actor=SYR", "SPARQL SELECT", "POST /documents")}
    lock = threading.Lock()
    posted: list[str] = []
    auth = {"Authorization": f"Bearer {token}"}
    jobs = []
    for i in range(max(reads, writes)):
        if i < reads:
            jobs.append(("GET /events?actor=SYR", "GET", "/events", {"params": {"actor": "SYR", "limit": 20}}))
            query = f"{SELECT}\n# request {i}" if distinct else SELECT
            jobs.append(("SPARQL SELECT", "GET", "/sparql", {"params": {"query": query},
                                                              "headers": {"Accept": "application/sparql-results+json"}}))
        if i < writes:
            doc_id = f"load-{os.getpid()}-{i}.en"
            posted.append(doc_id)
            body = {"text": ARTICLE.format(day=1 + i % 28, n=i), "published": "2025-03-30", "id": doc_id}
            jobs.append(("POST /documents", "POST", "/documents", {"json": body, "headers": auth}))
    with httpx.Client(base_url=url, timeout=60, limits=httpx.Limits(max_connections=threads)) as client:
        started = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda job: _timed(client, job[0], job[1], job[2], results, lock, **job[3]), jobs))
        wall = time.perf_counter() - started
        stored = {d["id"] for d in client.get("/documents").json()}
    print(f"{len(jobs)} requests from {threads} threads in {wall:.1f} s against {url}")
    print(f"{'request':<24}{'count':>7}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for kind, r in results.items():
        lat = sorted(r["latencies"])
        if not lat:
            continue
        p99 = lat[min(len(lat) - 1, int(round(0.99 * (len(lat) - 1))))]
        print(f"{kind:<24}{len(lat):>7}{r['errors']:>8}{len(lat) / wall:>9.1f}"
              f"{statistics.median(lat) * 1000:>9.1f}{p99 * 1000:>9.1f}")
    for kind, r in results.items():
        if "first_error" in r:
            print(f"first error of {kind}: {r['first_error']}")
    lost = [d for d in posted if d not in stored]
    print(f"documents posted {len(posted)}, stored afterwards {len(posted) - len(lost)}, lost {len(lost)}")
    return 1 if lost or any(r["errors"] for r in results.values()) else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server (default: start one on a free port)")
    ap.add_argument("--token", default="load-test-token", help="its update token")
    ap.add_argument("--reads", type=int, default=300, help="requests of each read kind")
    ap.add_argument("--writes", type=int, default=30, help="documents to post")
    ap.add_argument("--threads", type=int, default=8, help="client threads")
    ap.add_argument("--distinct-queries", action="store_true", help="make every SPARQL SELECT a different text")
    args = ap.parse_args()
    process = None
    url = args.url
    if url is None:
        url, process = _start_server(args.token)
    try:
        return run(url, args.token, reads=args.reads, writes=args.writes, threads=args.threads,
                   distinct=args.distinct_queries)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
