"""Trigger families: other persons, numbers and tenses of the event verbs, suspending a
pact, withdrawals with the troops between verb and "from", sanctions lifted in Arabic
verb-subject-object order, more sanctions, restored relations, forces moving in."""
from __future__ import annotations

import pytest

from polgraph.extraction import extract
from tests.extraction.keys import event_triples


def _keys(text, published="2024-03-01"):
    return event_triples(text, published)


@pytest.mark.parametrize("text, key", [
    # present tense, plural and infinitive forms
    ("Ankara slams Washington over its arms deliveries.", ("ACCUSE", "TUR", "USA")),
    ("Iran was quick to accuse Israel of the killing.", ("ACCUSE", "IRN", "ISR")),
    ("Qatar phoned Jordan on Friday.", ("CONSULT", "QAT", "JOR")),
    ("Cairo asked Ankara for a pause in the fighting.", ("REQUEST", "EGY", "TUR")),
    # suspending an agreement halts cooperation: PLOVER's SANCTION
    ("Moscow suspended the memorandum with Washington on Friday.", ("SANCTION", "RUS", "USA")),
    ("وأعلنت موسكو تعليق العمل بمذكرة التفاهم مع واشنطن.", ("SANCTION", "RUS", "USA")),
    # the men between the verb and "from"
    ("وسحبت إيران مستشاريها العسكريين من حلب الأسبوع الماضي.", ("RETREAT", "IRN", None)),
    ("وكانت روسيا قد نشرت جنودًا في المنطقة، لكنها سحبتهم قبل بدء الهجوم.", ("RETREAT", "RUS", None)),
    # forces moving in
    ("Iranian units began moving in on Monday.", ("MOBILIZE", "IRN", None)),
    # Arabic verb-subject-object order
    ("رفع الرئيس الأميركي جو بايدن، أمس الخميس، العقوبات عن إيران.", ("RETREAT", "USA", "IRN")),
    ("واشنطن ترفع عقوباتها عن إيران", ("RETREAT", "USA", "IRN")),
    # more sanctions
    ("London promised further sanctions on Iran.", ("SANCTION", "GBR", "IRN")),
    ("وأعلنت لندن حزمة جديدة من العقوبات على إيران.", ("SANCTION", "GBR", "IRN")),
    # restored relations
    ("Cairo restored ties with Ankara after a decade.", ("CONCEDE", "EGY", "TUR")),
    ("وقررت القاهرة استئناف العلاقات مع أنقرة.", ("CONCEDE", "EGY", "TUR")),
])
def test_trigger_family(text, key):
    keys = _keys(text)
    assert key in keys, keys


@pytest.mark.parametrize("text, plover", [
    ("ومسؤولو الأردن اجتمعوا مع الوفد الإيراني في عمّان.", ("CONSULT", "JOR", "IRN")),
    ("ومسؤولو الأردن طالبوا تركيا بوقف العمليات العسكرية فورًا.", ("REQUEST", "JOR", "TUR")),
])
def test_plural_verbs_tell_the_event(text, plover):
    assert plover in _keys(text)


def test_suspending_a_pact_is_no_signing():
    keys = _keys("Moscow suspended the memorandum with Washington on Friday.")
    assert not any(k[0] == "AGREE" for k in keys)
    keys = _keys("وأعلنت موسكو تعليق العمل بمذكرة التفاهم مع واشنطن.")
    assert not any(k[0] == "AGREE" for k in keys)


# ------------------------------------------------------ Arabic imperfect verb forms
@pytest.mark.parametrize("text, key", [
    ("ويقتحم الجيش التركي مواقع قسد في الرقة.", ("ASSAULT", "TUR", "SDF")),
    ("ويناشد الأردن تركيا وقف العمليات.", ("REQUEST", "JOR", "TUR")),
    ("ويتفاوض الأردن مع إيران على ملف الحدود.", ("CONSULT", "JOR", "IRN")),
    ("وناقش الأردن مع إيران ملف الحدود.", ("CONSULT", "JOR", "IRN")),
    ("وتلوح تركيا بعملية جديدة ضد قسد.", ("THREATEN", "TUR", "SDF")),
    ("وتتعهد قطر بدعم الأردن.", ("AGREE", "QAT", "JOR")),
    ("وتمنح قطر الأردن قرضًا ميسرًا.", ("AID", "QAT", "JOR")),
    ("ووقّع الرئيس الأميركي أمرًا أنهى بموجبه برنامج العقوبات على إيران.", ("RETREAT", "USA", "IRN")),
    ("وتبنّى مجلس الأمن قرارًا يرفع اسم إيران من قائمة العقوبات.", ("RETREAT", "UN", "IRN")),
    ("وأوعز الجيش الأردني إلى وحداته بالرد على مصادر النيران القادمة من سوريا.", ("ASSAULT", "JOR", "SYR")),
])
def test_arabic_imperfect_and_verb_noun_forms(text, key):
    keys = _keys(text)
    assert key in keys, keys


