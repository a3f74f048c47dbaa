"""Pictures are real pictures: big enough, many colours, both kinds of tie visible."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from polgraph.errors import InputError
from polgraph.visual.draw import draw_dyad_series, draw_network, draw_small_multiples, render
from polgraph.visual.export import TIE_COLOURS
from polgraph.visual.layout import timeline_layout

SVG = "{http://www.w3.org/2000/svg}"


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def _has_colour(image: Image.Image, hex_colour: str, tolerance: int = 30) -> bool:
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return any(all(abs(a - b) <= tolerance for a, b in zip(rgb, target))
               for _, rgb in image.getcolors(maxcolors=1 << 20))


def test_network_png_is_large_colourful_and_shows_both_ties(small_timeline):
    pos = timeline_layout(small_timeline)
    png = render(draw_network(small_timeline.graph("2019"), pos=pos, max_strength=small_timeline.max_strength), "png")
    image = _image(png)
    assert image.width >= 800 and image.height >= 700
    assert len(image.getcolors(maxcolors=1 << 20)) > 50
    assert _has_colour(image, TIE_COLOURS["cooperative"]) and _has_colour(image, TIE_COLOURS["hostile"])


def test_hostile_and_cooperative_ties_differ_in_greyscale_by_line_style(small_timeline):
    svg = render(draw_network(small_timeline.graph("2019")), "svg").decode()
    root = ET.fromstring(svg)
    styles = [p.get("style", "") for p in root.iter(f"{SVG}path")]
    dashed = [s for s in styles if "stroke-dasharray" in s and "stroke-width" in s]
    assert dashed, "hostile ties must be dashed, not only red"


def test_network_svg_is_a_drawing_with_text_as_paths(small_timeline):
    svg = render(draw_network(small_timeline.graph("2025")), "svg")
    root = ET.fromstring(svg)
    assert len(svg) > 20_000
    assert sum(1 for _ in root.iter(f"{SVG}path")) > 30


def test_dyad_series_marks_the_sign_change(small_timeline):
    fig = draw_dyad_series(small_timeline)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Syria – United States" in labels and "sign change" in labels
    # SYR–USA goes from −8 to +1.5: a star sits on the later point.
    stars = [c for c in ax.collections if c.get_offsets().tolist() == [[1.0, 1.5]]]
    assert stars
    image = _image(render(fig, "png"))
    assert len(image.getcolors(maxcolors=1 << 20)) > 50


def test_small_multiples_has_a_panel_per_year_with_ties(small_timeline):
    fig = draw_small_multiples(small_timeline)
    titles = sorted(ax.get_title() for ax in fig.axes)
    assert titles == ["2019", "2024", "2025"]


def test_small_multiples_without_core_ties_is_an_input_error(small_timeline):
    with pytest.raises(InputError):
        draw_small_multiples(small_timeline, actors=["IRN", "QAT"])


def test_pictures_of_the_corpus(corpus_store):
    from polgraph.visual.timeline import build_timeline

    timeline = build_timeline(corpus_store, by="year")
    assert "2025" in timeline.periods
    image = _image(render(draw_small_multiples(timeline), "png"))
    assert image.width > 1500 and len(image.getcolors(maxcolors=1 << 20)) > 100
