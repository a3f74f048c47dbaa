"""Relations between actors stated in the text: member_of, allied_with, leader_of, part_of.

Cues come from ``data/lexicon/relations.toml``. The subject is the nearest actor before
the cue in its sentence and the object the first actor of another group after it
("the SDF, Washington's main partner"); cues written ``order = "reverse"`` swap them
("the coalition led by the United States"); a cue followed by "between X and Y" relates
X and Y. A "since 2014" in the sentence becomes the start date; a past-tense or "former"
cue ends the relation by the publication year.

>>> relation_matcher("en").find.__name__
'find'
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Sequence

from polgraph.extraction.dates import DateMention
from polgraph.extraction.lexicon import grammar_words as _grammar_words
from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.phrases import PhraseMatcher, Tokens
from polgraph.extraction.sentences import Segmentation

__all__ = ["RelationFound", "relation_matcher", "find_relations"]


@dataclass(frozen=True)
class RelationFound:
    """A relation between two mentions (indices into the mention list)."""

    relation: str
    subject: int
    object: int
    start_date: str | None
    end_date: str | None
    sentence: int
    cue_first: int


@functools.cache
def relation_matcher(lang: str) -> PhraseMatcher:
    """The matcher of relation cues in ``lang`` (cached); values are (relation, reverse,
    adjacent, reach, verb)."""
    matcher = PhraseMatcher(lang)
    for entry in load_lexicon("relations")["relation"]:
        reverse = entry.get("order") == "reverse"
        adjacent = bool(entry.get("adjacent"))
        reach = int(entry.get("reach", 0))
        verb = bool(entry.get("verb"))
        for word in entry.get(lang, ()):
            matcher.add(word, (entry["relation"], reverse, adjacent, reach, verb), strip_article=True,
                        case_sensitive=False)
    return matcher


@functools.cache
def _section_matcher(lang: str, section: str) -> PhraseMatcher:
    """The matcher of one word list of relations.toml in ``lang`` (cached): the
    ``ended`` cues, ``dual_members``, ``joining`` verbs, ``government_forces``,
    ``reliance_verbs``."""
    matcher = PhraseMatcher(lang)
    for word in load_lexicon("relations").get(section, {}).get(lang, ()):
        matcher.add(word, section, case_sensitive=False)
    return matcher


def _pair_words(lang: str) -> frozenset[str]:
    return _grammar_words(lang, "pair_openers")


def _possessor(toks: Tokens, mention: Any, cue_first: int, lang: str) -> bool:
    """Whether ``mention`` owns the relation word at ``cue_first``: "Washington's main
    partner", "the Syrian government's closest ally" (English only)."""
    if lang != "en" or mention.last >= cue_first:
        return False
    gap = [toks.items[i][0] for i in range(mention.last + 1, cue_first)]
    between = toks.original[toks.span(mention.last, mention.last)[1]:toks.span(cue_first, cue_first)[0]]
    words = _grammar_words(lang, "possessive_gap")
    return len(gap) <= 4 and all(t in words for t in gap) and ("'s" in between or "\u2019s" in between
                                                                    or (gap and gap[0] == "s"))


def _enemy_between(toks: Tokens, lo: int, hi: int, lang: str) -> bool:
    """Whether a word marking the common enemy ("against", ضد) stands in tokens lo..hi-1."""
    markers = _grammar_words(lang, "enemy_markers")
    return any(toks.items[i][0] in markers for i in range(lo, hi))


def _fought(toks: Tokens, mentions: Sequence[Any], k: int, before: list[int], cue_first: int,
            s_first: int, lang: str) -> bool:
    """Whether mention ``k`` is the enemy fought: a word of fighting stands just before it
    ("fought the Islamic State"), or a verb of fighting with a pronoun for it right after
    it (داعش الذي تقاتله), before the next mention or the relation word."""
    m = mentions[k]
    if _enemy_between(toks, max(s_first, m.first - 3), m.first, lang):
        return True
    nxt = min([mentions[i].first for i in before if mentions[i].first > m.last] + [cue_first])
    verbs = _grammar_words(lang, "fought_pronoun_verbs")
    return any(toks.items[i][0] in verbs for i in range(m.last + 1, nxt))


_COMPOUND_WORDS = {"led": "member_of", "backed": "allied_with", "supported": "allied_with",
                   "sponsored": "allied_with", "allied": "allied_with"}


def _describes_next(toks: Tokens, mentions: Sequence[Any], k: int) -> bool:
    """Whether mention ``k`` is the first half of a compound that describes the name after
    it ("the US-backed SDF", "the US-led coalition"): the name after the compound, not
    the modifier, is what a relation word before it points to ("the backbone of the
    US-backed SDF")."""
    m = mentions[k]
    if getattr(getattr(m, "hit", None), "kind", None) != "modifier" or m.last + 1 >= len(toks):
        return False
    if toks.items[m.last + 1][0] not in _COMPOUND_WORDS or toks.items[m.last + 1][0] == "allied":
        return False  # "alongside the SDF-allied council": the body stands in its ally's camp
    nxt = next((mentions[j] for j in range(k + 1, len(mentions)) if mentions[j].first > m.last + 1), None)
    return nxt is not None and bool(nxt.group) and nxt.first - m.last <= 4 and nxt.group != m.group


