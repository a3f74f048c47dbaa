"""``polgraph export``: the whole store as an RDF dataset file."""
from __future__ import annotations

import argparse

from polgraph.cli.common import store_from, write_output
from polgraph.store import RDF_FORMATS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write every named graph as Turtle, TriG, N-Quads or JSON-LD")
    p.add_argument("--format", choices=["turtle", "trig", "nquads", "jsonld", "ntriples"], default="trig")
    p.add_argument("-o", "--output", help="file to write (default stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        write_output(store.dump(RDF_FORMATS[args.format]), args.output)
    return 0
