"""Relation rules (member_of, allied_with) added for phrasing families seen in development articles."""
from __future__ import annotations

import pytest

from tests.extraction.keys import relation_triples


def _relations(text: str, published: str = "2021-03-01") -> set[tuple]:
    return relation_triples(text, published)


def test_relation_word_before_a_compound_name_points_to_the_name_not_the_modifier():
    rels = _relations("Turkish officers met envoys from the YPG, which forms the core of the US-backed "
                      "Syrian Democratic Forces, in a border village.")
    assert ("member_of", "YPG", "SDF") in rels
    assert ("member_of", "YPG", "USA") not in rels
    rels = _relations("Ankara says the Kurdish militia, the backbone of the US-backed Syrian Democratic "
                      "Forces, must leave the frontier.")
    assert ("member_of", "YPG", "USA") not in rels


def test_two_states_told_as_the_two_allies_in_an_alliance_are_both_members():
    rels = _relations("التقى وزير الدفاع الأميركي نظيره التركي في بروكسل لبحث الخلاف حول شمال سوريا، "
                      "في أول لقاء بين الحليفين في حلف شمال الأطلسي منذ أشهر.")
    assert {("member_of", "USA", "NATO"), ("member_of", "TUR", "NATO")} <= rels
    assert ("allied_with", "USA", "NATO") not in rels
    rels = _relations("اعترضت مقاتلات تركية طائرة أميركية مسيرة، في حادث نادر بين دولتين عضوين في حلف شمال الأطلسي.")
    assert {("member_of", "USA", "NATO"), ("member_of", "TUR", "NATO")} <= rels


def test_dual_allies_need_exactly_two_states_named_before():
    # Three states named: which two are meant is not told, so no membership is guessed.
    rels = _relations("ناقش الوزير الأميركي مع نظيريه التركي والفرنسي الأزمة، وهي الأولى بين الحليفين في حلف شمال الأطلسي.")
    assert not {r for r in rels if r[0] == "member_of" and r[2] == "NATO"} - {("member_of", "USA", "NATO")}


def test_an_ally_in_an_alliance_is_a_member_of_it():
    rels = _relations("وقد تصطدم أنقرة في منبج بحليفها في حلف شمال الأطلسي للمرة الأولى.")
    assert ("member_of", "TUR", "NATO") in rels
    assert ("allied_with", "TUR", "NATO") not in rels


def test_the_pillar_of_an_alliance_is_a_member_of_it():
    rels = _relations("وهددت أنقرة مجددا وحدات حماية الشعب، عماد «قسد»، بعملية عسكرية واسعة.")
    assert ("member_of", "YPG", "SDF") in rels
    rels = _relations("وتعتمد واشنطن على قسد، وعمادها الوحدات الكردية، في ملاحقة خلايا داعش.")
    assert ("member_of", "YPG", "SDF") in rels


def test_the_pillar_word_as_a_first_name_ties_nobody():
    rels = _relations("وأبلغت أنقرة عماد الخطيب موقفها من قسد خلال اللقاء.")
    assert not {r for r in rels if r[0] == "member_of"}


def test_an_actor_named_inside_the_alliance_noun_phrase_is_the_partner():
    rels = _relations("The SDF, which has long been the main American ground partner against ISIS, "
                      "asked for more air support on Friday.")
    assert ("allied_with", "SDF", "USA") in rels or ("allied_with", "USA", "SDF") in rels
    rels = _relations("Rebels accused the Syrian regime and its Russian and Iranian allies of starving the town.")
    assert {frozenset(r[1:]) for r in rels if r[0] == "allied_with"} >= {frozenset({"SYR", "RUS"}),
                                                                        frozenset({"SYR", "IRN"})}
    rels = _relations("The Syrian Democratic Forces, the Kurdish-led US partner against ISIS, took the town.")
    assert ("allied_with", "SDF", "USA") in rels or ("allied_with", "USA", "SDF") in rels


def test_an_actor_before_an_alliance_word_outside_a_noun_phrase_ties_nobody():
    # "has shaken US allies": the name does not open the noun phrase; the allies are unnamed.
    rels = _relations("The decision to pull troops out of Syria has shaken US allies in the region.")
    assert not {r for r in rels if r[0] == "allied_with"}
    # "Turkey, a NATO ally": an alliance is no partner.
    rels = _relations("Washington said it would consult Turkey, a NATO ally, before any move.")
    assert ("allied_with", "TUR", "NATO") not in rels


