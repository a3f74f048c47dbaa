"""Shared fixtures for the extraction tests: the shared evaluation folder and the scorer."""
from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import SHARED


@pytest.fixture(scope="session")
def scorer():
    """The extraction scorer module from the shared folder (skips when it is absent)."""
    path = SHARED / "eval" / "score_extraction.py"
    if not path.is_file():
        pytest.skip("the shared evaluation folder is not available")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
