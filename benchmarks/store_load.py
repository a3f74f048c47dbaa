"""Benchmark: load 1M event-shaped triples and aggregate events per actor pair per year.

Runs every backend in one invocation, with raw pyoxigraph ``bulk_load`` of the same bytes
as the reference, so the figures are ratios that survive a noisy machine:

    .venv/bin/python benchmarks/store_load.py [--triples 1000000] [--no-remote]

Backends: embedded (on disk), in memory, and remote (a real ``oxigraph serve`` started on
127.0.0.1 by this script, loaded through SPARQL Update in batches).
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from polgraph.store import OxigraphStore, RemoteStore  # noqa: E402
from polgraph.vocab import PG, actor_iri, event_iri  # noqa: E402

GROUPS = ["SYR", "USA", "TUR", "SDF", "ISR", "RUS", "IRN", "ISIS", "COALITION", "SAU", "QAT", "JOR",
          "IRQ", "LBN", "HTS", "PKK", "YPG", "EGY", "FRA", "GBR"]
CATEGORIES = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "ACCUSE", "THREATEN", "ASSAULT", "SANCTION"]
TRIPLES_PER_EVENT = 8
XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>"
GRAPH = "https://polgraph.org/graph/doc/benchmark"

AGGREGATE = f"""
PREFIX pg: <{PG._NS}>
SELECT ?a ?b ?year (COUNT(?e) AS ?n) WHERE {{
  GRAPH <{GRAPH}> {{ ?e pg:sourceGroup ?a ; pg:targetGroup ?b ; pg:periodDate ?d }}
  BIND(YEAR(?d) AS ?year)
}} GROUP BY ?a ?b ?year
"""


def event_ntriples(n_triples: int, seed: int = 7) -> bytes:
    """Synthetic events shaped like polgraph's: type, category, actors, groups, date."""
    rng = random.Random(seed)
    lines = []
    for i in range(n_triples // TRIPLES_PER_EVENT):
        e = f"<{event_iri(f'bench/e{i}')}>"
        a, b = rng.sample(GROUPS, 2)
        date = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines += [
            f"{e} <{PG.eventType}> <{PG.Meeting}> .",
            f"{e} <{PG.plover}> <https://polgraph.org/plover/{rng.choice(CATEGORIES)}> .",
            f"{e} <{PG.source}> <{actor_iri(a)}> .",
            f"{e} <{PG.target}> <{actor_iri(b)}> .",
            f'{e} <{PG.sourceGroup}> "{a}" .',
            f'{e} <{PG.targetGroup}> "{b}" .',
            f'{e} <{PG.periodDate}> "{date}"^^{XSD_DATE} .',
            f"{e} <{PG.status}> <{PG.Asserted}> .",
        ]
    return ("\n".join(lines) + "\n").encode()


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def run(n_triples: int, remote: bool) -> list[tuple[str, float, float, int]]:
    data = event_ntriples(n_triples)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # reference: raw pyoxigraph bulk_load on disk
        raw = ox.Store(str(tmp / "raw"))
        ref_load, _ = timed(lambda: raw.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(GRAPH)))
        ref_agg, res = timed(lambda: list(raw.query(AGGREGATE)))
        rows.append(("raw pyoxigraph bulk_load (reference)", ref_load, ref_agg, len(res)))
        raw = None  # release the reference store before the next one opens

        emb = OxigraphStore(tmp / "embedded-bulk")
        load, _ = timed(lambda: emb.bulk_replace_graph(GRAPH, data, "application/n-triples"))
        agg, res = timed(lambda: emb.select(AGGREGATE))
        rows.append(("polgraph embedded, bulk_replace_graph", load, agg, len(res)))
        emb.close()

        emb = OxigraphStore(tmp / "embedded-tx")
        load, _ = timed(lambda: emb.replace_graph(GRAPH, data))
        agg, res = timed(lambda: emb.select(AGGREGATE))
        rows.append(("polgraph embedded, replace_graph (one transaction)", load, agg, len(res)))
        emb.close()

        mem = OxigraphStore()
        load, _ = timed(lambda: mem.replace_graph(GRAPH, data))
        agg, res = timed(lambda: mem.select(AGGREGATE))
        rows.append(("polgraph in-memory, replace_graph", load, agg, len(res)))
        mem.close()

        if remote:
            exe = Path(sys.executable).with_name("oxigraph")
            port = 7878 + random.randint(1, 2000)
            server = subprocess.Popen([str(exe), "serve", "--location", str(tmp / "server"),
                                       "--bind", f"127.0.0.1:{port}"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                rem = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=600)
                for _ in range(200):
                    try:
                        rem.ask("ASK {}")
                        break
                    except Exception:
                        time.sleep(0.1)
                load, _ = timed(lambda: rem.replace_graph(GRAPH, data))
                agg, res = timed(lambda: rem.select(AGGREGATE))
                rows.append(("polgraph remote (oxigraph serve, SPARQL Update batches)", load, agg, len(res)))
                rem.close()
            finally:
                server.terminate()
                server.wait()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--no-remote", action="store_true")
    args = ap.parse_args()
    rows = run(args.triples, not args.no_remote)
    ref = rows[0][1]
    print(f"{args.triples:,} event-shaped triples; GROUP BY actor pair and year\n")
    print("| backend | load s | load ÷ raw bulk_load | aggregate s | rows |")
    print("|---|---:|---:|---:|---:|")
    for name, load, agg, n in rows:
        print(f"| {name} | {load:.2f} | {load / ref:.2f}× | {agg:.2f} | {n} |")


if __name__ == "__main__":
    main()
