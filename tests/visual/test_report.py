"""``write_report`` writes every picture in both formats and a page that shows them."""
from __future__ import annotations

import re

from PIL import Image

from polgraph.visual.report import write_report


def test_report_of_the_corpus(corpus_store, tmp_path):
    written = write_report(corpus_store, tmp_path / "out", actors="SYR,USA,TUR,SDF,RUS,ISR")
    names = {p.name for p in written}
    assert {"dyads.svg", "dyads.png", "core-by-year.svg", "core-by-year.png", "network-2025.png",
            "timeline.gexf", "index.html"} <= names
    assert written[-1].name == "index.html"
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    embedded = set(re.findall(r'<img src="([^"]+)"', page))
    svgs = {n for n in names if n.endswith(".svg")}
    assert embedded == svgs
    for name in names:
        if name.endswith(".png"):
            with Image.open(tmp_path / "out" / name) as image:
                assert image.width > 600
    assert not list((tmp_path / "out").glob("*.part"))
