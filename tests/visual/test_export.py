"""The exports parse back with NetworkX and carry labels, kinds, positions and signed weights."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from polgraph.errors import InputError
from polgraph.visual.export import (
    serialise_graph, timeline_gexf, to_cytoscape, to_dot, to_gexf, to_graphml, to_node_link, with_positions,
)
from polgraph.visual.layout import timeline_layout

GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}


@pytest.fixture
def graph_2019(small_timeline):
    return with_positions(small_timeline.graph("2019"), timeline_layout(small_timeline))


def test_graphml_round_trip_keeps_labels_kinds_and_signed_weights(graph_2019):
    back = nx.parse_graphml(to_graphml(graph_2019).decode("utf-8"))
    assert set(back.nodes) == {"RUS", "SDF", "SYR", "TUR", "USA"}
    assert back.nodes["USA"]["label_en"] == "United States"
    assert back.nodes["USA"]["label_ar"] == "الولايات المتحدة"
    assert back.nodes["SDF"]["kind"] == "ArmedGroup"
    assert back.nodes["USA"]["x"] == -1.0
    edge = back.edges["SYR", "USA"]
    assert (edge["weight"], edge["strength"], edge["sign"], edge["tie"], edge["events"]) == (-8.0, 8.0, -1, "hostile", 3)
    assert back.edges["RUS", "SYR"]["tie"] == "cooperative"


def test_static_gexf_has_positive_weight_and_signed_score(graph_2019):
    back = nx.read_gexf(__import__("io").BytesIO(to_gexf(graph_2019)))
    edge = back.edges["SDF", "TUR"]
    assert edge["weight"] == 6.0 and edge["score"] == -6.0
    assert back.nodes["TUR"]["label"] == "Turkey" and back.nodes["TUR"]["label_ar"] == "تركيا"
    assert back.nodes["TUR"]["viz"]["position"]["y"] == pytest.approx(100.0)


def test_timeline_gexf_is_dynamic_with_a_spell_per_period(small_timeline):
    root = ET.fromstring(timeline_gexf(small_timeline))
    graph = root.find("g:graph", GEXF_NS)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = {(e.get("source"), e.get("target")): e for e in graph.iter("{%s}edge" % GEXF_NS["g"])}
    syr_usa = edges.get(("SYR", "USA")) or edges[("USA", "SYR")]
    spells = [(s.get("start"), s.get("end")) for s in syr_usa.iter("{%s}spell" % GEXF_NS["g"])]
    assert spells == [("2019-01-01", "2019-12-31"), ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")]
    # The score changes per spell: hostile in 2019, friendly in 2025.
    score_id = next(a.get("id") for a in graph.iter("{%s}attribute" % GEXF_NS["g"]) if a.get("title") == "score")
    values = {(v.get("start"), float(v.get("value"))) for v in syr_usa.iter("{%s}attvalue" % GEXF_NS["g"])
              if v.get("for") == score_id}
    assert ("2019-01-01", -8.0) in values and ("2025-01-01", 12.0) in values
    # Russia only has a tie in 2019, so its node only lives then.
    rus = next(n for n in graph.iter("{%s}node" % GEXF_NS["g"]) if n.get("id") == "RUS")
    assert [s.get("start") for s in rus.iter("{%s}spell" % GEXF_NS["g"])] == ["2019-01-01"]


def test_timeline_gexf_reads_back_in_networkx(small_timeline):
    back = nx.read_gexf(__import__("io").BytesIO(timeline_gexf(small_timeline)))
    assert back.graph["mode"] == "dynamic"
    assert len(back.edges["SDF", "TUR"]["spells"]) == 2


def test_node_link_json_round_trip(graph_2019):
    back = nx.node_link_graph(json.loads(to_node_link(graph_2019)), edges="edges")
    assert back.edges["SYR", "USA"]["weight"] == -8.0
    assert back.nodes["SYR"]["label_ar"] == "سوريا"


def test_cytoscape_elements_round_trip_with_positions(graph_2019):
    data = json.loads(to_cytoscape(graph_2019))
    assert data["data"]["period"] == "2019"
    back = nx.cytoscape_graph(data)
    assert back.edges["SDF", "TUR"]["tie"] == "hostile"
    positions = {e["data"]["id"]: e["position"] for e in data["elements"]["nodes"]}
    assert positions["TUR"] == {"x": 0.0, "y": -100.0}  # north is up, and Cytoscape's y points down
    assert {e["data"]["name"] for e in data["elements"]["nodes"]} >= {"Syria", "Turkey"}


def test_dot_styles_ties_and_keeps_logical_arabic(graph_2019):
    text = to_dot(graph_2019).decode("utf-8")
    assert text.startswith('graph "alignment 2019" {') and text.rstrip().endswith("}")
    hostile = re.search(r'"SDF" -- "TUR" \[([^\]]*)\]', text).group(1)
    friendly = re.search(r'"RUS" -- "SYR" \[([^\]]*)\]', text).group(1)
    assert "style=dashed" in hostile and "score=-6.0" in hostile
    assert "style=solid" in friendly
    assert 'label="Syria\\nسوريا"' in text  # Graphviz shapes Arabic itself: logical order


def test_dot_escapes_quotes():
    g = nx.Graph()
    g.add_node('say "hi"', label_en='say "hi"')
    assert '"say \\"hi\\""' in to_dot(g).decode()


def test_timeline_gexf_of_nothing_is_an_input_error():
    from polgraph.visual.timeline import timeline_from_scores
    with pytest.raises(InputError):
        timeline_gexf(timeline_from_scores([], by="year"))


def test_unknown_format_is_an_input_error(graph_2019):
    with pytest.raises(InputError, match="unknown graph format"):
        serialise_graph(graph_2019, "xlsx")
