"""``polgraph stats``: what the store holds."""
from __future__ import annotations

import argparse
import json

from polgraph.cli.common import store_from
from polgraph.summary import format_summary, graph_summary


__all__ = ['register', 'run']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``stats`` command to the parser."""
    p = sub.add_parser("stats", help="counts of documents, events, actors and triples")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out the command; return the exit status."""
    with store_from(args) as store:
        summary = graph_summary(store)
    print(json.dumps(summary, ensure_ascii=False, indent=2) if args.format == "json" else format_summary(summary))
    return 0