def _kind(mention: Any) -> str | None:
    return getattr(getattr(mention, "hit", None), "kind", None)


def _adjectival_allies(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], before: list[int],
                       after: list[int], cue_first: int, cue_last: int, lang: str,
                       bodies: frozenset[int]) -> list[tuple[int, int]]:
    """An actor told by an adjective or a bare name just before the alliance word, with no
    partner named after it (English): "The SDF, which has been the main US ground partner", "the Syrian
    regime and its Russian and Iranian allies". The pair is that actor (each of a list joined
    by "and") and the nearest name before it, at most eight words back; nothing when the
    adjective has a word other than possessive_gap words ("its Syrian rebel allies") or no
    name stands near enough before it."""
    if lang != "en" or not before:
        return []
    k = before[-1]
    if k in bodies or _describes_next(toks, mentions, k):
        return []  # "Turkey, a NATO ally": membership, not an alliance with the body
    words = _grammar_words(lang, "possessive_gap") - {"s"}
    gap = [toks.items[i][0] for i in range(mentions[k].last + 1, cue_first)]
    if len(gap) > 3 or any(t not in words for t in gap):
        return []
    if any(mentions[i].group != mentions[k].group and mentions[i].first - cue_last <= 6
           and seg.clause_of[mentions[i].first] == seg.clause_of[cue_last]
           and not _enemy_between(toks, cue_last + 1, mentions[i].first, lang) for i in after):
        return []  # "the US ally Israel": the partner is named after the word
    owners, idx = [k], len(before) - 1
    while idx > 0:
        p = before[idx - 1]
        between = [toks.items[i][0] for i in range(mentions[p].last + 1, mentions[owners[0]].first)]
        if _kind(mentions[p]) not in ("adjective", "modifier") or between not in (["and"], [","], [",", "and"]):
            break
        owners.insert(0, p)
        idx -= 1
    # The name must open the noun phrase ("the main US ground partner", "its Russian and
    # Iranian allies", "the Kurdish-led US partner"), not end a clause ("has shaken US allies").
    lead = mentions[owners[0]].first - 1
    while lead >= 0:
        start = toks.span(lead, lead)[0]
        if toks.items[lead][0] in words:
            lead -= 1
        elif lead > 0 and toks.items[lead][0] in _COMPOUND_WORDS and toks.original[start - 1:start] == "-":
            lead -= 2  # "Kurdish-led"
        else:
            break
    if lead < 0 or toks.items[lead][0] not in _grammar_words(lang, "ally_determiners"):
        return []
    groups = {mentions[o].group for o in owners}
    subject = next((i for i in reversed(before[:idx]) if _kind(mentions[i]) not in ("adjective", "modifier")
                    and not _describes_next(toks, mentions, i)), None)
    if subject is None or mentions[subject].group in groups or mentions[owners[0]].first - mentions[subject].last > 8:
        return []
    return [(subject, o) for o in owners]


def _modifier_relations(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], lang: str) -> list[RelationFound]:
    """Relations told by a compound modifier: "the US-backed SDF" (allied_with), "the
    US-led coalition" (member_of: who leads a coalition belongs to it)."""
    out = []
    for k, m in enumerate(mentions):
        if getattr(getattr(m, "hit", None), "kind", None) != "modifier" or m.last + 1 >= len(toks):
            continue
        word = toks.items[m.last + 1][0]
        relation = {"led": "member_of", "backed": "allied_with", "supported": "allied_with",
                    "sponsored": "allied_with", "allied": "allied_with"}.get(word)
        nxt = next((j for j in range(k + 1, len(mentions)) if mentions[j].first > m.last + 1), None)
        if relation is None or nxt is None or mentions[nxt].first - m.last > 4 or not mentions[nxt].group:
            continue
        if seg.sentence_of[mentions[nxt].first] != seg.sentence_of[m.first]:
            continue
        if mentions[nxt].group == m.group:
            continue  # "the SDF-led autonomous administration": one actor, no relation
        if _enemy_between(toks, m.last + 2, mentions[nxt].first, lang):
            continue  # "the US-backed war on ISIS": the name after it is the enemy
        out.append(RelationFound(relation, k, nxt, None, None, seg.sentence_of[m.first], m.last + 1))
    return out


def _body_after(toks: Tokens, mentions: Sequence[Any], bodies: frozenset[int], last: int, lang: str) -> int | None:
    """The body (an alliance: NATO) named right after "in" just after token ``last``
    ("حليفها في حلف شمال الأطلسي", "an ally in NATO"), or None."""
    if last + 2 >= len(toks) or toks.items[last + 1][0] not in _grammar_words(lang, "body_prepositions"):
        return None
    return next((k for k in bodies if mentions[k].first == last + 2), None)


