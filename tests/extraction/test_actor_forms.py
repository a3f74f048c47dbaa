"""How Arabic and English name actors: the inflections of national adjectives, plural
demonyms, parties and bodies, and news agencies that carry a state's name."""
from __future__ import annotations

import pytest

from polgraph.extraction.actors import find_actors
from polgraph.extraction.phrases import Tokens
from tests.extraction.keys import event_triples


def _actors(text, lang):
    return [(h.actor_id, h.kind) for h in find_actors(Tokens.of(text), lang)]


# ------------------------------------------------- Arabic nisba: the whole family
@pytest.mark.parametrize("text,actor", [
    ("أغارت مقاتلات إيرانية على الموقع", "IRN"),
    ("اجتمع الوفدان الإيرانيان في المساء", "IRN"),
    ("التقى المسؤولون الإيرانيون بنظرائهم", "IRN"),
    ("أصيب جنديان تركيان في الانفجار", "TUR"),
    ("وصلت الكتيبتان التركيتان إلى المعبر", "TUR"),
    ("انسحبت الفرقتين التركيتين من البلدة", "TUR"),
    ("قال دبلوماسيون أمريكيون إن المحادثات متعثرة", "USA"),
    ("التقى الوزير بالمسؤولين الأميركيين", "USA"),
    ("اعترضت الدفاعات صواريخ إسرائيلية", "ISR"),
    ("قُتل ثلاثة جنود إسرائيليين في الهجوم", "ISR"),
    ("نفى الإسرائيليون أي دور لهم", "ISR"),
    ("أعلنت القيادة السوريّة عن خطة جديدة", "SYR"),
    ("حضر ممثلون سعوديون الاجتماع", "SAU"),
    ("وصل خبراء روس إلى القاعدة", "RUS"),
    ("شارك ضباط مصريون في المناورات", "EGY"),
])
def test_arabic_national_adjectives_in_every_inflection(text, actor):
    assert (actor, "adjective") in _actors(text, "ar")


def test_adjective_after_a_blocking_noun_is_still_no_actor():
    # The plural form is blocked like the singular: refugees are not their state.
    assert _actors("عاد آلاف اللاجئين السوريين إلى بلداتهم", "ar") == []


def test_a_listed_name_keeps_its_reading_over_a_generated_form():
    # السعودية is the country's own name, not just the feminine adjective.
    assert _actors("زار الوزير السعودية", "ar") == [("SAU", "name")]


# ----------------------------------------------------------- English plurals
@pytest.mark.parametrize("text,actor", [
    ("The Iranians rejected the offer on Sunday.", "IRN"),
    ("The Israelis and the Syrians held indirect talks.", "ISR"),
    ("The Saudis pledged more money.", "SAU"),
    ("The Turks moved armour to the frontier.", "TUR"),
    ("The Americans pulled out of two bases.", "USA"),
])
def test_english_demonym_plurals_stand_for_the_state(text, actor):
    assert (actor, "name") in _actors(text, "en")


def test_a_bare_plural_demonym_names_the_people():
    assert _actors("Thousands of Syrians crossed into Jordan.", "en") == [("JOR", "name")]


# ------------------------------------------------------------- bodies and people
@pytest.mark.parametrize("text,lang,actor", [
    ("The PYD rejected the proposal.", "en", "PYD"),
    ("رفض حزب الاتحاد الديمقراطي المقترح", "ar", "PYD"),
    ("Saleh Muslim told reporters the talks had failed.", "en", "saleh-muslim"),
    ("قال صالح مسلم إن المفاوضات فشلت", "ar", "saleh-muslim"),
    ("Arab foreign ministers met in Cairo.", "en", "ARAB_LEAGUE"),
    ("اجتمع وزراء الخارجية العرب في القاهرة", "ar", "ARAB_LEAGUE"),
])
def test_parties_bodies_and_leaders_are_named(text, lang, actor):
    assert actor in [a for a, _ in _actors(text, lang)]


@pytest.mark.parametrize("text,lang,date,group", [
    ("Hassan Rouhani warned Washington on Tuesday.", "en", "2019-05-07", "IRN"),
    ("حذر حسن روحاني واشنطن", "ar", "2019-05-07", "IRN"),
    ("Le Drian summoned the Turkish ambassador.", "en", "2019-10-10", "FRA"),
    ("Bessent announced new measures against Tehran.", "en", "2025-04-01", "USA"),
    ("The Revolutionary Guard fired missiles at the base.", "en", "2020-01-08", "IRN"),
])
def test_officials_and_forces_roll_up_to_their_state(text, lang, date, group):
    from polgraph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    ids = [h.actor_id for h in find_actors(Tokens.of(text), lang) if h.actor_id]
    assert group in [gaz.group_at(i, date) for i in ids]


def test_a_former_official_speaks_for_nobody_after_leaving_office():
    from polgraph.gazetteer import load_gazetteer
    assert load_gazetteer().group_at("hassan-rouhani", "2023-01-01") is None


def test_the_pyd_and_its_leader_roll_up_to_the_ypg():
    from polgraph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.group_at("PYD") == "YPG"
    assert gaz.group_at("saleh-muslim", "2014-10-05") == "YPG"


# ----------------------------------------------------------------- news agencies
def test_a_news_agency_is_not_the_state_in_its_name():
    assert _actors("وقال مصدر لوكالة الصحافة الفرنسية إن القصف استمر", "ar") == []
    assert [k for a, k in _actors("a source told Agence France-Presse", "en") if a == "FRA"] == ["modifier"]


# ------------------------------------------------------ several actors together
def _events(text, published="2025-06-01"):
    return event_triples(text, published)


