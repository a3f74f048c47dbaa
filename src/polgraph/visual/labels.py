"""Names of the actors on a picture: English and Arabic labels, kinds, and Arabic shaped
for renderers that do not shape text themselves.

Matplotlib from 3.10 on lays text out with a complex-text engine (its ``text.language``
setting exists), which joins Arabic letters and orders them right to left itself: it must
get the logical string, or the text comes out reversed. Older matplotlib draws characters
one by one, left to right; for it :func:`shape_rtl` joins the letters into their contextual
presentation forms and reorders them for display. :func:`for_matplotlib` picks the right
one. Browsers and Graphviz shape text themselves, so exports keep the logical string.

>>> labels_for("SYR")
ActorLabels(code='SYR', en='Syria', ar='سوريا', kind='State')
>>> shape_rtl("سوريا") != "سوريا"
True
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import arabic_reshaper
from bidi.algorithm import get_display

from polgraph.gazetteer import load_gazetteer

__all__ = ["ActorLabels", "labels_for", "shape_rtl", "for_matplotlib", "matplotlib_shapes_text",
           "is_presentation_form"]


@dataclass(frozen=True)
class ActorLabels:
    """How one group is named and what kind of actor it is."""

    code: str
    en: str
    ar: str
    kind: str


@functools.cache
def labels_for(code: str) -> ActorLabels:
    """The labels of a group code from the gazetteer; an unknown code names itself.

    >>> labels_for("XYZ")
    ActorLabels(code='XYZ', en='XYZ', ar='', kind='Unknown')
    """
    actor = load_gazetteer().by_group(code)
    if actor is None:
        return ActorLabels(code, code, "", "Unknown")
    return ActorLabels(code, actor.en, actor.ar, actor.kind)


def shape_rtl(text: str) -> str:
    """Arabic text joined into presentation forms and put in visual (display) order.

    Text without right-to-left characters comes back unchanged.

    >>> shape_rtl("Syria")
    'Syria'
    >>> any(is_presentation_form(c) for c in shape_rtl("الولايات المتحدة"))
    True
    """
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return text
    return get_display(arabic_reshaper.reshape(text))


@functools.cache
def matplotlib_shapes_text() -> bool:
    """Whether the installed matplotlib shapes and orders right-to-left text itself.

    >>> isinstance(matplotlib_shapes_text(), bool)
    True
    """
    import matplotlib

    return "text.language" in matplotlib.rcParams


def for_matplotlib(text: str) -> str:
    """Text ready to give to matplotlib: logical order when it shapes text itself,
    pre-shaped visual order otherwise.

    >>> for_matplotlib("Syria")
    'Syria'
    >>> for_matplotlib("سوريا") == ("سوريا" if matplotlib_shapes_text() else shape_rtl("سوريا"))
    True
    """
    return text if matplotlib_shapes_text() else shape_rtl(text)


def is_presentation_form(char: str) -> bool:
    """Whether a character is an Arabic presentation form (a letter already joined).

    >>> is_presentation_form("\\ufe8d"), is_presentation_form("ا")
    (True, False)
    """
    code = ord(char)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
