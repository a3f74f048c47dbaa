"""The extractor scored with the shared scorer: the seed article and the development corpus."""
from __future__ import annotations

import json

import pytest

from polgraph.extraction import extract_article, read_article

from tests.conftest import ROOT as REPO, SHARED


def _score_folder(scorer, folder):
    total = {}
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        pytest.skip(f"no gold files in {folder}")
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold["document"])
        pred = extract_article(read_article(text_path), published=gold["published"]).to_json()
        scorer.add(total, scorer.score(gold, pred, text_path.read_text(encoding="utf-8")))
    return scorer.summary(total)


def test_seed_meets_the_targets(scorer):
    summary = _score_folder(scorer, SHARED / "eval" / "seed")
    assert summary["f1"] >= 0.85, summary
    assert summary["date_accuracy"] >= 0.8, summary
    assert summary["status_accuracy"] >= 0.8, summary
    assert summary["span_validity"] == 1.0, summary


def test_development_corpus_stays_above_its_floor(scorer):
    summary = _score_folder(scorer, REPO / "data" / "corpus")
    assert summary["span_validity"] == 1.0, summary
    assert summary["f1"] >= 0.68, summary
    assert summary["date_accuracy"] >= 0.79, summary
    assert summary["relation_recall"] >= 0.55, summary
    assert summary["relation_precision"] >= 0.81, summary
