"""One contract, every backend: in memory, embedded on disk, and a real Oxigraph server."""
from __future__ import annotations

import json
import uuid

import pytest

from polgraph.errors import ParseError, QueryError
from polgraph.store import RDF_FORMATS, RESULT_FORMATS, OxigraphStore, RemoteStore

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(params=["memory", "embedded", "remote"])
def store(request, tmp_path):
    if request.param == "memory":
        s = OxigraphStore()
    elif request.param == "embedded":
        s = OxigraphStore(tmp_path / "store")
    else:
        s = RemoteStore(request.getfixturevalue("oxigraph_server") + "/query")
    # The remote server lives for the whole session: give each test its own graphs.
    s.test_ns = f"{EX}{uuid.uuid4().hex}/"
    yield s
    if request.param == "remote":
        for g in s.graphs():
            if g.startswith(s.test_ns):
                s.remove_graph(g)
    s.close()


def nt(*triples: tuple[str, str, str]) -> str:
    return "\n".join(f"<{s}> <{p}> {o} ." for s, p, o in triples)


def test_replace_graph_then_query(store):
    g = store.test_ns + "g1"
    store.replace_graph(g, nt((EX + "a", EX + "p", '"x"'), (EX + "a", EX + "q", f'"3"^^<{XSD}integer>')))
    rows = store.select(f"SELECT ?p ?o WHERE {{ GRAPH <{g}> {{ <{EX}a> ?p ?o }} }} ORDER BY ?p")
    assert rows == [{"p": EX + "p", "o": "x"}, {"p": EX + "q", "o": 3}]
    assert store.count(g) == 2
    assert g in store.graphs()


def test_replace_is_idempotent_and_replaces(store):
    g = store.test_ns + "doc"
    data = nt((EX + "a", EX + "p", '"1"'), (EX + "b", EX + "p", '"2"'))
    store.replace_graph(g, data)
    store.replace_graph(g, data)
    assert store.count(g) == 2
    store.replace_graph(g, nt((EX + "c", EX + "p", '"3"')))
    rows = store.select(f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert rows == [{"s": EX + "c"}]


def test_failed_write_leaves_graph_as_it_was(store):
    g = store.test_ns + "keep"
    store.replace_graph(g, nt((EX + "a", EX + "p", '"kept"')))
    with pytest.raises(ParseError):
        store.replace_graph(g, '<http://example.org/a> <http://example.org/p> "ok" .\nthis is not rdf')
    rows = store.select(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert rows == [{"o": "kept"}]
    # and no staging graph is left behind
    assert [x for x in store.graphs() if x.startswith(store.test_ns)] == [g]


def test_failed_write_of_new_graph_creates_nothing(store):
    g = store.test_ns + "new"
    with pytest.raises(ParseError):
        store.replace_graph(g, "<broken")
    assert not store.has_graph(g)


def test_remove_graph(store):
    g1, g2 = store.test_ns + "one", store.test_ns + "two"
    store.replace_graph(g1, nt((EX + "a", EX + "p", '"1"')))
    store.replace_graph(g2, nt((EX + "a", EX + "p", '"2"')))
    assert store.remove_graph(g1) is True
    assert store.remove_graph(g1) is False
    assert not store.has_graph(g1)
    assert store.has_graph(g2)


def test_other_formats_load(store):
    g = store.test_ns + "ttl"
    store.replace_graph(g, f'@prefix ex: <{EX}> . ex:a ex:p "é"@fr , [ ex:q 1 ] .', RDF_FORMATS["turtle"])
    assert store.count(g) == 3
    rows = store.select(f'SELECT ?o WHERE {{ GRAPH <{g}> {{ <{EX}a> <{EX}p> ?o FILTER(isLiteral(?o)) }} }}')
    assert rows == [{"o": "é"}]


def test_group_by_runs_in_store(store):
    g = store.test_ns + "events"
    triples = []
    for i, (a, b, year) in enumerate([("SYR", "USA", 2024), ("SYR", "USA", 2025), ("SYR", "USA", 2025),
                                      ("TUR", "SDF", 2025)]):
        e = f"{EX}e{i}"
        triples += [(e, EX + "src", f'"{a}"'), (e, EX + "tgt", f'"{b}"'),
                    (e, EX + "date", f'"{year}-05-01"^^<{XSD}date>')]
    store.replace_graph(g, nt(*triples))
    rows = store.select(f"""SELECT ?a ?b ?y (COUNT(?e) AS ?n) WHERE {{ GRAPH <{g}> {{
        ?e <{EX}src> ?a ; <{EX}tgt> ?b ; <{EX}date> ?d }} BIND(YEAR(?d) AS ?y) }}
        GROUP BY ?a ?b ?y ORDER BY ?a ?b ?y""")
    assert [(r["a"], r["b"], r["y"], r["n"]) for r in rows] == [
        ("SYR", "USA", 2024, 1), ("SYR", "USA", 2025, 2), ("TUR", "SDF", 2025, 1)]


def test_serialised_results(store):
    g = store.test_ns + "ser"
    store.replace_graph(g, nt((EX + "a", EX + "p", '"v"')))
    q = f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    body = json.loads(store.query(q, RESULT_FORMATS["json"]).body)
    assert body["results"]["bindings"][0]["o"]["value"] == "v"
    csv = store.query(q, RESULT_FORMATS["csv"]).body.decode()
    assert csv.splitlines()[0].strip() == "o" and csv.splitlines()[1].strip() == "v"
    ttl = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}", RDF_FORMATS["ntriples"])
    assert b'"v"' in ttl.body
    assert store.ask(f"ASK {{ GRAPH <{g}> {{ ?s ?p 'v' }} }}") is True


def test_bad_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.select("SELEKT nothing")


def test_dump_keeps_graph_names(store):
    g = store.test_ns + "dump"
    store.replace_graph(g, nt((EX + "a", EX + "p", '"d"')))
    dumped = store.dump(RDF_FORMATS["nquads"]).decode()
    assert f'<{EX}a> <{EX}p> "d" <{g}> .' in dumped


def test_update_is_atomic(store):
    g = store.test_ns + "upd"
    store.update(f'INSERT DATA {{ GRAPH <{g}> {{ <{EX}a> <{EX}p> "1" }} }}')
    with pytest.raises(QueryError):
        store.update(f'INSERT DATA {{ GRAPH <{g}> {{ <{EX}b> <{EX}p> "2" }} }} ; BROKEN')
    assert store.count(g) == 1
