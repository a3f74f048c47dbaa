"""Arabic news phrasing: rules found on the blind Arabic development articles, tested on
sentences of our own."""
from __future__ import annotations

import pytest

from tests.extraction.keys import event_triples


@pytest.mark.parametrize("text, published, key", [
    ("استقبل الرئيس التركي، اليوم الثلاثاء، وزير الخارجية القطري.", "2021-03-09", ("CONSULT", "TUR", "QAT")),
    ("التقى وزير الخارجية الأردني، اليوم الأحد، نظيره السعودي في الرياض.", "2021-03-07", ("CONSULT", "JOR", "SAU")),
    ("اتصل الرئيس الفرنسي، اليوم الجمعة، بالرئيس اللبناني.", "2021-03-05", ("CONSULT", "FRA", "LBN")),
])
def test_a_date_of_two_words_set_off_by_commas_keeps_the_clause(text, published, key):
    # "، اليوم الثلاثاء،": today and the weekday are one date; its commas split nothing.
    assert key in event_triples(text, published)


@pytest.mark.parametrize("text, key", [
    ("رحبت الأردن بالاتفاق الذي توصلت إليه السعودية وإيران في بكين.", ("SUPPORT", "JOR", "SAU")),
    ("أدانت مصر الهجوم الذي شنته إسرائيل على غزة.", ("ACCUSE", "EGY", "ISR")),
    ("نددت قطر بالغارات التي نفذتها الطائرات الروسية على إدلب.", ("ACCUSE", "QAT", "RUS")),
    ("Jordan welcomed the agreement which Saudi Arabia and Iran reached in Beijing.", ("SUPPORT", "JOR", "SAU")),
])
def test_a_reaction_answers_the_agent_named_in_its_objects_relative_clause(text, key):
    assert key in event_triples(text, "2023-03-11")


def test_a_date_between_a_reaction_and_its_object_keeps_the_object_governed():
    text = "رحبت الكويت، اليوم الأحد، بالاتفاق الذي أبرمته مصر وقطر."
    assert ("SUPPORT", "KWT", "EGY") in event_triples(text, "2023-03-12")


@pytest.mark.parametrize("text, key", [
    ("وقال المتحدث إن روسيا تؤيد الحكومة السورية.", ("SUPPORT", "RUS", "SYR")),
    ("وأكد الوزير أن تركيا تتعاون مع قطر في ملف اللاجئين.", ("COOPERATE", "TUR", "QAT")),
])
def test_a_verb_listed_in_its_masculine_imperfect_matches_its_feminine_form(text, key):
    # Only يؤيد and يتعاون are listed; a state is feminine (تؤيد روسيا، تتعاون تركيا).
    assert key in event_triples(text, "2021-03-03")


def test_the_feminine_twin_is_made_only_from_an_imperfect_verb():
    from polgraph.extraction.events import feminine_imperfect
    assert feminine_imperfect("يؤيد") == "تؤيد"
    assert feminine_imperfect("يفرض* عقوب*") == "تفرض* عقوب*"
    assert feminine_imperfect("يعد ب") is None
    assert feminine_imperfect("اتفاق*") is None


@pytest.mark.parametrize("text, key, wrong", [
    ("وقالت الأمم المتحدة إن المساعدات وصلت. وأكدت تركيا دعمها للحكومة العراقية.",
     ("SUPPORT", "TUR", "IRQ"), ("SUPPORT", "TUR", "UN")),
    ("وقال الاتحاد الأوروبي إن الوضع خطير. وأعربت قطر عن تضامنها مع الحكومة الأردنية.",
     ("SUPPORT", "QAT", "JOR"), ("SUPPORT", "QAT", "EU")),
])
def test_a_name_after_a_preposition_is_the_object_of_a_noun_with_a_pronoun(text, key, wrong):
    # دعمها للحكومة: the pronoun owns the noun (its support); it points back to nobody.
    keys = event_triples(text, "2021-03-03")
    assert key in keys and wrong not in keys


@pytest.mark.parametrize("text, published, key", [
    ("ورحّب الجعفري بالقرار الروسي.", "2016-03-03", ("SUPPORT", "SYR", "RUS")),
    ("دعا فولكر تورك إسرائيل إلى وقف القصف.", "2024-03-03", ("REQUEST", "UN", "ISR")),
])
def test_gazetteer_people_of_the_arabic_articles(text, published, key):
    assert key in event_triples(text, published)


