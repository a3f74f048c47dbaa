"""Structural balance (Heider; Cartwright & Harary) on hand-built graphs."""
from __future__ import annotations

import networkx as nx
import pytest

from polgraph.analysis import balance
from polgraph.analysis.balance import triads

from .conftest import event


@pytest.mark.parametrize("signs, balanced", [
    ((1, 1, 1), True),      # three friends
    ((1, -1, -1), True),    # two friends with a common enemy
    ((1, 1, -1), False),    # a friend of both quarrels with the other
    ((-1, -1, -1), False),  # three mutual enemies
])
def test_triad_balance_is_the_sign_product(signs, balanced):
    g = nx.Graph()
    for (u, v), s in zip((("A", "B"), ("A", "C"), ("B", "C")), signs):
        g.add_edge(u, v, sign=s)
    (triad,) = triads(g)
    assert triad.balanced is balanced
    assert g.number_of_edges() == 3  # the input is not modified


def test_zero_ties_make_no_triad():
    g = nx.Graph()
    g.add_edge("A", "B", sign=1); g.add_edge("B", "C", sign=1); g.add_edge("A", "C", sign=0)
    assert list(triads(g)) == []


def test_balance_per_period_focus_and_all(graph, weights):
    # 2019: USA with the SDF, Turkey against the SDF, USA and Turkey allies → unbalanced.
    graph.doc("2019-10-10", event("Aid", "AID", "USA", "SDF", "2019-10-01"),
              event("AirStrike", "ASSAULT", "TUR", "SDF", "2019-10-09"),
              event("Cooperation", "COOPERATE", "USA", "TUR", "2019-10-02"),
              event("AirStrike", "ASSAULT", "RUS", "HTS", "2019-10-02"),
              event("Cooperation", "COOPERATE", "RUS", "SYR", "2019-10-02"),
              event("AirStrike", "ASSAULT", "SYR", "HTS", "2019-10-02"))
    # 2025: USA turns on Turkey too → two friends against a common enemy → balanced.
    graph.doc("2025-10-10", event("Aid", "AID", "USA", "SDF", "2025-10-01"),
              event("AirStrike", "ASSAULT", "TUR", "SDF", "2025-10-09"),
              event("SanctionsImposed", "SANCTION", "USA", "TUR", "2025-10-02"))
    reports = {(r.period, r.scope): r for r in balance(graph.store(), weights=weights, actors="SYR,USA,TUR,SDF")}
    assert set(reports) == {("2019", "focus"), ("2019", "all"), ("2025", "focus"), ("2025", "all")}
    assert (reports["2019", "focus"].balanced, reports["2019", "focus"].unbalanced) == (0, 1)
    assert reports["2019", "focus"].triads[0].actors == ("SDF", "TUR", "USA")
    # Over all actors 2019 adds HTS–RUS–SYR: Russia and Syria against HTS, balanced.
    assert (reports["2019", "all"].balanced, reports["2019", "all"].unbalanced) == (1, 1)
    assert (reports["2025", "focus"].balanced, reports["2025", "focus"].unbalanced) == (1, 0)
    assert reports["2025", "all"].to_json()["ratio"] == 1.0
