"""Imported events weighed from their files' partial sums give the series the events give."""
from __future__ import annotations

import dataclasses
import functools
import random
from pathlib import Path

import pytest

from polgraph.analysis import alignment, alignment_series
from polgraph.analysis.aggregate import aggregated_graphs, dyad_cells, whole_months
from polgraph.analysis.periods import Window, parse_windows
from polgraph.analysis.weights import load_weights
from polgraph.datasets.importer import import_gdelt
from polgraph.store import open_store
from polgraph.summary import graph_summary
from polgraph.vocab import dataset_graph

from .conftest import event

PG = "https://polgraph.org/ns#"
from tests.conftest import SHARED
REAL_SAMPLE = SHARED / "data" / "gdelt" / "gdelt1-sample-2016-07-28.tsv"
GDELT_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gdelt"

# (CAMEO actor code, name, country): states of the gazetteer, a role of one (SYRGOV rolls up
# to SYR), an actor outside it (GHA, its own group) and one that rolls up to no group (CVL).
ACTORS = [("SYR", "SYRIA", "SYR"), ("SYRGOV", "DAMASCUS", "SYR"), ("USA", "UNITED STATES", "USA"),
          ("TUR", "TURKEY", "TUR"), ("RUS", "RUSSIA", "RUS"), ("GHA", "GHANA", "GHA"), ("CVL", "CIVILIAN", "")]
# (CAMEO event code, quad class, Goldstein value as GDELT prints it)
CODES = [("042", "1", "1.9"), ("057", "1", "8.0"), ("190", "4", "-10.0"), ("112", "3", "-2.0"),
         ("051", "1", "3.4"), ("061", "2", "6.4"), ("138", "3", "-7.0"), ("173", "4", "-5.0")]
# Days on both sides of month, quarter and year boundaries.
DAYS = ["2016-03-31", "2016-04-01", "2016-06-30", "2016-07-01", "2016-07-15", "2016-12-31",
        "2017-01-01", "2017-02-28", "2017-03-01", "2017-09-30", "2017-10-01"]


def gdelt_row(event_id: int, day: str, one: tuple[str, str, str], two: tuple[str, str, str],
              code: tuple[str, str, str]) -> str:
    """One GDELT 1.0 row of 58 columns."""
    compact = day.replace("-", "")
    fields = [str(event_id), compact, compact[:6], compact[:4], compact[:4] + ".5000"]
    for actor_code, name, country in (one, two):
        role = actor_code[3:] if len(actor_code) > 3 else ""
        fields += [actor_code, name, country, "", "", "", "", role, "", ""]
    cameo, quad, goldstein = code
    fields += ["1", cameo, cameo[:3], cameo[:2], quad, goldstein, "3", "1", "3", "-1.5"]
    fields += [""] * 21 + [compact, f"http://example.org/{event_id}"]
    return "\t".join(fields)


