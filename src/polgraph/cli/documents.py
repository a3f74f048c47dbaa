"""``polgraph documents list|remove``."""
from __future__ import annotations

import argparse
import json

from polgraph.cli.common import store_from
from polgraph.errors import NotFound
from polgraph.summary import list_documents
from polgraph.errors import InputError
from polgraph.vocab import document_graph


__all__ = ['register', 'run_list', 'run_remove']


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``documents`` command to the parser."""
    p = sub.add_parser("documents", help="list the stored documents or remove one")
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lp = dsub.add_parser("list", help="list documents with their dates and event counts")
    lp.add_argument("--format", choices=["table", "json"], default="table")
    lp.set_defaults(func=run_list)
    rp = dsub.add_parser("remove", help="remove a document and everything taken from it")
    rp.add_argument("ids", nargs="+", metavar="ID")
    rp.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace) -> int:
    """List the stored documents."""
    with store_from(args) as store:
        docs = list_documents(store)
    if args.format == "json":
        print(json.dumps(docs, ensure_ascii=False, indent=2))
        return 0
    for d in docs:
        print(f"{d['id']:<45} {d['published'] or '':<10} {d['lang'] or '':<3} {d['events']:>4} events  {d['title'] or ''}")
    print(f"({len(docs)} documents)")
    return 0


def _stored(store, doc_id: str) -> bool:
    try:
        return store.has_graph(str(document_graph(doc_id)))
    except InputError:  # not even a possible id
        return False


def run_remove(args: argparse.Namespace) -> int:
    """Remove documents and everything taken from them."""
    with store_from(args) as store:
        missing = [i for i in args.ids if not _stored(store, i)]
        if missing:
            raise NotFound(f"no such document: {', '.join(missing)} (see 'polgraph documents list')")
        for doc_id in args.ids:
            store.remove_graph(str(document_graph(doc_id)))
            print(f"removed {doc_id}")
    return 0
