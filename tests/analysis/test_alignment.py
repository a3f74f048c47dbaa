"""Dyad series on hand-built graphs whose scores are worked out by hand from TEST_WEIGHTS."""
from __future__ import annotations

import pytest

from polgraph.analysis import alignment_series
from polgraph.analysis.periods import parse_windows
from polgraph.errors import InputError

from .conftest import event, relation


def series(store, weights, **options):
    return [(s.a, s.b, s.period, round(s.score, 6), s.events)
            for s in alignment_series(store, weights=weights, **options)]


def test_dyad_flips_sign_and_is_unordered(graph, weights):
    graph.doc("2019-10-10", event("AirStrike", "ASSAULT", "USA", "SYR", "2019-10-09"))
    graph.doc("2025-05-15", event("Visit", "CONSULT", "SYR", "USA", "2025-05-14"),
              event("Cooperation", "COOPERATE", "USA", "SYR", "2025-05-14", confidence=0.5))
    assert series(graph.store(), weights) == [
        ("SYR", "USA", "2019", -8.0, 1),
        ("SYR", "USA", "2025", 9.0, 2),   # Visit 4 + COOPERATE 10 × confidence 0.5
    ]


def test_a_period_without_events_is_a_gap_not_a_zero(graph, weights):
    graph.doc("2019-01-05", event("Threat", "THREATEN", "TUR", "SDF", "2019-01-04"))
    graph.doc("2021-03-05", event("AirStrike", "ASSAULT", "TUR", "SDF", "2021-03-04"))
    assert [row[2] for row in series(graph.store(), weights)] == ["2019", "2021"]


@pytest.mark.parametrize("status, expected", [
    ("asserted", -4.0), ("planned", -2.0), ("hypothetical", -1.0), ("denied", 0.0)])
def test_status_discounts(graph, weights, status, expected):
    graph.doc("2019-10-01", event("Threat", "THREATEN", "TUR", "SDF", "2019-09-30", status=status))
    assert series(graph.store(), weights) == [("SDF", "TUR", "2019", expected, 1)]


def test_confidence_multiplies_and_can_be_switched_off(graph, weights):
    from dataclasses import replace

    graph.doc("2019-10-01", event("Threat", "THREATEN", "TUR", "SDF", "2019-09-30", confidence=0.25))
    store = graph.store()
    assert series(store, weights)[0][3] == -1.0
    assert series(store, replace(weights, multiply_confidence=False))[0][3] == -4.0


def test_persons_roll_up_to_the_group_they_stood_for_at_the_time(graph, weights):
    # al-Sharaa led HTS before December 2024 and Syria after it.
    graph.doc("2020-06-02", event("Threat", "THREATEN", "ahmed-al-sharaa", "TUR", "2020-06-01"))
    graph.doc("2025-11-11", event("Visit", "CONSULT", "ahmed-al-sharaa", "donald-trump", "2025-11-10"))
    assert series(graph.store(), weights, actors="all") == [
        ("HTS", "TUR", "2020", -4.0, 1),
        ("SYR", "USA", "2025", 4.0, 1),
    ]


def test_undated_event_sits_in_its_publication_period_and_is_marked(graph, weights):
    graph.doc("2024-12-20", event("Praise", "SUPPORT", "TUR", "SYR", None))
    (score,) = alignment_series(graph.store(), weights=weights, explain=3)
    assert (score.period, score.score) == ("2024", 5.0)
    assert score.drivers[0].date == "2024-12-20" and score.drivers[0].date_from_publication


def test_events_without_a_target_contribute_to_no_dyad(graph, weights):
    graph.doc("2019-10-01", event("Threat", "THREATEN", "TUR", None, "2019-09-30"))
    assert series(graph.store(), weights, actors="all") == []


