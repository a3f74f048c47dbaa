"""Benchmark: importing synthetic GDELT rows, embedded and remote, and the yearly series.

    .venv/bin/python benchmarks/gdelt_import.py [--rows 1000000] [--remote-rows N] [--skip-remote]

Steps, each in a process of its own so its peak resident memory is its own:

1. Write ``--rows`` synthetic GDELT 1.0 rows (58 columns; actor codes, CAMEO event codes,
   Goldstein values and dates drawn from realistic sets) to a temporary file.
2. ``import_gdelt`` into an empty embedded store: wall time, rows/s, peak RSS.
3. The same N-Triples the importer produced, written to a file beforehand, loaded with
   raw ``pyoxigraph.Store.bulk_load`` into another empty store: wall time; the ratio
   import / raw is the price of reading, checking and mapping the rows.
4. ``import_gdelt`` into a real ``oxigraph serve`` on 127.0.0.1 started here (batched
   ``INSERT DATA``): wall time, rows/s, client and server peak RSS.
5. The yearly aggregate (``dyad_cells(store, periods="year", origin="gdelt")``) over the
   embedded store of step 2, from the file's partial sums and, as the reference, from its
   events (``partial_sums=False``).

Targets (issue 7): peak RSS under 1 GB, import within 3x of raw bulk_load, yearly series
under 10 s at 1M events. Prints one JSON object per step and a summary table.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ACTORS = [  # (code, name, country, type1)
    ("SYR", "SYRIA", "SYR", ""), ("SYRGOV", "DAMASCUS", "SYR", "GOV"), ("SYRMIL", "SYRIAN", "SYR", "MIL"),
    ("SYRREB", "SYRIAN", "SYR", "REB"), ("USA", "UNITED STATES", "USA", ""), ("USAGOV", "WASHINGTON", "USA", "GOV"),
    ("USAMIL", "PENTAGON", "USA", "MIL"), ("TUR", "TURKEY", "TUR", ""), ("TURMIL", "TURKISH", "TUR", "MIL"),
    ("TURGOV", "ANKARA", "TUR", "GOV"), ("RUS", "RUSSIA", "RUS", ""), ("ISR", "ISRAEL", "ISR", ""),
    ("IRN", "IRAN", "IRN", ""), ("IRQ", "IRAQ", "IRQ", ""), ("LBN", "LEBANON", "LBN", ""), ("JOR", "JORDAN", "JOR", ""),
    ("SAU", "SAUDI ARABIA", "SAU", ""), ("QAT", "QATAR", "QAT", ""), ("EGY", "EGYPT", "EGY", ""),
    ("FRA", "FRANCE", "FRA", ""), ("GBR", "UNITED KINGDOM", "GBR", ""), ("DEU", "GERMANY", "DEU", ""),
    ("CHN", "CHINA", "CHN", ""), ("GHA", "GHANA", "GHA", ""), ("CVL", "CIVILIAN", "", "CVL"),
    ("MED", "JOURNALIST", "", "MED"), ("GOV", "GOVERNMENT", "", "GOV"), ("REF", "REFUGEE", "", "REF"),
]


def _row(n: int, rng: random.Random, codes: list[tuple[str, str, str]]) -> str:
    a = rng.choice(ACTORS)
    b = rng.choice(ACTORS)
    code, quad, goldstein = rng.choice(codes)
    day = f"{rng.randint(1990, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    fields = [str(100_000_000 + n), day, day[:6], day[:4], day[:4] + ".5000"]
    for code_, name, country, role in (a, b):
        fields += [code_, name, country, "", "", "", "", role, "", ""]
    fields += ["1", code, code[:3], code[:2], quad, goldstein, str(rng.randint(1, 50)), "1",
               str(rng.randint(1, 50)), f"{rng.uniform(-10, 10):.6f}"]
    geo = ["4", "Aleppo, Halab, Syria", "SY", "SY09", "36.2", "37.1", "-2544581"]
    fields += ["0", "", "", "", "", "", ""] + ["0", "", "", "", "", "", ""] + geo
    fields += [day, f"https://news.example.org/{day}/{n}.html"]
    return "\t".join(fields)


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Write ``rows`` synthetic GDELT 1.0 rows to ``path``."""
    from polgraph.datasets.cameo import load_event_table

    quads = {"01": "1", "02": "1", "03": "1", "04": "1", "05": "2", "06": "2", "07": "2", "08": "2",
             "09": "3", "10": "3", "11": "3", "12": "3", "13": "3", "14": "3", "15": "4", "16": "4",
             "17": "4", "18": "4", "19": "4", "20": "4"}
    codes = [(m.cameo, quads[m.cameo[:2]], str(m.goldstein if m.goldstein is not None else 0.0))
             for m in load_event_table().values() if len(m.cameo) >= 3]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(rows):
            out.write(_row(n, rng, codes))
            out.write("\n")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_ntriples(args: argparse.Namespace) -> dict:
    """Write the importer's N-Triples for the file, for the raw bulk_load comparison."""
    from polgraph.datasets.importer import ImportReport, gdelt_ntriples

    report = ImportReport(args.file, "")
    started = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for chunk in gdelt_ntriples(Path(args.file), report):
            out.write(chunk)
    return {"step": "ntriples", "rows": report.rows, "triples": report.triples,
            "seconds": time.perf_counter() - started, "peak_rss_mb": _peak_mb()}


