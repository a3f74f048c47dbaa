"""Name labels in a crowded network picture: none covers another label or an actor's code."""
from __future__ import annotations

import pytest

from polgraph.analysis import DyadScore
from polgraph.visual.draw import draw_network, label_boxes
from polgraph.visual.layout import stable_layout
from polgraph.visual.timeline import timeline_from_scores


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _code_boxes(fig):
    renderer = fig.canvas.get_renderer()
    out = {}
    for text in fig.axes[0].texts:
        if text.get_gid() == "code":
            b = text.get_window_extent(renderer)
            out[text.get_text()] = (b.x0, b.y0, b.x1, b.y1)
    return out


def _assert_clear(fig):
    labels = label_boxes(fig)
    codes = _code_boxes(fig)
    assert labels and codes
    names = sorted(labels)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert _overlap(labels[a], labels[b]) == 0, (a, b)
        for code, box in codes.items():
            assert _overlap(labels[a], box) == 0, (a, code)
    frame = fig.bbox
    for name, (x0, y0, x1, y1) in labels.items():
        assert frame.x0 <= x0 and x1 <= frame.x1 and frame.y0 <= y0 and y1 <= frame.y1, name


def test_labels_of_a_full_ring_neither_overlap_nor_leave_the_picture():
    # Twenty actors with long two-language names, every one tied to Damascus and its
    # neighbour on the ring: the default places (straight outwards) collide.
    actors = ["ARAB_LEAGUE", "ARE", "COALITION", "DEU", "EGY", "EU", "FRA", "GBR", "HEZBOLLAH", "HTS",
              "IRN", "IRQ", "ISIS", "ISR", "JOR", "LBN", "NATO", "PKK", "QAT", "RUS", "SAU", "SNA",
              "UN", "YPG"]
    scores = [DyadScore("SYR", a, "2025", 5.0 if k % 2 else -5.0, 2) for k, a in enumerate(actors)]
    scores += [DyadScore("SDF", "TUR", "2025", -6.0, 2), DyadScore("SYR", "USA", "2025", 9.0, 3)]
    timeline = timeline_from_scores(scores, by="year")
    graph = timeline.graph("2025")
    fig = draw_network(graph, pos=stable_layout(graph.nodes, graphs=[graph]))
    _assert_clear(fig)


def test_a_label_gives_way_to_a_node_in_its_path():
    # EGY sits right where the SDF's label would go (east of the SDF, outwards).
    timeline = timeline_from_scores([DyadScore("SDF", "TUR", "2025", -6.0, 2),
                                     DyadScore("EGY", "SYR", "2025", 2.0, 1)], by="year")
    graph = timeline.graph("2025")
    pos = stable_layout(graph.nodes, graphs=[graph]) | {"EGY": (1.45, 0.0)}
    _assert_clear(draw_network(graph, pos=pos))


@pytest.mark.parametrize("year", ["2018", "2025"])
def test_the_corpus_with_every_actor_has_clear_labels(corpus_store, year):
    from polgraph.visual.timeline import build_timeline

    timeline = build_timeline(corpus_store, by="year", actors=None)
    graph = timeline.graph(year)
    _assert_clear(draw_network(graph, pos=stable_layout(timeline.actors, graphs=timeline.graphs.values())))
