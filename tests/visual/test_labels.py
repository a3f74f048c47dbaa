"""Arabic labels are shaped and ordered for display; the font has their glyphs."""
from __future__ import annotations

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from polgraph.visual.draw import FONT
from polgraph.visual.labels import is_presentation_form, labels_for, shape_rtl


def test_arabic_label_is_shaped_into_presentation_forms():
    logical = labels_for("USA").ar
    shaped = shape_rtl(logical)
    assert shaped != logical
    assert any(is_presentation_form(c) for c in shaped)
    assert not any(is_presentation_form(c) for c in logical)


def test_shaped_arabic_is_in_right_to_left_display_order():
    # سوريا: the first letter (seen) is on the right, so it comes last in display order;
    # in its initial form U+FEB3, as it starts the word.
    shaped = shape_rtl("سوريا")
    assert shaped[-1] == "\ufeb3"
    assert shaped[0] in ("\ufe8e", "\ufe8d")  # alef, last in reading, first from the left


def test_mixed_label_keeps_english_unchanged():
    assert shape_rtl("Syria") == "Syria"


def test_the_drawing_font_has_every_shaped_glyph():
    font = FT2Font(font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=False))
    charmap = font.get_charmap()
    for code in ("SYR", "USA", "TUR", "SDF", "ISR", "RUS"):
        shaped = shape_rtl(labels_for(code).ar)
        missing = [c for c in shaped if not c.isspace() and ord(c) not in charmap]
        assert not missing, (code, missing)


def _ink_columns(text: str):
    """Render ``text`` as matplotlib would draw a label; return per-column ink heights."""
    import io

    import numpy as np
    from matplotlib.figure import Figure
    from PIL import Image

    from polgraph.visual.draw import FONT
    from polgraph.visual.labels import for_matplotlib

    fig = Figure(figsize=(3, 2), dpi=100)
    fig.text(0.5, 0.5, for_matplotlib(text), fontsize=60, fontfamily=FONT, ha="center", va="center")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    ink = np.asarray(Image.open(buf).convert("L")) < 128
    cols = np.nonzero(ink.any(axis=0))[0]
    heights = [(np.ptp(np.nonzero(ink[:, c])[0]) if ink[:, c].any() else 0) for c in range(cols[0], cols[-1] + 1)]
    return heights


def test_arabic_is_drawn_right_to_left():
    # "ما": meem then alef. Read right to left, the tall alef is the last letter, so it must be
    # drawn at the left end. A label reversed twice (shaped by us and again by the renderer)
    # puts it at the right end.
    heights = _ink_columns("ما")
    tallest = max(range(len(heights)), key=heights.__getitem__)
    assert tallest < len(heights) / 2
