"""How news prose dates events: spans of days counted from another day, a weekday told
with its date, clitics written onto Arabic date words."""

from __future__ import annotations

import pytest

from polgraph.extraction import extract
from polgraph.extraction.dates import find_dates


def _values(text: str, lang: str, published: str) -> list[str | None]:
    return [d.value for d in find_dates(text, lang, published)]


def _dated(text: str, published: str) -> list[tuple]:
    return [(e.plover, e.date) for e in extract(text, published=published).events]


# ---------------------------------------------------------------- spans of days
@pytest.mark.parametrize("text, lang, published, values", [
    # "later"/"earlier" count from the last day named, wherever they stand
    ("The envoy arrived on 4 June. Three days later he left.", "en", "2024-06-20", ["2024-06-04", "2024-06-07"]),
    ("Ministers met on 4 June; a week earlier the army had moved.", "en", "2024-06-20", ["2024-06-04", "2024-05-28"]),
    # "after" opening a sentence counts forward ...
    ("The vote was held on 2 May. Two days after the vote, the party protested.", "en", "2024-06-20",
     ["2024-05-02", "2024-05-04"]),
    # ... and after a verb or a bare comma it dates what follows it, back from the day named
    ("The summit opened on 12 April, five days after rockets hit the port.", "en", "2024-06-20",
     ["2024-04-12", "2024-04-07"]),
    ("The summit opened on 12 April, five days before the ballot.", "en", "2024-06-20",
     ["2024-04-12", "2024-04-17"]),
    ("The committee was dissolved two weeks ago.", "en", "2024-06-20", ["2024-06-06"]),
    ("انعقدت القمة في الثاني عشر من نيسان، وبعد ثلاثة أيام، غادر الوفد", "ar", "2024-06-20",
     ["2024-04-12", "2024-04-15"]),
    ("أعلن الجيش الهدنة في العشرين من أيار. وبعد يومين من الإعلان، انسحبت القوات", "ar", "2024-06-20",
     ["2024-05-20", "2024-05-22"]),
    ("انعقدت القمة في الثاني عشر من نيسان بعد خمسة أيام من سقوط الصواريخ على الميناء", "ar", "2024-06-20",
     ["2024-04-12", "2024-04-07"]),
    ("انعقدت القمة في الثاني عشر من نيسان، وكان الوفد قد وصل قبل ذلك بيومين", "ar", "2024-06-20",
     ["2024-04-12", "2024-04-10"]),
    # without ذلك or من, a span after a verb counts from the publication date
    ("سيطرت الفصائل على البلدة قبل أسبوعين", "ar", "2024-06-20", ["2024-06-06"]),
    # a plural with no number ("days later") is no span
    ("The envoy arrived on 4 June. Days later he left.", "en", "2024-06-20", ["2024-06-04"]),
    ("وصل المبعوث في الرابع من حزيران، وبعد أيام غادر", "ar", "2024-06-20", ["2024-06-04"]),
])
def test_a_span_of_days_is_counted_from_the_day_it_is_told_from(text, lang, published, values):
    assert _values(text, lang, published) == values


def test_an_event_after_a_span_of_days_takes_the_counted_day():
    events = _dated("Jordan and Iraq held talks in Amman on 20 March. "
                    "Four days later, Jordan condemned Israel.", "2024-04-10")
    assert ("ACCUSE", "2024-03-24") in events


# ---------------------------------------------------------------- weekday with its date
@pytest.mark.parametrize("text, lang, published, values", [
    ("The two men met in Ankara on Thursday, Oct. 17, and agreed on a pause.", "en", "2019-10-24",
     ["2019-10-17", "2019-10-17"]),
    ("التقى الوزيران يوم الأربعاء الخامس من حزيران في عمّان", "ar", "2024-06-20", ["2024-06-05", "2024-06-05"]),
    # a weekday that is not the weekday of the date beside it keeps its own reading
    ("The talks resumed on Thursday, 3 June, in Geneva.", "en", "2024-06-20", ["2024-06-20", "2024-06-03"]),
])
def test_a_weekday_told_with_its_date_is_that_date(text, lang, published, values):
    assert _values(text, lang, published) == values


# ---------------------------------------------------------------- Arabic clitics
@pytest.mark.parametrize("text, values", [
    ("وصل الوفد في الرابع من حزيران، وبعد يوم واحد التقى الرئيس", ["2024-06-04", "2024-06-05"]),
    ("وأمس الأربعاء أعلنت الحكومة الهدنة", ["2024-06-19"]),
])
def test_a_date_word_carrying_a_clitic_is_found(text, values):
    assert _values(text, "ar", "2024-06-20") == values


