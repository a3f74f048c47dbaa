"""Hubs of cooperation and conflict, and how they change."""
from __future__ import annotations

import pytest

from polgraph.analysis import centrality

from .conftest import event


def test_hub_moves(graph, weights):
    graph.doc("2019-05-05", event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-05-01"),
              event("Threat", "THREATEN", "TUR", "SYR", "2019-05-01"),
              event("Cooperation", "COOPERATE", "USA", "SDF", "2019-05-01"))
    graph.doc("2025-05-05", event("Visit", "CONSULT", "TUR", "SYR", "2025-05-01"),
              event("Cooperation", "COOPERATE", "USA", "SYR", "2025-05-01"),
              event("Aid", "AID", "QAT", "SYR", "2025-05-01"))
    rows = {(r.period, r.actor): r for r in centrality(graph.store(), weights=weights, actors="all")}
    assert rows["2019", "TUR"].conflict == 12.0 and rows["2019", "TUR"].conflict_rank == 1
    assert rows["2019", "SDF"].cooperation_rank == 1 and rows["2019", "USA"].cooperation_rank == 1
    syr = rows["2025", "SYR"]
    assert (syr.cooperation, syr.cooperation_rank) == (21.0, 1)
    assert syr.cooperation_share == pytest.approx(21 / 42)
    assert syr.cooperation_change == pytest.approx(0.5)        # from no cooperation in 2019
    assert rows["2025", "TUR"].conflict_change == pytest.approx(-12 / 24)
    assert ("2025", "SDF") not in rows                         # no events: no row, not a zero
    only = centrality(graph.store(), weights=weights, actors="SYR")
    assert {r.actor for r in only} == {"SYR"} and [r.period for r in only] == ["2019", "2025"]
