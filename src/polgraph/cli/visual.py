"""``polgraph export-graph`` and ``polgraph report``: the alignment network as a file for
Gephi, Cytoscape, D3 or Graphviz, as a picture, or as a whole report of pictures."""
from __future__ import annotations

import argparse
import sys

from polgraph.analysis import CORE_ACTORS
from polgraph.analysis.periods import GRANULARITIES
from polgraph.cli.common import store_from, write_output
from polgraph.errors import InputError
from polgraph.visual.draw import PICTURE_FORMATS, draw_network, render
from polgraph.visual.export import GRAPH_FORMATS, serialise_graph, timeline_gexf, with_positions
from polgraph.visual.layout import timeline_layout
from polgraph.visual.report import write_report
from polgraph.visual.timeline import build_timeline, infer_granularity

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``export-graph`` and ``report`` to the command line."""
    p = sub.add_parser(
        "export-graph", help="the alignment network of a period as GraphML, GEXF, JSON, Cytoscape, DOT, SVG or PNG",
        description="Without --period or --at, GEXF holds the whole time series as a dynamic graph "
                    "(Gephi's timeline plays it) and the other formats show the latest period.")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--period", metavar="LABEL", help="a period label: 2025, 2025-Q1 or 2025-03")
    when.add_argument("--at", metavar="DATE", help="the period (of --by) that holds this date")
    p.add_argument("--by", choices=GRANULARITIES, help="period length (default: from --period, else year)")
    p.add_argument("--actors", default=",".join(CORE_ACTORS),
                   help=f"group codes, comma-separated, or 'all' (default {','.join(CORE_ACTORS)})")
    p.add_argument("--origin", choices=("text", "gdelt", "all"), default="all",
                   help="extracted events, imported GDELT events, or both (default)")
    p.add_argument("--format", choices=GRAPH_FORMATS + PICTURE_FORMATS, default="graphml")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run_export)

    r = sub.add_parser("report", help="write every picture (SVG and PNG) and an HTML page embedding them")
    r.add_argument("-o", "--output", metavar="DIR", default="report", help="folder to write into (default ./report)")
    r.add_argument("--by", choices=GRANULARITIES, default="year", help="period length (default year)")
    r.add_argument("--actors", default="all",
                   help="group codes of the per-period networks, or 'all' (default); the dyad chart "
                        "and the yearly sheet always show the core actors")
    r.add_argument("--origin", choices=("text", "gdelt", "all"), default="all")
    r.set_defaults(func=run_report)


def run_export(args: argparse.Namespace) -> int:
    """Write one period's network (or the dynamic series) in the chosen format."""
    by = args.by or (infer_granularity(args.period) if args.period else "year")
    if args.period and infer_granularity(args.period) != by:
        raise InputError(f"period {args.period} is not a {by}; drop --by or give a {by} label")
    if args.format == "png" and not args.output and sys.stdout.isatty():
        raise InputError("PNG is binary: give -o FILE or redirect the output")
    with store_from(args) as store:
        timeline = build_timeline(store, by=by, actors=args.actors, origin=args.origin)
    if not timeline.periods:
        raise InputError("no events among these actors: nothing to export")
    pos = timeline_layout(timeline)
    if args.format == "gexf" and not (args.period or args.at):
        write_output(timeline_gexf(timeline, pos), args.output)
        return 0
    period = args.period or (timeline.period_at(args.at) if args.at else timeline.periods[-1])
    graph = with_positions(timeline.graph(period), pos)
    if args.format in PICTURE_FORMATS:
        data = render(draw_network(graph, pos=pos, max_strength=timeline.max_strength), args.format)
    else:
        data = serialise_graph(graph, args.format)
    write_output(data, args.output)
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Write the report folder and say where its page is."""
    with store_from(args) as store:
        written = write_report(store, args.output, by=args.by, actors=args.actors, origin=args.origin)
    print(f"wrote {len(written)} files; open {written[-1]}")
    return 0
