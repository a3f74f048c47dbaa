"""Text normalisation for matching, with a map from every normalised character back to the original.

Arabic is folded the way matching needs it (diacritics and tatweel dropped; alef, hamza
seats, alef maqsura and teh marbuta folded; Arabic-Indic digits made ASCII), Latin is
lower-cased and typographic quotes become plain ones. The original text is never changed:
:class:`NormalText` keeps, for each character it holds, the index of the character of the
original it came from, so a span found in the normalised text maps back exactly.

>>> nt = normalize("وأكّد «الرئيسُ»")
>>> nt.text
'واكد "الرييس"'
>>> nt.original_span(5, 13)
(6, 15)
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NormalText", "normalize", "fold", "TOKEN_RE", "tokens"]

#: A token of the normalised text: a run of letters and digits (Arabic and Latin alike).
TOKEN_RE = re.compile(r"[^\W_]+")

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ؤ": "و", "ة": "ه", "ک": "ك", "ۀ": "ه",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "،": ",", "؛": ";", "؟": "?",
}
_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})
_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})
_DROP = {"ـ", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "ء"}


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch in _DROP:
        return ""
    if "\u064b" <= ch <= "\u065f" or ch == "\u0670" or "\u06d6" <= ch <= "\u06ed":
        return ""  # Arabic diacritics and Quranic marks
    if ch.isascii():
        return ch.lower()
    if unicodedata.combining(ch):
        return ""
    low = ch.lower()
    if len(low) != 1:
        return ch
    decomposed = unicodedata.normalize("NFD", low)
    return decomposed[0] if decomposed[0].isascii() and decomposed[0].isalpha() else low


@dataclass(frozen=True)
class NormalText:
    """A normalised text and, for each of its characters, its index in the original."""

    text: str
    origin: tuple[int, ...]
    source: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covered by normalised ``[start, end)``.

        >>> normalize("ABC").original_span(0, 2)
        (0, 2)
        """
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.source)
            return pos, pos
        last = self.origin[end - 1] + 1
        # Marks the normalisation dropped (diacritics, a final hamza) belong to the word.
        while last < len(self.source) and not self.source[last].isspace() \
                and _fold_char(self.source[last]) == "":
            last += 1
        return self.origin[start], last


def normalize(text: str) -> NormalText:
    """Normalise ``text`` for matching, keeping the offset map back into it.

    >>> normalize("Türkiye’s").text
    "turkiye's"
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for piece in folded:
            out.append(piece)
            origin.append(i)
    return NormalText("".join(out), tuple(origin), text)


def fold(text: str) -> str:
    """Normalise a lexicon or gazetteer entry the same way as the text (no offsets).

    >>> fold("إسرائيل") == fold("اسرائيل")
    True
    """
    return "".join(_fold_char(ch) for ch in text)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The tokens of an already normalised string as ``(token, start, end)``.

    >>> [t for t, _, _ in tokens("u.s.-led strikes")]
    ['u', 's', 'led', 'strikes']
    """
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
