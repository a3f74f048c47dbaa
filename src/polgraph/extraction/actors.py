"""Finding actors in a text: gazetteer names, metonyms, national adjectives, unknown names.

Every name, alias and abbreviation of the gazetteer (``data/gazetteer/actors.toml``)
is matched over the normalised tokens, in Arabic also behind attached particles
(لواشنطن, وقسد, بالرئيس). National adjectives ("Syrian", السوري) stand for their
state, which makes titles such as "the Syrian foreign minister" or
وزير الخارجية السوري resolve to Syria, unless a blocking noun shows the adjective
describes something else ("the Syrian opposition"). In English, runs of two or more
capitalised words that the gazetteer does not know are reported as unknown actors.

>>> [(m.actor_id, m.kind) for m in find_actors(Tokens.of("زار وزير الخارجية السوري واشنطن"), "ar")]
[('SYR', 'adjective'), ('USA', 'name')]
>>> [(m.actor_id, m.label) for m in find_actors(Tokens.of("Opposition figure Nasr al-Hariri met US officials"), "en")]
[(None, 'Nasr al-Hariri'), ('USA', 'United States')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from polgraph.extraction.lexicon import grammar_words, load_lexicon
from polgraph.extraction.normalize import fold
from polgraph.extraction.phrases import PhraseMatcher, Tokens, arabic_variants
from polgraph.gazetteer import load_gazetteer

__all__ = ["ActorHit", "find_actors", "actor_matcher", "anaphor_matcher"]


@dataclass(frozen=True)
class ActorHit:
    """One actor mention: gazetteer id (None when unknown), label, kind and position."""

    actor_id: str | None
    label: str
    kind: str  # "name", "adjective", "modifier" ("US-led") or "unknown"
    start: int
    end: int
    first: int
    last: int


@functools.cache
def actor_matcher(lang: str) -> PhraseMatcher:
    """The matcher of every gazetteer name and adjective in one language (cached)."""
    gaz = load_gazetteer()
    matcher = PhraseMatcher(lang)
    for actor in gaz:
        for name in actor.names(lang):
            if lang == "en" and name.lower().startswith("the "):
                name = name[4:]
            matcher.add(name, (actor.id, "name"))
        adjectives = actor.ar_adjectives if lang == "ar" else actor.en_adjectives
        for adj in adjectives:
            matcher.add(adj, (actor.id, "adjective"))
    # The rest of each adjective's family, after every listed form so a listed name or
    # adjective keeps its reading where a generated form would coincide with it.
    listed = {fold(w) for actor in gaz for w in (*actor.names(lang), *(
        actor.ar_adjectives if lang == "ar" else actor.en_adjectives))}
    for actor in gaz:
        if lang == "ar":
            family = {(f, "adjective") for adj in actor.ar_adjectives for f in nisba_forms(adj)}
        else:
            family = {(f, "demonym") for adj in actor.en_adjectives if (f := demonym_plural(adj))}
        for form, kind in sorted(family):
            if form not in listed:
                listed.add(form)
                matcher.add(form, (actor.id, kind))
    return matcher


#: Endings of an Arabic relative adjective (nisba) after its final ي, folded: masculine,
#: feminine, dual (nominative, oblique; feminine ones) and sound plurals.
_NISBA_ENDINGS = ("", "ه", "ان", "ين", "ون", "تان", "تين", "ات")


def nisba_forms(adjective: str) -> tuple[str, ...]:
    """Every inflected form, bare and with the article, of an Arabic nisba adjective
    given in any one of its forms (folded as the text is); () for other words.

    >>> forms = nisba_forms("الإيراني")
    >>> all(f in forms for f in ("ايراني", "الايرانيه", "ايرانيتين", "الايرانيين", "ايرانيون"))
    True
    >>> nisba_forms("الأتراك")
    ()
    """
    word = fold(adjective)
    stem = word[2:] if word.startswith("ال") else word
    for ending in sorted(_NISBA_ENDINGS, key=len, reverse=True):
        if ending and stem.endswith("ي" + ending) and len(stem) - len(ending) >= 4:
            stem = stem[:-len(ending)]
            break
    if not stem.endswith("ي") or len(stem) < 4 or " " in stem:
        return ()
    return tuple(article + stem + ending for ending in _NISBA_ENDINGS for article in ("", "ال"))


def demonym_plural(adjective: str) -> str | None:
    """The plural noun of an English demonym that forms it with -s ("Iranians",
    "Israelis", "Saudis"), which names the people and, after "the" in the news, their
    state.

    >>> demonym_plural("Iranian"), demonym_plural("Israeli"), demonym_plural("French")
    ('Iranians', 'Israelis', None)
    """
    if adjective.isupper() or not re.fullmatch(r"[A-Z][a-z]+(?:an|i)", adjective):
        return None
    return adjective + "s"


@functools.cache
def _blockers(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon("grammar")[lang]["adjective_blockers"])


_STOP_CAPS = frozenset(
    "the a an in on at of for and but he she it they we his her its their this that these "
    "those on monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december president minister "
    "mr mrs ms foreign defence defense prime secretary general state".split()
)
_CAP = re.compile(r"[A-Z]")
_MODIFIED = frozenset({"led", "backed", "supported", "sponsored", "allied", "aligned", "held", "controlled", "based",
                       "presse"})  # Agence France-Presse: a news agency


def _unknown_names(toks: Tokens, taken: set[int]) -> list[ActorHit]:
    out: list[ActorHit] = []
    run: list[int] = []

    def flush():
        while run and toks.items[run[0]][0] in _STOP_CAPS:
            run.pop(0)
        while run and toks.items[run[-1]][0] in _STOP_CAPS:
            run.pop()
        if len(run) >= 2:
            start, end = toks.span(run[0], run[-1])
            out.append(ActorHit(None, toks.original[start:end], "unknown", start, end, run[0], run[-1]))
        run.clear()

    for i, (tok, s, e) in enumerate(toks.items):
        a, b = toks.normal.original_span(s, e)
        word = toks.original[a:b]
        capital = bool(word) and _CAP.match(word) is not None and not word.isupper()
        joined = bool(run) and tok in ("al", "bin", "ibn", "abu") and a > 0
        if i not in taken and (capital or joined):
            if run and toks.items[run[-1]][2] < s - 1 and not re.fullmatch(
                    r"[\s-]*", toks.normal.text[toks.items[run[-1]][2]:s]):
                flush()
            run.append(i)
        else:
            flush()
    flush()
    return out


def _blocked(token: str, blockers: frozenset[str], lang: str) -> bool:
    if lang != "ar":
        return token in blockers
    return any(form in blockers for form, _, _ in arabic_variants(token))


@functools.cache
def _leader_words(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w).split()) for w in load_lexicon("grammar")[lang].get("led_by", ()))


def _owned_territory(toks: Tokens, blocker: int, lang: str) -> bool:
    """Whether the blocking noun at ``blocker`` is territory (grammar ``territory_nouns``)
    whose unity, integrity or sovereignty is told (``territory_owners``: لوحدة الأراضي
    السورية): its adjective then names the state."""
    if lang != "ar" or blocker == 0 or toks.items[blocker][0] not in grammar_words(lang, "territory_nouns"):
        return False
    owners = grammar_words(lang, "territory_owners")
    return any(form in owners for form, _, _ in arabic_variants(toks.items[blocker - 1][0]))


def _led_by(toks: Tokens, first: int, led_last: int, lang: str) -> bool:
    """Whether the words between the actor ending at ``led_last`` and token ``first``
    say that the actor at ``first`` leads it: the led one is then the party."""
    for words in _leader_words(lang):
        n = len(words)
        if first - n - 1 == led_last and tuple(toks.items[first - n + k][0] for k in range(n)) == words:
            return True
    return False


def _nisba_name(toks: Tokens, hit, kind: str, lang: str) -> bool:
    """Whether an Arabic name of one word has the form of a feminine adjective
    (سورية, the country, is also "Syrian"): after a blocking noun ("فصائل سورية",
    Syrian factions) it is the adjective and names no state."""
    return (lang == "ar" and kind == "name" and hit.first == hit.last
            and toks.items[hit.first][0].endswith("يه"))


def find_actors(toks: Tokens, lang: str) -> list[ActorHit]:
    """Actor mentions in a tokenised text, in text order."""
    if lang not in ("ar", "en"):
        return []
    gaz = load_gazetteer()
    blockers = _blockers(lang)
    hits: list[ActorHit] = []
    taken: set[int] = set()
    for hit in actor_matcher(lang).find(toks):
        actor_id, kind = hit.value
        if kind == "demonym":
            # "the Iranians" names the state; bare "Syrians" mostly the people.
            if hit.first == 0 or toks.items[hit.first - 1][0] != "the":
                continue
            kind = "name"
        if kind == "adjective" or _nisba_name(toks, hit, kind, lang):
            neighbour = hit.first - 1 if lang == "ar" else hit.last + 1
            if 0 <= neighbour < len(toks) and _blocked(toks.items[neighbour][0], blockers, lang) \
                    and not _owned_territory(toks, neighbour, lang):
                continue
        if (lang == "en" and hit.last + 1 < len(toks) and toks.items[hit.last + 1][0] in _MODIFIED
                and toks.original[hit.end:hit.end + 1] in ("-", "\u2010", "\u2011")):
            kind = "modifier"  # "Turkish-backed", "US-led": the phrase names someone else
        elif hit.first > 0 and toks.items[hit.first - 1][0] in grammar_words(lang, "loyal_to"):
            kind = "modifier"  # فصائل موالية لإيران: the patron of unnamed forces, no party
        elif hits and _led_by(toks, hit.first, hits[-1].last, lang):
            kind = "modifier"  # "the coalition led by the US", التحالف بقيادة واشنطن
        actor = gaz[actor_id]
        label = actor.ar if lang == "ar" and actor.ar else actor.en
        hits.append(ActorHit(actor_id, label, kind, hit.start, hit.end, hit.first, hit.last))
        taken.update(range(hit.first, hit.last + 1))
    hits.extend(_anaphors(toks, lang, hits, taken))
    if lang == "en":
        hits.extend(_unknown_names(toks, taken))
    hits.sort(key=lambda h: h.start)
    return hits


@functools.cache
def anaphor_matcher(lang: str) -> PhraseMatcher:
    """The matcher of phrases that point back to a named actor ("the group", التنظيم);
    each hit's value is the pair (groups, actor kinds) it may stand for (cached)."""
    matcher = PhraseMatcher(lang)
    for entry in load_lexicon("anaphora").get("anaphor", ()):
        wanted = (tuple(entry.get("groups", ())), tuple(entry.get("kinds", ())))
        for phrase in entry.get(lang, ()):
            if lang == "en" and phrase.lower().startswith("the "):
                phrase = phrase[4:]
            matcher.add(phrase, wanted, strip_article=lang == "ar")
    return matcher


