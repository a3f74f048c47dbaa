"""Period labels, bounds and windows."""
from __future__ import annotations

import pytest

from polgraph.analysis.periods import parse_windows, period_bounds, period_label, periods_between
from polgraph.errors import InputError


@pytest.mark.parametrize("date, by, label", [
    ("2024-12-31", "year", "2024"), ("2025-01-01", "quarter", "2025-Q1"), ("2025-04-01", "quarter", "2025-Q2"),
    ("2025-09-30", "quarter", "2025-Q3"), ("2025-12-01", "quarter", "2025-Q4"), ("2024-02-29", "month", "2024-02"),
])
def test_labels_and_bounds_agree(date, by, label):
    assert period_label(date, by) == label
    first, last = period_bounds(label)
    assert first <= date <= last


def test_leap_february_and_quarter_ends():
    assert period_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert period_bounds("2025-Q4") == ("2025-10-01", "2025-12-31")


def test_periods_between_crosses_years():
    assert list(periods_between("2024-11-15", "2025-02-01", "month")) == ["2024-11", "2024-12", "2025-01", "2025-02"]


@pytest.mark.parametrize("spec", ["", "a", "a=2020", "=2020..2021", "a=2021..2020", "a=x..2021"])
def test_bad_windows(spec):
    with pytest.raises(InputError):
        parse_windows(spec)
