"""Event triggers and the roles of the actors around them.

Trigger words (``data/lexicon/triggers.toml``) name an event class; the class gives the
PLOVER category. Roles come from the trigger's clause:

* "between X and Y" (بين X و Y) or "the two countries" (البلدين) gives both sides;
* a national adjective right after a nominal trigger is its agent (المفاوضات السورية);
* otherwise the first actor before the trigger in the clause is the source (the
  subject), or, with none before, an actor just after it (Arabic verb-subject order,
  "the visit of ...", English "by ..." after a passive);
* the target is the first actor after the trigger from another group, or, for mutual
  events (CONSULT, AGREE, COOPERATE), another actor before it.

A clause with no actor at all borrows the two nearest actors of the previous clause
of its sentence; a clause with a target but no source borrows that clause's subject.

>>> event_plover("Visit"), event_plover("SanctionsReliefPromise")
('CONSULT', 'CONCEDE')
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from polgraph.errors import ParseError
from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.phrases import PhraseMatcher
from polgraph.ontology import event_types

__all__ = ["MUTUAL", "TriggerSpec", "event_plover", "trigger_matcher", "Party", "assign_roles"]

#: PLOVER categories that are symmetric: either side may be the source.
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@functools.cache
def _plover_table() -> dict[str, str]:
    return {name: t.plover for name, t in event_types().items()}


def event_plover(event_type: str) -> str:
    """The default PLOVER category of an event class, as ``ontology/polgraph.ttl`` states it.

    >>> event_plover("Visit"), event_plover("SanctionsReliefPromise")
    ('CONSULT', 'CONCEDE')
    """
    try:
        return _plover_table()[event_type]
    except KeyError:
        raise ParseError(f"unknown event class {event_type!r}: not in the ontology") from None


@dataclass(frozen=True)
class TriggerSpec:
    """What a trigger word stands for."""

    type: str
    needs_target: bool = True
    planned_type: str | None = None
    offender_named: bool = False
    judged: bool = False  # "called the visit historic": praise or blame by the words after
    needs_object: bool = False  # "left": a withdrawal only when a place or post follows
    addressed: bool = False  # "X said Y would pay a price": the speaker acts, Y is addressed
    joins_deed: bool = False  # "took part in the operation": a partner of the deed's actor
    answers_deed: bool = False  # "vowed revenge": with no one named, aimed at the deed's actor
    pledge: bool = False  # ستواصل دعم: looks ahead, but is made on the day it is reported


@functools.cache
def trigger_matcher(lang: str) -> PhraseMatcher:
    """The matcher of every trigger word in ``lang`` (cached)."""
    matcher = PhraseMatcher(lang)
    listed = {w for entry in load_lexicon("triggers")["trigger"] for w in entry.get(lang, ())}
    for entry in load_lexicon("triggers")["trigger"]:
        spec = TriggerSpec(entry["type"], bool(entry.get("needs_target", True)), entry.get("planned_type"),
                           bool(entry.get("offender_named", False)), bool(entry.get("judged", False)),
                           bool(entry.get("needs_object", False)), bool(entry.get("addressed", False)),
                           bool(entry.get("joins_deed", False)), bool(entry.get("answers_deed", False)),
                           bool(entry.get("pledge", False)))
        for name in (spec.type, spec.planned_type):
            if name is not None and name not in _plover_table():
                raise ParseError(f"triggers.toml: unknown event class {name!r}; the classes are "
                                 f"those of ontology/polgraph.ttl: {', '.join(sorted(_plover_table()))}")
        for word in entry.get(lang, ()):
            matcher.add(word, spec, strip_article=True, case_sensitive=False)
            if lang == "ar" and (twin := feminine_imperfect(word)) and twin not in listed:
                matcher.add(twin, spec, strip_article=True, case_sensitive=False)
    return matcher


def feminine_imperfect(word: str) -> str | None:
    """The feminine form of an Arabic imperfect verb listed in its masculine form: يؤيد →
    تؤيد ("Moscow supports", تؤيد موسكو), يتعهد* → تتعهد*. States and bodies are feminine
    in Arabic, so the ت form is as common as the ي form. Only a first word of at least
    four letters is changed; None when the word is no such verb."""
    first, _, rest = word.partition(" ")
    if not first.startswith("ي") or len(first.rstrip("*")) < 4:
        return None
    return "ت" + first[1:] + (" " + rest if rest else "")


@dataclass(frozen=True)
class Party:
    """An actor mention as the role logic sees it: token range, group and kind."""

    index: int
    first: int
    last: int
    group: str
    kind: str
    marked: bool = False  # preceded by a preposition (not a subject)
    by: bool = False  # preceded by a passive agent marker
    locative: bool = False  # a place ("in Syria", داخل سوريا), not a participant


def _first_other(parties, group):
    for p in parties:
        if p.group != group:
            return p
    return None


def _past_co_agents(parties: list[Party], joined: frozenset[int]) -> list[Party]:
    """``parties`` without the ones at its head that continue a list of names (``joined``):
    co-agents of the source just taken, not targets.

    >>> a, b, c = (Party(i, i, i, g, "name") for i, g in enumerate(("SAU", "QAT", "SYR")))
    >>> [p.group for p in _past_co_agents([b, c], frozenset({1}))]
    ['SYR']
    """
    k = 0
    while k < len(parties) and parties[k].index in joined:
        k += 1
    return parties[k:]


def assign_roles(trigger_first: int, trigger_last: int, clause: list[Party], previous: list[Party],
                 pair: tuple[Party, Party] | None, *, mutual: bool, lang: str, places: bool = False,
                 joined: frozenset[int] = frozenset(),
                 subject: Party | None = None, owned: bool = False,
                 passive: bool = True) -> tuple[Party | None, Party | None, bool]:
    """Source and target for a trigger, and whether they were borrowed from outside its clause.

    Places ("in Syria") take part only when ``places`` is true (visits and meetings).
    ``joined`` holds the indices of parties that continue a list of names ("السعودية
    وقطر"): after a subject that follows its verb they are co-subjects, not targets.
    ``subject`` is an actor the caller found to head the subject after an Arabic verb
    ("ونددت مصادر في الخارجية السورية"); it is the source unless a subject precedes.
    ``owned`` says the trigger is a noun whose owner is a pronoun on it (مطالبته بانسحاب
    القوات الإيرانية, "his demand for the withdrawal of Iranian forces"): the name after it
    is not its agent. ``passive`` says an English trigger is a verb in the passive voice,
    whose subject is the target when its agent follows after "by".
    """
    if not places:
        clause = [p for p in clause if not p.locative]
        previous = [p for p in previous if not p.locative]
    if pair is not None and mutual:
        return pair[0], pair[1], False
    before = [p for p in clause if p.last < trigger_first]
    after = [p for p in clause if p.first > trigger_last]
    source = None
    rest = after
    if subject is not None and not any(not p.marked for p in before):
        source = subject
        rest = _past_co_agents([p for p in after if p.first > subject.last and p.group != subject.group], joined)
    elif lang == "ar" and after and after[0].kind == "adjective" and after[0].first - trigger_last <= 1 \
            and not after[0].marked:
        # المساعدات الإماراتية والسعودية: one more agent, no target
        source, rest = after[0], _past_co_agents(after[1:], joined)
    elif lang == "en" and before and before[-1].kind == "adjective" and trigger_first - before[-1].last == 1:
        source = before[-1]  # "Israeli strikes", "the Turkish offensive"
    elif lang == "en" and after and after[0].by and after[0].first - trigger_last <= 3:
        # "Syria was attacked by Israel": the subject of a passive verb is its target; the
        # names before a noun are not ("condemned attacks by Iran on Israel").
        # "brokered by the United States and Russia": both broker it.
        source, rest = after[0], _past_co_agents((before if passive else []) + after[1:], joined)
    elif before:
        source = before[0]
    elif lang == "ar" and after and not after[0].marked and after[0].first - trigger_last <= 3 and not owned:
        source, rest = after[0], _past_co_agents(after[1:], joined)  # verb-subject order, or a noun and its agent
    borrowed = False
    if source is None:
        if not clause and previous:
            near = []
            for p in reversed(previous):
                if all(p.group != q.group for q in near):
                    near.append(p)
                if len(near) == 2:
                    break
            near.reverse()
            return near[0], (near[1] if len(near) > 1 else None), True
        if previous:
            source, borrowed = previous[0], True
        else:
            return None, None, False
    target = _first_other(rest, source.group)
    if target is None and mutual:
        target = _first_other([p for p in before if p is not source], source.group)
    if target is None and pair is not None:
        target = pair[1] if pair[0].group == source.group else pair[0] if pair[1].group == source.group else None
    return source, target, borrowed