def write_gdelt(path: Path, first_id: int, rows: int, seed: int) -> Path:
    """A GDELT file of ``rows`` rows drawn from the sets above."""
    rng = random.Random(seed)
    lines = []
    for n in range(rows):
        one, two = rng.sample(ACTORS, 2)
        lines.append(gdelt_row(first_id + n, rng.choice(DAYS), one, two, rng.choice(CODES)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def mixed_store(graph, tmp_path):
    """Two imported GDELT files beside a few extracted events on the same dyads and days."""
    graph.doc("2016-07-20", event("Visit", "CONSULT", "TUR", "SYR", "2016-07-15"),
              event("Threat", "THREATEN", "USA", "SYR", "2016-12-31", status="planned", confidence=0.7))
    graph.doc("2017-03-02", event("Accusation", "ACCUSE", "SYR", "TUR", "2017-03-01"),
              event("AirStrike", "ASSAULT", "RUS", "TUR", None))
    store = graph.store()
    for name, first, seed in (("a.export.csv", 1000, 1), ("b.export.csv", 5000, 2)):
        report = import_gdelt(store, write_gdelt(tmp_path / name, first, 160, seed))
        assert report.rejected == 0 and report.imported == 160
    return store


def _per_event(monkeypatch):
    monkeypatch.setattr(alignment, "dyad_cells", functools.partial(dyad_cells, partial_sums=False))


def _both_paths(monkeypatch, store, **options):
    with_sums = alignment_series(store, **options)
    with monkeypatch.context() as m:
        _per_event(m)
        per_event = alignment_series(store, **options)
    return with_sums, per_event


def _assert_same(with_sums, per_event):
    assert [s.to_json() for s in with_sums] == [s.to_json() for s in per_event]
    assert [(s.a, s.b, s.period, s.events) for s in with_sums] == [(s.a, s.b, s.period, s.events) for s in per_event]
    # The sums are added in another order than the events, so the last bits of a double may differ.
    assert [s.score for s in with_sums] == pytest.approx([s.score for s in per_event], rel=1e-12, abs=1e-9)


CASES = [
    {"by": "year"},
    {"by": "quarter"},
    {"by": "month"},
    {"by": "quarter", "origin": "gdelt"},
    {"by": "month", "origin": "text"},
    {"by": "month", "start": "2016-04", "end": "2017-02"},
    {"by": parse_windows("early=2016-01..2016-06,overlap=2016-04..2017-03,late=2017-04..2017-12")},
]


@pytest.mark.parametrize("options", CASES, ids=lambda o: "-".join(
    str(v if isinstance(v, str) else "windows") for v in o.values()))
@pytest.mark.parametrize("weights_name", ["shipped", "test"])
def test_sums_and_events_give_the_same_series(monkeypatch, mixed_store, weights, options, weights_name):
    chosen = load_weights() if weights_name == "shipped" else weights
    with_sums, per_event = _both_paths(monkeypatch, mixed_store, actors="all", weights=chosen, **options)
    assert sum(s.events for s in per_event) > 0
    _assert_same(with_sums, per_event)


def test_sums_cover_every_dyadic_imported_event(monkeypatch, mixed_store):
    series = alignment_series(mixed_store, by="year", actors="all", origin="gdelt")
    counted = mixed_store.select(f"""SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{
        ?e <{PG}eventType> ?type ; <{PG}origin> "gdelt" ; <{PG}sourceGroup> ?s ; <{PG}targetGroup> ?t .
        FILTER(?s != ?t) }} }}""")
    assert sum(s.events for s in series) == int(counted[0]["n"]) > 100


def test_the_sums_are_what_the_fast_path_reads(monkeypatch, mixed_store):
    # Doubling every stored Goldstein sum must move the whole-month series and nothing else:
    # the proof that the comparisons above compare two different computations.
    before = {(s.a, s.b, s.period): s.score for s in alignment_series(mixed_store, by="year", origin="gdelt")}
    mixed_store.update(f"""DELETE {{ GRAPH ?g {{ ?x <{PG}goldsteinSum> ?v }} }}
        INSERT {{ GRAPH ?g {{ ?x <{PG}goldsteinSum> ?w }} }}
        WHERE {{ GRAPH ?g {{ ?x <{PG}goldsteinSum> ?v }} BIND(2 * ?v AS ?w) }}""")
    after = {(s.a, s.b, s.period): s.score for s in alignment_series(mixed_store, by="year", origin="gdelt")}
    assert after.keys() == before.keys()
    assert after == pytest.approx({k: 2 * v for k, v in before.items()})
    with monkeypatch.context() as m:
        _per_event(m)
        assert {(s.a, s.b, s.period): s.score for s in alignment_series(mixed_store, by="year", origin="gdelt")
                } == pytest.approx(before)


def test_a_window_inside_a_month_reads_the_events(monkeypatch, mixed_store):
    windows = [Window("mid-july", "2016-07-02", "2016-07-31"), Window("2016-q3", "2016-07-01", "2016-09-30")]
    assert not whole_months(windows)
    reference = alignment_series(mixed_store, by=windows, actors="all")
    mixed_store.update(f"""DELETE {{ GRAPH ?g {{ ?x <{PG}eventCount> ?n }} }}
        WHERE {{ GRAPH ?g {{ ?x <{PG}eventCount> ?n }} }}""")
    # Without their counts the sums are unusable; a window inside a month never needed them.
    assert [s.to_json() for s in alignment_series(mixed_store, by=windows, actors="all")] == \
        [s.to_json() for s in reference]
    mid = {(s.a, s.b): s.events for s in reference if s.period == "mid-july"}
    quarter = {(s.a, s.b): s.events for s in reference if s.period == "2016-q3"}
    assert mid and all(n <= quarter[dyad] for dyad, n in mid.items())


@pytest.mark.parametrize("bounds", [("2016-04-02", None), (None, "2017-02-27")])
def test_bounds_inside_a_month_fall_back_to_events(monkeypatch, mixed_store, bounds):
    start, end = bounds
    assert not whole_months("year", start, end)
    with_sums, per_event = _both_paths(monkeypatch, mixed_store, by="year", actors="all", start=start, end=end)
    _assert_same(with_sums, per_event)


def test_removing_a_file_removes_its_sums(mixed_store):
    graph = str(dataset_graph("a.export.csv"))
    other = str(dataset_graph("b.export.csv"))
    assert aggregated_graphs(mixed_store) == {graph, other}
    assert mixed_store.remove_graph(graph)
    assert aggregated_graphs(mixed_store) == {other}
    assert not mixed_store.ask(f"ASK {{ GRAPH ?g {{ ?x a <{PG}EventAggregate> ; "
                               f"<http://www.w3.org/ns/prov#wasDerivedFrom> <https://polgraph.org/id/doc/a.export.csv> }} }}")
    mixed_store.remove_graph(other)
    assert alignment_series(mixed_store, by="year", actors="all", origin="gdelt") == []


def test_reimporting_a_file_replaces_its_sums(monkeypatch, mixed_store, tmp_path):
    # Same file name, other rows: the old sums must go with the old events, not add up.
    import_gdelt(mixed_store, write_gdelt(tmp_path / "a.export.csv", 1000, 40, seed=9))
    with_sums, per_event = _both_paths(monkeypatch, mixed_store, by="month", actors="all", origin="gdelt")
    _assert_same(with_sums, per_event)
    summed = mixed_store.select(f"""SELECT (SUM(?n) AS ?total) WHERE {{
        GRAPH <{dataset_graph('a.export.csv')}> {{ ?x <{PG}eventCount> ?n }} }}""")
    assert int(summed[0]["total"]) <= 40


def test_sums_are_not_counted_as_events(mixed_store):
    summary = graph_summary(mixed_store)
    imported = mixed_store.select(f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{PG}origin> ?o ; <{PG}eventType> ?t }} }}")
    assert summary["events"] == int(imported[0]["n"]) == 2 * 160 + 4
    assert sum(summary["events_by_type"].values()) == summary["events"]