# ---------------------------------------------------------------- the publication's weekday
def test_a_planned_event_on_the_publication_weekday_is_that_day():
    # 2024-06-20 is a Thursday
    (d,) = find_dates("The envoy is due to meet the minister later on Thursday.", "en", "2024-06-20")
    assert d.value_for(True) == "2024-06-20" and d.value_for(False) == "2024-06-20"
    (d,) = find_dates("The envoy will meet the minister on Friday.", "en", "2024-06-20")
    assert d.value_for(True) == "2024-06-21" and d.value_for(False) == "2024-06-14"
    (d,) = find_dates("They will meet next Thursday.", "en", "2024-06-20")
    assert d.value_for(True) == "2024-06-27"


# ---------------------------------------------------------------- reported speech
def test_had_in_reported_speech_does_not_step_back_from_the_lead():
    # "said ... had been coordinated": the tense follows the report, the deed is the lead's
    text = ("Russian jets struck rebel positions in Syria on Wednesday, the defence ministry in Moscow said.\n\n"
            "The Russian ministry said its strikes had been coordinated with the Syrian army.")
    assert ("COOPERATE", "2024-06-19") in _dated(text, "2024-06-20")


def test_a_rough_span_tells_no_day():
    assert _values("The vote was on 2 May. Less than a week after the vote, the party split.", "en",
                   "2024-06-20") == ["2024-05-02"]


def test_a_counted_day_is_not_the_story_lead():
    # the lead is the day the story's own deed is told on, not a day counted back from it
    text = ("Jordan on 20 March condemned Israel over the raid it had carried out four days earlier.\n\n"
            "Amman said it had asked Israel to halt the raids.")
    dated = _dated(text, "2024-03-25")
    assert ("REQUEST", "2024-03-20") in dated


# ---------------------------------------------------------------- since a day
@pytest.mark.parametrize("text, published, value", [
    ("وتشن تركيا منذ العشرين من أيار غارات جوية على مواقع قوات سوريا الديمقراطية", "2024-06-20", "2024-05-20"),
    ("Turkey has been shelling SDF positions since 20 May.", "2024-06-20", "2024-05-20"),
])
def test_an_ongoing_deed_told_from_the_day_it_began_takes_that_day(text, published, value):
    assert ("ASSAULT", value) in _dated(text, published)


def test_the_first_deed_since_a_day_is_not_dated_by_it():
    dated = _dated("Jordan's foreign minister visited Damascus, the first visit since 8 December.", "2024-12-20")
    assert all(d != "2024-12-08" for _, d in dated)


def test_the_first_day_is_not_today():
    # اليوم الأول is "the first day", not the publication day
    assert _values("ودانت الحكومة منذ اليوم الأول الهجوم", "ar", "2024-06-20") == []
    assert _values("وصل الوفد اليوم إلى دمشق", "ar", "2024-06-20") == ["2024-06-20"]


# ---------------------------------------------------------------- months of a noun's clause
@pytest.mark.parametrize("text", [
    "Turkish troops entered Syria against ISIS on Wednesday.\n\n"
    "Coinciding with the operation, the US vice president visited Ankara and met Erdogan, to mend ties which soured "
    "after the coup attempt last month.",
    "عبرت القوات التركية الحدود السورية لقتال داعش يوم الأربعاء.\n\n"
    "وتزامنا مع العملية، زار نائب الرئيس الأميركي أنقرة والتقى أردوغان، لترميم العلاقة التي توترت عقب محاولة الانقلاب الشهر الماضي.",
])
def test_a_month_in_a_relative_clause_does_not_date_the_sentence(text):
    dated = _dated(text, "2016-08-25")
    assert ("CONSULT", "2016-07") not in dated
    assert ("CONSULT", "2016-08-24") in dated


# ---------------------------------------------------------------- an undated lead paragraph
def test_an_undated_lead_paragraph_takes_the_first_day_of_the_next():
    text = ("Rebels pushed out of Tal Rifaat\n\n"
            "Turkish-backed factions have driven the SDF out of Tal Rifaat after a week of shelling.\n\n"
            "The factions announced on Monday that they held the town, and residents began to return.")
    assert ("ASSAULT", "2024-06-17") in _dated(text, "2024-06-19")