def _two_states_before(toks: Tokens, mentions: Sequence[Any], states: frozenset[int], s_first: int,
                       before: int, body_group: str | None, places: frozenset[str]) -> list[int] | None:
    """The first mention of each of exactly two states named in the sentence before token
    ``before`` (not the body itself, not after a place preposition: "شمال شرقي سوريا");
    None when there are more or fewer."""
    named: dict[str, int] = {}
    for k in sorted(states):
        m = mentions[k]
        if s_first <= m.first and m.last < before and m.group and m.group != body_group \
                and not (m.first and toks.items[m.first - 1][0] in places):
            named.setdefault(m.group, k)
    return list(named.values()) if len(named) == 2 else None


def _dual_members(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], bodies: frozenset[int],
                  states: frozenset[int], lang: str, cues: list) -> list[RelationFound]:
    """Two states told as "the two allies in NATO" (بين الحليفين في حلف شمال الأطلسي، بين
    دولتين عضوين في الحلف): each belongs to the body. The two are the states named before
    in the sentence, not as places ("شمال شرقي سوريا"); with any other number, nothing."""
    out = []
    places = _grammar_words(lang, "place_prepositions")
    for cue in cues:
        body = _body_after(toks, mentions, bodies, cue.last, lang)
        if body is None:
            continue
        sent = seg.sentence_of[cue.first]
        s_first = seg.sentences[sent][0]
        pair = _two_states_before(toks, mentions, states, s_first, cue.first, mentions[body].group, places)
        if pair is None:
            continue
        out += [RelationFound("member_of", k, body, None, None, sent, cue.first) for k in pair]
    return out


def _joined_bodies(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], bodies: frozenset[int],
                   lang: str) -> list[RelationFound]:
    """A state that joins an alliance or an organisation belongs to it: "Syria formally
    joined the US-led coalition", "Syria joins anti-ISIS coalition", "urged Syria to join
    the coalition". The body must follow the verb at once (after "the" or a compound
    modifier: "joined forces in a new alliance" is no joining of the alliance), and the
    joiner is the nearest name before, in the sentence, at most eight words back, with no
    other name between; otherwise nothing ("Russia joined Iraq and Iran in a centre": no
    body)."""
    out = []
    places = _grammar_words(lang, "place_prepositions")
    for cue in _section_matcher(lang, "joining").find(toks):
        sent = seg.sentence_of[cue.first]
        s_first, s_last = seg.sentences[sent]
        after = [i for i, m in enumerate(mentions) if cue.last < m.first <= s_last and m.group
                 and not _describes_next(toks, mentions, i)]
        if not after or after[0] not in bodies or mentions[after[0]].first - cue.last > 4:
            continue
        nxt = mentions[after[0]].last + 1
        if nxt <= s_last and toks.items[nxt][0].isalpha() and toks.items[nxt][0] not in _grammar_words(lang, "joining_followers"):
            continue  # "Damascus joins Brussels talks": the name describes the noun after it
        if any(toks.items[i][0] not in ("the", "a", "an") and not any(
                mentions[j].first <= i <= mentions[j].last + 1 for j in range(len(mentions)))
               for i in range(cue.last + 1, mentions[after[0]].first)):
            continue  # only "the" or a modifier ("the US-led") may stand between
        before = [i for i, m in enumerate(mentions) if s_first <= m.first and m.last < cue.first and m.group]
        if not before:
            continue
        k = before[-1]
        m = mentions[k]
        if cue.first - m.last > 8 or _describes_next(toks, mentions, k) or k in bodies \
                or (m.first and toks.items[m.first - 1][0] in places) or m.group == mentions[after[0]].group:
            continue
        out.append(RelationFound("member_of", k, after[0], None, None, sent, cue.first))
    return out


@functools.cache
def member_nouns(lang: str) -> dict[str, str]:
    """Nouns naming a member of an alliance told before them ("a NATO ally", "the two NATO
    allies"; relations.toml body_nouns): each with "one" or "two" (its number).

    >>> member_nouns("en")["allies"]
    'two'
    """
    table = load_lexicon("relations").get("body_nouns", {})
    return {w: "one" for w in table.get(lang, {}).get("one", ())} | {w: "two" for w in table.get(lang, {}).get("two", ())}


def _body_members(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], bodies: frozenset[int],
                  states: frozenset[int], lang: str) -> list[RelationFound]:
    """States told as members of an alliance by the alliance's name before a noun of
    membership (English): "Turkey, a NATO ally" (the state right before the comma), "the
    two NATO allies" (the two states named before in the sentence, exactly two). Nothing
    when that structure is not there: no state right before ", a NATO ally", or another
    number of states before "the two NATO allies"."""
    nouns = member_nouns(lang)
    if not nouns:
        return []
    out = []
    places = _grammar_words(lang, "place_prepositions")
    for b in sorted(bodies):
        m = mentions[b]
        if m.last + 1 >= len(toks) or m.first < 2:
            continue
        number = nouns.get(toks.items[m.last + 1][0])
        sent = seg.sentence_of[m.first]
        s_first = seg.sentences[sent][0]
        det, prev = toks.items[m.first - 1][0], toks.items[m.first - 2][0]
        comma = toks.original[toks.span(m.first - 2, m.first - 2)[1]:toks.span(m.first - 1, m.first - 1)[0]].strip()
        if number == "one" and det in ("a", "an") and comma == ",":
            k = next((i for i in states if mentions[i].last == m.first - 2), None)
            if k is None or _kind(mentions[k]) in ("adjective", "modifier") or mentions[k].first < s_first \
                    or (mentions[k].first and toks.items[mentions[k].first - 1][0] in places):
                continue
            out.append(RelationFound("member_of", k, b, None, None, sent, m.first))
        elif number == "two" and det == "two" and prev == "the":
            pair = _two_states_before(toks, mentions, states, s_first, m.first - 2, m.group, places)
            if pair is None:
                continue
            out += [RelationFound("member_of", k, b, None, None, sent, m.first) for k in pair]
    return out


