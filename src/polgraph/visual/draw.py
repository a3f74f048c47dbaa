"""Pictures of the alignments with Matplotlib: one period's network, the dyads' scores over
time with their shifts, and the small-multiples sheet of the core actors per year.

Ties read in colour and in greyscale: cooperative ties are solid blue lines, hostile ties
dashed red ones, and a line's width grows with the tie's strength on one scale shared by
all periods. Nodes keep the stable layout of :mod:`polgraph.visual.layout`. Labels are in
English and in Arabic, shaped and ordered right to left (see :func:`~polgraph.visual.labels.for_matplotlib`)
in DejaVu Sans, which has the Arabic presentation forms.

Figures are built with the object-oriented API (no pyplot, no global state), so drawing
is safe from the API's worker threads.

>>> from polgraph.analysis import DyadScore
>>> from polgraph.visual.timeline import timeline_from_scores
>>> tl = timeline_from_scores([DyadScore("SYR", "USA", "2025", 6.5, 2)], by="year")
>>> render(draw_network(tl.graph("2025")), "png")[:4]
b'\\x89PNG'
"""
from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from polgraph.analysis import CORE_ACTORS
from polgraph.analysis.periods import period_sort_key
from polgraph.errors import InputError
from polgraph.visual.export import TIE_COLOURS
from polgraph.visual.labels import for_matplotlib, labels_for
from polgraph.visual.layout import stable_layout

__all__ = ["FONT", "draw_network", "label_boxes", "draw_dyad_series", "draw_small_multiples", "render", "PICTURE_FORMATS"]

#: A font with Latin and Arabic glyphs; Matplotlib ships it.
FONT = "DejaVu Sans"
PICTURE_FORMATS = ("svg", "png")

_STYLE = {"cooperative": "-", "hostile": (0, (6, 3)), "neutral": (0, (1, 2))}
_KIND_FILL = {"State": "#f3e3b5", "ArmedGroup": "#cfe5c8", "Organisation": "#dcd6ec",
              "Coalition": "#d3e4f1", "Person": "#f2d0c4", "Unknown": "#e6e6e6"}
# Dyad lines must differ in more than colour: each also has its own marker and dash.
_SERIES_STYLES = [("#1f5fa8", "o", "-"), ("#c2362b", "s", "--"), ("#2e8540", "^", "-."),
                  ("#7b3fa0", "D", ":"), ("#b86e00", "v", "-"), ("#222222", "P", "--")]


_LABEL_AT = 0.35


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _width(strength: float, max_strength: float, *, thin: float = 1.0, thick: float = 9.0) -> float:
    return thin + (thick - thin) * min(1.0, strength / max_strength) if max_strength > 0 else thin


