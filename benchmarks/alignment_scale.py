"""Benchmark: the yearly alignment series for every dyad over 1M events in the embedded store.

Synthetic GDELT-shaped events (source and target groups, date, type, PLOVER category,
status, confidence, Goldstein value) are generated as N-Triples and loaded through the
bulk path (``OxigraphStore.bulk_replace_graph``) into a store in a temporary directory.
The series is computed first over a reference graph of 100k events, then over the full
set (the reference plus the rest), so the report is a ratio that survives a noisy
machine:

    .venv/bin/python benchmarks/alignment_scale.py [--events 1000000] [--reference 100000]

Reported per size: wall time of ``alignment_series(store, by="year", actors=None)``, the
peak of Python allocations during it (tracemalloc), and the growth of the process's peak
resident memory (``resource.getrusage``), which also covers Oxigraph's own allocations.
The target is under 10 s at 1M events with Python memory that does not grow with them.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from polgraph.analysis import alignment_series  # noqa: E402
from polgraph.store import RDF_FORMATS, OxigraphStore  # noqa: E402
from polgraph.vocab import PG, PLOVER, event_iri  # noqa: E402

GROUPS = ["SYR", "USA", "TUR", "SDF", "ISR", "RUS", "IRN", "ISIS", "COALITION", "SAU", "QAT", "JOR",
          "IRQ", "LBN", "HTS", "PKK", "YPG", "EGY", "FRA", "GBR"]
KINDS = [("Visit", "CONSULT"), ("AgreementSigning", "AGREE"), ("Praise", "SUPPORT"),
         ("Cooperation", "COOPERATE"), ("Aid", "AID"), ("Accusation", "ACCUSE"), ("Threat", "THREATEN"),
         ("AirStrike", "ASSAULT"), ("SanctionsImposed", "SANCTION"), ("Protest", "PROTEST")]
STATUSES = ["Asserted"] * 8 + ["Planned", "Hypothetical"]
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def write_events(path: Path, first: int, count: int, seed: int) -> None:
    """N-Triples of ``count`` synthetic imported events numbered from ``first``."""
    rng = random.Random(seed)
    p = {name: f"<{PG[name]}>" for name in ("sourceGroup", "targetGroup", "periodDate", "eventType", "plover",
                                             "status", "confidence", "origin", "goldstein", "externalId", "Event")}
    with path.open("w", encoding="utf-8") as out:
        for n in range(first, first + count):
            s = f"<{event_iri(f'bench/{n}')}>"
            a, b = rng.sample(GROUPS, 2)
            kind, plover = rng.choice(KINDS)
            date = f"{rng.randint(2011, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.write(
                f"{s} {RDF_TYPE} {p['Event']} .\n"
                f"{s} {p['sourceGroup']} \"{a}\" .\n{s} {p['targetGroup']} \"{b}\" .\n"
                f"{s} {p['periodDate']} \"{date}\"^^<{XSD}date> .\n"
                f"{s} {p['eventType']} <{PG[kind]}> .\n{s} {p['plover']} <{PLOVER[plover]}> .\n"
                f"{s} {p['status']} <{PG[rng.choice(STATUSES)]}> .\n"
                f"{s} {p['confidence']} \"{rng.choice((0.6, 0.8, 1.0))}\"^^<{XSD}double> .\n"
                f"{s} {p['origin']} \"gdelt\" .\n"
                f"{s} {p['goldstein']} \"{rng.uniform(-10, 10):.1f}\"^^<{XSD}double> .\n"
                f"{s} {p['externalId']} \"{n}\" .\n")


def load(store: OxigraphStore, graph: str, path: Path) -> float:
    started = time.perf_counter()
    with path.open("rb") as fh:
        store.bulk_replace_graph(graph, fh, RDF_FORMATS["ntriples"])
    return time.perf_counter() - started


def measure(store: OxigraphStore) -> dict[str, float]:
    """Time and memory of one yearly series over every dyad."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    scores = alignment_series(store, by="year", actors=None)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "python_peak_mb": peak / 2**20,
            "rss_growth_mb": (rss_after - rss_before) / 1024, "cells": len(scores),
            "events": sum(s.events for s in scores)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--reference", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 0 < args.reference < args.events:
        parser.error("need 0 < --reference < --events")
    with tempfile.TemporaryDirectory(prefix="polgraph-bench-") as tmp:
        folder = Path(tmp)
        store = OxigraphStore(folder / "store")
        rows = []
        for label, first, count in (("reference", 0, args.reference),
                                    ("full", args.reference, args.events - args.reference)):
            data = folder / f"{label}.nt"
            started = time.perf_counter()
            write_events(data, first, count, args.seed + first)
            generated = time.perf_counter() - started
            loaded = load(store, f"https://polgraph.org/graph/doc/bench-{label}", data)
            data.unlink()
            result = measure(store)
            rows.append((first + count, generated, loaded, result))
            print(f"{first + count:>9,} events: generated {generated:6.1f} s, bulk-loaded {loaded:6.1f} s; "
                  f"series {result['seconds']:6.2f} s, {result['cells']} dyad-years, "
                  f"Python peak {result['python_peak_mb']:.2f} MB, RSS growth {result['rss_growth_mb']:.1f} MB",
                  flush=True)
        store.close()
    (n_ref, *_, ref), (n_full, *_, full) = rows
    assert ref["events"] == n_ref and full["events"] == n_full, "every event must be counted once"
    print(f"ratio for {n_full / n_ref:.0f}× the events: time ×{full['seconds'] / ref['seconds']:.1f}, "
          f"Python peak ×{full['python_peak_mb'] / ref['python_peak_mb']:.2f}; "
          f"target < 10 s at 1M: {'met' if full['seconds'] < 10 else 'NOT met'} ({full['seconds']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