def _backed_government(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], states: frozenset[int],
                       lang: str) -> list[RelationFound]:
    """A state backing unnamed "government forces" (English): "Government forces, backed by
    Russian air power, pushed on", "Russia-backed government troops". The government is the
    one the article names as such ("the Syrian government", "Assad's government"): exactly
    one group told before the word "government" in the article, else nothing; the backer is
    a state named at once after "backed by" (or before "-backed")."""
    if lang != "en":
        return []
    hits = _section_matcher(lang, "government_forces").find(toks)
    if not hits:
        return []
    governments: dict[str, int] = {}
    for k, m in enumerate(mentions):
        nxt = m.last + 1
        if nxt < len(toks) and toks.items[nxt][0] == "s":
            nxt += 1
        if m.group and _kind(m) != "modifier" and (toks.items[m.last][0] == "government"
                                                  or (nxt < len(toks) and toks.items[nxt][0] == "government"
                                                      and seg.sentence_of[nxt] == seg.sentence_of[m.last])):
            governments.setdefault(m.group, k)  # "the Syrian government", "Assad's government"
    if len(governments) != 1:
        return []
    (group, gov), = governments.items()
    by_first = {m.first: k for k, m in enumerate(mentions)}
    by_last = {m.last: k for k, m in enumerate(mentions)}
    out = []
    for cue in hits:
        first = cue.first
        sent = seg.sentence_of[first]
        if any(m.first <= first <= m.last for m in mentions) or (
                first and by_last.get(first - 1) is not None
                and seg.sentence_of[first - 1] == sent and toks.items[first - 1][0] not in ("backed", "supported")):
            continue  # "the Syrian government forces": named, the ordinary rules tell it
        backer = None
        if first >= 2 and toks.items[first - 1][0] in ("backed", "supported"):
            k = by_last.get(first - 2)
            start = toks.span(first - 1, first - 1)[0]
            if k is not None and _kind(mentions[k]) == "modifier" and toks.original[start - 1:start] == "-":
                backer = k  # "Russia-backed government troops"
        elif cue.last + 3 < len(toks) and toks.items[cue.last + 1][0] in ("backed", "supported") \
                and toks.items[cue.last + 2][0] == "by":
            backer = by_first.get(cue.last + 3)  # "government forces, backed by Russian air power"
        if backer is None or backer not in states or mentions[backer].group in (None, group):
            continue
        if seg.sentence_of[mentions[backer].first] != seg.sentence_of[first]:
            continue
        out.append(RelationFound("allied_with", backer, gov, None, None, seg.sentence_of[first], first))
    return out


@functools.cache
def _relative_core_matchers(lang: str) -> tuple[PhraseMatcher, PhraseMatcher]:
    table = load_lexicon("relations").get("relative_core", {})
    relatives, cores = PhraseMatcher(lang), PhraseMatcher(lang)
    for word in table.get("relatives", {}).get(lang, ()):
        relatives.add(word, "relative", case_sensitive=False)
    for word in table.get("leading", {}).get(lang, ()):
        relatives.add(word, "leading", case_sensitive=False)
    for word in table.get("cores", {}).get(lang, ()):
        cores.add(word, "core", case_sensitive=False)
    return relatives, cores


