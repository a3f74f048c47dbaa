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
