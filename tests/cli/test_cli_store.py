"""The CLI over the store: ingest RDF, query, export, documents, and bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from polgraph.cli import main
from polgraph.store import OxigraphStore

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:p "one" ; ex:q 2 .
"""


@pytest.fixture
def store_dir(tmp_path):
    return str(tmp_path / "store")


@pytest.fixture
def ttl_file(tmp_path):
    path = tmp_path / "facts.ttl"
    path.write_text(TTL, encoding="utf-8")
    return path


def count_triples(store_dir: str) -> int:
    store = OxigraphStore(store_dir)
    try:
        return store.count()
    finally:
        store.close()


def test_ingest_query_export_roundtrip(store_dir, ttl_file, tmp_path, capsys):
    assert main(["--store", store_dir, "ingest", str(ttl_file)]) == 0
    assert main(["--store", store_dir, "ingest", str(ttl_file)]) == 0  # idempotent
    assert count_triples(store_dir) == 2
    capsys.readouterr()
    assert main(["--store", store_dir, "query", "--format", "json",
                 "SELECT ?o WHERE { GRAPH ?g { <http://example.org/a> <http://example.org/p> ?o } }"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [b["o"]["value"] for b in data["results"]["bindings"]] == ["one"]
    out = tmp_path / "dump.nq"
    assert main(["--store", store_dir, "export", "--format", "nquads", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2


def test_query_from_file_and_table(store_dir, ttl_file, tmp_path, capsys):
    main(["--store", store_dir, "ingest", str(ttl_file)])
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    capsys.readouterr()
    assert main(["--store", store_dir, "query", f"@{rq}"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].strip() == "n" and lines[2].strip() == "2"


def test_documents_list_and_remove(store_dir, ttl_file, capsys):
    main(["--store", store_dir, "ingest", str(ttl_file)])
    capsys.readouterr()
    assert main(["--store", store_dir, "documents", "list", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in docs] == ["facts.ttl"]
    assert main(["--store", store_dir, "documents", "remove", "facts.ttl"]) == 0
    assert count_triples(store_dir) == 0
    assert main(["--store", store_dir, "documents", "remove", "facts.ttl"]) == 5


@pytest.mark.parametrize("content,name", [
    ("@prefix ex: <http://example.org/> . ex:a ex:p ", "broken.ttl"),
    ('{"@context": ', "broken.jsonld"),
    ("<http://a> <http://b> .", "broken.nt"),
])
def test_unparsable_rdf_changes_nothing(store_dir, ttl_file, tmp_path, content, name, capsys):
    main(["--store", store_dir, "ingest", str(ttl_file)])
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    capsys.readouterr()
    # the good file is listed first: nothing at all may be written when a later file is bad
    other = tmp_path / "other.ttl"
    other.write_text('<http://example.org/z> <http://example.org/p> "z" .', encoding="utf-8")
    code = main(["--store", store_dir, "ingest", str(other), str(bad)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("polgraph: ") and "Traceback" not in err and name in err
    assert count_triples(store_dir) == 2


@pytest.mark.parametrize("argv,needle", [
    (["ingest", "does-not-exist.ttl"], "no such file"),
    (["query", "SELECT WHERE {"], "SPARQL"),
    (["query", "@missing.rq"], "no such file"),
    (["query", "   "], "empty query"),
])
def test_bad_input_one_clear_line(store_dir, argv, needle):
    proc = subprocess.run([sys.executable, "-m", "polgraph", "--store", store_dir, *argv],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unreachable_endpoint(tmp_path):
    from tests.conftest import free_port
    url = f"http://127.0.0.1:{free_port()}/query"
    proc = subprocess.run([sys.executable, "-m", "polgraph", "--store", url, "stats"],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "unreachable" in proc.stderr and "Traceback" not in proc.stderr


def test_locked_store_is_reported(store_dir):
    holder = OxigraphStore(store_dir)
    try:
        proc = subprocess.run([sys.executable, "-m", "polgraph", "--store", store_dir, "stats"],
                              capture_output=True, text=True)
    finally:
        holder.close()
    assert proc.returncode != 0
    assert "in use by another process" in proc.stderr


def test_an_article_whose_name_has_spaces_gets_a_clean_id(store_dir, tmp_path, capsys):
    article = tmp_path / "my article.txt"
    article.write_text("Turkey launched an offensive against the SDF on Wednesday.", encoding="utf-8")
    assert main(["--store", store_dir, "ingest", str(article), "--published", "2019-10-10"]) == 0
    capsys.readouterr()
    assert main(["--store", store_dir, "documents", "list", "--format", "json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == ["my-article"]


@pytest.mark.parametrize("bad_id", ["a b", "x>", "../etc"])
def test_removing_an_impossible_id_is_not_found(store_dir, bad_id, capsys):
    assert main(["--store", store_dir, "documents", "remove", bad_id]) == 5
    assert "no such document" in capsys.readouterr().err


def test_json_ld_with_a_remote_context_is_refused_without_fetching(store_dir, tmp_path, capsys):
    import http.server
    import threading

    hits = []

    class Canary(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(b'{"@context": {"name": "http://schema.org/name"}}')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        doc = tmp_path / "remote.jsonld"
        doc.write_text(json.dumps({"@context": f"http://127.0.0.1:{server.server_port}/ctx",
                                   "@id": "http://example.org/a", "name": "x"}), encoding="utf-8")
        assert main(["--store", store_dir, "ingest", str(doc)]) == 2
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []
    assert "never fetches" in capsys.readouterr().err
    assert count_triples(store_dir) == 0