@pytest.mark.parametrize("text, key", [
    ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش تركيا إلى وقف العملية.", ("REQUEST", "UN", "TUR")),
    ("وانتقد الأمين العام للجامعة العربية أحمد أبو الغيط إسرائيل.", ("ACCUSE", "ARAB_LEAGUE", "ISR")),
])
def test_an_office_of_the_body_after_its_verb_is_the_subject(text, key):
    # الأمين العام للأمم المتحدة: لل after an office is "of the"; the office is the body's.
    assert key in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, key, wrong", [
    ("عقدت الجامعة العربية اجتماعا طارئا في القاهرة بطلب من السعودية.",
     ("REQUEST", "SAU", "ARAB_LEAGUE"), ("REQUEST", "ARAB_LEAGUE", "SAU")),
    ("أرسلت تركيا قوات إلى ليبيا بناء على طلب حكومة طرابلس وقطر.",
     ("REQUEST", "QAT", "TUR"), ("REQUEST", "TUR", "QAT")),
])
def test_at_the_request_of_names_who_asked_the_actor_of_the_deed(text, key, wrong):
    keys = event_triples(text, "2021-03-03")
    assert key in keys and wrong not in keys


@pytest.mark.parametrize("text, key", [
    ("ألقى الرئيس التركي كلمة أمام الجمعية العامة للأمم المتحدة.", ("CONSULT", "TUR", "UN")),
    ("وتحدث وزير الخارجية القطري في خطاب أمام مجلس الأمن الدولي.", ("CONSULT", "QAT", "UN")),
])
def test_a_speech_before_a_body_addresses_it(text, key):
    assert key in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, published, day", [
    ("توصل وزير الخارجية المصري ونظيره الأردني، مساء الأربعاء في القاهرة، إلى اتفاق على هدنة تبدأ يوم الأحد المقبل.",
     "2021-03-05", "2021-03-03"),
    ("توصلت قطر وتركيا، ليل الثلاثاء في الدوحة، إلى اتفاق على تهدئة تدخل حيز التنفيذ يوم السبت المقبل.",
     "2021-03-04", "2021-03-02"),
    ("Egypt and Jordan, late on Wednesday in Cairo, reached an agreement on a truce that starts next Sunday.",
     "2021-03-05", "2021-03-03"),
])
def test_a_day_after_a_verb_of_onset_dates_what_was_agreed_not_the_agreement(text, published, day):
    # تبدأ الأحد المقبل, "starts next Sunday": the day the truce starts, not the day of the deal.
    from polgraph.extraction import extract
    dates = {e.date for e in extract(text, published=published).events if e.plover == "AGREE"}
    assert dates == {day}


@pytest.mark.parametrize("text, key, wrong", [
    ("وشنّ وزير الخارجية الإيراني هجوماً على الرياض، متهماً إياها بتمويل الإرهاب.",
     ("ACCUSE", "IRN", "SAU"), ("ASSAULT", "IRN", "SAU")),
    ("وهاجم الرئيس التركي باريس، واصفاً موقفها بالمنافق.", None, ("ASSAULT", "TUR", "FRA")),
])
def test_an_attack_followed_by_a_participle_of_blame_is_verbal(text, key, wrong):
    # شن هجوما على ...، متهما إياها: an attack in words; the participle tells the blame.
    keys = event_triples(text, "2021-03-03")
    assert wrong not in keys and (key is None or key in keys)


def test_an_armed_attack_without_a_participle_of_blame_stays_an_assault():
    assert ("ASSAULT", "TUR", "SDF") in event_triples("شنت القوات التركية هجوما على مواقع قسد.", "2021-03-03")


@pytest.mark.parametrize("text, key, wrong", [
    ("ورحّب أردوغان بالقرار. لكنه انتقد واشنطن بشدة.", ("ACCUSE", "TUR", "USA"), ("ACCUSE", "USA", "TUR")),
    ("وأشاد لافروف بالاتفاق. لكنه هاجم لندن، متهماً إياها بعرقلة الحل.", ("ACCUSE", "RUS", "GBR"),
     ("ACCUSE", "GBR", "RUS")),
])
def test_a_conjunction_with_a_subject_pronoun_keeps_the_subject_of_the_sentence_before(text, key, wrong):
    # لكنه انتقد واشنطن: "but he criticised Washington"; Washington is the object.
    keys = event_triples(text, "2021-03-03")
    assert key in keys and wrong not in keys


@pytest.mark.parametrize("text", [
    "ودعا وزير الخارجية الأردني إلى وقف إطلاق النار في غزة.",
    "وقال الرئيس الفرنسي إن الأزمة تتفاقم، داعياً إلى رفع الحصار عن المدينة.",
])
def test_a_call_for_a_deed_with_no_addressee_is_a_demand(text):
    # دعا إلى وقف ..., داعيا إلى رفع ...: a deed asked for, of no one named.
    assert any(k[0] == "REQUEST" and k[2] is None for k in event_triples(text, "2021-03-03"))