def _draw_on(ax, graph: nx.Graph, pos: dict[str, tuple[float, float]], *, max_strength: float,
             compact: bool = False, show_scores: bool = True) -> None:
    """Draw one graph on ``ax``: edges, then nodes, then both-language labels."""
    ax.set_aspect("equal")
    ax.set_axis_off()
    active = {n for edge in graph.edges for n in edge}
    thick = 6.0 if compact else 9.0
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: e[2].get("strength", 0.0)):
        tie = data.get("tie", "neutral")
        (x1, y1), (x2, y2) = pos[u], pos[v]
        ax.plot([x1, x2], [y1, y2], color=TIE_COLOURS[tie], linestyle=_STYLE[tie], solid_capstyle="round",
                linewidth=_width(abs(data.get("weight", 0.0)), max_strength, thick=thick), zorder=1)
        if show_scores:
            # A third of the way from the alphabetically first actor: ties crossing at the
            # centre (the diagonals of the core diamond) do not stack their labels.
            (ax1, ay1), (bx2, by2) = (pos[u], pos[v]) if str(u) < str(v) else (pos[v], pos[u])
            lx, ly = ax1 + (bx2 - ax1) * _LABEL_AT, ay1 + (by2 - ay1) * _LABEL_AT
            ax.text(lx, ly, f"{data.get('weight', 0.0):+.1f}", ha="center", va="center",
                    fontsize=7 if compact else 8.5, color=TIE_COLOURS[tie], fontfamily=FONT, zorder=3, gid="score",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
    for node, data in graph.nodes(data=True):
        x, y = pos[node]
        alpha = 1.0 if node in active else 0.35
        fill = _KIND_FILL.get(data.get("kind", "Unknown"), _KIND_FILL["Unknown"])
        ax.scatter([x], [y], s=500 if compact else 900, c=fill, edgecolors="#333333", linewidths=1.2,
                   alpha=alpha, zorder=4)
        ax.text(x, y, str(node), ha="center", va="center", fontsize=6.5 if compact else 8, fontweight="bold",
                fontfamily=FONT, alpha=alpha, zorder=5, gid="code")
        names = labels_for(node)
        english = data.get("label_en") or names.en
        arabic = data.get("label_ar") or names.ar
        if node not in active and len(graph) > 6:
            continue  # an actor with no tie this period: its place is enough, spare the clutter
        english = "\n".join(textwrap.wrap(english, 16 if compact else 20))
        arabic = "\n".join(for_matplotlib(line) for line in textwrap.wrap(arabic, 18 if compact else 24))
        label = english if not arabic else f"{english}\n{arabic}"
        ax.text(*_label_anchor(x, y, compact), label, fontsize=7 if compact else 9, fontfamily=FONT, alpha=alpha,
                zorder=5, linespacing=1.3, gid=f"{_LABEL_GID}{node}", **_label_alignment(x, y),
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.9})
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    ax.set_xlim(min(xs) - 0.9, max(xs) + 0.9)
    ax.set_ylim(min(ys) - 0.5, max(ys) + 0.5)


#: The ``gid`` prefix of a node's name label (the node's code follows it).
_LABEL_GID = "label:"
_HARD = 50.0  # weight of covering a label or a code, against 0.3 for a tie's score
_NUDGE = 0.08  # data units further from the node per step when every direction collides
_NUDGES = 8
_TURNS = (0.0, 30.0, -30.0, 60.0, -60.0, 90.0, -90.0, 120.0, -120.0, 150.0, -150.0, 180.0)  # from outward, degrees


def _separate_labels(ax, pos: dict[str, tuple[float, float]]) -> None:
    """Place each name label where it overlaps no earlier label, no actor code, no tie
    score, no other actor's node, and stays inside the figure: outward from the centre
    first, then turned a little at a time around its node, then a step further out. A
    label with no clear place takes the least bad one, where covering a label or a code
    weighs far more than covering a score.

    Labels are placed in order of their node's distance from the centre, so the core
    actors keep their places and the outer ring gives way.
    """
    fig = ax.figure
    for text in ax.texts:
        # Texts take no part in the layout: the axes then keep their place while labels
        # move, so the extents measured here are those of the final picture.
        text.set_in_layout(False)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    radius = _marker_radius_px(ax)
    frame = fig.bbox
    nodes = {gid[len(_LABEL_GID):]: t for t in ax.texts
             if (gid := t.get_gid() or "").startswith(_LABEL_GID)}
    centres = {n: ax.transData.transform(p) for n, p in pos.items()}
    # Actor codes and tie scores stay where they are; labels keep clear of them too.
    # A score hidden under a label is a smaller loss than a label far from its node.
    placed = [(t.get_window_extent(renderer), _HARD if t.get_gid() == "code" else 0.3)
              for t in ax.texts if t.get_gid() in ("code", "score")]
    for node in sorted(nodes, key=lambda n: (math.hypot(*pos[n]), n)):
        text = nodes[node]
        (x, y), (ox, oy) = pos[node], _outward(*pos[node])
        gap = math.hypot(text.get_position()[0] - x, text.get_position()[1] - y)
        best = None
        for step in range(_NUDGES):
            for turn in _TURNS:
                c, s_ = math.cos(math.radians(turn)), math.sin(math.radians(turn))
                dx, dy = ox * c - oy * s_, ox * s_ + oy * c
                text.set_position((x + (gap + step * _NUDGE) * dx, y + (gap + step * _NUDGE) * dy))
                text.update(_alignment_towards(dx, dy))
                box = text.get_window_extent(renderer)
                # Among imperfect places, the nearest and least turned one is best.
                cost = _overlap(box, placed, centres, radius, node, frame)
                cost += (step * box.height * 4 + abs(turn) / 30 * box.height) if cost else 0.0
                if best is None or cost < best[0]:
                    best = (cost, text.get_position(), _alignment_towards(dx, dy))
                if cost == 0:
                    break
            if best[0] == 0:
                break
        text.set_position(best[1])
        text.update(best[2])
        placed.append((text.get_window_extent(renderer), _HARD))


