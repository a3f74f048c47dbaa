"""Fixtures of the dataset tests: the hand-written GDELT files and the shared real sample."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gdelt"


@pytest.fixture
def mixed_tsv() -> Path:
    """GDELT 1.0 rows, good and malformed (see tests/fixtures/gdelt/README.md)."""
    return FIXTURES / "mixed-gdelt1.tsv"


@pytest.fixture
def mixed_zip() -> Path:
    """The same rows, zipped."""
    return FIXTURES / "mixed-gdelt1.zip"


@pytest.fixture
def gdelt2_tsv() -> Path:
    """Two GDELT 2.0 rows of 61 columns."""
    return FIXTURES / "gdelt2-2025.export.tsv"


@pytest.fixture
def real_sample(shared_dir) -> Path:
    """The real GDELT 1.0 sample of 710 rows from ../shared (skips when absent)."""
    path = shared_dir / "data" / "gdelt" / "gdelt1-sample-2016-07-28.tsv"
    if not path.is_file():
        pytest.skip("the GDELT sample is not in ../shared")
    return path