def test_a_name_after_a_call_whose_subject_was_told_before_is_who_is_called_on():
    # وقع ترامب ...، ودعا أنقرة إلى: Ankara is called on; it calls for nothing.
    text = "وفرض الرئيس الأميركي عقوبات على إيران، ودعا قطر إلى وقف الوساطة."
    assert ("REQUEST", "QAT", None) not in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, key, wrong", [
    ("وأعلنت وزارة الدفاع العراقية إعادة انتشار قواتها خارج مدينة الموصل.", ("RETREAT", "IRQ", None),
     ("MOBILIZE", "IRQ", None)),
    ("وقال الجيش اللبناني إنه أجرى إعادة تموضع لوحداته خارج البلدة الحدودية.", ("RETREAT", "LBN", None),
     ("MOBILIZE", "LBN", None)),
])
def test_a_redeployment_outside_a_place_is_a_withdrawal(text, key, wrong):
    # إعادة انتشار ... خارج المدينة: the army's word for pulling out of the city.
    keys = event_triples(text, "2021-03-03")
    assert key in keys and wrong not in keys


@pytest.mark.parametrize("text, key, wrong", [
    ("وقال الرئيس الإيراني إن بلاده لن تقبل بذلك. واتهم إسرائيل بتقويض الاستقرار في المنطقة.",
     ("ACCUSE", "IRN", "ISR"), ("ACCUSE", "ISR", "IRN")),
    ("وأعرب وزير الخارجية القطري عن قلقه من التصعيد. وطالب موسكو بوقف الغارات على المدنيين.",
     ("REQUEST", "QAT", "RUS"), ("REQUEST", "RUS", "QAT")),
])
def test_a_masculine_verb_before_a_feminine_state_has_the_last_subject_for_its_own(text, key, wrong):
    # واتهم إسرائيل: the verb is masculine, the state feminine; "he" accuses the state.
    keys = event_triples(text, "2021-03-03")
    assert key in keys and wrong not in keys


@pytest.mark.parametrize("text, wrong", [
    ("التقى الرئيس الفرنسي نظيره الروسي يوم الأربعاء. وطالب موسكو بالالتزام بالاتفاق الموقّع في 5 آذار/مارس 2020.",
     "2020-03-05"),
    ("زار الرئيس التركي روسيا يوم الاثنين. واتهم موسكو بعدم الوفاء بتعهداتها عام 2019 في سوريا.", "2019"),
])
def test_a_date_of_the_document_or_pledge_after_the_event_word_is_not_the_events(text, wrong):
    # الموقّع في ...، الوفاء بتعهداتها عام ...: the date is the object's, not the demand's.
    from polgraph.extraction import extract
    events = [e for e in extract(text, published="2022-05-26").events if e.plover in ("REQUEST", "ACCUSE")]
    assert events and all(e.date != wrong for e in events)


@pytest.mark.parametrize("text, key", [
    ("وقالت قطر إنها تتابع التطورات بقلق. وأكد المتحدث باسمها أن الحل سياسي، داعيًا إيران إلى ضبط النفس.",
     ("REQUEST", "QAT", "IRN")),
    ("أعلنت تركيا رفضها للخطة. وقال الناطق باسمها إن الأمر غير مقبول، متهمًا إسرائيل بالتصعيد.",
     ("ACCUSE", "TUR", "ISR")),
])
def test_a_participle_of_a_speaker_named_by_a_pronoun_is_the_last_subjects(text, key):
    # المتحدث باسمها ...، داعيا: "her spokesman" speaks for the state named just before.
    assert key in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, key", [
    ("وفي عمّان، أعلنت وزارة الخارجية تأييدها للمبادرة القطرية.", ("SUPPORT", "JOR", "QAT")),
    ("وفي أنقرة، ندد المتحدث باسم الخارجية بالغارات الروسية.", ("ACCUSE", "TUR", "RUS")),
])
def test_an_office_with_no_state_is_the_states_of_the_place_the_sentence_opens_on(text, key):
    # "وفي أنقرة، ندد المتحدث باسم الخارجية": the ministry is Ankara's.
    assert key in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, wrong", [
    ("وأعلنت «قسد» المدعومة من واشنطن اليوم رفضها للاتفاق الجديد.", ("COOPERATE", "SDF", "USA")),
    ("وأطلق «الجيش الوطني السوري» المدعوم من تركيا هجوماً جديداً في ريف حلب.", ("COOPERATE", "SNA", "TUR")),
    ("ونفى «حزب الله» المدعوم من إيران أي علاقة له بالحادث.", ("COOPERATE", "HEZBOLLAH", "IRN")),
])
def test_a_backed_by_epithet_after_a_noun_is_no_cooperation_event(text, wrong):
    # «قسد» المدعومة من واشنطن: who backs whom (a relation), not a deed of the sentence.
    assert wrong not in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, wrong", [
    ("توغّلت القوات التركية وفصائل سورية موالية لها أمس في ريف الحسكة.", ("ASSAULT", "TUR", "SYR")),
    ("وهدّد الرئيس التركي بالزحف نحو تل رفعت، بعد سيطرة الجيش التركي وفصائل سورية موالية له على رأس العين.",
     ("THREATEN", "TUR", "SYR")),
    ("وقصفت القوات الروسية وفصائل موالية لإيران مواقع المعارضة في ريف حماة.", ("ASSAULT", "RUS", "IRN")),
    ("وهاجمت القوات الحكومية ومسلحون موالون لإيران بلدات ريف إدلب بدعم جوي روسي.", ("COOPERATE", "RUS", "IRN")),
])
def test_loyal_to_epithets_and_syrian_factions_name_no_party(text, wrong):
    # فصائل سورية موالية له: "Syrian" qualifies the factions (سورية is no country here)
    # and the patron after موالية/موالون is a modifier; neither is a side of the event.
    assert wrong not in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, wrong", [
    ("وأكدت الدول الثلاث أن الهدنة لا تشمل تنظيم الدولة الإسلامية و«جبهة النصرة».", ("RETREAT", "ISIS", "HTS")),
    ("ويستثني الاتفاق تنظيم \"داعش\" و\"جبهة النصرة\" من وقف إطلاق النار.", ("AGREE", "ISIS", "HTS")),
    ("ولا يشمل التفاهم الجديد تنظيم الدولة الإسلامية و«هيئة تحرير الشام».", ("AGREE", "ISIS", "HTS")),
])
def test_two_names_joined_by_wa_after_the_trigger_are_no_source_and_target(text, wrong):
    # "لا يشمل الاتفاق داعش والنصرة": the two names are coordinated objects, neither acts
    # on the other.
    assert wrong not in event_triples(text, "2021-03-03")


