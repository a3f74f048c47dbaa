"""``polgraph import-gdelt`` and ``polgraph export-events``."""
from __future__ import annotations

import json

from polgraph.cli import main
from polgraph.store import OxigraphStore


def _graphs(store_dir: str) -> list[str]:
    store = OxigraphStore(store_dir)
    try:
        return store.graphs()
    finally:
        store.close()


def test_import_reports_counts_and_lines(tmp_path, mixed_tsv, gdelt2_tsv, capsys):
    store = str(tmp_path / "store")
    assert main(["--store", store, "import-gdelt", str(mixed_tsv), str(gdelt2_tsv), "--report", "json"]) == 0
    reports = json.loads(capsys.readouterr().out)
    assert [(r["rows"], r["imported"], r["rejected"]) for r in reports] == [(10, 4, 6), (2, 2, 0)]
    assert reports[0]["reasons"]["columns"]["first_lines"] == [3]
    assert len(_graphs(store)) == 2


def test_text_report_names_reasons_and_lines(tmp_path, mixed_tsv, capsys):
    assert main(["--store", str(tmp_path / "s"), "import-gdelt", str(mixed_tsv)]) == 0
    out = capsys.readouterr().out
    assert "10 rows read, imported 4, rejected 6" in out
    assert "SQLDATE is not a valid YYYYMMDD date (lines 4)" in out


def test_dry_run_and_missing_file(tmp_path, mixed_tsv, capsys):
    store = str(tmp_path / "store")
    assert main(["--store", store, "import-gdelt", "--dry-run", str(mixed_tsv)]) == 0
    assert "would import 4" in capsys.readouterr().out
    assert _graphs(store) == []
    assert main(["--store", store, "import-gdelt", str(tmp_path / "absent.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_export_events_to_file_and_stdout(tmp_path, mixed_tsv, capsys):
    store = str(tmp_path / "store")
    assert main(["--store", store, "import-gdelt", str(mixed_tsv)]) == 0
    capsys.readouterr()
    out = tmp_path / "events.csv"
    assert main(["--store", store, "export-events", "--format", "csv", "-o", str(out), "--origin", "gdelt"]) == 0
    lines = out.read_text().splitlines()
    assert lines[0].startswith("id,date,actor,") and len(lines) == 5
    assert main(["--store", store, "export-events", "--origin", "text"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--store", store, "export-events"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["event"] for r in records} == {"CONSULT", "ASSAULT", "REJECT"}


def test_export_to_an_unwritable_place(tmp_path, capsys):
    code = main(["--store", str(tmp_path / "s"), "export-events", "-o", str(tmp_path / "no" / "dir" / "x.csv")])
    assert code == 2 and "cannot write" in capsys.readouterr().err


def test_a_file_that_is_not_a_gdelt_export_is_refused_and_writes_nothing(tmp_path, capsys):
    from polgraph.cli import main
    from polgraph.store import OxigraphStore

    other = tmp_path / "contacts.csv"
    other.write_text("name,email\nAlice,alice@example.org\nBob,bob@example.org\n", encoding="utf-8")
    store_dir = str(tmp_path / "store")
    assert main(["--store", store_dir, "import-gdelt", str(other)]) != 0
    assert "does not look like a GDELT event export" in capsys.readouterr().err
    store = OxigraphStore(store_dir)
    try:
        assert store.graphs() == []
    finally:
        store.close()