def test_two_reports_of_one_event_count_once_and_keep_both_sources(graph, weights):
    first = graph.doc("2025-11-11", event("Visit", "CONSULT", "SYR", "USA", "2025-11-10", quote="first"))
    second = graph.doc("2025-11-12", event("Visit", "CONSULT", "USA", "SYR", "2025-11-10", quote="second"))
    (score,) = alignment_series(graph.store(), weights=weights, explain=5)
    assert (score.score, score.events) == (4.0, 1)
    (driver,) = score.drivers
    assert {r["document"] for r in driver.merged} == {first, second}
    assert {r["quote"] for r in driver.merged} == {"first", "second"}


def test_planned_then_asserted_is_one_asserted_event(graph, weights):
    graph.doc("2025-10-01", event("Visit", "CONSULT", "SYR", "USA", "2025-11", status="planned"))
    graph.doc("2025-11-12", event("Visit", "CONSULT", "SYR", "USA", "2025-11-10"))
    (score,) = alignment_series(graph.store(), weights=weights, explain=1)
    assert (score.score, score.events) == (4.0, 1)      # asserted: 4, not 4 + 0.5 × 4
    assert score.drivers[0].status == "asserted"
    assert [r["status"] for r in score.drivers[0].merged] == ["asserted", "planned"]


