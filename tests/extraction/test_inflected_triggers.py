"""Inflected forms of listed trigger words: the participle used as an adverbial, the dual,
the English present and -ing forms. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extraction.keys import event_triples


@pytest.mark.parametrize("text, key", [
    # Participles after the main verb (منتقداً، منددا، مهدداً، مشدداً على ضرورة).
    ("وقال وزير الخارجية الأردني إن الهجمات مرفوضة، منتقداً الغارات الإسرائيلية على سوريا.", ("ACCUSE", "JOR", "ISR")),
    ("وأصدرت قطر بياناً منددا بالقصف الإسرائيلي على دمشق.", ("ACCUSE", "QAT", "ISR")),
    ("وخرجت الخارجية التركية ببيان مهدداً قوات سوريا الديمقراطية.", ("THREATEN", "TUR", "SDF")),
    ("وأصدر الوزير القطري بيانا مشدداً على ضرورة انسحاب إسرائيل من الأراضي السورية.", ("REQUEST", "QAT", "ISR")),
    # The feminine dual of the past (التقتا).
    ("والتقتا السعودية وقطر في الرياض.", ("CONSULT", "SAU", "QAT")),
])
def test_arabic_participles_and_duals_of_listed_verbs_name_the_event(text, key):
    assert key in event_triples(text, "2025-09-01")


@pytest.mark.parametrize("text, key", [
    ("Turkey lambasts Israel over the strikes on Damascus.", ("ACCUSE", "TUR", "ISR")),
    ("Qatar hits out at Israel over the raid.", ("ACCUSE", "QAT", "ISR")),
    ("Iran issued a statement deploring the Israeli strikes.", ("ACCUSE", "IRN", "ISR")),
    ("Russia rebuffs the US proposal on Syria.", ("REJECT", "RUS", "USA")),
    ("The United States eases sanctions on Syria.", ("RETREAT", "USA", "SYR")),
])
def test_english_present_and_ing_forms_of_listed_verbs_name_the_event(text, key):
    assert key in event_triples(text, "2025-09-01")