def test_a_lead_paragraph_does_not_take_a_day_when_a_date_came_before():
    text = ("Rebels pushed out of Tal Rifaat in March\n\n"
            "Turkish-backed factions have driven the SDF out of Tal Rifaat after a week of shelling.\n\n"
            "The factions announced on Monday that they held the town.")
    assert ("ASSAULT", "2024-06-17") not in _dated(text, "2024-06-19")


# ---------------------------------------------------------------- months of a finer kind
@pytest.mark.parametrize("text, values", [
    ("انسحبت القوات في أواخر تشرين الثاني", ["2024-11"]),
    ("وصل الوفد في منتصف أيلول", ["2024-09"]),
    ("قبل يومين، أعلن الجيش الهدنة", ["2024-12-09"]),
    ("أعلن الجيش مساء أمس الأول الهدنة", ["2024-12-09"]),
    ("أعلن الجيش في 8/12/2024 الهدنة", ["2024-12-08"]),
])
def test_arabic_month_parts_spans_and_numeric_dates(text, values):
    assert _values(text, "ar", "2024-12-11") == values


def test_an_iso_date_is_a_day():
    assert _values("The statement was issued on 2024-12-08.", "en", "2024-12-11") == ["2024-12-08"]


def test_an_ongoing_deed_since_a_month_in_the_next_clause_takes_the_month():
    assert ("ASSAULT", "2024-12") in _dated("Israel has struck Syria hundreds of times since December.", "2025-05-15")
    text = "وتشن تركيا منذ أواخر أيلول غارات جوية على مواقع قوات سوريا الديمقراطية"
    assert ("ASSAULT", "2024-09") in _dated(text, "2024-12-11")


# ---------------------------------------------------------------- the day after, the eve
@pytest.mark.parametrize("text, values", [
    # after a verb, غداة X puts X on the day before the day named
    ("التقى الرئيسان أمس الأربعاء في الرياض، وذلك غداة إعلان رفع العقوبات", ["2025-05-14", "2025-05-13"]),
    # opening a sentence, what follows is the day after
    ("انعقدت القمة في العاشر من أيار. وغداة القمة، زار الوزير دمشق", ["2025-05-10", "2025-05-11"]),
    ("زار الوزير دمشق في التاسع من أيار عشية القمة", ["2025-05-09", "2025-05-10"]),
])
def test_the_day_after_and_the_eve_of_are_one_day_apart(text, values):
    assert _values(text, "ar", "2025-05-15") == values


# ---------------------------------------------------------------- spans of months, names
@pytest.mark.parametrize("text, lang, published, values", [
    ("The minister resigned nearly a month ago.", "en", "2023-03-09", ["2023-02"]),
    ("The border post reopened three months ago.", "en", "2023-03-09", ["2022-12"]),
    ("أغلقت السلطات المعبر قبل نحو شهرين", "ar", "2023-03-09", ["2023-01"]),
    ("وكان الوفد قد زار عمّان قبل ثلاثة أشهر", "ar", "2023-03-09", ["2022-12"]),
    # a span counted from another event, or before a month's name, is no month back from now
    ("عُقد الاجتماع قبل شهر من الانتخابات", "ar", "2023-03-09", []),
])
def test_a_span_of_months_back_dates_a_month(text, lang, published, values):
    assert _values(text, lang, published) == values


@pytest.mark.parametrize("text, values", [
    ("Foreign Secretary Theresa May told reporters the plan was sound.", []),
    ("Former Prime Minister May visited the camp.", []),
    ("In May the envoy returned to the capital.", ["2021-05"]),
    ("Since June the crossings have stayed shut.", ["2021-06"]),
])
def test_a_month_name_after_a_capitalised_name_is_a_name(text, values):
    assert _values(text, "en", "2021-09-01") == values


# ---------------------------------------------------------------- a weekday of the report
@pytest.mark.parametrize("text, published, date", [
    # published on a Thursday: Monday is the report's day (past), not next Monday
    ("Biden told reporters on Monday that Washington would lift the sanctions on Iraq.", "2022-06-16", "2022-06-13"),
    ("وكان بايدن قد أعلن الاثنين أنه سيرفع العقوبات عن العراق", "2022-06-16", "2022-06-13"),
])
def test_a_weekday_before_that_dates_the_report_of_a_plan(text, published, date):
    assert any(d == date for _, d in _dated(text, published)), _dated(text, published)


