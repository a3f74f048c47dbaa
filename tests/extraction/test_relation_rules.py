"""Relation rules (member_of, allied_with) added for phrasing families seen in development articles."""
from __future__ import annotations

from polgraph.extraction import extract


def _relations(text: str, published: str = "2021-03-01") -> set[tuple]:
    return {(r.relation, r.subject.group, r.object.group) for r in extract(text, published=published).relations}


def test_relation_word_before_a_compound_name_points_to_the_name_not_the_modifier():
    rels = _relations("Turkish officers met envoys from the YPG, which forms the core of the US-backed "
                      "Syrian Democratic Forces, in a border village.")
    assert ("member_of", "YPG", "SDF") in rels
    assert ("member_of", "YPG", "USA") not in rels
    rels = _relations("Ankara says the Kurdish militia, the backbone of the US-backed Syrian Democratic "
                      "Forces, must leave the frontier.")
    assert ("member_of", "YPG", "USA") not in rels
