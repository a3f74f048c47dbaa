"""Loading the extraction lexicons (``data/lexicon/*.toml``) once per process.

The lexicons are data an analyst extends without code: trigger words per event class,
date words, status cues, relation cues and clause words, each with an ``ar`` and an
``en`` part. They are read with :mod:`tomllib` and compiled into matchers elsewhere.

>>> "Visit" in {t["type"] for t in load_lexicon("triggers")["trigger"]}
True
"""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from polgraph.errors import ParseError
from polgraph.resources import data_dir

__all__ = ["grammar_words", "load_lexicon", "lexicon_dir"]


def lexicon_dir() -> Path:
    """The folder holding the lexicon files."""
    return data_dir() / "lexicon"


@functools.cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The lexicon ``data/lexicon/<name>.toml`` as a dict (cached)."""
    path = lexicon_dir() / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ParseError(f"cannot read lexicon {path.name}: {err}") from None


@functools.cache
def grammar_words(lang: str, key: str) -> frozenset[str]:
    """The folded words of the list ``key`` in the ``lang`` part of ``grammar.toml``
    (empty when the list is absent), cached.

    >>> "ضد" in grammar_words("ar", "enemy_markers")
    True
    """
    from polgraph.extraction.normalize import fold
    return frozenset(fold(w) for w in load_lexicon("grammar")[lang].get(key, ()))
