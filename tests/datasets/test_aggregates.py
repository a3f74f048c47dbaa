"""The partial sums an import writes per dyad and month: contents, coverage, shapes."""
from __future__ import annotations

import dataclasses

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from polgraph.datasets.importer import ImportReport, gdelt_ntriples, import_gdelt
from polgraph.datasets.ntriples import aggregate_iri, aggregate_ntriples
from polgraph.ontology import validate
from polgraph.store import OxigraphStore, Store

PG = "https://polgraph.org/ns#"
DOC = "https://polgraph.org/id/doc/"


def _cells(store: Store) -> dict[str, dict[str, object]]:
    rows = store.select(f"""SELECT ?x ?p ?o WHERE {{ GRAPH ?g {{ ?x a <{PG}EventAggregate> ; ?p ?o }} }}""")
    out: dict[str, dict[str, object]] = {}
    for row in rows:
        name = row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        out.setdefault(row["x"], {})[name] = row["o"]
    return out


def test_fixture_cells_field_by_field(mixed_tsv):
    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    cells = _cells(store)
    # Of the four imported rows, two join two groups: Turkey visiting Syria (line 1, Goldstein
    # 1.9) and the Syrian government fighting the Israeli military in 1982 (line 2, -10).
    # US military against Syrian rebels (no group) and an unknown actor against the UN
    # (no group of its own country) are no dyad.
    visit = cells["https://polgraph.org/id/cell/mixed-gdelt1.tsv/TUR/SYR/2016-07"]
    assert visit == {"type": PG + "EventAggregate", "sourceGroup": "TUR", "targetGroup": "SYR",
                     "periodDate": "2016-07-01", "datePrecision": "month", "status": PG + "Asserted",
                     "origin": "gdelt", "eventCount": 1, "goldsteinSum": 1.9, "confidenceSum": 1.0,
                     "wasDerivedFrom": DOC + "mixed-gdelt1.tsv"}
    war = cells["https://polgraph.org/id/cell/mixed-gdelt1.tsv/SYR/ISR/1982-01"]
    assert (war["eventCount"], war["goldsteinSum"], war["periodDate"]) == (1, -10.0, "1982-01-01")
    assert len(cells) == 2


def _row(event_id: int, day: str, one: str, two: str, code: str, goldstein: str) -> str:
    fields = [str(event_id), day, day[:6], day[:4], day[:4] + ".5"]
    for actor in (one, two):
        fields += [actor, actor, actor, "", "", "", "", "", "", ""]
    fields += ["1", code, code, code[:2], "1", goldstein, "2", "1", "2", "0.5"]
    return "\t".join(fields + [""] * 21 + [day, f"http://example.org/{event_id}"])


def test_events_of_one_dyad_and_month_add_up(tmp_path):
    rows = [_row(1, "20160701", "TUR", "SYR", "042", "1.9"), _row(2, "20160731", "TUR", "SYR", "190", "-10"),
            _row(3, "20160801", "TUR", "SYR", "042", "1.9"), _row(4, "20160715", "SYR", "TUR", "051", "3.4"),
            _row(5, "20160716", "SYR", "SYR", "051", "3.4")]
    path = tmp_path / "day.tsv"
    path.write_text("\n".join(rows) + "\n")
    store = OxigraphStore()
    assert import_gdelt(store, path).imported == 5
    sums = {(c["sourceGroup"], c["targetGroup"], c["periodDate"]): (c["eventCount"], c["goldsteinSum"])
            for c in _cells(store).values()}
    # Direction is kept (TUR→SYR apart from SYR→TUR), months are calendar months, and an
    # event inside one group (row 5) is no dyad.
    assert sums == {("TUR", "SYR", "2016-07-01"): (2, pytest.approx(-8.1)),
                    ("TUR", "SYR", "2016-08-01"): (1, 1.9), ("SYR", "TUR", "2016-07-01"): (1, 3.4)}


def test_an_event_without_goldstein_value_leaves_the_file_without_sums(tmp_path):
    path = tmp_path / "gap.tsv"
    path.write_text(_row(1, "20160701", "TUR", "SYR", "042", "1.9") + "\n"
                    + _row(2, "20160702", "TUR", "SYR", "042", "") + "\n")
    store = OxigraphStore()
    assert import_gdelt(store, path).imported == 2
    assert _cells(store) == {}


def test_an_event_below_full_confidence_leaves_the_file_without_sums(monkeypatch, tmp_path):
    from polgraph.datasets import importer

    path = tmp_path / "unsure.tsv"
    path.write_text(_row(1, "20160701", "TUR", "SYR", "042", "1.9") + "\n")
    made = importer._event
    monkeypatch.setattr(importer, "_event", lambda *a: dataclasses.replace(made(*a), confidence=0.5))
    store = OxigraphStore()
    assert import_gdelt(store, path).imported == 1
    assert _cells(store) == {}


def test_sums_come_after_the_events_and_are_counted_in_the_report(mixed_tsv):
    report = ImportReport(str(mixed_tsv), "")
    text = "".join(gdelt_ntriples(mixed_tsv, report))
    assert report.triples == text.count("\n")
    first_cell = text.index(f"<{PG}EventAggregate>")
    assert text.rfind("<https://polgraph.org/id/event/") < first_cell


def test_cell_iris_escape_group_codes():
    assert aggregate_iri("f", "A/B", "C D", "2020-01").endswith("/f/A%2FB/C%20D/2020-01")


def _cell_graph(**changes) -> Graph:
    values = dict(source_group="TUR", target_group="SYR", month="2016-07", status="asserted", origin="gdelt",
                  events=2, goldstein_sum=-8.1, confidence_sum=2.0)
    values.update(changes)
    text = aggregate_ntriples(aggregate_iri("f", "TUR", "SYR", "2016-07"), DOC + "f", **values)
    return Graph().parse(data=text, format="nt")


def test_a_cell_conforms_to_its_shape():
    ok, report = validate(_cell_graph())
    assert ok, report


@pytest.mark.parametrize("changes", [{"events": 0}, {"confidence_sum": 3.0}, {"source_group": "tur"}])
def test_a_wrong_cell_breaks_its_shape(changes):
    ok, _ = validate(_cell_graph(**changes))
    assert not ok


def test_a_cell_on_a_day_that_is_not_the_first_breaks_its_shape():
    graph = _cell_graph()
    node = URIRef(aggregate_iri("f", "TUR", "SYR", "2016-07"))
    graph.set((node, URIRef(PG + "periodDate"), Literal("2016-07-15", datatype=XSD.date)))
    ok, _ = validate(graph)
    assert not ok
