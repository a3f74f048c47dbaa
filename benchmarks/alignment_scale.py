"""Benchmark: the yearly alignment series for every dyad over 1M imported GDELT rows.

Synthetic GDELT 1.0 rows (the generator of ``benchmarks/gdelt_import.py``: realistic actor
codes, CAMEO codes, Goldstein values, dates from 1990 to 2025) are imported with
``import_gdelt`` into an embedded store in a temporary directory, which writes the file's
events and its partial sums per dyad and month. The yearly series is then computed both
ways in the same run, so the figure is a ratio that survives a noisy machine:

* from the partial sums (what ``alignment_series`` does for whole-month periods), and
* from the events (``dyad_cells(..., partial_sums=False)``, the per-event path that
  windows inside a month still take), as the reference.

    .venv/bin/python benchmarks/alignment_scale.py [--rows 1000000] [--repeat 2]

Reported per path: the best wall time of ``--repeat`` runs of
``alignment_series(store, by="year", actors="all")``, the peak of Python allocations
(tracemalloc) and the growth of the process's peak resident memory, which also covers
Oxigraph's own allocations. The two series must be equal as published (scores rounded to
three decimals, event counts exact). Target (issue 4): under 10 s at 1M events, with
memory that does not grow with the number of events.
"""
from __future__ import annotations

import argparse
import functools
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from gdelt_import import generate  # noqa: E402

from polgraph.analysis import alignment, alignment_series  # noqa: E402
from polgraph.analysis.aggregate import dyad_cells  # noqa: E402
from polgraph.datasets.importer import import_gdelt  # noqa: E402
from polgraph.store import OxigraphStore  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(store: OxigraphStore, *, per_event: bool) -> dict:
    """Time and memory of one yearly series over every dyad, by one path."""
    original = alignment.dyad_cells
    if per_event:
        alignment.dyad_cells = functools.partial(dyad_cells, partial_sums=False)
    rss_before = _rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        scores = alignment_series(store, by="year", actors="all")
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        alignment.dyad_cells = original
    return {"seconds": seconds, "python_peak_mb": peak / 2**20, "rss_growth_mb": _rss_mb() - rss_before,
            "series": [s.to_json() for s in scores], "events": sum(s.events for s in scores)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs per path; the best time is reported")
    parser.add_argument("--workdir", help="where the temporary store goes (default a temporary directory)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="polgraph-bench-", dir=args.workdir) as tmp:
        folder = Path(tmp)
        tsv = folder / "synthetic.export.tsv"
        started = time.perf_counter()
        generate(tsv, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
        store = OxigraphStore(folder / "store")
        report = import_gdelt(store, tsv)
        tsv.unlink()
        sums = store.select("SELECT (COUNT(?x) AS ?n) WHERE { GRAPH ?g { ?x a <https://polgraph.org/ns#EventAggregate> } }")
        print(f"imported {report.imported:,} events, {report.triples:,} triples "
              f"({int(sums[0]['n']):,} dyad-month sums) in {report.seconds:.1f} s, "
              f"peak RSS so far {_rss_mb():.0f} MB", flush=True)
        results: dict[str, list[dict]] = {"sums": [], "events": []}
        for _ in range(args.repeat):
            for path in ("sums", "events"):
                result = measure(store, per_event=path == "events")
                results[path].append(result)
                print(f"  {path:<6} {result['seconds']:7.2f} s, {len(result['series']):,} dyad-years, "
                      f"{result['events']:,} events, Python peak {result['python_peak_mb']:.2f} MB, "
                      f"RSS growth {result['rss_growth_mb']:.1f} MB", flush=True)
        store.close()
    fast = min(results["sums"], key=lambda r: r["seconds"])
    slow = min(results["events"], key=lambda r: r["seconds"])
    same = all(r["series"] == slow["series"] for r in results["sums"] + results["events"])
    print(f"yearly series over {report.imported:,} imported events: partial sums {fast['seconds']:.2f} s, "
          f"events {slow['seconds']:.2f} s, ratio ×{slow['seconds'] / fast['seconds']:.1f}; "
          f"same series both ways: {'yes' if same else 'NO'}; "
          f"target < 10 s: {'met' if fast['seconds'] < 10 else 'NOT met'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
