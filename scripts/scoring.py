"""What the scoring scripts share: the contract scorer loaded from its file, and the gold
annotations of a folder with their articles.

Used by ``date_errors.py`` and ``miss_sources.py`` (run from the repository root with
``PYTHONPATH=src``); the scorer's own matching is reused, never re-implemented.
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
from collections.abc import Iterator
from types import ModuleType

from polgraph.extraction import Article, read_article


def load_scorer(path: str) -> ModuleType:
    """The scorer module at ``path`` (``score_extraction.py``)."""
    spec = importlib.util.spec_from_file_location("scorer", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def gold_articles(folder: str | pathlib.Path) -> Iterator[tuple[pathlib.Path, dict, Article]]:
    """Each ``*.gold.json`` of ``folder`` in name order, its parsed gold and its article."""
    for gold_path in sorted(pathlib.Path(folder).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield gold_path, gold, read_article(gold_path.with_name(gold["document"]))
