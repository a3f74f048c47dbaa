"""Deciding whether an event is asserted, planned, denied or hypothetical.

Cues from ``data/lexicon/status.toml`` count when they stand in the event's clause
before its trigger or just after it. In Arabic the future prefix سـ on the trigger or on
a verb before it in the clause marks a plan. Denied wins over hypothetical, which wins
over planned.

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

__all__ = ["find_cues", "clause_status", "status_matcher", "PRIORITY"]

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


def find_cues(toks: Tokens, lang: str) -> list[Hit]:
    """Every status cue in the text, in order."""
    if lang not in ("ar", "en"):
        return []
    return status_matcher(lang).find(toks)


def clause_status(toks: Tokens, cues: list[Hit], lang: str, *, clause: tuple[int, int],
                  first: int, last: int, future_trigger: bool = False,
                  governing: tuple[int, int] | None = None) -> str:
    """The status of an event whose trigger spans tokens ``first..last`` in ``clause``.

    ``governing`` is the clause before it in the same sentence: a denial there ("X denied
    that ...") carries into the clause it governs.
    """
    window = int(load_lexicon("status").get("after_window", 2))
    found: set[str] = set()
    for cue in cues:
        if clause[0] <= cue.first < first or last < cue.first <= min(clause[1], last + window):
            found.add(cue.value)
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
