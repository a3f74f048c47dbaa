"""Read GDELT event exports (1.0 and 2.0) row by row, without loading a file whole.

GDELT ships tab-separated rows with no header, plain or zipped. Three row shapes exist:
57 columns (1.0 backfile, before SOURCEURL was added in 2013), 58 columns (1.0 daily
files) and 61 columns (2.0, which adds an ADM2 code to each of the three geographies and
stamps DATEADDED to the second). The shape is decided per row, so a file mixing 57- and
58-column rows reads fine.

A row that cannot be used (wrong column count, a date that is not a date, a number that is
not a number) becomes a :class:`Rejected` with its line number and reason; reading goes on.

>>> import io
>>> row = "\\t".join(["1", "20160728"] + [""] * 20)
>>> [(type(r).__name__, r.line, r.reason) for r in iter_records(io.BytesIO(row.encode()), "x.tsv")]
[('Rejected', 1, 'columns')]
"""
from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import quote

from polgraph.errors import InputError

__all__ = [
    "GDELT1_COLUMNS", "GDELT1_BACKFILE_COLUMNS", "GDELT2_COLUMNS", "LAYOUTS",
    "GdeltActor", "GdeltRecord", "Rejected", "REJECT_REASONS",
    "open_export", "iter_records", "read_export", "parse_row",
]

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")


def _geo(prefix: str, adm2: bool) -> list[str]:
    names = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else [])
    names += ["Lat", "Long", "FeatureID"]
    return [f"{prefix}Geo_{n}" for n in names]


def _columns(adm2: bool, source_url: bool) -> tuple[str, ...]:
    cols = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    cols += [f"Actor1{f}" for f in _ACTOR_FIELDS] + [f"Actor2{f}" for f in _ACTOR_FIELDS]
    cols += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
             "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    cols += _geo("Actor1", adm2) + _geo("Actor2", adm2) + _geo("Action", adm2)
    cols += ["DATEADDED"] + (["SOURCEURL"] if source_url else [])
    return tuple(cols)


#: GDELT 1.0 daily export columns (58), in file order.
GDELT1_COLUMNS = _columns(adm2=False, source_url=True)
#: GDELT 1.0 backfile columns (57): the daily layout without SOURCEURL.
GDELT1_BACKFILE_COLUMNS = _columns(adm2=False, source_url=False)
#: GDELT 2.0 export columns (61).
GDELT2_COLUMNS = _columns(adm2=True, source_url=True)

#: Column count → (GDELT version, column names).
LAYOUTS: dict[int, tuple[int, tuple[str, ...]]] = {
    57: (1, GDELT1_BACKFILE_COLUMNS),
    58: (1, GDELT1_COLUMNS),
    61: (2, GDELT2_COLUMNS),
}

#: Why a row can be rejected, with the words the import report uses.
REJECT_REASONS = {
    "columns": "wrong number of columns",
    "event-id": "GLOBALEVENTID is not a positive integer",
    "date": "SQLDATE is not a valid YYYYMMDD date",
    "date-added": "DATEADDED is not a valid date or timestamp",
    "number": "a numeric field is not a number",
    "event-code": "unknown CAMEO event code",
    "actor-code": "malformed CAMEO actor code",
    "no-plover": "CAMEO code has no PLOVER category (public statements)",
}

_INDEX = {n: {name: i for i, name in enumerate(cols)} for n, (_, cols) in LAYOUTS.items()}
_DIGITS = re.compile(r"[0-9]+")
_ACTOR_CODE = re.compile(r"[A-Za-z0-9]*")  # ethnic codes come in lower case (idg, kur)
# Characters N-Triples forbids in an IRI, plus space; anything else in a URL is kept.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


