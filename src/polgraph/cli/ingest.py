"""``polgraph ingest``: RDF files and article texts into the store, one graph per document."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from polgraph.cli.common import store_from
from polgraph.errors import InputError
from polgraph.model import date_precision
from polgraph.pipeline import ingest


__all__ = ['register', 'check_date', 'run']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` command to the parser."""
    p = sub.add_parser("ingest", help="store RDF files (.ttl .nt .nq .trig .jsonld .rdf) and articles (any other file)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles (else their header)")
    p.add_argument("--lang", choices=["ar", "en", "auto"], default="auto")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def check_date(value: str | None) -> None:
    """Reject a --published value that is not YYYY-MM-DD."""
    if value is None:
        return
    try:
        if date_precision(value) != "day":
            raise ValueError
        import datetime
        datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published must be a date as YYYY-MM-DD, not {value!r}") from None


def run(args: argparse.Namespace) -> int:
    """Carry out the command; return the exit status."""
    check_date(args.published)
    count = len(args.files)
    show = not args.quiet and sys.stderr.isatty() and count > 1
    done = [0]

    def progress(path: Path) -> None:
        done[0] += 1
        if show:
            width = 30
            filled = width * done[0] // count
            print(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done[0]}/{count} {path.name[:40]:<40}",
                  end="", file=sys.stderr, flush=True)

    with store_from(args) as store:
        report = ingest(store, args.files, published=args.published, lang=args.lang, progress=progress)
    if show:
        print(file=sys.stderr)
    for item in report.graphs:
        what = f"{len(item.extraction.events)} events, {len(item.extraction.relations)} relations" \
            if item.extraction else f"{item.triples} triples"
        print(f"{item.source} → <{item.graph}>: {what}")
    return 0
