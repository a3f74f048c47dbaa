"""The ``polgraph`` command line.

Each command lives in its own module of this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` to a handler taking the parsed arguments. Errors
derived from :class:`~polgraph.errors.PolgraphError` become one line on stderr and the
error's exit code; nothing else is caught here, so a bug still shows its traceback.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from polgraph import __version__
from polgraph.errors import PolgraphError

__all__ = ["main", "build_parser", "COMMAND_MODULES"]

#: Command modules, in the order their commands appear in ``--help``.
COMMAND_MODULES = [
    "polgraph.cli.build",
    "polgraph.cli.ingest",
    "polgraph.cli.extract",
    "polgraph.cli.query",
    "polgraph.cli.export",
    "polgraph.cli.stats",
    "polgraph.cli.documents",
    "polgraph.cli.analysis",
    "polgraph.cli.serve",
    "polgraph.cli.visual",
    "polgraph.cli.datasets",
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available command registered."""
    parser = argparse.ArgumentParser(
        prog="polgraph",
        description="A political event knowledge graph: extract, store, analyse and serve "
                    "events among Syria, the US, Turkey, the SDF and others.",
    )
    parser.add_argument("--version", action="version", version=f"polgraph {__version__}")
    parser.add_argument(
        "--store", default=None, metavar="SPEC",
        help="where the graph lives: a directory (embedded Oxigraph, default var/store), "
             "'memory', or the http(s) URL of a SPARQL endpoint; also POLGRAPH_STORE",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:  # a command not built yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``polgraph`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except PolgraphError as err:
        print(f"polgraph: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("polgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into head or similar; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
