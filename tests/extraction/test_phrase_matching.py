"""PhraseMatcher.find gives the hits of a plain scan of every position."""
from __future__ import annotations

from polgraph.extraction.phrases import Hit, PhraseMatcher, Tokens


def _scan(m: PhraseMatcher, toks: Tokens, overlap: bool = False) -> list[Hit]:
    """Every position, every candidate, the first of the best rank."""
    hits, items, i = [], toks.items, 0
    while i < len(items):
        best = None
        for entry, removed, future, exact in m._candidates(items[i][0]):
            size = len(entry.pattern)
            if i + size > len(items) or not all(
                    m._token_fits(entry.pattern[k], items[i + k][0]) for k in range(1, size)):
                continue
            if any(entry.case_sensitive) and not m._case_ok(toks, i, entry):
                continue
            rank = (size, exact, -removed)
            if best is None or rank > best[0]:
                best = (rank, entry, removed, future, exact)
        if best is None:
            i += 1
            continue
        _, entry, removed, future, exact = best
        last = i + len(entry.pattern) - 1
        start, end = toks.span(i, last, removed)
        hits.append(Hit(entry.value, start, end, i, last, future, exact))
        i = i + 1 if overlap else last + 1
    return hits


def test_same_hits_as_a_plain_scan():
    en = PhraseMatcher("en")
    for phrase, value in [("the two sides", "a"), ("the two", "b"), ("the ? sides", "c"), ("talk*", "d"),
                          ("talks", "e"), ("peace talk*", "f"), ("US", "g"), ("the", "h"), ("lift* ? sanctions", "i")]:
        en.add(phrase, value)
    ar = PhraseMatcher("ar")
    for phrase, value in [("واشنطن", "USA"), ("زيار*", "Visit"), ("الزيارة الرسمية", "Official"),
                          ("يزور", "Plan"), ("التحالف الدولي", "Coalition"), ("التحالف", "Alliance")]:
        ar.add(phrase, value, strip_article=value == "Visit")
    texts = [
        (en, ["The two sides held peace talks; the US and the two other sides talked.",
             "the the two two sides us US lifted the sanctions lift new sanctions talks"]),
        (ar, ["والزيارة الرسمية لواشنطن سيزور وللتحالف الدولي والتحالف زيارته",
             "التحالف التحالف الدولي الزيارة"]),
    ]
    for matcher, samples in texts:
        for text in samples:
            toks = Tokens.of(text)
            for overlap in (False, True):
                assert matcher.find(toks, overlap=overlap) == _scan(matcher, toks, overlap)
