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
from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.normalize import fold
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
    """The matcher of relation cues in ``lang`` (cached); values are (relation, reverse)."""
    matcher = PhraseMatcher(lang)
    for entry in load_lexicon("relations")["relation"]:
        reverse = entry.get("order") == "reverse"
        for word in entry.get(lang, ()):
            matcher.add(word, (entry["relation"], reverse), strip_article=True, case_sensitive=False)
    return matcher


@functools.cache
def _ended_matcher(lang: str) -> PhraseMatcher:
    matcher = PhraseMatcher(lang)
    for word in load_lexicon("relations").get("ended", {}).get(lang, ()):
        matcher.add(word, "ended", case_sensitive=False)
    return matcher


@functools.cache
def _pair_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon("grammar")[lang]["pair_openers"])


def find_relations(toks: Tokens, seg: Segmentation, mentions: Sequence[Any], dates: Sequence[DateMention],
                   lang: str, published: str | None) -> list[RelationFound]:
    """Relations stated in the text; ``mentions`` have ``first``, ``last`` and ``group``."""
    if lang not in ("ar", "en") or not mentions:
        return []
    ended_at = {h.first for h in _ended_matcher(lang).find(toks)}
    pairs = _pair_words(lang)
    out: list[RelationFound] = []
    for cue in relation_matcher(lang).find(toks):
        relation, reverse = cue.value
        sent = seg.sentence_of[cue.first]
        s_first, s_last = seg.sentences[sent]
        in_sentence = [i for i, m in enumerate(mentions) if s_first <= m.first <= s_last and m.group]
        inside_name = any(mentions[i].first <= cue.first <= mentions[i].last for i in in_sentence)
        before = [i for i in in_sentence if mentions[i].last < cue.first]
        after = [i for i in in_sentence if mentions[i].first > cue.last]
        subject = obj = None
        opener = cue.last + 1 if cue.last + 1 <= s_last else None
        if toks.items[cue.last][0] in pairs or (opener is not None and toks.items[opener][0] in pairs):
            near = [i for i in after if mentions[i].first - cue.last <= 4]
            if len(near) >= 2 and mentions[near[0]].group != mentions[near[1]].group:
                subject, obj = near[0], near[1]
        if subject is None:
            if inside_name:
                continue  # the cue is part of a name ("the coalition")
            if not before or not after:
                continue
            subject = before[-1]
            obj = next((i for i in after if mentions[i].group != mentions[subject].group
                        and mentions[i].first - cue.last <= 6), None)
            if obj is None:
                continue
            if reverse:
                subject, obj = obj, subject
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
    return out
