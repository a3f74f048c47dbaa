"""Where the extractor's missed events come from: no trigger, a side not named, or roles.

    PYTHONPATH=src python scripts/miss_sources.py SCORER.py [FOLDER] [-v]

SCORER.py is the extraction scorer (its matching is reused, not re-implemented); FOLDER
holds *.gold.json beside their articles (default data/corpus). For every core gold event
that no predicted event matches, the script looks for the sentence that could have told it
and sorts the miss into one of four kinds:

* ``no trigger``: no sentence has a trigger word of one of the event's PLOVER categories;
* ``side not named``: such a trigger exists, but no sentence with one names the gold
  sides (in it or, for the source, the sentence before);
* ``no event from trigger``: a sentence has the trigger and both sides, yet the extractor
  told no event of that category there (the role rules found no source or target);
* ``wrong roles``: it told one there, with other sides.

It prints the count of each kind; ``-v`` also lists every miss with its sentence (for the
development corpus only: on a held-out set read the counts, never the examples).
"""
from __future__ import annotations

import collections
import sys

from scoring import gold_articles, load_scorer

from polgraph.extraction.events import event_plover
from polgraph.extraction.extractor import Extractor


class _Keeping(Extractor):
    """An extractor that keeps the parsed document of its last run."""

    def _events(self, doc, offset):
        self.doc = doc
        return super()._events(doc, offset)


def _sentence_facts(doc, actor_groups):
    """Per sentence: the groups its actors roll up to and the PLOVER categories of its triggers."""
    seg = doc.seg
    groups, plovers = collections.defaultdict(set), collections.defaultdict(set)
    for hit, group in zip(doc.actors, actor_groups):
        if group:
            groups[seg.sentence_of[hit.first]].add(group)
    for trig in doc.triggers:
        plovers[seg.sentence_of[trig.first]].add(event_plover(trig.value.type))
    return groups, plovers


def classify(gold_event, events, groups, plovers):
    """The kind of one missed gold event, and the sentence it points at (or None)."""
    wanted = set(gold_event["plover"])
    sources, targets = set(gold_event["source"]), set(gold_event["target"])
    kind, where = "no trigger", None
    for s in sorted(plovers):
        if not wanted & plovers[s]:
            continue
        near = groups[s] | groups.get(s - 1, set())
        has_target = "*" in targets or bool(targets & near)
        if sources & near and has_target and (sources | targets) & groups[s]:
            told = any(e["sentence"] == s and e["plover"] in wanted for e in events)
            return ("wrong roles" if told else "no event from trigger"), s
        kind, where = "side not named", s
    return kind, where


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if not args:
        print(__doc__)
        return 2
    scorer = load_scorer(args[0])
    extractor = _Keeping()
    counts: collections.Counter[str] = collections.Counter()
    for gold_path, gold, article in gold_articles(args[1] if len(args) > 1 else "data/corpus"):
        extractor.doc = None
        result = extractor.run(article.body, published=gold["published"], lang=gold["lang"],
                               doc_id=article.doc_id, offset=article.body_start).to_json()
        doc = extractor.doc
        scorer.score(gold, result)  # turns the gold's fields into lists
        if doc is None:
            continue
        groups, plovers = _sentence_facts(doc, [a["group"] for a in result["actors"]])
        for g in gold["events"]:
            if not g.get("core", True) or any(scorer.event_matches(e, g) for e in result["events"]):
                continue
            kind, s = classify(g, result["events"], groups, plovers)
            counts[kind] += 1
            if verbose:
                print(f"{gold_path.name}: {kind}: {g['plover']} {g['source']} -> {g['target']} ({g.get('note', '')})")
                if s is not None:
                    lo, hi = doc.seg.sentences[s]
                    a, b = doc.toks.span(lo, hi)
                    print("   ", doc.text[a:b].replace("\n", " "))
    total = sum(counts.values())
    for kind in ("no trigger", "side not named", "no event from trigger", "wrong roles"):
        print(f"{kind:24} {counts[kind]:4}  ({counts[kind] / total:.0%})" if total else f"{kind:24} 0")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