def test_a_state_that_joins_an_alliance_is_a_member_of_it():
    rels = _relations("Jordan formally joined the US-led coalition against ISIS in the autumn.")
    assert ("member_of", "JOR", "COALITION") in rels
    rels = _relations("Western envoys urged Iraq to join the coalition against the Islamic State.")
    assert ("member_of", "IRQ", "COALITION") in rels


def test_joining_without_a_body_right_after_the_verb_is_no_membership():
    rels = _relations("Iran also joined Russia and Iraq in a new intelligence cell in Baghdad.")
    assert not {r for r in rels if r[0] == "member_of"}
    rels = _relations("Damascus joins Brussels talks on reconstruction for the first time.")
    assert not {r for r in rels if r[0] == "member_of"}
    rels = _relations("Tribal fighters joined forces in a new alliance with Jordan on Monday.")
    assert not {r for r in rels if r[0] == "member_of"}


def test_a_possessor_before_descriptive_words_owns_the_alliance_word():
    rels = _relations("Baghdad, Tehran's closest Arab partner, called for restraint on Sunday.")
    assert ("allied_with", "IRQ", "IRN") in rels or ("allied_with", "IRN", "IRQ") in rels
    rels = _relations("Moscow, the Assad government's main military backer, vetoed the draft.", "2016-06-01")
    assert ("allied_with", "RUS", "SYR") in rels or ("allied_with", "SYR", "RUS") in rels


def test_a_state_set_off_before_a_nato_ally_is_a_member_of_it():
    rels = _relations("The minister said Paris would keep talking to Britain, a NATO member, about the border.")
    assert ("member_of", "GBR", "NATO") in rels
    rels = _relations("Officials in Washington voiced worry about Turkey, a NATO ally, buying Russian missiles.")
    assert ("member_of", "TUR", "NATO") in rels
    assert ("member_of", "RUS", "NATO") not in rels


def test_the_two_nato_allies_are_the_two_states_named_before():
    rels = _relations("British and French jets flew over the Baltic on Monday, the two NATO allies announced.")
    assert {("member_of", "GBR", "NATO"), ("member_of", "FRA", "NATO")} <= rels


def test_the_two_nato_allies_with_another_number_of_states_name_no_member():
    rels = _relations("Talks between Germany, France and Britain went on, the two NATO allies said.")
    assert not {r for r in rels if r[0] == "member_of" and r[2] == "NATO"}
    # No state right before the comma: nobody is told to be the ally.
    rels = _relations("Officials said the missile deal with Moscow troubled Ankara's partners, a NATO ally among them.")
    assert not {r for r in rels if r[0] == "member_of" and r[2] == "NATO" and r[1] == "RUS"}


def test_a_state_backing_unnamed_government_forces_is_allied_with_the_government_told():
    text = ("The Syrian government rejected the truce on Monday. Government forces, backed by Russian "
            "warplanes, shelled the villages again overnight.")
    assert ("allied_with", "RUS", "SYR") in _relations(text)
    text = ("Rebels said the Syrian government had broken its word. Iran-backed government troops "
            "entered the town at dawn.")
    assert ("allied_with", "IRN", "SYR") in _relations(text)


def test_government_forces_with_no_single_government_told_tie_nobody():
    # Two governments named in the article: whose forces is not told.
    text = ("The Syrian government and the Iraqi government met in Baghdad. Government forces, backed by "
            "Russian warplanes, moved east.")
    assert not {r for r in _relations(text) if r[0] == "allied_with" and "RUS" in r[1:]}
    # No government named at all.
    text = "Government forces, backed by Russian warplanes, moved east on Tuesday."
    assert not {r for r in _relations(text) if r[0] == "allied_with" and "RUS" in r[1:]}


def test_a_member_told_as_the_possessed_core_in_a_relative_clause_belongs_to_the_body():
    rels = _relations("وقالت «قسد»، التي تشكل وحدات حماية الشعب عمودها الفقري، إنها صدت هجوما في ريف الرقة.")
    assert ("member_of", "YPG", "SDF") in rels
    assert ("member_of", "SDF", "YPG") not in rels


def test_a_relative_clause_core_with_no_body_right_before_it_ties_nobody():
    # The body is not right before the relative word (a comma clause stands between): nothing.
    rels = _relations("قالت أنقرة إن المدينة، بحسب مسؤولين، التي تشكل الوحدات الكردية عمودها الفقري، سقطت.")
    assert ("member_of", "YPG", "TUR") not in rels