def _mutual(events, plover, a, b):
    return (plover, a, b) in events or (plover, b, a) in events


@pytest.mark.parametrize("text", [
    "Egypt, Jordan and Iraq agreed on Sunday to reopen the border crossings.",
    "اتفقت مصر والأردن والعراق يوم الأحد على إعادة فتح المعابر",
])
def test_a_listed_subject_agrees_among_itself_pair_by_pair(text):
    events = _events(text)
    for a, b in (("EGY", "JOR"), ("EGY", "IRQ"), ("JOR", "IRQ")):
        assert _mutual(events, "AGREE", a, b), (a, b, events)


def test_a_listed_subject_agreeing_with_another_stays_one_side():
    events = _events("Egypt and Jordan agreed with Iraq on Sunday to reopen the crossings.")
    assert _mutual(events, "AGREE", "EGY", "IRQ") and _mutual(events, "AGREE", "JOR", "IRQ")
    assert not _mutual(events, "AGREE", "EGY", "JOR")


@pytest.mark.parametrize("text", [
    "France, along with Britain and Germany, struck Islamic State depots on Friday.",
    "France along with Britain struck Islamic State depots on Friday.",
])
def test_partners_named_along_with_the_subject_do_the_deed_too(text):
    events = _events(text)
    assert ("ASSAULT", "FRA", "ISIS") in events and ("ASSAULT", "GBR", "ISIS") in events
    assert not any(e[0] == "ASSAULT" and e[2] in ("GBR", "DEU") for e in events)


def test_a_backer_set_off_by_commas_is_not_the_subject():
    events = _events("The SNA, backed by Turkey, attacked the SDF near Manbij on Friday.")
    assert ("ASSAULT", "SNA", "SDF") in events
    assert ("ASSAULT", "TUR", "SDF") not in events


@pytest.mark.parametrize("text", [
    "Egypt, Jordan and Iraq sent delegations to Baghdad. The three sides agreed to link their power grids.",
    "أرسلت مصر والأردن والعراق وفودا إلى بغداد. واتفقت الأطراف الثلاثة على ربط شبكات الكهرباء",
])
def test_the_three_sides_are_the_three_just_listed(text):
    events = _events(text)
    for a, b in (("EGY", "JOR"), ("EGY", "IRQ"), ("JOR", "IRQ")):
        assert _mutual(events, "AGREE", a, b), (a, b, events)


def test_the_three_sides_need_a_list_of_three():
    events = _events("Egypt and Jordan sent delegations. The three sides agreed to link their grids.")
    assert not any(e[0] == "AGREE" and "IRQ" in e for e in events)


# ------------------------------------------------------- more states, UN envoys
@pytest.mark.parametrize("text,lang,actor", [
    ("Bahraini jets joined the raids.", "en", "BHR"),
    ("شاركت مقاتلات بحرينية في الغارات", "ar", "BHR"),
    ("Kuwait hosted the donors' conference.", "en", "KWT"),
    ("استضافت الكويت مؤتمر المانحين", "ar", "KWT"),
    ("China vetoed the draft resolution.", "en", "CHN"),
    ("استخدمت الصين حق النقض", "ar", "CHN"),
    ("قال المبعوث الأممي إن المحادثات ستستأنف", "ar", "UN"),
    ("Congress voted to cut the funding.", "en", "USA"),
    ("صوّت الكونغرس على خفض التمويل", "ar", "USA"),
    ("The Treasury Department named three companies.", "en", "USA"),
])
def test_more_states_and_the_un_adjective(text, lang, actor):
    assert actor in [a for a, _ in _actors(text, lang)]


def test_the_post_of_an_envoy_qualified_by_an_adjective_is_no_party():
    # "the UN envoy to Yemen urged Washington": Yemen is where he serves, Washington
    # is the one urged.
    events = _events("ودعا المبعوث الأممي إلى العراق واشنطن إلى وقف الغارات")
    assert ("REQUEST", "UN", "USA") in events
    assert ("REQUEST", "UN", "IRQ") not in events


def test_a_partner_after_a_subject_that_follows_its_verb_strikes_too():
    events = _events("قصفت فرنسا إلى جانب بريطانيا مواقع لتنظيم داعش يوم الجمعة")
    assert ("ASSAULT", "FRA", "ISIS") in events and ("ASSAULT", "GBR", "ISIS") in events
    assert not any(e[0] == "ASSAULT" and e[2] == "GBR" for e in events)


def test_a_partner_after_the_object_is_no_subject():
    # Deployed beside the SDF: the SDF hosts the troops, it does not deploy.
    events = _events("نشرت فرنسا قوات إلى جانب قسد في الحسكة يوم الجمعة")
    assert not any(e[1] == "SDF" for e in events)


@pytest.mark.parametrize("text,lang,actor", [
    ("The Elysee condemned the strike.", "en", "FRA"),
    ("Downing Street said the talks would go on.", "en", "GBR"),
    ("أعلن قصر الإليزيه أن الزيارة ستتم", "ar", "FRA"),
])
def test_seats_of_government_stand_for_their_state(text, lang, actor):
    assert actor in [a for a, _ in _actors(text, lang)]


def test_no_partner_joins_a_name_that_is_not_right_after_the_verb():
    # "years in which it fought ISIS beside France": ISIS is no subject France joins.
    events = _events("وانتقدت قسد الخطوة بعد سنوات حاربت فيها تنظيم داعش إلى جانب فرنسا")
    assert not any(e[0] == "ASSAULT" and e[1] == "FRA" for e in events)


def test_the_colloquial_plural_of_american():
    assert ("USA", "adjective") in _actors("انسحب الجنود الأميركان من القاعدة", "ar")