# ---------------------------------------------------------------- a span told from an event with its own day
def test_the_event_a_span_is_told_from_keeps_its_own_day():
    # published on a Saturday; the talks (after غداة) were on Tuesday, not the day before
    # the last day named
    text = ("استقبل الرئيس العراقي وزير الخارجية الأردني يوم الخميس. "
            "وتأتي الزيارة غداة لقاء جمع الملك عبد الله والرئيس المصري في القاهرة يوم الثلاثاء.")
    assert ("CONSULT", "2023-10-10") in _dated(text, "2023-10-14")


# ---------------------------------------------------------------- the day a stance began
@pytest.mark.parametrize("text, published, date", [
    # published on a Wednesday: "since Sunday" is 2024-02-04
    ("وفي المقابل، أبدت قطر منذ الأحد تضامنها مع الحكومة الأردنية، وأدانت في بيان الهجمات على الحدود.",
     "2024-02-07", "2024-02-04"),
    ("Qatar has voiced solidarity with the Jordanian government since Sunday, and condemned the attacks on the border.",
     "2024-02-07", "2024-02-04"),
])
def test_a_sentence_dated_only_by_a_starting_day_takes_it(text, published, date):
    assert any(p == "ACCUSE" and d == date for p, d in _dated(text, published)), _dated(text, published)


# ---------------------------------------------------------------- time limits
@pytest.mark.parametrize("text, lang, published", [
    ("Russia and Turkey held talks in Baku that lasted five hours, and observers will be deployed by 20 May.",
     "en", "2022-04-28"),
    ("وأجرت روسيا وتركيا محادثات في باكو دامت خمس ساعات، على أن يُنشر مراقبون بحلول العشرين من أيار/مايو المقبل.",
     "ar", "2022-04-28"),
])
def test_a_time_limit_dates_only_its_own_clause(text, lang, published):
    assert [d.kind for d in find_dates(text, lang, published)] == ["deadline"]
    # the talks, told in another clause, are not dated (nor made planned) by the limit
    assert ("CONSULT", None) in _dated(text, published)


# ---------------------------------------------------------------- a carried weekday keeps its reading
def test_a_carried_weekday_keeps_the_past_reading_it_was_told_with():
    # published on a Saturday: the announcement was on the past Wednesday, and the planned
    # pull-out told after it in the same paragraph takes that day, not next Wednesday
    text = ("Britain announced on Wednesday that it would cut its aid to Iraq. "
            "Officials said Britain would withdraw its forces from Iraq.")
    assert ("RETREAT", "2021-03-10") in _dated(text, "2021-03-13")


def test_a_carried_weekday_keeps_the_future_reading_it_was_told_with():
    # a guard: a plan told after a plan keeps the coming weekday
    text = "Erdogan will travel to Moscow on Wednesday to meet Putin. He will also hold talks with Lavrov."
    assert "2021-03-10" not in {d for _, d in _dated(text, "2021-03-13")}


# ---------------------------------------------------------------- the month of a start
@pytest.mark.parametrize("text, lang, kinds", [
    ("It was the worst raid on the camp since the regime's collapse in March 2020.", "en", ["background"]),
    ("كانت أعنف غارة على المخيم منذ انهيار الهدنة في آذار/مارس الماضي", "ar", ["background"]),
    # right after "since" the month is the start itself
    ("The shelling has gone on since March 2020.", "en", ["since"]),
])
def test_a_month_a_few_words_after_since_is_background(text, lang, kinds):
    assert [d.kind for d in find_dates(text, lang, "2021-02-01")] == kinds


# ---------------------------------------------------------------- a paragraph opening on a place
@pytest.mark.parametrize("text, published, date", [
    # published on a Friday: Amman was told with Monday, Cairo with Wednesday
    ("On Monday the Iraqi prime minister flew to Amman. On Wednesday he was in Cairo.\n\n"
     "In Cairo the talks were cordial. President Sisi praised Iraq for its support against terrorism.",
     "2024-05-10", "2024-05-08"),
    ("زار رئيس الوزراء العراقي عمّان يوم الاثنين، ثم توجّه إلى القاهرة يوم الأربعاء.\n\n"
     "وفي القاهرة، كانت الأجواء ودية. وأشاد الرئيس المصري بالعراق لدعمه في مكافحة الإرهاب.",
     "2024-05-10", "2024-05-08"),
])
def test_a_paragraph_opening_on_a_place_takes_the_day_told_with_it(text, published, date):
    assert ("SUPPORT", date) in _dated(text, published), _dated(text, published)


