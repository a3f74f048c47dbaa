"""The analysis commands: JSON shapes of the issue, tables, CSV, and bad input."""
from __future__ import annotations

import csv
import io
import json

import pytest

from polgraph.cli import main

from .conftest import TEST_WEIGHTS, event


@pytest.fixture
def store_dir(graph, tmp_path):
    """An embedded store on disk holding a small story, and a weights file beside it."""
    graph.doc("2019-10-10", event("AirStrike", "ASSAULT", "USA", "SYR", "2019-10-09"),
              event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-09"),
              event("Aid", "AID", "USA", "SDF", "2019-10-01"),
              event("Cooperation", "COOPERATE", "USA", "TUR", "2019-10-02"))
    graph.doc("2025-11-11", event("Visit", "CONSULT", "ahmed-al-sharaa", "donald-trump", "2025-11-10"),
              event("Threat", "THREATEN", "TUR", "SDF", None),
              event("Praise", "SUPPORT", "TUR", "SYR", "2025-11-01"))
    from polgraph.store import OxigraphStore
    from polgraph.pipeline import prepare_extraction

    path = tmp_path / "store"
    store = OxigraphStore(path)
    for extraction in graph.extractions:
        prepared = prepare_extraction(extraction)
        store.replace_graph(prepared.graph, prepared.data)
    store.close()
    (tmp_path / "w.toml").write_text(TEST_WEIGHTS, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_alignments_json_shape_and_values(store_dir, capsys):
    code, out, _ = run(capsys, "--store", str(store_dir), "alignments", "--weights", str(store_dir.parent / "w.toml"))
    assert code == 0
    rows = json.loads(out)
    assert all(list(r) == ["a", "b", "period", "score", "events"] for r in rows)
    assert all(r["a"] < r["b"] for r in rows)
    assert {(r["a"], r["b"], r["period"]): r["score"] for r in rows} == {
        ("SDF", "TUR", "2019"): -8.0, ("SDF", "USA", "2019"): 7.0, ("SYR", "USA", "2019"): -8.0,
        ("TUR", "USA", "2019"): 10.0, ("SDF", "TUR", "2025"): -4.0, ("SYR", "TUR", "2025"): 5.0,
        ("SYR", "USA", "2025"): 4.0}


def test_alignments_explain_csv_and_table(store_dir, capsys):
    weights = str(store_dir.parent / "w.toml")
    _, out, _ = run(capsys, "--store", str(store_dir), "alignments", "--weights", weights, "--explain", "2",
                    "--actors", "TUR,SDF")
    (row,) = [r for r in json.loads(out) if r["period"] == "2025"]
    assert row["drivers"][0]["date_from_publication"] is True and row["drivers"][0]["date"] == "2025-11-11"
    _, out, _ = run(capsys, "--store", str(store_dir), "alignments", "--weights", weights, "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == ["a", "b", "period", "score", "events"] and len(table) == 7
    _, out, _ = run(capsys, "--store", str(store_dir), "alignments", "--weights", weights, "--format", "table",
                    "--actors", "SYR,USA")
    assert out.splitlines()[0].split() == ["a", "b", "period", "score", "events"]
    assert len(out.splitlines()) == 4


def test_shifts_balance_blocs_centrality_run(store_dir, capsys):
    weights = str(store_dir.parent / "w.toml")
    _, out, _ = run(capsys, "--store", str(store_dir), "shifts", "--weights", weights)
    moves = json.loads(out)
    assert [(m["a"], m["b"], m["from_period"], m["to_period"]) for m in moves] == [
        ("SYR", "USA", "2019", "2025"), ("SDF", "TUR", "2019", "2025")]
    assert set(moves[0]) == {"a", "b", "from_period", "to_period", "from_score", "to_score", "drivers"}
    for command in ("balance", "blocs", "centrality"):
        code, out, _ = run(capsys, "--store", str(store_dir), command, "--weights", weights)
        assert code == 0 and isinstance(json.loads(out), list)
        code, out, _ = run(capsys, "--store", str(store_dir), command, "--weights", weights, "--format", "table")
        assert code == 0 and out.startswith("period")


@pytest.mark.parametrize("argv, message", [
    (["alignments", "--from", "yesterday"], "not a date"),
    (["shifts", "--windows", "x=2025..2024"], "ends before it starts"),
    (["balance", "--weights", "/nonexistent/w.toml"], "no such weights file"),
    (["blocs", "--actors", ","], "no actors"),
])
def test_bad_input_is_one_message_and_a_non_zero_exit(store_dir, capsys, argv, message):
    code, out, err = run(capsys, "--store", str(store_dir), *argv)
    assert code != 0 and out == ""
    assert message in err and "Traceback" not in err
