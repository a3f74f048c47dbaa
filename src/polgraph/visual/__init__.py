"""Visualisation: the alignment network in other tools' formats, as pictures, and in a report.

The flow is one way: :func:`build_timeline` asks the analysis for every period's graph,
:mod:`.layout` places the actors once for all periods, and :mod:`.export`, :mod:`.draw`
and :mod:`.report` turn graphs into files. Nothing here knows about HTTP; the API's page
and ``polgraph export-graph`` / ``polgraph report`` call these functions.

>>> from polgraph.store import open_store
>>> build_timeline(open_store("memory")).periods
[]
"""
from __future__ import annotations

from polgraph.visual.draw import draw_dyad_series, draw_network, draw_small_multiples, render
from polgraph.visual.export import (
    GRAPH_FORMATS, MEDIA_TYPES, serialise_graph, timeline_gexf, to_cytoscape, to_dot, to_gexf, to_graphml,
    to_node_link, with_positions,
)
from polgraph.visual.labels import ActorLabels, labels_for, shape_rtl
from polgraph.visual.layout import stable_layout, timeline_layout
from polgraph.visual.report import write_report
from polgraph.visual.timeline import Timeline, build_timeline, timeline_from_scores

__all__ = [
    "Timeline", "build_timeline", "timeline_from_scores", "stable_layout", "timeline_layout",
    "ActorLabels", "labels_for", "shape_rtl", "GRAPH_FORMATS", "MEDIA_TYPES", "serialise_graph",
    "timeline_gexf", "to_graphml", "to_gexf", "to_node_link", "to_cytoscape", "to_dot", "with_positions",
    "draw_network", "draw_dyad_series", "draw_small_multiples", "render", "write_report",
]
