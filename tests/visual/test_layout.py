"""The layout keeps every actor in one place whatever the period."""
from __future__ import annotations

import itertools
import math

from polgraph.visual.layout import CORE_POSITIONS, stable_layout, timeline_layout


def test_same_actor_same_place_in_every_period(small_timeline):
    pos = timeline_layout(small_timeline)
    assert set(pos) == set(small_timeline.actors)
    # Each period's own graph has every actor, so drawing any period uses these places.
    for period in small_timeline.periods:
        assert set(small_timeline.graph(period).nodes) == set(pos)
    assert timeline_layout(small_timeline) == pos  # seeded: the same on every run


def test_core_actors_keep_their_places_whatever_else_is_drawn():
    alone = stable_layout(["SYR", "USA", "TUR", "SDF"])
    crowded = stable_layout(["SYR", "USA", "TUR", "SDF", "RUS", "ISR", "IRN", "QAT"])
    for code in CORE_POSITIONS:
        assert alone[code] == crowded[code] == CORE_POSITIONS[code]


def test_no_two_actors_share_a_place():
    pos = stable_layout([f"A{i:02d}" for i in range(25)] + list(CORE_POSITIONS))
    closest = min(math.dist(p, q) for p, q in itertools.combinations(pos.values(), 2))
    assert closest > 0.3
