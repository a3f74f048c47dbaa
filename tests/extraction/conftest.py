"""Shared fixtures for the extraction tests: the shared evaluation folder and the scorer."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """The shared evaluation material: POLGRAPH_SHARED, else ``../shared`` beside the repository."""
    env = os.environ.get("POLGRAPH_SHARED")
    return Path(env) if env else REPO.parent / "shared"


@pytest.fixture(scope="session")
def scorer():
    """The extraction scorer module from the shared folder (skips when it is absent)."""
    path = shared_dir() / "eval" / "score_extraction.py"
    if not path.is_file():
        pytest.skip("the shared evaluation folder is not available")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
