"""Rules that fill a missing side or subject: the adversary of an untargeted threat or
strike, office noun phrases as subjects, idiomatic threats, in both languages."""
from __future__ import annotations

import pytest

from polgraph.extraction import extract
from tests.extraction.keys import event_triples


def _plain(text, published="2025-02-06"):
    return event_triples(text, published)


# ------------------------------------------------------------------ adversaries
@pytest.mark.parametrize("text", [
    "Turkish jets struck YPG positions near Tal Rifaat on Monday. Erdogan threatened a wider offensive.",
    "قصفت الطائرات التركية مواقع وحدات حماية الشعب قرب تل رفعت يوم الاثنين. وهدد أردوغان بتوسيع العملية.",
])
def test_an_untargeted_threat_goes_on_against_the_strikes_target(text):
    assert ("THREATEN", "TUR", "YPG") in _plain(text)


@pytest.mark.parametrize("text", [
    "Israel and Iran exchanged messages last year. Erdogan threatened a wider offensive.",
    "Erdogan threatened a wider offensive.",
])
def test_an_untargeted_threat_without_earlier_hostility_has_no_target(text):
    assert not any(k[0] == "THREATEN" for k in _plain(text))


# --------------------------------------------------- offices after an Arabic verb
@pytest.mark.parametrize("text,key", [
    ("ونددت مصادر في الخارجية السورية بالتصريحات الأميركية.", ("ACCUSE", "SYR", "USA")),
    ("ورفض مسؤول رفيع في وزارة الخارجية التركية الدعوات الأميركية.", ("REJECT", "TUR", "USA")),
    ("وانتقد مصدر مسؤول في وزارة الخارجية والمغتربين السورية الموقف التركي.", ("ACCUSE", "SYR", "TUR")),
])
def test_an_office_after_the_verb_is_its_subject(text, key):
    assert key in _plain(text)


def test_a_destination_after_an_office_is_no_subject():
    # The envoy's own state is not named; Syria is where he is sent, Israel is urged.
    keys = _plain("ودعا المبعوث الخاص إلى سوريا إسرائيل إلى وقف غاراتها.")
    assert not any(k[1] == "SYR" for k in keys)


# ------------------------------------------------------------- idiomatic threats
@pytest.mark.parametrize("text", [
    "Turkish jets struck YPG positions on Monday. Ankara said it would not stand idle.",
    "Erdogan said all options are on the table against the YPG.",
    "قصفت الطائرات التركية مواقع وحدات حماية الشعب يوم الاثنين. وقالت أنقرة إنها لن تقف مكتوفة الأيدي.",
    "وقال أردوغان إن كل الخيارات مطروحة ضد قسد.",
])
def test_idiomatic_threats(text):
    events = extract(text, published="2025-02-06").events
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and threats[0].source.group == "TUR"
    assert threats[0].status != "denied"


# ------------------------------------------------------------------- the West
@pytest.mark.parametrize("text", [
    "Damascus accused the West of backing the SDF.",
    "Russia condemned Western capitals for their sanctions on Syria.",
    "واتهمت دمشق العواصم الغربية بدعم قسد.",
    "وانتقدت موسكو الدول الغربية بسبب عقوباتها على سوريا.",
])
def test_the_west_is_no_group_and_lends_its_slot_to_no_one(text):
    assert _plain(text) == set()


# ------------------------------------------------------------------- the lead's date
@pytest.mark.parametrize("text", [
    "Russia carried out air strikes in Syria on Wednesday.\n\nRussian jets also struck ISIS positions near Raqqa.",
    "نفذت روسيا غارات جوية في سوريا يوم الأربعاء.\n\nوقصفت الطائرات الروسية مواقع داعش قرب الرقة.",
])
def test_a_lead_without_a_target_still_dates_the_story(text):
    events = extract(text, published="2015-10-01").events
    assert [(e.plover, e.source.group, e.target.group, e.date) for e in events] == \
        [("ASSAULT", "RUS", "ISIS", "2015-09-30")]
