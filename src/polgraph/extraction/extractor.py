"""The extraction pipeline: text in, :class:`~polgraph.model.Extraction` out.

Components run in a fixed order over one :class:`Doc`, each reading what the earlier
ones assigned: language → tokens → segmentation → actors → dates → status cues →
triggers → events → relations. Everything is pure and deterministic; lexicons and the
gazetteer are loaded once per process.

>>> ex = Extractor().run("Turkey condemned the Israeli strikes on Syria on Monday.", published="2025-07-16")
>>> [(e.plover, e.source.group, e.target.group, e.date) for e in ex.events]
[('ACCUSE', 'TUR', 'ISR', '2025-07-14'), ('ASSAULT', 'ISR', 'SYR', '2025-07-14')]
"""
from __future__ import annotations

import bisect
import re
import functools
from dataclasses import dataclass, field, replace

from polgraph.extraction.actors import ActorHit, find_actors
from polgraph.extraction.dates import DateMention, date_phrases, find_dates
from polgraph.extraction.events import (
    MUTUAL, Party, TriggerSpec, assign_roles, event_plover, trigger_matcher,
)
from polgraph.extraction.language import detect_language
from polgraph.extraction.lexicon import grammar_words as _grammar_words
from polgraph.extraction.lexicon import load_lexicon
from polgraph.extraction.normalize import fold
from polgraph.extraction.phrases import Hit, PhraseMatcher, Tokens, arabic_variants
from polgraph.extraction.relations import find_relations, member_nouns
from polgraph.extraction.sentences import Segmentation, clause_matcher, segment
from polgraph.extraction.status import clause_status, find_cues, refusal
from polgraph.gazetteer import load_gazetteer
from polgraph.model import ActorMention, ActorRef, Document, Event, Extraction, Relation

__all__ = ["EXTRACTOR_VERSION", "Extractor", "Doc", "Mention"]

#: Changes whenever the rules or lexicons change what is extracted.
EXTRACTOR_VERSION = "0.13.0"

_PREPOSITIONS = {
    # Folded as the tokens are (alef maqsura reads as yeh: على → علي).
    "ar": frozenset(fold(w) for w in "الى على ضد مع في من عن لدى عبر تجاه نحو بحق".split()),
    "en": frozenset("to on against with in from at into toward towards over for about".split()),
}
_PREP_CLITICS = ("ب", "ل", "لل", "وب", "ول", "فب", "فل", "ك")
_LOCATIVES = {
    "ar": frozenset(fold(w) for w in "في داخل شمال شمالي جنوب جنوبي شرق شرقي غرب غربي قرب عبر انحاء اراضي مناطق".split()),
    "en": frozenset("in inside into across within near throughout over northern southern eastern western "
                    "north south east west".split()),
}
_PLACE_EVENTS = frozenset({"Visit", "DiplomaticDowngrade"})
# Words before "the" and a state's adjective naming a place ("in the Azerbaijani capital",
# في العاصمة الأذربيجانية): the locatives and a few prepositions of direction.
_PLACE_LEADS = {"en": _LOCATIVES["en"] | {"on", "at", "to", "from"},
                "ar": _LOCATIVES["ar"] | {fold("على"), fold("الى"), fold("من")}}
# Dates that never date an event: starts ("since 2014") and background years.
_UNDATING = frozenset({"since", "background"})
_FIRST = re.compile(r"\b(?:first|أول|الأول|الأولى|أولى)\b", re.I)
# Words opening a clause whose month or year dates a noun, not the sentence's event.
_SUBORDINATORS = frozenset({"التي", "الذي", "الذين", "اللذين", "عقب", "بعد", "اثر", "إثر",
                            "which", "who", "whose", "that", "after", "following"})
# Reporting verbs opening an English clause of reported speech.
_REPORTING_EN = frozenset({"said", "says", "saying", "told", "added", "stated"})
_WORD = re.compile(r"[^\W\d_]+")
# Before and after an English date used as a noun's attribute ("the March integration deal").
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that", "a", "an", "our"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our"})
_NOT_NOUNS = frozenset({"on", "in", "at", "to", "of", "and", "or", "when", "after", "before", "that",
                        "which", "by", "as", "for", "with", "from", "until", "is", "was", "were",
                        "will", "would", "has", "had", "have", "the", "a", "an", "it", "he", "she",
                        "they", "while", "but"})
# A paragraph opening on a place: "In Ankara ...", "وفي باريس، ..." (the Arabic place set
# off by a comma, as وفي المقابل، is not).
_PLACE_OPENER = {"en": re.compile(r"\s*(?:In|At)\s+([A-Z][\w-]+)\b(?!\s+[A-Z])"),
                 "ar": re.compile(r"\s*(?:و|ف)?في\s+((?:[^\W\d_]|[\u064B-\u0652])+)\s*[،,]")}  # marks: عمّان
_DATE_WORDS_EN = frozenset("january february march april may june july august september october november "
                           "december monday tuesday wednesday thursday friday saturday sunday the".split())


def _about_markers(lang: str) -> tuple[tuple[str, ...], int]:
    """Words of topic (عن، أحداث, "events of") and how many words before a date they may stand."""
    window = int(load_lexicon("dates").get(lang, {}).get("about_window", 4))
    return date_phrases(lang, "about_markers", "about_markers_pledges"), window


def _onset_markers(lang: str) -> tuple[tuple[str, ...], int]:
    """Words of onset (تبدأ، يدخل حيز التنفيذ, "takes effect") and how many words before a
    date they may stand."""
    return date_phrases(lang, "onset_markers"), int(load_lexicon("dates").get(lang, {}).get("onset_window", 6))


def _ends_with_marker(words: list[str], markers: tuple[str, ...]) -> bool:
    """Whether one of ``markers`` (phrases of one or more words) stands among ``words``."""
    joined = " " + " ".join(words) + " "
    return any(f" {m} " in joined for m in markers)


# Classes whose object is often another event ("condemned the incursion").
_REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
_AR_OBJECT_PRONOUNS = ("هم", "هما", "ها", "ه")
_AR_DETACHED_OBJECTS = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))
_EN_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Kinds of event that, with no other side in their clause, take the only other side their
# sentence names (Extractor._lone_side): on the development corpus the sides so found
# were mostly right for these four, mostly wrong for the rest.
_LONE_SIDE_PLOVERS = frozenset({"THREATEN", "REQUEST", "CONSULT", "ASSAULT"})
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"})
_EN_POSSESSIVES = frozenset({"its", "their"})
_CONTACT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her"})
# Past forms of verbs that tell of carrying out or making an event ("the raid Israel
# began"); regular ones end in -ed.
_EN_IRREGULAR_PAST = frozenset("began began made took led struck fought brought sent won gave held set put built "
                               "drew threw broke sought swore undertook waged laid".split())


@functools.cache
def _envoy_nouns(lang: str) -> frozenset[str]:
    """Person nouns of a post abroad (ambassador, سفير): the first words of ``envoy_posts``."""
    return frozenset(w.split()[0].rstrip("*") for w in load_lexicon("grammar")[lang].get("envoy_posts", ())
                     if not w.startswith("ال"))
# Categories whose target may be named in the clause they introduce ("warned that ...");
# demands measured no better with it.
_SPEECH = frozenset({"THREATEN"})
# Words that turn a sentence to a contrary point; a judgement does not reach past them.
_CONTRASTS = frozenset({"but", "while", "whereas", "although", "though", "yet"})
# Nouns naming a pact; named by its year they refer to an old one ("the 1974 agreement").
_PACT_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "accords", "agreements", "memorandum"})
# Classes whose content is a deed not (yet) done ("urged X to withdraw").
_ASKING = frozenset({"Demand", "Threat"})
_GOVERNING = frozenset({"Praise", "Condemnation", "Accusation", "Rejection", "Demand"})
_LIST_WORDS = frozenset({"and", "the", "or", "و", "او"})
# Words that may open a date set off by commas (", on Monday,", "، في العشرين من ...،").
_DATE_PREPOSITIONS = frozenset({"on", "in", "في"})
_SANCTIONS = frozenset({"SanctionsImposed", "SanctionsRelief", "SanctionsReliefPromise"})
_SANCTION_PLOVER = frozenset({"SANCTION", "RETREAT", "CONCEDE"})
# Verbs of flight: the state one flees to ("fled to Moscow") is a host, not a side left.
_FLIGHT_VERBS = frozenset({"fled", "flees", "flee", "fleeing"})
# Arabic "that it is" after a verb of describing (وصفه بأنه، ووصفتها بأنها), folded.
_AR_DESCRIBING_THAT = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بانهن"})
# A threat or strike naming no target goes on against the side of the threats and
# strikes its actor was just told to make.
_HOSTILE = frozenset({"THREATEN", "ASSAULT"})
# Words that tell the deed after them as the cause of a strike ("after", "over",
# "in retaliation for", "in response to").
_CAUSE_WORDS = frozenset({"after", "over", "following", "for", "to"})
_EXPLICIT_CAUSES = frozenset({("retaliation", "for"), ("revenge", "for"), ("reprisal", "for"),
                              ("response", "to")})
_SUBJECT_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "its", "their", "his", "her"})
# Categories of armed force: a partner named in their clause ("alongside") is not the target.
_ARMED = frozenset({"ASSAULT", "MOBILIZE", "THREATEN", "COERCE"})
# Categories done with or for the other side: an enemy named in their clause is not it.
_FRIENDLY = frozenset({"COOPERATE", "AID", "SUPPORT", "AGREE", "CONSULT", "REQUEST", "CONCEDE", "RETREAT"})
_ADVERSARY_REACH = 8  # sentences
_OFFICE_REACH = 8  # words from an Arabic verb to the state of the office after it
_AR_PREPOSITION_WORDS = frozenset({"مع", "الى", "على", "عن", "ل", "ب"})  # folded
_OFFICE_LINKS = frozenset({"في", "من"})  # "مصادر في الخارجية السورية", "مسؤول من ..."


@dataclass
class Mention:
    """An actor mention with its group resolved at a date."""

    hit: ActorHit
    group: str | None

    @property
    def first(self) -> int:
        return self.hit.first

    @property
    def last(self) -> int:
        return self.hit.last


@dataclass
class Doc:
    """What the components share: the text and everything found in it so far."""

    text: str
    lang: str
    published: str | None
    doc_id: str
    toks: Tokens | None = None
    seg: Segmentation | None = None
    actors: list[ActorHit] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    cues: list[Hit] = field(default_factory=list)
    triggers: list[Hit] = field(default_factory=list)
    #: Matches of grammar word lists, found once per document (see :func:`_grammar_hits`).
    found: dict[str, list[Hit]] = field(default_factory=dict, repr=False)
    #: Other results worked out once per document and asked for by many triggers.
    derived: dict[tuple, object] = field(default_factory=dict, repr=False)


@functools.cache
def _grammar_matcher(lang: str, key: str) -> PhraseMatcher:
    matcher = PhraseMatcher(lang)
    for word in load_lexicon("grammar")[lang].get(key, ()):
        matcher.add(word, key, case_sensitive=False)
    return matcher


def _grammar_hits(doc: "Doc", key: str) -> list[Hit]:
    """The matches of the grammar word list ``key`` in ``doc``, found once per document."""
    hits = doc.found.get(key)
    if hits is None:
        hits = doc.found[key] = _grammar_matcher(doc.lang, key).find(doc.toks)
    return hits


@functools.cache
def _instrument_matcher(lang: str) -> PhraseMatcher:
    """Names of sanctions instruments; values are (sponsor group, target group)."""
    matcher = PhraseMatcher(lang)
    for entry in load_lexicon("instruments").get("instrument", ()):
        for name in entry.get(lang, ()):
            matcher.add(name, (entry["sponsor"], entry["target"]), case_sensitive=False)
    return matcher


_CONJUNCTIONS = {"ar": frozenset({"و", "ف", "ام"}), "en": frozenset({"and", "or", "but", "so"})}


@functools.cache
def _exact_trigger_form(word: str) -> bool:
    """Whether the (folded) Arabic ``word`` alone is an exact trigger form of triggers.toml,
    cached per word."""
    return any(h.exact and h.first == h.last == 0 for h in trigger_matcher("ar").find(Tokens.of(word)))