@dataclass(frozen=True, slots=True)
class GdeltActor:
    """One of a row's two actors, as CAMEO codes and the name GDELT matched."""

    code: str
    name: str
    country: str
    known_group: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GdeltRecord:
    """The fields of one GDELT event row that polgraph keeps, already checked."""

    line: int
    version: int
    event_id: str
    date: str                   # ISO date of SQLDATE
    actor1: GdeltActor | None
    actor2: GdeltActor | None
    event_code: str
    quad_class: int | None
    goldstein: float | None
    num_mentions: int | None
    tone: float | None
    place: str | None
    date_added: str | None      # ISO date (1.0) or UTC date-time (2.0)
    source_url: str | None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row that was not imported: where it is and why."""

    line: int
    reason: str
    detail: str = ""


def open_export(path: str | Path) -> IO[bytes]:
    """Open a GDELT export for streaming: a plain file, or the first member of a .zip.

    Raises :class:`~polgraph.errors.InputError` for a missing, unreadable or empty archive.
    """
    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.infolist() if not m.is_dir()]
            if not members:
                archive.close()
                raise InputError(f"{path}: the zip archive holds no file")
            member = archive.open(members[0])
            archive.close()  # the member keeps the file open until it is closed itself
            return member
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a GDELT export") from None
    except (OSError, zipfile.BadZipFile) as err:
        raise InputError(f"cannot read {path}: {err}") from None


_date_cache: dict[str, str | None] = {}


def _iso_date(value: str) -> str | None:
    """YYYYMMDD → YYYY-MM-DD, or None when it is not a real date."""
    cached = _date_cache.get(value)
    if cached is not None or value in _date_cache:
        return cached
    result = None
    if len(value) == 8 and value.isdigit():
        try:
            result = dt.date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
        except ValueError:
            result = None
    if len(_date_cache) < 200_000:  # about five centuries of days; never unbounded
        _date_cache[value] = result
    return result


def _date_added(value: str) -> str | None:
    """DATEADDED as ISO date (8 digits) or UTC date-time (14 digits); '' → ''; bad → None."""
    if not value:
        return ""
    if len(value) == 8:
        return _iso_date(value)
    if len(value) == 14 and value.isdigit():
        try:
            stamp = dt.datetime(int(value[:4]), int(value[4:6]), int(value[6:8]),
                                int(value[8:10]), int(value[10:12]), int(value[12:]))
        except ValueError:
            return None
        return stamp.isoformat() + "Z"
    return None


def _float(value: str) -> float | None:
    if not value:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _int(value: str) -> int | None:
    return int(value) if value else None


def _url(value: str) -> str | None:
    """The source as given, with characters an IRI cannot hold percent-encoded."""
    value = value.strip()
    if not value:
        return None
    if "://" in value and _IRI_UNSAFE.search(value):
        return _IRI_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), value)
    return value


def _actor(fields: list[str], start: int) -> GdeltActor | None:
    code = fields[start]
    name = fields[start + 1].strip()
    if not code and not name:
        return None
    roles = tuple(dict.fromkeys(r for r in (fields[start + 7], fields[start + 8], fields[start + 9]) if r))
    return GdeltActor(code=code, name=name, country=fields[start + 2],
                      known_group=fields[start + 3], roles=roles)


def parse_row(fields: list[str], line: int) -> GdeltRecord | Rejected:
    """Check one row's fields and keep what polgraph stores.

    >>> row = ["7", "20160728"] + [""] * 56
    >>> row[26], row[29], row[30] = "042", "1", "1.9"
    >>> rec = parse_row(row, 3)
    >>> rec.date, rec.event_code, rec.goldstein, rec.version
    ('2016-07-28', '042', 1.9, 1)
    >>> parse_row(row[:10], 4).reason
    'columns'
    """
    n = len(fields)
    layout = LAYOUTS.get(n)
    if layout is None:
        return Rejected(line, "columns", f"{n} columns, expected 57, 58 or 61")
    version = layout[0]
    index = _INDEX[n]
    event_id = fields[0]
    if not _DIGITS.fullmatch(event_id):
        return Rejected(line, "event-id", repr(event_id[:40]))
    date = _iso_date(fields[1])
    if date is None:
        return Rejected(line, "date", repr(fields[1][:40]))
    added = _date_added(fields[index["DATEADDED"]])
    if added is None:
        return Rejected(line, "date-added", repr(fields[index["DATEADDED"]][:40]))
    for col in (5, 15):
        if not _ACTOR_CODE.fullmatch(fields[col]):
            return Rejected(line, "actor-code", repr(fields[col][:40]))
    try:
        quad = _int(fields[29])
        goldstein = _float(fields[30])
        mentions = _int(fields[31])
        tone = _float(fields[34])
    except ValueError:
        return Rejected(line, "number", "QuadClass, GoldsteinScale, NumMentions or AvgTone")
    place = fields[index["ActionGeo_FullName"]].strip() or None
    url = _url(fields[index["SOURCEURL"]]) if "SOURCEURL" in index else None
    return GdeltRecord(
        line=line, version=version, event_id=event_id, date=date,
        actor1=_actor(fields, 5), actor2=_actor(fields, 15), event_code=fields[26],
        quad_class=quad, goldstein=goldstein, num_mentions=mentions, tone=tone,
        place=place, date_added=added or None, source_url=url,
    )


def iter_records(stream: IO[bytes], name: str = "<stream>") -> Iterator[GdeltRecord | Rejected]:
    """Yield a record or a rejection for every non-blank line of a GDELT export stream."""
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    for line_no, line in enumerate(text, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        yield parse_row(line.split("\t"), line_no)


def read_export(path: str | Path) -> Iterator[GdeltRecord | Rejected]:
    """Records and rejections of a GDELT export file (plain or .zip), streamed.

    The file is closed when the iterator is exhausted or discarded.
    """
    stream = open_export(path)
    try:
        yield from iter_records(stream, str(path))
    finally:
        stream.close()