def test_a_place_an_actor_controls_is_no_assault():
    # "the areas it controls" describes a state of affairs, not an attack.
    keys = _keys("وتسعى القوات الجديدة إلى بناء مؤسسات في المناطق التي يسيطر عليها الأردن.")
    assert not any(k[0] == "ASSAULT" for k in keys)


def test_in_the_capacity_of_is_no_judgement():
    # بوصفه "as" is no description of a deed: no condemnation.
    keys = _keys("وتنظر تركيا إلى قسد بوصفها امتدادًا لحزب العمال الكردستاني.")
    assert not any(k[0] == "ACCUSE" for k in keys)


@pytest.mark.parametrize("text, plover", [
    ("Ankara welcomed the step, calling it a strong signal to Tehran.", "SUPPORT"),
    ("Cairo rejected the plan, calling it a blatant provocation by Iran.", "ACCUSE"),
])
def test_judging_with_a_pronoun(text, plover):
    assert any(e.plover == plover for e in extract(text, published="2024-03-01").events)


# ------------------------------------------------------------ arms: aid or sanction
@pytest.mark.parametrize("text, key", [
    ("وعلّقت بريطانيا وهولندا صادرات الأسلحة إلى إسرائيل بسبب الحرب.", ("SANCTION", "GBR", "ISR")),
    ("Britain suspended arms sales to Israel over the war.", ("SANCTION", "GBR", "ISR")),
    ("وأرسلت إيران شحنات أسلحة إلى حزب الله عبر العراق.", ("AID", "IRN", "HEZBOLLAH")),
])
def test_arms_sent_are_aid_and_arms_stopped_are_a_sanction(text, key):
    keys = _keys(text)
    assert key in keys, keys
    if key[0] == "SANCTION":
        assert not any(k[0] == "AID" for k in keys)


def test_weapons_named_as_a_target_are_no_aid():
    keys = _keys("وقصفت الطائرات الإسرائيلية مستودعات الأسلحة التابعة للجيش الإيراني.")
    assert not any(k[0] == "AID" for k in keys)


# ------------------------------------------------- backing by force vs. words of praise
@pytest.mark.parametrize("text, key", [
    ("Iraqi troops backed by Iranian drones retook the town.", ("COOPERATE", "IRN", "IRQ")),
    ("Lebanese army units supported by French advisers cleared the camp.", ("COOPERATE", "LBN", "FRA")),
])
def test_forces_backed_by_another_cooperate_with_it(text, key):
    keys = _keys(text)
    assert key in keys or (key[0], key[2], key[1]) in keys, keys
    assert not any(k[0] == "SUPPORT" for k in keys)


def test_the_active_verb_of_backing_stays_support():
    keys = _keys("Jordan welcomed the truce. Egypt also backed the truce agreed by Israel and Hamas.")
    assert any(k[0] == "SUPPORT" and k[1] == "EGY" for k in keys), keys


def test_arabic_lexical_false_friends_are_no_triggers():
    # مولود (a first name) and سلمان (a name) begin like مول "financed" and سلّم "handed over".
    keys = _keys("والتقى وزير الخارجية التركي مولود جاووش أوغلو الأمير خالد بن سلمان في أنقرة.")
    assert not any(k[0] in ("AID", "CONCEDE") for k in keys), keys


# ------------------------------------------------------------- set phrases of threat
@pytest.mark.parametrize("text", [
    "قصفت تركيا مواقع قسد. وقالت أنقرة إنها لن تتردد في توسيع العملية.",
    "قصفت تركيا مواقع قسد. وقالت أنقرة إن صبرها نفد.",
    "Turkish jets struck SDF positions. Erdogan told the SDF that Turkey would not wait forever.",
])
def test_set_phrases_of_threat(text):
    keys = _keys(text)
    assert ("THREATEN", "TUR", "SDF") in keys, keys


# ------------------------------------------------------------- ending sanctions
@pytest.mark.parametrize("text, key", [
    ("The US president said he would order the cessation of sanctions against Iran.", ("CONCEDE", "USA", "IRN")),
    ("Washington will scrap the sanctions on Iran.", ("CONCEDE", "USA", "IRN")),
    ("وأعلنت واشنطن إزالة العقوبات المفروضة على إيران.", ("RETREAT", "USA", "IRN")),
])
def test_ways_of_ending_sanctions(text, key):
    keys = _keys(text, published="2025-05-14")
    assert key in keys, keys
    assert not any(k[0] == "SANCTION" for k in keys), keys


# ----------------------------------------------------------------- to press (someone)
def test_pressing_someone_is_a_request():
    keys = _keys("Egypt pressed Israel to open the crossings.")
    assert ("REQUEST", "EGY", "ISR") in keys and not any(k[0] == "COERCE" for k in keys), keys


def test_a_press_conference_asks_nothing_and_pressing_on_is_fighting():
    keys = _keys("Erdogan told a press conference in Ankara that Turkey would press on against the YPG.")
    assert not any(k[0] == "REQUEST" for k in keys), keys
    assert any(k[0] == "ASSAULT" and k[1] == "TUR" for k in keys), keys


