"""Fixtures for the visualisation tests: a timeline known by hand and the bundled corpus."""
from __future__ import annotations

import pytest

from polgraph.analysis import DyadScore
from polgraph.store import open_store
from polgraph.visual.timeline import timeline_from_scores


@pytest.fixture
def small_timeline():
    """Three years among the core actors: Damascus and Washington go from hostile to
    friendly, Ankara and the SDF stay hostile, Russia appears once."""
    return timeline_from_scores([
        DyadScore("SDF", "TUR", "2019", -6.0, 2),
        DyadScore("SDF", "TUR", "2025", -2.0, 1),
        DyadScore("SYR", "USA", "2019", -8.0, 3),
        DyadScore("SYR", "USA", "2024", 1.5, 1),
        DyadScore("SYR", "USA", "2025", 12.0, 5),
        DyadScore("RUS", "SYR", "2019", 7.0, 2),
    ], by="year")


@pytest.fixture(scope="session")
def corpus_store():
    """The bundled corpus built into an in-memory store, once per test session."""
    from polgraph.pipeline import build

    store = open_store("memory")
    build(store)
    return store
