"""The JSON graph API in-process: documents, events, actors, Graph Store, analysis, network."""
from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph

from polgraph.pipeline import load_reference_graphs
from tests.api.conftest import AUTH

ARTICLE = ("Turkish President Erdogan visited Damascus on 3 March 2025 and met Syrian President "
           "Ahmed al-Sharaa.\n\nThe United States imposed sanctions on Syria.")
# The second paragraph gives no date, so its event is placed by the publication date.


@pytest.fixture
def api(client):
    load_reference_graphs(client.app.state.store)
    return client


def _post(api, text=ARTICLE, **extra):
    return api.post("/documents", json={"text": text, "published": "2025-03-04", **extra}, headers=AUTH)


def test_posting_an_article_stores_its_extraction(api):
    r = _post(api, id="erdogan-visit.en", title="Erdogan in Damascus")
    assert r.status_code == 201
    body = r.json()
    assert body["document"]["id"] == "erdogan-visit.en"
    posted_types = sorted(e["type"] for e in body["events"])
    docs = {d["id"]: d for d in api.get("/documents").json()}
    assert docs["erdogan-visit.en"]["title"] == "Erdogan in Damascus"
    assert docs["erdogan-visit.en"]["events"] == len(posted_types)
    listed = api.get("/events", params={"document": "erdogan-visit.en"}).json()
    assert sorted(e["type"] for e in listed["items"]) == posted_types


def test_posting_the_same_article_twice_replaces_it(api):
    first, second = _post(api).json(), _post(api).json()
    assert first["document"]["id"] == second["document"]["id"]
    assert len(api.get("/documents").json()) == 1


def test_writes_need_the_token(api):
    assert api.post("/documents", json={"text": ARTICLE, "published": "2025-03-04"}).status_code == 403
    assert api.delete("/documents/x").status_code == 403
    assert api.get("/documents").json() == []


@pytest.mark.parametrize("payload", [
    {"text": ARTICLE}, {"text": "", "published": "2025-03-04"}, {"text": ARTICLE, "published": "March 4"},
    {"text": ARTICLE, "published": "2025-03-04", "lang": "fr"}, {"text": ARTICLE, "published": "2025-03-04", "id": "a/b"},
    {"text": ARTICLE, "published": "2025-02-30"}, {"text": ARTICLE, "published": "2025-13-01"},
])
def test_bad_documents_are_refused(api, payload):
    assert api.post("/documents", json=payload, headers=AUTH).status_code == 422


def test_delete_document(api):
    doc_id = _post(api).json()["document"]["id"]
    assert api.delete(f"/documents/{doc_id}", headers=AUTH).status_code == 204
    assert api.get("/documents").json() == []
    assert api.delete(f"/documents/{doc_id}", headers=AUTH).status_code == 404
    assert api.get("/events", params={"actor": "SYR"}).json()["total"] == 0


