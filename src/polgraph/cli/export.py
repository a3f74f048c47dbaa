"""``polgraph export``: the whole store as an RDF dataset file."""
from __future__ import annotations

import argparse

from polgraph.cli.common import store_from, write_output
from polgraph.store import RDF_FORMATS


__all__ = ['register', 'run']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the parser."""
    p = sub.add_parser("export", help="write every named graph as Turtle, TriG, N-Quads or JSON-LD")
    p.add_argument("--format", choices=["turtle", "trig", "nquads", "jsonld", "ntriples"], default="trig")
    p.add_argument("-o", "--output", help="file to write (default stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out the command; return the exit status."""
    with store_from(args) as store:
        write_output(store.dump(RDF_FORMATS[args.format]), args.output)
    return 0
