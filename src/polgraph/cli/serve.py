"""``polgraph serve``: the SPARQL endpoint and the graph API over HTTP (uvicorn)."""
from __future__ import annotations

import argparse
import sys

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command."""
    p = sub.add_parser("serve", help="serve the graph over HTTP: SPARQL at /sparql, the graph API, docs at /docs")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--build", action="store_true",
                   help="first build the graph from data/ (ontology, gazetteer, corpus), like 'polgraph build'")
    p.add_argument("--token", metavar="TOKEN",
                   help="bearer token that allows writes (also POLGRAPH_UPDATE_TOKEN); without one, writes are refused")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="longest a query may run (also POLGRAPH_QUERY_TIMEOUT; default 10)")
    p.add_argument("--max-rows", type=int, metavar="N", help="most rows a query returns (also POLGRAPH_MAX_ROWS)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the settings, print where to look, and run uvicorn until interrupted."""
    import uvicorn

    from api.main import create_app
    from api.settings import Settings
    from polgraph.errors import InputError
    from polgraph.store import default_store_spec

    if not 0 < args.port < 65536:
        raise InputError(f"invalid port: {args.port}")
    spec = args.store or default_store_spec()
    if not spec.startswith(("http://", "https://")) and spec != "memory":
        # Fail with one clear line (not uvicorn's start-up traceback) when another process
        # holds the store directory.
        from polgraph.store import OxigraphStore
        OxigraphStore(spec).close()
    settings = Settings.from_env(store=args.store or default_store_spec(), update_token=args.token,
                                 query_timeout=args.timeout, max_rows=args.max_rows, build=args.build or None)
    app = create_app(settings)
    base = f"http://{'[' + args.host + ']' if ':' in args.host else args.host}:{args.port}"
    print(f"polgraph serving {settings.store}{' (building from data/ first)' if args.build else ''}", file=sys.stderr)
    print(f"  graph page     {base}/", file=sys.stderr)
    print(f"  SPARQL         {base}/sparql", file=sys.stderr)
    print(f"  API docs       {base}/docs", file=sys.stderr)
    print(f"  writes         {'enabled with the token' if settings.update_token else 'disabled (set POLGRAPH_UPDATE_TOKEN)'}",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