@pytest.mark.parametrize(("text", "key"), [
    ("Kyiv severed diplomatic ties with Damascus on Thursday.", ("SANCTION", "UKR", "SYR")),
    ("Ankara recalled its ambassador from Tel Aviv on Monday.", ("SANCTION", "TUR", "ISR")),
    ("Bahrain expelled the Iranian ambassador on Monday.", ("SANCTION", "BHR", "IRN")),
    ("Qatar closed its embassy in Damascus in July 2011.", ("SANCTION", "QAT", "SYR")),
    ("قطعت أوكرانيا العلاقات الدبلوماسية مع سوريا يوم الخميس.", ("SANCTION", "UKR", "SYR")),
    ("استدعت تركيا سفيرها لدى إسرائيل للتشاور يوم الاثنين.", ("SANCTION", "TUR", "ISR")),
    ("Turkey summoned the Russian ambassador on Monday.", ("ACCUSE", "TUR", "RUS")),
    ("استدعت الخارجية التركية السفير الروسي في أنقرة يوم الاثنين.", ("ACCUSE", "TUR", "RUS")),
])
def test_cutting_ties_is_a_diplomatic_sanction_and_summoning_an_envoy_a_complaint(text, key):
    keys = event_triples(text, "2022-06-30")
    assert key in keys
    assert not any(k[0] == "ASSAULT" for k in keys)


def test_a_diplomatic_downgrade_has_its_own_class():
    (event,) = extract("Kyiv severed diplomatic ties with Damascus on Thursday.", published="2022-06-30").events
    assert event.type == "DiplomaticDowngrade"


@pytest.mark.parametrize(("text", "key"), [
    ("Israel assassinated a senior Hezbollah commander in a Beirut suburb on Tuesday.", ("ASSAULT", "ISR", "HEZBOLLAH")),
    ("احتلت القوات الإسرائيلية الجولان السوري في حزيران/يونيو 1967.", ("COERCE", "ISR", "SYR")),
    ("Tehran refuted Washington's claims on Monday.", ("REJECT", "IRN", "USA")),
])
def test_assassination_occupation_and_refuting_are_events(text, key):
    assert key in event_triples(text, "2024-07-31")


def test_the_occupation_noun_is_no_event_where_it_names_israel():
    assert not any(k[0] == "COERCE" for k in event_triples("وأدانت دمشق غارات الاحتلال الإسرائيلي على الجنوب.", "2024-07-31"))


@pytest.mark.parametrize("text", [
    "A State Department spokesman said Washington would not normalise relations with the Assad government.",
    "وقال متحدث باسم الخارجية الأميركية إن واشنطن لن تطبع العلاقات مع حكومة الأسد.",
    "Doha said its opposition to normalisation with Damascus had not changed.",
])
def test_refusing_to_normalise_is_a_rejection(text):
    keys = event_triples(text, "2023-05-02")
    assert any(k[0] == "REJECT" and k[2] == "SYR" for k in keys)
    assert not any(k[0] == "COOPERATE" for k in keys)


def test_the_opposition_as_a_body_is_no_rejection():
    assert not any(k[0] == "REJECT" for k in event_triples("The Syrian opposition to Assad met in Riyadh.", "2015-12-10"))


@pytest.mark.parametrize(("text", "key"), [
    ("Baghdad outlawed the PKK on Thursday after talks with Turkish ministers.", ("COERCE", "IRQ", "PKK")),
    ("The Kremlin announced economic measures against Turkey on Saturday.", ("SANCTION", "RUS", "TUR")),
    ("Russian and Turkish troops held their first coordinated patrols near Kobani on Friday.", ("COOPERATE", "RUS", "TUR")),
    ("وبدأت الشرطة العسكرية الروسية والقوات التركية تسيير دوريات منسقة قرب كوباني يوم الجمعة.", ("COOPERATE", "RUS", "TUR")),
])
def test_banning_measures_and_patrols_are_events(text, key):
    keys = event_triples(text, "2019-11-02")
    assert key in keys or (key[0] == "COOPERATE" and (key[0], key[2], key[1]) in keys)


@pytest.mark.parametrize("text", [
    "The State Department expressed deep concern over the Turkish strikes near Manbij.",
    "وأعربت الخارجية الأميركية عن قلقها العميق من الضربات التركية قرب منبج.",
])
def test_concern_voiced_over_a_deed_is_disapproval_of_its_doer(text):
    assert ("ACCUSE", "USA", "TUR") in event_triples(text, "2017-04-26")


def test_blocking_talks_is_a_rejection_not_the_talks():
    keys = event_triples("Ankara blocked the accession talks of Sweden and Finland at NATO.", "2022-05-20")
    assert any(k[0] == "REJECT" and k[1] == "TUR" for k in keys)


@pytest.mark.parametrize(("text", "key"), [
    ("Damascus wants Israeli troops to withdraw from the buffer zone.", ("REQUEST", "SYR", "ISR")),
    ("Ankara wants Washington to end its support for the YPG, officials said.", ("REQUEST", "TUR", "USA")),
])
def test_wanting_another_side_to_act_is_a_demand_and_its_deed_is_not_done(text, key):
    keys = event_triples(text, "2025-09-23")
    assert key in keys
    assert not any(k[0] == "RETREAT" and k[1] == "SYR" for k in keys)
