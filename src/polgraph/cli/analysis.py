"""``polgraph alignments | shifts | balance | blocs | centrality``: the alignment analysis.

All five share the options that choose periods, actors, dates, origin and weights; each
prints JSON (the library objects' ``to_json``), an aligned table, or CSV where it has one.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from polgraph import analysis
from polgraph.analysis.alignment import CORE_ACTORS
from polgraph.analysis.periods import GRANULARITIES, parse_windows
from polgraph.analysis.weights import load_weights
from polgraph.cli.common import store_from, write_output

__all__ = ["register"]


def _common(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument("--by", choices=GRANULARITIES, default="year", help="period length (default year)")
    p.add_argument("--windows", metavar="SPEC",
                   help="custom periods instead of --by: label=FROM..TO,label=FROM..TO")
    p.add_argument("--actors", default=",".join(CORE_ACTORS),
                   help=f"group codes to focus on, comma-separated, or 'all' (default {','.join(CORE_ACTORS)})")
    p.add_argument("--from", dest="start", metavar="DATE", help="first date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--origin", choices=("text", "gdelt", "all"), default="all",
                   help="extracted events, imported GDELT events, or both (default)")
    p.add_argument("--weights", metavar="FILE", help="a weights file instead of data/weights.toml")
    p.add_argument("--format", choices=formats, default=formats[0])
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {"by": parse_windows(args.windows) if args.windows else args.by, "actors": args.actors,
            "start": args.start, "end": args.end, "origin": args.origin,
            "weights": load_weights(args.weights) if args.weights else None}


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[_fmt(v) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:+.2f}"
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


def _csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def _json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)


def _evidence(drivers: list[dict[str, Any]], indent: str = "    ") -> list[str]:
    lines = []
    for d in drivers:
        when = d["date"] + (" (publication date)" if d.get("date_from_publication") else "")
        lines.append(f"{indent}{d['weight']:+6.2f}  {d['type']} {d['source']}→{d['target']} {d['status']} "
                     f"{when}  [{d['id']}]")
        if d.get("quote"):
            lines.append(f"{indent}        “{d['quote']}” ({d.get('document') or '?'})")
        for report in d.get("merged_reports", []):
            lines.append(f"{indent}        merged report {report['id']} ({report['status']}, "
                         f"published {report['published']})")
    return lines


def _run(compute: Callable, render: Callable) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        options = _options(args)
        with store_from(args) as store:
            result = compute(store, args, options)
        write_output(render(result, args), args.output)
        return 0
    return run


# ---- alignments ---------------------------------------------------------------------------
def _alignments(store, args, options):
    return analysis.alignment_series(store, explain=args.explain, **options)


def _render_alignments(scores, args) -> str:
    explain = args.explain > 0
    if args.format == "json":
        return _json([s.to_json(explain) for s in scores])
    headers = ["a", "b", "period", "score", "events"]
    rows = [[s.a, s.b, s.period, s.score, s.events] for s in scores]
    if args.format == "csv":
        if explain:
            headers.append("drivers")
            for row, s in zip(rows, scores):
                row.append(" ".join(d.id for d in s.drivers))
        return _csv(headers, [[*r[:3], round(r[3], 3), *r[4:]] for r in rows])
    if not explain:
        return _table(headers, rows)
    lines = []
    for s in scores:
        lines.append(f"{s.a}–{s.b}  {s.period}  score {s.score:+.2f}  events {s.events}")
        lines.extend(_evidence([d.to_json() for d in s.drivers]))
    return "\n".join(lines)


# ---- shifts -------------------------------------------------------------------------------
def _shifts(store, args, options):
    return analysis.shifts(store, drivers=max(args.explain, 5), largest=args.largest,
                           min_change=args.min_change, **options)


def _render_shifts(found, args) -> str:
    explain = args.explain > 0
    if args.format == "json":
        return _json([m.to_json(explain) for m in found])
    headers = ["a", "b", "from", "to", "from_score", "to_score", "change", "drivers"]
    rows = [[m.a, m.b, m.from_period, m.to_period, m.from_score, m.to_score, m.change,
             [d.id for d in m.drivers]] for m in found]
    if args.format == "csv":
        return _csv(headers, [[*r[:4], round(r[4], 3), round(r[5], 3), round(r[6], 3), " ".join(r[7])]
                              for r in rows])
    if not explain:
        return _table(headers, rows)
    lines = []
    for m in found:
        flip = "  sign change" if m.sign_change else ""
        lines.append(f"{m.a}–{m.b}  {m.from_period} {m.from_score:+.2f} → {m.to_period} {m.to_score:+.2f}{flip}")
        lines.extend(_evidence([d.to_json() for d in m.drivers]))
    return "\n".join(lines)


# ---- balance ------------------------------------------------------------------------------
def _balance(store, args, options):
    return analysis.balance(store, **options)


def _render_balance(reports, args) -> str:
    if args.format == "json":
        return _json([r.to_json() for r in reports])
    rows = [[r.period, r.scope, r.balanced, r.unbalanced,
             "; ".join("-".join(t.actors) for t in r.triads if not t.balanced)] for r in reports]
    headers = ["period", "scope", "balanced", "unbalanced", "unbalanced triads"]
    return _csv(headers, rows) if args.format == "csv" else _table(headers, rows)


# ---- blocs --------------------------------------------------------------------------------
def _blocs(store, args, options):
    return analysis.blocs(store, **options)


def _describe_change(c) -> str:
    fmt = lambda blocs: " + ".join("{" + ",".join(b) + "}" for b in blocs)  # noqa: E731
    if c.kind in ("join", "leave"):
        return f"{c.actor} {c.kind}s {fmt(c.after or c.before)}"
    return f"{c.kind}: {fmt(c.before)} → {fmt(c.after)}"


def _render_blocs(reports, args) -> str:
    if args.format == "json":
        return _json([r.to_json() for r in reports])
    rows = [[r.period, " ".join("{" + ",".join(b) + "}" for b in r.blocs), ",".join(r.unaligned),
             "; ".join(_describe_change(c) for c in r.changes)] for r in reports]
    headers = ["period", "blocs", "unaligned", "changes"]
    return _csv(headers, rows) if args.format == "csv" else _table(headers, rows)


# ---- centrality ---------------------------------------------------------------------------
def _centrality(store, args, options):
    return analysis.centrality(store, **options)


def _render_centrality(rows, args) -> str:
    if args.format == "json":
        return _json([r.to_json() for r in rows])
    headers = ["period", "actor", "cooperation", "rank", "share", "change", "conflict", "rank", "share", "change"]
    data = [[r.period, r.actor, r.cooperation, r.cooperation_rank, r.cooperation_share, r.cooperation_change,
             r.conflict, r.conflict_rank, r.conflict_share, r.conflict_change] for r in rows]
    if args.format == "csv":
        return _csv([h if i < 6 or h not in ("rank", "share", "change") else "conflict_" + h
                     for i, h in enumerate(headers)],
                    [[None if v is None else round(v, 3) if isinstance(v, float) else v for v in r] for r in data])
    return _table(headers, data)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the five analysis commands."""
    p = sub.add_parser("alignments", help="score and event count of each dyad per period")
    _common(p, ("json", "table", "csv"))
    p.add_argument("--explain", type=int, nargs="?", const=3, default=0, metavar="N",
                   help="add the N strongest driving events of each score (default 3)")
    p.set_defaults(func=_run(_alignments, _render_alignments))

    p = sub.add_parser("shifts", help="sign changes and largest moves of each dyad, with the events behind them")
    _common(p, ("json", "table", "csv"))
    p.add_argument("--explain", type=int, nargs="?", const=5, default=0, metavar="N",
                   help="show the driving events in full (N of them, default 5)")
    p.add_argument("--largest", type=int, default=1, metavar="K",
                   help="keep each dyad's K largest moves besides sign changes (default 1)")
    p.add_argument("--min-change", type=float, default=0.0, metavar="X",
                   help="ignore moves smaller than X (sign changes are always kept)")
    p.set_defaults(func=_run(_shifts, _render_shifts))

    p = sub.add_parser("balance", help="balanced and unbalanced triads per period (Heider)")
    _common(p, ("json", "table", "csv"))
    p.set_defaults(func=_run(_balance, _render_balance))

    p = sub.add_parser("blocs", help="communities on positive ties per period and how they change")
    _common(p, ("json", "table", "csv"))
    p.set_defaults(func=_run(_blocs, _render_blocs))

    p = sub.add_parser("centrality", help="who is the hub of cooperation or conflict per period")
    _common(p, ("json", "table", "csv"))
    p.set_defaults(func=_run(_centrality, _render_centrality))
