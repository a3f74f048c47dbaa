"""Deciding whether a text is Arabic, English or something else.

Counts letters by script and, for Latin text, the share of common English words; no
model is needed for the two languages polgraph reads.

>>> detect_language("أعلن المبعوث الأميركي أن الرئيس السوري سيزور واشنطن")
'ar'
>>> detect_language("The Syrian president will visit Washington on Monday.")
'en'
>>> detect_language("Der Präsident besucht morgen die Hauptstadt der Vereinigten Staaten.")
'und'
>>> detect_language("")
'und'
"""
from __future__ import annotations

import functools
import re

from polgraph.extraction.lexicon import load_lexicon
from polgraph.gazetteer import load_gazetteer

__all__ = ["detect_language", "LANGUAGES"]

#: The languages the extractor reads.
LANGUAGES = ("ar", "en")

_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_lexicon("language")[key])


@functools.cache
def _english_names() -> frozenset[str]:
    """Lower-cased words of the gazetteer's English names ("turkey", "erdogan")."""
    out = set()
    for actor in load_gazetteer():
        for name in actor.names("en"):
            out.update(w.lower() for w in _LATIN_WORD.findall(name) if len(w) > 2)
    return frozenset(out - _words("english") - _words("foreign"))


def detect_language(text: str, *, sample: int = 20000) -> str:
    """The language of ``text``: ``ar``, ``en`` or ``und`` when neither is clear.

    A short Latin text ("Erdogan met Putin.") is English when it holds an English
    function word or a name the gazetteer knows in English, and no function word of
    another language.

    >>> detect_language("Turkey condemned Israel.")
    'en'
    >>> detect_language("La Turquie condamne Israël.")
    'und'
    """
    head = text[:sample]
    arabic = sum(1 for ch in head if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    words = _LATIN_WORD.findall(head)
    latin = sum(len(w) for w in words)
    if arabic >= 20 and arabic >= latin:
        return "ar"
    lower = [w.lower() for w in words]
    english, foreign = _words("english"), _words("foreign")
    if len(words) >= 3:
        found = [w for w in lower if w in english]
        short_ascii = len(words) < 15 and head.isascii()
        if len(found) / len(words) >= 0.08 and (len(set(found)) >= 2 or short_ascii):
            return "en"
    if arabic > 0 and arabic >= latin:
        return "ar"
    if words and len(words) < 15 and not any(w in foreign for w in lower):
        non_ascii = sum(1 for w in words if not w.isascii())
        named = any(w in english or w in _english_names() for w in lower)
        if named and non_ascii * 4 < len(words):
            return "en"
    return "und"