def _relative_cores(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], lang: str) -> list[RelationFound]:
    """A member told in a relative clause as the possessed core of the body before it
    ("قسد، التي تشكل الوحدات الكردية عمودها الفقري": the YPG belongs to the SDF). The body
    must end right before the relative word, the member follow the verb at once and the
    core word follow the member at once, in one sentence; otherwise nothing. English
    (after a comma only): "The SDF, in which the YPG is the dominant force" (relative,
    member, core; a short apposition opened by "the" may stand between: "The SDF, the
    US-backed alliance in which the YPG is the main component"), "The SDF, whose backbone is
    the YPG, ..." (relative_core.leading: the member right after, 'the' allowed, then a
    comma or the sentence's end)."""
    relatives, cores = _relative_core_matchers(lang)
    rel_hits = relatives.find(toks)
    if not rel_hits:
        return []
    core_at = {h.first for h in cores.find(toks)}
    by_first = {m.first: k for k, m in enumerate(mentions) if m.group}
    by_last = {m.last: k for k, m in enumerate(mentions) if m.group}

    def gap(i: int) -> str:  # the text between word i - 1 and word i
        return toks.original[toks.span(i - 1, i - 1)[1]:toks.span(i, i)[0]] if 0 < i < len(toks) else ""
    out = []
    for r in rel_hits:
        body, member = by_last.get(r.first - 1), by_first.get(r.last + 1)
        sent = seg.sentence_of[r.first]
        if lang == "en":
            if body is None and "," not in gap(r.first):
                # "The SDF, the US-backed alliance in which the YPG is the main component":
                # an apposition of a few words opened by "the" between the body and the
                # relative; the body is the name before its comma.
                k = next((k for k in range(r.first - 1, max(r.first - 5, 0), -1) if "," in gap(k)), None)
                if k is None or toks.items[k][0].lower() != "the" or any(
                        k <= m.first < r.first and m.group and _kind(m) != "modifier" for m in mentions):
                    continue
                body = by_last.get(k - 1)
                if body is None:
                    continue
            elif "," not in gap(r.first):
                continue  # a relative set off by a comma right after the body, or nothing
            if member is None and r.last + 2 < len(toks) and toks.items[r.last + 1][0].lower() == "the":
                member = by_first.get(r.last + 2)
            if r.value == "leading" and member is not None:
                end = mentions[member].last
                closes = end + 1 >= len(toks) or seg.sentence_of[end + 1] != sent \
                    or any(p in gap(end + 1) for p in ",;")
                if body is None or not closes or seg.sentence_of[mentions[body].first] != sent \
                        or mentions[body].group == mentions[member].group:
                    continue
                out.append(RelationFound("member_of", member, body, None, None, sent, r.first))
                continue
            if r.value == "leading":
                continue
        if body is None or member is None or mentions[member].last + 1 not in core_at:
            continue
        if seg.sentence_of[mentions[body].first] != sent or seg.sentence_of[mentions[member].last + 1] != sent \
                or mentions[body].group == mentions[member].group:
            continue
        out.append(RelationFound("member_of", member, body, None, None, sent, mentions[member].last + 1))
    return out


def _subject_reliance(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], lang: str) -> list[RelationFound]:
    """A verb of reliance with its subject between the verb and على (Arabic verb-subject
    order: "تعتمد واشنطن على «قسد» شريكًا رئيسيًا", "وتعتمد الولايات المتحدة على قسد"): the
    subject relies on (is allied with) the name right after على. The subject must follow the
    verb at once, على follow the subject at once and the partner follow على at once, in one
    sentence; otherwise nothing."""
    hits = _section_matcher(lang, "reliance_verbs").find(toks)
    if not hits:
        return []
    on = _grammar_words(lang, "reliance_on")
    by_first = {m.first: k for k, m in enumerate(mentions) if m.group}
    out = []
    for h in hits:
        subject = by_first.get(h.last + 1)
        if subject is None or mentions[subject].last + 2 >= len(toks) \
                or toks.items[mentions[subject].last + 1][0] not in on:
            continue
        partner = by_first.get(mentions[subject].last + 2)
        sent = seg.sentence_of[h.first]
        if partner is None or seg.sentence_of[mentions[partner].last] != sent \
                or mentions[partner].group == mentions[subject].group:
            continue
        out.append(RelationFound("allied_with", subject, partner, None, None, sent, h.first))
    return out


def _closed_relative(toks: Tokens, mentions: Sequence[Any], s_first: int, cue_first: int,
                     lang: str = "en") -> tuple[int, int] | None:
    """The last relative clause set off by commas and closed before the relation word at
    ``cue_first``, right after a name ("The YPG, which Turkey regards as the Syrian branch
    of the PKK, has fought alongside the coalition"): (the relative word, the first word
    after the closing comma). Names inside it belong to the clause, not to the relation word
    after it. None when there is no such clause (no name right before ", which", or no
    comma closing it before the word). Arabic alike: "قسد، التي تشكل الوحدات الكردية
    عمودها الفقري، قد أعلنت ... بدعم جوي من التحالف" (relative_words: التي، الذي)."""
    def comma_before(i: int) -> bool:
        gap = toks.original[toks.span(i - 1, i - 1)[1]:toks.span(i, i)[0]] if i > 0 else ""
        return "," in gap or "\u060c" in gap
    found = None
    for r in range(s_first + 1, cue_first):
        if toks.items[r][0] not in _grammar_words(lang, "relative_words") or not comma_before(r):
            continue
        if not any(m.last == r - 1 for m in mentions):
            continue
        close = next((i for i in range(r + 1, cue_first + 1) if comma_before(i)), None)
        if close is not None:
            found = (r, close)
    return found