class Extractor:
    """Extracts actors, events and relations from one article's text."""

    version = EXTRACTOR_VERSION

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    # ----------------------------------------------------------------- components
    def run(self, text: str, *, published: str | None = None, lang: str = "auto",
            doc_id: str = "doc", offset: int = 0) -> Extraction:
        """Extract from ``text``; ``offset`` is added to every reported position."""
        detected = detect_language(text) if lang in (None, "", "auto") else lang
        document = Document(id=doc_id, lang=detected, published=published)
        out = Extraction(document=document, extractor="polgraph", extractor_version=EXTRACTOR_VERSION)
        if detected not in ("ar", "en") or not text.strip():
            return out
        doc = Doc(text, detected, published, doc_id)
        doc.toks = Tokens.of(text)
        if not doc.toks.items:
            return out
        doc.actors = find_actors(doc.toks, detected)
        doc.dates = find_dates(text, detected, published, normal=doc.toks.normal)
        doc.seg = segment(doc.toks, detected,
                          lists=self._list_commas(doc) | self._date_commas(doc) | self._glosses(doc)
                          | self._co_agent_commas(doc) | self._attribution_commas(doc))
        # The month in "on 13 May" is no modal; a date still says "next week" (planned).
        doc.cues = [c for c in find_cues(doc.toks, detected) if c.value != "hypothetical"
                    or not any(d.start <= c.start and c.end <= d.end for d in doc.dates)]
        taken = {i for a in doc.actors for i in range(a.first, a.last + 1)}
        # "Turkish-backed", "US-led": the participle describes a name, it tells no event.
        taken |= {a.last + 1 for a in doc.actors
                  if a.kind == "modifier" and text[a.end:a.end + 1] in ("-", "\u2010", "\u2011")}
        doc.triggers = self._judge(self._left_behind(self._name_judged(doc, self._described_threats(doc, [
            t for t in trigger_matcher(detected).find(doc.toks) if t.first not in taken])), doc), doc)
        doc.triggers = self._verbal_attacks(doc.triggers, doc)
        for hit in doc.actors:
            ref = self._ref(hit, published, detected)
            out.actors.append(ActorMention(ref, text[hit.start:hit.end], hit.start + offset, hit.end + offset))
        out.events = self._events(doc, offset)
        out.relations = self._relations(doc, offset)
        return out

    # -------------------------------------------------------------------- helpers
    @staticmethod
    def _descriptions(doc: Doc) -> tuple[frozenset[int], dict[int, int], frozenset[int]]:
        """Clauses set off by commas that describe the name just before them, and what the
        clause after them takes as subject.

        An apposition ("The SDF, Washington's partner against ISIS, have been fighting",
        "موسكو، الداعم الأبرز لدمشق، نددت") opens with an article, a possessive name or
        (Arabic) a definite or construct noun (grammar.toml: apposition_heads); a
        non-restrictive relative ("Ankara, which sees the SDF as an arm of the PKK, has
        accused ...", "واشنطن، التي تقود تحالفا ...، حثت") opens with a relative pronoun
        (grammar.toml: relative_pronouns). Either may run over several clauses up to the
        comma that closes it, and is followed by the rest of its sentence, whose subject is
        the described name, not an actor named inside the description.

        Returns the apposition clauses (they tell no event of their own: the relative
        clause does, "Israel, which has struck Syria, ..."), the first clause after each
        description → the clause of the name it describes, and every clause inside a
        description.
        """
        seg, toks, lang = doc.seg, doc.toks, doc.lang
        actors = [a for a in doc.actors if a.kind != "modifier"]
        # A name, not a national adjective ("وفق الرواية الأميركية، التزام ..."), and none
        # after a preposition ("according to", "with Syria, ..."): the subject or object of
        # a verb that an apposition may describe.
        ends = {a.last for a in actors if a.kind == "name"
                and not (a.first and toks.items[a.first - 1][0] in _PREPOSITIONS[lang] | {"to", "of", "by"})}
        starts = {a.first: a for a in actors if a.kind == "name"}
        relatives = _grammar_words(lang, "relative_pronouns")
        heads = _grammar_words(lang, "apposition_heads")

        def sep(a: int, b: int) -> str:
            # Quotation marks around a name ("ضد «داعش»،") are no separator.
            return "".join(ch for ch in toks.original[toks.span(a, a)[1]:toks.span(b, b)[0]]
                           if not ch.isspace() and ch not in "\"'\u00ab\u00bb\u201c\u201d\u2018\u2019")

        skip, subject_of, inside = set(), {}, set()
        for c in range(1, len(seg.clauses) - 1):
            lo = seg.clauses[c][0]
            prev_last = seg.clauses[c - 1][1]
            if seg.sentence_of[prev_last] != seg.sentence_of[lo] or sep(prev_last, lo) not in (",", "\u060c"):
                continue
            if not (prev_last in ends or (lang == "en" and prev_last - 1 in ends)):
                continue
            head = toks.items[lo][0]
            relative = head in relatives
            if lang == "en":
                possessive = lo in starts and toks.original[starts[lo].end:starts[lo].end + 2] in ("'s", "\u2019s")
                apposition = head in ("the", "a", "an") or possessive or head in heads
            else:
                apposition = (head.startswith("\u0627\u0644") and len(head) > 3
                              and head not in _grammar_words(lang, "not_apposition")) or any(
                    head == h or (h.endswith("*") and head.startswith(h[:-1])) for h in heads)
            if not (relative or apposition) or any(c in (k, v) for k, v in subject_of.items()):
                continue
            d = c
            while d + 1 < len(seg.clauses) and seg.sentence_of[seg.clauses[d + 1][0]] == seg.sentence_of[lo] \
                    and sep(seg.clauses[d][1], seg.clauses[d + 1][0]) not in (",", "\u060c", ";", ":"):
                d += 1
            if d + 1 >= len(seg.clauses) or seg.sentence_of[seg.clauses[d + 1][0]] != seg.sentence_of[lo]:
                continue
            if sep(seg.clauses[d][1], seg.clauses[d + 1][0]) not in (",", "\u060c"):
                continue
            if seg.clauses[d][1] - lo > (15 if apposition and not relative else 25):
                continue
            span = set(range(c, d + 1))
            inside |= span
            if apposition and not relative:
                skip |= span
            subject_of[d + 1] = c - 1
        return frozenset(skip), subject_of, frozenset(inside)

    @staticmethod
    def _contact_agent(doc: Doc, trig: Hit, parties: list[Party]) -> Party | None:
        """The agent of an English event noun told in a relative clause without "that"
        ("the offensive Ankara launched", "the sanctions Washington imposed"): a name right
        after the noun (which an article or possessive opens) followed by a past verb. When
        the verb is the trigger ("the offensive Ankara launched"), the name just before it,
        after such a noun, is its subject."""
        if doc.lang != "en" or not trig.first:
            return None
        items, toks = doc.toks.items, doc.toks
        taken = {i for a in doc.actors for i in range(a.first, a.last + 1)}

        def plain(a: int, b: int) -> bool:  # no punctuation from token a to token b
            return all(ch.isalnum() or ch.isspace() or ch in "'\u2019-"
                       for ch in toks.original[toks.span(a, a)[0]:toks.span(b, b)[1]])

        for p in parties:
            noun = p.first - 1
            if p.last == trig.first - 1 and not p.marked and noun >= 1 and noun not in taken \
                    and items[noun - 1][0] in _CONTACT_DETERMINERS and items[noun][0].isalpha() \
                    and items[noun][0] not in _CONTACT_DETERMINERS | _PREPOSITIONS["en"] | _LIST_WORDS:
                word = items[trig.first][0]
                if ((word.endswith("ed") and len(word) > 4) or word in _EN_IRREGULAR_PAST) \
                        and plain(noun - 1, trig.first):
                    return p
        if items[trig.first - 1][0] not in _CONTACT_DETERMINERS:
            return None
        for p in parties:
            if p.first == trig.last + 1 and not p.marked and p.last + 1 < len(items):
                verb = items[p.last + 1][0]
                if ((verb.endswith("ed") and len(verb) > 4) or verb in _EN_IRREGULAR_PAST) \
                        and plain(trig.first, p.last + 1):
                    return p
        return None

    @staticmethod
    def _enemies(doc: Doc) -> frozenset[int]:
        """First tokens of actors named as the enemy fought ("against ISIS", "the war on
        the jihadists", ضد «داعش»، في الحرب على التنظيم، قتال التنظيم): right after a word of
        ``enemy_markers``, or one preposition or article after it."""
        hits = _grammar_hits(doc, "enemy_markers")
        links = _PREPOSITIONS[doc.lang] | {"the", "on"}
        out = set()
        starts = {a.first for a in doc.actors}
        for h in hits:
            nxt = h.last + 1
            if nxt in starts:
                out.add(nxt)
            elif nxt + 1 in starts and nxt < len(doc.toks) and doc.toks.items[nxt][0] in links:
                out.add(nxt + 1)
        return frozenset(out)

    @staticmethod
    def _other_party(source: Party, sent_no: int,
                     recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """The other side of the visits and meetings of ``source`` told lately: who "his
        guest" or "his host" is. The side met most often in the last few sentences (the
        story's visit, not a call to a third leader told beside it), else the latest."""
        tally: dict[str, tuple[int, int, Party]] = {}
        for k, (s, pl, src, tgt) in enumerate(recent):
            if sent_no - s > _ADVERSARY_REACH or pl != "CONSULT" or tgt is None:
                continue
            other = tgt if src.group == source.group else src if tgt.group == source.group else None
            if other is not None:
                tally[other.group] = (tally.get(other.group, (0, 0, other))[0] + 1, k, other)
        return max(tally.values(), key=lambda v: (v[0], v[1]))[2] if tally else None

    @staticmethod
    def _suspended(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
        """First tokens of agreement, cooperation and aid words that a word of suspending
        governs (grammar.toml: suspension_words — "suspended the 2015 memorandum",
        تعليق العمل بمذكرة التفاهم، علقت ألمانيا صادرات الأسلحة): within three words of it in
        its clause, with names, articles or a year between. Also returns the tokens of the
        suspending words so used: they tell no sanctions relief of their own."""
        words = _grammar_hits(doc, "suspension_words")
        if not words:
            return frozenset(), frozenset()
        taken = {i for a in doc.actors for i in range(a.first, a.last + 1)}
        seg, out, used = doc.seg, set(), set()
        for t in doc.triggers:
            if event_plover(t.value.type) not in ("AGREE", "COOPERATE", "AID"):
                continue
            for w in words:
                if w.last < t.first and seg.clause_of[w.last] == seg.clause_of[t.first] \
                        and len([i for i in range(w.last + 1, t.first) if i not in taken]) <= 3:
                    out.add(t.first)
                    used.update(range(w.first, w.last + 1))
        return frozenset(out), frozenset(used)

    @staticmethod
    def _described_name(doc: Doc, clause: tuple[int, int], party) -> Party | None:
        """The actor that ends ``clause`` (or, in English, stands just before its last
        word: "the Syrian government"), which a description after it describes, when it
        heads its clause as a subject does: no actor before it there, within a few words
        of the clause's start ("Ankara, which ...", "وقال باراك، الذي ..."). A name
        described after another ("Erdogan told Putin, who ...") is an object."""
        for i in range(len(doc.actors) - 1, -1, -1):
            h = doc.actors[i]
            if h.last > clause[1]:
                continue
            if clause[0] <= h.first and h.last >= clause[1] - (1 if doc.lang == "en" else 0):
                p = party(i)
                if p is None or p.locative or h.first - clause[0] > 4 or any(
                        clause[0] <= a.first and a.last < h.first and a.kind != "modifier" for a in doc.actors):
                    return None
                return replace(p, marked=False)
            if h.last < clause[1] - 1:
                break
        return None

    @staticmethod
    def _question(doc: Doc, sent_no: int) -> bool:
        """Whether a sentence asks whether something happens: it ends with ? or ؟ and
        opens with a yes-no word (grammar.toml: polar_questions: "Will ...", هل). A
        wh-question ("Why did Israel strike?", لماذا ...) takes its event as given."""
        first, last = doc.seg.sentences[sent_no]
        end = doc.toks.span(first, last)[1]
        if doc.text[end:end + 3].lstrip()[:1] not in ("?", "\u061f"):
            return False
        openers = _grammar_words(doc.lang, "polar_questions")
        words = [doc.toks.items[i][0] for i in range(first, min(first + 2, last + 1))]
        if words and words[0] in _CONJUNCTIONS[doc.lang] and len(words) > 1:
            words = words[1:]  # "And will Washington ...?"
        return bool(words) and words[0] in openers

    @staticmethod
    def _described_threats(doc: Doc, triggers: list[Hit]) -> list[Hit]:
        """Drop the English noun "threat" used to describe something rather than to
        threaten: after a verb of being or posing (grammar.toml: threat_describers) a few
        words before it ("the jihadists remained a threat", "poses a serious threat to
        the region"), no one makes a threat."""
        if doc.lang != "en":
            return triggers
        describers = _grammar_words("en", "threat_describers")
        items = doc.toks.items
        out = []
        for t in triggers:
            if t.value.type == "Threat" and t.first == t.last and items[t.first][0] in ("threat", "threats") \
                    and any(items[i][0] in describers for i in range(max(0, t.first - 4), t.first)):
                continue
            out.append(t)
        return out

    @staticmethod
    def _name_judged(doc: Doc, triggers: list[Hit]) -> list[Hit]:
        """Add a judging trigger where an English verb of naming (grammar.toml:
        naming_verbs) has an actor as its object and an article right after it ("called
        Israel the greatest threat", "calls Tehran a destabilising force"): the actor is
        judged, like "called the visit historic" (praise if a favourable word follows,
        else a condemnation). The verb itself is no trigger, so no other reading is lost."""
        if doc.lang != "en" or not doc.actors:
            return triggers
        verbs = _grammar_words("en", "naming_verbs")
        items, used = doc.toks.items, {i for t in triggers for i in range(t.first, t.last + 1)}
        spec = TriggerSpec(type="Condemnation", judged=True)
        added = []
        for a in doc.actors:
            v, art = a.first - 1, a.last + 1
            if v < 0 or art >= len(items) or v in used or items[v][0] not in verbs:
                continue
            if items[art][0] not in ("a", "an", "the") and not (
                    art + 1 < len(items) and items[art + 1][0] in ("a", "an", "the")
                    and items[art][0] in ('"', "\u201c")):
                continue
            start, end = doc.toks.span(v, v)
            added.append(Hit(spec, start, end, v, v, False, True))
        return sorted(triggers + added, key=lambda t: t.first) if added else triggers

    @staticmethod
    def _judge(triggers: list[Hit], doc: Doc) -> list[Hit]:
        """Decide what a judging verb says ("called the visit historic" praises, "called
        it a stab in the back" condemns): praise when a favourable word follows it in its
        sentence within a few words, else the condemnation its lexicon entry names."""
        judged = [t for t in triggers if t.value.judged]
        if not judged:
            return triggers
        good = _grammar_hits(doc, "favourable")
        seg, out = doc.seg, []
        items = doc.toks.items

        def contrast(a: int, b: int) -> bool:  # "called it a crime but said talks were good"
            return any(items[i][0].lower() in _CONTRASTS for i in range(a, b))

        # The judgement may name a longer thing first ("called the fall of Bashar al-Assad
        # a fundamental act of justice"): the favourable word may come ten words on.
        for t in triggers:
            if t.value.judged and any(
                    t.last < g.first <= t.last + 10 and seg.sentence_of[g.first] == seg.sentence_of[t.first]
                    and not contrast(t.last + 1, g.first)
                    for g in good):
                t = replace(t, value=replace(t.value, type="Praise", judged=False))
            out.append(t)
        return out

    @staticmethod
    def _verbal_attacks(triggers: list[Hit], doc: Doc) -> list[Hit]:
        """Drop the armed-assault reading of an attack told in words ("شن هجوما على أنقرة،
        متهما إياها بدعم الإرهاب", "attacked Ankara, accusing it of ..."): an attack word
        (grammar.toml: verbal_attacks) whose sentence goes on, within a few words, with a
        clause opened by a participle of blame (verbal_attack_cues) is no ASSAULT; the
        participle tells the condemnation."""
        assaults = [t for t in triggers if event_plover(t.value.type) == "ASSAULT"]
        if not assaults:
            return triggers
        cues = _grammar_hits(doc, "verbal_attack_cues")
        if not cues:
            return triggers
        seg, items = doc.seg, doc.toks.items
        starts = {c[0] for c in seg.clauses}

        def opens_clause(i: int) -> bool:
            if i in starts:
                return True
            between = doc.toks.normal.text[items[i - 1][2]:items[i][1]] if i > 0 else ""
            return "," in between or "،" in between

        verbal = set()
        for a in _grammar_hits(doc, "verbal_attacks"):
            if any(a.last < c.first <= a.last + 6 and seg.sentence_of[c.first] == seg.sentence_of[a.first]
                   and opens_clause(c.first) for c in cues):
                verbal.update(range(a.first - 2, a.last + 1))  # شن هجوما: the verb before it
        if not verbal:
            return triggers
        return [t for t in triggers if not (event_plover(t.value.type) == "ASSAULT"
                                            and any(i in verbal for i in range(t.first, t.last + 1)))]

    @staticmethod
    def _left_behind(triggers: list[Hit], doc: Doc) -> list[Hit]:
        """Drop common verbs of leaving that leave no place ("left the hardest questions",
        "may never leave the page"): such a verb is a withdrawal only when a name, a place
        or a post (grammar.toml: withdrawal_objects) follows it within a few words of its
        clause, or when it ends its clause ("if the Americans leave")."""
        if not any(t.value.needs_object for t in triggers):
            return triggers
        seg = doc.seg
        objects = {h.first for h in _grammar_hits(doc, "withdrawal_objects")}
        if doc.lang == "en":
            objects |= {a.first for a in doc.actors}
        else:
            # Verb-subject order: the first name after the verb is who leaves, the next
            # one where from (غادر الأسد دمشق).
            names = [a.first for a in doc.actors]
            for t in triggers:
                after = [i for i in names if i > t.last]
                objects |= set(after[1:2])
        reach = 4 if doc.lang == "ar" else 3
        out = []
        for t in triggers:
            if t.value.needs_object:
                clause_end = seg.clauses[seg.clause_of[t.last]][1]
                near = range(t.last + 1, min(t.last + reach, clause_end) + 1)
                if t.last != clause_end and not any(i in objects for i in near):
                    continue
            out.append(t)
        return out

    @staticmethod
    def _list_commas(doc: Doc) -> frozenset[int]:
        """Token indices where a comma joins two actor names of a list."""
        out = set()
        names = [a for a in doc.actors if a.actor_id and a.kind == "name"]
        for left, right in zip(names, names[1:]):
            gap = [doc.toks.items[i][0] for i in range(left.last + 1, right.first)]
            text = doc.toks.normal.text[doc.toks.items[left.last][2]:doc.toks.items[right.first][1]]
            possessive = doc.text[right.end:right.end + 2] in ("'s", "\u2019s")  # "X, Washington's partner"
            if "," in text and all(t in _LIST_WORDS for t in gap) and text.count(",") == 1 and not possessive:
                out.add(right.first - len(gap))
        return frozenset(out)

    @staticmethod
    def _co_agents(doc: Doc) -> dict[int, int]:
        """Co-agent phrases ("along with", الى جانب) by first token, with their last."""
        return {h.first: h.last for h in _grammar_hits(doc, "co_agents")}

    @classmethod
    def _co_agent_commas(cls, doc: Doc) -> frozenset[int]:
        """Token indices of the commas around a co-agent or partner phrase set off after a
        name ("the US, along with Britain and France, struck ...", "the SDF, backed by
        the US, attacked ..."): the subject's clause goes on."""
        out: set[int] = set()
        co = {h.first: h.last for h in _grammar_hits(doc, "partner_markers")}
        co.update(cls._co_agents(doc))
        joined = cls._joined(doc)
        actors = doc.actors
        for k, left in enumerate(actors[:-1]):
            opener = left.last + 1
            if opener not in co or doc.text[left.end:doc.toks.span(opener, opener)[0]].strip() not in (",", "،"):
                continue
            m = k + 1
            first = actors[m].first
            if not co[opener] < first <= co[opener] + 2 or \
                    any(doc.toks.items[i][0] not in _LIST_WORDS for i in range(co[opener] + 1, first)):
                continue
            while m + 1 < len(actors) and m + 1 in joined:
                m += 1
            after = doc.text[actors[m].end:].lstrip()
            if after[:1] in (",", "،") and actors[m].last + 1 < len(doc.toks):
                out.update({opener, actors[m].last + 1})
        return frozenset(out)

    @staticmethod
    def _glosses(doc: Doc) -> frozenset[int]:
        """Token indices of the brackets around a name's abbreviation or gloss ("the
        Syrian Democratic Forces (SDF)", قوات سوريا الديمقراطية (قسد)): the gloss repeats
        the name, it does not end the clause."""
        out = set()
        for left, right in zip(doc.actors, doc.actors[1:]):
            if left.actor_id is None or left.actor_id != right.actor_id:
                continue
            opening = doc.text[left.end:right.start].strip()
            closing = doc.text[right.end:right.end + 2].lstrip()[:1]
            if opening == "(" and closing == ")":
                out.update({right.first, right.last + 1})
        return frozenset(out)

    @staticmethod
    def _joined(doc: Doc) -> frozenset[int]:
        """Indices of actor mentions that continue a list begun by the mention before
        them ("Saudi Arabia, Qatar and Egypt", السعودية وقطر ومصر)."""
        out = set()
        for k in range(1, len(doc.actors)):
            left, right = doc.actors[k - 1], doc.actors[k]
            gap = [doc.toks.items[i][0] for i in range(left.last + 1, right.first)]
            between = doc.toks.original[left.end:right.start]
            if doc.lang == "ar":
                sep = "".join(between.split())
                ok = not gap and sep in ("و", "،", ",", "،و", ",و")
            else:
                ok = all(t in _LIST_WORDS for t in gap) and ("," in between or "and" in gap or "or" in gap)
            if ok and not any(c in between for c in ".;:()"):
                out.add(k)
        return frozenset(out)

    @staticmethod
    def _date_commas(doc: Doc) -> frozenset[int]:
        """Token indices of the commas around a date set off by itself ("Trump, on Monday,
        received ..."، أمس الاثنين،): the date does not split its clause."""
        if not doc.dates:
            return frozenset()
        starts = doc.toks.starts
        text, out = doc.text, set()
        # Dates found side by side make one date ("، اليوم الثلاثاء،": today + Tuesday).
        spans: list[list[int]] = []
        for d in sorted(doc.dates, key=lambda d: d.start):
            if spans and d.start >= spans[-1][1] and not text[spans[-1][1]:d.start].strip():
                spans[-1][1] = max(spans[-1][1], d.end)
            else:
                spans.append([d.start, d.end])
        for d_start, d_end in spans:
            first, last = bisect.bisect_left(starts, d_start), bisect.bisect_left(starts, d_end)
            if last >= len(starts):
                continue
            before = text[:d_start].rstrip()
            words = before.rsplit(None, 1)
            on = len(words) == 2 and words[1].lower() in _DATE_PREPOSITIONS  # ", on Monday,"
            if on:
                before = words[0].rstrip()
                first -= 1
            if before.endswith((",", "،")) and text[d_end:].lstrip().startswith((",", "،")):
                out.update({first, last})
        return frozenset(out)

    @staticmethod
    def _attribution_spans(doc: Doc, occasions: bool = True) -> list[tuple[int, int]]:
        """Arabic attributions set off by commas inside a clause ("وأكد الرئيس الإماراتي،
        بحسب الوكالة، وقوف بلاده ...", "ووعدت الرياض، بحسب مستشار في قسد، بالمساهمة"):
        each as (its first token, the token after its closing comma), at most eight
        words long, within its sentence. With ``occasions`` also the occasion of the deed
        set off the same way ("أعلن ترامب، خلال زيارته للسعودية، رفع العقوبات": grammar.toml
        occasion_openers, the bare word: not وخلال opening a clause), whose names keep
        their part only in the deeds told inside it."""
        if doc.lang != "ar":
            return []
        key = ("attribution_spans", occasions)
        if key in doc.derived:
            return doc.derived[key]
        text, out = doc.text, []
        starts = doc.toks.starts
        openers = _grammar_words(doc.lang, "occasion_openers")
        cues = _grammar_hits(doc, "attribution") + ([h for h in _grammar_hits(doc, "occasion_openers")
                                                     if doc.toks.items[h.first][0] in openers]
                                                    if occasions else [])
        for cue in cues:
            begin = doc.toks.span(cue.first, cue.first)[0]
            k = begin
            while k and text[k - 1].isspace():
                k -= 1
            if not k or text[k - 1] not in ",،":
                continue  # not set off by a comma before it
            close = min((at for at in (text.find(",", begin), text.find("،", begin)) if at >= 0), default=-1)
            if close < 0 or any(c in text[begin:close] for c in ".;:()\n"):
                continue
            after = bisect.bisect_left(starts, close + 1)
            if after >= len(starts) or after - cue.first > 8:
                continue
            out.append((cue.first, after))
        doc.derived[key] = out
        return out

    @classmethod
    def _attribution_commas(cls, doc: Doc) -> frozenset[int]:
        """Token indices of the commas around an attribution set off inside a clause: it
        does not split its clause (the names inside it are only its source)."""
        return frozenset(i for span in cls._attribution_spans(doc) for i in span)

    @staticmethod
    def _coordinated(doc: Doc, lead: Party, parties: list[Party], limit: int) -> list[Party]:
        """Parties listed with ``lead`` ("Saudi Arabia, the UAE and Jordan"), before ``limit``."""
        out, current = [], lead
        co = Extractor._co_agents(doc)
        for p in parties:
            if p.first <= current.last or p.first > limit:
                continue
            gap = [doc.toks.items[i][0] for i in range(current.last + 1, p.first)]
            if current.last + 1 in co and p.first > co[current.last + 1]:
                # "X, along with Y, ...", X الى جانب Y: Y does the deed too.
                gap = gap[co[current.last + 1] - current.last:] or ["and"]
            text = doc.toks.normal.text[doc.toks.items[current.last][2]:doc.toks.items[p.first][1]]
            if not all(t in _LIST_WORDS for t in gap) or any(c in text for c in ".;:()"):
                break
            if doc.lang == "ar" and not gap and "," not in text and not doc.toks.items[p.first][0].startswith("و"):
                break
            if doc.lang == "en" and not gap and "," not in text:
                break
            out.append(p)
            current = p
        return out

    def _ref(self, hit: ActorHit, date: str | None, lang: str) -> ActorRef:
        if hit.actor_id is None:
            return ActorRef(id="unknown:" + "-".join(hit.label.lower().split()), label=hit.label, group=None)
        return self.gazetteer.ref(hit.actor_id, date, lang=lang)

    def _marked(self, doc: Doc, hit: ActorHit) -> tuple[bool, bool, bool]:
        toks = doc.toks
        prev = toks.items[hit.first - 1][0] if hit.first else ""
        if prev and any(ch in ".!?;:\n\u061f\u061b" for ch in toks.original[toks.span(hit.first - 1, hit.first - 1)[1]:hit.start]):
            prev = ""  # "... across the east.\n\nSDF officials said": a word of another sentence
        locative = prev in _LOCATIVES[doc.lang] or (
            doc.lang == "ar" and toks.original[toks.span(hit.first, hit.first)[0]:hit.start] in ("ب", "وب", "فب")
            and hit.actor_id is not None and self.gazetteer[hit.actor_id].kind == "State" and hit.kind == "name"
            and toks.items[hit.first][0][1:3] != "ال")
        if not locative and hit.kind == "adjective":
            places = _grammar_words(doc.lang, "place_nouns")
            if doc.lang == "en":
                # "in the Azerbaijani capital", "at the Syrian port": a place
                nxt = toks.items[hit.last + 1][0].lower() if hit.last + 1 < len(toks) else ""
                locative = prev == "the" and hit.first >= 2 and toks.items[hit.first - 2][0] in _PLACE_LEADS["en"] \
                    and nxt in places
            elif hit.first >= 2:
                # في العاصمة الأذربيجانية
                locative = fold(toks.items[hit.first - 1][0]) in places \
                    and toks.items[hit.first - 2][0] in _PLACE_LEADS["ar"]
        token = toks.items[hit.first][0]
        marked = prev in _PREPOSITIONS[doc.lang]
        by = doc.lang == "en" and (prev == "by" or (
            prev == "the" and hit.first >= 2 and toks.items[hit.first - 2][0] == "by"))  # "by the Iranian regime"
        if doc.lang == "ar" and not marked:
            original = toks.original[toks.span(hit.first, hit.first)[0]:hit.start]
            marked = original in _PREP_CLITICS or any(
                token.startswith(c) and token[len(c):] and v == token[len(c):]
                for c in ("ب", "ل") for v, _, _ in arabic_variants(token) if len(v) < len(token)
            ) and original != ""
        if doc.lang == "ar" and prev == "في" and hit.first >= 2 and hit.kind == "name":
            # "السلطات الجديدة في دمشق": the capital is the seat of the body that rules
            # there (grammar.toml: seat_authorities), so it names that body, not a place.
            before = toks.items[hit.first - 2][0]
            head = toks.items[hit.first - 3][0] if before.startswith("ال") and hit.first >= 3 else before
            if head in _grammar_words("ar", "seat_authorities"):
                marked = locative = False
        return marked, by, locative

    def _sentence_span(self, doc: Doc, sentence: int) -> tuple[int, int]:
        first, last = doc.seg.sentences[sentence]
        return doc.toks.span(first, last)

    def _date_for(self, doc: Doc, trig: Hit, clause: tuple[int, int], sentence: tuple[int, int],
                  last_dated: tuple[int, DateMention] | None, same_time: set[int],
                  lead: DateMention | None = None, status: str = "asserted") -> DateMention | None:
        toks = doc.toks
        c0, c1 = toks.span(*clause)
        s0, s1 = toks.span(*sentence)
        usable = [d for d in doc.dates if d.kind not in _UNDATING and d.value]
        in_sentence = [d for d in usable if s0 <= d.start and d.end <= s1]
        usable = [d for d in usable if not self._dates_the_topic(doc, trig, d, c1)
                  and not self._dates_the_onset(doc, trig, d) and not self._dates_a_noun(doc, trig, d)]
        if status == "asserted" and any(d.end <= trig.start for d in usable if s0 <= d.start):
            # "On 10 March he signed a deal to fold the force into the state by the end of
            # the year": a time limit after a deed that is done dates what is still to come.
            usable = [d for d in usable if d.kind != "deadline" or d.start < trig.end
                      or not s0 <= d.start < s1]
        in_sentence = [d for d in usable if s0 <= d.start and d.end <= s1]
        # In the event's clause or the clause right after it ("struck them, ... since
        # late September"; English "since" opens a clause of its own).
        n0, n1 = toks.span(*seg_next) if (seg_next := self._next_clause(doc, clause)) else (c1, c1)
        since = [d for d in doc.dates if d.kind == "since" and d.value and len(d.value) >= 7
                 and c0 <= d.start and d.end <= max(c1, n1)
                 and not _FIRST.search(doc.text[c0:d.start])]  # "the first visit since ..."
        if since and not any(c0 <= d.start and d.end <= c1 for d in usable):
            # "has been shelling them since 20 November": an ongoing deed told from the
            # day or month it began takes it (a bare year, "since 2014", is background).
            return min(since, key=lambda d: abs(d.start - trig.start))
        # "اتصل أمس الأربعاء، هو الأول منذ أن أسقطت ... في الرابع والعشرين من تشرين
        # الثاني، واتفقا": a day inside a clause opened by منذ أن / بعد أن dates that
        # clause's own verb, not an event word outside it, when another date is there.
        held = self._held_dates(doc, in_sentence, trig)
        for lo, hi in ((c0, c1), (s0, s1)):
            inside = [d for d in usable if lo <= d.start and d.end <= hi and d not in held]
            if lo == s0:
                # "to mend ties with Ankara, which soured after the coup attempt last month":
                # a month or year in a relative or "after" clause dates that clause's noun.
                inside = [d for d in inside if not (d.start >= c1 and self._subordinate(doc, d))]
                # "after talks ..., a zone is to be set up by 15 October": a time limit
                # dates only the deed of its own clause.
                inside = [d for d in inside if d.kind != "deadline" or c0 <= d.start < c1]
                # "reached a deal on a truce that starts on Monday, after 13 hours of
                # talks": a day after a word of onset dates only that start.
                inside = [d for d in inside if c0 <= d.start < c1 or not self._after_onset(doc, d)]
                # "held Israel responsible for the events of Sweida last month, while Syria
                # accused ...": a month after a word of topic dates that topic, no other clause.
                inside = [d for d in inside if c0 <= d.start < c1 or not self._topic_month(doc, d)]
            if inside:
                best = min(inside, key=lambda d: abs(d.start - trig.start))
                later = [d for d in inside if d.start >= trig.end]
                if best.end <= trig.start and later and self._conjoined(doc, best, trig):
                    # "announced it on 13 May and met him the next day", زار ... الأحد ثم
                    # التقى ... الاثنين: a second verb with a day of its own takes that day.
                    best = min(later, key=lambda d: d.start)
                own = [d for d in inside if d.kind == "point" and len(d.value) == 10 and d.start >= trig.end]
                if best.kind == "counted" and best.end <= trig.start and own:
                    # "came a day after the talks with Trump in Riyadh on Wednesday", غداة لقاء
                    # ... يوم الأربعاء: the span is told from the event after it, whose own
                    # day follows it.
                    return own[0]
                finer = [d for d in in_sentence if len(d.value) > 4 and d.value[:4] != best.value]
                if len(best.value) == 4 and finer:
                    # A bare year beside a day or month of another year is background.
                    return min(finer, key=lambda d: abs(d.start - trig.start))
                return best
        began = [d for d in doc.dates if d.kind == "since" and d.value and len(d.value) == 10
                 and s0 <= d.start and d.end <= trig.start and not _FIRST.search(doc.text[s0:d.start])]
        if began:
            # "has voiced its support since Friday, and condemned ...", أعربت منذ الجمعة عن
            # ... وأدانت: a sentence dated by nothing but the day a stance began tells the
            # deeds after it from that day.
            return began[-1]
        if last_dated and any(sentence[0] <= i <= sentence[1] for i in same_time):
            if doc.seg.sentence_of[trig.first] - last_dated[0] <= 2:
                return last_dated[1]
            return lead  # "coinciding with the visit": the story's main date
        return None

    @staticmethod
    def _next_clause(doc: Doc, clause: tuple[int, int]) -> tuple[int, int] | None:
        """The clause after ``clause`` in the same sentence, if any."""
        seg = doc.seg
        nxt = clause[1] + 1
        if nxt >= len(seg.clause_of) or seg.sentence_of[nxt] != seg.sentence_of[clause[1]]:
            return None
        return seg.clauses[seg.clause_of[nxt]]

    def _held_dates(self, doc: Doc, in_sentence: list[DateMention], trig: Hit) -> list[DateMention]:
        """The dates of the trigger's sentence that date the verb of a منذ أن / بعد أن clause
        and not the trigger (:meth:`_in_verb_clause`). Fail-safe: none unless a full day
        stands before those clauses, outside them, to date the event instead, and unless
        another date of the sentence is left."""
        held = [d for d in in_sentence if self._in_verb_clause(doc, d, trig)]
        if not held or len(held) == len(in_sentence):
            return []
        opens = min(self._verb_clause_start(doc, h) for h in held)
        if not any(len(d.value) == 10 and d not in held and d.end <= opens for d in in_sentence):
            return []
        return held

    @staticmethod
    def _verb_clause_start(doc: Doc, date: DateMention) -> int | None:
        """Where the clause opened by a conjunction and a verb of its own (dates.toml
        verb_clause_openers: منذ أن، بعد أن، قبل أن) holding ``date`` starts: the opener
        stands before the date with no comma or stop between. None when there is none.
        Worked out once per date of the document."""
        key = ("verb_clause_start", date.start, date.end)
        if key not in doc.derived:
            doc.derived[key] = Extractor._find_verb_clause_start(doc, date)
        return doc.derived[key]

    @staticmethod
    def _find_verb_clause_start(doc: Doc, date: DateMention) -> int | None:
        openers = date_phrases(doc.lang, "verb_clause_openers")
        if not openers or not date.value:
            return None
        before = doc.text[max(0, date.start - 160):date.start]
        cut = max(before.rfind(c) for c in ",،.;:!?\n")
        tail = before[cut + 1:]
        best = None
        for m in _WORD.finditer(tail):
            rest = " ".join(_WORD.findall(fold(tail[m.start():]) if doc.lang == "ar" else tail[m.start():].lower()))
            if any(rest == o or rest.startswith(o + " ") for o in openers):
                best = m.start()
        return None if best is None else date.start - len(tail) + best

    def _in_verb_clause(self, doc: Doc, date: DateMention, trig: Hit) -> bool:
        """Whether ``date`` dates the verb of a منذ أن / بعد أن clause and not the event word:
        the event word stands before the opener, or after the date past a comma followed by
        a coordinated verb (، واتفقا، ثم التقى) that opens a clause of its own."""
        at = self._verb_clause_start(doc, date)
        if at is None:
            return False
        if trig.end <= at:
            return True
        if trig.start < date.end:
            return False
        between = doc.text[date.end:trig.start]
        return bool(re.search(r"[,،]\s*(?:ثم\s+|و)\S*$", between))

    @staticmethod
    def _topic_month(doc: Doc, date: DateMention) -> bool:
        """Whether a month or year follows a word of topic (عن، أحداث, "events of") a few
        words before it: it dates what is talked about."""
        if not date.value or len(date.value) == 10:
            return False
        markers, window = _about_markers(doc.lang)
        before = doc.text[max(0, date.start - 200):date.start]
        return _ends_with_marker(_WORD.findall(fold(before) if doc.lang == "ar" else before.lower())[-window:],
                                 markers)

    @staticmethod
    def _after_onset(doc: Doc, date: DateMention) -> bool:
        """Whether a word of onset (تبدأ، يسري, "takes effect") stands a few words before
        a date: the date tells when something starts."""
        markers, window = _onset_markers(doc.lang)
        words = _WORD.findall(doc.text[max(0, date.start - 200):date.start])
        return _ends_with_marker([fold(w) if doc.lang == "ar" else w.lower() for w in words][-window:], markers)

    @staticmethod
    def _conjoined(doc: Doc, date: DateMention, trig: Hit) -> bool:
        """Whether a coordinating word (and, then, ثم, a و written onto the event word)
        stands between a date and the event word after it."""
        words = _WORD.findall(doc.text[date.end:trig.start].lower())
        if doc.lang == "ar":
            return "ثم" in words or doc.text[trig.start:trig.start + 1] == "و" or "و" in words
        return "and" in words or "then" in words

    @staticmethod
    def _subordinate(doc: Doc, date: DateMention) -> bool:
        """Whether a month or year stands in a clause opened by a relative pronoun or a
        word of time (which, after, التي, عقب) after the first clause of its sentence."""
        if not date.value or len(date.value) == 10:
            return False
        toks, seg = doc.toks, doc.seg
        i = bisect.bisect_left(toks.starts, date.start)
        if i >= len(toks.items):
            return False
        clause = seg.clauses[seg.clause_of[i]]
        if clause[0] == seg.sentences[seg.sentence_of[i]][0]:
            return False
        word = toks.items[clause[0]][0].lower()
        if doc.lang == "ar" and word[:1] in ("و", "ف") and len(word) > 3:
            word = word[1:]
        return word in _SUBORDINATORS

    @staticmethod
    def _dates_the_report(doc: Doc, date: DateMention, trig: Hit) -> bool:
        """Whether a weekday before a complementiser that opens the planned event's clause
        dates the report, not the plan ("told reporters on Tuesday that he would lift ...",
        أعلن الثلاثاء أنه سيأمر): the weekday is then the past one."""
        if not date.future_value or date.end > trig.start:
            return False
        comp = _grammar_words(doc.lang, "complementisers")
        for w in _WORD.findall(doc.text[date.end:trig.start]):
            w = fold(w) if doc.lang == "ar" else w.lower()
            if w in comp or (doc.lang == "ar" and any(w == c + p for c in comp for p in _AR_OBJECT_PRONOUNS)):
                return True
        return False

    @staticmethod
    def _dates_the_topic(doc: Doc, trig: Hit, date: DateMention, clause_end: int) -> bool:
        """Whether a month or year after the event word dates what the event is about
        ("responsible for the events of Sweida last month", خرقا لاتفاق آذار), not the event."""
        if not date.value or not trig.end <= date.start < clause_end:
            return False
        markers, window = _about_markers(doc.lang)
        between = doc.text[trig.end:date.start]
        # Folded before splitting: a shadda (الموقّع) is no letter and would split the word.
        words = _WORD.findall(fold(between) if doc.lang == "ar" else between.lower())[-window:]
        if any(w in date_phrases(doc.lang, "document_markers") for w in words):
            return True  # "the statement signed on 17 October 2019": the document's day
        if words and words[-1] in date_phrases(doc.lang, "day_named_pacts"):
            return True  # تطبيق اتفاق العاشر من آذار: the day names the pact, not this event
        return len(date.value) != 10 and _ends_with_marker(words, markers)

    @staticmethod
    def _dates_a_noun(doc: Doc, trig: Hit, date: DateMention) -> bool:
        """Whether an English date stands between a determiner and the noun it describes
        ("breaching the March integration deal", "a violation of the 10 March agreement")
        for a noun that is not this event's word: it dates that noun, not the event."""
        if doc.lang != "en" or not date.value:
            return False
        before = _WORD.findall(doc.text[max(0, date.start - 40):date.start])
        if not before or not (before[-1].lower() in _DETERMINERS
                              or doc.text[max(0, date.start - 40):date.start].rstrip().endswith(("'s", "\u2019s"))):
            return False
        after = doc.text[date.end:date.end + 60]
        following = re.match(r"\s+([a-z]+)", after)
        if following is None or following.group(1) in _NOT_NOUNS:
            return False
        head_end = date.end + len(" ".join(after.split()[:3])) + 2
        return not date.end <= trig.start <= head_end

    @staticmethod
    def _dates_the_onset(doc: Doc, trig: Hit, date: DateMention) -> bool:
        """Whether a date after an agreement's word follows a verb of onset and so dates
        when the thing agreed starts ("اتفاق على هدنة تبدأ الاثنين", "a truce that takes
        effect on Monday"), not the day of the agreement."""
        if date.start < trig.end or event_plover(trig.value.type) != "AGREE":
            return False
        markers, window = _onset_markers(doc.lang)
        words = _WORD.findall(doc.text[trig.end:date.start])
        return _ends_with_marker([fold(w) if doc.lang == "ar" else w.lower() for w in words][-window:], markers)

    def _carried_date(self, doc: Doc, sent_no: int) -> DateMention | None:
        """The date an undated event inherits: the last date given earlier in its paragraph.

        News prose dates a scene once ("on Tuesday ...") and tells the rest of the
        paragraph without repeating it.
        """
        seg, toks = doc.seg, doc.toks
        first = sent_no
        while first and self._same_paragraph(doc, first - 1, first):
            first -= 1
        usable = [d for d in doc.dates if d.kind not in _UNDATING and d.value and len(d.value) > 4]
        if first == 0 and len(seg.sentences) > 1:
            # A headline tells the lead's news: it takes the first date of what follows.
            # A headline is a first paragraph of one or two sentences ("From Riyadh..
            # Trump announces ...") standing apart from the text after it.
            last = 0
            while last + 1 < len(seg.sentences) and self._same_paragraph(doc, last, last + 1):
                last += 1
            lo, hi = toks.span(*seg.sentences[last + 1])[0] if last + 1 < len(seg.sentences) else 0, len(doc.text)
            if lo and last <= 1 and not any(d.start < lo for d in usable):
                after = [d for d in usable if lo <= d.start < hi]
                return after[0] if after else None
            if sent_no == 0:
                return None
        elif sent_no and not self._same_paragraph(doc, 0, 1) and first == 1:
            # The lead paragraph after a headline tells the news without a date ("Kurdish
            # fighters have pushed IS out of the town") when the next paragraph gives it
            # ("announced on Monday that ..."): the lead takes that paragraph's first day.
            end = first
            while end + 1 < len(seg.sentences) and self._same_paragraph(doc, end, end + 1):
                end += 1
            if end + 1 < len(seg.sentences):
                lo = toks.span(*seg.sentences[end + 1])[0]
                if not any(d.start < lo for d in usable):
                    nxt = end + 1
                    while nxt + 1 < len(seg.sentences) and self._same_paragraph(doc, nxt, nxt + 1):
                        nxt += 1
                    hi = toks.span(*seg.sentences[nxt])[1]
                    after = [d for d in usable if lo <= d.start < hi and len(d.value) == 10 and d.kind == "point"]
                    if after:
                        return after[0]
        if first == sent_no:
            return None
        lo = toks.span(*seg.sentences[first])[0]
        hi = toks.span(*seg.sentences[sent_no])[0]
        before = [d for d in usable if lo <= d.start < hi and not self._subordinate(doc, d)]
        return before[-1] if before else None

    def _both_countries(self, doc: Doc, mentions: list[Mention]) -> tuple[str, str] | None:
        counts: dict[str, int] = {}
        for m in mentions:
            if m.group and m.hit.actor_id and self.gazetteer[m.hit.actor_id].kind in ("State", "Person"):
                counts[m.group] = counts.get(m.group, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        return (top[0][0], top[1][0]) if len(top) == 2 else None

    def _events(self, doc: Doc, offset: int) -> list[Event]:
        toks, seg, lang = doc.toks, doc.seg, doc.lang
        pub = doc.published
        attributions = self._attribution_spans(doc, occasions=False)
        quoted = [range(a + 1, b) for a, b in attributions]
        occasions = sorted(set(self._attribution_spans(doc)) - set(attributions))
        # "، بحسب مسؤولين من الجانبين،": the two sides there only source the report.
        both = {h.first: h for h in _grammar_hits(doc, "both_countries") if not any(h.first in q for q in quoted)}
        same_time = {h.first for h in _grammar_hits(doc, "same_time")}
        pair_at = {h.first for h in _grammar_hits(doc, "pair_openers")}
        base = [Mention(h, self._ref(h, pub, lang).group) for h in doc.actors]
        duo = self._both_countries(doc, base)
        marks = [self._marked(doc, h) for h in doc.actors]
        # Per sentence: the indices of its actors, and where its first reaction word stands
        # (for the lone side of a deed, Extractor._lone_side).
        actors_in: dict[int, list[int]] = {}
        for i, h in enumerate(doc.actors):
            actors_in.setdefault(doc.seg.sentence_of[h.first], []).append(i)
        first_reaction: dict[int, int] = {}
        for t in doc.triggers:
            if event_plover(t.value.type) in _REACTIONS:
                first_reaction.setdefault(doc.seg.sentence_of[t.first], t.first)
        events: list[Event] = []
        seen: set[tuple] = set()
        last_dated: tuple[int, DateMention] | None = None
        lead: DateMention | None = None  # the date of the first event dated in its own words
        read_as: dict[int, str] = {}  # the value a date mention gave the first event it dated
        lead_story: list[tuple[str, str, str | None]] = []  # events of the lead's date
        sources_of: dict[int, Party] = {}  # sentence -> source of its first event
        recent: list[tuple[int, str, Party, Party | None]] = []  # events so far
        deeds_at: dict[int, tuple[str, Party, Party | None]] = {}  # a trigger's first token -> its event
        # The mediator of one event ("under US mediation") is no party to the next.
        mediators = {t.last + 1 for t in doc.triggers if t.value.type == "Mediation"}
        attributed = self._attributed(doc)
        # "could draw the NATO member into the campaign": an alliance's name before a noun of
        # membership tells one of its members, which the alliance itself is not.
        member_nouns = self._alliance_before_member(doc)
        requested, caused = self._requested(doc)
        appositives, described, inside = self._descriptions(doc)
        # "ونددت موسكو، الداعم الأبرز لدمشق، بالضربة": a description between a verb with
        # its subject and the rest of its predicate; the clause after it goes on with that
        # predicate (name clause → clause after), it is no new subject's.
        resumed = {k: a for a, k in described.items()
                   if any(seg.clause_of[t.first] == k and t.last < seg.clauses[k][1] for t in doc.triggers)}
        governed = self._reaction_objects(doc, resumed, inside)
        described_as = self._described_as(doc)
        next_verb = self._next_predicates(doc)
        prev_verb = self._previous_predicates(doc, next_verb)  # a joined verb -> the verb before it
        subject_of: dict[int, Party] = {}  # a trigger's first token -> the source it was given
        trig_at = {t.first: t for t in doc.triggers}
        joined = self._joined(doc)
        trios = self._trios(doc, base, joined)
        # "اتفق الطرفان على عقد اجتماع": words for the sides of a meeting told before.
        sides_words = {h.first: h for h in _grammar_hits(doc, "meeting_sides")}
        met: list[tuple[int, tuple[Party, ...]]] = []  # (sentence, sides) of each mutual act told
        instruments = _instrument_matcher(lang).find(toks)
        topics = {h.last for h in _grammar_hits(doc, "topic_markers")}
        unplaced = {h.first for h in _grammar_hits(doc, "unplaced_collectives")}
        # "its ambassador at the UN": the name after the post says where a person serves.
        posted = {h.last + 1 for h in _grammar_hits(doc, "envoy_posts")}
        enemies = self._enemies(doc)
        partners = self._after_markers(doc, "partner_markers")
        # "without Washington", من دون واشنطن (grammar.toml: excluded_markers): left out.
        excluded = self._after_markers(doc, "excluded_markers")
        guests = {h.first for h in _grammar_hits(doc, "guest_words")}
        generic = {h.first for h in _grammar_hits(doc, "generic_addressees")}
        suspended, suspending = self._suspended(doc)
        # "any normalisation", "any summit", "under any agreement" (grammar.toml:
        # unspecified_determiners): a tie spoken of as whichever might come, none made.
        unspecified = {h.last + 1 for h in _grammar_hits(doc, "unspecified_determiners")}
        for trig in doc.triggers:
            spec: TriggerSpec = trig.value
            if spec.type == "Meeting" and self._hosts_no_guest(doc, trig):
                continue  # "Turkey hosts 3.6 million refugees", تستضيف إنجرليك مقاتلات أميركية
            if trig.first in unspecified:
                continue  # "opposes any normalisation with", "any rapprochement with Turkey must rest on"
            if spec.type == "SanctionsRelief" and trig.first in suspending:
                continue  # "suspended the memorandum": not sanctions lifted
            if trig.first in suspended:
                # "suspended the memorandum with Washington", علقت صادرات الأسلحة: a tie or
                # aid withdrawn is a penalty on the other side, not the tie itself.
                spec = replace(spec, type="SanctionsImposed", planned_type=None)
            consult = event_plover(spec.type) == "CONSULT"
            # what a meeting, an agreement or a cooperation is about ("a summit on Syria",
            # "agree on Syria constitutional committee") is no side of it
            about_topic = event_plover(spec.type) in MUTUAL
            sent_no = seg.sentence_of[trig.first]
            clause_no = seg.clause_of[trig.first]
            clause = seg.clauses[clause_no]
            sentence = seg.sentences[sent_no]
            governing = seg.clauses[clause_no - 1] if clause_no and \
                seg.sentence_of[seg.clauses[clause_no - 1][0]] == sent_no else None
            status = clause_status(toks, doc.cues, lang, clause=clause, first=trig.first,
                                   last=trig.last, future_trigger=trig.future, governing=governing)
            report = None
            if spec.addressed:
                # "Ankara said Damascus must withdraw": only reported speech makes the
                # word a demand or threat; the report's own clause tells its status.
                report = self._report(doc, trig)
                if report is None:
                    continue
                verb = report[0]
                status = clause_status(toks, doc.cues, lang, clause=seg.clauses[seg.clause_of[verb]],
                                       first=verb, last=verb)
            if lang == "en" and self._in_if_clause(doc, trig):
                # "Erdogan said the operation would resume if the fighters had not left":
                # the condition's deed is neither done nor planned.
                continue
            if lang == "ar" and self._in_unless(doc, trig):
                # "ستضرب الوحدات إن لم تنسحب من المدينة": the withdrawal is the condition
                # of a warning, named as what must happen, not told as done or planned.
                continue
            if spec.type == "Rejection" and self._not_ruled_out(doc, trig):
                # "did not rule out military action", ولم تستبعد أنقرة اللجوء إلى عمل عسكري:
                # keeping an option open is no rejection.
                continue
            if self._question(doc, sent_no):
                status = "hypothetical"  # "Will a pact push the SDF towards a deal?" asks
            refused = None
            objects = {v: k for k, v in governed.items()}
            if status == "denied" and trig.first in objects:
                # "would not endorse the Israeli incursion": the negation refuses the
                # reaction; the deed it names is told as it stands after the reaction.
                gov = trig_at[objects[trig.first]]
                if refusal(toks, doc.cues, lang, clause=clause, first=gov.first,
                           plover=event_plover(gov.value.type)) == "negation":
                    status = clause_status(toks, doc.cues, lang, clause=(gov.last + 1, clause[1]),
                                           first=trig.first, last=trig.last, future_trigger=trig.future)
            elif status == "denied" and report is None and event_plover(spec.type) not in ("REJECT", "ACCUSE"):
                refused = refusal(toks, doc.cues, lang, clause=clause, first=trig.first,
                                  plover=event_plover(spec.type))
                if refused == "verb":
                    continue  # "refused to intervene": the refusal's own trigger tells it
                if refused == "negation":
                    # "will not support the operation", لن تسمح: no deed, its actor rejects it.
                    spec = replace(spec, type="Rejection", planned_type=None, needs_target=True,
                                   offender_named=False, addressed=False)
                    status = "asserted"
            date = self._date_for(doc, trig, clause, sentence, last_dated, same_time, lead, status)
            value = date.value_for(status == "planned" and not self._dates_the_report(doc, date, trig)) \
                if date else None
            if value and pub and value > pub and status == "asserted" and len(value) == 10:
                status = "planned"
            carried = None
            if date is None and (carried := self._carried_date(doc, sent_no)):
                # A weekday carried from an earlier sentence keeps the reading it had there
                # ("announced on Wednesday ... Officials said the pull-out would take 60
                # days": the past Wednesday), the past one if no event was dated by it.
                date, value = carried, read_as.get(carried.start, carried.value_for(False))
                if lead is not None and len(value) < 10 and value < lead.value[:len(value)] \
                        and status == "asserted" and event_plover(spec.type) in _REACTIONS | {"REQUEST"}:
                    # "Trump's announcement in December ... Rouhani again demanded that US
                    # forces go": a statement is made in the story's time, not in a month
                    # told before it as background.
                    date = carried = None
                    value = None
            if date is None and status == "asserted" and (placed := self._place_date(doc, sent_no)):
                date, value = placed, placed.value
            if date is None and lead is not None \
                    and (status == "asserted" or (status == "planned" and spec.pledge)) \
                    and not self._earlier_past(doc, clause, trig):
                # The lead's date may govern the story told after it (checked below, once
                # the sides are known), unless a pluperfect (كان ... قد, "had") steps back.
                date = carried = lead
                value = lead.value

            def party(i: int) -> Party | None:
                hit = doc.actors[i]
                group = self._ref(hit, value or pub, lang).group
                if group is None and value is None and hit.actor_id is not None:
                    # An undated deed of a person out of office by the publication date
                    # ("Assad's forces shelled the town", told in 2025) is one of his time
                    # in office: he stands for the actor of his latest role.
                    group = self._ref(hit, None, lang).group
                if group is None or hit.kind == "modifier" or i in attributed or i in member_nouns:
                    return None
                if spec.type != "DiplomaticDowngrade" and (hit.first in posted or (
                        hit.first - 1 in posted
                        and fold(toks.items[hit.first - 1][0]) in _grammar_words(lang, "object_fillers"))):
                    return None  # an envoy's post; but a recalled envoy's post is the side cut
                if hit.first in excluded:
                    return None
                if about_topic and hit.first - 1 in topics and hit.first > trig.last:
                    return None  # "a summit on Syria": what the meeting is about
                marked, by, locative = marks[i]
                if hit.first == trig.last + 1 and trig.last > trig.first:
                    # The preposition closes the trigger ("طرفا في", "member of"): the name
                    # after it is the event's object, not a place.
                    marked, locative = False, False
                return Party(i, hit.first, hit.last, group, hit.kind, marked, by, locative)

            in_clause = [p for i, h in enumerate(doc.actors)
                         if seg.clause_of[h.first] in (clause_no, resumed.get(clause_no)) and (p := party(i))]
            if clause_no in appositives:
                continue  # "the SDF, host to 2,000 US troops, ...": a description, no event
            if occasions and not any(a < trig.first < b for a, b in occasions):
                # "أعلن ترامب، خلال زيارته للسعودية، رفع العقوبات": the place of the occasion
                # takes no part in the deed told around it (it does in the visit inside).
                in_clause = [p for p in in_clause if not any(a < p.first < b for a, b in occasions)]
            if lang == "en":
                in_clause = self._past_fronted_phrase(doc, clause, trig, in_clause)
            # After an appositive the subject is the name it describes.
            before_no = described.get(clause_no, clause_no - 1)
            prev_clause = [p for i, h in enumerate(doc.actors)
                           if seg.clause_of[h.first] == before_no
                           and seg.sentence_of[h.first] == sent_no and h.first not in mediators
                           and (p := party(i))]
            from_topic = False
            if trig.first in requested:
                continue
            if self._unnamed_doer(doc, trig):
                continue  # "groups fighting ISIS": fighters the text does not name
            if lang == "en" and self._attributive_participle(doc, trig):
                continue  # "the main backer of the armed opposition": a modifier, no deed
            if self._consequence_warning(doc, trig):
                continue  # "warned that a hasty exit would leave a vacuum": a judgement, no threat
            if spec.type == "AgreementSigning" and self._dated_pact(doc, trig):
                continue  # "the 1974 disengagement agreement": a pact of old, named, not made
            if trig.first in governed.values() and not self._own_agent(trig, in_clause, lang):
                continue
            if trig.first in described_as:
                continue  # "condemned the raids as a violation of Syrian sovereignty": the condemnation's words
            if not any(q.last < trig.first for q in in_clause) and self._participle(doc, trig, clause):
                # ", accusing the West of ...", متهما ...: the sentence's speaker does it.
                speaker = self._clause_speaker(doc, clause_no, sent_no, party) \
                    or self._pronoun_subject(doc, sent_no, trig.first, party) \
                    or self._subject(doc, sent_no, clause_no, party)
                if speaker is None and lang == "ar" and sent_no and not any(
                        q.last < trig.first for q in in_clause) and self._pronoun_speaker(doc, sent_no):
                    # "وأكد المتحدث باسمها ...، داعيا روسيا": the speaker is the body
                    # the pronoun points back to, the last sentence's subject.
                    speaker = self._sentence_subject(doc, sent_no - 1, party)
                if speaker is not None:
                    in_clause = [speaker] + [p for p in in_clause if p.group != speaker.group]
            elif not any(q.last < trig.first and not q.marked for q in in_clause) \
                    and (speaker := self._pronoun_subject(doc, sent_no, trig.first, party, right_before=True)):
                # لكنه انتقد أنقرة: the pronoun is the subject, أنقرة the object.
                in_clause = [speaker] + [p for p in in_clause if p.group != speaker.group]
            if lang == "en" and (owner := self._possessive_subject(doc, trig, in_clause, sent_no, clause_no, party)):
                # "..., and its officials urged the Americans": the sentence's subject
                # owns the speakers, not a name told in between.
                in_clause = [owner] + [p for p in in_clause if p.first > trig.last and p.group != owner.group]
            # A clause before that names only a place ("he was in Ankara, standing beside
            # ...") gives no subject to an event that takes no place.
            placeless = spec.type not in _PLACE_EVENTS and all(p.locative for p in prev_clause)
            if (not prev_clause or placeless) and \
                    not any(q.last < trig.first and not q.marked for q in in_clause):
                topic = self._topic(doc, sent_no, clause_no, sources_of, party, inside)
                from_topic = bool(topic)
                prev_clause = topic or prev_clause
            offender = None
            if spec.offender_named:
                beside = [p for p in in_clause if self._beside(trig, p, lang)]
                if beside:
                    offender = beside[0]
                    in_clause = [p for p in in_clause if p is not offender]
            # "the campaign against ISIS", قتال التنظيم: the common enemy is no side of what
            # is done with or for a partner, and no subject anywhere.
            co_partners: list[Party] = []
            if event_plover(spec.type) in _ARMED:
                # "troops deployed alongside the SDF", جنبا إلى جنب مع واشنطن: a partner in
                # the fighting is not its target.
                co_partners = [p for p in in_clause if p.first in partners and p.last >= trig.first]
                in_clause = [p for p in in_clause if p.first not in partners or p.last < trig.first]
            fought = False  # an enemy was named where the other side would be
            # "lifting the sanctions against Iran": who the sanctions were against is the
            # side the relief favours, not a common enemy.
            if event_plover(spec.type) in _FRIENDLY and spec.type not in _SANCTIONS:
                prev_clause = [p for p in prev_clause if p.first not in enemies]
                fought = any(p.first in enemies and p.first > trig.last for p in in_clause)
                in_clause = [p for p in in_clause if p.first not in enemies or p.last < trig.first]
            pair = self._pair(doc, clause, pair_at, in_clause, both, duo)
            mutual = event_plover(spec.type) in MUTUAL
            # A second verb joined by "and" (وطالبت) opens its own predicate: what follows
            # it is that verb's, not this one's.
            stop = next_verb.get(trig.first)
            if stop is not None:
                in_clause = [p for p in in_clause if p.first < stop]
            # A subject inside a split trigger (رفع الرئيس الأميركي العقوبات) follows its verb.
            trig_last = trig.first if any(trig.first < p.first <= trig.last for p in in_clause) else trig.last
            office = self._place_office(doc, trig, trig_last, sent_no, party) \
                or self._office_subject(doc, trig_last, in_clause)
            contact = self._contact_agent(doc, trig, in_clause)
            if contact is not None:
                # "answer to the offensive Ankara launched against the SDF": the noun's
                # own relative clause names its agent; names before it are another
                # predicate's.
                office = contact
                in_clause = [p for p in in_clause if p.first > trig.last]
            if lang == "en" and clause_no in described and self._reacted_noun(doc, trig) \
                    and not self._own_agent(trig, in_clause, lang):
                # "Moscow, Assad's main backer, denounced unilateral Western sanctions on
                # Syria": the described name reacts to the deed; it did not do it, and no
                # one else is named as its agent.
                continue
            if office is None and clause_no in described and described[clause_no] not in resumed:
                # "Washington, which leads ..., urged Ankara": the described name is the
                # subject; the name after the verb is its object, not a subject after it.
                office = self._described_name(doc, seg.clauses[described[clause_no]], party)
            if office is None and lang == "ar" and (fronted := self._and_fronted_subject(doc, trig, in_clause)):
                # "واشنطن وأنقرة تتفقان على ... ودمشق ترفض الاتفاق": a name joined by و right
                # before the verb, after other words, opens a new subject-verb clause; the
                # names told before it belong to the verb before.
                office = fronted
                in_clause = [p for p in in_clause if p.first >= fronted.first]
            joined_at = max((v for v, k in prev_verb.items() if v <= trig.first and k in subject_of
                             and seg.clause_of[v] == clause_no), default=None) if lang == "en" else None
            if joined_at is not None and self._subject_in_complement(doc, subject_of[prev_verb[joined_at]],
                                                                     sent_no):
                # "complained that Turkish forces had fired on its fighters and accused
                # Ankara of ...": the verb before sits in a that-clause with its own
                # subject; whether "and" joins inside it or to the reporting verb is not
                # clear, so the joined verb takes no subject and makes no event.
                continue
            if office is None and joined_at is not None:
                # "condemned Israel's strikes on Syria and agreed to hold a summit": a verb
                # right after "and" has no subject of its own; it and the deeds of its
                # predicate keep the subject of the verb before, and names in between are
                # that verb's object.
                earlier = prev_verb[joined_at]
                office = subject_of[earlier]
                in_clause = [p for p in in_clause if p.first < earlier or p.first > trig.last]
            if office is None and (listed := self._listed_verb_subject(doc, trig, in_clause, subject_of, party)):
                # "the ministry denounced the raid, accused the coalition of ...": a verb
                # opening a clause after a comma, with no subject, goes on the list of
                # predicates of the subject told before.
                office = listed
                in_clause = [p for p in in_clause if p.first > trig.last]
            if office is None and (shared := self._shared_subject(doc, trig, in_clause, sent_no, clause_no, party)):
                # "ودانت الحكومة التركية الخطوة، ...، وطالبت واشنطن بالكف عن": the demand
                # verb shares the sentence's subject; the name after it is the one asked.
                office = shared
            if office is None and (chained := self._joined_clause_subject(doc, trig, in_clause, sent_no,
                                                                          clause_no, party)):
                # "ولا تزال تركيا تعدّ الوحدات ...، وتلوّح بعمل عسكري": a verb joined by و
                # that opens a later clause with no subject of its own goes on with the
                # sentence's subject; names told in between are the earlier verb's.
                office = chained
            if office is None and (dropped := self._dropped_subject(doc, trig, in_clause, sent_no, party)):
                # "واتهم الولايات المتحدة وروسيا بـ...": a masculine verb cannot have a
                # feminine state for subject; "he" (the last sentence's subject) acts on it.
                office = dropped
            source, target, borrowed = assign_roles(trig.first, trig_last, in_clause, prev_clause, pair,
                                                    mutual=mutual, lang=lang,
                                                    places=spec.type in _PLACE_EVENTS, joined=joined,
                                                    subject=office,
                                                    owned=lang == "ar" and (self._possessed_noun(doc, trig)
                                                                            or self._owned_after_verb(doc, trig)),
                                                    passive=lang != "en" or self._passive(doc, trig))
            plover = event_plover(spec.type)
            if plover == "SUPPORT" and source is not None and target is not None \
                    and any(0 <= target.first - h.last <= 3 and h.first > trig.last
                            for h in _grammar_hits(doc, "death_nouns")):
                # "welcomed the killing of the ISIS leader", رحب بمقتل زعيم التنظيم: the praise
                # goes to the one who killed him, told before; none told, no event.
                killer = next((src for s, pl, src, tgt in reversed(recent) if pl == "ASSAULT"
                               and tgt is not None and tgt.group == target.group and src.group != source.group), None)
                if killer is None:
                    continue
                target = killer
            if lang == "en" and (whom := self._whom_sides(doc, trig, actors_in.get(sent_no, ()), party)) is not None:
                # "Assad, whom it accuses of having lost legitimacy": the name before "whom"
                # is the object; the subject after it (a pronoun: the sentence's subject) acts.
                (source, target), borrowed = whom, False
            if lang == "ar" and report is None and pair is None and self._and_joined_after(doc, trig, source, target):
                continue  # "قتال تنظيم داعش وجبهة النصرة": two names joined by و are no pair
            if report is not None:
                sides = self._addressed(doc, trig, report, sent_no, sources_of, party, inside)
                if sides is None:
                    continue
                (source, target), borrowed = sides, False
            if plover == "ASSAULT" and self._told_by_attack(doc, trig):
                continue  # "killed in a US raid": the raid after it tells the deed
            if plover == "ASSAULT" and (sides := self._casualty_sides(doc, trig, in_clause)) is not None:
                # "Baghdadi killed in a US raid", مقتل جنود أتراك في غارة سورية: the dead
                # are the target, the attack's own agent its source.
                (source, target), borrowed = sides, False
            if lang == "ar" and plover == "REQUEST" and report is None and self._at_request(doc, trig):
                # "عقد المجلس جلسة بطلب من روسيا": who asked is named after من; the request
                # went to the actor of the deed just told in the sentence.
                asker = next((p for p in in_clause if p.first > trig.last + 1), None)
                asked = next((src for s, _, src, _ in reversed(recent) if s == sent_no), None)
                if asker is not None and asked is not None and asker.group != asked.group:
                    source, target, borrowed = asker, asked, False
            if lang == "en" and consult and report is None and source is not None \
                    and (asker := self._request_asker(doc, trig, sent_no, party)) is not None \
                    and asker.group != source.group and (target is None or target.group == asker.group):
                # "At Ankara's request, NATO ambassadors held an emergency meeting": the
                # meeting is held with the side that asked for it, named in the opener.
                target, borrowed = asker, False
            if target is not None and any(trig.last < u < target.first and seg.clause_of[u] == clause_no
                                          for u in unplaced):
                target = None  # "accused the West of backing the SDF": no side we can name
            if source is not None and any(source.last < u < trig.first and seg.clause_of[u] == clause_no
                                          for u in unplaced):
                continue  # "... the West of backing the SDF": the West backs, and it has no group
            if offender is not None and source is not None and offender.group != source.group:
                target = offender
            # "expressed its solidarity with the Syrian government", تضامنها مع الحكومة: a name
            # right after the trigger behind a preposition is its object; the pronoun on
            # the word is then the owner (a noun's agent), not the object.
            object_named = target is not None and 0 < target.first - trig.last <= 3 and (
                target.marked or (lang == "ar" and self._preposition_word(toks.items[trig.last + 1][0])))
            if source is not None and (target is None or target.first > trig.last) and not object_named \
                    and not (lang == "ar" and self._fused_object_after(doc, trig)) \
                    and self._pronoun_object(doc, trig, source):
                # "asking him to take on the ISIS camps": the pronoun, not the name after
                # it, is the object.
                target = self._antecedent(doc, source, trig, sent_no, party) or target
            if source is not None and plover in _HOSTILE | {"COERCE"} \
                    and (target is None or target.first > trig.last) and self._possessed_place(doc, trig):
                # "raided his hideout", "struck their positions": the owner, named before,
                # is the one attacked, not a name further on.
                target = self._antecedent(doc, source, trig, sent_no, party) or target
            if source is not None and (target is None or target.first > trig.last) \
                    and (trig.last + 1 in guests or (source.first == trig.last + 1 and source.last + 1 in guests)):
                # "urged his guest to join the accords", حث ترامب ضيفه (after a subject
                # that follows its verb): the other side of the visit or meeting just
                # told, not a name further on.
                target = self._other_party(source, sent_no, recent) or target
            if source is not None and target is None and plover in _SPEECH:
                target = self._complement_target(doc, source, clause_no, sent_no, party)
            clause_asked = source is not None and target is None and plover == "REQUEST" \
                and self._that_clause_follows(doc, trig)
            if clause_asked:
                # "demanded that Washington stop arming the rebels": the subject of the
                # that-clause is the one asked.
                target = self._complement_target(doc, source, clause_no, sent_no, party)
            if source is not None and target is None and refused:
                # "Turkey will never declare a ceasefire": the refusal answers who asked.
                target = self._latest_toward("REQUEST", source, sent_no, 2, recent)
            if source is not None and target is None and status == "denied" and plover in _HOSTILE:
                # "The SDF denied any role in the attack": the deed denied is the one its
                # accuser laid at its door, so it was aimed at the accuser.
                target = self._latest_toward("ACCUSE", source, sent_no, 3, recent)
            if lang == "ar" and source is not None and target is not None and plover == "ACCUSE" \
                    and trig.first in governed and target.first > governed[trig.first] \
                    and target.group != source.group:
                # ندّدت الدوحة بالغارة ورأت فيها انتهاكًا للسيادة السورية، استنكرت مصر الغارات
                # على ريف دمشق: a condemned deed noun that names no actor of its own takes
                # up the deed told before; the name after it is its victim or place, and
                # the condemnation goes to the one who did the deed.
                deed = trig_at[governed[trig.first]]
                if not self._own_agent(deed, [p for p in in_clause if p is not target or not p.marked], lang):
                    doer = self._relative_agent(doc, deed, source, party) or self._implied_target(
                        plover, source, sent_no, recent, event_plover(deed.value.type))
                    if doer is not None and doer.group not in (source.group, target.group) \
                            and event_plover(deed.value.type) == "ASSAULT":
                        target, borrowed = doer, False
            if source is not None and target is None and plover in _REACTIONS and trig.first in governed:
                target = self._relative_agent(doc, trig_at[governed[trig.first]], source, party)
            if lang == "en" and source is not None and target is None and plover == "SUPPORT" \
                    and spec.needs_target and trig.first not in governed and self._headline(doc, 0) \
                    and (lead_doer := self._sentence_subject(doc, 0, party)) is not None \
                    and lead_doer.group != source.group \
                    and (body := next(k for k in range(len(doc.seg.sentences)) if not self._headline(doc, k))) \
                    and (body_doer := self._sentence_subject(doc, body, party)) is not None \
                    and body_doer.group == lead_doer.group:
                # "Syria holds first vote ... Syria chose ... Turkey welcomed the elections":
                # praise that names neither side nor a deed we tell goes to the actor the
                # headline and the lead both open with, whose step the story reports.
                target = lead_doer
            if source is not None and target is None and spec.needs_target:
                about = trig_at[governed[trig.first]].value.type if trig.first in governed else None
                target = self._implied_target(plover, source, sent_no, recent,
                                              event_plover(about) if about else None)
            if source is not None and target is None and spec.answers_deed:
                # "Hezbollah said the killing would not go unpunished": the threat answers
                # whoever carried out the armed deed just told.
                target = self._assailant(source, sent_no, recent)
            if lang == "ar" and source is not None and target is None and plover == "THREATEN" \
                    and self._unless_after(doc, trig):
                # لوّح مسؤولون أتراك بأن بلادهم ستتحرك منفردة إذا لم يُنفَّذ الانسحاب، حذّر من أن
                # العمليات ستتواصل إذا لم تُنفَّذ الوعود: a warning with a condition the other
                # side must meet is put to that side, named before it in the sentence or
                # the one its speaker dealt with last.
                target = self._conditioned_side(doc, trig, source, sent_no, party, recent)
            if lang == "en" and source is not None and target is None and plover == "THREATEN" \
                    and (cond := self._en_unless(doc, trig)) is not None:
                # "Erdogan has warned that Turkey could take military action if it did not",
                # "would resort to force unless the SDF disarms": a warning that names no one
                # is put to the side the condition names, else to the side its pronoun
                # ("if it did not") takes up, named last before the warning in its sentence.
                target = self._en_conditioned_side(doc, trig, cond, source, sent_no, party)
            if source is not None and target is None and spec.joins_deed:
                # "Jordanian warplanes took part in the operation": the partner is the
                # one who carried out the operation just told.
                target = self._operation_actor(source, sent_no, recent)
            if source is not None and target is None and plover in _REACTIONS and trig.first not in governed:
                target = self._previous_subject(doc, trig, source, sent_no, party)
            if lang == "en" and source is not None and plover == "ACCUSE" and trig.first in governed \
                    and (target is None or target.first > governed[trig.first]) \
                    and self._bare_deed(doc, trig_at[governed[trig.first]], trig) \
                    and (doer := self._assailant(source, sent_no, recent)) is not None:
                # "Qatar denounced the incursion into the Damascus countryside", "condemned
                # the bombing": an armed deed told again with no actor of its own; the one
                # condemned is whoever carried out the armed deed just told, not the place
                # or the victim named after it.
                target = doer
            if lang == "en" and source is not None and plover in ("ACCUSE", "SUPPORT") \
                    and self._judged_pronoun(doc, trig) \
                    and not (target is not None and target.index >= 0 and target.first < trig.first
                             and seg.sentence_of[target.first] == sent_no) \
                    and (doer := self._assailant(source, sent_no, recent)) is not None:
                # "Zakharova called it absolutely unacceptable", "Ankara calling it a positive
                # response to war crimes by the Assad government": the pronoun takes up the
                # armed deed just told; the judgement goes to whoever carried it out, not to
                # the actor named last before or a name in the speaker's description.
                target, borrowed = doer, False
            if lang == "en" and plover == "AID" and (given := self._agentless_gift(
                    doc, trig, [p for i in actors_in.get(sent_no, ()) if (p := party(i))])):
                # "Assad had reached Moscow and been granted asylum": a passive gift with
                # no "by" goes to its subject, from the host named beside it.
                (source, target), borrowed = given, False
            if lang == "en" and plover == "RETREAT" and source is not None and target is not None \
                    and target.first == trig.last + 2 and target.group != source.group \
                    and toks.items[trig.last][0].lower() in _FLIGHT_VERBS \
                    and toks.items[trig.last + 1][0].lower() == "to":
                # "Assad fled to Moscow", "flees to Russia": the state one flees to is the
                # host that shelters him (AID), not a side he withdraws from.
                spec, plover = replace(spec, type="Aid", planned_type=None), "AID"
                (source, target), borrowed = (target, source), False
            if lang == "en" and plover == "REJECT" and source is not None \
                    and (target is None or target.first > trig.last) and self._denies_charge(doc, trig):
                # "Iran denied any part in the Jordan attack", "denies posing any threat to
                # Turkey", "denied that Ankara had signed up to it": a denial answers a
                # charge; names in the denied words are part of it, the side rejected is
                # the accuser of the source just told, if any.
                target, borrowed = self._latest_toward("ACCUSE", source, sent_no, 3, recent), False
            if plover in ("REQUEST", "COERCE") and (caller := self._caller(doc, trig, in_clause)) is not False:
                # "amid calls from the opposition for Turkey to press Moscow", دعوات من
                # المعارضة: the callers are unnamed, no event; "calls from Ankara": the caller.
                if caller is None:
                    continue
                if source is None or caller.group != source.group:
                    if target is caller:
                        target = None
                    source, borrowed = caller, False
                    if target is None:
                        target = next((p for p in in_clause if p.first > caller.last and p.group != caller.group), None)
            if lang == "en" and plover in ("SUPPORT", "COOPERATE", "AID") and self._backs_unnamed(doc, trig):
                # "groups backed by Tehran", "the militias it backs": the backing describes
                # an unnamed body of fighters; no side named in the sentence receives it.
                continue
            if spec.type in _SANCTIONS and source is not None and self._meeting_subject(doc, trig, source):
                # "تستضيف العاصمة السعودية اجتماعا ... لبحث ... ورفع العقوبات عنها": the
                # host of the meeting that discusses the sanctions does not impose or lift them.
                continue
            if spec.type in _SANCTIONS and (source is None or target is None):
                source, target = self._sanctions_parties(doc, trig, sent_no, source, target,
                                                         instruments, recent)
            if lang == "en" and plover == "AID" and spec.pledge and target is None and source is not None \
                    and toks.items[trig.first][0] in ("help", "helps", "helping"):
                if source.index >= 0 and source.first > 0 \
                        and toks.items[source.first - 1][0] in ("for", "to", "of", "with"):
                    # "support for Syria's transition and said the emirate would help": a name
                    # behind a preposition is no helper, and the helper goes unnamed.
                    continue
                # "would help its neighbour rebuild infrastructure ... and voiced support for
                # Syria's unity", "help restore the country's electricity sector" after
                # "support for Syria's transition": the side helped is the other side named
                # nearest in the sentence, after the words first.
                others = [p for i in actors_in.get(sent_no, ())
                          if (p := party(i)) is not None and p.group != source.group]
                target = self._nearest_side(others, trig)
                borrowed = False
                if status == "asserted":
                    status = "planned"  # the help is still to come; the pledge dates it
            provoked = False
            if lang == "en" and plover == "ASSAULT" and (cause := self._provocation(doc, trig, sent_no, deeds_at)):
                # "US hits Syrian air base after chemical attack", "pounds pro-Assad forces
                # after assault on SDF base", "strike Syria over suspected gas attack": the
                # deed told as the cause of a strike, with no doer of its own, was done by
                # the one struck, against the side named after it (or none named).
                if self._headline(doc, sent_no):
                    # A headline's cause has no date of its own (the lead's day is the
                    # strike's), and the story tells it again: no event from the headline.
                    continue
                struck, striker = cause
                # ("a drone attack that killed three American soldiers": the same phrase, up
                # to the next comma.)
                victim = next((p for i in actors_in.get(sent_no, ())
                               if doc.actors[i].first > trig.last
                               and "," not in doc.text[toks.items[trig.last][2]:doc.actors[i].start]
                               and (p := party(i)) is not None and p.group != struck.group), None)
                if victim is None and trig.last + 2 < len(toks) and toks.items[trig.last + 1][0] in ("on", "against") \
                        and toks.items[trig.last + 2][0] in ("its", "their"):
                    victim = striker  # "after deadly strike on its troops"
                source, target, borrowed, provoked = struck, victim, False, True
            elif trig.first in caused:
                continue  # a cause whose doer cannot be told: no event, as for a deed asked for
            # Ruling out a deed ("ruled out joining the accords") stands without a target.
            needs_target = spec.needs_target and not provoked and not (plover == "REJECT" and trig.first in governed)
            # "supplied weapons to groups fighting ISIS": the partner goes unnamed, the deed
            # is told.
            needs_target = needs_target and not (fought and plover in ("AID", "COOPERATE"))
            if needs_target and target is None and source is not None and plover == "REQUEST" \
                    and self._generic_addressee(doc, trig, source, generic):
                # "urged foreign governments to take back their citizens", ناشد المجتمع
                # الدولي: addressed to all, the demand has no side we can name.
                needs_target = False
            if needs_target and target is None and source is not None and plover == "REQUEST" \
                    and self._called_for(doc, trig, source):
                # "called for an end to the killings", دعا إلى وقف القتل، داعيا إلى رفع
                # العقوبات: the deed asked for is told, asked of no one named.
                needs_target = False
            if clause_asked and target is None and toks.items[trig.first][0].lower() \
                    not in _grammar_words(lang, "reporting_verbs"):
                # "urged that state institutions be preserved": asked of no one named. A
                # reporting verb ("insisted that only militants were hit") asserts instead.
                needs_target = False
            if source is not None and target is None and needs_target:
                recent.append((sent_no, plover, source, None))  # reactions may still answer it
            together: list[Party] = []  # the co-subjects of a mutual act ("X, Y and Z agreed")
            trio = self._trio_subject(doc, trig, in_clause, trios) if mutual else None
            sides = None if trio is not None or not mutual else \
                self._meeting_sides(doc, trig, in_clause, sent_no, sides_words, met) \
                or self._meeting_during(doc, trig, in_clause, sent_no, met)
            if trio is not None:
                # "the three sides agreed", اتفقت الأطراف الثلاثة: the three states just listed.
                source, together, borrowed = trio[0], list(trio[1:]), False
                target = together[0]
            elif sides is not None:
                # "واتفق الطرفان على مواصلة المباحثات": the sides of the meeting just told.
                source, together, borrowed = sides[0], list(sides[1:]), False
                target = together[0]
            elif source is not None and mutual and source.index >= 0 and not borrowed:
                limit = trig.first if source.last < trig.first else clause[1]
                together = [p for p in self._coordinated(doc, source, in_clause, limit)
                            if p.group != source.group]
                if target is not None and not any(p is target or p.group == target.group for p in together):
                    together = []  # "X and Y agreed with Z": the list is one side
                if together and target is None:
                    target = together[0]
            if source is not None:
                subject_of[trig.first] = source
            if source is not None and target is None and needs_target and plover in _LONE_SIDE_PLOVERS:
                # "Islamic State fighters overran the town, pushing Syria's army back": a
                # demand, a threat, a meeting or an attack whose clause names no other side
                # takes the one other side its sentence names, when it names no third.
                target = self._lone_side(
                    trig, source, actors_in.get(sent_no, ()), party, partners,
                    before=first_reaction.get(sent_no, trig.first) >= trig.first)
            if source is None or (target is None and needs_target):
                if value and not carried and lead is None and status == "asserted" \
                        and len(value) == 10 and date.kind == "point":
                    # The lead's deed may name no target ("carried out its first air
                    # strikes in Syria on Wednesday"); its date is still the story's.
                    lead = date
                    if source is not None:
                        lead_story.append((plover, source.group, None))
                continue
            if target is not None and target.group == source.group:
                continue
            # A statement (a call, an accusation, support, a rejection, a pledge) told undated
            # after the lead is made at the lead's scene ("At the session, the Chinese
            # envoy accused Washington"), whoever its sides; a deed must retell the story.
            if date is lead and carried is lead and not self._lead_story(plover, source, target, lead_story) \
                    and plover not in _REACTIONS | {"REQUEST"} and not spec.pledge \
                    and not self._follows_the_lead(doc, sent_no, source, target, last_dated, lead, lead_story):
                date = carried = value = None
            etype = spec.type
            if status == "planned" and spec.planned_type:
                etype = spec.planned_type
            sources = [source]
            if not borrowed and source.index >= 0:
                limit = trig.first if source.last < trig.first else clause[1]
                # A partner after a subject right after its verb (قصفت واشنطن الى جانب
                # لندن ...) strikes too; _coordinated takes it only after a co-agent phrase.
                listed = sorted(in_clause + (co_partners if source.first == trig.last + 1 else []),
                                key=lambda p: p.first)
                sources += [p for p in self._coordinated(doc, source, listed, limit)
                            if target is None or (p is not target and p.group != target.group)]
            if not borrowed or from_topic:
                # A subject carried over from the sentence before ("He flew to Riyadh")
                # goes on being the topic of the next.
                sources_of.setdefault(sent_no, source)
            recent.append((sent_no, plover, source, target))
            deeds_at[trig.first] = (plover, source, target)
            if lead is not None and value == lead.value:
                lead_story.append((plover, source.group, target.group if target else None))
            if mutual:
                met.append((sent_no, tuple([source, *together]) if together else tuple(
                    [*sources, *([target] if target is not None else [])])))
            for src, tgt in self._together(sources, target, together):
                src_ref = self._party_ref(doc, src, value or pub, lang)
                tgt_ref = self._party_ref(doc, tgt, value or pub, lang) if tgt else None
                if src_ref.group is None or (tgt_ref is not None and tgt_ref.group is None):
                    continue  # a person who held no role at the event's date
                key = (etype, src_ref.group, tgt_ref.group if tgt_ref else None, value, status)
                if key in seen:
                    continue
                seen.add(key)
                start, end = self._sentence_span(doc, sent_no)
                confidence = 0.6 if borrowed else 0.85
                if src.kind == "adjective":
                    confidence -= 0.1
                events.append(Event(
                    id=f"{doc.doc_id}/e{len(events) + 1}", type=etype, plover=event_plover(etype),
                    source=src_ref, target=tgt_ref, date=value,
                    date_precision=date.precision if date and value else None,
                    status=status, confidence=confidence,
                    quote=doc.text[start:end], start=start + offset, end=end + offset, sentence=sent_no,
                ))
            if value and not carried:
                last_dated = (sent_no, date)
                read_as.setdefault(date.start, value)
                if lead is None and status == "asserted" and len(value) == 10 and date.kind == "point":
                    lead = date
                    lead_story.append((plover, source.group, target.group if target else None))
            elif value and lead is None and status == "asserted" and len(value) == 10 \
                    and date.kind == "point" and self._headline(doc, sent_no):
                # The headline's deed, dated by the lead paragraph, is the story's news
                # even when the lead tells it in words no trigger takes.
                lead = date
                lead_story.append((plover, source.group, target.group if target else None))
        return events

    def _previous_subject(self, doc: Doc, trig: Hit, source: Party, sent_no: int, party) -> Party | None:
        """The actor a reaction answers when its object takes up a deed just told ("Israel
        announced a plan. Jordan condemned the decision", ودانت الأردن القرار) and no
        event told names who did it: the subject of the sentence before, in the same
        paragraph (its first actor after no preposition), when of another group."""
        nxt = trig.last + 1
        if doc.lang == "ar" and source.first == nxt:
            nxt = source.last + 1  # verb-subject order: دانت الأردن القرار
        if not sent_no or not self._same_paragraph(doc, sent_no - 1, sent_no) or not any(
                h.first == nxt for h in _grammar_hits(doc, "anaphoric_deeds")):
            return None
        p = self._sentence_subject(doc, sent_no - 1, party)
        return p if p is not None and p.group != source.group else None

    @staticmethod
    def _past_fronted_phrase(doc: Doc, clause: tuple[int, int], trig: Hit, parties: list[Party]) -> list[Party]:
        """``parties`` without the names inside an English clause's fronted adverbial ("In
        letters to the UN, the Syrian foreign ministry denounced ...", "During talks with
        Lavrov, Fidan said ..."): the clause opens with a preposition (grammar.toml:
        fronted_openers), its first comma closes the phrase before the trigger, and an
        unmarked name follows the comma as the subject. The addressee of the letter or the partner of
        the talks is no co-subject of what the subject does."""
        first = clause[0]
        if doc.toks.items[first][0] not in _grammar_words("en", "fronted_openers"):
            return parties
        text, items = doc.toks.normal.text, doc.toks.items
        comma = next((i for i in range(first + 2, trig.first)
                      if "," in text[items[i - 1][2]:items[i][1]]), None)
        if comma is None or not any(not p.marked and comma <= p.first < trig.first for p in parties):
            return parties
        return [p for p in parties if not (first <= p.first and p.last < comma)]

    @staticmethod
    def _generic_addressee(doc: Doc, trig: Hit, source: Party, generic: set[int]) -> bool:
        """Whether a demand is addressed to a collective no group stands for
        (grammar.toml: generic_addressees): it opens within a few words after the
        trigger (after a subject that follows its verb: ناشدت قسد الدول), in its clause,
        with an article, "on" or "to" (called on, appealed to) at most between."""
        seg = doc.seg
        start = source.last if trig.last < source.first <= trig.last + 4 else trig.last
        for i in range(start + 1, min(start + 4, len(doc.toks))):
            if seg.clause_of[i] != seg.clause_of[trig.first]:
                return False
            if i in generic:
                return True
            word = doc.toks.items[i][0]
            if word in _grammar_words(doc.lang, "addressee_modifiers") and (i + 1 in generic or i + 2 in generic):
                continue  # "Western governments", "all armed groups": a qualifier of the collective
            # An article or preposition of the verb, or an adverb (مرارًا، مجددًا, "again").
            if word not in ("the", "on", "to", "upon", "again", "repeatedly", "الى", "علي") and not (
                    doc.lang == "ar" and len(word) >= 4 and word.endswith("ا")):
                return False
        return False

    @staticmethod
    def _called_for(doc: Doc, trig: Hit, source: Party) -> bool:
        """Whether a demand names the deed asked for and no addressee: Arabic إلى right
        after the verb (after a subject that follows it: دعا الوزير إلى وقف ...), English
        "called for" (grammar.toml: called_for) with its object right after."""
        words = _grammar_words(doc.lang, "called_for")
        if not words:
            return False
        if doc.lang == "en":
            return doc.toks.items[trig.last][0].lower() in words
        seg = doc.seg
        nxt = trig.last + 1
        if trig.last < source.first <= trig.last + 4:
            # "وقّع ترامب ...، ودعا أنقرة إلى": after a subject told before in its
            # sentence, the name after the verb is the one called on, not the subject.
            sent = seg.sentence_of[trig.first]
            if any(seg.sentence_of[a.first] == sent and a.last < trig.first for a in doc.actors):
                return False
            nxt = source.last + 1
        return nxt < len(doc.toks) and seg.clause_of[nxt] == seg.clause_of[trig.first] \
            and doc.toks.items[nxt][0] in words

    @staticmethod
    def _report(doc: Doc, trig: Hit) -> tuple[int, int, tuple[int, int]] | None:
        """The reporting verb whose reported clause holds ``trig``: (the verb's token, the
        first token of the reported clause, the span where its speaker is named), or None.

        The reported clause follows a reporting verb (grammar.toml: reporting_verbs) and
        opens with a complementiser ("said that ...", قال إن ...، أكد أن ...), or in English
        right after the verb ("said Damascus must ..."). English wire copy also puts the
        attribution after the words reported ("Damascus must withdraw, Ankara said"):
        a comma, then within a few words a reporting verb near the sentence's end.
        """
        seg, toks = doc.seg, doc.toks
        clause_no = seg.clause_of[trig.first]
        sent = seg.sentence_of[trig.first]
        s0, s1 = seg.sentences[sent]
        relatives = _grammar_words(doc.lang, "relative_pronouns")
        # "said the troops, who moved in last year, must leave": the relative clause
        # describes the reported clause's subject; the report is the clause before it.
        for _ in range(3):
            if not clause_no or seg.sentence_of[seg.clauses[clause_no - 1][0]] != sent:
                break
            if toks.items[seg.clauses[clause_no][0]][0].lower() in relatives \
                    or toks.items[seg.clauses[clause_no - 1][0]][0].lower() in relatives:
                clause_no -= 1
        lo = seg.clauses[clause_no][0]
        verbs = [h for h in _grammar_hits(doc, "reporting_verbs") if s0 <= h.first <= s1]
        comp = _grammar_words(doc.lang, "complementisers")
        head = toks.items[lo][0].lower()
        if head in comp and clause_no and seg.sentence_of[lo - 1] == sent:
            before = seg.clauses[clause_no - 1]
            inside = [h for h in verbs if before[0] <= h.first <= before[1]]
            if inside:
                return inside[-1].last, lo + 1, (s0, lo - 1)
        if doc.lang == "en":
            if any(h.first == lo for h in verbs):
                return lo, lo + 1, (s0, lo - 1)
            after = [h for h in verbs if h.first > trig.last]
            if after:
                h = after[0]
                text = toks.original[toks.span(trig.last, trig.last)[1]:toks.span(h.first, h.first)[0]]
                tail = [i for i in range(trig.last + 1, h.first) if "," in toks.original[
                    toks.span(i - 1, i - 1)[1]:toks.span(i, i)[0]]]
                if "," in text and tail and h.first - tail[-1] <= 4:
                    return h.first, s0, (tail[-1], min(s1, h.last + 3))
        return None

    def _addressed(self, doc: Doc, trig: Hit, report: tuple[int, int, tuple[int, int]], sent_no: int,
                   sources_of: dict[int, Party], party, inside: frozenset[int]) -> tuple[Party, Party] | None:
        """Speaker and addressee of a demand or threat told in reported speech: the
        speaker is the first actor (no place, after no preposition) of the reporting
        clause, else the one the sentence or story is about ("he said"); the addressee is
        the subject of the reported clause, named within its first few words and before
        the word ("said Damascus must withdraw", أكد أن دمشق ستدفع الثمن) or, after على,
        the name that follows (إن على واشنطن سحب قواتها). A name in the possessive
        ("Syria's unity must be respected") or deeper in the clause ("the money the
        government needs to ...") is no addressee."""
        seg, toks = doc.seg, doc.toks
        verb, comp, (a, b) = report
        speaker = None
        # "Its foreign ministry called Israel ... and said": a possessive subject is the
        # one the story is about; a name after it is the verb's object, no speaker.
        owned = doc.lang == "en" and toks.items[a][0] in ("its", "their")
        for i, h in enumerate(doc.actors):
            if a <= h.first <= b and h.first != trig.first and (p := party(i)) \
                    and not p.marked and not p.locative and not owned:
                speaker = p
                break
        if speaker is None:
            # "..., he told reporters": not the reported clause's subject, but the one
            # spoken of before the sentence.
            trailing = comp == seg.sentences[sent_no][0]
            found = self._topic(doc, sent_no, seg.clause_of[a] if owned else
                                seg.clause_of[comp if trailing else verb] + 1, sources_of, party, inside)
            speaker = next((p for p in found if not p.marked), None)
        if speaker is None:
            return None
        target = None
        if doc.lang == "ar" and toks.items[trig.last][0] in ("علي", "على"):
            for i, h in enumerate(doc.actors):
                if h.first == trig.last + 1 and (p := party(i)) and not p.locative:
                    target = replace(p, marked=False)
        else:
            for i, h in enumerate(doc.actors):
                if comp <= h.first <= comp + 3 and h.last < trig.first and seg.sentence_of[h.first] == sent_no \
                        and (p := party(i)) and not p.marked and not p.locative \
                        and doc.text[h.end:h.end + 2] not in ("'s", "\u2019s"):
                    target = p
                    break
        if target is None and doc.lang == "en" and toks.items[comp][0] in ("it", "they") \
                and trig.first - comp <= 3:
            target = self._pronoun_addressee(doc, verb, sent_no, speaker, party)
        if target is None or target.group == speaker.group:
            return None
        return speaker, target

    @staticmethod
    def _pronoun_addressee(doc: Doc, verb: int, sent_no: int, speaker: Party, party) -> Party | None:
        """The one a pronoun subject of an English reported clause stands for when it is
        not the speaker: the last actor named between the speaker (or the sentence's
        start) and the reporting verb ("Its ministry called Israel a threat and said it
        must withdraw": Israel). With none between ("Turkey said it must ...") the
        pronoun is the speaker's own and there is no addressee."""
        lo = max(doc.seg.sentences[sent_no][0], speaker.last + 1 if speaker.index >= 0 else 0)
        found = None
        for i, h in enumerate(doc.actors):
            if lo <= h.first and h.last < verb and (p := party(i)) and not p.locative \
                    and p.group != speaker.group:
                found = p
        return found

    @staticmethod
    def _trios(doc: Doc, mentions: list[Mention], joined: frozenset[int]) -> dict[int, tuple[Party, ...]]:
        """Phrases for three sides ("the three countries", الأطراف الثلاثة) by first token,
        each with the three groups of the last list of three before it ("Russia, Turkey
        and Iran")."""
        hits = _grammar_hits(doc, "three_sides")
        if not hits:
            return {}
        lists: list[tuple[int, list[str]]] = []  # (last token, distinct groups) of each list
        run: list[str] = []
        for k, m in enumerate(mentions):
            if k not in joined:
                run = []
            if m.group and m.group not in run:
                run.append(m.group)
            if k + 1 not in joined:
                lists.append((m.hit.last, list(run)))
        out: dict[int, tuple[Party, ...]] = {}
        for h in hits:
            before = [groups for last, groups in lists if last < h.first and len(groups) >= 2]
            if before and len(before[-1]) == 3:
                out[h.first] = tuple(Party(-1, h.first, h.last, g, "name") for g in before[-1])
        return out

    @staticmethod
    def _trio_subject(doc: Doc, trig: Hit, in_clause: list[Party],
                      trios: dict[int, tuple[Party, ...]]) -> tuple[Party, ...] | None:
        """The three sides of a mutual act whose subject is a phrase for them: before its
        verb with no name between, or (Arabic) just after it."""
        for first, trio in trios.items():
            if doc.seg.clause_of[first] != doc.seg.clause_of[trig.first]:
                continue
            if first < trig.first and not any(first < p.first < trig.first for p in in_clause):
                return trio
            if doc.lang == "ar" and 0 < first - trig.last <= 2:
                return trio
        return None

    @staticmethod
    def _meeting_sides(doc: Doc, trig: Hit, in_clause: list[Party], sent_no: int,
                       words: dict[int, Hit], met: list[tuple[int, tuple[Party, ...]]]
                       ) -> tuple[Party, ...] | None:
        """The sides of a mutual act whose subject is a word for the parties of a meeting
        (Arabic: الطرفان، الجانبان، الوزيران، المشاركون، المجتمعون; grammar.toml:
        meeting_sides) right after its verb, or up to four words before it with no name
        between ("إن المجتمعين بحثوا", "إن الجانبين اتفقا على مواصلة اجتماعات"): the sides of the story's meeting, the first meeting,
        agreement or cooperation told (the one with the most sides in its sentence). With a
        name in the clause, or no such act told before, nothing."""
        if doc.lang != "ar" or any(not p.locative for p in in_clause) or not met:
            return None
        clause = doc.seg.clause_of[trig.first]
        hit = words.get(trig.last + 1) or next(
            (h for h in words.values() if doc.seg.clause_of[h.first] == clause
             and 0 < trig.first - h.last <= 4), None)
        if hit is None:
            return None
        first = met[0][0]
        if first == sent_no:
            return None
        sides = max((s for n, s in met if n == first), key=len)
        return sides if len({p.group for p in sides}) >= 2 else None

    @staticmethod
    def _meeting_during(doc: Doc, trig: Hit, in_clause: list[Party], sent_no: int,
                        met: list[tuple[int, tuple[Party, ...]]]) -> tuple[Party, ...] | None:
        """The sides of an Arabic meeting told as the occasion of a mutual act before it in
        its sentence ("اتفقت سوريا وتركيا ... على إنشاء مركز، وذلك خلال اجتماع استضافته
        عمّان", "قبل أن يتفق وزيرا الدفاع ...، خلال اتصال هاتفي"): the meeting noun right
        after خلال (or وذلك في), in a later clause, is held by the sides of that act. A name
        in the meeting's clause other than a place or one of those sides (its host), or no
        such act earlier in the sentence, and nothing."""
        items = doc.toks.items
        if doc.lang != "ar" or trig.first < 2:
            return None
        before = [items[trig.first - 2][0], items[trig.first - 1][0]]
        if before[1] != "خلال" and before != ["وذلك", "في"]:
            return None
        clause = doc.seg.clause_of[trig.first]
        told = [s for n, s in met if n == sent_no and all(doc.seg.clause_of[p.first] < clause
                                                          for p in s if p.index >= 0)]
        if not told:
            return None
        sides = max(told, key=len)
        groups = {p.group for p in sides}
        if any(not p.locative and p.group not in groups for p in in_clause):
            return None  # "خلال اجتماع مع وزير الخارجية التركي": its own other side
        return sides if len(groups) >= 2 else None

    @staticmethod
    def _together(sources: list[Party], target: Party | None,
                  together: list[Party]) -> list[tuple[Party, Party | None]]:
        """The sides of one trigger's events as ``(source, target)``: each listed subject
        with the target, or, for a list that agrees, meets or cooperates among itself
        ("Russia, Turkey and Iran agreed"), every pair of the list. (A deed of arms done
        by several is not made their cooperation too: the dev golds pair the joiners
        with the campaign's leader, not with one another.)"""
        if together:
            listed = [sources[0], *together]
            return [(a, b) for k, a in enumerate(listed) for b in listed[k + 1:] if a.group != b.group]
        return [(src, target) for src in sources]

    @staticmethod
    def _participle(doc: Doc, trig: Hit, clause: tuple[int, int]) -> bool:
        """Whether a trigger is a participle opening a clause after the first of its
        sentence (", accusing Washington of ...", "، متهماً العواصم الغربية", واصفاً): the
        adverbial clause of a speaker, whose subject is the sentence's."""
        first = clause[0] + (1 if doc.toks.items[clause[0]][0] in ("and", "و") else 0)
        if trig.first != first or doc.seg.sentence_of[clause[0] - 1 if clause[0] else 0] != \
                doc.seg.sentence_of[clause[0]] or clause[0] == 0:
            return False
        word = doc.toks.items[trig.first][0]
        if doc.lang == "en":
            return word.endswith("ing")
        word = word[1:] if word.startswith("و") and len(word) > 4 else word
        return len(word) >= 4 and word[-1] in ("ا", "ه") and (word[0] == "م" or word[1] == "ا")

    @staticmethod
    def _place_office(doc: Doc, trig: Hit, trig_last: int, sent_no: int, party) -> Party | None:
        """The state of an office that follows an Arabic verb with no state named with it
        ("أعلنت وزارة الخارجية تأييدها ...", "ندد المتحدث باسم الخارجية بـ..."), when the
        verb comes right after the place its sentence opens on ("في دمشق، ...", "وفي
        أنقرة، ..."): the place's state. The trigger is the verb or the noun right after
        the office's words."""
        items = doc.toks.items
        if doc.lang != "ar":
            return None
        lo, hi = doc.toks.span(*doc.seg.sentences[sent_no])
        m = _PLACE_OPENER["ar"].match(doc.text[lo:hi])
        if not m:
            return None
        for i, h in enumerate(doc.actors):
            if h.start != lo + m.start(1) or not h.actor_id or not h.actor_id.isupper():
                continue
            verb = h.last + 1
            if verb + 1 >= len(items) or items[verb + 1][0] not in _grammar_words("ar", "office_heads"):
                return None
            # The office's words run up to the object ("بالغارات"، "على"، "أن").
            end = verb + 1
            while end + 1 < min(len(items), verb + 2 + _OFFICE_REACH):
                w = items[end + 1][0]
                if (w.startswith(("بال", "لل")) and w != "باسم") or w in ("على", "عن", "ان", "بان", "الى") \
                        or end + 1 == trig.first:
                    break
                end += 1
            if trig.first != verb and (trig.first != end + 1 or any(t.first == verb for t in doc.triggers)):
                return None  # a noun after the office is the deed only when the verb is none
            if any(verb < q.first <= end and q.kind != "modifier" for q in doc.actors):
                return None  # "وزارة الخارجية الروسية": the office's state is told
            p = party(i)
            return replace(p, marked=False, locative=False) if p else None
        return None

    @staticmethod
    def _sentence_subject(doc: Doc, sent_no: int, party) -> Party | None:
        """The first actor of a sentence that is no place and follows no preposition."""
        lo, hi = doc.seg.sentences[sent_no]
        return Extractor._first_subject(doc, lo, hi + 1, party)

    @staticmethod
    def _first_subject(doc: Doc, lo: int, hi: int, party) -> Party | None:
        """The first actor beginning at a token in ``[lo, hi)`` that is no place and follows
        no preposition."""
        for i, h in enumerate(doc.actors):
            if lo <= h.first < hi and (p := party(i)) and not p.marked and not p.locative:
                return p
        return None

    @staticmethod
    def _pronoun_speaker(doc: Doc, sent_no: int) -> bool:
        """Whether an Arabic sentence opens with a speaker named by an office and a pronoun
        (grammar.toml: pronoun_offices — "وأكد المتحدث باسمها", "وقال مسؤول فيها")."""
        lo, hi = doc.seg.sentences[sent_no]
        words = " ".join(doc.toks.items[k][0] for k in range(lo, min(hi + 1, lo + 5)))
        return any(f" {w} " in f" {words} " for w in _grammar_words("ar", "pronoun_offices"))

    @staticmethod
    def _dropped_subject(doc: Doc, trig: Hit, parties: list[Party], sent_no: int, party) -> Party | None:
        """The subject of an Arabic masculine verb whose object follows it at once ("واتهم
        الولايات المتحدة وروسيا بـ...", "وطالب أنقرة بالالتزام"): when the verb (grammar.toml:
        masculine_verbs) is right before a feminine name (a state, a capital, forces;
        grammar.toml: feminine_names, or a name ending in ة or ا) and no actor precedes it in
        its clause, the name cannot be its subject; the subject is "he", the subject of the
        sentence before, which must be a person or body of masculine form."""
        if doc.lang != "ar" or sent_no == 0 or any(p.last < trig.first and not p.marked for p in parties):
            return None
        items = doc.toks.items
        word = items[trig.first][0]
        if word[:1] in ("و", "ف") and word[1:] in _grammar_words("ar", "masculine_verbs"):
            word = word[1:]
        if word not in _grammar_words("ar", "masculine_verbs"):
            return None
        obj = next((p for p in parties if p.first > trig.first), None)
        if obj is None or obj.first != trig.first + 1 or obj.marked or obj.kind == "adjective":
            return None
        name = items[obj.first][0]
        if not (name in _grammar_words("ar", "feminine_names") or name.endswith(("ه", "ا"))):
            return None
        lo, hi = doc.seg.sentences[sent_no - 1]
        for i, h in enumerate(doc.actors):
            if lo <= h.first <= hi and (p := party(i)) and not p.marked and not p.locative:
                person = not doc.actors[i].actor_id.isupper()
                if not person and (items[p.last][0].endswith(("ه", "ا")) or (
                        p.kind != "adjective" and items[p.first][0] in _grammar_words("ar", "feminine_names"))):
                    return None  # a state was the subject: the verb would be feminine
                return p
        return None

    @staticmethod
    def _shared_subject(doc: Doc, trig: Hit, parties: list[Party], sent_no: int, clause_no: int,
                        party) -> Party | None:
        """The subject an Arabic verb joined by و or ف shares with the verb before it
        ("ودانت الحكومة التركية الخطوة، ...، وطالبت واشنطن بالكف عن تسليح ..."): the verb
        (grammar.toml: addressee_verbs — طالب، دعا، حث، ناشد، اتهم، حمّل) opens its clause
        with no actor before it, a name follows it at once and a word of the object
        (grammar.toml: addressee_markers — بـ، إلى، على، مسؤولية) follows the name: the
        name is the one addressed, and the subject is the sentence's, told before the
        clause. None when no such subject was told."""
        if doc.lang != "ar" or any(p.last < trig.first and not p.marked for p in parties):
            return None
        items = doc.toks.items
        word = items[trig.first][0]
        verbs = _grammar_words("ar", "addressee_verbs")
        if word[:1] in ("و", "ف") and word[1:] in verbs:
            pass
        elif not (word in verbs and trig.first > 0 and items[trig.first - 1][0] in ("و", "ف")):
            return None
        obj = next((p for p in parties if p.first > trig.first), None)
        if obj is None or obj.first != trig.first + 1 or obj.marked or obj.last + 1 >= len(doc.toks):
            return None
        after = items[obj.last + 1][0]
        markers = _grammar_words("ar", "addressee_markers")
        # The word may close a split trigger ("وحمّلت الولايات المتحدة مسؤولية").
        if not (after in markers or (after[:1] == "ب" and len(after) > 3) or obj.last + 1 == trig.last):
            return None
        subject = Extractor._subject(doc, sent_no, clause_no, party)
        if subject is None or subject.group == obj.group:
            return None
        return replace(subject, marked=False, locative=False)

    @staticmethod
    def _joined_clause_subject(doc: Doc, trig: Hit, parties: list[Party], sent_no: int, clause_no: int,
                               party) -> Party | None:
        """The subject of an Arabic verb joined by و that opens a clause after the
        sentence's first ("وتراقب أنقرة ...، إذ طالما طالبت بحلّ الوحدات، التي تشكل عماد
        قسد، ولوّحت بعمل عسكري ضدها"): with no actor before it in its clause, the verb
        shares the sentence's subject (its first actor that is no place and follows no
        preposition), not the name closing the clause before. None in the sentence's
        first clause, when a name right after the verb is its own subject ("ووصفت أنقرة
        الخطوة") or when no subject was told."""
        if doc.lang != "ar" or any(p.last < trig.first for p in parties):
            return None
        if any(p.first == trig.last + 1 and not p.marked for p in parties):
            return None  # "ووصفت أنقرة الخطوة": a name right after the verb is its subject
        seg, items = doc.seg, doc.toks.items
        lo = seg.clauses[clause_no][0]
        if lo != trig.first or lo == seg.sentences[sent_no][0]:
            return None
        word = items[trig.first][0]
        if not (word[:1] == "و" and word[1:2] in ("ت", "ي") or word[:1] == "و" and word.endswith("ت")):
            return None
        subject = Extractor._subject(doc, sent_no, clause_no, party)
        if subject is None:
            return None
        return replace(subject, marked=False, locative=False)

    @staticmethod
    def _office_subject(doc: Doc, trig_last: int, parties: list[Party]) -> Party | None:
        """The state whose office is the subject of an Arabic verb: the verb is followed
        by an office noun (grammar.toml: office_heads — مصادر، وزارة، وزير، مسؤول) and a
        national adjective or name comes within a few words after it ("ونددت مصادر في
        الخارجية السورية", "أعلنت وزارة الدفاع التركية"), even behind في or من."""
        if doc.lang != "ar" or trig_last + 1 >= len(doc.toks):
            return None
        if doc.toks.items[trig_last + 1][0] not in _grammar_words("ar", "office_heads"):
            return None
        for p in parties:
            if p.first > trig_last:
                if p.first - trig_last > _OFFICE_REACH:
                    return None
                # "الأمين العام للأمم المتحدة", "المفوض السامي للأمم المتحدة": لل + article
                # after an office is "of the", the office's body.
                of_the = doc.toks.items[p.first][0].startswith("لل")
                if p.marked and doc.toks.items[p.first - 1][0] not in _OFFICE_LINKS and not of_the:
                    return None  # "دعا المبعوث ... إلى سوريا": where to, not whose
                return replace(p, marked=False, locative=False)
        return None

    @staticmethod
    def _clause_speaker(doc: Doc, clause_no: int, sent_no: int, party) -> Party | None:
        """The speaker of a reporting clause right before ``clause_no`` ("..., President
        Trump said on Sunday, thanking Russia ..."): the participle after the report is
        the speaker's, not the subject of the reported sentence. The speaker is the last
        actor before the reporting verb in that clause, or the first after it ("said
        Trump")."""
        seg = doc.seg
        if not clause_no or seg.sentence_of[seg.clauses[clause_no - 1][0]] != sent_no:
            return None
        lo, hi = seg.clauses[clause_no - 1]
        verbs = [h for h in _grammar_hits(doc, "reporting_verbs") if lo <= h.first <= hi]
        if not verbs:
            return None
        verb = verbs[0]
        start = lo
        if verb.first == lo and clause_no > 1 and seg.sentence_of[seg.clauses[clause_no - 2][0]] == sent_no:
            start = seg.clauses[clause_no - 2][0]  # "said" opens a clause of its own
        before = [p for i, h in enumerate(doc.actors) if start <= h.first < verb.first
                  and (p := party(i)) and not p.marked and not p.locative]
        if before:
            return before[-1]
        after = [p for i, h in enumerate(doc.actors) if verb.last < h.first <= hi
                 and (p := party(i)) and not p.marked and not p.locative]
        return after[0] if after else None

    @staticmethod
    def _possessive_subject(doc: Doc, trig: Hit, in_clause: list[Party], sent_no: int, clause_no: int,
                            party) -> Party | None:
        """The sentence's subject when a later English clause's subject is "its"/"their"
        and a noun or two right before the trigger ("The SDF condemned the attack, ...,
        and its officials urged ..."): the owner is the subject told first, not a name
        between. None when the clause has its own named subject or none came before."""
        items = doc.toks.items
        at = next((i for i in (trig.first - 2, trig.first - 3)
                   if i >= 0 and items[i][0] in ("its", "their")), None)
        if at is None or any(at <= p.last and p.first < trig.first for p in in_clause):
            return None
        if doc.seg.clause_of[at] != doc.seg.clause_of[trig.first]:
            return None
        return Extractor._subject(doc, sent_no, clause_no, party)

    @staticmethod
    def _subject(doc: Doc, sent_no: int, clause_no: int, party) -> Party | None:
        """The subject of a sentence, seen from its clause ``clause_no``: the first actor
        before that clause who is no place and follows no preposition."""
        return Extractor._first_subject(doc, doc.seg.sentences[sent_no][0], doc.seg.clauses[clause_no][0], party)

    @staticmethod
    def _pronoun_subject(doc: Doc, sent_no: int, upto: int, party, right_before: bool = False) -> Party | None:
        """The subject told by a conjunction with a subject pronoun (لكنه، إلا أنها;
        grammar.toml: subject_pronoun_openers) before token ``upto`` in its sentence, with
        no actor before it there: the subject of the sentence before. With
        ``right_before`` the conjunction must stand right before ``upto`` (its verb)."""
        if doc.lang != "ar" or sent_no == 0:
            return None
        seg = doc.seg
        lo = seg.sentences[sent_no][0]
        hits = [h for h in _grammar_hits(doc, "subject_pronoun_openers") if lo <= h.first and h.last < upto
                and (not right_before or h.last + 1 == upto)]
        if not hits or any(lo <= a.first < hits[0].first for a in doc.actors):
            return None
        return Extractor._sentence_subject(doc, sent_no - 1, party)

    @staticmethod
    def _lead_story(plover: str, source: Party, target: Party | None,
                    story: list[tuple[str, str, str | None]]) -> bool:
        """Whether an undated event retells the lead's story: the same two sides as an
        event of the lead's date, the same kind of event with one of its sides, or a
        reaction to one of its sides or a hand lent to one ("Jordanian warplanes took
        part in the operation": cooperation with the striking side)."""
        sides = {source.group, target.group if target else None}
        for pl, src, tgt in story:
            if sides == {src, tgt} or (pl == plover and sides & {src, tgt} - {None}):
                return True
            if plover in _REACTIONS | {"REQUEST", "COOPERATE"} and target is not None and target.group in (src, tgt):
                return True
        return False

    @staticmethod
    def _follows_the_lead(doc: Doc, sent_no: int, source: Party, target: Party | None,
                          last_dated: tuple[int, DateMention] | None, lead: DateMention | None,
                          story: list[tuple[str, str, str | None]]) -> bool:
        """Whether an undated deed told within two sentences of the lead's dated sentence,
        in its paragraph, has a side of the lead's story ("Assad's rule ended on Sunday ...
        Moscow said Assad had left office", ... وقالت الخارجية الروسية إن الأسد غادر
        منصبه): it is the lead's news told on, on the lead's day. In a new paragraph
        only a deed by a side of the story is ("The United States imposed sanctions on
        Syria" after a Turkish visit to Damascus tells another story, undated)."""
        if last_dated is None or last_dated[1] is not lead or sent_no - last_dated[0] > 2:
            return False
        if not Extractor._same_paragraph(doc, last_dated[0], sent_no):
            return any(source.group in (src, tgt) for _, src, tgt in story)
        sides = {source.group, target.group if target else None} - {None}
        return any(sides & {src, tgt} for _, src, tgt in story)

    @staticmethod
    def _earlier_past(doc: Doc, clause: tuple[int, int], trig: Hit) -> bool:
        """Whether the trigger's clause steps back to an earlier time: كان/كانت ... قد,
        "had" (the pluperfect), words from ``earlier_past`` in the grammar lexicon."""
        words = {doc.toks.items[i][0] for i in range(clause[0], trig.first)}
        if doc.lang == "ar":
            bare = {w[1:] if w[:1] in ("و", "ف") else w for w in words}
            if "قد" in bare and bare & {"كان", "كانت", "كانوا", "كانا"}:
                return True
        elif doc.toks.items[clause[0]][0].lower() in _REPORTING_EN:
            # "said the raids had been coordinated": reported speech shifts the tense back;
            # "had" there tells the time of the report, not an earlier one.
            words = words - {"had"}
        return bool(words & _grammar_words(doc.lang, "earlier_past"))

    def _sanctions_parties(self, doc: Doc, trig: Hit, sent_no: int, source: Party | None,
                           target: Party | None, instruments: list[Hit],
                           recent: list[tuple[int, str, Party, Party | None]]) -> tuple[Party | None, Party | None]:
        """Fill the sides a sanctions event leaves unnamed.

        A named instrument in the sentence ("the Caesar Act", قانون قيصر) gives its
        sponsor and its target; otherwise the target is the one of the sanctions last
        spoken of in the paragraph (or the article), since relief is told of the
        sanctions the story is about.
        """
        seg = doc.seg
        here = [h for h in instruments if seg.sentence_of[h.first] == sent_no]
        if here:
            h = min(here, key=lambda h: abs(h.first - trig.first))
            sponsor, aimed = h.value
            if source is None:
                source = Party(-1, h.first, h.last, sponsor, "name")
            if target is None and aimed != source.group:
                target = Party(-1, h.first, h.last, aimed, "name")
            return source, target
        if source is None or target is not None:
            return source, target
        earlier = [(s, tgt) for s, pl, _, tgt in recent
                   if pl in _SANCTION_PLOVER and tgt is not None and tgt.group != source.group]
        same = [tgt for s, tgt in earlier if s == sent_no or all(
            self._same_paragraph(doc, k, k + 1) for k in range(s, sent_no))]
        if same:
            return source, same[-1]
        before = [h for h in instruments if h.first < trig.first]
        if before and before[-1].value[1] != source.group:
            h = before[-1]
            return source, Party(-1, h.first, h.last, h.value[1], "name")
        if earlier:
            return source, earlier[-1][1]
        return source, target

    @staticmethod
    def _pronoun_object(doc: Doc, trig: Hit, source: Party | None = None) -> bool:
        """Whether a trigger's object is a pronoun: منحتهم, استقبله, "granted them", or a
        preposition with its pronoun a few words on in the clause, no name but the
        subject between ("threatened military action against it", هدد أردوغان بعمل عسكري
        ضدها; grammar.toml: pronoun_objects)."""
        clause = doc.seg.clause_of[trig.first]
        after = trig.last
        if source is not None and source.first == trig.last + 1:
            after = source.last  # verb-subject order: the subject stands between
        names = {i for a in doc.actors for i in range(a.first, a.last + 1)}
        for h in _grammar_hits(doc, "pronoun_objects"):
            if after < h.first <= after + 4 and doc.seg.clause_of[h.first] == clause \
                    and not any(i in names for i in range(after + 1, h.first)):
                return True
        if doc.lang == "ar":
            # The original word: folding writes teh marbuta (ة) as heh (ه).
            a, b = doc.toks.span(trig.last, trig.last)
            word = "".join(ch for ch in doc.toks.original[a:b] if "\u0621" <= ch <= "\u064a")
            if len(word) > 4 and word.endswith(_AR_OBJECT_PRONOUNS) \
                    and not Extractor._own_letters(doc, trig) and not Extractor._possessed_noun(doc, trig) \
                    and not Extractor._owned_after_verb(doc, trig):
                return True
            # أبلغت سفيرها: the envoy's state, told by the pronoun on the noun, is the object.
            nxt = trig.last + 1
            if nxt >= len(doc.toks):
                return False
            if fold(doc.toks.items[nxt][0]) in _AR_DETACHED_OBJECTS:
                return True  # مطالبا إياه: the object pronoun standing alone
            a, b = doc.toks.span(nxt, nxt)
            noun = "".join(ch for ch in doc.toks.original[a:b] if "\u0621" <= ch <= "\u064a")
            return any(noun.startswith(stem) and noun[len(stem):] in _AR_OBJECT_PRONOUNS
                       for stem in _envoy_nouns("ar"))
        nxt = trig.last + 1
        if nxt + 1 < len(doc.toks) and doc.toks.items[nxt][0] in _EN_POSSESSIVES:
            # "notified its ambassador": the envoy's state is the object.
            return doc.toks.items[nxt + 1][0] in _envoy_nouns("en")
        return nxt < len(doc.toks) and doc.toks.items[nxt][0] in _EN_OBJECT_PRONOUNS

    @staticmethod
    def _own_letters(doc: Doc, trig: Hit) -> bool:
        """Whether the ending هم of an Arabic one-word trigger, which looks like the object
        pronoun, is the word's own letters (وتتهم: تتهم is the trigger form itself): the
        whole word is an exact trigger form and the word without the ending is none
        (استقبلتهم: استقبلت is, so هم is a pronoun there)."""
        token = doc.toks.items[trig.last][0]
        if trig.first != trig.last or not trig.exact or not token.endswith("هم"):
            return False
        return not _exact_trigger_form(token[:-2])

    @staticmethod
    def _whom_sides(doc: Doc, trig: Hit, in_sentence, party) -> tuple[Party, Party] | None:
        """The sides of an English verb in a relative clause opened by "whom" right after a
        name ("Assad, whom it accuses of ...", "the YPG, whom Ankara regards as ...") or by
        "which"/"that" with a name as its subject ("the YPG, which Washington backs"): the
        subject after the relative word (a name, or after "whom" a pronoun standing for the
        first name of the sentence) acts on the name before it. ``in_sentence`` holds the
        indices of the sentence's actors."""
        items = doc.toks.items
        w = next((k for k in range(trig.first - 1, max(trig.first - 4, 0) - 1, -1)
                  if items[k][0].lower() in ("whom", "which", "that")), None)
        if w is None or w == 0:
            return None
        if items[w][0].lower() != "whom" and not any(w < h.first and h.last < trig.first for h in doc.actors):
            return None  # "the YPG, which attacked": "which" is the subject; "which Washington backs": the object
        parties = [p for i in in_sentence if (p := party(i))]
        before = [p for p in parties if p.last < w and w - p.last <= 2
                  and all(items[k][0] in (",",) for k in range(p.last + 1, w))]
        if not before:
            return None
        obj = before[-1]
        between = [p for p in parties if w < p.first and p.last < trig.first]
        if between:
            subject = between[0]
        elif any(items[k][0].lower() in _SUBJECT_PRONOUNS for k in range(w + 1, trig.first)):
            subject = next((p for p in parties if p.first < obj.first and not p.marked and p.group != obj.group), None)
        else:
            return None
        if subject is None or subject.group == obj.group:
            return None
        return subject, obj

    @staticmethod
    def _lone_side(trig: Hit, source: Party, in_sentence, party,
                         partners: set[int], before: bool = True) -> Party | None:
        """The only side other than ``source`` that the trigger's sentence names (the
        indices of its actors are ``in_sentence``): every other name of the sentence that is
        no place and no partner ("alongside the SNA", "a
        joint operation with US forces"; grammar.toml partner_markers) belongs to one group.
        The first such name after the trigger is returned, else (with ``before``: not after
        a reaction in the sentence, whose reacting side stands before the deed it names —
        "Paris denounced the repeated strikes by the Turkish army") the last before it."""
        others = [p for i in in_sentence
                  if (p := party(i)) is not None and not p.locative and p.group != source.group]
        if any(p.first in partners for p in others):
            return None
        if len({p.group for p in others}) != 1:
            return None
        return Extractor._nearest_side(others, trig, before=before)

    @staticmethod
    def _nearest_side(others: list[Party], trig: Hit, before: bool = True) -> Party | None:
        """The first of ``others`` (in text order) after the trigger, else, with
        ``before``, the last before it."""
        return next((p for p in others if p.first > trig.last), None) \
            or (next((p for p in reversed(others) if p.last < trig.first), None) if before else None)

    @staticmethod
    def _after_markers(doc: Doc, key: str) -> set[int]:
        """The first token of what follows each match of the grammar word list ``key``,
        past an English "the" ("alongside the SDF", "without Washington")."""
        toks = doc.toks
        return {h.last + (2 if h.last + 1 < len(toks) and toks.items[h.last + 1][0] == "the" else 1)
                for h in _grammar_hits(doc, key)}

    @staticmethod
    def _host_verb(doc: Doc, trig: Hit) -> bool:
        """Whether a trigger opens with a verb of hosting (grammar.toml: host_verbs)."""
        return doc.toks.items[trig.first][0].lower() in _grammar_words(doc.lang, "host_verbs")

    @staticmethod
    def _hosts_no_guest(doc: Doc, trig: Hit) -> bool:
        """Whether a host verb hosts troops, jets, refugees or an operation, not a guest:
        one of grammar.toml's hosted_things within four words after it in its clause
        ("hosts some 900 US troops", "whose territory hosts the UN logistics operation",
        تستضيف القاعدة مقاتلات أميركية)."""
        seg = doc.seg
        if not Extractor._host_verb(doc, trig):
            return False
        clause = seg.clause_of[trig.last]
        return any(h.first - trig.last <= 4 and h.first > trig.last and seg.clause_of[h.first] == clause
                   for h in _grammar_hits(doc, "hosted_things"))

    @staticmethod
    def _passive(doc: Doc, trig: Hit) -> bool:
        """Whether an English trigger is a verb in the passive voice: a form of "be" (or
        "get") right before it, or one adverb between ("was reportedly struck")."""
        words = [doc.toks.items[i][0].lower() for i in range(max(0, trig.first - 2), trig.first)]
        return any(w in _PASSIVE_AUXILIARIES for w in words[-1:]) or (
            len(words) == 2 and words[0] in _PASSIVE_AUXILIARIES and words[1].endswith("ly"))

    @staticmethod
    def _possessed_noun(doc: Doc, trig: Hit) -> bool:
        """Whether an Arabic one-word trigger is a noun ending in teh marbuta with a
        possessive pronoun (مطالبته، دعوتها، إدانتهم): the pronoun is the owner of the
        demand, call or condemnation (its agent), not its object. The teh marbuta is
        written ت before the pronoun; the word counts as such a noun when, with the
        pronoun taken off and ت written ة, it is an exact trigger form, and with only the
        pronoun taken off it is none (طالبته: طالبت is a verb form, so ه is its object)."""
        token = doc.toks.items[trig.last][0]
        if trig.first != trig.last:
            return False
        for pron in sorted(_AR_OBJECT_PRONOUNS, key=len, reverse=True):
            stem = token[:-len(pron)]
            if token.endswith(pron) and len(stem) > 3 and stem.endswith("ت"):
                break
        else:
            return False
        return _exact_trigger_form(stem[:-1] + "ه") and not _exact_trigger_form(stem)

    @staticmethod
    def _owned_after_verb(doc: Doc, trig: Hit) -> bool:
        """Whether an Arabic one-word trigger with a pronoun ending stands a few words after
        a verb that takes a verbal noun with its owner's pronoun (grammar.toml:
        owning_verbs — "وجددت أنقرة رفضها مشاركة الوحدات", "أكد دعمه لدمشق"): the
        pronoun is the owner."""
        token = doc.toks.items[trig.last][0]
        if trig.first != trig.last or not token.endswith(_AR_OBJECT_PRONOUNS) or len(token) < 4:
            return False
        clause = doc.seg.clause_of[trig.first]
        return any(0 < trig.first - h.last <= 4 and doc.seg.clause_of[h.last] == clause
                   for h in _grammar_hits(doc, "owning_verbs"))

    @staticmethod
    def _possessed_place(doc: Doc, trig: Hit) -> bool:
        """Whether a possessive pronoun and a held place or force follow the trigger
        ("raided his hideout", "shelled their positions"; grammar.toml: held_places)."""
        nxt = trig.last + 1
        if nxt + 1 >= len(doc.toks) or doc.toks.items[nxt][0] not in _EN_POSSESSIVES | {"his", "her"}:
            return False
        return doc.toks.items[nxt + 1][0] in _grammar_words(doc.lang, "held_places")

    @staticmethod
    def _unnamed_doer(doc: Doc, trig: Hit) -> bool:
        """Whether an armed participle describes an unnamed body right before it ("rebels
        fighting Assad", "groups battling ISIS"; grammar.toml: unnamed_fighters): its doer
        is that body, which is no actor, not the subject of the sentence. An adverb may
        stand between ("groups already fighting ISIS", "the alliance now battling Islamic
        State"), and a perfect tense has the body for its own subject ("Turkish-backed
        fighters have clashed with the SDF"; grammar.toml: unnamed_doer_gap)."""
        word = doc.toks.items[trig.first][0]
        if doc.lang != "en" or trig.first == 0 or event_plover(trig.value.type) != "ASSAULT":
            return False
        prev = trig.first - 1
        gap = _grammar_words("en", "unnamed_doer_gap")
        perfect = False
        while prev > 0 and trig.first - prev <= 2 and doc.toks.items[prev][0].lower() in gap:
            perfect = perfect or doc.toks.items[prev][0].lower() in ("have", "has", "had")
            prev -= 1
        if not word.endswith("ing") and not (perfect and word.endswith("ed")):
            return False
        if any(a.first <= prev <= a.last or a.last == prev - 1 for a in doc.actors):
            return False  # "Islamic State fighters had targeted ...": a named body
        if prev > 0 and doc.toks.items[prev - 1][0].lower() in ("its", "their", "his", "her"):
            return False  # "one of its fighters had targeted ...": the owner, named before, did it
        return doc.toks.items[prev][0].lower() in _grammar_words("en", "unnamed_fighters")

    @staticmethod
    def _consequence_warning(doc: Doc, trig: Hit) -> bool:
        """Whether an English threat verb introduces a clause foretelling a consequence
        rather than a deed of the speaker's side ("warned that strikes carried out without
        consent would breach international law", "warned that a hasty exit would leave a
        vacuum", "warning that it was a moment of risk"): the subject of the that-clause,
        up to its verb or a preposition (grammar.toml: consequence_subject_ends), names
        no actor, is no personal pronoun and no gerund (the speaker's own deed: "warned
        that guarding ISIS prisoners would no longer be a priority"). A name between the
        verb and "that" is the one warned ("warned Lavrov that ..."): a threat stands."""
        if doc.lang != "en" or event_plover(trig.value.type) != "THREATEN":
            return False
        items, sent_of = doc.toks.items, doc.seg.sentence_of
        sent = sent_of[trig.last]
        comp = _grammar_words("en", "complementisers")
        that = next((j for j in range(trig.last + 1, min(trig.last + 5, len(items)))
                     if sent_of[j] == sent and items[j][0].lower() in comp), None)
        if that is None or any(trig.last < a.first < that for a in doc.actors):
            return False
        ends = _grammar_words("en", "consequence_subject_ends")
        end = that + 1
        clause_of = doc.seg.clause_of
        while end < len(items) and clause_of[end] == clause_of[that + 1] and end - that <= 8 \
                and items[end][0].lower() not in ends:
            end += 1
        if end == that + 1 or end >= len(items) or clause_of[end] != clause_of[that + 1] \
                or items[end][0].lower() not in ends:
            return False  # no subject before a verb we know: leave the warning as it is
        first = items[that + 1][0].lower()
        if first in _grammar_words("en", "personal_pronouns") or first.endswith("ing"):
            return False
        return not any(that < a.first < end for a in doc.actors)

    @staticmethod
    def _dated_pact(doc: Doc, trig: Hit) -> bool:
        """Whether a pact noun is named by its year ("the 1974 disengagement agreement",
        "the 1998 Adana accord"): a pact referred to, not one signed in the story."""
        if doc.lang != "en" or trig.first != trig.last \
                or doc.toks.items[trig.first][0].lower() not in _PACT_NOUNS:
            return False
        for i in range(max(0, trig.first - 3), trig.first):
            word = doc.toks.items[i][0]
            if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
                return True
        return False

    @staticmethod
    def _at_request(doc: Doc, trig: Hit) -> bool:
        """Whether an Arabic request noun is told as the reason of a deed, "at the request
        of" (بطلب من، وبطلب من، بناء على طلب): the name after it asked, it did not act."""
        word = fold(doc.toks.items[trig.first][0])
        nxt = trig.last + 1
        after_min = nxt < len(doc.toks) and fold(doc.toks.items[nxt][0]) == fold("من")
        if word in (fold("بطلب"), fold("وبطلب")) and after_min:
            return True
        return word == "طلب" and trig.first >= 2 and fold(doc.toks.items[trig.first - 1][0]) == fold("على") \
            and fold(doc.toks.items[trig.first - 2][0]) in (fold("بناء"), fold("وبناء"))

    @staticmethod
    def _provocation(doc: Doc, trig: Hit, sent_no: int,
                     deeds_at: dict[int, tuple[str, Party, Party | None]]) -> tuple[Party, Party] | None:
        """For an English armed deed noun told as the cause of a strike just told in its
        sentence ("... after chemical attack", "over suspected gas attack", ", in
        retaliation for a chemical weapons attack"), with no actor, pronoun or other
        trigger between the cause word and the noun: the strike's (target, source)."""
        toks = doc.toks.items
        lo = doc.seg.sentences[sent_no][0]
        k = trig.first - 1
        while k >= lo and trig.first - k <= 5 and toks[k][0] not in _CAUSE_WORDS:
            k -= 1
        if k < lo or toks[k][0] not in _CAUSE_WORDS:
            return None
        word = toks[k][0]
        explicit = k > lo and (toks[k - 1][0], word) in _EXPLICIT_CAUSES
        if word in ("for", "to") and not explicit:
            return None
        if any(k < a.first < trig.first for a in doc.actors) \
                or any(toks[i][0] in _SUBJECT_PRONOUNS for i in range(k + 1, trig.first)):
            return None  # "after they attacked", "after Ankara opened its offensive"
        if any(k < t.first < trig.first or t.first < k < t.last for t in doc.triggers if t is not trig):
            return None
        if "," in doc.text[toks[k][2]:toks[trig.first][1]]:
            return None  # "over the previous 48 hours, destroying ..."
        if trig.last + 1 < len(toks) and toks[trig.last + 1][0] in ("by", "of"):
            return None
        strike = next((at for at in sorted(deeds_at, reverse=True)
                       if lo <= at < k and deeds_at[at][0] == "ASSAULT" and deeds_at[at][2] is not None), None)
        if strike is None:
            return None
        if not explicit and "," in doc.text[toks[strike][2]:toks[k][1]]:
            return None  # "swept into Damascus, ending ... rule after a lightning offensive"
        _, source, target = deeds_at[strike]
        return target, source

    @staticmethod
    def _request_opener(doc: Doc, trig: Hit) -> bool:
        """Whether an English trigger is the noun of "at X's request" or "at the request
        of X": the deed told after it was done on that request, it is no demand of it."""
        toks = doc.toks.items
        if toks[trig.first][0] != "request" or trig.first < 2:
            return False
        before = [toks[k][0] for k in range(max(0, trig.first - 5), trig.first)]
        if before[-2:] == ["at", "the"]:
            return trig.first + 1 < len(toks) and toks[trig.first + 1][0] == "of"
        return before[-1:] == ["s"] and "at" in before[:-1] and \
            any(a.last == trig.first - 2 and toks[a.first - 1][0] == "at" for a in doc.actors)

    @staticmethod
    def _request_asker(doc: Doc, trig: Hit, sent_no: int, party) -> Party | None:
        """The actor named in an English "at X's request" / "at the request of X" told
        before a meeting trigger in its sentence: the side that asked for the meeting."""
        toks = doc.toks.items
        lo = doc.seg.sentences[sent_no][0]
        for i, hit in enumerate(doc.actors):
            if not lo <= hit.first < trig.first or doc.seg.sentence_of[hit.first] != sent_no:
                continue
            before = [toks[k][0] for k in range(max(lo, hit.first - 4), hit.first)]
            after = [toks[k][0] for k in range(hit.last + 1, min(len(toks), hit.last + 3))]
            owner = before[-1:] == ["at"] and (after[:2] == ["s", "request"] or after[:1] == ["request"])
            of = before[-4:] == ["at", "the", "request", "of"]
            if owner or of:
                return party(i)
        return None

    def _alliance_before_member(self, doc: Doc) -> frozenset[int]:
        """Indices of English mentions of an alliance or organisation (gazetteer kind
        Coalition or Organisation) right before a noun of membership (relations.toml
        body_nouns: "the NATO member", "a NATO ally", "the two NATO allies"): the noun
        phrase names a member state, not the body, so the mention is no party."""
        if doc.lang != "en":
            return frozenset()
        nouns = member_nouns("en")
        out = set()
        for k, h in enumerate(doc.actors):
            nxt = h.last + 1
            if nxt >= len(doc.toks.items) or doc.toks.items[nxt][0].lower() not in nouns:
                continue
            if doc.seg.sentence_of[nxt] != doc.seg.sentence_of[h.last]:
                continue
            if h.actor_id and self.gazetteer[h.actor_id].kind in ("Coalition", "Organisation"):
                out.add(k)
        return frozenset(out)

    @staticmethod
    def _fused_object_after(doc: Doc, trig: Hit) -> bool:
        """Whether an Arabic trigger is followed, at once or after one adjective with the
        article, by a noun fused with a preposition and the article ("رفضها القاطع
        للتفاهم", "إدانتها الشديدة للهجوم", "ترحيبها بالاتفاق"), in its clause: that noun
        is the object, and the pronoun on the trigger is its owner, the agent."""
        nxt = trig.last + 1
        for k in (nxt, nxt + 1):
            if k >= len(doc.toks.items) or doc.seg.clause_of[k] != doc.seg.clause_of[trig.last]:
                return False
            word = fold(doc.toks.items[k][0])
            if word.startswith(("لل", "بال")) or (k == nxt and word in ("علي", "ضد")):
                return True
            if k > nxt or not word.startswith("ال") or any(a.first <= k <= a.last for a in doc.actors):
                return False
        return False

    @staticmethod
    def _preposition_word(word: str) -> bool:
        """Whether an Arabic token is a preposition (مع، إلى، على) or a noun behind one
        fused with the article (للحكومة، بالحكومة): a name after it is a prepositional
        object ("دعمها للحكومة الأردنية")."""
        word = fold(word)
        return word in _AR_PREPOSITION_WORDS or word.startswith(("لل", "بال"))

    @staticmethod
    def _told_by_attack(doc: Doc, trig: Hit) -> bool:
        """Whether an armed trigger is a casualty word ("killed", مقتل) followed, a few words
        on in its clause, by "in" or "by" and an attack noun that tells the same deed with
        its own agent ("killed in a Syrian air strike")."""
        if not any(h.first == trig.first for h in _grammar_hits(doc, "casualty_words")):
            return False
        clause = doc.seg.clause_of[trig.first]
        for later in doc.triggers:
            if trig.last < later.first <= trig.last + 6 and doc.seg.clause_of[later.first] == clause \
                    and event_plover(later.value.type) == "ASSAULT":
                return Extractor._through(doc, trig.last, later.first)
        return False

    @staticmethod
    def _through(doc: Doc, after: int, noun: int) -> bool:
        """Whether the words after token ``after`` up to the attack noun at ``noun`` say the
        casualties came through it: "in", "by", في between, or ب written onto the noun."""
        gap = [fold(doc.toks.items[i][0]) for i in range(after + 1, noun)]
        return any(w in ("in", "by", "في") for w in gap) or doc.toks.items[noun][0].startswith("ب")

    @staticmethod
    def _casualty_sides(doc: Doc, trig: Hit, parties: list[Party]) -> tuple[Party, Party] | None:
        """The agent and the victim of an attack noun told after the dead or wounded it left
        (grammar.toml: casualty_words): "Baghdadi killed in a US raid", "Turkish soldiers
        wounded by Syrian shelling", مقتل البغدادي في غارة أميركية, مصرع جنود أتراك بقصف سوري.

        The victim is an actor just before (English) or just after (Arabic) the casualty
        word, which stands at most six words before the attack noun with "in", "by", في or
        ب between; the agent is a name or national adjective right before the noun
        (English "US raid") or right after it (Arabic غارة أميركية), or after "by". None when
        either is missing or both are of one group.
        """
        toks = doc.toks
        casualty = [h for h in _grammar_hits(doc, "casualty_words") if trig.first - 7 <= h.last < trig.first]
        if not casualty:
            return None
        word = casualty[-1]
        if not Extractor._through(doc, word.last, trig.first):
            return None
        if doc.lang == "en":
            victims = [p for p in parties if word.first - 4 <= p.last < word.first]
            agents = [p for p in parties if p.last == trig.first - 1 and p.first > word.last] or \
                [p for p in parties if trig.last < p.first <= trig.last + 2 and toks.items[p.first - 1][0] == "by"]
        else:
            victims = [p for p in parties if word.last < p.first <= word.last + 5 and p.last < trig.first]
            agents = [p for p in parties if p.first == trig.last + 1]
        if not victims or not agents or victims[-1].group == agents[0].group:
            return None
        return agents[0], victims[-1]

    @staticmethod
    def _antecedent(doc: Doc, source: Party, trig: Hit, sent_no: int, party) -> Party | None:
        """What an object pronoun points back to: the last actor of another group named
        before the trigger in its sentence or the one before, where it is no place."""
        seg = doc.seg
        marked = None
        for i in range(len(doc.actors) - 1, -1, -1):
            h = doc.actors[i]
            if h.first >= trig.first:
                continue
            if sent_no - seg.sentence_of[h.first] > 1:
                break
            p = party(i)
            if p is not None and not p.locative and not p.marked and p.group != source.group:
                return p
            if p is not None and not p.locative and p.marked and marked is None and p.group != source.group \
                    and seg.sentence_of[h.first] == sent_no:
                marked = p
        # "شن هجوما على أنقرة، متهما إياها": with no other name, one behind a preposition
        # earlier in the sentence.
        return replace(marked, marked=False) if marked is not None else None

    @staticmethod
    def _that_clause_follows(doc: Doc, trig: Hit) -> bool:
        """Whether a complementiser ("that") opens the word right after the trigger, so the
        trigger's content is a clause ("urged that Damascus release ...")."""
        nxt = trig.last + 1
        return nxt < len(doc.toks.items) and doc.seg.sentence_of[nxt] == doc.seg.sentence_of[trig.last] \
            and doc.toks.items[nxt][0].lower() in _grammar_words(doc.lang, "complementisers")

    @staticmethod
    def _complement_target(doc: Doc, source: Party, clause_no: int, sent_no: int, party) -> Party | None:
        """The target of a warning told in the clause after it ("warned that
        Turkey would not tolerate Kurdish forces", حذر من أن ...): the first actor there
        of another group."""
        seg = doc.seg
        for c in (clause_no + 1, clause_no + 2):
            if c >= len(seg.clauses) or seg.sentence_of[seg.clauses[c][0]] != sent_no:
                break
            lo, hi = seg.clauses[c]
            for i, h in enumerate(doc.actors):
                if lo <= h.first <= hi and (p := party(i)) and not p.locative and p.group != source.group:
                    return p
        return None

    @staticmethod
    def _relative_agent(doc: Doc, obj: Hit, source: Party, party) -> Party | None:
        """The agent of an event reacted to, named in a relative clause right after it
        ("welcomed the agreement that Moscow and Ankara reached", رحبت دمشق بالاتفاق الذي
        توصلت إليه موسكو وأنقرة): the first actor of another group in that clause."""
        rel = obj.last + 1
        if not any(h.first == rel for h in _grammar_hits(doc, "relative_pronouns")):
            return None
        seg = doc.seg
        lo, hi = seg.clauses[seg.clause_of[rel]]
        for i, h in enumerate(doc.actors):
            if lo <= h.first <= hi and h.first > rel and (p := party(i)) \
                    and not p.locative and not p.marked and p.group != source.group:
                return p
        return None

    @staticmethod
    def _next_predicates(doc: Doc) -> dict[int, int]:
        """For each trigger, the first token of the next trigger of its clause joined to
        it by "and" (دانت أنقرة الهجوم وطالبت واشنطن ..., "condemned the attack and
        urged Washington ...")."""
        out = {}
        toks, seg = doc.toks, doc.seg
        for k, trig in enumerate(doc.triggers):
            for later in doc.triggers[k + 1:]:
                if seg.clause_of[later.first] != seg.clause_of[trig.first]:
                    break
                if later.first <= trig.last:
                    continue
                if doc.lang == "ar":
                    joined = toks.original[toks.span(later.first, later.first)[0]:later.start].startswith("و") \
                        or toks.items[later.first][0].startswith("و")
                else:
                    joined = later.first > 0 and toks.items[later.first - 1][0] == "and"
                if joined:
                    out[trig.first] = later.first
                    break
        return out

    @staticmethod
    def _reacted_noun(doc: Doc, trig: Hit) -> bool:
        """Whether a trigger is the object of a reaction verb a few words before it in its
        clause, with no name but a modifier ("Western") in between ("denounced unilateral
        Western sanctions on Syria")."""
        seg = doc.seg
        clause_no = seg.clause_of[trig.first]
        for t in doc.triggers:
            if t.value.type in _GOVERNING and t.last < trig.first and seg.clause_of[t.last] == clause_no \
                    and trig.first - t.last <= 5 and not any(
                        t.last < a.first < trig.first and a.kind != "modifier" for a in doc.actors):
                return True
        return False

    @staticmethod
    def _meeting_subject(doc: Doc, trig: Hit, source: Party) -> bool:
        """Whether ``source`` is the subject of a verb of hosting (grammar.toml:
        host_verbs) before ``trig`` in its sentence: the sanctions are the subject matter
        of the meeting hosted, not the host's deed."""
        seg = doc.seg
        if source.index < 0 or source.first > trig.first:
            return False
        sent = seg.sentence_of[trig.first]
        return any(t.value.type == "Meeting" and seg.sentence_of[t.first] == sent
                   and Extractor._host_verb(doc, t)
                   and t.first < trig.first and t.last < trig.first
                   and (source.last < t.first or t.first < source.first < trig.first and t.last + 3 >= source.first)
                   for t in doc.triggers)

    @staticmethod
    def _in_unless(doc: Doc, trig: Hit) -> bool:
        """Whether an Arabic trigger opens the condition of "if ... not" or "unless"
        (grammar.toml: unless_conditions: إن لم تنسحب، ما لم يلتزم): it comes right after
        the condition words, or after them and the condition's subject, in its clause."""
        clause_of = doc.seg.clause_of
        for h in _grammar_hits(doc, "unless_conditions"):
            if clause_of[h.last] != clause_of[trig.first] or h.last >= trig.first:
                continue
            gap = range(h.last + 1, trig.first)
            if len(gap) <= 1 or all(any(a.first <= i <= a.last for a in doc.actors) for i in gap):
                return True
        return False

    @staticmethod
    def _attributive_participle(doc: Doc, trig: Hit) -> bool:
        """Whether a one-word English trigger in -ed stands between a determiner and the
        noun it describes ("the armed opposition", "their trained units"): a modifier of
        the noun, no deed told. Only when the word before is a definite determiner
        (_DEFINITE: not 'a', which may open a deed told as threatened, nor 'that', a relative)
        and a lower-case word that is no function word (_NOT_NOUNS) follows at once."""
        items = doc.toks.items
        if trig.first != trig.last or trig.first == 0 or trig.last + 1 >= len(items):
            return False
        word, after = items[trig.first][0], items[trig.last + 1][0]
        return word.lower().endswith("ed") and items[trig.first - 1][0].lower() in _DEFINITE \
            and after.isalpha() and after.islower() and after not in _NOT_NOUNS

    @staticmethod
    def _in_if_clause(doc: Doc, trig: Hit) -> bool:
        """Whether an English trigger is the verb of a condition ("if the fighters had not
        left", "if it hit a Turkish post"; grammar.toml: condition_openers "if", "unless"
        at most five words before it in its clause). A deed noun after a determiner ("unless
        the bombing stopped", "if Israel halts its attacks") is a deed told, not a condition."""
        items, clause_of = doc.toks.items, doc.seg.clause_of
        if trig.first == 0 or items[trig.first - 1][0].lower() in _DETERMINERS | {"any"}:
            return False
        openers = _grammar_words("en", "condition_openers")
        return any(items[i][0].lower() in openers and clause_of[i] == clause_of[trig.first]
                   for i in range(max(0, trig.first - 5), trig.first))

    @staticmethod
    def _not_ruled_out(doc: Doc, trig: Hit) -> bool:
        """Whether a verb of ruling out (grammar.toml: rule_out_words: "rule out",
        استبعد) is negated right before it ("did not rule out", "would not rule out",
        ولم تستبعد، لا يستبعد)."""
        items = doc.toks.items
        words = _grammar_words(doc.lang, "rule_out_words")
        text = " ".join(items[i][0].lower() for i in range(trig.first, trig.last + 1))
        if not any(text == w or text.startswith(w + " ") for w in words):
            return False
        negations = _grammar_words(doc.lang, "rule_out_negations")
        return any(items[i][0].lower() in negations for i in range(max(0, trig.first - 2), trig.first))

    @staticmethod
    def _subject_in_complement(doc: Doc, subject: Party, sent_no: int) -> bool:
        """Whether an English subject stands inside a that-clause: a complementiser
        (grammar.toml: complementisers) comes before it in its sentence, after a word
        that is not a name."""
        first = doc.seg.sentences[sent_no][0]
        comp = _grammar_words(doc.lang, "complementisers")
        items = doc.toks.items
        return any(items[i][0].lower() in comp for i in range(first + 1, subject.first))

    @staticmethod
    def _previous_predicates(doc: Doc, next_verb: dict[int, int]) -> dict[int, int]:
        """The other way round from ``_next_predicates``: each joined trigger's first token
        → the first token of the trigger it is joined to. When several lead to it
        ("accused the coalition of backing terrorism and called on ..."), an English verb
        takes the last one of its own form (a past verb the past verb, not the gerund)."""
        out: dict[int, int] = {}
        items = doc.toks.items
        for k, v in sorted(next_verb.items()):
            if v in out and doc.lang == "en":
                gerund = items[v][0].endswith("ing")
                if items[k][0].endswith("ing") != gerund and items[out[v]][0].endswith("ing") == gerund:
                    continue
            out[v] = k
        return out

    @staticmethod
    def _listed_verb_subject(doc: Doc, trig: Hit, parties: list[Party],
                             subject_of: dict[int, Party], party=None) -> Party | None:
        """The subject of an English verb that opens a clause after a comma with no
        subject of its own ("the ministry denounced the raid as a massacre, accused the
        coalition of backing terrorism and ..."): the source given to the latest trigger
        of an earlier clause of the sentence whose source was named before it, else (the
        verb before is no trigger) the sentence's subject before the clause. Not when
        the clause before ends on a name (an apposition: "its minister, Ayman Safadi,
        condemned")."""
        if doc.lang != "en":
            return None
        seg, items = doc.seg, doc.toks.items
        clause_no = seg.clause_of[trig.first]
        word = items[trig.first][0]
        opens = seg.clauses[clause_no][0]
        # The last of a list of predicates after a serial comma (", and promised continued
        # support") has no subject of its own either, and cannot be an apposition.
        serial = opens + 1 == trig.first and items[opens][0] == "and" \
            and opens > 0 and "," in doc.toks.normal.text[items[opens - 1][2]:items[opens][1]]
        if (opens != trig.first and not serial) or not word.endswith("ed") \
                or any(p.first < trig.first for p in parties):
            return None
        if not serial and clause_no and any(a.first <= seg.clauses[clause_no - 1][1] <= a.last for a in doc.actors):
            return None  # "Lebanon's prime minister, Nawaf Salam, condemned": a name set off
        if trig.first + 1 < len(doc.toks) and items[trig.first + 1][0] in _grammar_words("en", "passive_agent"):
            return None  # "Syrian forces, backed by Russian air power, ...": a passive description
        sent = seg.sentence_of[trig.first]
        for t in reversed(doc.triggers):
            if t.first >= trig.first or seg.sentence_of[t.first] != sent:
                continue
            src = subject_of.get(t.first)
            if src is not None and src.last < t.first and seg.clause_of[t.first] < clause_no:
                return src
        if party is None:
            return None
        lo = seg.sentences[sent][0]
        if sent and items[lo][0] in ("he", "she", "they") \
                and not any(lo <= a.first < trig.first and seg.clause_of[a.first] == seg.clause_of[lo] for a in doc.actors):
            # "He said he would ..., and called on the United States": the pronoun opening
            # the sentence is its subject, the subject of the sentence before.
            return Extractor._sentence_subject(doc, sent - 1, party)
        openers = _grammar_words("en", "fronted_openers")
        for i, a in enumerate(doc.actors):
            c = seg.clause_of[a.first]
            if seg.sentence_of[a.first] == sent and c < clause_no and (p := party(i)) \
                    and not p.marked and not p.locative and items[seg.clauses[c][0]][0] not in openers:
                return p  # a name in a fronted phrase ("In a letter to X,") is no subject
        return None

    @staticmethod
    def _attributed(doc: Doc) -> frozenset[int]:
        """Indices of actor mentions that only source a report ("according to the White
        House", وفق الرواية الأميركية): they take no part in the event told."""
        out = set()
        for cue in _grammar_hits(doc, "attribution"):
            for k, a in enumerate(doc.actors):
                if cue.last < a.first <= cue.last + 3 and doc.seg.clause_of[a.first] == doc.seg.clause_of[cue.last]:
                    out.add(k)
        for first, after in Extractor._attribution_spans(doc, occasions=False):
            # "، بحسب دائرة الاتصال في الرئاسة التركية،": every name inside the set-off source.
            out.update(k for k, a in enumerate(doc.actors) if first < a.first < after)
        return frozenset(out)

    @staticmethod
    def _requested(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
        """First tokens of triggers that name what a demand or a threat asks or holds
        out ("urged Syria to join the accords", حث ضيفه على الانضمام): the demanded
        deed has not happened, so it is no event of its own. Second, those told as the
        cause a strike answers ("in retaliation for a chemical attack"): the deed did
        happen, but only `_provocation` can tell who did it."""
        breaks = {h.first for h in clause_matcher(doc.lang).find(doc.toks)}
        asked, caused = set(), set()
        for k, trig in enumerate(doc.triggers):
            if trig.value.type not in _ASKING:
                continue
            if doc.lang == "en" and Extractor._request_opener(doc, trig):
                continue  # "At Ankara's request, NATO held a meeting": the meeting was held
            out = asked
            if doc.lang == "en" and trig.first + 1 < len(doc.toks) \
                    and (doc.toks.items[trig.first][0], doc.toks.items[trig.first + 1][0]) in _EXPLICIT_CAUSES:
                out = caused  # "in retaliation for a chemical attack": the attack did happen
            sent = doc.seg.sentence_of[trig.first]
            for later in doc.triggers[k + 1:]:
                if doc.seg.sentence_of[later.first] != sent or any(
                        trig.last < i < later.first for i in breaks):
                    break
                if later.first > trig.last and not later.value.offender_named:
                    out.add(later.first)  # a deed described ("the aggression") did happen
        return frozenset(asked), frozenset(caused)

    @staticmethod
    def _reaction_objects(doc: Doc, resumed: dict[int, int] | None = None,
                          inside: frozenset[int] = frozenset()) -> dict[int, int]:
        """Triggers that are the object of a reaction before them: the reaction's first
        token → the object's first token.

        In "Riyadh condemned the incursion" or نددت السعودية بالتوغل the incursion is the
        event reacted to, told again; the reacting actor did not carry it out. A
        description of the subject may stand between them (``resumed``: the clause of the
        name → the clause after its description; ``inside``: the description's clauses).
        """
        fillers = _grammar_words(doc.lang, "object_fillers")
        seg, resumed = doc.seg, resumed or {}
        taken = {i for a in doc.actors for i in range(a.first, a.last + 1)}
        taken |= {i for c in inside for i in range(seg.clauses[c][0], seg.clauses[c][1] + 1)}
        if doc.dates:
            # A date between the reaction and its object ("رحبت دمشق، اليوم الثلاثاء، بالاتفاق").
            starts = doc.toks.starts
            for d in doc.dates:
                taken.update(range(bisect.bisect_left(starts, d.start), bisect.bisect_left(starts, d.end)))
        if doc.lang == "en":
            # "denounced what he called a heinous attack": the speaker's naming of the deed.
            taken.update(i for h in _grammar_hits(doc, "reported_naming") for i in range(h.first, h.last + 1))
        out = {}
        triggers = [t for t in doc.triggers if seg.clause_of[t.first] not in inside]
        for left, right in zip(triggers, triggers[1:]):
            if left.value.type not in _GOVERNING or right.first <= left.last:
                continue
            if seg.clause_of[right.first] not in (seg.clause_of[left.last], resumed.get(seg.clause_of[left.last])):
                continue
            gap = range(left.last + 1, right.first)
            if all(i in taken or doc.toks.items[i][0] in fillers for i in gap):
                out[left.first] = right.first
        return out

    @staticmethod
    def _described_as(doc: Doc) -> frozenset[int]:
        """Triggers that only describe the deed a reaction names, in an English "as"
        complement after its object ("condemned the seizure of the buffer zone as a breach
        of Syrian sovereignty", "denounced the raids as a flagrant violation of ..."): the
        complement says how the reacting actor sees the deed, it is no second event, and
        the name in it (whose sovereignty) is the deed's victim, not the one condemned.
        The "as" (grammar.toml: describing_as) comes within ten words after a reaction
        verb (Condemnation, Accusation, ...) in its sentence, with no trigger between but
        the deed it names, and is followed by "a" or "an" and the trigger within four
        words in the same clause, no actor between ("denounced the shelling as a crime,
        accused Turkey ...": the next verb is a predicate of its own)."""
        if doc.lang == "ar":
            return Extractor._described_as_ar(doc)
        if doc.lang != "en":
            return frozenset()
        seg, items = doc.seg, doc.toks.items
        words = _grammar_words("en", "describing_as")

        def locate(react: Hit) -> tuple[int, int] | None:
            sent = seg.sentence_of[react.last]
            at = next((i for i in range(react.last + 1, min(react.last + 11, len(items)))
                       if seg.sentence_of[i] == sent and items[i][0] in words), None)
            if at is None or at + 1 >= len(items) or items[at + 1][0] not in ("a", "an"):
                return None
            return at, at + 1

        return Extractor._describing_objects(doc, locate, lambda t, at: t.first < at)

    @staticmethod
    def _describing_objects(doc: Doc, locate, before_at) -> frozenset[int]:
        """The deeds named in a description after a reaction: for every reaction,
        ``locate`` gives the describing words' first and last token (or None); the deed is
        the next trigger within four tokens after them in their clause, no actor between,
        when at most one trigger (``before_at``) stands between the reaction and them."""
        seg = doc.seg
        taken = {i for a in doc.actors for i in range(a.first, a.last + 1)}
        triggers = doc.triggers
        out = set()
        for k, react in enumerate(triggers):
            if react.value.type not in _GOVERNING or (found := locate(react)) is None:
                continue
            at, end = found
            if len([t for t in triggers[k + 1:] if before_at(t, at)]) > 1:
                continue  # another predicate between: the description is not this reaction's
            nxt = next((t for t in triggers[k + 1:] if end < t.first), None)
            if nxt is not None and nxt.first <= end + 4 and seg.clause_of[nxt.first] == seg.clause_of[end] \
                    and not any(end < i < nxt.first for i in taken):
                out.add(nxt.first)
        return frozenset(out)

    @staticmethod
    def _described_as_ar(doc: Doc) -> frozenset[int]:
        """Triggers that only describe the deed an Arabic reaction names, in a clause that
        takes the deed up by a pronoun ("ندّدت الكويت بالغارة ورأت فيها انتهاكًا للسيادة
        السورية", "دانت القصف واعتبرته تصعيدًا خطيرًا", "معتبرًا إياها انتهاكًا صريحًا"):
        the words say how the reacting actor sees the deed, no second event, and the name
        in them (whose sovereignty) is the deed's victim. A describing verb with its
        pronoun (grammar.toml: describing_as), or a verb of seeing or deeming followed by
        one of describing_pronouns (فيها، إياها), comes within twelve words after a
        reaction in its sentence, with no trigger between but the deed it names; the
        trigger follows within four words in its clause, no actor between."""
        seg, items = doc.seg, doc.toks.items
        words = _grammar_words("ar", "describing_as")
        openers = _grammar_words("ar", "describing_openers")
        pronouns = _grammar_words("ar", "describing_pronouns")

        def naming(k: int) -> bool:  # وصف، ووصفها، إذ وصفها (not بوصفه "as")
            return items[k][0].lstrip("و").startswith("وصف") or items[k][0].startswith("وصف")

        def locate(react: Hit) -> tuple[int, int] | None:
            sent = seg.sentence_of[react.last]
            named = any(naming(k) for k in range(react.first, react.last + 1))
            for i in range(react.last + 1, min(react.last + 13, len(items) - 1)):
                if seg.sentence_of[i] != sent:
                    return None
                if items[i][0] in words:
                    return i, i
                if items[i][0] in openers and items[i + 1][0] in pronouns:
                    return i, i + 1
                named = named or naming(i)
                if named and items[i][0] in _AR_DESCRIBING_THAT:
                    # "وصفها المتحدث ... بأنها هجوم غير قانوني": the words after بأنها
                    # say what the named deed is.
                    return i, i
            return None

        return Extractor._describing_objects(doc, locate, lambda t, at: t.first < at and not t.last >= at)

    @staticmethod
    def _beside(trig: Hit, p: Party, lang: str) -> bool:
        """Whether ``p`` qualifies the noun ``trig``: an adjective or a genitive name right
        after it in Arabic, an adjective right before it in English."""
        if lang == "ar":
            return p.first - trig.last == 1 and not p.marked
        return p.kind == "adjective" and trig.first - p.last == 1

    @classmethod
    def _own_agent(cls, trig: Hit, parties: list[Party], lang: str) -> bool:
        """Whether an event noun names its own agent: "Israeli strikes", غارات إسرائيل,
        "strikes by Israel"."""
        for p in parties:
            if cls._beside(trig, p, lang):
                return True
            if lang == "en" and p.by and 0 < p.first - trig.last <= 3:
                return True
        return False

    @staticmethod
    def _latest_toward(plover: str, source: Party, sent_no: int, reach: int,
                       recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """The actor of the latest ``plover`` event told within ``reach`` sentences that was
        aimed at ``source``'s group: who asked it (REQUEST), whom its refusal answers; who
        accused it (ACCUSE), at whom the deed it denies was aimed."""
        for s, pl, src, tgt in reversed(recent):
            if sent_no - s > reach:
                break
            if pl == plover and tgt is not None and tgt.group == source.group and src.group != source.group:
                return src
        return None

    @staticmethod
    def _implied_target(plover: str, source: Party, sent_no: int,
                        recent: list[tuple[int, str, Party, Party | None]],
                        about: str | None = None) -> Party | None:
        """The target of an event whose clause names none, from the events just told.

        A reaction ("welcomed the move", دان الخطوة) answers the actor of the event it
        reacts to; when it names that event ("condemned the incursion", ``about`` is its
        PLOVER category) the actor who did that most often lately is meant. Otherwise the
        reaction answers the story's main event, the first one told with both sides,
        unless the reacting actor did it; then the actor of the events just told. A strike with no
        named target ("jets pounded the remaining positions") continues against the
        enemy of the fighting just described.
        """
        if about is not None and plover in _REACTIONS | {"REQUEST"}:
            # The actor who did that most often lately: the story's main deed, not an aside.
            tally: dict[str, tuple[int, int, Party]] = {}
            for k, (s, pl, src, tgt) in enumerate(recent):
                if sent_no - s <= 8 and pl == about and src.group != source.group:
                    n = tally.get(src.group, (0, 0, src))[0]
                    tally[src.group] = (n + (2 if tgt is not None else 1), k, src)
            if tally:
                return max(tally.values(), key=lambda v: (v[0], v[1]))[2]
        if plover in _REACTIONS:
            main = next(((src, tgt) for _, _, src, tgt in recent if tgt is not None), None)
            if main and main[0].group != source.group:
                return main[0]
            for s, _, src, tgt in reversed(recent):
                if sent_no - s > 2:
                    break
                if src.group != source.group:
                    return src
                if tgt is not None and tgt.group != source.group and s == sent_no:
                    return tgt
        elif plover == "ASSAULT":
            for s, pl, src, tgt in reversed(recent):
                if sent_no - s > 3:
                    break
                if pl == "ASSAULT" and tgt is not None and tgt.group != source.group:
                    return tgt
        if plover in _HOSTILE:
            return Extractor._adversary(source, sent_no, recent)
        return None

    @staticmethod
    def _bare_deed(doc: Doc, deed: Hit, trig: Hit) -> bool:
        """Whether the object of an English reaction is an armed deed named with no actor
        of its own: no name between the reaction and the deed noun ("Israel's incursion"),
        no adjective of a side before it ("Israeli strikes") and no "by" after it."""
        if event_plover(deed.value.type) != "ASSAULT":
            return False
        if any(trig.last < a.first < deed.first for a in doc.actors):
            return False
        return not any(deed.last < a.first <= deed.last + 3
                       and doc.toks.items[a.first - 1][0].lower() == "by" for a in doc.actors)

    @staticmethod
    def _judged_pronoun(doc: Doc, trig: Hit) -> bool:
        """Whether an English judging trigger names what it judges by "it" right after a
        verb of naming or describing ("called it absolutely unacceptable", "calling it a
        positive response", "described it as ..."): the pronoun stands for the deed told
        before (grammar.toml: naming_verbs, judging_verbs)."""
        items = doc.toks.items
        verbs = _grammar_words("en", "naming_verbs") | _grammar_words("en", "judging_verbs")
        return any(items[i][0].lower() in verbs and i + 1 < len(items) and items[i + 1][0].lower() == "it"
                   for i in range(trig.first, min(trig.last + 1, len(items))))

    @staticmethod
    def _assailant(source: Party, sent_no: int,
                   recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """Whom a threat naming no one answers ("vowed revenge", "said the killing would
        not go unpunished"): the actor of the latest armed deed told within a few
        sentences against ``source``'s group, else against anyone, by another group."""
        return Extractor._latest_toward("ASSAULT", source, sent_no, _ADVERSARY_REACH, recent) or next(
            (src for s, pl, src, tgt in reversed(recent) if sent_no - s <= _ADVERSARY_REACH
             and pl == "ASSAULT" and tgt is not None and src.group != source.group), None)

    @staticmethod
    def _denies_charge(doc: Doc, trig: Hit) -> bool:
        """Whether an English verb of denial ("denied", "denies", "deny") is followed by
        the charge it denies: a gerund ("denied hitting civilians"), "that" or "any"
        ("denied any role", "rejected any suggestion")."""
        items = doc.toks.items
        if items[trig.last][0].lower() not in ("denied", "denies", "deny", "denying") or trig.last + 1 >= len(items):
            return False
        nxt = items[trig.last + 1][0].lower()
        return nxt in ("that", "any", "having", "being") or (nxt.endswith("ing") and len(nxt) > 5)

    @staticmethod
    def _caller(doc: Doc, trig: Hit, parties: list[Party]) -> Party | None | bool:
        """Who calls, when the trigger opens a phrase of calling by someone ("calls from",
        دعوات من; grammar.toml: caller_phrases): the party right after it (after "the"),
        None when no name follows (the callers are unnamed), False when the trigger opens
        no such phrase."""
        hit = next((h for h in _grammar_hits(doc, "caller_phrases") if h.first == trig.first), None)
        if hit is None:
            return False
        nxt = hit.last + 1
        if nxt < len(doc.toks) and doc.toks.items[nxt][0].lower() == "the":
            nxt += 1
        return next((p for p in parties if p.first == nxt), None)

    @staticmethod
    def _backs_unnamed(doc: Doc, trig: Hit) -> bool:
        """Whether an English backing word describes an unnamed body of fighters
        (grammar.toml: unnamed_fighters) right before it: "groups backed by Tehran",
        "factions supported by Ankara", "the militias it backs", "the rebels they back".
        The body is no actor mention and names none right before it ("Free Syrian Army
        factions backed by Ankara", "Lebanese army units supported by" name the body)."""
        items = doc.toks.items
        words = [items[k][0].lower() for k in range(trig.first, trig.last + 1)]
        if words[-1] == "by":
            body = trig.first - 1
        elif words[0] in ("backs", "back", "backed", "supports", "support", "supported", "arms", "armed") \
                and trig.first >= 2 and items[trig.first - 1][0].lower() in ("it", "they", "he", "she"):
            body = trig.first - 2
        else:
            return False
        if body < 0 or items[body][0].lower() not in _grammar_words("en", "unnamed_fighters"):
            return False
        return not any(a.first <= body <= a.last + 2 and not any(
            items[k][0].lower() in ("and", "or", ",", "the") for k in range(a.last + 1, body))
            for a in doc.actors)

    @staticmethod
    def _agentless_gift(doc: Doc, trig: Hit, parties: list[Party]) -> tuple[Party, Party] | None:
        """The giver and the receiver of an English passive gift that names no agent
        ("had reached Moscow and been granted asylum", "who fled to Moscow and was granted
        asylum"): the receiver is the subject of the clause (the name a relative "who"
        describes), the giver the actor of another group named nearest the gift in the
        sentence, the host the receiver went to. None unless a form of "be" stands right
        before the trigger and no "by" follows it."""
        items = doc.toks.items
        if not trig.first or items[trig.first - 1][0].lower() not in ("been", "was", "were", "being", "is", "are"):
            return None
        if any(p.by and p.first > trig.last for p in parties):
            return None
        lo = doc.seg.sentences[doc.seg.sentence_of[trig.first]][0]
        opener = next((k for k in range(trig.first - 1, lo - 1, -1)
                       if items[k][0].lower() in ("that", "who", "which")), None)
        if opener is not None and items[opener][0].lower() in ("who", "which"):
            receiver = next((p for p in reversed(parties) if p.last < opener and opener - p.last <= 2), None)
        else:
            start = lo if opener is None else opener
            receiver = next((p for p in parties if start <= p.first and p.last < trig.first and not p.marked), None)
        if receiver is None:
            return None
        others = [p for p in parties if p.group != receiver.group]
        giver = min(others, key=lambda p: (p.first > trig.last, abs(trig.first - p.last)), default=None)
        return (giver, receiver) if giver is not None else None

    @staticmethod
    def _and_fronted_subject(doc: Doc, trig, parties: list[Party]) -> Party | None:
        """An Arabic name carrying the conjunction و and standing right before the trigger
        ("... ودمشق ترفض الاتفاق"), after an earlier name in the clause from which words
        separate it (not a list "واشنطن وأنقرة تتفقان"): the subject of a new clause.
        Fail-safe: the name must touch the trigger, be unmarked and no place, and an
        earlier name must stand at least two words before it; otherwise None."""
        near = next((p for p in parties if p.last == trig.first - 1), None)
        if near is None or near.index < 0 or near.marked or near.locative or near.kind != "name":
            return None
        start = doc.actors[near.index].start
        tok = doc.toks.items[near.first][0]
        if not tok.startswith("و") or doc.toks.original[max(0, start - 1):start] != "و":
            return None
        earlier = [p for p in parties if p.last < near.first]
        if not earlier or near.first - earlier[-1].last < 2:
            return None
        return near

    @staticmethod
    def _and_joined_after(doc: Doc, trig, source: Party | None, target: Party | None) -> bool:
        """Whether the source and target picked for an Arabic trigger both come after it
        and are joined by a bare و ("بمحاربة «داعش» و«جبهة النصرة»", "لا يشمل الاتفاق
        تنظيم الدولة و«جبهة النصرة»"): coordinated names, objects or co-agents of the
        word, never one acting on the other."""
        if source is None or target is None or source.index < 0 or target.index < 0 \
                or not trig.last < source.first < target.first:
            return False
        gap = doc.toks.original[doc.actors[source.index].end:doc.actors[target.index].start]
        return re.sub(r"[\s\"«»“”'()]", "", gap) == "و"

    @staticmethod
    def _operation_actor(source: Party, sent_no: int,
                         recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """The actor of the armed deed told last, within the last three sentences and of
        another group than ``source``: the one whose operation ``source`` took part in.
        Further back, the actor of the story's first armed deed with a target ("Iraqi
        intelligence helped pinpoint the hideout", told paragraphs after the raid)."""
        for s, pl, src, _ in reversed(recent):
            if sent_no - s > 3:
                break
            if pl == "ASSAULT" and src.group != source.group:
                return src
        return next((src for _, pl, src, tgt in recent
                     if pl == "ASSAULT" and tgt is not None and src.group != source.group), None)

    @staticmethod
    def _unless_after(doc: Doc, trig: Hit) -> bool:
        """Whether "if ... not" or "unless" (إذا لم، إن لم، ما لم; grammar.toml:
        unless_conditions) follows the trigger in its sentence."""
        sent = doc.seg.sentence_of[trig.first]
        return any(h.first > trig.last and doc.seg.sentence_of[h.first] == sent
                   for h in _grammar_hits(doc, "unless_conditions"))

    @staticmethod
    def _en_unless(doc: Doc, trig: Hit) -> tuple[int, int] | None:
        """The English condition the other side must meet after a warning in its clause
        chain: "unless" (grammar.toml: unless_conditions) or "if" with "not" or "fail..."
        within the next six words, after the trigger in its sentence. Returns the first
        token of the condition and the first token after its subject, else None."""
        items, seg = doc.toks.items, doc.seg
        sent = seg.sentence_of[trig.first]
        end = seg.sentences[sent][1]
        for i in range(trig.last + 1, end + 1):
            w = items[i][0].lower()
            if w == "unless":
                return i, i + 1
            if w == "if":
                for k in range(i + 1, min(i + 7, end + 1)):
                    v = items[k][0].lower()
                    if v in (",", ";") or v == "if":
                        break
                    if v in ("not", "n't") or v.startswith("fail"):
                        return i, i + 1
        return None

    @staticmethod
    def _en_conditioned_side(doc: Doc, trig: Hit, cond: tuple[int, int], source: Party,
                             sent_no: int, party) -> Party | None:
        """The side an English conditional warning naming no one is put to: an actor of
        another group that is the subject of the condition ("unless the SDF disarms");
        else, when that subject is a pronoun ("if it did not", "if they do not"), the
        actor of another group named last before the warning in its sentence, not after
        "with"; else no one."""
        seg, items = doc.seg, doc.toks.items
        at = cond[0]
        named = [(h, p) for i, h in enumerate(doc.actors)
                 if seg.sentence_of[h.first] == sent_no and (p := party(i)) and not p.locative]
        inside = [(h, p) for h, p in named if at < h.first <= at + 3]
        if inside:
            h, p = inside[0]
            return p if p.group != source.group else None
        if at + 1 >= len(items) or items[at + 1][0].lower() not in ("it", "they"):
            return None
        before = [p for h, p in named if h.last < trig.first and p.group != source.group
                  and not (h.first and items[h.first - 1][0].lower() == "with")]
        return before[-1] if before else None

    @staticmethod
    def _conditioned_side(doc: Doc, trig: Hit, source: Party, sent_no: int, party,
                          recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """The side a conditional warning naming no one is put to (إذا لم يُنفَّذ الانسحاب):
        an actor of another group named in the condition; else the actor of the latest
        deed of the kind the condition names (the withdrawal: who was to withdraw); else
        the first actor of another group named before the warning in its sentence, not
        after "with" (الوحدات الكردية يجب أن تنتقل ...، ملوّحًا بأن ...); else the other side
        of the latest event told within a few sentences that the speaker's group took
        part in."""
        seg = doc.seg
        cond = min(h.first for h in _grammar_hits(doc, "unless_conditions")
                   if h.first > trig.last and seg.sentence_of[h.first] == sent_no)
        named = [(h, p) for i, h in enumerate(doc.actors)
                 if seg.sentence_of[h.first] == sent_no and (p := party(i))
                 and not p.locative and p.group != source.group]
        inside = [p for h, p in named if h.first > cond]
        if inside:
            return inside[0]
        deeds = {event_plover(t.value.type) for t in doc.triggers
                 if t.first > cond and seg.sentence_of[t.first] == sent_no}
        for s, pl, src, _ in reversed(recent):
            if sent_no - s > _ADVERSARY_REACH:
                break
            if pl in deeds and src.group != source.group:
                return src
        items = doc.toks.items
        before = [p for h, p in named if h.last < trig.first
                  and not (h.first and items[h.first - 1][0] in ("مع", "ومع"))]
        if before:
            return before[0]
        for s, _, src, tgt in reversed(recent):
            if sent_no - s > 3:
                break
            if tgt is None:
                continue
            if src.group == source.group and tgt.group != source.group:
                return tgt
            if tgt.group == source.group and src.group != source.group:
                return src
        return None

    @staticmethod
    def _adversary(source: Party, sent_no: int,
                   recent: list[tuple[int, str, Party, Party | None]]) -> Party | None:
        """The adversary of ``source``: the target of its latest threat or strike told
        within a few sentences. A threat or a strike of its own that names no target
        ("vowed to press on", "will not stand idle", لن تقف مكتوفة الأيدي) goes on
        against the same side."""
        for s, pl, src, tgt in reversed(recent):
            if sent_no - s > _ADVERSARY_REACH:
                break
            if pl not in _HOSTILE or tgt is None:
                continue
            if src.group == source.group and tgt.group != source.group:
                return tgt
        return None

    def _topic(self, doc: Doc, sent_no: int, clause_no: int, sources_of: dict[int, Party],
               party, inside: frozenset[int] = frozenset()) -> list[Party]:
        """The actors a clause without a subject is about: those of the nearest earlier
        clause of its sentence that has a subject, else the source of the previous
        sentence of its paragraph (or that sentence's first subject).

        An elided or pronoun subject ("He added", وأضاف, "the ministry said") most
        often continues the actor last spoken of as a subject. A description of a name
        (``inside``: "the US, the SDF's partner against ISIS, said ...") has none.
        """
        seg = doc.seg
        first_clause = seg.clause_of[seg.sentences[sent_no][0]]
        for c in range(clause_no - 2, first_clause - 1, -1):
            if c in inside:
                continue
            lo, hi = seg.clauses[c]
            found = [p for i, h in enumerate(doc.actors)
                     if lo <= h.first <= hi and (p := party(i)) and not p.locative]
            if any(not p.marked for p in found):
                return found
        if sent_no and self._same_paragraph(doc, sent_no - 1, sent_no):
            if sent_no - 1 in sources_of:
                return [sources_of[sent_no - 1]]
            lo, hi = seg.sentences[sent_no - 1]
            for i, h in enumerate(doc.actors):
                if lo <= h.first <= hi and (p := party(i)) and not p.marked and not p.locative:
                    return [p]
        return []

    def _place_date(self, doc: Doc, sent_no: int) -> DateMention | None:
        """The day of a scene a paragraph opens with by naming its place ("In Ankara the
        tone was warmer", وفي باريس،): the day told with that place in an earlier paragraph
        ("On Tuesday he was in Ankara"). Nothing when the place was told with no day."""
        seg, toks = doc.seg, doc.toks
        first = sent_no
        while first and self._same_paragraph(doc, first - 1, first):
            first -= 1
        if not first:
            return None
        lo, hi = toks.span(*seg.sentences[first])
        opening = doc.text[lo:hi]
        m = _PLACE_OPENER[doc.lang].match(opening) if doc.lang in _PLACE_OPENER else None
        if not m or m.group(1).lower() in _DATE_WORDS_EN:
            return None
        place = re.compile(rf"(?<![^\W_]){re.escape(m.group(1))}(?![^\W_])")
        for k in range(first):
            a, b = toks.span(*seg.sentences[k])
            found = place.search(doc.text, a, b)
            if not found:
                continue
            days = [d for d in doc.dates if a <= d.start and d.end <= b and d.kind == "point"
                    and d.value and len(d.value) == 10]
            if days:
                return min(days, key=lambda d: abs(d.start - found.start()))
        return None

    @classmethod
    def _headline(cls, doc: Doc, sent_no: int) -> bool:
        """Whether a sentence belongs to a headline: a first paragraph of one or two
        sentences standing apart from a text after it."""
        n = len(doc.seg.sentences)
        last = 0
        while last + 1 < n and cls._same_paragraph(doc, last, last + 1):
            last += 1
        return sent_no <= last <= 1 and last + 1 < n

    @staticmethod
    def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
        end = doc.toks.items[doc.seg.sentences[a][1]][2]
        start = doc.toks.items[doc.seg.sentences[b][0]][1]
        return "\n" not in doc.toks.normal.text[end:start]

    def _party_ref(self, doc: Doc, party: Party, date: str | None, lang: str) -> ActorRef:
        if party.index < 0:
            actor = self.gazetteer.by_group(party.group)
            if actor is not None:
                return ActorRef(actor.id, actor.ar if lang == "ar" else actor.en, party.group)
            return ActorRef(party.group, party.group, party.group)
        ref = self._ref(doc.actors[party.index], date, lang)
        if ref.group is None and party.group is not None:
            ref = self._ref(doc.actors[party.index], None, lang)  # a person's latest role (party())
        return ref

    def _pair(self, doc: Doc, clause: tuple[int, int], pair_at: set[int], in_clause: list[Party],
              both: dict[int, Hit], duo: tuple[str, str] | None) -> tuple[Party, Party] | None:
        for i in range(clause[0], clause[1] + 1):
            if i in pair_at:
                near = [p for p in in_clause if 0 < p.first - i <= 4]
                if len(near) >= 2 and near[0].group != near[1].group:
                    return near[0], near[1]
                first = next((p for p in in_clause if 0 < p.first - i <= 6), None)
                if first and (other := next((p for p in in_clause if first.last < p.first and p.first - i <= 16
                                             and p.group != first.group), None)) is not None \
                        and all(q.group == first.group for q in in_clause if first.first <= q.first < other.first):
                    # "between Syrian security chief Ali Mamlouk and Turkish intelligence chief
                    # Hakan Fidan": each side named by a title and a name
                    return first, other
            if i in both and duo:
                return (Party(-1, i, i, duo[0], "name"), Party(-1, i, i, duo[1], "name"))
        return None

    def _relations(self, doc: Doc, offset: int) -> list[Relation]:
        pub = doc.published
        # A tie is often told after a person's role ended ("Assad's closest ally"): a person
        # with no role on the publication date stands for the actor of his latest role.
        mentions = [Mention(h, self._ref(h, pub, doc.lang).group or self._ref(h, None, doc.lang).group)
                    for h in doc.actors]
        kinds = [self.gazetteer[h.actor_id].kind if h.actor_id else None for h in doc.actors]
        found = find_relations(doc.toks, doc.seg, mentions, doc.dates, doc.lang, pub,
                               bodies=frozenset(i for i, k in enumerate(kinds) if k == "Coalition"),
                               organisations=frozenset(i for i, k in enumerate(kinds) if k == "Organisation"),
                               states=frozenset(i for i, k in enumerate(kinds) if k == "State"))
        # Who leads a coalition or an organisation belongs to it, and so does an armed group
        # that leads an alliance of armed groups ("the YPG, the militia that leads the SDF").
        found = found + [replace(r, relation="member_of") for r in found if r.relation == "leader_of"
                         and (kinds[r.object] in ("Coalition", "Organisation")
                              or kinds[r.object] == kinds[r.subject] == "ArmedGroup")]
        # Names listed before the subject share its relation ("Moscow and Tehran, Damascus's allies").
        joined = self._joined(doc)
        for r in list(found):
            k = r.subject
            while k in joined and r.relation in ("allied_with", "member_of") and r.subject < r.object:
                k -= 1
                found.append(replace(r, subject=k))
        out: list[Relation] = []
        seen: set[tuple] = set()
        for r in found:
            date = r.start_date or r.end_date or pub
            subject = self._ref(doc.actors[r.subject], date, doc.lang)
            obj = self._ref(doc.actors[r.object], date, doc.lang)
            if not (r.start_date or r.end_date):
                # An undated tie ("Assad's closest ally") may be told after a person's role
                # ended: name the actor he stood for in his latest role.
                if subject.group is None:
                    subject = self._ref(doc.actors[r.subject], None, doc.lang)
                if obj.group is None:
                    obj = self._ref(doc.actors[r.object], None, doc.lang)
            if r.relation in ("member_of", "allied_with") and subject.group and obj.group:
                subject = self._group_ref(subject, doc.lang)
                obj = self._group_ref(obj, doc.lang)
            key = (r.relation, subject.group, obj.group)
            if key in seen or self._state_in_armed_group(r.relation, subject, obj):
                continue
            seen.add(key)
            start, end = self._sentence_span(doc, r.sentence)
            clause = doc.seg.clauses[doc.seg.clause_of[r.cue_first]]
            status = clause_status(doc.toks, doc.cues, doc.lang, clause=clause, first=r.cue_first,
                                   last=r.cue_first)
            out.append(Relation(
                id=f"{doc.doc_id}/r{len(out) + 1}", relation=r.relation, subject=subject, object=obj,
                start_date=r.start_date, end_date=r.end_date, status=status, confidence=0.75,
                quote=doc.text[start:end], start=start + offset, end=end + offset, sentence=r.sentence,
            ))
        return out

    def _state_in_armed_group(self, relation: str, subject: ActorRef, obj: ActorRef) -> bool:
        """Whether a membership would put a state inside an armed group ("Washington sees
        them as the backbone of the SDF" read as the US being part of the SDF): a state
        belongs to coalitions and organisations only, so such a reading is a misread.

        >>> from polgraph.model import ActorRef
        >>> x = Extractor()
        >>> x._state_in_armed_group("member_of", ActorRef("USA", "United States", "USA"),
        ...                         ActorRef("SDF", "Syrian Democratic Forces", "SDF"))
        True
        >>> x._state_in_armed_group("member_of", ActorRef("TUR", "Turkey", "TUR"),
        ...                         ActorRef("NATO", "NATO", "NATO"))
        False
        """
        if relation not in ("member_of", "part_of") or not subject.group or not obj.group:
            return False
        owner, body = self.gazetteer.by_group(subject.group), self.gazetteer.by_group(obj.group)
        return owner is not None and body is not None and owner.kind == "State" and body.kind == "ArmedGroup"

    def _group_ref(self, ref: ActorRef, lang: str) -> ActorRef:
        actor = self.gazetteer.by_group(ref.group)
        if actor is None or actor.id == ref.id:
            return ref
        return ActorRef(actor.id, actor.ar if lang == "ar" and actor.ar else actor.en, ref.group)
