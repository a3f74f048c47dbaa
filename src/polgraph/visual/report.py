"""``polgraph report``: every picture of a store as SVG and PNG, the whole series as a
dynamic GEXF, and an HTML page that shows them together.

The pictures: the alignment network of each period over the chosen actors (one layout
for all of them), the dyads of the four core actors over time with their shifts, and the
small-multiples sheet of the core actors per year. Each file is written whole (to a
temporary name, then renamed), so an interrupted run leaves no half-written picture.

>>> import tempfile
>>> from polgraph.store import open_store
>>> with tempfile.TemporaryDirectory() as folder:
...     write_report(open_store("memory"), folder)
Traceback (most recent call last):
...
polgraph.errors.NotFound: no events in the store: nothing to draw
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from polgraph.analysis import CORE_ACTORS
from polgraph.errors import InputError, NotFound
from polgraph.store import Store
from polgraph.files import write_atomically
from polgraph.visual.draw import draw_dyad_series, draw_network, draw_small_multiples, render
from polgraph.visual.export import timeline_gexf
from polgraph.visual.layout import timeline_layout
from polgraph.visual.timeline import Timeline, build_timeline

__all__ = ["Picture", "write_report"]


@dataclass(frozen=True)
class Picture:
    """One picture of the report: its file stem, caption and what it shows."""

    stem: str
    title: str
    caption: str


def _figures(network: Timeline, core: Timeline) -> Iterable[tuple[Picture, object]]:
    """Each picture of the report with its figure, drawn lazily (figures are large)."""
    if core.periods:
        yield (Picture("dyads", "The core dyads over time",
                       "Alignment score of each pair of Damascus, Washington, Ankara and the SDF per period. "
                       "Arrows mark each pair's largest move, stars a change of sign."),
               draw_dyad_series(core))
        yield (Picture("core-by-year", "The four core actors, year by year",
                       "Solid blue lines are cooperative ties, dashed red lines hostile ones; "
                       "the wider the line, the stronger the tie."),
               draw_small_multiples(core))
    pos = timeline_layout(network)
    for period in network.periods:
        yield (Picture(f"network-{period}", f"Alignment network {period}",
                       f"Every tie among the actors in {period}; actors without a tie that period are faded."),
               draw_network(network.graph(period), pos=pos, max_strength=network.max_strength))


def _page(pictures: list[Picture], *, by: str) -> str:
    figures = []
    for p in pictures:
        figures.append(
            f'<figure id="{p.stem}">\n  <h2>{html.escape(p.title)}</h2>\n'
            f'  <img src="{p.stem}.svg" alt="{html.escape(p.title)}" loading="lazy">\n'
            f'  <figcaption>{html.escape(p.caption)} '
            f'<a href="{p.stem}.png">PNG</a> · <a href="{p.stem}.svg">SVG</a></figcaption>\n</figure>')
    contents = "\n".join(f'  <li><a href="#{p.stem}">{html.escape(p.title)}</a></li>' for p in pictures)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>polgraph report: alignments by {html.escape(by)}</title>
<style>
body {{ font-family: "DejaVu Sans", system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }}
figure {{ margin: 2.5rem 0; }} img {{ max-width: 100%; height: auto; border: 1px solid #ddd; }}
figcaption {{ color: #444; margin-top: .4rem; }}
</style>
</head>
<body>
<h1>Alignments among Syria and its neighbours</h1>
<p>Periods by {html.escape(by)}. The dynamic graph of the whole series, for Gephi's timeline:
<a href="timeline.gexf">timeline.gexf</a>.</p>
<ul>
{contents}
</ul>
{chr(10).join(figures)}
</body>
</html>
"""


def write_report(store: Store, directory: str | Path, *, by: str = "year",
                 actors: Iterable[str] | str | None = None, origin: str = "all") -> list[Path]:
    """Write every picture (SVG and PNG), ``timeline.gexf`` and ``index.html`` into
    ``directory`` (created if needed); returns the written paths, the page last.

    ``actors`` limits the per-period networks (every actor by default); the dyad chart
    and the small multiples always show the four core actors, by year for the sheet.
    """
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"cannot create {folder}: {err.strerror or err}") from None
    network = build_timeline(store, by=by, actors=actors, origin=origin)
    if not network.periods:
        raise NotFound("no events in the store: nothing to draw")
    core = build_timeline(store, by=by, actors=CORE_ACTORS, origin=origin)
    written: list[Path] = []
    pictures: list[Picture] = []
    for picture, figure in _figures(network, core):
        for fmt in ("svg", "png"):
            path = folder / f"{picture.stem}.{fmt}"
            write_atomically(path, render(figure, fmt))
            written.append(path)
        pictures.append(picture)
    gexf = folder / "timeline.gexf"
    write_atomically(gexf, timeline_gexf(network, timeline_layout(network)))
    written.append(gexf)
    page = folder / "index.html"
    write_atomically(page, _page(pictures, by=by).encode("utf-8"))
    written.append(page)
    return written
