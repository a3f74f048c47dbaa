"""Finding date expressions and resolving them against the publication date.

Handles, in Arabic and English: day-month-year dates with digits or ordinal day words
(العاشر من نوفمبر), Gregorian and Levantine month names and their paired forms
(نوفمبر/تشرين الثاني), "this month"/"last month" (الجاري / الماضي), weekdays
("on Monday", أمس الثلاثاء, يوم الجمعة), yesterday/today/tomorrow, bare years,
"since 2014" (منذ عام 2014), "before the end of the year" (قبل نهاية العام), days told
from another day ("the next day", "three days later", "five days after", بعد ثلاثة أيام,
قبل ذلك بيومين, غداة), spans back from the publication ("two weeks ago", قبل أسبوعين),
numeric dates (8/12/2024, 2024-12-08) and date words behind a clitic و/ف.
A date keeps the precision the text gives: a year stays a year. Expressions that need
the publication date resolve to nothing without one.

>>> [(d.value, d.kind) for d in find_dates("سيزور واشنطن في العاشر من نوفمبر/تشرين الثاني الجاري", "ar", "2025-11-02")]
[('2025-11-10', 'point')]
>>> [(d.value, d.kind) for d in find_dates("the coalition it has led since 2014", "en", None)]
[('2014', 'since')]
>>> find_dates("Turkish troops crossed the border on Monday.", "en", "2019-10-10")[0].value
'2019-10-07'
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.normalize import fold, normalize

__all__ = ["DateMention", "date_phrases", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """A date expression: original offsets, resolved value and how it is meant.

    ``kind`` is ``point`` (an event's date), ``since`` (a start: "since 2014"),
    ``deadline`` ("before the end of the year") or ``counted`` (a day counted from another
    day: "three days later", "two weeks ago"; it dates an event but is no story's lead). ``future_value`` is the reading to use
    for a planned event when the text is ambiguous (a bare weekday).
    """

    start: int
    end: int
    value: str | None
    kind: str = "point"
    future_value: str | None = None

    @property
    def precision(self) -> str | None:
        """``day``, ``month`` or ``year``."""
        if self.value is None:
            return None
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]

    def value_for(self, planned: bool) -> str | None:
        """The value for an event that is (or is not) planned."""
        if planned and self.future_value:
            return self.future_value
        return self.value


def _alt(words) -> str:
    forms = sorted({fold(w) if w else w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class _Patterns:
    month_of: dict
    weekday_of: dict
    ordinal_of: dict
    this: frozenset
    last: frozenset
    next: frozenset
    regexes: tuple[re.Pattern, ...]


@functools.cache
def _patterns(lang: str) -> _Patterns:
    lex = load_lexicon("dates")[lang]
    month_of = {fold(n): i + 1 for i, names in enumerate(lex["months"]) for n in names}
    weekday_of = {fold(n): i for i, n in enumerate(lex["weekdays"])}
    ordinal_of = {fold(n): i + 1 for i, names in enumerate(lex["ordinals"]) for n in names}
    month = f"(?:{_alt(month_of)})"
    pair = rf"(?P<month>{month})(?:\s*/\s*(?P<month2>{month}))?"
    mod = rf"(?P<mod>{_alt(lex['this_period'] + lex['last_period'] + lex['next_period'])})"
    year = r"(?P<year>(?:19|20)\d\d)"
    B, E = r"(?<![^\W_])", r"(?![^\W_])"
    if lang == "ar":
        # A date may follow the clitic و or ف written onto it: وأمس, وبعد يومين, فيوم الأحد.
        B = r"(?:(?<![^\W_])|(?<=(?<![^\W_])[وف]))"
        ordinal = f"(?P<ord>{_alt(ordinal_of)})" if ordinal_of else "(?!x)x"
        day = rf"(?:{ordinal}|(?P<day>[0-3]?\d))"
        yword = rf"(?:(?:{_alt(lex['year_word'])})\s+)?"
        parts = [
            rf"(?P<yearend>{_alt(lex['year_end'])})",
            rf"(?P<since>{_alt(lex['since'])})\s+{yword}{year}",
            rf"{day}\s+(?:من\s+)?(?:(?:{_alt(lex['month_word'])})\s+)?{pair}(?:\s+{yword}{year}|\s+{mod})?",
            # "(يوم الخميس) السابع عشر من الشهر (الجاري)": a day of the month of publication
            rf"(?:(?:{_alt(lex['day_word'])})\s+)?(?:(?:{_alt(weekday_of)})\s+)?{day}\s+(?:من\s+)?(?P<curmonth>{_alt(lex['month_word'])})(?:\s+{mod})?",
            rf"(?:(?P<start>{_alt(lex['month_start'])})\s+)?(?P<mword>(?:{_alt(lex['month_word'])})\s+)?{pair}(?:\s+{yword}{year}|\s+{mod})?",
            rf"(?P<relunit>{_alt(lex['month_word'] + lex['year_word'] + lex['week_word'])})\s+{mod}",
            rf"(?P<thisunit>{_alt(lex['this_period'])})\s+(?P<unit2>{_alt(lex['month_word'] + lex['year_word'])})",
            rf"{day}\s+(?P<same>{_alt(lex['same_month'])})",
            _counted_part(lex, "ar"),
            _months_ago_part(lex, "ar", month_of),
            *_relative_day_parts(lex, lambda ws: _alt(ws)),
            rf"(?:(?:{_alt(lex['day_word'])})\s+)?(?P<sameweekday>{_alt(weekday_of)})\s+(?:{_alt(lex['same_weekday'])})",
            # غدًا الخميس: the weekday named after "tomorrow" is tomorrow, not the past one.
            rf"(?:(?P<dby>{_alt(lex['day_before_yesterday'])})\s+|(?P<yday>{_alt(lex['yesterday'])})\s+|(?P<tmrw>{_alt(lex['tomorrow'])})\s+|(?:{_alt(lex['day_word'])})\s+)?(?P<weekday>{_alt(weekday_of)})(?:\s+{mod})?",
            # اليوم before an ordinal or a word telling which day (اليوم الأول, اليوم التالي)
            # is "the day", not today.
            rf"(?P<dby2>{_alt(lex['day_before_yesterday'])})|(?P<yday2>{_alt(lex['yesterday'])})"
            rf"|(?P<today>{_alt(lex['today'])})(?!\s+(?:{_alt(list(ordinal_of) + lex.get('not_today_before', []))})(?![^\W_]))"
            rf"|(?P<tomorrow>{_alt(lex['tomorrow'])})",
            # 8/12/2024, 8-12-2024: day, month, year
            r"(?P<nday>[0-3]?\d)[/.-](?P<nmonth>[01]?\d)[/.-](?P<nyear>(?:19|20)\d\d)(?![/.-]?\d)",
            rf"{yword}{year}",
        ]
        flags = 0
    else:
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
        month_cap = rf"(?P<month>{'|'.join(sorted((n for names in lex['months'] for n in names), key=len, reverse=True))})"
        month_of = {n.lower(): i + 1 for i, names in enumerate(lex["months"]) for n in names}
        weekday_of = {n.lower(): i for i, n in enumerate(lex["weekdays"])}
        parts = [
            rf"(?P<yearend>(?i:{_alt(lex['year_end'])}))",
            rf"(?P<since>since)\s+{year}",
            rf"{day}\s+(?:of\s+)?{month_cap}(?:\.(?=\s*\d))?(?:,?\s+{year})?",
            rf"{month_cap}(?:\.(?=\s*\d))?\s+{day}(?:,?\s+{year})?",
            rf"(?:(?P<start>early|late|mid)[\s-]+)?{month_cap}(?:\s+(?:of\s+)?{year}|\s+(?P<mod>last|this|next)\s+year)?",
            r"(?P<mod2>(?i:last|this|next|past|previous|coming))\s+(?P<relunit>(?i:month|year|week))",
            rf"(?:(?P<mod2>(?i:last|next|this|coming))\s+)?(?P<weekday>{'|'.join(lex['weekdays'])})",
            rf"{day}\s+(?P<same>(?i:{_alt(lex['same_month'])}))",
            _counted_part(lex, "en"),
            _months_ago_part(lex, "en", month_of),
            *_relative_day_parts(lex, lambda ws: f"(?i:{_alt(ws)})"),
            rf"(?i:{_alt(lex['same_weekday'])})\s+(?P<sameweekday>{'|'.join(lex['weekdays'])})",
            rf"(?P<dby2>(?i:{_alt(lex['day_before_yesterday'])}))|(?P<yday2>(?i:yesterday))|(?P<today>(?i:today))|(?P<tomorrow>(?i:tomorrow))",
            r"(?P<nyear>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<nday>[0-3]\d)(?!\d)",  # ISO 2024-12-08
            rf"(?:in\s+)?{year}",
        ]
        flags = 0
    regexes = tuple(re.compile(B + f"(?:{p})" + E, flags) for p in parts)
    return _Patterns(month_of, weekday_of, ordinal_of,
                     frozenset(fold(w) for w in lex["this_period"]),
                     frozenset(fold(w) for w in lex["last_period"] + ["past", "previous"]),
                     frozenset(fold(w) for w in lex["next_period"] + ["coming"]), regexes)


def _counted_part(lex: dict, lang: str) -> str:
    """The pattern of a span of days or weeks told from another day: "three days later",
    "two days after", "a week ago", بعد ثلاثة أيام, قبل ذلك بيومين."""
    if not lex.get("count_words"):
        return "(?!x)x"
    num = rf"(?:{_alt(lex['count_words'])}|\d{{1,2}})"
    unit = rf"(?P<cunit>{_alt(list(lex['day_units']) + list(lex['week_units']))})"
    if lang == "ar":
        dirs = _alt(lex["count_after"] + lex["count_before"])
        # غداة X: the day after X; عشية X: the eve of X (a span of one day)
        eve = rf"(?P<cdir1>{_alt(lex.get('day_after_of', []) + lex.get('eve_of', []))})(?=\s)|"
        return eve + (rf"(?P<cdir>{dirs})\s+(?:(?P<canchor>{_alt(lex['count_anchor'])})\s+)?ب?"
                rf"(?:(?P<cnum>{num})\s+)?{unit}(?:\s+(?P<cnum2>{num}))?(?=\s+(?P<cof>من|على)(?![^\W_]))?")
    dirs = _alt(lex["count_later"] + lex["count_earlier"] + lex["count_after"] + lex["count_before"] + lex["count_ago"])
    return rf"(?i:(?P<cnum>{num})[\s-]+{unit}\s+(?P<cdir>{dirs}))"


def _months_ago_part(lex: dict, lang: str, month_of: dict) -> str:
    """The pattern of a span of months back from the publication: "a month ago", "nearly
    two months ago", قبل شهر, قبل نحو ثلاثة أشهر. Only the month can be told. An Arabic
    span counted from another event (قبل شهر من الانتخابات) or naming a month (قبل شهر
    رمضان) is left out."""
    units = lex.get("month_units")
    if not units:
        return "(?!x)x"
    num = rf"(?:{_alt(lex['count_words'])}|\d{{1,2}})"
    unit = rf"(?P<munit>{_alt(list(units))})"
    if lang == "ar":
        rough = rf"(?:(?:{_alt(lex.get('month_rough', []))})\s+)?"
        return (rf"(?:{_alt(lex['count_before'])})\s+{rough}(?:(?P<mnum>{num})\s+)?{unit}"
                rf"(?!\s+(?:من|على|{_alt(month_of)})(?![^\W_]))")
    return rf"(?i:(?P<mnum>{num})[\s-]+{unit}\s+(?:{_alt(lex['count_ago'])}))"


def _after_name(text: str, at: int) -> bool:
    """Whether the English word at ``at`` follows a capitalised word that is no opener of a
    time ("Theresa May", "Prime Minister May", but not "In May"): a bare month name there is
    a name."""
    m = re.search(r"(?<![\w'-])([A-Z][\w'-]*)\s+$", text[max(0, at - 40):at])
    return bool(m) and m.group(1).lower() not in _month_openers()


@functools.cache
def _month_openers() -> frozenset[str]:
    """Capitalised words that may stand before a bare month name ("In May"), lower-cased."""
    return frozenset(w.lower() for w in load_lexicon("dates")["en"].get("month_openers", ()))


def _opens_clause(haystack: str, at: int) -> bool:
    """Whether the text at ``at`` opens a sentence ("Two days after the vote, ...") or,
    behind "and", "but" or a clitic و/ف, a clause after a comma (", وبعد ثلاثة أيام"). A
    span right after a comma with no such word (", eight days after the strikes") tells
    the time of the clause before it."""
    before = haystack[max(0, at - 12):at]
    bare = re.sub(r"(?:^|(?<=\s))(?:and|but|then|And|But|Then)\s*$", "", re.sub(r"[وف]$", "", before))
    joined = bare != before
    bare = bare.rstrip()
    if not bare:
        return at <= 12 or not haystack[:at].strip() or haystack[:at].rstrip()[-1] in ".!?\n:;؛"
    return bare[-1] in ".!?\n:;؛" or (joined and bare[-1] in ",،")


def _counted(g: dict, lang: str, haystack: str, at: int, pub: dt.date | None) -> DateMention | None:
    """A span of days from a "three days later"-like match: counted from the last day
    named (``relative_day``) or, for "ago" and an Arabic span after a verb, from ``pub``."""
    lex = load_lexicon("dates")[lang]
    low = (lambda s: s.lower()) if lang == "en" else (lambda s: re.sub(r"\s+", " ", s))
    table = {fold(k) if lang == "ar" else k: v for k, v in lex["count_words"].items()}
    units = {fold(k) if lang == "ar" else k: (v, 1) for k, v in lex["day_units"].items()}
    units.update({fold(k) if lang == "ar" else k: (v, 7) for k, v in lex["week_units"].items()})
    fold_ = (lambda w: fold(w)) if lang == "ar" else (lambda w: w.lower())
    if g.get("cdir1"):
        # "غداة إعلانه": after a verb, the announcement is the day before the day named;
        # opening a sentence ("وغداة الإعلان، التقى"), what follows is the day after.
        forward = low(g["cdir1"]) in {fold_(w) for w in lex.get("day_after_of", [])}
        if not _opens_clause(haystack, at):
            forward = not forward
        return DateMention(0, 0, None, "counted_day", future_value="1" if forward else "-1")
    word = g.get("cnum") or g.get("cnum2")
    count = (int(word) if word.isdigit() else table.get(low(word))) if word else None
    alone, days = units.get(low(g["cunit"]), (0, 1))
    n = (count or alone) * days if (count or alone) else 0
    if not n:
        return None
    direction = low(g["cdir"])
    forward = direction in {fold_(w) for w in lex["count_after"] + lex.get("count_later", [])}
    if lang == "en" and direction in {fold_(w) for w in lex["count_ago"]}:
        return DateMention(0, 0, (pub - dt.timedelta(days=n)).isoformat(), "counted") if pub else None
    if _approximate(haystack, at, lang):
        return None  # "less than a week after", نحو أسبوعين: no day can be told
    if lang == "en" and direction in {fold_(w) for w in lex["count_later"] + lex["count_earlier"]}:
        return DateMention(0, 0, None, "counted_day", future_value=str(n if forward else -n))
    opens = _opens_clause(haystack, at)
    if lang == "ar" and not g.get("canchor") and not g.get("cof") and (not opens or not forward):
        # "قبل أسبوعين": two weeks ago, wherever it stands; "بعد ثلاثة أيام" after a verb:
        # three days from now.
        if not pub:
            return None
        return DateMention(0, 0, (pub + dt.timedelta(days=n if forward else -n)).isoformat(), "counted")
    if not (opens or (lang == "ar" and g.get("canchor"))):
        forward = not forward  # "came two days after X struck": X is two days before
        if _after_coming(haystack, at, lang):
            # "وجاء الإعلان بعد يوم واحد من زيارة", "the signing came a week after the
            # violence": told from the day of the story's deed, not the last day named.
            return DateMention(0, 0, None, "counted_lead", future_value=str(n if forward else -n))
    return DateMention(0, 0, None, "counted_day", future_value=str(n if forward else -n))


def _after_coming(haystack: str, at: int, lang: str) -> bool:
    """Whether the span at ``at`` follows a verb of coming that opens its sentence or clause
    with only its subject between (وجاء الإعلان بعد, ويأتي توقيع الإعلان بعد, "The signing
    came two days after")."""
    verbs = date_phrases(lang, "coming_verbs")
    if not verbs:
        return False
    words = [fold(w) if lang == "ar" else w for w in _clause_words(haystack, at, 80, lang)]
    if lang == "ar":
        words = [w[1:] if w[:1] in ("و", "ف") and w[1:] in verbs else w for w in words]
        return bool(words) and words[0] in verbs and len(words) <= 4
    return any(w in verbs for w in words[-3:]) and len(words) <= 6


def _approximate(haystack: str, at: int, lang: str) -> bool:
    """Whether a span of days is told roughly: "less than a week", "about two weeks". (An
    Arabic rough span, بعد نحو أسبوعين, does not match the pattern at all.)"""
    cues = load_lexicon("dates")[lang].get("count_rough", [])
    tail = " ".join(re.findall(r"[^\W\d_]+", haystack[max(0, at - 20):at].lower())[-2:])
    return any((" " + tail).endswith(" " + c) for c in cues)


def _relative_day_parts(lex: dict, alt) -> list[str]:
    """Patterns for a day told from the last day named before it: the day after, the
    day before, the same day."""
    return [rf"(?P<{group}>{alt(lex[name])})" for group, name in
            (("dayafter", "day_after"), ("daybefore", "day_before"), ("sameday", "same_day"))
            if lex.get(name)]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    if day > calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _resolve(m: re.Match, pat: _Patterns, lang: str, pub: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    key = (lambda s: s.lower()) if lang == "en" else (lambda s: re.sub(r"\s+", " ", s))
    if g.get("yearend"):
        return DateMention(0, 0, _fmt(pub.year) if pub else None, "deadline")
    if g.get("since"):
        return DateMention(0, 0, g["year"], "since")
    if g.get("nyear"):
        value = _fmt(int(g["nyear"]), int(g["nmonth"]), int(g["nday"])) if 1 <= int(g["nmonth"]) <= 12 \
            and 1 <= int(g["nday"]) else None
        return DateMention(0, 0, value) if value else None
    mod = g.get("mod") or g.get("mod2")
    mod = key(mod) if mod else None
    if g.get("curmonth"):
        if not pub:
            return DateMention(0, 0, None)
        day = pat.ordinal_of.get(key(g["ord"])) if g.get("ord") else int(g["day"])
        delta = -1 if mod in pat.last else 1 if mod in pat.next else 0
        y, mo = _shift_month(pub.year, pub.month, delta)
        return DateMention(0, 0, _fmt(y, mo, day))
    if g.get("month"):
        month = pat.month_of.get(key(g["month"]))
        if month is None:
            return None
        if lang == "en" and not (g.get("day") or g.get("year") or g.get("mod") or g.get("start")) \
                and _after_name(m.string, m.start()):
            return None  # "Theresa May said": a surname, not a month
        day = None
        if g.get("ord"):
            day = pat.ordinal_of.get(key(g["ord"]))
        elif g.get("day"):
            day = int(g["day"])
            if not 1 <= day <= 31:
                return None
        if g.get("year"):
            year = int(g["year"])
        elif mod is not None and pub:
            year = pub.year
            if mod in pat.last and month >= pub.month:
                year -= 1
            elif mod in pat.next and month <= pub.month:
                year += 1
        elif pub and (day is not None or g.get("month2") or g.get("mword") or g.get("start")
                      or lang == "en"):
            year = pub.year
            if (month - pub.month) % 12 and month > pub.month + 6:
                year -= 1
        else:
            return None
        return DateMention(0, 0, _fmt(year, month, day))
    if g.get("relunit") or g.get("thisunit"):
        if not pub:
            return DateMention(0, 0, None)
        unit = key(g.get("relunit") or g.get("unit2"))
        if g.get("thisunit"):
            mod = next(iter(pat.this))
        delta = -1 if mod in pat.last else 1 if mod in pat.next else 0
        if unit in {fold(w) for w in load_lexicon("dates")[lang]["year_word"]}:
            return DateMention(0, 0, _fmt(pub.year + delta))
        if unit in {fold(w) for w in load_lexicon("dates")[lang]["week_word"]}:
            d = pub + dt.timedelta(days=7 * delta)
            return DateMention(0, 0, _fmt(d.year, d.month))
        y, mo = _shift_month(pub.year, pub.month, delta)
        return DateMention(0, 0, _fmt(y, mo))
    if g.get("same"):
        # The month is the one named last before it: find_dates fills it in.
        day = pat.ordinal_of.get(key(g["ord"])) if g.get("ord") else int(g["day"])
        return DateMention(0, 0, None, "same_month", future_value=f"{day:02d}") if 1 <= day <= 31 else None
    if g.get("munit"):
        if not pub:
            return None
        lex = load_lexicon("dates")[lang]
        fold_ = fold if lang == "ar" else str.lower
        word = g.get("mnum")
        table = {fold_(k): v for k, v in lex["count_words"].items()}
        count = (int(word) if word.isdigit() else table.get(key(word))) if word else None
        n = count or {fold_(k): v for k, v in lex["month_units"].items()}.get(key(g["munit"]), 0)
        if not n:
            return None
        y, mo = _shift_month(pub.year, pub.month, -n)
        return DateMention(0, 0, _fmt(y, mo), "counted")
    if g.get("cunit") or g.get("cdir1"):
        return _counted(g, lang, m.string, m.start(), pub)
    for name, delta in (("dayafter", 1), ("daybefore", -1), ("sameday", 0)):
        if g.get(name):
            # The day is counted from the last day named before it: find_dates fills it in.
            return DateMention(0, 0, None, "relative_day", future_value=str(delta))
    if g.get("sameweekday"):
        wd = pat.weekday_of[key(g["sameweekday"]) if lang == "ar" else g["sameweekday"].lower()]
        return DateMention(0, 0, None, "same_weekday", future_value=str(wd))
    if g.get("weekday"):
        if not pub:
            return DateMention(0, 0, None)
        wd = pat.weekday_of[key(g["weekday"])]
        if g.get("yday") or g.get("dby"):
            d = pub - dt.timedelta(days=2 if g.get("dby") else 1)
            return DateMention(0, 0, d.isoformat())
        if g.get("tmrw"):
            return DateMention(0, 0, (pub + dt.timedelta(days=1)).isoformat())
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7 or 7
        past = pub - dt.timedelta(days=back or (7 if mod in pat.last else 0))
        future = pub + dt.timedelta(days=ahead)
        if mod in pat.next:  # "next Monday", الاثنين المقبل
            return DateMention(0, 0, future.isoformat())
        if mod in pat.last:  # "last Monday", الاثنين الماضي
            return DateMention(0, 0, past.isoformat())
        # A bare weekday that is the publication's own weekday is that day for a planned
        # event too ("is due to meet him later on Thursday", published on a Thursday).
        soon = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        return DateMention(0, 0, past.isoformat(), future_value=soon.isoformat())
    if g.get("yday2") or g.get("dby2") or g.get("today") or g.get("tomorrow"):
        if not pub:
            return DateMention(0, 0, None)
        delta = -2 if g.get("dby2") else -1 if g.get("yday2") else 1 if g.get("tomorrow") else 0
        return DateMention(0, 0, (pub + dt.timedelta(days=delta)).isoformat())
    if g.get("year"):
        return DateMention(0, 0, g["year"])
    return None


def find_dates(text: str, lang: str, published: str | None, *, normal=None) -> list[DateMention]:
    """Date expressions in ``text`` (original offsets), resolved against ``published``.

    ``normal`` is the text's :class:`~polgraph.extraction.normalize.NormalText` when the
    caller already has it.
    """
    if lang not in ("ar", "en"):
        return []
    pub = dt.date.fromisoformat(published) if published else None
    pat = _patterns(lang)
    if lang == "ar":
        nt = normal if normal is not None else normalize(text)
        haystack, span = nt.text, nt.original_span
    else:
        haystack, span = text, lambda a, b: (a, b)
    matches: list[re.Match] = []
    for regex in pat.regexes:  # earlier patterns are more specific and win ties
        matches.extend(regex.finditer(haystack))
    chosen: list[re.Match] = []
    for m in sorted(matches, key=lambda m: (m.start(), -(m.end() - m.start()))):
        if chosen and m.start() < chosen[-1].end():
            continue
        chosen.append(m)
    out: list[DateMention] = []
    for m in chosen:
        try:
            found = _resolve(m, pat, lang, pub)
        except (KeyError, ValueError, OverflowError):
            found = None
        if found is None:
            continue
        if found.kind == "same_month":
            found = _same_month(found, out)
            if found is None:
                continue
        elif found.kind in ("relative_day", "same_weekday", "counted_day", "counted_lead"):
            counted = found.kind in ("counted_day", "counted_lead")
            if found.kind == "counted_lead":
                lead = [d for d in out if d.kind == "point" and d.value and len(d.value) == 10][:1]
                found = _from_last_day(DateMention(0, 0, None, "counted_day", found.future_value), lead or out)
            else:
                found = _from_last_day(found, out)
            if found is None:
                continue
            if counted:
                found = DateMention(0, 0, found.value, "counted")
        kind = found.kind
        if kind == "point" and found.value and len(found.value) == 4 and _background(haystack, m.start(), lang):
            kind = "background"
        elif kind == "point" and found.value and len(found.value) == 7 and _since_before(haystack, m.start(), lang):
            kind = "background"  # "since Assad's fall in December 2024": the start's own month
        elif kind in ("point", "counted") and found.value and len(found.value) == 10 \
                and _since_phrase(haystack, m.start(), lang):
            kind = "since"  # منذ سقوط النظام قبل أربعة أيام: the day the start happened
        elif kind == "point" and _after_since(haystack, m.start(), lang):
            kind = "since"  # "since 8 December", منذ الثامن من ديسمبر: a start, not the event's date
        elif kind == "point" and _after_deadline(haystack, m.start(), lang):
            kind = "deadline"  # "by 15 October", بحلول الخامس عشر من أكتوبر: a time limit
        start, end = span(m.start(), m.end())
        if kind == "point" and _dateline(text, start, end):
            kind = "background"  # "ANKARA, April 10 -": the day the report was filed
        out.append(DateMention(start, end, found.value, kind, found.future_value))
    return _nights(_named_weekdays(out, text), text, lang)


_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a report's dateline: it follows at most three
    words and a comma at the start of its line (the place it was filed from) and a dash
    follows it, after an agency in brackets if any ("ANKARA, April 10 -", "دمشق، 10
    نيسان (أ ف ب) -"). It dates the report, not the events told after it.

    >>> _dateline("ANKARA, April 10 - Turkish officials met on Wednesday.", 8, 16)
    True
    >>> _dateline("Turkish officials met on April 10 - a first.", 24, 32)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].rstrip()
    if not prefix.endswith((",", "،")) or len(prefix.split()) > 3:
        return False
    return _DATELINE_END.match(text, end) is not None


@functools.cache
def date_phrases(lang: str, *keys: str) -> tuple[str, ...]:
    """The phrases listed under ``keys`` in dates.toml for ``lang``, normalised as text is
    matched (Arabic folded, English lower-cased, single spaces).

    >>> date_phrases("en", "night_words")[:1]
    ('night of',)
    """
    lex = load_lexicon("dates").get(lang, {})
    norm = fold if lang == "ar" else str.lower
    return tuple(" ".join(norm(w).split()) for key in keys for w in lex.get(key, ()))


def _nights(found: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """The night of one day to the next (ليل الجمعة-السبت, "the night of Friday to
    Saturday") is one time, dated by the evening it starts: the second day is dropped."""
    words = date_phrases(lang, "night_words")
    if len(found) < 2 or not words:
        return found
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.value and d.value and len(prev.value) == len(d.value) == 10 \
                and re.fullmatch(r"\s*(?:[-–/]|to|الى|إلى)\s*", text[prev.end:d.start]) \
                and dt.date.fromisoformat(d.value) - dt.date.fromisoformat(prev.value) == dt.timedelta(days=1):
            before = text[max(0, prev.start - 20):prev.start]
            before = fold(before) if lang == "ar" else before.lower()
            if any(re.search(rf"(?:^|\W){re.escape(w)}\W*$", before) for w in words):
                out[-1] = DateMention(prev.start, d.end, prev.value, prev.kind, prev.future_value)
                continue
        out.append(d)
    return out


def _named_weekdays(found: list[DateMention], text: str) -> list[DateMention]:
    """A weekday told with its date ("on Thursday, Oct. 17", يوم الأربعاء الثالث عشر من آب)
    is that date, not the weekday nearest the publication date."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.future_value and a.value and len(a.value) == 10 and b.kind == "point" and b.value \
                and len(b.value) == 10 and re.fullmatch(r"[\s,،]*(?:the\s+)?", text[a.end:b.start]) \
                and dt.date.fromisoformat(b.value).weekday() == dt.date.fromisoformat(a.value).weekday():
            out[i] = DateMention(a.start, a.end, b.value, a.kind)
    return out


def _same_month(found: DateMention, before: list[DateMention]) -> DateMention | None:
    """A day of the month named last before it ("the 12th of it", من الشهر نفسه)."""
    months = [d.value for d in before if d.value and len(d.value) >= 7]
    if not months:
        return None
    year, month = int(months[-1][:4]), int(months[-1][5:7])
    value = _fmt(year, month, int(found.future_value))
    return DateMention(0, 0, value) if value else None


def _from_last_day(found: DateMention, before: list[DateMention]) -> DateMention | None:
    """A day told from a day named before it: the day before or after the last one
    ("the next day", في اليوم السابق), or the last one with a given weekday ("the same
    Saturday", السبت نفسه). Nothing is guessed when no full date was named before."""
    days = [dt.date.fromisoformat(d.value) for d in before
            if d.kind in ("point", "counted") and d.value and len(d.value) == 10]
    if found.kind == "same_weekday":
        days = [d for d in days if d.weekday() == int(found.future_value)]
        return DateMention(0, 0, days[-1].isoformat()) if days else None
    if not days:
        return None
    return DateMention(0, 0, (days[-1] + dt.timedelta(days=int(found.future_value))).isoformat())


@functools.cache
def _background_cues(lang: str) -> tuple[tuple[str, ...], frozenset[str], int, tuple[str, ...]]:
    lex = load_lexicon("dates")[lang]
    fold_ = fold if lang == "ar" else str.lower
    before = tuple(sorted((" ".join(fold_(w).split()) for w in lex.get("background_before", ())), key=len, reverse=True))
    deadline = tuple(" ".join(fold_(w).split()) for w in lex.get("deadline_before", ()))
    return before, frozenset(fold_(w) for w in lex["since"]), int(lex.get("since_window", 5)), deadline


def _after_since(haystack: str, at: int, lang: str) -> bool:
    """Whether the date starting at ``at`` follows a "since" word (منذ, since)."""
    words = re.findall(r"[^\W\d_]+", haystack[max(0, at - 30):at])
    return bool(words) and (words[-1].lower() if lang == "en" else words[-1]) in _background_cues(lang)[1]


def _after_deadline(haystack: str, at: int, lang: str) -> bool:
    """Whether the date starting at ``at`` follows a word setting a time limit (by, بحلول)."""
    cues = _background_cues(lang)[3]
    if not cues:
        return False
    words = re.findall(r"[^\W\d_]+", haystack[max(0, at - 30):at])
    if lang == "en":
        words = [w.lower() for w in words]
    tail = " ".join(words[-3:])
    return any((" " + tail).endswith(" " + c) for c in cues)


def _since_before(haystack: str, at: int, lang: str) -> bool:
    """Whether a "since" word stands a few words before the date at ``at`` (but not right
    before it): "since Assad's fall in December 2024", منذ سقوط النظام في كانون الأول."""
    words = re.findall(r"[^\W\d_]+", haystack[max(0, at - 120):at])
    return _since_a_few_words_back([w.lower() for w in words] if lang == "en" else words, lang)


def _since_a_few_words_back(words: list[str], lang: str) -> bool:
    """Whether a "since" word is among the last few ``words`` (of more than two letters:
    "al", "s", "in", في do not count) but not the last one."""
    _, since, window, _ = _background_cues(lang)
    words = [w for w in words if len(w) > 2]
    return bool(words) and words[-1] not in since and any(w in since for w in words[-window:])


def _clause_words(haystack: str, at: int, reach: int, lang: str) -> list[str]:
    """The words in the ``reach`` characters before ``at`` that follow the last comma or
    stop there (English lower-cased)."""
    before = haystack[max(0, at - reach):at]
    cut = max(before.rfind(c) for c in ",،.;:!?\n")
    words = re.findall(r"[^\W\d_]+", before[cut + 1:])
    return [w.lower() for w in words] if lang == "en" else words


def _since_phrase(haystack: str, at: int, lang: str) -> bool:
    """Whether a day closes a "since" phrase that names a deed (منذ سقوط نظام الأسد يوم
    الأحد، منذ الإطاحة بالأسد في الثامن من ديسمبر, "since Assad's fall on 8 December"):
    a "since" word a few words before it (not right before), no comma or stop between."""
    return _since_a_few_words_back(_clause_words(haystack, at, 120, lang), lang)


def _background(haystack: str, at: int, lang: str) -> bool:
    """Whether the bare year starting at ``at`` dates a background fact: "the agreement
    of 1974", اتفاق 1974 لعام, "since Syria's independence in 1946"."""
    before, since, window, _ = _background_cues(lang)
    words = re.findall(r"[^\W\d_]+", haystack[max(0, at - 120):at])
    if lang == "en":
        words = [w.lower() for w in words]
    tail = " ".join(words[-3:])
    # An English bare year is matched with its "in": "founded in 2015" ends before it.
    cues = before + tuple(c[:-3] for c in before if lang == "en" and c.endswith(" in"))
    if any((" " + tail).endswith(" " + cue) for cue in cues):
        return True
    return any(w in since for w in words[-window:])