def _verb_sides(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], before: list[int],
                after: list[int], cue_first: int, cue_last: int, lang: str) -> tuple[int, int] | None:
    """(Arabic) The two sides of a verb of support (relations.toml entries with verb = true:
    تدعم، تساند): told verb first, the subject follows the verb at once and the side
    supported follows the subject within two words ("ودعمت موسكو نظام الأسد"); told subject
    first, the subject is the nearest name before the verb in its clause and the side
    supported the first name after the verb within three words ("الولايات المتحدة تدعم
    بقوة حق إسرائيل"). None (no relation) when the verb is negated (لن تدعم), when a
    name follows the verb but no second name follows it ("تدعم أنقرة فصائل المعارضة": the
    name before, in another clause, is no side), or when either side is missing."""
    negations = _grammar_words(lang, "rule_out_negations")
    if cue_first and toks.items[cue_first - 1][0] in negations:
        return None
    clause = seg.clause_of[cue_first]
    if after and mentions[after[0]].first == cue_last + 1:
        subject = after[0]
        obj = next((i for i in after[1:] if mentions[i].first - mentions[subject].last <= 3
                    and mentions[i].group != mentions[subject].group
                    and seg.clause_of[mentions[i].first] == clause), None)
        return None if obj is None else (subject, obj)
    if not before or seg.clause_of[mentions[before[-1]].last] != clause:
        return None
    obj = next((i for i in after if mentions[i].first - cue_last <= 3
                and seg.clause_of[mentions[i].first] == clause), None)
    return None if obj is None else (before[-1], obj)


def _unnamed_backed(toks: Tokens, mentions: Sequence[Any], cue_first: int, s_first: int, lang: str) -> bool:
    """(English) Whether the side told as backed ("backed by", "supported by") is an unnamed
    body of fighters right before the word ("Biden blamed radical groups backed by Tehran",
    grammar.toml unnamed_fighters) with no name right before that noun ("Free Syrian Army
    factions backed by Ankara", "Kurdish fighters backed by US air power" keep the name as
    the side): then no name further back is the side backed, and nothing is told."""
    if lang == "ar" and toks.items[cue_first][0].startswith("المدعوم"):
        # "عن الفصائل المدعومة من أنقرة", "الفصائل المعارضة المدعومة من أنقرة": the noun of
        # fighters right before the word or before one adjective, no name between or before.
        fighters = _grammar_words("ar", "unnamed_fighters")
        noun = next((k for k in range(cue_first - 1, max(s_first, cue_first - 2) - 1, -1)
                     if toks.items[k][0] in fighters), None)
        if noun is None:
            return False
        return not any(m.first <= cue_first - 1 and m.last >= noun - 1 for m in mentions if m.group)
    if lang != "en" or toks.items[cue_first][0].lower() not in ("backed", "supported") or cue_first - 1 < s_first:
        return False
    noun = cue_first - 1
    if toks.items[noun][0].lower() not in _grammar_words("en", "unnamed_fighters"):
        return False
    return not any(m.first <= noun <= m.last or m.last == noun - 1 for m in mentions if m.group)


def _backing_for_name(toks: Tokens, mentions: Sequence[Any], in_sentence: list[int], cue_last: int,
                      s_last: int, lang: str) -> bool:
    """(English) Whether 'backing for' names the side backed: a name right after 'for' (or
    'for the') that ends its noun phrase (punctuation or a grammar.toml joining_followers
    word after it). 'his country's backing for efforts to preserve Syria's sovereignty',
    'Turkish and Iranian backing for Syria congress', 'Ankara's backing for armed groups'
    back no named side: False, and nothing is told. True when the word is no 'backing for'."""
    if lang != "en" or toks.items[cue_last][0].lower() != "backing" or cue_last + 1 > s_last \
            or toks.items[cue_last + 1][0].lower() != "for":
        return True
    start = cue_last + 2
    if start <= s_last and toks.items[start][0].lower() == "the":
        start += 1
    name = next((mentions[i] for i in in_sentence if mentions[i].first == start), None)
    if name is None:
        return False
    nxt = name.last + 1
    if nxt > s_last:
        return True
    gap = toks.original[toks.span(name.last, name.last)[1]:toks.span(nxt, nxt)[0]]
    return any(p in gap for p in ",;:") or toks.items[nxt][0].lower() in _grammar_words("en", "joining_followers")


def _alliance_apposition(toks: Tokens, mentions: Sequence[Any], in_sentence: list[int], cue_first: int,
                         cue_last: int, s_first: int, lang: str) -> bool:
    """(English) Whether the bare word 'alliance' heads an apposition set off by a comma
    right after a name ('the Syrian Democratic Forces, the Kurdish-led alliance now battling
    Islamic State', 'The SDF, the Kurdish-led alliance built around the YPG', 'Hayat Tahrir
    al-Sham, the jihadist alliance once linked to al-Qaeda'): the word says what the name
    is, so the name after it is no partner, and nothing is told. Only 'the/a/an', at most
    two words, then 'alliance' after the comma; 'alliance with/between' are other cues."""
    if lang != "en" or cue_first != cue_last or toks.items[cue_first][0].lower() != "alliance":
        return False
    det = next((d for d in range(cue_first - 1, max(s_first, cue_first - 4) - 1, -1)
                if toks.items[d][0].lower() in ("the", "a", "an")), None)
    if det is None or det - 1 < s_first:
        return False
    gap = toks.original[toks.span(det - 1, det - 1)[1]:toks.span(det, det)[0]]
    return "," in gap and any(mentions[i].last == det - 1 for i in in_sentence)