# ---------------------------------------------------------------- statements after the lead
@pytest.mark.parametrize("text", [
    "The Security Council voted on Tuesday to extend the aid mission in Syria.\n\n"
    "At the session, the Chinese envoy accused Washington of politicising aid, and the French "
    "envoy urged Moscow to stop blocking the crossings.",
    "صوّت مجلس الأمن الثلاثاء على تمديد مهمة المساعدات في سوريا.\n\n"
    "وخلال الجلسة، اتهم المندوب الصيني واشنطن بتسييس المساعدات، ودعا المندوب الفرنسي موسكو إلى الكف عن عرقلة المعابر.",
])
def test_an_undated_statement_after_the_lead_takes_the_lead_day_whoever_its_sides(text):
    dated = _dated(text, "2024-05-10")
    assert ("ACCUSE", "2024-05-07") in dated and ("REQUEST", "2024-05-07") in dated, dated


# ---------------------------------------------------------------- a visit expected on a weekday
@pytest.mark.parametrize("text", [
    "The Iraqi prime minister is expected in Ankara on Monday for talks with Erdogan.",
    "The Iraqi prime minister is due in Ankara on Monday for talks with Erdogan.",
])
def test_a_visit_expected_on_a_weekday_takes_the_coming_weekday(text):
    # published on a Friday: the coming Monday, not the past one
    assert _dated(text, "2024-05-10") == [("CONSULT", "2024-05-13")]


# ---------------------------------------------------------------- a headline's deed as the lead
@pytest.mark.parametrize("text", [
    "Turkey and Iraq sign water deal\n\nThe two governments on Tuesday put their names to a "
    "long-awaited text on the Tigris.\n\nAt the ceremony, the Iraqi prime minister accused Iran "
    "of cutting the flow of the Sirwan river.",
    "تركيا والعراق توقعان اتفاقا للمياه\n\nوضعت الحكومتان الثلاثاء اسميهما على وثيقة طال انتظارها "
    "بشأن دجلة.\n\nوخلال الحفل، اتهم رئيس الوزراء العراقي إيران بقطع مياه نهر سيروان.",
])
def test_the_headline_deed_dated_by_the_lead_paragraph_is_the_story_lead(text):
    # the lead paragraph's own words make no event: the headline's deed gives the day
    assert ("ACCUSE", "2024-05-07") in _dated(text, "2024-05-10"), _dated(text, "2024-05-10")


def test_cooperation_with_a_side_of_the_lead_retells_the_lead():
    text = ("The United States struck Islamic State hideouts in the Syrian desert on Tuesday.\n\n"
            "British warplanes took part in the operation, officials in London said.")
    assert ("COOPERATE", "2024-05-07") in _dated(text, "2024-05-10"), _dated(text, "2024-05-10")


# ---------------------------------------------------------------- a second verb with a day of its own
@pytest.mark.parametrize("text, date", [
    ("Erdogan landed in Baghdad on 3 June and met the Iraqi prime minister the next day.", "2025-06-04"),
    ("زار وزير الخارجية الأردني دمشق يوم الأحد ثم التقى الرئيس السوري في اليوم التالي.", "2025-06-09"),
])
def test_a_verb_after_and_takes_the_day_told_after_it(text, date):
    dated = _dated(text, "2025-06-10")
    assert ("CONSULT", date) in dated, dated


# ---------------------------------------------------------------- a day of onset in another clause
@pytest.mark.parametrize("text", [
    "Washington and Moscow reached a deal on a truce that starts on Monday, after twelve hours of "
    "talks between the two sides in Geneva.",
    "توصلت واشنطن وموسكو إلى اتفاق على هدنة تبدأ يوم الاثنين المقبل، وذلك بعد محادثات استمرت اثنتي "
    "عشرة ساعة في جنيف.",
])
def test_a_day_after_a_word_of_onset_dates_no_event_of_another_clause(text):
    dated = dict(_dated(text, "2024-05-10"))
    assert dated.get("CONSULT") not in ("2024-05-06", "2024-05-13"), dated


