"""The alignment network in the formats other tools open: GraphML, GEXF (static, or the
whole time series as a dynamic graph for Gephi's timeline), node-link JSON (D3),
Cytoscape.js elements and Graphviz DOT.

Every format carries the same attributes. Nodes: ``label`` (English), ``label_en``,
``label_ar``, ``kind`` (State, ArmedGroup …), ``group`` and the stable layout's ``x`` and
``y``. Edges: ``weight`` (the signed alignment score), ``strength`` (its absolute value),
``sign``, ``tie`` (cooperative, hostile or neutral), ``events`` and ``period``. GEXF is
the one exception: Gephi sizes and lays out edges by a positive ``weight``, so there
``weight`` is the strength and the signed value is the ``score`` attribute.

NetworkX writes GraphML, GEXF, node-link and Cytoscape; DOT is written here because
NetworkX needs pydot or pygraphviz for it.

>>> from polgraph.visual.timeline import timeline_from_scores
>>> from polgraph.analysis import DyadScore
>>> tl = timeline_from_scores([DyadScore("SYR", "TUR", "2025", 3.0, 1)], by="year")
>>> g = nx.parse_graphml(to_graphml(tl.graph("2025")).decode())
>>> g.nodes["TUR"]["label_ar"], g.edges["SYR", "TUR"]["tie"]
('تركيا', 'cooperative')
"""
from __future__ import annotations

import json
from typing import Any

import networkx as nx

from polgraph.analysis.periods import period_bounds
from polgraph.errors import InputError
from polgraph.visual.layout import stable_layout

__all__ = [
    "GRAPH_FORMATS", "MEDIA_TYPES", "to_graphml", "to_gexf", "to_node_link", "to_cytoscape", "to_dot",
    "timeline_gexf", "with_positions", "serialise_graph",
]

#: Export formats of one period's graph, and what each is served as over HTTP.
MEDIA_TYPES = {
    "graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "json": "application/json",
    "cytoscape": "application/json", "dot": "text/vnd.graphviz",
}
GRAPH_FORMATS = tuple(MEDIA_TYPES)

#: Colours of ties in every export and picture: blue cooperates, red opposes.
TIE_COLOURS = {"cooperative": "#1f5fa8", "hostile": "#c2362b", "neutral": "#7f7f7f"}


def with_positions(graph: nx.Graph, pos: dict[str, tuple[float, float]] | None = None) -> nx.Graph:
    """A copy of ``graph`` whose nodes carry ``x`` and ``y`` (the stable layout by default).

    >>> g = with_positions(nx.Graph([("USA", "TUR")]))
    >>> g.nodes["USA"]["x"], g.nodes["USA"]["y"]
    (-1.0, 0.0)
    """
    pos = pos or stable_layout(graph.nodes, graphs=[graph])
    out = graph.copy()
    for node, data in out.nodes(data=True):
        data["x"], data["y"] = (float(v) for v in pos.get(node, (0.0, 0.0)))
    return out


def _graphml_ready(graph: nx.Graph) -> nx.Graph:
    """Only attributes GraphML and GEXF can hold (no lists of drivers), and no None."""
    out = nx.Graph()
    out.graph.update({k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))})
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))})
    for u, v, data in graph.edges(data=True):
        out.add_edge(u, v, **{k: val for k, val in data.items() if isinstance(val, (str, int, float, bool))})
    return out


def to_graphml(graph: nx.Graph) -> bytes:
    """GraphML of one period's graph (opens in Gephi, Cytoscape, yEd)."""
    return "\n".join(nx.generate_graphml(_graphml_ready(graph))).encode("utf-8")


