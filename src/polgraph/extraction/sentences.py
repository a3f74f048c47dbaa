"""Splitting a tokenised text into sentences and clauses.

A sentence ends at ``. ! ? ؟`` followed by a space, or at a line break (headlines and
paragraphs stand alone); a full stop after an initial or a known abbreviation ("U.S.",
"Mr.") does not end one. A clause ends at ``, ، ; : ( ) —`` and before a clause word of
the grammar lexicon (complementisers such as أن / "that", contrast, relatives). An event's
actors are looked for in its clause first.

>>> from polgraph.extraction.phrases import Tokens
>>> seg = segment(Tokens.of("The U.S. said that Turkey attacked. Syria agreed."), "en")
>>> seg.sentence_of, seg.clause_of
([0, 0, 0, 0, 0, 0, 0, 1, 1], [0, 0, 0, 1, 2, 2, 2, 3, 3])
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.phrases import PhraseMatcher, Tokens

__all__ = ["Segmentation", "segment", "clause_matcher"]

_SENTENCE_END = re.compile(r"[.!?](?:[\"')\]]*)(?:\s|$)|\n")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_ABBREVIATIONS = frozenset("mr mrs ms dr st gen col lt sgt jan feb mar apr jun jul aug sep sept oct nov dec no vs".split())


@dataclass
class Segmentation:
    """Sentence and clause number of every token, and each sentence's token range."""

    sentence_of: list[int]
    clause_of: list[int]
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]


@functools.cache
def clause_matcher(lang: str) -> PhraseMatcher:
    """The matcher of clause-opening words in ``lang`` (cached)."""
    matcher = PhraseMatcher(lang)
    for word in load_lexicon("grammar")[lang]["clause_breaks"]:
        matcher.add(word, "break", case_sensitive=False)
    return matcher


def segment(toks: Tokens, lang: str, *, lists: frozenset[int] = frozenset()) -> Segmentation:
    """Sentence and clause numbers for the tokens of ``toks``.

    ``lists`` holds token indices where a comma separates two actor names ("Saudi
    Arabia, the UAE and Jordan"); a comma there does not end the clause.
    """
    items = toks.items
    text = toks.normal.text
    openers = {h.first for h in clause_matcher(lang).find(toks)} if lang in ("ar", "en") else set()
    sentence_of: list[int] = []
    clause_of: list[int] = []
    sentence, clause = 0, 0
    for i, (tok, start, _) in enumerate(items):
        if i:
            gap = text[items[i - 1][2]:start]
            prev = items[i - 1][0]
            if _SENTENCE_END.search(gap) and ("\n" in gap or not (len(prev) == 1 or prev in _ABBREVIATIONS)):
                sentence += 1
                clause += 1
            elif (_CLAUSE_END.search(gap) and i not in lists
                  and not (gap == "," and prev.isdigit() and tok.isdigit())) or i in openers:
                # A comma between digits groups thousands ("2,000"); it ends nothing.
                clause += 1
        sentence_of.append(sentence)
        clause_of.append(clause)
    return Segmentation(sentence_of, clause_of, _ranges(sentence_of), _ranges(clause_of))


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i, n in enumerate(numbers):
        if n == len(out):
            out.append((i, i))
        else:
            out[n] = (out[n][0], i)
    return out
