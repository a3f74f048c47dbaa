"""Shifts between consecutive observed periods, with the events that drove them."""
from __future__ import annotations

from polgraph.analysis import shifts

from .conftest import event


def test_sign_change_with_drivers_from_both_periods(graph, weights):
    strike = graph.doc("2019-10-10", event("AirStrike", "ASSAULT", "USA", "SYR", "2019-10-09"))
    graph.doc("2022-05-05", event("Threat", "THREATEN", "USA", "TUR", "2022-05-04"))
    visit = graph.doc("2025-11-11", event("Visit", "CONSULT", "SYR", "USA", "2025-11-10"),
                      event("Threat", "THREATEN", "USA", "SYR", "2025-11-10", status="hypothetical"))
    (move,) = [m for m in shifts(graph.store(), weights=weights) if (m.a, m.b) == ("SYR", "USA")]
    # 2022 has no SYR–USA events: a gap, so the move runs from 2019 to 2025.
    assert (move.from_period, move.to_period, move.from_score, move.to_score) == ("2019", "2025", -8.0, 3.0)
    assert move.sign_change
    # The strike that is gone (−8) and the visit (+4) drove it; the hypothetical threat pushed against.
    assert move.to_json()["drivers"] == [f"{strike}/e1", f"{visit}/e1"]


def test_only_sign_changes_and_the_largest_move_per_dyad(graph, weights):
    for year, plover, type_ in (("2016", "THREATEN", "Threat"), ("2017", "ASSAULT", "AirStrike"),
                                ("2018", "THREATEN", "Threat"), ("2019", "SUPPORT", "Praise")):
        graph.doc(f"{year}-06-01", event(type_, plover, "TUR", "SDF", f"{year}-05-01"))
    found = shifts(graph.store(), weights=weights)
    # Moves: −4→−8 (−4), −8→−4 (+4), −4→+5 (+9, a sign change, also the largest).
    assert [(m.from_period, m.to_period) for m in found] == [("2018", "2019")]
    found = shifts(graph.store(), weights=weights, largest=3)
    assert [(m.from_period, m.to_period) for m in found][0] == ("2018", "2019")
    assert len(found) == 3


def test_shift_json_shape(graph, weights):
    graph.doc("2019-06-01", event("Threat", "THREATEN", "TUR", "SYR", "2019-05-01"))
    graph.doc("2025-06-01", event("Visit", "CONSULT", "TUR", "SYR", "2025-05-01"))
    (move,) = shifts(graph.store(), weights=weights)
    assert set(move.to_json()) == {"a", "b", "from_period", "to_period", "from_score", "to_score", "drivers"}
    evidence = move.to_json(explain=True)["evidence"]
    assert {e["type"] for e in evidence} == {"Threat", "Visit"}
    assert all(e["quote"] and e["document"] for e in evidence)
