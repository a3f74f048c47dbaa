"""Matching lexicon phrases over the tokens of a normalised text.

A phrase is a sequence of normalised tokens; a token ending in ``*`` matches any token
that starts with it (``زيار*`` matches زيارة, زيارته) and a token ``?`` matches any one
token (``lift* ? sanctions``). In Arabic the first token of a
phrase is also tried without the particles that attach to words (و ف ب ل ك, لل for
ال, the future prefix سـ, and optionally the article ال); the span reported starts after
the particles, and whether a future prefix was removed is kept, since it marks a plan.

The matcher is built once per lexicon: phrases are indexed by their first token, and
what each distinct token can start is looked up once and remembered, so matching a text
only visits the positions where some phrase can begin.

>>> m = PhraseMatcher("ar")
>>> m.add("واشنطن", "USA")
>>> m.add("زيار*", "Visit", strip_article=True)
>>> [(h.value, h.start, h.end) for h in m.find(Tokens.of("والزيارة لواشنطن"))]
[('Visit', 3, 8), ('USA', 10, 16)]
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterator

from polgraph.extraction.normalize import NormalText, fold, normalize, tokens

__all__ = ["Tokens", "Hit", "PhraseMatcher", "arabic_variants"]

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_IMPERFECT = ("ي", "ت", "ن", "ا")


@dataclass(frozen=True)
class Tokens:
    """A text, its normalised form and the normalised tokens as ``(token, start, end)``."""

    original: str
    normal: NormalText
    items: tuple[tuple[str, int, int], ...]

    @classmethod
    def of(cls, text: str) -> "Tokens":
        """Normalise and tokenise ``text``."""
        nt = normalize(text)
        return cls(text, nt, tuple(tokens(nt.text)))

    def span(self, first: int, last: int, skip: int = 0) -> tuple[int, int]:
        """Original offsets of tokens ``first..last`` (inclusive), ``skip`` normalised
        characters into the first token."""
        start = self.items[first][1] + skip
        return self.normal.original_span(start, self.items[last][2])

    def __len__(self) -> int:
        return len(self.items)

    @functools.cached_property
    def starts(self) -> list[int]:
        """The original start offset of every token, computed once per text (to find the
        token at an offset with :func:`bisect.bisect_left`).

        >>> Tokens.of("talks and more").starts
        [0, 6, 10]
        """
        return [self.span(i, i)[0] for i in range(len(self.items))]

    @functools.cached_property
    def index(self) -> dict[str, list[int]]:
        """Where each distinct token occurs, computed once per text.

        >>> Tokens.of("talks and more talks").index["talks"]
        [0, 3]
        """
        where: dict[str, list[int]] = {}
        for i, (tok, _, _) in enumerate(self.items):
            where.setdefault(tok, []).append(i)
        return where


@dataclass(frozen=True)
class Hit:
    """One phrase found: the value it stands for, original offsets and token range."""

    value: Any
    start: int
    end: int
    first: int
    last: int
    future: bool = False
    exact: bool = True


def arabic_variants(token: str, *, strip_article: bool = False) -> tuple[tuple[str, int, bool], ...]:
    """Forms of an Arabic token without attached particles: ``(form, chars removed, future)``.

    >>> sorted({v for v, _, _ in arabic_variants("وللتحالف")})
    ['التحالف', 'لتحالف', 'للتحالف', 'وللتحالف']
    >>> [(v, f) for v, _, f in arabic_variants("سيزور")][-1]
    ('يزور', True)
    """
    return _variants(token, strip_article)


@functools.lru_cache(maxsize=65536)
def _forms(lang: str, token: str) -> tuple[str, ...]:
    """The forms a token after the first of a phrase is compared in."""
    if lang == "ar":
        return tuple(f for f, _, _ in arabic_variants(token)) or (token,)
    return (token,)


@functools.lru_cache(maxsize=65536)
def _variants(token: str, strip_article: bool) -> tuple[tuple[str, int, bool], ...]:
    return tuple(_generate(token, strip_article))


def _generate(token: str, strip_article: bool) -> Iterator[tuple[str, int, bool]]:
    seen: set[str] = set()

    def emit(form: str, removed: int, future: bool):
        if len(form) >= 2 and form not in seen:
            seen.add(form)
            yield form, removed, future

    bases = [(token, 0)]
    if len(token) > 3 and token[0] in _CONJ:
        bases.append((token[1:], 1))
    for base, removed in bases:
        yield from emit(base, removed, False)
        if len(base) > 3 and base.startswith("لل"):
            yield from emit("ال" + base[2:], removed + 1, False)
        if len(base) > 3 and base[0] in _PREP:
            rest = base[1:]
            yield from emit(rest, removed + 1, False)
            if strip_article and rest.startswith("ال") and len(rest) > 4:
                yield from emit(rest[2:], removed + 3, False)
        if len(base) > 3 and base[0] == "س" and base[1] in _IMPERFECT:
            yield from emit(base[1:], removed + 1, True)
        if strip_article and base.startswith("ال") and len(base) > 4:
            yield from emit(base[2:], removed + 2, False)
        if strip_article and base.startswith("لل") and len(base) > 4:
            yield from emit(base[2:], removed + 2, False)


@dataclass
class _Entry:
    pattern: tuple[str, ...]
    value: Any
    case_sensitive: tuple[bool, ...]
    strip_article: bool

    @functools.cached_property
    def sensitive(self) -> bool:
        return any(self.case_sensitive)


@dataclass(frozen=True)
class _Plan:
    """The candidates of one first token, numbered in look-up order and grouped by what
    they want of the next token: nothing (one-token phrases), an exact token, or a
    wildcard (``?``, ``prefix*``)."""

    singles: tuple[tuple[int, tuple], ...]
    by_next: dict[str, list[tuple[int, tuple]]]
    wild_next: tuple[tuple[str, list[tuple[int, tuple]]], ...]

    @classmethod
    def of(cls, candidates: tuple) -> "_Plan":
        singles, by_next, wild = [], {}, {}
        for j, cand in enumerate(candidates):
            pattern = cand[0].pattern
            if len(pattern) == 1:
                singles.append((j, cand))
            elif pattern[1] == "?" or pattern[1].endswith("*"):
                wild.setdefault(pattern[1], []).append((j, cand))
            else:
                by_next.setdefault(pattern[1], []).append((j, cand))
        return cls(tuple(singles), by_next, tuple(wild.items()))


@dataclass
class PhraseMatcher:
    """Phrases of one language, indexed for a single left-to-right pass."""

    lang: str
    _exact: dict[str, list[_Entry]] = field(default_factory=dict)
    _prefix: dict[str, list[_Entry]] = field(default_factory=dict)
    _any_article: bool = False
    _prefix_lengths: tuple[int, ...] = ()
    _cache: dict[str, tuple] = field(default_factory=dict)  # token -> candidates, may be ()
    _live: dict[str, "_Plan"] = field(default_factory=dict)  # the tokens whose candidates are not ()
    _fits: dict[tuple[str, str], bool] = field(default_factory=dict)  # (pattern token, token) -> fits

    def add(self, phrase: str, value: Any, *, strip_article: bool = False,
            case_sensitive: bool | None = None) -> None:
        """Add a phrase (written as in the text; it is normalised here).

        ``case_sensitive`` defaults to true for short all-capital English tokens
        ("US", "IS"), so that ordinary words do not match them.
        """
        raw = self._split_wild(phrase)
        if not raw:
            return
        originals = [w for w in phrase.replace("-", " ").replace(".", " ").replace("'", " ").split() if w]
        if case_sensitive is None:
            flags = tuple(
                self.lang == "en" and len(raw) == len(originals) and o.isupper() and len(o) <= 4
                for o in originals
            ) if len(raw) == len(originals) else tuple(False for _ in raw)
        else:
            flags = tuple(case_sensitive for _ in raw)
        entry = _Entry(tuple(raw), value, flags, strip_article)
        self._any_article |= strip_article
        head = raw[0]
        self._forget()
        if head.endswith("*"):
            self._prefix.setdefault(head[:-1], []).append(entry)
            self._prefix_lengths = tuple(sorted({len(k) for k in self._prefix}, reverse=True))
        else:
            self._exact.setdefault(head, []).append(entry)

    @staticmethod
    def _split_wild(phrase: str) -> list[str]:
        out = []
        for word in phrase.split():
            wild = word.endswith("*")
            if word == "?":
                out.append("?")
                continue
            toks = [t for t, _, _ in tokens(fold(word.rstrip("*")))]
            if wild and toks:
                toks[-1] += "*"
            out.extend(toks)
        return out

    def _token_fits(self, pattern: str, token: str) -> bool:
        if pattern == "?":
            return True
        forms = _forms(self.lang, token)
        if pattern.endswith("*"):
            return any(f.startswith(pattern[:-1]) for f in forms)
        return pattern in forms

    def _candidates(self, token: str) -> tuple[tuple[_Entry, int, bool, bool], ...]:
        found = self._cache.get(token)
        if found is None:
            if len(self._cache) > 100_000:
                self._forget()
            found = self._cache[token] = tuple(self._lookup(token))
            if found:
                self._live[token] = _Plan.of(found)
        return found

    def _fits_memo(self, pattern: str, token: str) -> bool:
        """:meth:`_token_fits`, remembered per (pattern token, token)."""
        fit = self._fits.get((pattern, token))
        if fit is None:
            fit = self._fits[(pattern, token)] = self._token_fits(pattern, token)
        return fit

    def _forget(self) -> None:
        self._cache.clear()
        self._live.clear()
        self._fits.clear()

    def _lookup(self, token: str) -> Iterator[tuple[_Entry, int, bool, bool]]:
        if self.lang == "ar":
            variants = arabic_variants(token, strip_article=self._any_article)
        else:
            variants = ((token, 0, False),)
        for form, removed, future in variants:
            for entry in self._exact.get(form, ()):
                yield entry, removed, future, True
            for k in self._prefix_lengths:
                if k <= len(form):
                    for entry in self._prefix.get(form[:k], ()):
                        yield entry, removed, future, False

    def find(self, toks: Tokens, *, overlap: bool = False) -> list[Hit]:
        """All phrases in ``toks``, longest first at each position, left to right.

        Without ``overlap`` a token belongs to at most one hit.

        >>> m = PhraseMatcher("en")
        >>> m.add("peace talks", "talks")
        >>> m.add("talks", "talks")
        >>> [(h.first, h.last) for h in m.find(Tokens.of("peace talks and talks"))]
        [(0, 1), (3, 3)]
        >>> [(h.first, h.last) for h in m.find(Tokens.of("peace talks"), overlap=True)]
        [(0, 1), (1, 1)]
        """
        index = toks.index
        cache = self._cache
        # (Not ``index.keys() - cache.keys()``: that walks the whole cache, thousands of
        # tokens of earlier texts, at every call.)
        unseen = [token for token in index if token not in cache]
        if len(self._cache) + len(unseen) > 100_000:
            self._forget()
            unseen = index.keys()
        for token in unseen:
            self._candidates(token)
        live = self._live
        lang = self.lang
        if len(self._fits) > 100_000:
            self._fits.clear()
        # Only where some phrase can begin; every other position would be passed over.
        starts = sorted(i for token in index.keys() & live.keys() for i in index[token])
        hits: list[Hit] = []
        items = toks.items
        n = len(items)
        after = 0  # the first position not inside an earlier hit
        for i in starts:
            if i < after:
                continue
            plan = live[items[i][0]]
            options = list(plan.singles)
            if i + 1 < n:
                nxt = items[i + 1][0]
                for form in _forms(lang, nxt):
                    group = plan.by_next.get(form)
                    if group:
                        options.extend(group)
                for wild, group in plan.wild_next:
                    if self._fits_memo(wild, nxt):
                        options.extend(group)
            # The longest phrase wins, then one whose first token is no prefix, then one
            # with fewer particles removed; among equals the first looked up.
            best = None
            for j, (entry, removed, future, exact) in options:
                pattern = entry.pattern
                size = len(pattern)
                if i + size > n:
                    continue
                if not all(self._fits_memo(pattern[k], items[i + k][0]) for k in range(2, size)):
                    continue
                if entry.sensitive and not self._case_ok(toks, i, entry):
                    continue
                rank = (size, exact, -removed, -j)
                if best is None or rank > best[0]:
                    best = (rank, entry, removed, future, exact)
            if best is None:
                continue
            _, entry, removed, future, exact = best
            last = i + len(entry.pattern) - 1
            start, end = toks.span(i, last, removed)
            hits.append(Hit(entry.value, start, end, i, last, future, exact))
            after = i + 1 if overlap else last + 1
        return hits

    @staticmethod
    def _case_ok(toks: Tokens, i: int, entry: _Entry) -> bool:
        for k, sensitive in enumerate(entry.case_sensitive):
            if sensitive:
                _, s, e = toks.items[i + k]
                a, b = toks.normal.original_span(s, e)
                if not toks.original[a:b].isupper():
                    return False
        return True
