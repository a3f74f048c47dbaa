"""General event vocabulary of every PLOVER category, and days told from a day named
before them ("the next day", في اليوم السابق, "the same Saturday")."""

from __future__ import annotations

import pytest

from polgraph.extraction import extract
from polgraph.extraction.dates import find_dates
from tests.extraction.keys import event_triples


def _keys(text, published=None):
    return event_triples(text, published)


def _dated(text: str, published: str | None = None) -> list[tuple]:
    return [(e.plover, e.date) for e in extract(text, published=published).events]


# ---------------------------------------------------------------- vocabulary
@pytest.mark.parametrize("text, key", [
    ("Washington notified Damascus before the strikes began.", ("CONSULT", "USA", "SYR")),
    ("أبلغت واشنطن دمشق بالضربات قبل ساعات من بدئها", ("CONSULT", "USA", "SYR")),
    ("Moscow hopes to persuade Ankara to refrain from a ground operation.", ("REQUEST", "RUS", "TUR")),
    ("Russia offered talks, but Washington brushed the offer aside.", ("REJECT", "USA", "RUS")),
    ("Russia pulled its military police out of Afrin.", ("RETREAT", "RUS", None)),
    ("Coalition aircraft provided air cover for the Turkish operation.", ("COOPERATE", "COALITION", "TUR")),
])
def test_general_vocabulary_names_its_category(text, key):
    assert key in _keys(text)


def test_a_common_noun_of_rebuilding_is_no_aid():
    # The reconstruction file is a topic, not aid given by anyone.
    assert not any(k[0] == "AID" for k in _keys("بحث الوزيران التعاون الاقتصادي وملفات إعادة الإعمار بين دمشق وواشنطن"))


# ---------------------------------------------------------------- relative days
@pytest.mark.parametrize("text, lang, published, values", [
    ("The deal came on 7 August. The day before, Esper warned Ankara.", "en", "2019-09-10",
     ["2019-08-07", "2019-08-06"]),
    ("Trump spoke on 13 May and met him the next day.", "en", "2025-06-01", ["2025-05-13", "2025-05-14"]),
    ("They met on 3 March; the same day, talks began.", "en", "2025-06-01", ["2025-03-03", "2025-03-03"]),
    ("عقد المؤتمر في الثامن من آب، وردت دمشق في اليوم التالي", "ar", "2025-08-20", ["2025-08-08", "2025-08-09"]),
    ("حذر الوزير في اليوم السابق", "ar", "2025-08-20", []),
])
def test_a_day_is_counted_from_the_last_day_named(text, lang, published, values):
    assert [d.value for d in find_dates(text, lang, published)] == values


def test_the_same_weekday_is_the_last_day_with_that_weekday():
    text = "Damascus fell on Sunday 8 December. On Saturday 7 December ministers met; on the same Saturday rebels advanced."
    assert [d.value for d in find_dates(text, "en", "2024-12-14")][-1] == "2024-12-07"


def test_the_day_before_yesterday_is_not_the_day_before():
    assert [d.value for d in find_dates("The day before yesterday they met.", "en", "2025-08-20")] == ["2025-08-18"]


def test_an_event_told_the_next_day_takes_that_day():
    events = _dated("Turkey launched an offensive against the SDF on 9 October. "
                    "The next day, Washington condemned Ankara.", "2019-10-20")
    assert ("ACCUSE", "2019-10-10") in events


# ---------------------------------------------------------------- headlines
def test_a_headline_split_by_a_dateline_takes_the_lead_date():
    text = ("From Riyadh.. Trump lifts sanctions on Syria\n\n"
            "US President Donald Trump lifted sanctions on Syria on Tuesday, the White House said.")
    events = extract(text, published="2025-05-15").events
    assert events and all(e.date == "2025-05-13" for e in events)


# ---------------------------------------------------------------- dates of the topic
@pytest.mark.parametrize("text", [
    "وحمّل فيدان إسرائيل جانباً كبيراً من المسؤولية عن أحداث السويداء الشهر الماضي",
    "Turkey accused Israel over the events of Sweida last month.",
])
def test_a_month_after_an_about_word_dates_the_topic_not_the_event(text):
    events = extract(text, published="2025-08-14").events
    assert [e.plover for e in events] == ["ACCUSE"] and events[0].date is None


def test_a_month_of_the_event_itself_is_kept():
    (event,) = extract("Turkey accused Israel of bombing Sweida last month.", published="2025-08-14").events
    assert event.date == "2025-07"