def test_a_reliance_verb_before_its_subject_ties_the_subject_to_the_name_after_ala():
    rels = _relations("وتعتمد فرنسا على «قسد» شريكًا في حراسة مخيمات شمال شرق سوريا منذ سنوات.")
    assert ("allied_with", "FRA", "SDF") in rels
    rels = _relations("قال مسؤول إن أنقرة تنتقد الخطة، بينما تعتمد واشنطن على قوات سوريا الديمقراطية في قتال داعش.")
    assert ("allied_with", "USA", "SDF") in rels
    assert ("allied_with", "TUR", "SDF") not in rels


def test_a_reliance_verb_with_words_between_its_subject_and_ala_ties_nobody():
    rels = _relations("وتعتمد فرنسا في خططها على «قسد» لحراسة المخيمات.")
    assert ("allied_with", "FRA", "SDF") not in rels


def test_in_support_of_told_by_a_verbal_noun_ties_the_supporter_to_the_name_after_it():
    rels = _relations("وانتشرت وحدات إيرانية قرب حلب منذ سنوات دعمًا لحكومة الرئيس بشار الأسد.", "2017-05-01")
    assert ("allied_with", "IRN", "SYR") in rels
    rels = _relations("وأرسلت موسكو طائرات إضافية إلى قاعدة حميميم دعمًا لدمشق.")
    assert ("allied_with", "RUS", "SYR") in rels


def test_in_support_of_with_an_adjective_or_no_name_after_it_ties_nobody():
    rels = _relations("وقالت فرنسا إنها سترسل مساعدات دعمًا للمعارضة السورية في الشمال.")
    assert ("allied_with", "FRA", "SYR") not in rels
    rels = _relations("ونفذت طائرات روسية غارات دعمًا للهجوم على ريف إدلب.")
    assert not {r for r in rels if r[0] == "allied_with"}


def test_names_inside_a_closed_relative_clause_are_no_side_of_the_relation_word_after_it():
    rels = _relations("The SDF, which Ankara calls a branch of the PKK, fought alongside the coalition for years.")
    assert ("allied_with", "SDF", "COALITION") in rels or ("allied_with", "COALITION", "SDF") in rels
    assert ("allied_with", "PKK", "COALITION") not in rels
    rels = _relations("The SDF, which drove ISIS out of Manbij with French support, remains Washington's closest partner.")
    assert ("allied_with", "SDF", "USA") in rels or ("allied_with", "USA", "SDF") in rels


def test_a_relative_clause_not_closed_before_the_relation_word_keeps_the_old_reading():
    # The word stands inside the clause: its sides are the clause's own names.
    rels = _relations("Washington, which keeps troops alongside the Syrian Democratic Forces, said it would stay.")
    assert ("allied_with", "USA", "SDF") in rels or ("allied_with", "SDF", "USA") in rels


def test_an_apposition_after_a_comma_describes_the_name_before_the_comma():
    # The name after ضد is the target of the threat, yet the apposition tells its membership.
    rels = _relations("وتوعّد الرئيس التركي بحملة جديدة ضد وحدات حماية الشعب الكردية، العمود الفقري "
                      "لقوات سوريا الديمقراطية، قرب الحدود.")
    assert ("member_of", "YPG", "SDF") in rels
    assert ("member_of", "TUR", "SDF") not in rels


def test_an_apposition_after_a_word_that_is_no_name_ties_nobody():
    rels = _relations('وتتهم أنقرة "الوحدات"، التي تشكّل العمود الفقري لـ"قسد"، بتهديد حدودها.')
    assert ("member_of", "TUR", "SDF") not in rels


def test_support_with_its_kind_between_the_noun_and_min_ties_the_supported_side():
    rels = _relations("وسيطرت «قسد» على البلدة بعد أسابيع من المعارك بدعم جوي من التحالف الدولي.")
    assert ("allied_with", "SDF", "COALITION") in rels
    rels = _relations("واحتاجت قوات سوريا الديمقراطية إلى أسبوعين ودعم جوي وبري من التحالف الدولي لصد الهجوم.")
    assert ("allied_with", "SDF", "COALITION") in rels