def test_a_file_without_sums_is_still_counted(monkeypatch, mixed_store):
    # A graph imported before the sums existed (or whose sums were dropped) is read event by event.
    graph = str(dataset_graph("a.export.csv"))
    reference = [s.to_json() for s in alignment_series(mixed_store, by="quarter", actors="all")]
    mixed_store.update(f"""DELETE {{ GRAPH <{graph}> {{ ?x ?p ?o }} }}
        WHERE {{ GRAPH <{graph}> {{ ?x a <{PG}EventAggregate> ; ?p ?o }} }}""")
    assert aggregated_graphs(mixed_store) == {str(dataset_graph("b.export.csv"))}
    assert [s.to_json() for s in alignment_series(mixed_store, by="quarter", actors="all")] == reference


def test_sums_are_weighed_by_their_mean_confidence(tmp_path, weights):
    # Imported events have confidence 1; a sum of events sharing a lower confidence is
    # weighed by it when confidence multiplies the weights, and not when it does not.
    store = open_store("memory")
    import_gdelt(store, write_gdelt(tmp_path / "c.export.csv", 1, 120, seed=3))
    plain = dataclasses.replace(weights, multiply_confidence=False)

    def scores(chosen):
        return {(c.a, c.b, c.period): c.score
                for c in dyad_cells(store, periods="month", weights=chosen, origin="gdelt")}

    before = scores(weights)
    assert before and before == pytest.approx(scores(plain))
    store.update(f"""DELETE {{ GRAPH ?g {{ ?x <{PG}confidenceSum> ?c }} }}
        INSERT {{ GRAPH ?g {{ ?x <{PG}confidenceSum> ?h }} }}
        WHERE {{ GRAPH ?g {{ ?x <{PG}confidenceSum> ?c }} BIND(?c / 4 AS ?h) }}""")
    assert scores(weights) == pytest.approx({k: v / 4 for k, v in before.items()})
    assert scores(plain) == pytest.approx(before)


@pytest.mark.parametrize("name", ["mixed-gdelt1.tsv", "gdelt2-2025.export.tsv", "real"])
def test_shipped_and_real_files_give_the_same_series_both_ways(monkeypatch, name):
    path = REAL_SAMPLE if name == "real" else GDELT_FIXTURES / name
    if not path.is_file():
        pytest.skip("the GDELT sample is not in ../shared")
    store = open_store("memory")
    import_gdelt(store, path)
    assert aggregated_graphs(store)
    for by in ("year", "month"):
        with_sums, per_event = _both_paths(monkeypatch, store, by=by, actors="all")
        assert per_event
        _assert_same(with_sums, per_event)
