"""A negation inside a condition states the condition: the event is hypothetical."""
from __future__ import annotations

from polgraph.extraction import Extractor


def _statuses(text: str) -> dict[tuple, str]:
    ex = Extractor().run(text, published="2025-03-01")
    return {(e.plover, e.source.group): e.status for e in ex.events}


def test_a_negated_deed_in_a_condition_is_hypothetical():
    got = _statuses("Ankara said it would strike if the SDF did not withdraw from the border.")
    assert got.get(("RETREAT", "SDF")) == "hypothetical", got


def test_a_plain_negation_still_denies():
    got = _statuses("The SDF did not withdraw from Manbij.")
    assert got.get(("RETREAT", "SDF")) == "denied", got