def test_coordinated_names_after_a_trigger_keep_a_real_pair():
    # The subject before the masdar still acts on the first of the coordinated objects.
    assert ("ASSAULT", "RUS", "ISIS") in event_triples(
        "وستواصل القوات الروسية قتال تنظيم «داعش» و«جبهة النصرة» في البادية.", "2021-03-03")


@pytest.mark.parametrize("text, key", [
    ("وقال وزير الخارجية الأردني إن الهدنة هشة، داعيًا فصائل المعارضة إلى الانسحاب من الطريق.",
     ("REQUEST", "JOR", None)),
    ("واكتفت فرنسا بدعوة الطرفين إلى التهدئة وتجنب المدنيين.", ("REQUEST", "FRA", None)),
    ("ورحبت مصر بالتهدئة، داعيةً الجانبين إلى الحوار.", ("REQUEST", "EGY", None)),
    ("وطالبت قطر الطرفين بوقف القتال.", ("REQUEST", "QAT", None)),
])
def test_a_demand_to_the_two_sides_or_the_opposition_factions_is_told_without_a_target(text, key):
    # الطرفين، الجانبين، فصائل المعارضة: a collective no group stands for; the demand is
    # still told, with no side named, rather than dropped.
    assert key in event_triples(text, "2021-03-03")


@pytest.mark.parametrize("text, key", [
    ("وجدد وزير الخارجية المصري دعم القاهرة لوحدة الأراضي العراقية وسيادتها.", ("SUPPORT", "EGY", "IRQ")),
    ("وأكدت مصر تمسكها بوحدة الأراضي العراقية.", ("SUPPORT", "EGY", "IRQ")),
    ("وأكد وزير الخارجية القطري دعم الدوحة لوحدة لبنان وسيادته.", ("SUPPORT", "QAT", "LBN")),
])
def test_support_for_a_states_unity_or_its_territory_is_support_for_that_state(text, key):
    # لوحدة/بوحدة: support for (or holding to) the unity of a state; after a word of unity
    # the adjective of الأراضي (territory) names the state that owns it.
    assert key in event_triples(text, "2021-03-03")


def test_the_adjective_of_territory_still_names_no_target_of_a_strike():
    # Without a word of unity before it, "داخل الأراضي العراقية" stays a place.
    keys = event_triples("وقصفت الطائرات التركية مواقع داخل الأراضي العراقية.", "2021-03-03")
    assert not any(k[2] == "IRQ" for k in keys)


