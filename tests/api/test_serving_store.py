"""The serving store: reads from memory, writes through to the store directory."""
from __future__ import annotations

import pytest

from polgraph.errors import ParseError
from polgraph.sparql import ServingStore
from polgraph.store import OxigraphStore

G = "http://example.org/g"


def test_writes_reach_the_directory_and_survive_a_restart(tmp_path):
    with OxigraphStore(tmp_path / "store") as disk:
        disk.replace_graph(G, '<http://example.org/a> <http://example.org/b> "1" .')
    serving = ServingStore(OxigraphStore(tmp_path / "store"))
    assert serving.count(G) == 1  # copied into memory at start
    serving.update(f"INSERT DATA {{ GRAPH <{G}> {{ <http://example.org/a> <http://example.org/b> 2 }} }}")
    serving.merge_graph(G, '<http://example.org/a> <http://example.org/b> "3" .')
    serving.replace_graph("http://example.org/h", '<http://example.org/x> <http://example.org/y> "4" .')
    serving.remove_graph("http://example.org/h")
    serving.close()
    with OxigraphStore(tmp_path / "store") as reopened:
        assert reopened.count(G) == 3
        assert not reopened.has_graph("http://example.org/h")


def test_nondeterministic_updates_leave_both_copies_equal(tmp_path):
    serving = ServingStore(OxigraphStore(tmp_path / "store"))
    serving.update(f"INSERT {{ GRAPH <{G}> {{ <http://example.org/a> <http://example.org/id> ?u }} }} "
                   "WHERE { BIND(STRUUID() AS ?u) }")
    in_memory = serving.select(f"SELECT ?u WHERE {{ GRAPH <{G}> {{ ?s ?p ?u }} }}")
    serving.close()
    with OxigraphStore(tmp_path / "store") as reopened:
        assert reopened.select(f"SELECT ?u WHERE {{ GRAPH <{G}> {{ ?s ?p ?u }} }}") == in_memory


def test_a_failed_write_changes_neither_copy(tmp_path):
    serving = ServingStore(OxigraphStore(tmp_path / "store"))
    serving.replace_graph(G, '<http://example.org/a> <http://example.org/b> "1" .')
    with pytest.raises(ParseError):
        serving.replace_graph(G, "this is not N-Triples")
    assert serving.count(G) == 1
    serving.close()
    with OxigraphStore(tmp_path / "store") as reopened:
        assert reopened.count(G) == 1