def _gexf_edge(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    score = out.pop("weight", 0.0)
    out["score"] = score
    out["weight"] = abs(score)
    return out


def _viz(data: dict[str, Any]) -> dict[str, Any]:
    viz: dict[str, Any] = {"size": 10.0}
    if "x" in data:
        viz["position"] = {"x": 100.0 * data["x"], "y": 100.0 * data["y"], "z": 0.0}
    return viz


def to_gexf(graph: nx.Graph) -> bytes:
    """Static GEXF of one period's graph; positions become Gephi's ``viz:position``.

    >>> b'title="score"' in to_gexf(nx.Graph([("SYR", "TUR", {"weight": -2.0})]))
    True
    """
    ready = _graphml_ready(graph)
    out = nx.Graph()
    out.graph.update(ready.graph)
    for node, data in ready.nodes(data=True):
        out.add_node(node, **data, viz=_viz(data))
    for u, v, data in ready.edges(data=True):
        out.add_edge(u, v, **_gexf_edge(data))
    return "\n".join(nx.generate_gexf(out)).encode("utf-8")


def timeline_gexf(timeline, pos: dict[str, tuple[float, float]] | None = None) -> bytes:
    """The whole series as one dynamic GEXF graph: each node and edge has a spell per
    period it appears in, and the edge's score, strength, sign and events change per
    spell, so Gephi's timeline plays the alignments over time.

    >>> from polgraph.visual.timeline import timeline_from_scores
    >>> from polgraph.analysis import DyadScore
    >>> tl = timeline_from_scores([DyadScore("SYR", "USA", "2019", -9.0, 1),
    ...                            DyadScore("SYR", "USA", "2025", 6.5, 2)], by="year")
    >>> text = timeline_gexf(tl).decode()
    >>> 'mode="dynamic"' in text, text.count("<spell ")
    (True, 6)
    """
    if not timeline.periods:
        raise InputError("no events to export: the time series is empty")
    pos = pos or stable_layout(timeline.actors, graphs=timeline.graphs.values())
    spans = {p: period_bounds(p) for p in timeline.periods}
    out = nx.Graph(mode="dynamic", name="polgraph alignment network", by=timeline.by)
    node_spells: dict[str, list[tuple[str, str]]] = {}
    edges: dict[tuple[str, str], dict[str, list]] = {}
    for period in timeline.periods:
        start, end = spans[period]
        graph = timeline.graphs[period]
        for u, v, data in graph.edges(data=True):
            for node in (u, v):
                spells = node_spells.setdefault(node, [])
                if not spells or spells[-1] != (start, end):
                    spells.append((start, end))
            entry = edges.setdefault(tuple(sorted((u, v))), {"spells": [], "score": [], "strength": [],
                                                              "sign": [], "events": [], "tie": []})
            entry["spells"].append((start, end))
            for key, value in (("score", float(data["weight"])), ("strength", float(data["strength"])),
                               ("sign", int(data["sign"])), ("events", int(data["events"])),
                               ("tie", data["tie"])):
                entry[key].append((value, start, end))
    first = next(iter(timeline.graphs.values()))
    for node in timeline.actors:
        data = {k: v for k, v in first.nodes[node].items() if isinstance(v, (str, int, float))}
        x, y = pos.get(node, (0.0, 0.0))
        data.update(x=float(x), y=float(y))
        out.add_node(node, **data, viz=_viz(data), spells=node_spells.get(node, []))
    for (u, v), entry in edges.items():
        strongest = max(s for s, _, _ in entry["strength"])
        out.add_edge(u, v, weight=strongest, **entry)
    return "\n".join(nx.generate_gexf(out)).encode("utf-8")


def to_node_link(graph: nx.Graph) -> bytes:
    """Node-link JSON (``nodes`` and ``edges``), the shape D3 force layouts read.

    >>> json.loads(to_node_link(nx.Graph([("A", "B", {"weight": -1.5})])))["edges"][0]["weight"]
    -1.5
    """
    data = nx.node_link_data(_graphml_ready(graph), edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def to_cytoscape(graph: nx.Graph) -> bytes:
    """Cytoscape.js elements (``{"data", "elements": {"nodes", "edges"}}``); a node's
    ``position`` is the stable layout, for Cytoscape's ``preset`` layout.

    >>> data = json.loads(to_cytoscape(with_positions(nx.Graph([("SYR", "USA")]))))
    >>> data["elements"]["nodes"][0]["position"]
    {'x': 0.0, 'y': 100.0}
    """
    ready = _graphml_ready(graph)
    for _, data in ready.nodes(data=True):
        data["name"] = data.get("label", "")
    data = nx.cytoscape_data(ready)
    data["data"] = dict(ready.graph)  # NetworkX gives a list of pairs; Cytoscape.js reads an object
    for element in data["elements"]["nodes"]:
        attrs = element["data"]
        if "x" in attrs:
            # Cytoscape's y axis points down; ours points up.
            element["position"] = {"x": 100.0 * attrs["x"], "y": -100.0 * attrs["y"] + 0.0}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _dot_id(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def to_dot(graph: nx.Graph) -> bytes:
    """Graphviz DOT: cooperative ties solid blue, hostile ties dashed red, pen width by
    strength; labels in both languages (Graphviz shapes the Arabic itself).

    >>> print(to_dot(nx.Graph([("SDF", "TUR", {"weight": -4.0, "tie": "hostile"})])).decode(), end="")
    graph "alignment" {
      node [shape=box, style=rounded, fontname="DejaVu Sans"];
      "SDF" [label="SDF"];
      "TUR" [label="TUR"];
      "SDF" -- "TUR" [score=-4.0, penwidth=7.0, color="#c2362b", style=dashed, tie="hostile"];
    }
    """
    name = f"alignment {graph.graph['period']}" if graph.graph.get("period") else "alignment"
    strongest = max((abs(d.get("weight", 0.0)) for _, _, d in graph.edges(data=True)), default=0.0) or 1.0
    lines = [f"graph {_dot_id(name)} {{", '  node [shape=box, style=rounded, fontname="DejaVu Sans"];']
    for node, data in graph.nodes(data=True):
        label = "\n".join(x for x in (data.get("label_en") or str(node), data.get("label_ar")) if x)
        attrs = [f"label={_dot_id(label)}"]
        if data.get("kind"):
            attrs.append(f"kind={_dot_id(data['kind'])}")
        if "x" in data:
            attrs.append(f'pos="{data["x"] * 2:.3f},{data["y"] * 2:.3f}!"')
        lines.append(f"  {_dot_id(node)} [{', '.join(attrs)}];")
    for u, v, data in graph.edges(data=True):
        score = float(data.get("weight", 0.0))
        tie = data.get("tie") or ("cooperative" if score > 0 else "hostile" if score < 0 else "neutral")
        style = {"cooperative": "solid", "hostile": "dashed"}.get(tie, "dotted")
        attrs = [f"score={score}", f"penwidth={1 + 6 * abs(score) / strongest:.1f}",
                 f"color={_dot_id(TIE_COLOURS[tie])}", f"style={style}", f"tie={_dot_id(tie)}"]
        if "events" in data:
            attrs.append(f"events={int(data['events'])}")
        lines.append(f"  {_dot_id(u)} -- {_dot_id(v)} [{', '.join(attrs)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"graphml": to_graphml, "gexf": to_gexf, "json": to_node_link, "cytoscape": to_cytoscape, "dot": to_dot}


def serialise_graph(graph: nx.Graph, fmt: str) -> bytes:
    """One period's graph in ``fmt`` (one of :data:`GRAPH_FORMATS`).

    >>> serialise_graph(nx.Graph(), "xls")
    Traceback (most recent call last):
    ...
    polgraph.errors.InputError: unknown graph format 'xls'; use graphml, gexf, json, cytoscape or dot
    """
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise InputError(f"unknown graph format {fmt!r}; use {', '.join(GRAPH_FORMATS[:-1])} or dot") from None
    return writer(graph)