@pytest.mark.parametrize("text, key, wrong", [
    ("وتتابع أنقرة عن قرب أوضاع المقاتلين في الشمال، إذ طالما طالبت بحلّ وحدات حماية الشعب، التي تقود «قسد»، ولوّحت بعمل عسكري ضدها.",
     ("THREATEN", "TUR", "SDF"), ("THREATEN", "YPG", "SDF")),
    ("في بغداد، دانت الحكومة العراقية ما سمته التوغل التركي، ونفت ما قاله وزير الخارجية التركي عن تنسيق مسبق.",
     ("REJECT", "IRQ", "TUR"), ("REJECT", "TUR", "IRQ")),
])
def test_a_verb_joined_by_wa_opening_a_later_clause_keeps_the_sentences_subject(text, key, wrong):
    # ولوّحت، ونفت: no subject of its own; the name closing the clause before is the
    # earlier verb's, not this one's subject.
    triples = event_triples(text, "2025-03-12")
    assert key in triples and wrong not in triples


def test_a_name_right_after_a_joined_verb_is_its_own_subject():
    text = "دانت جامعة الدول العربية الغارات الإسرائيلية على دمشق، ووصفت قطر الخطوة بأنها تصعيد خطير."
    assert ("ACCUSE", "ARAB_LEAGUE", "QAT") not in event_triples(text, "2025-03-12")


@pytest.mark.parametrize("text, key", [
    ("وفي باريس، انتقد وزير الخارجية الفرنسي أعمال العنف، مطالبًا السلطات الجديدة في دمشق بحماية المدنيين.",
     ("REQUEST", "FRA", "SYR")),
    ("وتجري الإدارة الذاتية محادثات مع الحكومة المؤقتة في دمشق حول دمج المؤسسات.", ("CONSULT", "SDF", "SYR")),
])
def test_a_capital_after_a_ruling_body_and_fi_names_that_body_not_a_place(text, key):
    # السلطات (الجديدة) في دمشق: the authorities seated in Damascus are Syria.
    assert key in event_triples(text, "2025-03-12")


@pytest.mark.parametrize("text, key, wrong", [
    ("شنت إسرائيل غارات على مواقع للجيش السوري قرب حمص. ودانت الكويت القصف واعتبرته تصعيدا خطيرا ضد مؤسسات الدولة السورية.",
     ("ACCUSE", "KWT", "ISR"), ("ACCUSE", "KWT", "SYR")),
    ("شنت إسرائيل غارات على ريف حمص. واستنكرت مصر الغارات على ريف حمص.",
     ("ACCUSE", "EGY", "ISR"), ("ACCUSE", "EGY", "SYR")),
])
def test_a_condemned_deed_noun_without_its_own_actor_answers_the_deed_told_before(text, key, wrong):
    # دانت الكويت القصف ... الدولة السورية: the name after the deed noun is its victim or
    # place; the condemnation goes to the one who struck.
    triples = event_triples(text, "2025-05-02")
    assert key in triples and wrong not in triples


@pytest.mark.parametrize("text", [
    "شنت إسرائيل غارات على مواقع للجيش السوري قرب حمص. وندّدت الكويت بالغارة ورأت فيها انتهاكا للسيادة السورية.",
    "شنت إسرائيل غارات على مواقع للجيش السوري قرب حمص. وندّدت الكويت بالغارة، معتبرةً إياها انتهاكا للسيادة السورية.",
])
def test_a_clause_describing_the_condemned_deed_tells_no_event_of_its_own(text):
    # ورأت فيها انتهاكًا للسيادة السورية: how the reacting state sees the strike; Syria is
    # its victim, not the one condemned.
    triples = event_triples(text, "2025-05-02")
    assert ("ACCUSE", "KWT", "ISR") in triples
    assert not any(k[1] == "KWT" and k[2] == "SYR" for k in triples)


@pytest.mark.parametrize("text, key", [
    ("وأكد وزير الخارجية القطري أن الدوحة ستواصل دعم بيروت في إعادة إعمار المرفأ.", ("AID", "QAT", "LBN")),
    ("وقال الرئيس الفرنسي إن فرنسا ستستمر في دعم لبنان خلال المرحلة المقبلة.", ("AID", "FRA", "LBN")),
])
def test_a_pledge_to_go_on_supporting_a_named_state_is_aid_to_it(text, key):
    # ستواصل دعم X: the masdar's genitive is the one supported, the clause's subject gives.
    assert key in event_triples(text, "2025-05-15")


def test_a_pledge_to_go_on_supporting_takes_the_day_of_the_story():
    # The pledge looks ahead (planned), but is made on the day the story tells.
    from polgraph.extraction import extract
    text = ("افتتحت قطر، اليوم الجمعة، مستشفى في بيروت. "
            "من جهته، قال الوزير القطري إن الدوحة ستواصل دعم لبنان في القطاع الصحي.")
    events = [e for e in extract(text, published="2025-08-03").events
              if (e.plover, e.source and e.source.group, e.target and e.target.group) == ("AID", "QAT", "LBN")]
    assert events and events[0].date == "2025-08-01"


