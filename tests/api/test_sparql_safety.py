"""Nothing a client sends makes the server fetch a URL: a canary HTTP server on 127.0.0.1
is named in every way SPARQL allows and must receive no request."""
from __future__ import annotations

import http.server
import threading
import urllib.parse

import httpx
import pyoxigraph as ox
import pytest

from tests.api.conftest import AUTH


class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self) -> None:
        type(self).hits.append(f"{self.command} {self.path}")
        body = b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def canary():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Canary.hits
    server.shutdown()
    server.server_close()


def test_the_canary_would_notice_a_fetch(canary):
    """Control: the canary records requests, and Oxigraph left alone does fetch LOAD URLs."""
    url, hits = canary
    hits.clear()
    ox.Store().update(f"LOAD <{url}/control>")
    assert hits == ["GET /control"]
    hits.clear()


QUERIES = [
    "SELECT * WHERE {{ SERVICE <{u}/service> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{u}/silent> {{ ?s ?p ?o }} }}",
    "PREFIX c: <{u}/> SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE c:prefixed {{ ?s ?p ?x }} }} }}",
    "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{u}/nested> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * FROM <{u}/from> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{u}/named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{u}/exists> {{ ?s ?p ?o }} }} }}",
]
UPDATES = [
    "LOAD <{u}/load>",
    "LOAD SILENT <{u}/silent> INTO GRAPH <http://example.org/g>",
    "INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{u}/service> {{ ?s ?p ?o }} }}",
    "INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} USING <{u}/using> WHERE {{ ?s ?p ?o }}",
    "DELETE {{ ?s ?p ?o }} USING NAMED <{u}/using-named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", QUERIES)
def test_queries_naming_a_url_are_refused_and_fetch_nothing(server, canary, template):
    url, hits = canary
    query = template.format(u=url)
    for response in (
        httpx.get(server.url + "/sparql", params={"query": query}),
        httpx.post(server.url + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"}),
    ):
        assert response.status_code == 400, response.text
        assert response.json()["error"] == "QueryError"
    assert hits == []


@pytest.mark.parametrize("template", UPDATES)
def test_updates_naming_a_url_are_refused_and_fetch_nothing(server, canary, template):
    url, hits = canary
    response = httpx.post(server.url + "/sparql", data={"update": template.format(u=url)}, headers=AUTH)
    assert response.status_code == 400, response.text
    assert hits == []


def test_dataset_parameters_naming_a_url_fetch_nothing(server, canary):
    """Protocol dataset parameters only ever select graphs already in the store."""
    url, hits = canary
    query = httpx.get(server.url + "/sparql", params={
        "query": "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
        "default-graph-uri": f"{url}/default", "named-graph-uri": f"{url}/named"},
        headers={"Accept": "application/sparql-results+json"})
    assert query.status_code == 200
    assert query.json()["results"]["bindings"] == []
    update = httpx.post(
        server.url + "/sparql?" + urllib.parse.urlencode({"using-graph-uri": f"{url}/using"}),
        content="INSERT { GRAPH <http://example.org/copy> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
        headers={"Content-Type": "application/sparql-update", **AUTH})
    assert update.status_code == 204, update.text
    assert hits == []


def test_service_inside_a_string_is_not_mistaken_for_a_service_call(server):
    response = httpx.get(server.url + "/sparql", params={
        "query": 'SELECT ?x WHERE { BIND("SERVICE <http://example.org/> { }" AS ?x) }'},
        headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["x"]["value"].startswith("SERVICE")