def _points_to(gaz, hit: ActorHit, wanted: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether a named actor is one an anaphor may stand for: one of its groups, or an
    actor of one of its kinds that rolls up to some group ("the ministry" after Ankara)."""
    groups, kinds = wanted
    if gaz.group_at(hit.actor_id) in groups:
        return True
    actor = gaz.actors.get(hit.actor_id)
    return actor is not None and actor.kind in kinds and gaz.group_at(hit.actor_id) is not None


def _anaphors(toks: Tokens, lang: str, named: list[ActorHit], taken: set[int]) -> list[ActorHit]:
    """Mentions by description ("the militants", التنظيم) resolved to the last named
    actor of a group they may stand for; ``taken`` grows by their tokens."""
    gaz = load_gazetteer()
    out: list[ActorHit] = []
    for hit in anaphor_matcher(lang).find(toks):
        if any(i in taken for i in range(hit.first, hit.last + 1)):
            continue
        if lang == "en" and (hit.first == 0 or toks.items[hit.first - 1][0] != "the"):
            continue  # "a group", "militant groups": no pointing back
        if hit.value[1] and any(h.first == hit.last + 1 for h in named):
            continue  # الوزير الروسي: the description names its own state
        earlier = [h for h in named if h.actor_id and h.last < hit.first and h.kind != "modifier"
                   and _points_to(gaz, h, hit.value)]
        if not earlier:
            continue
        antecedent = earlier[-1]
        start = hit.start if lang == "ar" else toks.span(hit.first - 1, hit.first - 1)[0]
        first = hit.first if lang == "ar" else hit.first - 1
        out.append(ActorHit(antecedent.actor_id, antecedent.label, "name", start, hit.end, first, hit.last))
        taken.update(range(first, hit.last + 1))
    return out
