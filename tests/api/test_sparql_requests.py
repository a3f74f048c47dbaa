"""The SPARQL endpoint in-process: negotiation, row cap, writes, and bad requests → 4xx."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from tests.api.conftest import AUTH

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
THREE = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1, 2, 3 } }"


@pytest.fixture
def loaded(client):
    assert client.post("/sparql", content=THREE, headers={"Content-Type": "application/sparql-update", **AUTH}).status_code == 204
    return client


@pytest.mark.parametrize("accept,expected", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html, */*;q=0.1", "application/sparql-results+json"),
])
def test_select_results_in_each_format(loaded, accept, expected):
    r = loaded.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected


def test_default_graph_is_the_union_of_named_graphs(loaded):
    r = loaded.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "3"


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_construct_in_each_rdf_format(loaded, accept, rdflib_format):
    r = loaded.post("/sparql", data={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == accept
    assert len(Graph().parse(data=r.content, format=rdflib_format)) == 3


def test_rows_beyond_the_cap_are_cut_and_flagged(make_client):
    client = make_client(max_rows=2)
    client.post("/sparql", data={"update": THREE}, headers=AUTH)
    r = client.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"}, headers={"Accept": "text/csv"})
    assert r.headers["x-polgraph-truncated"] == "2"
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows == [["o"], ["1"], ["2"]]
    whole = client.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o } LIMIT 2"})
    assert "x-polgraph-truncated" not in whole.headers


def test_service_description(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    service = g.value(None, RDF.type, SD.Service)
    assert service is not None
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.feature, SD.UnionDefaultGraph) in g


def test_updates_need_the_token(client):
    no_header = client.post("/sparql", data={"update": THREE})
    wrong = client.post("/sparql", data={"update": THREE}, headers={"Authorization": "Bearer nope"})
    assert no_header.status_code == wrong.status_code == 403
    assert client.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}).json()["boolean"] is False


def test_without_a_configured_token_writes_are_refused_with_how_to_enable_them(make_client):
    client = make_client(update_token=None)
    r = client.post("/sparql", data={"update": THREE}, headers=AUTH)
    assert r.status_code == 403
    assert "POLGRAPH_UPDATE_TOKEN" in r.json()["detail"]


BAD_REQUESTS = [
    ("malformed query", "post", {"content": b"SELECT * WHERE {", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ("malformed update", "post", {"data": {"update": "INSERT NONSENSE"}, "headers": AUTH}, 400),
    ("undeclared prefix", "get", {"params": {"query": "SELECT * WHERE { ?s a nope:x }"}}, 400),
    ("wrong media type", "post", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("no media type", "post", {"content": b"query=ASK%7B%7D"}, 415),
    ("non-UTF-8 body", "post", {"content": "ASK { FILTER(\"é\" = \"é\") }".encode("latin-1"),
                                "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ("UTF-16 charset", "post", {"content": "ASK {}".encode("utf-16"),
                                "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}}, 400),
    ("non-UTF-8 form", "post", {"content": b"query=ASK%20%7B%FF%7D",
                                "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
    ("missing query", "post", {"data": {"default-graph-uri": "http://example.org/g"}}, 400),
    ("two queries", "get", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
    ("query and update", "post", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}, "headers": AUTH}, 400),
    ("update by GET", "get", {"params": {"update": "CLEAR ALL"}, "headers": AUTH}, 400),
    ("unacceptable Accept", "get", {"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
    ("bad dataset IRI", "get", {"params": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400),
    ("huge body", "post", {"content": b"#" * (5 * 1024 * 1024), "headers": {"Content-Type": "application/sparql-query"}}, 413),
    ("PUT", "put", {"content": b"ASK {}", "headers": {"Content-Type": "application/sparql-query"}}, 405),
]


@pytest.mark.parametrize("name,method,kwargs,status", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_4xx_with_a_message(client, name, method, kwargs, status):
    r = getattr(client, method)("/sparql", **kwargs) if method != "put" else client.request("PUT", "/sparql", **kwargs)
    assert r.status_code == status, r.text
    media = r.headers["content-type"].split(";")[0]
    assert media in ("application/json", "text/plain")
    message = r.json()["detail"] if media == "application/json" else r.text
    assert message and "Traceback" not in json.dumps(message)


def test_a_failed_update_changes_nothing(loaded):
    bad = loaded.post("/sparql", data={"update": "CLEAR ALL ; INSERT DATA { <x:a> <x:b> }"}, headers=AUTH)
    assert bad.status_code == 400
    r = loaded.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "3"


def test_concurrent_queries_are_all_parsed_correctly(loaded):
    """The SPARQL parser is shared by request threads; concurrent parses must not interfere."""
    from concurrent.futures import ThreadPoolExecutor

    query = "SELECT ?o WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?o LIMIT 20"
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: loaded.get("/sparql", params={"query": query}).status_code, range(40)))
    assert statuses == [200] * 40