def test_distinct_events_are_not_merged_through_a_vague_report(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10"),
              event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-12"))
    graph.doc("2019-11-01", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10"))
    assert series(graph.store(), weights) == [("SDF", "TUR", "2019", -16.0, 2)]


def test_reports_of_different_kinds_or_far_apart_dates_stay_apart(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10"))
    graph.doc("2019-12-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-12-10"),
              event("Threat", "THREATEN", "TUR", "SDF", "2019-10-10"))
    assert series(graph.store(), weights) == [("SDF", "TUR", "2019", -20.0, 3)]


def test_explained_drivers_add_up_to_the_score(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10", confidence=0.7),
              event("Threat", "THREATEN", "SDF", "TUR", "2019-10-11", status="planned"),
              event("Visit", "CONSULT", "TUR", "SDF", None, confidence=0.9))
    (score,) = alignment_series(graph.store(), weights=weights, explain=10)
    assert len(score.drivers) == 3
    assert sum(d.weight for d in score.drivers) == pytest.approx(score.score)
    assert [abs(d.weight) for d in score.drivers] == sorted((abs(d.weight) for d in score.drivers), reverse=True)


def test_explain_keeps_only_the_strongest(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10"),
              event("Threat", "THREATEN", "TUR", "SDF", "2019-10-11"),
              event("Accusation", "ACCUSE", "TUR", "SDF", "2019-10-12"))
    (score,) = alignment_series(graph.store(), weights=weights, explain=2)
    assert [d.type for d in score.drivers] == ["AirStrike", "Threat"]


def test_origin_filter_and_goldstein_weights(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10"))
    graph.doc("gdelt-2019", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10", origin="gdelt",
                                  goldstein=-10.0, cameo="195", external_id="1"))
    store = graph.store()
    assert series(store, weights, origin="text") == [("SDF", "TUR", "2019", -8.0, 1)]
    assert series(store, weights, origin="gdelt") == [("SDF", "TUR", "2019", -10.0, 1)]
    assert series(store, weights, origin="all") == [("SDF", "TUR", "2019", -18.0, 2)]


def test_standing_ties_count_once_per_period_they_cover(graph, weights):
    # Two documents report the same alliance; events make 2016, 2018 and 2020 observed.
    graph.doc("2016-01-01", relation("allied_with", "USA", "SDF", "2015", "2018"),
              event("AirStrike", "ASSAULT", "USA", "ISR", "2016-01-01"))
    graph.doc("2018-06-01", relation("allied_with", "SDF", "USA", "2015-10"),
              event("AirStrike", "ASSAULT", "USA", "IRN", "2018-06-01"))
    graph.doc("2020-01-01", event("Aid", "AID", "USA", "SDF", "2020-01-01"))
    rows = [r for r in series(graph.store(), weights, actors="all") if r[:2] == ("SDF", "USA")]
    # The open-ended report vouches for the tie only up to its own publication (2018).
    assert rows == [("SDF", "USA", "2016", 5.0, 0), ("SDF", "USA", "2018", 5.0, 0),
                    ("SDF", "USA", "2020", 7.0, 1)]


def test_an_undated_tie_holds_at_its_publication_date_only(graph, weights):
    graph.doc("2017-03-01", relation("member_of", "TUR", "USA", confidence=0.5),
              event("Threat", "THREATEN", "TUR", "SDF", "2017-02-01"))
    graph.doc("2019-03-01", event("Threat", "THREATEN", "TUR", "SDF", "2019-02-01"))
    rows = [r for r in series(graph.store(), weights, actors="all") if r[:2] == ("TUR", "USA")]
    assert rows == [("TUR", "USA", "2017", 0.5, 0)]


def test_actor_focus_and_dates(graph, weights):
    graph.doc("2019-10-20", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-10"),
              event("AirStrike", "ASSAULT", "RUS", "HTS", "2019-10-10"))
    graph.doc("2025-01-20", event("Visit", "CONSULT", "TUR", "SYR", "2025-01-10"))
    store = graph.store()
    assert {r[:2] for r in series(store, weights, actors=["SYR", "TUR", "SDF"])} == {("SDF", "TUR"), ("SYR", "TUR")}
    assert {r[:2] for r in series(store, weights, actors=None)} == {("SDF", "TUR"), ("HTS", "RUS"), ("SYR", "TUR")}
    assert series(store, weights, actors="all", start="2020") == [("SYR", "TUR", "2025", 4.0, 1)]
    assert [r[2] for r in series(store, weights, actors="all", end="2019-10")] == ["2019", "2019"]


def test_quarters_months_and_windows(graph, weights):
    graph.doc("2024-12-20", event("Threat", "THREATEN", "TUR", "SYR", "2024-11-30"))
    graph.doc("2025-01-20", event("Visit", "CONSULT", "TUR", "SYR", "2024-12-10"),
              event("Cooperation", "COOPERATE", "TUR", "SYR", "2025-02-01"))
    store = graph.store()
    assert [(r[2], r[3]) for r in series(store, weights, by="quarter")] == [("2024-Q4", 0.0), ("2025-Q1", 10.0)]
    assert [(r[2], r[3]) for r in series(store, weights, by="month")] == [
        ("2024-11", -4.0), ("2024-12", 4.0), ("2025-02", 10.0)]
    windows = parse_windows("before=2020..2024-12-07,after=2024-12-08..2025")
    assert [(r[2], r[3]) for r in series(store, weights, by=windows)] == [("before", -4.0), ("after", 14.0)]


@pytest.mark.parametrize("options", [{"by": "week"}, {"origin": "acled"}, {"start": "2025-13"},
                                     {"start": "2025", "end": "2024"}, {"actors": " , "}])
def test_bad_options_raise_input_errors(graph, weights, options):
    with pytest.raises(InputError):
        alignment_series(graph.store(), weights=weights, **options)


def test_undated_reports_merge_only_when_published_close_together(graph, weights):
    graph.doc("2025-03-14", event("Praise", "SUPPORT", "USA", "SYR", None))
    graph.doc("2025-04-10", event("Praise", "SUPPORT", "USA", "SYR", None))   # 27 days later: same
    graph.doc("2025-05-20", event("Praise", "SUPPORT", "USA", "SYR", None))   # 40 days later: another
    assert series(graph.store(), weights) == [("SYR", "USA", "2025", 10.0, 2)]


def test_reports_typed_differently_within_one_category_merge(graph, weights):
    graph.doc("2017-04-07", event("AirStrike", "ASSAULT", "USA", "SYR", "2017-04-07"))
    graph.doc("2017-04-08", event("MilitaryOperation", "ASSAULT", "USA", "SYR", "2017-04-07"))
    assert series(graph.store(), weights) == [("SYR", "USA", "2017", -8.0, 1)]