def phase_embedded(args: argparse.Namespace) -> dict:
    """import_gdelt into an empty embedded store, then the yearly series over it."""
    from polgraph.datasets.importer import import_gdelt
    from polgraph.store import OxigraphStore

    store = OxigraphStore(args.store)
    started = time.perf_counter()
    report = import_gdelt(store, args.file)
    seconds = time.perf_counter() - started
    out = {"step": "embedded import", "rows": report.rows, "imported": report.imported,
           "rejected": report.rejected, "triples": report.triples, "seconds": seconds,
           "rows_per_s": report.rows / seconds, "peak_rss_mb": _peak_mb()}
    from polgraph.analysis.aggregate import dyad_cells
    from polgraph.analysis.weights import load_weights

    # The yearly aggregate from the file's partial sums, then from its events (the path
    # windows inside a month take), which must give the same cells.
    weights = load_weights()
    for key, sums in (("series", True), ("series_events", False)):
        started = time.perf_counter()
        cells = dyad_cells(store, periods="year", weights=weights, origin="gdelt", partial_sums=sums)
        out[f"{key}_seconds"] = time.perf_counter() - started
        out[f"{key}_cells"] = len(cells)
        out[f"{key}_events"] = sum(c.events for c in cells)
    out["series_peak_rss_mb"] = _peak_mb()
    store.close()
    return out


def phase_raw(args: argparse.Namespace) -> dict:
    """Raw pyoxigraph bulk_load of the same N-Triples into an empty store."""
    import pyoxigraph as ox

    store = ox.Store(args.store)
    started = time.perf_counter()
    store.bulk_load(path=args.file, format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.NamedNode("https://polgraph.org/graph/doc/raw"))
    seconds = time.perf_counter() - started
    store.flush()
    return {"step": "raw bulk_load", "seconds": seconds, "peak_rss_mb": _peak_mb()}


def phase_remote(args: argparse.Namespace) -> dict:
    """import_gdelt into a SPARQL endpoint."""
    from polgraph.datasets.importer import import_gdelt
    from polgraph.store import RemoteStore

    store = RemoteStore(args.url + "/query", timeout=600)
    started = time.perf_counter()
    report = import_gdelt(store, args.file)
    seconds = time.perf_counter() - started
    count = store.count(report.graph)
    store.close()
    return {"step": "remote import", "rows": report.rows, "imported": report.imported,
            "triples": report.triples, "stored_triples": count, "seconds": seconds,
            "rows_per_s": report.rows / seconds, "peak_rss_mb": _peak_mb()}


PHASES = {"ntriples": phase_ntriples, "embedded": phase_embedded, "raw": phase_raw, "remote": phase_remote}