def _appositive_head(toks: Tokens, mentions: Sequence[Any], before: list[int], s_first: int,
                     cue_first: int, lang: str) -> int | None:
    """(Arabic) A relation word opening an apposition or a relative clause set off by a
    comma right after a name ("وحدات حماية الشعب، العمود الفقري لقسد", "الوحدات، التي
    تشكل العمود الفقري لقسد") describes that name: its index in ``mentions``; -1 when the
    word before the comma is no name (nothing is told of another side); None when the
    word is not so set off (the ordinary reading)."""
    if lang != "ar":
        return None
    relatives = load_lexicon("relations").get("relative_core", {}).get("relatives", {}).get(lang, ())
    opener = cue_first
    if cue_first - 2 > s_first and any(" ".join(t for t, *_ in toks.items[cue_first - 2:cue_first]) == w
                                       for w in relatives):
        opener = cue_first - 2
    if opener - 1 < s_first or toks.items[opener][0].startswith("ب"):
        return None  # "بدعم من" after a comma tells how the clause's subject acted
    gap = toks.original[toks.span(opener - 1, opener - 1)[1]:toks.span(opener, opener)[0]]
    if "\u060c" not in gap and "," not in gap:
        return None
    return next((i for i in before if mentions[i].last == opener - 1), -1)


def _captured_from(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], before: list[int], k: int,
                   s_first: int, lang: str) -> int | None:
    """(Arabic) Whether the name ``k`` read as the side supported by "بدعم من" is the side
    ground was taken from: a verb of taking (grammar.toml capture_verbs) stands within six
    words before it with no other name between ("استعادت كوباني من التنظيم بدعم من",
    "انتزعت بلدة الباغوز، آخر معاقل التنظيم، ... بدعم من"). Then the side supported is
    the name right before the verb (or before قد and the verb) in its clause: its index;
    -1 when no name stands there (nothing is told); None when there is no such verb."""
    if lang != "ar":
        return None
    verbs = _grammar_words(lang, "capture_verbs")
    m = mentions[k]
    verb = next((v for v in range(m.first - 1, max(s_first, m.first - 6) - 1, -1)
                 if toks.items[v][0] in verbs), None)
    if verb is None or any(verb < mentions[i].first < m.first for i in before):
        return None
    end = verb - 2 if verb - 1 > s_first and toks.items[verb - 1][0] == "قد" else verb - 1
    return next((i for i in before if mentions[i].last == end
                 and seg.clause_of[mentions[i].last] == seg.clause_of[verb]), -1)