@pytest.mark.parametrize("text, key", [
    # The side named before the warning in its sentence.
    ("وقال وزير الخارجية الإيراني إن القوات الأميركية يجب أن تغادر العراق، محذرًا من أن بلاده "
     "ستتخذ ما يلزم إن لم يحدث ذلك.", ("THREATEN", "IRN", "USA")),
    # The actor of the deed the condition names (the withdrawal: who was to withdraw).
    ("وطالبت أنقرة وحدات حماية الشعب بالانسحاب من تل رفعت. ولوّح مسؤولون أتراك بأن بلادهم "
     "ستتحرك وحدها إذا لم يتم الانسحاب قبل نهاية الشهر.", ("THREATEN", "TUR", "YPG")),
    # The other side of the speaker's latest event.
    ("واتهمت إسرائيل حزب الله بنقل أسلحة عبر الحدود. وحذّر نتنياهو من أن الضربات ستستمر "
     "ما لم تتوقف عمليات التهريب.", ("THREATEN", "ISR", "HEZBOLLAH")),
])
def test_a_conditional_warning_naming_no_one_goes_to_the_side_that_must_act(text, key):
    # إذا لم، إن لم، ما لم after a warning with no object: the condition is put to a side.
    assert key in event_triples(text, "2022-06-01")


@pytest.mark.parametrize("text, key", [
    ("وأكّد وزير الخارجية التركي في اتصال هاتفي دعم بلاده الكامل للحكومة العراقية.", ("SUPPORT", "TUR", "IRQ")),
    ("وجدّد الرئيس المصري دعم بلاده لوحدة العراق واستقراره.", ("SUPPORT", "EGY", "IRQ")),
    ("وشدد وزير الخارجية السعودي على وقوف بلاده إلى جانب الأردن.", ("SUPPORT", "SAU", "JOR")),
    ("واتصل الرئيس الفرنسي بنظيره اللبناني، مؤكدًا وقوف فرنسا إلى جانب لبنان.", ("SUPPORT", "FRA", "LBN")),
])
def test_a_backing_masdar_with_the_backer_as_its_genitive_is_praise(text, key):
    # دعم بلاده ل، وقوف بلاده/قطر إلى جانب: the genitive backs, the side after ل/إلى جانب is backed.
    assert key in event_triples(text, "2023-05-10")


@pytest.mark.parametrize("text,wrong", [
    ("قصفت طائرات تركية مواقع في شمال العراق. كما نددت الكويت بالغارات، إذ وصفها المتحدث باسم "
     "الخارجية الكويتية أحمد العلي بأنها هجوم غير قانوني ينتهك السيادة العراقية.", ("ASSAULT", "KWT")),
    ("قصفت طائرات تركية مواقع في شمال العراق. وفي القاهرة، وصف الرئيس المصري عبد الفتاح السيسي "
     "الهجوم التركي بأنه استفزاز واضح يهدد الأردن والمنطقة بأسرها.", ("THREATEN", "EGY")),
])
def test_words_after_described_as_tell_no_deed(text, wrong):
    # وصفها ... بأنها هجوم غير قانوني، وصف الهجوم بأنه استفزاز يهدد المنطقة: the words after
    # بأنه/بأنها say what the named deed is; the describer neither attacks nor threatens.
    assert not any(k[:2] == wrong for k in event_triples(text, "2025-03-10"))


@pytest.mark.parametrize("text, key", [
    ("وقّع وزير الدفاع العراقي ونظيره الأردني مذكرة تفاهم أمنية في بغداد أمس. "
     "واتفق الوزيران على مواصلة المباحثات في جولة لاحقة.", ("CONSULT", "IRQ", "JOR")),
    ("وقّعت قطر والأردن اتفاقًا للتعاون الاقتصادي في الدوحة أمس. "
     "واتفق الطرفان على عقد اجتماع مقبل في عمّان.", ("CONSULT", "QAT", "JOR")),
])
def test_a_word_for_the_sides_of_a_meeting_stands_for_the_sides_told_before(text, key):
    # الطرفان، الوزيران، المجتمعون: the sides of the story's first meeting or agreement.
    assert key in event_triples(text, "2025-03-10")


@pytest.mark.parametrize("text, absent", [
    ("واتفق الطرفان على عقد اجتماع مقبل.", "CONSULT"),
    ("وقّع وزير الدفاع العراقي ونظيره الأردني مذكرة تفاهم أمنية في بغداد أمس. "
     "واتفق الوزيران مع نظيرهما الكويتي على مواصلة المباحثات.", ("CONSULT", "IRQ", "JOR")),
])
def test_a_word_for_the_sides_of_a_meeting_borrows_nothing_without_a_meeting_or_beside_a_name(text, absent):
    keys = event_triples(text, "2025-03-10")
    assert absent not in ({k[0] for k in keys} if isinstance(absent, str) else keys)


