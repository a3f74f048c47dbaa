"""Reactions and reported speech: who demands, threatens, condemns or praises whom."""
from __future__ import annotations

import pytest

from tests.extraction.keys import event_triples


def _plain(text, published="2021-03-10"):
    return event_triples(text, published)


# ----------------------------------------------------------- reported demands and threats
@pytest.mark.parametrize("text, key", [
    ("Ankara said that Damascus must withdraw its forces from the border.", ("REQUEST", "TUR", "SYR")),
    ("The Turkish president said the SDF must lay down its arms.", ("REQUEST", "TUR", "SDF")),
    ("Moscow insisted that Washington has to pull its troops out.", ("REQUEST", "RUS", "USA")),
    ("The Iranian foreign minister said Israel would pay a heavy price.", ("THREATEN", "IRN", "ISR")),
    ("Turkey said Syria would face consequences if the shelling went on.", ("THREATEN", "TUR", "SYR")),
    ("أكد أردوغان أن قوات سوريا الديمقراطية يجب أن تلقي سلاحها.", ("REQUEST", "TUR", "SDF")),
    ("رأى لافروف أن على واشنطن سحب قواتها من سوريا.", ("REQUEST", "RUS", "USA")),
    ("قال وزير الخارجية التركي إن دمشق ستدفع ثمنا باهظا.", ("THREATEN", "TUR", "SYR")),
    ("اعتبرت طهران أن إسرائيل ستواجه عواقب وخيمة.", ("THREATEN", "IRN", "ISR")),
])
def test_the_speaker_demands_or_threatens_the_one_named_in_the_reported_clause(text, key):
    keys = _plain(text)
    assert key in keys
    assert not any(k[1] == key[2] and k[2] == key[1] for k in keys)


@pytest.mark.parametrize("text, key", [
    ("The SDF must pull back east of the river, Erdogan said on Monday.", ("REQUEST", "TUR", "SDF")),
    ("Erdogan met Biden in Ankara on Monday. The SDF must pull back, he told reporters.",
     ("REQUEST", "TUR", "SDF")),
    ("Damascus insists that the Israeli troops, who crossed the line last year, must leave.",
     ("REQUEST", "SYR", "ISR")),
])
def test_attribution_after_the_words_and_a_relative_clause_keep_the_speaker(text, key):
    assert key in _plain(text)


@pytest.mark.parametrize("text", [
    "Ankara said that Damascus must withdraw its forces from the border.",
    "رأى لافروف أن على واشنطن سحب قواتها من سوريا.",
])
def test_a_demanded_withdrawal_is_no_withdrawal(text):
    assert not any(k[0] == "RETREAT" for k in _plain(text))


@pytest.mark.parametrize("text", [
    "Turkey must decide soon whether to stay in Syria.",
    "Israel will pay a heavy price for its mistakes, analysts believe little.",
    "Washington said the sanctions were meant to deny the money the Syrian government needs to rebuild.",
    "Moscow said any settlement must respect Syria's territorial integrity.",
])
def test_modals_outside_reported_speech_or_away_from_the_subject_tell_no_demand(text):
    assert not any(k[0] in ("REQUEST", "THREATEN") for k in _plain(text))


# ------------------------------------------------------------ demands addressed to all
@pytest.mark.parametrize("text, source", [
    ("The SDF urged foreign governments to repatriate their citizens from the camps.", "SDF"),
    ("Qatar appealed to all parties to show restraint.", "QAT"),
    ("Russia called on the international community to help rebuild the country.", "RUS"),
    ("ناشدت قوات سوريا الديمقراطية الدول استعادة رعاياها من المخيمات.", "SDF"),
    ("وطالبت قوات سوريا الديمقراطية مجددا الدول المعنية باستعادة مواطنيها.", "SDF"),
    ("حثت قطر جميع الأطراف على ضبط النفس.", "QAT"),
])
def test_a_demand_to_a_collective_no_group_stands_for_is_told_without_target(text, source):
    assert ("REQUEST", source, None) in _plain(text)


def test_a_demand_to_nobody_named_is_still_dropped():
    assert not any(k[0] == "REQUEST" for k in _plain("The SDF called for the repatriation of the fighters."))


def test_a_name_opening_a_new_paragraph_is_no_place_of_the_last_sentence():
    text = ("The Kurdish-led forces said they would hunt the remaining cells across the east.\n\n"
            "SDF officials urged Turkey to open the border crossings.")
    assert ("REQUEST", "SDF", "TUR") in _plain(text)


# ------------------------------------------------ reactions to a deed taken up by a noun
@pytest.mark.parametrize("text, key", [
    ("Israel unveiled a new settlement plan on Monday. Jordan condemned the decision.", ("ACCUSE", "JOR", "ISR")),
    ("Turkey announced the reopening of its border crossing. Qatar welcomed the move.", ("SUPPORT", "QAT", "TUR")),
    ("أعلنت إسرائيل خطة استيطانية جديدة يوم الاثنين. ودانت الأردن القرار.", ("ACCUSE", "JOR", "ISR")),
    ("أعلنت تركيا إعادة فتح المعبر. ورحبت قطر بالخطوة.", ("SUPPORT", "QAT", "TUR")),
])
def test_a_reaction_to_the_decision_answers_the_subject_of_the_sentence_before(text, key):
    assert key in _plain(text)


def test_the_decision_in_a_new_paragraph_points_back_to_nobody():
    assert not any(k[0] == "ACCUSE" and k[2] is not None
                   for k in _plain("Israel unveiled a plan on Monday.\n\nJordan condemned the decision."))
