"""How many articles per second the extractor handles on one core.

Runs the extractor over the development corpus (and the seed article when the shared
folder is present), repeated until about 500-word articles have been processed for a few
seconds, and prints articles per second. As a yardstick measured in the same process it
also times one plain regular-expression pass (word tokens) over the same texts and
prints the ratio between the two.

    python benchmarks/extraction_speed.py [--seconds 5]
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from polgraph.extraction import extract_article, read_article

REPO = Path(__file__).resolve().parents[1]


def _articles():
    paths = sorted((REPO / "data" / "corpus").glob("*.txt"))
    seed = REPO.parent / "shared" / "eval" / "seed"
    paths += sorted(seed.glob("*.txt")) if seed.is_dir() else []
    return [read_article(p) for p in paths]


def _rate(func, articles, seconds):
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for art in articles:
            func(art)
            count += 1
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    articles = _articles()
    if not articles:
        raise SystemExit("no articles found in data/corpus")
    words = sum(len(a.body.split()) for a in articles) / len(articles)
    extract_article(articles[0])  # load lexicons and gazetteer once
    word = re.compile(r"\w+")
    extractor = _rate(lambda a: extract_article(a), articles, args.seconds)
    baseline = _rate(lambda a: word.findall(a.text), articles, min(args.seconds, 2.0))
    per_500 = extractor * words / 500
    print(f"articles: {len(articles)}, mean length {words:.0f} words")
    print(f"extractor: {extractor:.1f} articles/s ({per_500:.1f} articles/s scaled to 500 words)")
    print(f"plain regex pass: {baseline:.1f} articles/s; extractor costs {baseline / extractor:.0f}x a regex pass")


if __name__ == "__main__":
    main()
