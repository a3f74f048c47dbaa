"""Bare office nouns that point back to a named actor: "the council" after the Security
Council, "the ministry" / الوزارة after a state (data/lexicon/anaphora.toml)."""
from __future__ import annotations

import pytest

from tests.extraction.keys import event_triples


@pytest.mark.parametrize("text, key", [
    ("France asked the UN Security Council to meet. The council called on Israel to withdraw.",
     ("REQUEST", "UN", "ISR")),
    ("دعت فرنسا مجلس الأمن الدولي إلى اجتماع طارئ. وطالب المجلس إسرائيل بالانسحاب.",
     ("REQUEST", "UN", "ISR")),
])
def test_the_council_is_the_security_council_named_before(text, key):
    assert key in event_triples(text, "2025-03-09")


def test_the_ministry_speaks_for_the_state_named_before_it():
    text = "وأعلنت وزارة الخارجية التركية أن أنقرة ترحب بالخطوة، وأضافت الوزارة أنها تدين الغارات الإسرائيلية."
    events = event_triples(text, "2025-03-09")
    assert ("ACCUSE", "TUR", "ISR") in events
    assert not any(key[0] == "ACCUSE" and key[1] == "ISR" for key in events)


@pytest.mark.parametrize("text", [
    "وقال الوزير الروسي إن موسكو تدين الغارات الإسرائيلية.",
    "The council met on Monday.",
])
def test_an_office_with_its_own_state_or_no_antecedent_points_nowhere(text):
    # الوزير الروسي names its state itself; "the council" with no council named before is nobody.
    events = event_triples(text, "2025-03-09")
    assert not any(key[1] == "UN" for key in events)
    assert all(key[1] != "ISR" for key in events)
