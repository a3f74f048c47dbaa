"""English: a pledge or reaffirmation of support with a word before the noun, and the last
verb of a list of predicates after a serial comma, whose subject opens the sentence (or a
pronoun that points back to the sentence before). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extraction.keys import event_triples


@pytest.mark.parametrize("text,key", [
    ("The Emir of Qatar pledged continued support for Lebanon's recovery.", ("SUPPORT", "QAT", "LBN")),
    ("Erdogan reaffirmed Turkey's support for Iraq's territorial integrity.", ("SUPPORT", "TUR", "IRQ")),
])
def test_pledged_or_reaffirmed_support_with_a_modifier(text, key):
    assert key in event_triples(text, "2025-03-10")


def test_serial_comma_verb_keeps_the_sentence_subject():
    text = ("The Saudi foreign minister flew to Beirut on Monday, met the Lebanese president, "
            "and praised the new government.")
    keys = event_triples(text, "2025-03-10")
    assert ("SUPPORT", "SAU", "LBN") in keys
    assert ("SUPPORT", "LBN", "SAU") not in keys


def test_serial_comma_verb_after_a_pronoun_subject():
    text = ("Erdogan received the Iraqi prime minister in Ankara on Tuesday. He said he would "
            "back the Jordanian plan, and urged Baghdad to close the border crossings.")
    assert ("REQUEST", "TUR", "IRQ") in event_triples(text, "2025-03-10")
