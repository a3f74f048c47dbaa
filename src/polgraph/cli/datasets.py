"""``polgraph import-gdelt`` and ``polgraph export-events``: structured event datasets in
and PLOVER records out."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from polgraph.cli.common import store_from
from polgraph.datasets.importer import ImportReport, import_gdelt
from polgraph.datasets.plover_export import ORIGINS, write_plover
from polgraph.errors import InputError, PolgraphError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import-gdelt`` and ``export-events`` commands."""
    p = sub.add_parser("import-gdelt", help="import GDELT 1.0/2.0 event exports (.csv/.tsv, or .zip), one graph per file")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="read, check and map every row; write nothing")
    p.add_argument("--report", choices=["text", "json"], default="text", help="form of the final report")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=run_import)

    p = sub.add_parser("export-events", help="write events as PLOVER-style records (JSON lines or CSV)")
    p.add_argument("--format", choices=["plover-jsonl", "csv"], default="plover-jsonl")
    p.add_argument("-o", "--output", help="file to write (default stdout)")
    p.add_argument("--origin", choices=ORIGINS, default="all", help="events from text, from GDELT, or all")
    p.set_defaults(func=run_export)


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(report: ImportReport) -> None:
        print(f"\r  {Path(report.path).name[:40]}: {report.rows:,} rows, {report.imported:,} imported, "
              f"{report.rejected:,} rejected", end="", file=sys.stderr, flush=True)
    return show


def run_import(args: argparse.Namespace) -> int:
    """Import every file; a file that fails is reported and the others still run."""
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        raise InputError(f"no such file: {', '.join(missing)}")
    reports: list[ImportReport] = []
    failure: PolgraphError | None = None
    progress = _progress(args.quiet)
    with store_from(args) as store:
        for path in args.files:
            try:
                reports.append(import_gdelt(store, path, dry_run=args.dry_run, progress=progress))
            except PolgraphError as err:
                failure = failure or err
                if progress:
                    print(file=sys.stderr)
                print(f"polgraph: {path}: {err} (nothing written for this file)", file=sys.stderr)
                continue
            if progress:
                print(file=sys.stderr)
    if args.report == "json":
        print(json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            print(report.summary())
    return failure.exit_code if failure else 0


def run_export(args: argparse.Namespace) -> int:
    """Stream the records to stdout or to a file written whole or not at all."""
    with store_from(args) as store:
        if not args.output or args.output == "-":
            write_plover(store, sys.stdout, fmt=args.format, origin=args.origin)
            sys.stdout.flush()
            return 0
        path = Path(args.output)
        tmp = path.with_name(path.name + ".part")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                count = write_plover(store, out, fmt=args.format, origin=args.origin)
            tmp.replace(path)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise InputError(f"cannot write {args.output}: {err.strerror or err}") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    print(f"{count} events → {path}", file=sys.stderr)
    return 0