# ---------------------------------------------------------------- the night of one day to the next
@pytest.mark.parametrize("text, lang", [
    ("The ministers met in the night of Friday to Saturday in Geneva.", "en"),
    ("اجتمع الوزيران ليل الجمعة-السبت في جنيف", "ar"),
    ("اجتمع الوزيران ليلة الجمعة إلى السبت في جنيف", "ar"),
])
def test_the_night_of_one_day_to_the_next_is_dated_by_its_evening(text, lang):
    assert _values(text, lang, "2024-05-12") == ["2024-05-10"]


# ---------------------------------------------------------------- a topic's month in another clause
@pytest.mark.parametrize("text", [
    # a guard: English "while" already opens a clause whose month is its own
    "Ankara blamed Israel for the events of Sweida last month, while Damascus accused Tel Aviv of "
    "violating Syrian sovereignty.",
    "حمّلت أنقرة إسرائيل المسؤولية عن أحداث السويداء الشهر الماضي، فيما اتهمت دمشق تل أبيب بانتهاك السيادة السورية.",
])
def test_a_month_of_a_topic_dates_no_event_of_another_clause(text):
    assert ("ACCUSE", "2025-07") not in _dated(text, "2025-08-15"), _dated(text, "2025-08-15")


def test_a_statement_after_a_background_month_takes_the_lead_day():
    text = ("Turkish troops entered the Syrian town of Jarablus on Wednesday.\n\n"
            "The move followed Ankara's warning in June that it would act alone. "
            "Moscow accused Ankara of violating Syrian sovereignty.")
    assert ("ACCUSE", "2016-08-24") in _dated(text, "2016-08-26"), _dated(text, "2016-08-26")


# ------------------------------------------------ dates of nouns and of what is to come
def test_a_date_between_a_determiner_and_another_noun_dates_that_noun():
    # "the March integration deal": March dates the deal, the accusation is Saturday's.
    text = ("The Syrian government said on Saturday it would not attend talks with the SDF, "
            "accusing the group of breaching the March integration deal.")
    assert ("ACCUSE", "2025-08-09") in _dated(text, "2025-08-10")


def test_a_date_before_its_own_event_noun_still_dates_it():
    # "the 13 June air strikes": the strikes' own day; the condemnation has none of its own.
    dated = _dated("Turkey condemned the 13 June air strikes by Israel on Iran.", "2025-06-16")
    assert ("ASSAULT", "2025-06-13") in dated
    assert ("ACCUSE", "2025-06-13") not in dated


def test_a_time_limit_after_a_deed_done_dates_what_is_still_to_come():
    text = ("On 10 March the SDF signed a deal with Damascus to fold its fighters into the state "
            "by the end of the year.")
    assert ("AGREE", "2025-03-10") in _dated(text, "2025-05-13")


@pytest.mark.parametrize("text, lang, published, values", [
    ("Jets struck the base on Tuesday, and troops landed there the following night.", "en", "2025-08-28",
     ["2025-08-26", "2025-08-27"]),
    ("The ministers met on Monday and signed the accord that night.", "en", "2025-08-28",
     ["2025-08-25", "2025-08-25"]),
    ("قصفت الطائرات القاعدة يوم الثلاثاء، ثم أنزلت قوات في الليلة التالية.", "ar", "2025-08-28",
     ["2025-08-26", "2025-08-27"]),
])
def test_nights_and_evenings_count_from_the_last_day_named(text, lang, published, values):
    assert _values(text, lang, published) == values


# ---------------------------------------------------------------- tomorrow and a weekday
@pytest.mark.parametrize("text, published, values", [
    # غدًا before a weekday names tomorrow: the weekday is not the past one of that name
    ("ويعقد وزراء الخارجية اجتماعهم غدًا الأحد في العاصمة", "2024-06-22", ["2024-06-23"]),
    ("ويصل الوفد إلى جنيف غداً الثلاثاء لمتابعة المشاورات", "2024-06-17", ["2024-06-18"]),
    # a weekday alone keeps its past reading
    ("ووصل الوفد إلى جنيف الثلاثاء لمتابعة المشاورات", "2024-06-20", ["2024-06-18"]),
])
def test_a_weekday_after_tomorrow_is_tomorrow(text, published, values):
    assert _values(text, "ar", published) == values


