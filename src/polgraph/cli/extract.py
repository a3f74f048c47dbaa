"""``polgraph extract``: print what one article says, as JSON, JSON lines or Turtle."""
from __future__ import annotations

import argparse
import json

from polgraph.vocab import check_id
from polgraph.errors import InputError
from polgraph.extraction import extract_article, read_article
from polgraph.extraction.article import check_date

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` command."""
    p = subparsers.add_parser(
        "extract", help="extract actors, events and relations from one article",
        description="Extract actors, events, dates and relations from an Arabic or English "
                    "article. The file may start with a header of 'published:', 'lang:', "
                    "'title:' lines ended by '---'.",
    )
    p.add_argument("file", metavar="FILE", help="the article, a UTF-8 text file")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (relative dates resolve against it)")
    p.add_argument("--lang", choices=("ar", "en", "auto"), default=None, help="language (default: header, else detected)")
    p.add_argument("--id", dest="doc_id", metavar="ID", help="document id (default: the file name without .txt)")
    p.add_argument("--format", choices=("json", "jsonl", "turtle"), default="json", help="output format")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract from ``args.file`` and print the result."""
    published = check_date(args.published, "--published") if args.published else None
    article = read_article(args.file)
    lang = None if args.lang in (None, "auto") else args.lang
    if args.doc_id is not None:
        check_id(args.doc_id)
    result = extract_article(article, published=published, lang=lang, doc_id=args.doc_id)
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    elif args.format == "jsonl":
        data = result.to_json()
        print(json.dumps({"document": data["document"]}, ensure_ascii=False))
        for kind in ("actors", "events", "relations"):
            for item in data[kind]:
                print(json.dumps({"kind": kind[:-1], **item}, ensure_ascii=False))
    else:
        print(_turtle(result), end="")
    return 0


def _turtle(result) -> str:
    try:
        from polgraph.rdf import writer
    except ImportError:
        raise InputError("--format turtle is not available yet: the RDF writer is missing") from None
    for name in ("extraction_to_turtle", "to_turtle", "serialize_extraction"):
        func = getattr(writer, name, None)
        if callable(func):
            out = func(result)
            return out.decode("utf-8") if isinstance(out, bytes) else str(out)
    graph_of = getattr(writer, "extraction_graph", None) or getattr(writer, "write_extraction", None)
    if callable(graph_of):
        graph = graph_of(result)
        if hasattr(graph, "serialize"):
            return graph.serialize(format="turtle")
    raise InputError("--format turtle is not available yet: the RDF writer has no Turtle entry point")
