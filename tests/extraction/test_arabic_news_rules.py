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
