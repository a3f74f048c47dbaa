"""Trigger words that name an event only with the right object."""
from __future__ import annotations

from tests.extraction.keys import event_triples


def _keys(text, published="2019-09-10"):
    return event_triples(text, published)


def test_dismantling_works_is_no_sanctions_relief():
    keys = _keys("The SDF dismantled fortifications near the border under US supervision.")
    assert not any(k[0] == "RETREAT" and k[2] == "USA" for k in keys), keys


def test_dismantling_sanctions_is_relief():
    assert ("RETREAT", "USA", "SYR") in _keys("Washington dismantled the sanctions on Syria in June.", "2025-09-10")


def test_pulling_fighters_back_is_a_withdrawal():
    assert ("RETREAT", "SDF", None) in _keys("The SDF pulled its fighters back from the border on Monday.")