def test_event_filters(api):
    _post(api, id="d1.en")
    by_actor = api.get("/events", params={"actor": "SYR"}).json()
    assert by_actor["total"] == 3
    assert all("SYR" in (e["source"]["id"], e["target"]["id"]) for e in by_actor["items"])
    sanctions = api.get("/events", params={"type": "SanctionsImposed"}).json()["items"]
    assert [(e["source"]["id"], e["target"]["id"]) for e in sanctions] == [("USA", "SYR")]
    assert api.get("/events", params={"group": "USA"}).json()["total"] == 1
    assert api.get("/events", params={"plover": "consult"}).json()["total"] >= 1
    assert api.get("/events", params={"from": "2025-03-04"}).json()["total"] == 1  # only the undated one
    assert api.get("/events", params={"to": "2024"}).json()["total"] == 0
    page = api.get("/events", params={"actor": "SYR", "limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and page["items"][0]["id"] == by_actor["items"][1]["id"]


@pytest.mark.parametrize("params", [{"type": "Nope"}, {"type": "__class__"}, {"type": "_NS"},
                                    {"plover": "foo"}, {"from": "2025-13"}, {"to": "2025-02-30"},
                                    {"status": "rumoured"}, {"from": "yesterday"},
                                    {"actor": "SYR> } ; DROP ALL ; {"}, {"limit": 0}])
def test_bad_event_filters_are_refused(api, params):
    assert api.get("/events", params=params).status_code in (400, 422)


def test_event_detail_has_its_quote_and_document(api):
    _post(api, id="d1.en", title="T")
    event = api.get("/events", params={"type": "SanctionsImposed"}).json()["items"][0]
    detail = api.get(f"/events/{event['id']}").json()
    assert detail["quote"] == ARTICLE[detail["start"]:detail["end"]]
    assert "sanctions" in detail["quote"]
    assert detail["source_document"]["id"] == "d1.en" and detail["source_document"]["title"] == "T"
    assert api.get("/events/d1.en/e99").status_code == 404


def test_actors(api):
    actors = {a["id"]: a for a in api.get("/actors").json()}
    assert actors["SYR"]["name_en"] == "Syria" and actors["SYR"]["name_ar"]
    sharaa = api.get("/actors/ahmed-al-sharaa")
    assert sharaa.status_code == 200
    relations = sharaa.json()["relations"]
    assert any(r["relation"] == "leader_of" and r["object"] == "SYR" and r["start_date"] for r in relations)
    assert api.get("/actors/NOPE").status_code == 404


def test_graph_store_round_trip(api):
    g = "http://example.org/graph/1"
    turtle = "<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    assert api.put("/store", params={"graph": g}, content=turtle, headers={"Content-Type": "text/turtle"}).status_code == 403
    put = api.put("/store", params={"graph": g}, content=turtle, headers={"Content-Type": "text/turtle", **AUTH})
    assert put.status_code == 201
    again = api.post("/store", params={"graph": g}, content='<http://example.org/a> <http://example.org/b> "d" .',
                     headers={"Content-Type": "application/n-triples", **AUTH})
    assert again.status_code == 204
    got = api.get("/store", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert len(Graph().parse(data=got.text, format="nt")) == 2
    bad = api.put("/store", params={"graph": g}, content="not turtle", headers={"Content-Type": "text/turtle", **AUTH})
    assert bad.status_code == 400
    assert len(Graph().parse(data=api.get("/store", params={"graph": g}, headers={"Accept": "text/turtle"}).text)) == 2
    assert api.put("/store", params={"graph": g}, content="x", headers={"Content-Type": "text/html", **AUTH}).status_code == 415
    assert api.put("/store", params={"default": ""}, content=turtle, headers={"Content-Type": "text/turtle", **AUTH}).status_code == 405
    assert api.get("/store").status_code == 400
    assert api.delete("/store", params={"graph": g}, headers=AUTH).status_code == 204
    assert api.get("/store", params={"graph": g}).status_code == 404


def test_analysis_and_network(api):
    _post(api, id="d1.en")
    alignments = api.get("/alignments", params={"actors": "SYR,TUR,USA"}).json()
    assert {(s["a"], s["b"]) for s in alignments if s["period"] == "2025"} >= {("SYR", "TUR"), ("SYR", "USA")}
    for path in ("/shifts", "/balance", "/blocs"):
        assert api.get(path).status_code == 200
    data = api.get("/graph", params={"period": "2025", "actors": "SYR,TUR,USA"}).json()
    network = nx.node_link_graph(data, edges="edges")
    assert network.has_edge("SYR", "TUR")
    graphml = api.get("/graph", params={"period": "2025", "actors": "SYR,TUR,USA", "format": "graphml"})
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    assert set(nx.parse_graphml(graphml.text).nodes) == set(network.nodes)
    # the same attributes as the CLI's export: labels in both languages, signed weights
    assert network.nodes["TUR"]["label_ar"] == "تركيا"
    assert network.edges["SYR", "TUR"]["tie"] in ("cooperative", "hostile", "neutral")
    cyto = api.get("/graph", params={"period": "2025", "actors": "SYR,TUR,USA", "format": "cytoscape"}).json()
    assert {(e["data"]["source"], e["data"]["target"]) for e in cyto["elements"]["edges"]} >= {("SYR", "TUR")}
    assert api.get("/graph", params={"period": "1990"}).status_code == 404
    assert api.get("/graph", params={"period": "soon"}).status_code == 422


def test_openapi_and_docs_are_served(client):
    spec = client.get("/openapi.json").json()
    assert {"/sparql", "/store", "/events", "/documents", "/actors/{actor_id}", "/graph"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
