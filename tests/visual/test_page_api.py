"""The page's HTTP side: ``/``, its static files, the timeline and the evidence."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(store="memory", build=True)), raise_server_exceptions=False) as c:
        yield c


def test_page_and_its_files(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for name in ("app.js", "style.css"):
        assert f"/static/{name}" in page.text
        assert client.get(f"/static/{name}").status_code == 200
    assert "cdn" not in page.text.lower() and "https://" not in page.text


@pytest.mark.parametrize("name", ["../main.py", "..%2Fmain.py", "nothing.js", "index.htm"])
def test_static_files_outside_the_folder_are_not_found(client, name):
    assert client.get(f"/static/{name}").status_code == 404


def test_timeline_has_periods_layout_and_scores(client):
    data = client.get("/visual/timeline", params={"by": "year"}).json()
    assert data["periods"] == sorted(data["periods"]) and "2025" in data["periods"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert (nodes["USA"]["x"], nodes["USA"]["y"]) == (-1.0, 0.0)
    assert nodes["SDF"]["label_ar"] == "قوات سوريا الديمقراطية"
    periods = set(data["periods"])
    assert all(s["period"] in periods for s in data["scores"])
    assert any(m["sign_change"] for m in data["shifts"])


def test_evidence_of_a_tie_has_dates_quotes_and_documents(client):
    data = client.get("/visual/evidence", params={"period": "2025", "a": "SYR", "b": "USA"}).json()
    [tie] = data["ties"]
    assert (tie["a"], tie["b"]) == ("SYR", "USA")
    assert tie["drivers"] and all(d["date"] and d["document"] for d in tie["drivers"])
    assert any(d["quote"] for d in tie["drivers"])


def test_evidence_of_an_actor_lists_each_of_its_ties(client):
    data = client.get("/visual/evidence", params={"period": "2025", "a": "usa"}).json()
    assert len(data["ties"]) >= 2 and all("USA" in (t["a"], t["b"]) for t in data["ties"])


@pytest.mark.parametrize("params", [
    {"period": "2025", "a": "S Y"}, {"period": "twenty", "a": "SYR"}, {"a": "SYR"},
])
def test_bad_evidence_requests_are_4xx(client, params):
    assert 400 <= client.get("/visual/evidence", params=params).status_code < 500


def test_bad_timeline_request_is_4xx(client):
    assert client.get("/visual/timeline", params={"actors": ","}).status_code == 400
    assert client.get("/visual/timeline", params={"by": "week"}).status_code == 422
