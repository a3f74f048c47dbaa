"""``polgraph build``: the knowledge graph from what ships in data/."""
from __future__ import annotations

import argparse
import sys

from polgraph.cli.common import store_from
from polgraph.pipeline import build
from polgraph.summary import format_summary, graph_summary


__all__ = ['register', 'run']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``build`` command to the parser."""
    p = sub.add_parser("build", help="build the graph from the shipped ontology, gazetteer and corpus, then print a summary")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out the command; return the exit status."""
    with store_from(args) as store:
        total = [0]

        def progress(path):
            total[0] += 1
            if not args.quiet:
                print(f"\r  extracting {total[0]:3d}: {path.name[:60]:<60}", end="", file=sys.stderr, flush=True)

        report = build(store, progress=progress)
        if not args.quiet and total[0]:
            print(file=sys.stderr)
        print(f"built from {len(report.graphs)} articles ({report.events} events extracted)")
        print(format_summary(graph_summary(store)))
    return 0
