"""Deciding whether an event is asserted, planned, denied or hypothetical.

Cues from ``data/lexicon/status.toml`` count when they stand in the event's clause
before its trigger or just after it. In Arabic the future prefix سـ on the trigger or on
a verb before it in the clause marks a plan. Denied wins over hypothetical, which wins
over planned.

"denied" means the text says the deed did not happen or is not so (a denial of an
accusation, "did not take part", نفى أن): the deed stays, with that status. A deed its
own actor refuses ("will not support", لن تسمح، "refused to intervene") is no deed at all:
:func:`refusal` tells the extractor so, which reports a REJECT by that actor instead.

>>> from polgraph.extraction.phrases import Tokens
>>> toks = Tokens.of("Washington denied that US forces would withdraw")
>>> cues = find_cues(toks, "en")
>>> clause_status(toks, cues, "en", clause=(3, 6), first=6, last=6)
'planned'
>>> clause_status(toks, cues, "en", clause=(0, 6), first=6, last=6)
'denied'
"""
from __future__ import annotations

import functools

from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.normalize import fold
from polgraph.extraction.phrases import Hit, PhraseMatcher, Tokens

__all__ = ["find_cues", "clause_status", "status_matcher", "refusal", "PRIORITY"]

#: Which status wins when cues disagree.
PRIORITY = ("denied", "hypothetical", "planned")
_IMPERFECT = "يتنا"


@functools.cache
def status_matcher(lang: str) -> PhraseMatcher:
    """The matcher of status cues in ``lang`` (cached)."""
    matcher = PhraseMatcher(lang)
    for status in PRIORITY:
        for word in load_lexicon("status")[lang][status]:
            matcher.add(word, status, case_sensitive=False)
    return matcher


@functools.cache
def _future_exceptions() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_lexicon("status").get("future_exceptions", ()))


@functools.cache
def _negations(lang: str) -> frozenset[str]:
    """Particles that deny only their own clause ("would not block", لن تقف)."""
    words = load_lexicon("status").get("negations", {}).get(lang, ())
    return frozenset(fold(w) if lang == "ar" else w.lower() for w in words)


def _is_future_verb(token: str) -> bool:
    if token[:1] in "وف" and len(token) > 4:
        token = token[1:]
    return (len(token) >= 5 and token[0] == "س" and token[1] in _IMPERFECT
            and not token.startswith(_future_exceptions()))


@functools.cache
def _not_negations(lang: str) -> PhraseMatcher:
    """Phrases that hold a negation word but deny nothing (لا يزال "still", "not only")."""
    matcher = PhraseMatcher(lang)
    for word in load_lexicon("status").get("not_negations", {}).get(lang, ()):
        matcher.add(word, True, case_sensitive=False)
    return matcher


def find_cues(toks: Tokens, lang: str) -> list[Hit]:
    """Every status cue in the text, in order.

    A denial cue inside a phrase of ``not_negations`` (لا تزال، لم يكد، "not only") is
    left out: the phrase says "still", "barely" or "not just", and the event stands.
    """
    if lang not in ("ar", "en"):
        return []
    cues = status_matcher(lang).find(toks)
    spans = [(h.first, h.last) for h in _not_negations(lang).find(toks)]
    if not spans:
        return cues
    return [c for c in cues if c.value != "denied" or not any(a <= c.first <= b for a, b in spans)]


def clause_status(toks: Tokens, cues: list[Hit], lang: str, *, clause: tuple[int, int],
                  first: int, last: int, future_trigger: bool = False,
                  governing: tuple[int, int] | None = None) -> str:
    """The status of an event whose trigger spans tokens ``first..last`` in ``clause``.

    ``governing`` is the clause before it in the same sentence: a denial there ("X denied
    that ...") carries into the clause it governs.
    """
    window = int(load_lexicon("status").get("after_window", 2))
    found: set[str] = set()
    negated_only = True  # every denial cue in the clause is a bare negation ("not", لم)
    for cue in cues:
        if clause[0] <= cue.first < first or last < cue.first <= min(clause[1], last + window):
            found.add(cue.value)
            if cue.value == "denied" and toks.items[cue.first][0] not in _negations(lang):
                negated_only = False
    if "denied" in found and "hypothetical" in found and negated_only:
        # "if the SDF did not withdraw", إذا لم تنسحب: a negation inside a condition
        # states the condition; the event is hypothetical, not denied.
        return "hypothetical"
    if governing is not None and any(
            governing[0] <= c.first <= governing[1] and c.value == "denied"
            and toks.items[c.first][0] not in _negations(lang) for c in cues):
        found.add("denied")
    if future_trigger:
        found.add("planned")
    if lang == "ar" and "planned" not in found:
        if any(_is_future_verb(toks.items[i][0]) for i in range(clause[0], last + 1)):
            found.add("planned")
    for status in PRIORITY:
        if status in found:
            return status
    return "asserted"