def test_a_meeting_told_as_the_occasion_of_an_agreement_is_held_by_its_sides():
    # "، وذلك خلال اجتماع استضافته ...": the meeting of the states that agreed (and its host).
    text = ("اتفقت قطر والأردن ومصر، أمس الثلاثاء، على تشكيل لجنة لتنسيق الاستثمار، "
            "وذلك خلال اجتماع استضافته العاصمة القطرية.")
    keys = event_triples(text, "2025-03-10")
    assert {("CONSULT", "QAT", "JOR"), ("CONSULT", "JOR", "EGY")} <= keys


def test_a_meeting_with_its_own_other_side_keeps_it():
    text = "اتفقت قطر والأردن، أمس الثلاثاء، على تشكيل لجنة، وذلك خلال اجتماع مع وزير الخارجية الإيراني."
    keys = event_triples(text, "2025-03-10")
    assert ("CONSULT", "QAT", "IRN") in keys and ("CONSULT", "QAT", "JOR") not in keys


def test_the_two_sides_after_inna_are_the_sides_of_the_storys_meeting_not_the_two_states_named_most():
    # "إن الجانبين اتفقا": the sides met, though a third state is named more than one of them.
    text = ("التقى وزير الدفاع السوري قائد قوات سوريا الديمقراطية في دمشق أمس. "
            "ورحبت الولايات المتحدة باللقاء، وقالت واشنطن إنها تدعم الحوار. "
            "وقال مسؤول إن الجانبين اتفقا على مواصلة الاجتماعات.")
    keys = event_triples(text, "2025-03-10")
    assert ("AGREE", "SYR", "SDF") in keys and ("AGREE", "SYR", "USA") not in keys


@pytest.mark.parametrize("text, key, absent", [
    ("وأكد الرئيس القطري، بحسب الوكالة، وقوف بلاده إلى جانب لبنان.", ("SUPPORT", "QAT", "LBN"), None),
    ("ودانت الحكومة الأردنية، وفق بيان لوزارة الخارجية، الغارات الإسرائيلية على دمشق.",
     ("ACCUSE", "JOR", "ISR"), None),
    ("ورحّبت تركيا، بحسب مصدر في الخارجية السعودية، بالاتفاق بين لبنان وسوريا.",
     ("SUPPORT", "TUR", "LBN"), "SAU"),
])
def test_an_attribution_set_off_by_commas_does_not_split_its_clause(text, key, absent):
    # "، بحسب الوكالة،": the verb's subject goes on to its object; names inside only source it.
    keys = event_triples(text, "2025-03-10")
    assert key in keys
    assert absent is None or not any(absent in k for k in keys)


def test_the_host_of_a_meeting_on_sanctions_does_not_lift_them():
    # تستضيف ... اجتماعا ... لبحث رفع العقوبات: the host lifts nothing.
    text = ("فرضت واشنطن عقوبات على العراق قبل عقود. وتستضيف العاصمة القطرية غدا اجتماعا لوزراء عرب "
            "وأوروبيين لبحث مستقبل العراق ورفع العقوبات عنه.")
    assert not any(k[0] in ("RETREAT", "CONCEDE") and k[1] == "QAT" for k in event_triples(text, "2025-03-10"))


def test_the_letters_of_tattahim_are_no_object_pronoun():
    # وتتهم: the هم is the verb's own letters, not "them"; the accused is not taken from
    # the sentence before.
    text = ("تقول الحكومة السورية إنها تحارب تهريب المخدرات. "
            "وتتهم بغداد جماعات مدعومة من طهران بالضلوع في هذه التجارة.")
    keys = event_triples(text, "2025-03-10")
    assert ("ACCUSE", "IRQ", "SYR") not in keys
    assert ("ACCUSE", "IRQ", "IRN") in keys


def test_not_ruling_out_military_action_is_no_rejection():
    # ولم تستبعد ... اللجوء إلى عمل عسكري: the option is kept open, nothing is rejected.
    text = ("ولم تستبعد بغداد، التي تعدّ الحزب منظمة إرهابية، اللجوء إلى عمل عسكري ضد مواقع في سوريا "
            "إذا استمرت الهجمات.")
    assert not any(k[0] == "REJECT" for k in event_triples(text, "2025-03-10"))


@pytest.mark.parametrize("text, threat", [
    ("وحذّر وزير الدفاع العراقي من أن بلاده ستقصف مواقع حزب العمال الكردستاني إن لم ينسحب مقاتلوه من سنجار.",
     ("THREATEN", "IRQ", "PKK")),
    ("وهدد الأردن بضرب مهربي المخدرات في سوريا ما لم تنسحب الميليشيات الإيرانية من الحدود.",
     ("THREATEN", "JOR", "IRN")),
])
def test_a_deed_named_only_as_an_unless_condition_is_no_event(text, threat):
    # إن لم ينسحب، ما لم تنسحب: the withdrawal is what the warning demands, not a deed.
    keys = event_triples(text, "2025-03-10")
    assert threat in keys
    assert not any(k[0] == "RETREAT" for k in keys)