def test_support_with_its_kind_skips_names_in_a_closed_relative_clause_and_needs_a_side_before():
    rels = _relations("وكانت «قسد»، التي تقودها الوحدات الكردية، قد سيطرت على القرية بعد معارك ضد «داعش» بدعم جوي من "
                      "التحالف الدولي.")
    assert ("allied_with", "SDF", "COALITION") in rels
    assert ("allied_with", "YPG", "COALITION") not in rels
    # No side named before the support: nothing is guessed from the names after it.
    rels = _relations("وجرى الهجوم بدعم جوي من التحالف الدولي بقيادة الولايات المتحدة.")
    assert not {r for r in rels if r[0] == "allied_with"}


def test_a_verb_of_support_ties_its_subject_to_the_side_supported():
    # Subject first, in the verb's clause.
    rels = _relations("وقال المتحدث إن طهران تساند حكومة دمشق منذ بداية النزاع.")
    assert ("allied_with", "IRN", "SYR") in rels
    # Verb first: the subject at once after the verb, the side supported right after it.
    rels = _relations("وفي السنوات الأخيرة، ودعمت روسيا الحكومة السورية بالسلاح والخبراء.")
    assert ("allied_with", "RUS", "SYR") in rels


def test_a_verb_of_support_with_no_named_side_after_its_subject_or_negated_ties_nobody():
    # The name before the verb stands in another clause; the factions supported are unnamed.
    rels = _relations("وتعد طهران أقرب حلفاء دمشق، بينما تدعم أنقرة عددا من فصائل المعارضة.")
    assert ("allied_with", "SYR", "TUR") not in rels
    assert ("allied_with", "IRN", "TUR") not in rels
    rels = _relations("وأكد البيان أن الولايات المتحدة لن تدعم إسرائيل في الهجوم.")
    assert ("allied_with", "USA", "ISR") not in rels


def test_an_unnamed_body_right_before_backed_by_is_the_side_backed():
    rels = _relations("The Pentagon said Washington held armed groups backed by Tehran responsible for the raid.")
    assert ("allied_with", "USA", "IRN") not in rels
    rels = _relations("Jordan condemned the Syrian government and militias supported by Iran after the shelling.")
    assert ("allied_with", "JOR", "IRN") not in rels
    assert ("allied_with", "SYR", "IRN") not in rels


def test_a_name_right_before_the_body_backed_keeps_the_name_as_the_side():
    rels = _relations("Kurdish fighters backed by US air power pushed into the town on Monday.")
    assert ("allied_with", "YPG", "USA") in rels


def test_backing_for_a_thing_not_a_name_ties_nobody():
    rels = _relations("The emir reaffirmed his country's backing for efforts to rebuild Syria's economy.")
    assert ("allied_with", "QAT", "SYR") not in rels
    rels = _relations("Moscow secured Egyptian and Jordanian backing for Syria talks in Geneva next month.")
    assert ("allied_with", "EGY", "SYR") not in rels and ("allied_with", "JOR", "SYR") not in rels
    rels = _relations("Damascus again objected to Ankara's backing for armed groups in the north.")
    assert ("allied_with", "SYR", "TUR") not in rels


def test_backing_for_a_name_keeps_the_relation():
    rels = _relations("Tehran has never hidden its backing for Hezbollah, officials said.")
    assert ("allied_with", "IRN", "HEZBOLLAH") in rels


def test_an_alliance_noun_in_apposition_after_a_name_makes_no_partner_of_the_name_after_it():
    rels = _relations("Washington kept arming the SDF, the Kurdish-led alliance still fighting Islamic State near Hajin.")
    assert ("allied_with", "SDF", "ISIS") not in rels
    rels = _relations("The SDF, a multi-ethnic alliance formed around the YPG, rejected the plan.")
    assert ("allied_with", "SDF", "YPG") not in rels


@pytest.mark.parametrize("text", [
    "وتعتبر تركيا الوحدات فرعًا لحزب العمال الكردستاني، في حين تراها واشنطن العمود الفقري لقوات سوريا الديمقراطية.",
    "Ankara calls the militia a PKK offshoot, while Washington sees it as the backbone of the Syrian Democratic Forces.",
])
def test_a_state_is_never_read_as_a_member_of_an_armed_group(text):
    # "Washington sees them as the backbone of the SDF": the backbone is the militia, not
    # the US; a state belongs to coalitions and organisations, never to an armed group.
    assert ("member_of", "USA", "SDF") not in _relations(text, "2019-05-01")


