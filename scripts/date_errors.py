"""List, per article, the matched core gold events whose predicted date is wrong.

    PYTHONPATH=src python scripts/date_errors.py SCORER.py [FOLDER]

SCORER.py is the extraction scorer (its matching is reused, not re-implemented); FOLDER
holds *.gold.json beside their articles (default data/corpus). Prints the gold dates, the
predicted date and quote of every matching event, then the date accuracy.
"""
from __future__ import annotations

import json
import sys

from scoring import gold_articles, load_scorer

from polgraph.extraction import extract_article


def main() -> int:
    scorer = load_scorer(sys.argv[1])
    ok = bad = 0
    for gold_path, gold, article in gold_articles(sys.argv[2] if len(sys.argv) > 2 else "data/corpus"):
        pred = extract_article(article, published=gold["published"]).to_json()
        pred = json.loads(json.dumps(pred, default=str))
        scorer.score(gold, pred)  # turns the gold's fields into lists
        for g in gold["events"]:
            if not g.get("core", True) or not g["date"]:
                continue
            hits = [e for e in pred["events"] if scorer.event_matches(e, g)]
            if not hits:
                continue
            if any(scorer.date_fits(e.get("date"), g["date"]) for e in hits):
                ok += 1
                continue
            bad += 1
            print(f"== {gold['document']} published={gold['published']} gold={g['date']} "
                  f"{g['plover']} {g['source']}->{g['target']} {g.get('note', '')[:100]}")
            for e in hits:
                print(f"   predicted={e.get('date')} {e['status']} | {e['quote'][:240]}")
    print(f"right={ok} wrong={bad} accuracy={ok / max(1, ok + bad):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