def _child(phase: str, **options: str) -> dict:
    argv = [sys.executable, __file__, "--phase", phase]
    for key, value in options.items():
        argv += [f"--{key}", value]
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"step {phase} failed:\n{result.stderr}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    print(json.dumps(data), flush=True)
    return data


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _watch_rss(pid: int, peak: list[float], stop: threading.Event) -> None:
    status = Path(f"/proc/{pid}/status")
    while not stop.is_set():
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak[0] = max(peak[0], int(line.split()[1]) / 1024)
        except OSError:
            return
        stop.wait(0.5)


def _remote(file: Path, work: Path) -> dict:
    import httpx

    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not binary:
        return {"step": "remote import", "skipped": "oxigraph server not installed"}
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--location", str(work / "server"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, stop = [0.0], threading.Event()
    watcher = threading.Thread(target=_watch_rss, args=(server.pid, peak, stop), daemon=True)
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/query?query=ASK%7B%7D", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        watcher.start()
        data = _child("remote", file=str(file), url=url)
    finally:
        stop.set()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    data["server_peak_rss_mb"] = peak[0]
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--remote-rows", type=int, default=None, help="rows for the remote step (default --rows)")
    parser.add_argument("--skip-remote", action="store_true")
    parser.add_argument("--skip-local", action="store_true", help="only the remote endpoint step")
    parser.add_argument("--workdir", help="where temporary stores go (default a temporary directory)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)))
        return

    work = Path(tempfile.mkdtemp(prefix="polgraph-bench-", dir=args.workdir))
    try:
        tsv = work / "synthetic.export.tsv"
        started = time.perf_counter()
        generate(tsv, args.rows)
        print(json.dumps({"step": "generate", "rows": args.rows, "seconds": time.perf_counter() - started,
                          "bytes": tsv.stat().st_size}), flush=True)
        emb = raw = None
        if not args.skip_local:
            nt = work / "synthetic.nt"
            _child("ntriples", file=str(tsv), out=str(nt))
            raw = _child("raw", file=str(nt), store=str(work / "raw"))
            shutil.rmtree(work / "raw", ignore_errors=True)
            nt.unlink()
            emb = _child("embedded", file=str(tsv), store=str(work / "embedded"))
            shutil.rmtree(work / "embedded", ignore_errors=True)
        remote = None
        if not args.skip_remote:
            remote_file = tsv
            if args.remote_rows and args.remote_rows < args.rows:
                remote_file = work / "remote.export.tsv"
                with tsv.open() as src, remote_file.open("w") as dst:
                    for n, line in zip(range(args.remote_rows), src):
                        dst.write(line)
            remote = _remote(remote_file, work)
            print(json.dumps({"step": "remote server", "peak_rss_mb": remote.get("server_peak_rss_mb"),
                              **({"skipped": remote["skipped"]} if "skipped" in remote else {})}), flush=True)
        print()
        print(f"rows                     {args.rows:,}")
        if emb and raw:
            print(f"embedded import          {emb['seconds']:.1f} s, {emb['rows_per_s']:,.0f} rows/s, "
                  f"{emb['triples']:,} triples, peak RSS {emb['peak_rss_mb']:.0f} MB")
            print(f"raw bulk_load            {raw['seconds']:.1f} s, peak RSS {raw['peak_rss_mb']:.0f} MB")
            print(f"import / raw             {emb['seconds'] / raw['seconds']:.2f}x")
        if remote and "seconds" in remote:
            print(f"remote import            {remote['seconds']:.1f} s ({remote['rows']:,} rows), "
                  f"{remote['rows_per_s']:,.0f} rows/s, client peak RSS {remote['peak_rss_mb']:.0f} MB, "
                  f"server peak RSS {remote['server_peak_rss_mb']:.0f} MB")
        if emb and "series_seconds" in emb:
            print(f"yearly aggregate, sums   {emb['series_seconds']:.2f} s ({emb['series_cells']:,} dyad-years, "
                  f"{emb['series_events']:,} events)")
            print(f"yearly aggregate, events {emb['series_events_seconds']:.2f} s "
                  f"({emb['series_events_cells']:,} dyad-years, {emb['series_events_events']:,} events)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
