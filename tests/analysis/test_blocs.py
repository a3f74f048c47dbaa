"""Blocs on positive ties and how membership changes."""
from __future__ import annotations

from polgraph.analysis import blocs

from .conftest import event


def test_two_blocs_merge(graph, weights):
    graph.doc("2018-05-05", event("Cooperation", "COOPERATE", "USA", "SDF", "2018-05-01"),
              event("Cooperation", "COOPERATE", "RUS", "SYR", "2018-05-01"),
              event("AirStrike", "ASSAULT", "SYR", "SDF", "2018-05-02"))
    # 2025: every pair of the four cooperates equally: one bloc.
    pairs = [("USA", "SDF"), ("RUS", "SYR"), ("SYR", "SDF"), ("SYR", "USA"), ("USA", "RUS"), ("RUS", "SDF")]
    graph.doc("2025-05-05", *(event("Cooperation", "COOPERATE", x, y, "2025-05-01") for x, y in pairs))
    first, second = blocs(graph.store(), weights=weights)
    assert first.blocs == [("RUS", "SYR"), ("SDF", "USA")] and first.changes == []
    assert second.blocs == [("RUS", "SDF", "SYR", "USA")]
    assert second.previous == "2018"
    (merge,) = [c for c in second.changes if c.kind == "merge"]
    assert merge.before == (("RUS", "SYR"), ("SDF", "USA"))


def test_join_leave_and_focus(graph, weights):
    graph.doc("2018-05-05", event("Cooperation", "COOPERATE", "USA", "SDF", "2018-05-01"),
              event("Threat", "THREATEN", "TUR", "SDF", "2018-05-01"))
    graph.doc("2019-05-05", event("Cooperation", "COOPERATE", "TUR", "SDF", "2019-05-01"),
              event("Threat", "THREATEN", "USA", "SDF", "2019-05-01"))
    first, second = blocs(graph.store(), weights=weights)
    assert first.unaligned == ["TUR"] and second.unaligned == ["USA"]
    kinds = {(c.kind, c.actor) for c in second.changes}
    assert {("join", "TUR"), ("leave", "USA")} <= kinds
    focused = blocs(graph.store(), weights=weights, actors="USA")
    assert [r.blocs for r in focused] == [[("SDF", "USA")], []]