def _marker_radius_px(ax) -> float:
    """The radius of a node marker in pixels (markers are sized in points squared)."""
    sizes = [s for c in ax.collections for s in getattr(c, "get_sizes", lambda: [])()]
    points = math.sqrt(max(sizes, default=900.0)) / 2
    return points * ax.figure.dpi / 72


def _overlap(box, placed, centres, radius: float, own: str, frame) -> float:
    """How badly a label box collides: the area it shares with placed texts (weighted), plus a
    penalty per other node it covers and per pixel it sticks out of the figure."""
    cost = 0.0
    for other, weight in placed:
        w = min(box.x1, other.x1) - max(box.x0, other.x0)
        h = min(box.y1, other.y1) - max(box.y0, other.y0)
        if w > 0 and h > 0:
            cost += w * h * weight
    for node, (cx, cy) in centres.items():
        if node == own:
            continue
        nearest_x = min(max(cx, box.x0), box.x1)
        nearest_y = min(max(cy, box.y0), box.y1)
        if math.hypot(nearest_x - cx, nearest_y - cy) < radius:
            cost += 4 * radius * radius
    outside = max(0.0, frame.x0 - box.x0) + max(0.0, box.x1 - frame.x1) + \
        max(0.0, frame.y0 - box.y0) + max(0.0, box.y1 - frame.y1)
    return cost + outside * box.height


def label_boxes(fig: Figure) -> dict[str, tuple[float, float, float, float]]:
    """The pixel boxes ``(x0, y0, x1, y1)`` of the node name labels of a drawn network,
    by actor code: what a reader would see overlap.

    >>> from polgraph.analysis import DyadScore
    >>> from polgraph.visual.timeline import timeline_from_scores
    >>> tl = timeline_from_scores([DyadScore("SYR", "USA", "2025", 6.5, 2)], by="year")
    >>> sorted(label_boxes(draw_network(tl.graph("2025"))))
    ['SYR', 'USA']
    """
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    out = {}
    for ax in fig.axes:
        for text in ax.texts:
            gid = text.get_gid() or ""
            if gid.startswith(_LABEL_GID):
                b = text.get_window_extent(renderer)
                out[gid[len(_LABEL_GID):]] = (b.x0, b.y0, b.x1, b.y1)
    return out


def _outward(x: float, y: float) -> tuple[float, float]:
    """The unit vector from the centre of the layout towards a node (down for the centre)."""
    norm = math.hypot(x, y)
    return (x / norm, y / norm) if norm > 1e-9 else (0.0, -1.0)


def _label_anchor(x: float, y: float, compact: bool) -> tuple[float, float]:
    """Where a node's label starts: just outside the node, away from the centre, so it
    does not sit on the edges that cross the middle."""
    dx, dy = _outward(x, y)
    gap = 0.2 if compact else 0.16
    return x + gap * dx, y + gap * dy


def _label_alignment(x: float, y: float) -> dict[str, str]:
    return _alignment_towards(*_outward(x, y))


def _alignment_towards(dx: float, dy: float) -> dict[str, str]:
    """Text alignment for a label set off from its node in direction ``(dx, dy)``."""
    ha = "left" if dx > 0.35 else "right" if dx < -0.35 else "center"
    va = "bottom" if dy > 0.35 else "top" if dy < -0.35 else "center"
    return {"ha": ha, "va": va, "multialignment": "center"}