@pytest.mark.parametrize("text, good, bad", [
    ("روسيا تسحب قواتها من حلب وتركيا ترحب بالانسحاب", ("SUPPORT", "TUR", "RUS"), ("SUPPORT", "RUS", "TUR")),
    ("مصر والأردن تتفقان على خط للغاز وإسرائيل تنتقد الاتفاق", ("ACCUSE", "ISR", "EGY"), ("ACCUSE", "EGY", "ISR")),
])
def test_a_name_joined_by_wa_right_before_a_later_verb_is_its_subject(text, good, bad):
    # "... وأنقرة ترحب": a new subject-verb clause; the first name belongs to the first verb.
    keys = event_triples(text, "2024-05-02")
    assert bad not in keys
    assert good[:2] in {k[:2] for k in keys}


@pytest.mark.parametrize("text, good, bad", [
    ("وأعلن الرئيس الفرنسي، خلال زيارته لمصر، رفع العقوبات عن سوريا.", ("RETREAT", "FRA", "SYR"), ("RETREAT", "EGY", "SYR")),
    ("وأعلن رئيس الوزراء البريطاني، خلال زيارته لقطر، فرض عقوبات جديدة على إيران.", ("SANCTION", "GBR", "IRN"), ("SANCTION", "QAT", "IRN")),
])
def test_an_occasion_set_off_by_commas_gives_the_deed_no_subject(text, good, bad):
    # "، خلال زيارته لـX،": X is where the deed was told, not who did it; the visit keeps X.
    keys = event_triples(text, "2024-05-02")
    assert good in keys and bad not in keys
    assert ("CONSULT", good[1], bad[1]) in keys


def test_the_pronoun_on_a_noun_before_its_fused_object_is_the_owner():
    # "ترحيبها الكبير بالقرار": the object is the decision behind بال; ها is Iran itself,
    # so no one named before is taken as the pronoun's object.
    keys = event_triples("عاد الرئيس الروسي من الصين. وأعلنت إيران ترحيبها الكبير بالقرار.", "2024-05-02")
    assert ("SUPPORT", "IRN", "RUS") not in keys


def test_the_pronoun_on_a_deed_noun_before_ala_is_the_owner():
    # "غاراتها على مواقع ...": the strikes are Israel's own; their object follows على.
    keys = event_triples("عقد الوفد الأميركي محادثات في عمان. وتواصل إسرائيل منذ أشهر غاراتها على مواقع "
                         "عسكرية تابعة للحكومة السورية.", "2024-05-02")
    assert ("ASSAULT", "ISR", "USA") not in keys
    assert ("ASSAULT", "ISR", "SYR") in keys


@pytest.mark.parametrize("text, published, plover, day", [
    ("أجرى الرئيس الإيراني، أمس الثلاثاء، اتصالًا هاتفيًا بنظيره التركي، هو الأول منذ أن استدعت أنقرة سفيرها من طهران في الثالث من آذار/مارس الماضي، واتفقا خلاله على استئناف الحوار بين البلدين.",
     "2021-09-08", "AGREE", "2021-09-07"),
    ("استقبل أمير قطر، أمس الأحد، وزير الخارجية المصري، بعد أن أعادت القاهرة فتح سفارتها في الدوحة في العاشر من شباط/فبراير الماضي، واتفقا على تعزيز التعاون بين البلدين.",
     "2021-06-07", "AGREE", "2021-06-06"),
])
def test_a_day_inside_a_clause_of_its_own_verb_does_not_date_the_event_outside_it(text, published, plover, day):
    # منذ أن / بعد أن ... في الثالث من آذار: the day dates that clause's verb; the event
    # conjoined after it (، واتفقا) takes the day named before the clause.
    from polgraph.extraction import extract
    dates = {e.date for e in extract(text, published=published).events if e.plover == plover}
    assert dates == {day}


def test_an_event_inside_the_clause_keeps_the_clauses_day():
    # "بعد أن أعلن ... في الثالث عشر من أيار، خلال زيارته ..., رفع العقوبات": no comma and
    # coordinated verb stands before the event word, so it keeps the day of its clause.
    from polgraph.extraction import extract
    text = "ويأتي القرار، أمس الأحد، بعد أن أعلن الرئيس الأميركي في الثالث عشر من أيار/مايو، خلال زيارته للسعودية، رفع العقوبات عن سوريا."
    dates = {e.date for e in extract(text, published="2025-07-01").events if e.plover == "RETREAT"}
    assert dates <= {"2025-05-13"}
