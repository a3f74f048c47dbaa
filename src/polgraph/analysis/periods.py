"""Periods the analysis groups events by: years, quarters, months, or custom windows.

Calendar periods are computed in the store from each event's ``pg:periodDate``; custom
windows are passed to it as a ``VALUES`` table. A label names a period in every output.

>>> period_label("2025-03-14", "quarter"), period_label("2025-03-14", "month")
('2025-Q1', '2025-03')
>>> period_bounds("2025-Q2")
('2025-04-01', '2025-06-30')
>>> parse_windows("before=2020..2024-12-07,after=2024-12-08..2025")[1]
Window(label='after', start='2024-12-08', end='2025-12-31')
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from polgraph.errors import InputError
from polgraph.model import date_bounds

__all__ = [
    "GRANULARITIES", "Window", "Periods", "period_label", "period_bounds", "period_sort_key",
    "periods_between", "parse_windows", "parse_date_bound", "resolve_periods",
]

GRANULARITIES = ("year", "quarter", "month")

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True)
class Window:
    """A custom period: a label and its first and last day (ISO dates, inclusive)."""

    label: str
    start: str
    end: str


Periods = str | Sequence[Window]
"""Either a granularity name or a sequence of custom windows."""


def period_label(date: str, by: str) -> str:
    """The label of the calendar period of ``by`` that contains ``date``.

    >>> period_label("2024-12-08", "year")
    '2024'
    """
    year, month = date[:4], int(date[5:7])
    if by == "year":
        return year
    if by == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if by == "month":
        return f"{year}-{month:02d}"
    raise InputError(f"unknown period {by!r}; use year, quarter or month")


def period_bounds(label: str) -> tuple[str, str]:
    """First and last day of a calendar period given by its label.

    >>> period_bounds("2024"), period_bounds("2025-02")
    (('2024-01-01', '2024-12-31'), ('2025-02-01', '2025-02-28'))
    """
    match = _QUARTER.match(label)
    if match:
        year, quarter = int(match[1]), int(match[2])
        last_month = quarter * 3
        return (dt.date(year, last_month - 2, 1).isoformat(),
                dt.date(year, last_month, calendar.monthrange(year, last_month)[1]).isoformat())
    try:
        first, last = date_bounds(label)
    except ValueError:
        raise InputError(f"not a period label: {label!r}") from None
    return first.isoformat(), last.isoformat()


def period_sort_key(label: str) -> tuple[str, str]:
    """Sort key that orders calendar labels in time (``2025-Q1`` before ``2025-Q2``)."""
    try:
        return period_bounds(label)
    except InputError:
        return (label, label)


def periods_between(start: str, end: str, by: str) -> Iterator[str]:
    """Labels of every calendar period of ``by`` from the one holding ``start`` to the one
    holding ``end``.

    >>> list(periods_between("2024-11-20", "2025-02-01", "quarter"))
    ['2024-Q4', '2025-Q1']
    """
    label = period_label(start, by)
    last = period_label(end, by)
    while True:
        yield label
        if label == last:
            return
        next_day = dt.date.fromisoformat(period_bounds(label)[1]) + dt.timedelta(days=1)
        label = period_label(next_day.isoformat(), by)


def parse_date_bound(value: str | None, *, end: bool = False) -> str | None:
    """A ``--from`` / ``--to`` value (YYYY, YYYY-MM or YYYY-MM-DD) as an ISO day: the first
    day it covers, or the last when ``end``.

    >>> parse_date_bound("2025", end=True), parse_date_bound("2024-12")
    ('2025-12-31', '2024-12-01')
    """
    if value is None or value == "":
        return None
    try:
        first, last = date_bounds(value.strip())
    except ValueError:
        raise InputError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return (last if end else first).isoformat()


def parse_windows(text: str) -> list[Window]:
    """Custom windows written ``label=FROM..TO,label=FROM..TO`` (dates of any precision).

    >>> parse_windows("2019=2019..2019")
    [Window(label='2019', start='2019-01-01', end='2019-12-31')]
    """
    windows = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        label, sep, span = part.partition("=")
        first, dots, last = span.partition("..")
        if not sep or not dots or not label.strip():
            raise InputError(f"not a window: {part!r} (write label=FROM..TO)")
        start, stop = parse_date_bound(first), parse_date_bound(last, end=True)
        if start > stop:
            raise InputError(f"window {label.strip()!r} ends before it starts")
        windows.append(Window(label.strip(), start, stop))
    if not windows:
        raise InputError("no windows given")
    return windows


def resolve_periods(by: Periods) -> str | list[Window]:
    """Check a ``by`` argument: a granularity name or a non-empty list of windows."""
    if isinstance(by, str):
        if by not in GRANULARITIES:
            raise InputError(f"unknown period {by!r}; use year, quarter or month")
        return by
    windows = list(by) if isinstance(by, Iterable) else []
    if not windows or not all(isinstance(w, Window) for w in windows):
        raise InputError("custom periods must be a non-empty list of Window objects")
    if len({w.label for w in windows}) != len(windows):
        raise InputError("custom windows need distinct labels")
    return windows