def _legend_handles(max_strength: float) -> list[Line2D]:
    return [Line2D([], [], color=TIE_COLOURS["cooperative"], linestyle=_STYLE["cooperative"], linewidth=3,
                   label="cooperative tie (solid)"),
            Line2D([], [], color=TIE_COLOURS["hostile"], linestyle=_STYLE["hostile"], linewidth=3,
                   label="hostile tie (dashed)"),
            Line2D([], [], color="#555555", linewidth=1, label="width: strength of the tie"),
            Line2D([], [], color="#555555", linewidth=9, label=f"|score| {max_strength:.0f}")]


def draw_network(graph: nx.Graph, *, pos: dict[str, tuple[float, float]] | None = None,
                 max_strength: float | None = None, title: str | None = None) -> Figure:
    """The alignment network of one period.

    Parameters
    ----------
    graph:
        A period's graph from :class:`~polgraph.visual.timeline.Timeline` (edges with a
        signed ``weight`` and a ``tie``).
    pos:
        Node positions; the stable layout of the graph's nodes by default. Pass the
        timeline's layout so every period's picture puts actors in the same places.
    max_strength:
        The strength drawn thickest; the graph's strongest tie by default. Pass the
        timeline's maximum so widths compare across periods.
    """
    pos = pos or stable_layout(graph.nodes, graphs=[graph])
    strengths = [abs(d.get("weight", 0.0)) for _, _, d in graph.edges(data=True)]
    max_strength = max_strength or max(strengths, default=1.0) or 1.0
    crowd = max(0, len(graph) - 12) / 30  # many actors: a larger sheet, same type size
    fig = _new_figure(8.5 * (1 + crowd), 7.5 * (1 + crowd))
    ax = fig.add_subplot()
    _draw_on(ax, graph, pos, max_strength=max_strength)
    period = graph.graph.get("period", "")
    ax.set_title(title or f"Alignment network {period}".strip(), fontsize=13, fontfamily=FONT)
    ax.legend(handles=_legend_handles(max_strength), loc="lower left", fontsize=8, frameon=False,
              bbox_to_anchor=(0.0, -0.08), ncols=2, prop={"family": FONT, "size": 8})
    _separate_labels(ax, pos)  # last: the title and the legend have taken their room
    return fig


def _dyad_name(a: str, b: str) -> str:
    return f"{labels_for(a).en} – {labels_for(b).en}"


