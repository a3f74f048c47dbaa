"""Reading an article file: size and encoding checks and the optional metadata header.

An article is a UTF-8 text file. It may start with a small header of ``key: value``
lines ended by a line holding only ``---``; the keys understood are ``published``
(``YYYY-MM-DD``), ``lang`` (``ar`` or ``en``), ``title``, ``id`` and ``source`` (the outlet). Unknown keys are
ignored. A file whose first lines are not such a header is plain text::

    published: 2025-11-02
    lang: ar
    title: ...
    ---
    body of the article ...

The text is kept whole, header included, so that every offset the extractor reports
points into the file as read (line ends are read the way Python's text mode reads them).

>>> art = parse_article("published: 2025-11-02\\nlang: en\\n---\\nSyria joined.", doc_id="x")
>>> art.published, art.lang, art.text[art.body_start:]
('2025-11-02', 'en', 'Syria joined.')
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from polgraph.vocab import slug
from polgraph.errors import InputError

__all__ = ["Article", "read_article", "parse_article", "MAX_ARTICLE_BYTES", "check_date"]

#: Articles larger than this are refused: no news article is this long.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_HEADER_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]*(.*)")
_HEADER_KEYS = {"published", "lang", "title", "id", "source"}


@dataclass(frozen=True)
class Article:
    """An article as read: its whole text, where the body starts, and its metadata."""

    text: str
    body_start: int = 0
    published: str | None = None
    lang: str | None = None
    title: str | None = None
    doc_id: str = "doc"
    source: str | None = None
    path: str | None = None

    @property
    def body(self) -> str:
        """The text after the header."""
        return self.text[self.body_start:]


def check_date(value: str, what: str = "date") -> str:
    """Return ``value`` if it is a ``YYYY-MM-DD`` date, else raise :class:`InputError`.

    >>> check_date("2025-11-02")
    '2025-11-02'
    """
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None
    if len(value) != 10:
        raise InputError(f"{what} must be a date as YYYY-MM-DD, not {value!r}")
    return value


def parse_article(text: str, *, doc_id: str = "doc", path: str | None = None) -> Article:
    """Split the optional header from an article's text (already decoded)."""
    meta: dict[str, str] = {}
    pos = 0
    body_start = 0
    for _ in range(12):
        end = text.find("\n", pos)
        if end < 0:
            break
        line = text[pos:end].strip()
        if line == "---" and meta:
            body_start = end + 1
            break
        match = _HEADER_LINE.fullmatch(line)
        if not match or match.group(1).lower() not in _HEADER_KEYS:
            break
        meta[match.group(1).lower()] = match.group(2).strip()
        pos = end + 1
    if not body_start:
        meta = {}
    published = meta.get("published") or None
    if published:
        published = check_date(published, "the header's published")
    lang = (meta.get("lang") or "").lower() or None
    if lang is not None and lang not in ("ar", "en"):
        raise InputError(f"the header's lang must be ar or en, not {lang!r}")
    return Article(text=text, body_start=body_start, published=published, lang=lang,
                   title=meta.get("title") or None, doc_id=meta.get("id") or doc_id,
                   source=meta.get("source") or None, path=path)


def _default_id(path: Path) -> str:
    name = path.name
    return slug(name[:-4] if name.endswith(".txt") else name)


def read_article(path: str | Path) -> Article:
    """Read an article file, refusing what cannot be an article with a clear message.

    Raises :class:`~polgraph.errors.InputError` for a missing, unreadable, binary,
    non-UTF-8 or too large (over :data:`MAX_ARTICLE_BYTES`) file.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path} is a directory, not an article")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path} is {size / 1e6:.1f} MB; articles are limited to "
                             f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{path} is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data:
        raise InputError(f"{path} is a binary file, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{path} is not UTF-8 text (bad byte at offset {err.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    # Read line ends the way Python's text mode does, so offsets agree with it.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_article(text, doc_id=_default_id(path), path=str(path))