@pytest.mark.parametrize("text", [
    "وقال مسؤول عراقي إن الجيش العراقي تسلّم مواقع قرب الحدود لتفصله عن الفصائل المدعومة من إيران.",
    "وطالبت الحكومة اللبنانية بانسحاب الميليشيات المسلحة المدعومة من إيران من الجنوب.",
])
def test_arabic_unnamed_fighters_backed_by_a_state_tie_no_name_told_before(text):
    # الفصائل المدعومة من إيران: the side backed is the unnamed factions, not the
    # government named earlier in the sentence.
    assert not any({"IRN"} & set(r[1:]) for r in _relations(text))


def test_arabic_a_name_backed_by_a_state_keeps_its_tie():
    rels = _relations("وتقدّمت «قسد» المدعومة من واشنطن نحو الرقة.")
    assert any({"SDF", "USA"} <= set(r[1:]) for r in rels)


@pytest.mark.parametrize("text", [
    "وكان المقاتلون الأكراد قد استعادوا عين العرب من تنظيم «داعش» في الشتاء بدعم من طائرات التحالف الدولي.",
    "وتعود سيطرة الفصائل على البلدة إلى عام 2017، حين انتزعتها من تنظيم «داعش» بدعم من الجيش التركي.",
    "وكانت قوات سوريا الديمقراطية قد حررت مدينة الرقة، أكبر معاقل تنظيم «داعش»، في تشرين الأول بدعم من التحالف الدولي.",
])
def test_arabic_the_side_ground_was_taken_from_is_not_the_side_supported(text):
    rels = _relations(text)
    assert not {r for r in rels if r[0] == "allied_with" and "ISIS" in r[1:]}


def test_arabic_the_side_that_took_the_ground_is_the_side_supported():
    rels = _relations("وكانت قوات سوريا الديمقراطية قد انتزعت بلدة الطبقة من تنظيم «داعش» في أيار بدعم من التحالف الدولي.")
    assert ("allied_with", "SDF", "COALITION") in rels or ("allied_with", "COALITION", "SDF") in rels
    assert not {r for r in rels if "ISIS" in r[1:]}


@pytest.mark.parametrize("text", [
    "Turkish officials met envoys of the Syrian Democratic Forces, whose backbone is the YPG, in a village near the border.",
    "The SDF, in which the YPG is the dominant force, said it would hold the dam until the talks resume.",
    "Washington kept arming the SDF, whose core is the YPG.",
])
def test_english_a_member_told_as_the_core_in_a_relative_clause_after_the_body(text):
    assert ("member_of", "YPG", "SDF") in _relations(text)


@pytest.mark.parametrize("text", [
    # No comma before the relative: not clearly a clause about the name before it.
    "Few outsiders know the SDF whose backbone is the YPG as well as Ankara does.",
    # The member does not end its clause: which body it belongs to is not told plainly.
    "The SDF, whose backbone is the YPG fighters trained by the PKK, fought on.",
])
def test_english_core_relative_clause_needs_its_clear_structure(text):
    assert ("member_of", "YPG", "SDF") not in _relations(text)


@pytest.mark.parametrize("text", [
    "The YPG, the Kurdish militia that leads the SDF, rejected the offer.",
    "Ankara says the YPG, which leads the Syrian Democratic Forces, is a branch of the PKK.",
])
def test_an_armed_group_that_leads_an_alliance_is_its_member(text):
    assert ("member_of", "YPG", "SDF") in relation_triples(text, "2024-01-10")


@pytest.mark.parametrize("text", [
    "The SDF, the Kurdish-led alliance built around the YPG, denied the charge.",
    "Washington arms the Syrian Democratic Forces, the Kurdish-led alliance now fighting Islamic State.",
])
def test_a_compound_adjective_in_led_names_no_leader(text):
    assert not any(r[0] in ("leader_of", "member_of") for r in relation_triples(text, "2017-07-20"))


def test_any_partnership_names_no_tie():
    text = "France ruled out any partnership with Assad against the jihadists, Laurent Fabius said."
    assert not relation_triples(text, "2014-08-26")


def test_a_place_after_a_point_of_the_compass_is_no_side_of_a_tie():
    text = "Ankara rejected self-rule in northeast Syria, meaning the Kurdish-led administration backed by Washington."
    assert relation_triples(text, "2019-09-17") == {("allied_with", "SDF", "USA")}


@pytest.mark.parametrize("text", [
    "The Syrian Democratic Forces, the US-backed alliance in which the YPG is the main component, denied any role.",
    "The YPG, the main component of the SDF, denied any role.",
])
def test_the_main_component_of_an_alliance_is_its_member(text):
    assert ("member_of", "YPG", "SDF") in relation_triples(text, "2021-10-12")