def draw_dyad_series(timeline, *, dyads: Sequence[tuple[str, str]] | None = None,
                     title: str = "Alignment of each pair over time") -> Figure:
    """Each dyad's score per period, with shifts marked: an arrow over each dyad's
    largest move labelled with its size, a star where the tie changes sign.

    ``dyads`` defaults to every dyad of the timeline's core actors that has scores (or
    every dyad, when none of the core actors appear). Periods without events are gaps
    bridged by the line, as the shift analysis bridges them.
    """
    periods = list(timeline.periods)
    if not periods:
        raise InputError("no events to draw: the time series is empty")
    index = {p: i for i, p in enumerate(periods)}
    present = sorted({(s.a, s.b) for s in timeline.scores})
    if dyads is None:
        core = [d for d in present if d[0] in CORE_ACTORS and d[1] in CORE_ACTORS]
        dyads = core or present
    dyads = [tuple(sorted(d)) for d in dyads]
    fig = _new_figure(max(8.0, 0.55 * len(periods) + 4), 5.5)
    ax = fig.add_subplot()
    ax.axhline(0, color="#888888", linewidth=0.8, zorder=0)
    moves = [m for m in timeline.shifts() if (m.a, m.b) in set(dyads)]
    for n, (a, b) in enumerate(dyads):
        series = timeline.series(a, b)
        if not series:
            continue
        colour, marker, dash = _SERIES_STYLES[n % len(_SERIES_STYLES)]
        xs = [index[s.period] for s in series]
        ax.plot(xs, [s.score for s in series], color=colour, marker=marker, linestyle=dash, linewidth=2,
                markersize=6, label=_dyad_name(a, b), zorder=3)
        for m in (m for m in moves if (m.a, m.b) == (a, b)):
            x0, x1 = index[m.from_period], index[m.to_period]
            ax.annotate("", xy=(x1, m.to_score), xytext=(x0, m.from_score),
                        arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.2, "alpha": 0.8}, zorder=2)
            if m.sign_change:
                ax.scatter([x1], [m.to_score], marker="*", s=260, c=colour, edgecolors="black", zorder=4)
            ax.annotate(f"{m.change:+.1f}", xy=(x1, m.to_score), xytext=(4, 6), textcoords="offset points",
                        fontsize=8, color=colour, fontfamily=FONT)
    ax.set_xticks(range(len(periods)), periods, rotation=45 if len(periods) > 8 else 0, fontfamily=FONT)
    ax.set_xlim(-0.5, len(periods) - 0.5)
    ax.set_ylabel("alignment score (+ cooperative, − hostile)", fontfamily=FONT)
    ax.set_title(title, fontsize=13, fontfamily=FONT)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    handles, _ = ax.get_legend_handles_labels()
    handles.append(Line2D([], [], marker="*", linestyle="none", markersize=12, color="#555555",
                          markeredgecolor="black", label="sign change"))
    handles.append(Line2D([], [], color="#555555", linewidth=1.2, label="largest move (arrow)"))
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              prop={"family": FONT, "size": 8})
    return fig


def draw_small_multiples(timeline, *, actors: Sequence[str] = CORE_ACTORS, columns: int = 4,
                         title: str = "The four core actors, year by year") -> Figure:
    """One small network of ``actors`` per period of ``timeline``, side by side, on a
    shared layout and a shared width scale. Periods where none of them is tied are left out.
    """
    actors = list(actors)
    pos = stable_layout(actors)
    panels = []
    for period in timeline.periods:
        sub = timeline.graphs[period].subgraph([a for a in actors if a in timeline.graphs[period]]).copy()
        sub.add_nodes_from(a for a in actors if a not in sub)
        if sub.number_of_edges():
            panels.append((period, sub))
    if not panels:
        raise InputError(f"no ties among {', '.join(actors)} to draw")
    strongest = max(abs(d["weight"]) for _, g in panels for _, _, d in g.edges(data=True)) or 1.0
    columns = max(1, min(columns, len(panels)))
    rows = math.ceil(len(panels) / columns)
    fig = _new_figure(3.6 * columns, 3.7 * rows + 0.8)
    for i, (period, sub) in enumerate(sorted(panels, key=lambda item: period_sort_key(item[0]))):
        ax = fig.add_subplot(rows, columns, i + 1)
        _draw_on(ax, sub, pos, max_strength=strongest, compact=True)
        ax.set_title(period, fontsize=12, fontweight="bold", fontfamily=FONT)
    fig.suptitle(title, fontsize=14, fontfamily=FONT)
    fig.legend(handles=_legend_handles(strongest), loc="outside lower center", ncols=4, frameon=False,
               prop={"family": FONT, "size": 9})
    return fig


def render(fig: Figure, fmt: str, *, dpi: int = 150) -> bytes:
    """A figure as SVG (text as paths, so it looks the same everywhere) or PNG bytes.

    >>> render(_new_figure(1, 1), "gif")
    Traceback (most recent call last):
    ...
    polgraph.errors.InputError: unknown picture format 'gif'; use svg or png
    """
    if fmt not in PICTURE_FORMATS:
        raise InputError(f"unknown picture format {fmt!r}; use svg or png")
    buffer = io.BytesIO()
    # No creation date in the metadata, so the same data gives the same file.
    metadata = {"Date": None} if fmt == "svg" else {"Software": "polgraph"}
    fig.savefig(buffer, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    return buffer.getvalue()