def find_relations(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], dates: Sequence[DateMention],
                   lang: str, published: str | None, bodies: frozenset[int] = frozenset(),
                   states: frozenset[int] = frozenset(),
                   organisations: frozenset[int] = frozenset()) -> list[RelationFound]:
    """Relations stated in the text; ``mentions`` have ``first``, ``last`` and ``group``;
    ``bodies`` are the indices of mentions of alliances (NATO), ``states`` those of states,
    ``organisations`` those of other organisations (the UN)."""
    if lang not in ("ar", "en") or not mentions:
        return []
    ended_at = {h.first for h in _section_matcher(lang, "ended").find(toks)}
    dual_cues = _section_matcher(lang, "dual_members").find(toks)
    duals = {h.first for h in dual_cues}
    pairs = _pair_words(lang)
    places = _grammar_words(lang, "place_prepositions")  # "in Syria" is where, not who
    out: list[RelationFound] = []
    unspecified = _grammar_words(lang, "unspecified_determiners")
    for cue in relation_matcher(lang).find(toks):
        relation, reverse, adjacent, reach, verb = cue.value
        if cue.first and toks.items[cue.first - 1][0] in unspecified:
            continue  # "rejected any partnership with Assad": no tie is told
        if relation == "leader_of" and cue.first and toks.original[toks.span(cue.first - 1, cue.first)[0]:
                                                                   toks.span(cue.first, cue.first)[0]].endswith("-"):
            continue  # "the Kurdish-led alliance": a compound adjective (_modifier_relations reads "US-led")
        sent = seg.sentence_of[cue.first]
        s_first, s_last = seg.sentences[sent]
        in_sentence = [i for i, m in enumerate(mentions) if s_first <= m.first <= s_last and m.group]
        inside_name = any(mentions[i].first <= cue.first <= mentions[i].last for i in in_sentence)
        before = [i for i in in_sentence if mentions[i].last < cue.first
                  and not (mentions[i].first and toks.items[mentions[i].first - 1][0] in places)]
        if lang in ("en", "ar"):
            clause = _closed_relative(toks, mentions, s_first, cue.first, lang)
            if clause is not None:
                before = [i for i in before if not clause[0] < mentions[i].first < clause[1]]
        # A cue ending in a preposition attached to the next word ("دعمًا لدمشق") may end
        # inside the name it ties.
        after = [i for i in in_sentence if mentions[i].first > cue.last - (1 if reach else 0)]
        subject = obj = None
        opener = cue.last + 1 if cue.last + 1 <= s_last else None
        if toks.items[cue.last][0] in pairs or (opener is not None and toks.items[opener][0] in pairs):
            near = [i for i in after if mentions[i].first - cue.last <= 4]
            if len(near) >= 2 and mentions[near[0]].group != mentions[near[1]].group:
                subject, obj = near[0], near[1]
        if subject is None and verb and not inside_name:
            told = _verb_sides(toks, seg, mentions, before, after, cue.first, cue.last, lang)
            if told is None:
                continue
            subject, obj = told
        if subject is None and _unnamed_backed(toks, mentions, cue.first, s_first, lang):
            continue
        if subject is None and not _backing_for_name(toks, mentions, in_sentence, cue.last, s_last, lang):
            continue
        if subject is None and _alliance_apposition(toks, mentions, in_sentence, cue.first, cue.last, s_first, lang):
            continue
        if subject is None:
            if inside_name:
                continue  # the cue is part of a name ("the coalition")
            if lang == "ar" and not before and len(after) >= 2 and mentions[after[0]].first - cue.last <= 2 \
                    and not toks.items[cue.first][0].startswith("ب"):
                before, after = after[:1], after[1:]  # verb-subject-object order
            possessive = relation == "allied_with" and before and _possessor(toks, mentions[before[-1]], cue.first, lang)
            if relation == "allied_with" and not possessive:
                told = _adjectival_allies(toks, seg, mentions, before, after, cue.first, cue.last, lang, bodies)
                if told:
                    out += [RelationFound(relation, a, b, None, None, sent, cue.first) for a, b in told]
                    continue
            if not before or not (after or possessive):
                continue
            # "Washington has fought the Islamic State alongside the SDF", داعش الذي تقاتله
            # بالشراكة مع قسد: the enemy fought is no side of the partnership.
            head = _appositive_head(toks, mentions, before, s_first, cue.first, lang)
            subject = next((i for i in reversed(before)
                            if not _fought(toks, mentions, i, before, cue.first, s_first, lang)), None)
            if head is not None:
                # "ضد وحدات حماية الشعب، العمود الفقري لقسد": the apposition describes the
                # name before its comma, even one after ضد; no name there, no relation.
                if head < 0:
                    continue
                subject = head
            if subject is None:
                continue
            if head is None and relation == "allied_with" and toks.items[cue.first][0].startswith("ب"):
                # "وكانت الوحدات قد استعادت كوباني من التنظيم بدعم من غارات التحالف": the
                # side supported took the ground; the name it was taken from is no side.
                taker = _captured_from(toks, seg, mentions, before, subject, s_first, lang)
                if taker is not None:
                    if taker < 0:
                        continue
                    subject = taker
            obj = next((i for i in after if mentions[i].group != mentions[subject].group
                        and not _describes_next(toks, mentions, i)
                        and mentions[i].first - cue.last <= 6
                        and seg.clause_of[mentions[i].first] == seg.clause_of[cue.last]), None)
            if possessive:
                owner = subject
                subject = next((i for i in reversed(before) if mentions[i].group != mentions[owner].group), None)
                subject, obj = (subject, owner) if subject is not None else (obj, owner)
            if obj is None or subject is None:
                continue
            if adjacent and mentions[obj].first != cue.last + 1:
                continue  # the word must tie the name right after it (عماد «قسد»)
            if reach and (mentions[obj].first - cue.last > reach or _kind(mentions[obj]) in ("adjective", "modifier")):
                continue  # دعمًا لقوات الأسد: a name at once after the noun, not its adjective (للمعارضة السورية)
            if mentions[obj].first > cue.last and _enemy_between(toks, cue.last + 1, mentions[obj].first, lang):
                continue
            if reverse:
                subject, obj = obj, subject
        if relation == "allied_with" and obj in bodies and mentions[obj].first > cue.last \
                and _body_after(toks, mentions, bodies, mentions[obj].first - 2, lang) == obj:
            # "حليفها في حلف شمال الأطلسي": an ally in an alliance is a member of it; the
            # member named by an adjective after the word (الحليف التركي في الحلف) is that state.
            if cue.first in duals:
                continue  # "بين الحليفين في الحلف": _dual_members tells the two
            relation = "member_of"
            adjective = next((i for i in after if mentions[i].last == mentions[obj].first - 2
                              and mentions[i].first == cue.last + 1), None)
            subject = adjective if adjective is not None else subject
        if mentions[subject].group == mentions[obj].group:
            continue
        start_date = None
        for d in dates:
            if d.kind == "since" and d.value and toks.span(s_first, s_last)[0] <= d.start <= toks.span(s_first, s_last)[1]:
                start_date = d.value
        first_actor = min(mentions[subject].last, mentions[obj].last)
        ended = any(first_actor <= i <= s_last for i in ended_at)
        end_date = published[:4] if ended and published else None
        out.append(RelationFound(relation, subject, obj, start_date, end_date, sent, cue.first))
    return (out + _modifier_relations(toks, seg, mentions, lang)
            + _dual_members(toks, seg, mentions, bodies, states, lang, dual_cues)
            + _joined_bodies(toks, seg, mentions, bodies | organisations, lang)
            + _body_members(toks, seg, mentions, bodies, states, lang)
            + _backed_government(toks, seg, mentions, states, lang)
            + _relative_cores(toks, seg, mentions, lang)
            + _subject_reliance(toks, seg, mentions, lang))
