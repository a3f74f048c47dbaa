"""``polgraph query``: run SPARQL against the store."""
from __future__ import annotations

import argparse
import json

from polgraph.cli.common import read_text_arg, store_from, write_output
from polgraph.errors import QueryError
from polgraph.store import RDF_FORMATS, RESULT_FORMATS

FORMATS = ["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld"]


__all__ = ['register', 'run']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``query`` command to the parser."""
    p = sub.add_parser("query", help="run a SPARQL query ('...' or @file.rq)")
    p.add_argument("sparql", metavar="SPARQL", help="the query text, or @path to a file")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("-o", "--output", help="write to a file instead of stdout")
    p.set_defaults(func=run)


def _table(body: bytes) -> str:
    data = json.loads(body)
    if "boolean" in data:
        return "true" if data["boolean"] else "false"
    names = data["head"]["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in data["results"]["bindings"]]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    def line(cells):
        return "  ".join((c if len(c) <= 60 else c[:57] + "...").ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Carry out the command; return the exit status."""
    text = read_text_arg(args.sparql)
    if not text.strip():
        raise QueryError("empty query")
    with store_from(args) as store:
        if args.format in ("turtle", "ntriples", "jsonld"):
            result = store.query(text, RDF_FORMATS[args.format])
            write_output(result.body, args.output)
            return 0
        media = RESULT_FORMATS["json"] if args.format == "table" else RESULT_FORMATS[args.format]
        try:
            result = store.query(text, media)
        except QueryError as err:
            if "unsupported result media type" in str(err):
                raise QueryError("a CONSTRUCT or DESCRIBE query needs --format turtle, ntriples or jsonld") from None
            raise
        if args.format == "table":
            if not result.media_type.startswith("application/sparql-results+json"):
                raise QueryError("a CONSTRUCT or DESCRIBE query needs --format turtle, ntriples or jsonld")
            write_output(_table(result.body), args.output)
        else:
            write_output(result.body, args.output)
    return 0
