"""Names of the shipped gazetteer: common words never name a person, roles roll up by date."""
from __future__ import annotations

import pytest

from polgraph.extraction import Extractor
from polgraph.extraction.normalize import fold
from polgraph.gazetteer import load_gazetteer

# Surnames that are also everyday Arabic words: عون "help", سلام "peace", بري "ground"
# (هجوم بري, a ground offensive), قاسم a common first name, السوداني "Sudanese".
_COMMON_WORDS = ["عون", "سلام", "بري", "قاسم", "السوداني", "حسين", "أحمد", "عبد الله"]


@pytest.mark.parametrize("word", _COMMON_WORDS)
def test_a_common_word_is_no_alias(word):
    folded = fold(word)
    for actor in load_gazetteer():
        assert folded not in {fold(n) for n in actor.names("ar")}, actor.id


def test_a_ground_offensive_names_no_lebanese_speaker():
    ex = Extractor().run("شنت القوات التركية هجوما بريا على مواقع قسد أمس الأحد.", published="2025-03-03")
    assert {a.actor.group for a in ex.actors} == {"TUR", "SDF"}


@pytest.mark.parametrize(("actor_id", "date", "group"), [
    ("joseph-aoun", "2020-05-01", "LBN"),   # army commander
    ("joseph-aoun", "2025-06-01", "LBN"),   # president
    ("hassan-nasrallah", "2020-01-01", "HEZBOLLAH"),
    ("hassan-nasrallah", "2025-01-01", None),  # killed in September 2024
    ("naim-qassem", "2025-01-01", "HEZBOLLAH"),
    ("annalena-baerbock", "2025-08-01", None),  # out of office in May 2025
    ("johann-wadephul", "2025-08-01", "DEU"),
])
def test_persons_roll_up_by_the_date(actor_id, date, group):
    assert load_gazetteer().group_at(actor_id, date) == group


def test_a_head_of_state_named_alone_speaks_for_the_state():
    ex = Extractor().run("Pezeshkian condemned the Israeli strikes on Syria on Tuesday.", published="2025-07-17")
    assert [(e.plover, e.source.group, e.target.group) for e in ex.events][:1] == [("ACCUSE", "IRN", "ISR")]


@pytest.mark.parametrize(("actor_id", "date", "group"), [
    ("jens-stoltenberg", "2019-06-01", "NATO"),
    ("jens-stoltenberg", "2025-03-01", None),    # left NATO in October 2024
    ("mark-rutte", "2025-03-01", "NATO"),
    ("david-cameron", "2015-09-01", "GBR"),      # prime minister
    ("david-cameron", "2020-01-01", None),       # between his two posts
    ("david-cameron", "2024-02-01", "GBR"),      # foreign secretary
    ("mike-pompeo", "2017-06-01", "USA"),        # CIA director
    ("binali-yildirim", "2017-01-01", "TUR"),
    ("qassem-soleimani", "2016-01-01", "IRN"),
    ("qassem-soleimani", "2021-01-01", None),    # killed in January 2020
    ("hossein-amir-abdollahian", "2019-01-01", None),
    ("talal-silo", "2016-05-01", "SDF"),
    ("ryan-dillon", "2017-10-01", "COALITION"),
    ("abu-ibrahim-al-qurashi", "2021-01-01", "ISIS"),
    ("cemil-bayik", "2020-01-01", "PKK"),
    ("mark-lowcock", "2019-01-01", "UN"),
    ("mohammed-al-bashir", "2024-06-01", "HTS"),  # Salvation Government in Idlib
    ("mohammed-al-bashir", "2025-06-01", "SYR"),
    ("sergei-shoigu", "2025-01-01", "RUS"),       # Security Council secretary
    ("hadi-al-bahra", "2024-01-01", None),        # no group fits the political opposition
])
def test_more_officials_roll_up_by_the_date(actor_id, date, group):
    assert load_gazetteer().group_at(actor_id, date) == group


def test_a_nato_chief_named_alone_speaks_for_nato():
    ex = Extractor().run("Stoltenberg condemned the Syrian regime's attack on Tuesday.", published="2016-04-20")
    assert [(e.plover, e.source.id, e.source.group, e.target.group) for e in ex.events][:1] == [
        ("ACCUSE", "jens-stoltenberg", "NATO", "SYR")]


def test_an_arabic_surname_names_the_iranian_minister():
    ex = Extractor().run("ندد عبد اللهيان بالغارات الإسرائيلية على سوريا أمس.", published="2023-04-02")
    assert ("ACCUSE", "hossein-amir-abdollahian", "IRN", "ISR") in {
        (e.plover, e.source.id, e.source.group, e.target.group) for e in ex.events}


@pytest.mark.parametrize(("text", "groups"), [
    ("Italy, Spain and the Netherlands pledged aid for Syria at the conference.", {"ITA", "ESP", "NLD", "SYR"}),
    ("The Ukrainian foreign minister met his Swedish and Finnish counterparts.", {"UKR", "SWE", "FIN"}),
    ("وأدانت سلطنة عمان والجزائر والعراق الغارات، فيما رحبت كندا وأستراليا بالقرار.", {"OMN", "DZA", "IRQ", "CAN", "AUS"}),
])
def test_states_beyond_the_region_are_named(text, groups):
    ex = Extractor().run(text, published="2023-02-20")
    assert {a.actor.group for a in ex.actors} == groups


@pytest.mark.parametrize("text", [
    "A bomber struck the Greek Orthodox church in Damascus.",
    "Russia, Turkey and Iran met again in the Kazakh capital.",
    "واستقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية السوري.",
])
def test_demonyms_of_a_church_a_venue_or_a_surname_name_no_state(text):
    ex = Extractor().run(text, published="2023-02-20")
    assert not {a.actor.group for a in ex.actors} & {"GRC", "KAZ", "SDN"}


def test_an_undated_deed_of_a_former_leader_is_his_state_s_and_a_dated_one_after_his_time_none():
    from tests.extraction.keys import event_triples
    assert ("ACCUSE", "SYR", "TUR") in event_triples("Assad long accused Turkey of arming the rebels.", "2025-06-01")
    assert not event_triples("Bashar al-Assad accused Turkey of arming the rebels on Monday.", "2025-06-03")