@functools.cache
def _refusal_words(lang: str) -> dict[str, frozenset[str]]:
    lex = load_lexicon("status").get("refusals", {})
    norm = fold if lang == "ar" else str.lower
    out = {k: frozenset(norm(w) for w in v) for k, v in lex.get(lang, {}).items()}
    out["stance"] = frozenset(lex.get("stance", ()))
    out["verbs"] = frozenset(" ".join(norm(w).split()) for w in lex.get("refusal_verbs", ()))
    return out


def refusal(toks: Tokens, cues: list[Hit], lang: str, *, clause: tuple[int, int], first: int,
            plover: str) -> str | None:
    """How a deed whose trigger starts at token ``first`` is refused in its clause, if it is.

    ``"verb"``: a refusal verb governs it ("refused to intervene"), which tells the
    rejection itself; ``"negation"``: its own actor says it will not do it ("will not
    support", "would never attack", لن تسمح، لا تؤيد, "did not endorse" for a stance);
    None otherwise: when a conditional ("if ...", إذا) stands before it in the clause,
    when "not" opens another verb's object ("pledged not to"), and when a present or past
    negation denies an intention before the deed ("does not intend to fund", لا تنوي):
    that deed stays, denied.
    See ``[refusals]`` in status.toml.

    >>> toks = Tokens.of("Ankara said it would not attack the town")
    >>> refusal(toks, find_cues(toks, "en"), "en", clause=(0, 7), first=5, plover="ASSAULT")
    'negation'
    >>> toks = Tokens.of("Ankara pledged not to attack the town")
    >>> refusal(toks, find_cues(toks, "en"), "en", clause=(0, 6), first=4, plover="ASSAULT") is None
    True
    """
    if lang not in ("ar", "en"):
        return None
    words = _refusal_words(lang)
    reach = int(load_lexicon("status").get("refusals", {}).get("refusal_reach", 4))
    items = toks.items
    if any(c.value == "hypothetical" and clause[0] <= c.first < first for c in cues):
        return None
    denied = [c for c in cues if c.value == "denied" and clause[0] <= c.first < first
              and first - c.last <= reach]
    if not denied:
        return None
    cue = denied[-1]
    if " ".join(items[i][0] for i in range(cue.first, cue.last + 1)) in words["verbs"]:
        return "verb"
    stance = plover in words["stance"]
    # "does not intend to fund", لا تنوي تمويل: a plan denied, not a deed refused.
    intent = any(c.value == "planned" and cue.last < c.first < first for c in cues)
    for i in range(cue.last, cue.first - 1, -1):
        word = items[i][0]
        if lang == "ar" and word[:1] in "وف" and word[1:] in words["future_negations"] | \
                words["present_negations"] | words["past_negations"]:
            word = word[1:]
        nxt = items[i + 1][0] if i + 1 < len(items) else ""
        prev = items[i - 1][0] if i > clause[0] else ""
        if word in words.get("future_negations", ()):
            return "negation"
        if lang == "ar":
            if word in words["present_negations"]:
                return "negation" if len(nxt) >= 3 and nxt[0] in "يتن" and not intent else None
            if word in words["past_negations"]:
                return "negation" if stance and not intent else None
            continue
        if word != "not":
            continue
        if nxt in words["infinitive_marks"]:
            return None
        if prev in words["future_before"]:
            return "negation"
        if prev in words["present_negations"] | words["past_negations"]:
            return "negation" if stance and not intent else None
        return None
    return None