# ------------------------------------------------ an undated deed right after the lead
@pytest.mark.parametrize("text, published", [
    ("Turkish tanks crossed into Syria on Wednesday and struck Islamic State positions around Jarablus.\n\n"
     "Islamic State fighters withdrew from the town within hours.", "2016-08-26"),
    ("شنّت المقاتلات التركية، أمس الأربعاء، غارات على مواقع تنظيم داعش قرب جرابلس.\n\n"
     "وانسحب عناصر تنظيم داعش من البلدة خلال ساعات.", "2016-08-25"),
])
def test_an_undated_deed_of_a_side_of_the_lead_told_next_takes_the_lead_day(text, published):
    assert ("RETREAT", "2016-08-24") in _dated(text, published), _dated(text, published)


def test_an_undated_deed_of_other_sides_after_the_lead_stays_undated():
    text = ("أعلن الجيش التركي، أمس الأربعاء، أنه قصف مواقع لتنظيم داعش قرب جرابلس. "
            "وقالت موسكو إنها منحت الحكومة السورية مساعدات عاجلة.")
    assert ("AID", None) in _dated(text, "2016-08-25"), _dated(text, "2016-08-25")


# ------------------------------------------------ a day closing a "since" phrase
@pytest.mark.parametrize("text, lang, published, kinds", [
    # منذ + the deed that began it + its day: the day is a start, not the event's date
    ("وصل الوزير، أمس الأربعاء، إلى دمشق، في أول زيارة منذ سقوط النظام قبل ثلاثة أيام", "ar", "2024-12-12",
     [("point", "2024-12-11"), ("since", "2024-12-09")]),
    ("واستقبل الرئيس، أمس الاثنين، وفدًا هو الأول منذ الإطاحة بالنظام في الثامن من كانون الأول", "ar", "2025-01-14",
     [("point", "2025-01-13"), ("since", "2024-12-08")]),
    ("The minister arrived in Damascus on Wednesday, the first visit since the government fell on 8 December",
     "en", "2024-12-12", [("point", "2024-12-11"), ("since", "2024-12-08")]),
    # a comma closes the phrase: the day after it is the event's
    ("للمرة الأولى منذ سنوات، التقى الوزيران أمس الأربعاء", "ar", "2024-12-12", [("point", "2024-12-11")]),
])
def test_a_day_closing_a_since_phrase_is_a_start(text, lang, published, kinds):
    assert [(d.kind, d.value) for d in find_dates(text, lang, published)] == kinds


def test_a_new_paragraph_by_another_actor_does_not_take_the_leads_day():
    text = ("Turkish President Erdogan visited Damascus on 3 March 2025 and met Syrian President "
            "Ahmed al-Sharaa.\n\nThe United States imposed sanctions on Syria.")
    assert ("SANCTION", None) in _dated(text, "2025-03-04")


# ---------------------------------------------------------------- spans after "came" and pacts named by a day
@pytest.mark.parametrize("text, lang, published, values", [
    # a span after a verb of coming is told from the story's day, not the last day named
    ("وقّع الطرفان الاتفاق أمس الثلاثاء في عمّان. واندلعت اشتباكات يوم الاثنين في الشمال. "
     "وجاء التوقيع بعد يومين من اجتماع الوزراء.", "ar", "2024-06-12", ["2024-06-11", "2024-06-10", "2024-06-09"]),
    ("The two sides signed the pact on Tuesday. Clashes broke out on Monday. "
     "The signing came two days after the ministers met.", "en", "2024-06-13", ["2024-06-11", "2024-06-10", "2024-06-09"]),
])
def test_span_after_coming_counts_from_the_story_day(text, lang, published, values):
    assert _values(text, lang, published) == values


def test_day_naming_a_pact_does_not_date_the_talks():
    text = "أكد الوزير أمس الأربعاء في عمّان، خلال لقائه المبعوث الأميركي، أن البلدين بحثا تطبيق اتفاق الخامس من أيار."
    assert ("CONSULT", "2024-06-12") in _dated(text, "2024-06-13")


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Jordan and Syria hold talks on border security\n\nAMMAN, March 3 - Jordanian and Syrian "
     "officials met in the Jordanian capital on Sunday to discuss smuggling across their border.",
     "2025-03-03", "2025-03-02"),
    ("الأردن وسوريا تبحثان أمن الحدود\n\nعمّان، 3 آذار/مارس - التقى مسؤولون أردنيون وسوريون في "
     "العاصمة الأردنية أمس الأحد لبحث التهريب عبر الحدود.", "2025-03-03", "2025-03-02"),
])
def test_a_dateline_dates_the_report_not_the_events(text, published, day):
    dates = {e.date for e in extract(text, published=published).events if e.plover == "CONSULT"}
    assert dates == {day}
