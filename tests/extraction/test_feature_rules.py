"""Rules for feature prose: visits without a visit word, invitations, office-holders as
speakers, participles of speech, verbs of leaving, dates and questions, in both languages."""
from __future__ import annotations

import pytest

from polgraph.extraction import extract


def _keys(text, published="2025-02-06"):
    return {(e.plover, e.source.group, e.target.group if e.target else None, e.date, e.status)
            for e in extract(text, published=published).events}


def _plain(text, published="2025-02-06"):
    return {k[:3] for k in _keys(text, published)}


# ------------------------------------------------------------------ clauses and dates
def test_a_bracketed_abbreviation_does_not_split_the_clause():
    text = "بعد إعلان قوات سوريا الديمقراطية (قسد)، في العشرين من الشهر، طرد تنظيم داعش من المدينة."
    assert ("ASSAULT", "SDF", "ISIS") in _plain(text)


def test_a_bracketed_abbreviation_does_not_split_the_clause_in_english():
    text = "The Syrian Democratic Forces (SDF), on Sunday, expelled ISIS from the town."
    assert ("ASSAULT", "SDF", "ISIS", "2025-02-02", "asserted") in _keys(text)


def test_a_full_stop_after_a_month_ends_the_sentence_not_the_date():
    assert ("CONSULT", "USA", "SYR", "2025-05-14", "asserted") in _keys(
        "Trump met al-Sharaa in Riyadh on 14 May. The talks were long.", "2025-05-20")


# ------------------------------------------------------------------------ visits
@pytest.mark.parametrize("text,pair", [
    ("وصل الشرع إلى أنقرة يوم الثلاثاء.", ("SYR", "TUR")),
    ("وصل وزير الخارجية التركي على رأس وفد إلى دمشق أمس.", ("TUR", "SYR")),
    ("Ahmed al-Sharaa took office last week. On Sunday he flew to Riyadh. "
     "On Tuesday he was in Ankara, standing beside President Erdogan.", ("SYR", "TUR")),
])
def test_visits_told_without_a_visit_word(text, pair):
    assert ("CONSULT",) + pair in _plain(text)


@pytest.mark.parametrize("text", [
    "The French president called al-Sharaa on Wednesday to invite him to Paris.",
    "دعا الرئيس الفرنسي الشرع لزيارة باريس يوم الأربعاء.",
])
def test_an_invitation_is_a_consultation(text):
    assert any(k[0] == "CONSULT" and {k[1], k[2]} == {"FRA", "SYR"} for k in _plain(text))


# --------------------------------------------------------------- speakers and verbs
@pytest.mark.parametrize("text,key", [
    ("قال المتحدث باسم وزارة الدفاع الروسية إن المدينة دمرت، متهماً الولايات المتحدة بإخفاء الضحايا.",
     ("ACCUSE", "RUS", "USA")),
    ("The Turkish foreign minister spoke in Ankara on Monday, accusing Israel of stoking the fighting.",
     ("ACCUSE", "TUR", "ISR")),
])
def test_a_participle_of_speech_takes_the_sentence_subject(text, key):
    assert key in _plain(text)


@pytest.mark.parametrize("text", [
    "Fidan held Israel responsible for the clashes.",
    "حمّل فيدان إسرائيل المسؤولية عن الاشتباكات.",
])
def test_holding_someone_responsible_accuses(text):
    assert ("ACCUSE", "TUR", "ISR") in _plain(text)


@pytest.mark.parametrize("text", [
    "Putin, Erdogan and Rouhani left the hardest questions where they found them.",
    "Some of the deals Saudi Arabia signed may never leave the page.",
    "غادر أردوغان الأسئلة الصعبة معلقة.",
])
def test_leaving_without_a_place_is_no_withdrawal(text):
    assert not any(k[0] == "RETREAT" for k in _plain(text))


@pytest.mark.parametrize("text,source", [
    ("On Monday, US troops left their observation posts near the border.", "USA"),
    ("The Russian foreign ministry said Assad left the country.", "SYR"),
    ("وغادر مقاتلو قسد مدينة رأس العين يوم الأحد.", "SDF"),
])
def test_leaving_a_place_is_a_withdrawal(text, source):
    assert any(k[0] == "RETREAT" and k[1] == source for k in _plain(text, "2024-12-10"))


# ------------------------------------------------------------------------ status
def test_the_month_may_is_no_modal():
    assert {k[4] for k in _keys("Trump met al-Sharaa in Riyadh on 14 May.", "2025-05-20")} == {"asserted"}


@pytest.mark.parametrize("text,status", [
    ("Will a Turkish pact push the SDF towards a deal with Damascus?", "hypothetical"),
    ("هل تنضم دمشق إلى التحالف الدولي؟", "hypothetical"),
    ("Why did Israel strike Damascus on Monday?", "asserted"),
    ("لماذا قصفت إسرائيل دمشق أمس؟", "asserted"),
])
def test_only_yes_no_questions_are_hypothetical(text, status):
    statuses = {k[4] for k in _keys(text, "2025-05-20")}
    assert statuses == {status}, statuses
