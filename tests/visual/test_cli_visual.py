"""``polgraph export-graph`` and ``polgraph report`` from the command line."""
from __future__ import annotations

import io

import networkx as nx
import pytest
from PIL import Image

from polgraph.cli import main


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store") / "store"
    assert main(["--store", str(folder), "build"]) == 0
    return str(folder)


@pytest.mark.parametrize("fmt, load", [
    ("graphml", lambda data: nx.parse_graphml(data.decode())),
    ("gexf", lambda data: nx.read_gexf(io.BytesIO(data))),
])
def test_export_graph_files_parse_back(store_dir, tmp_path, fmt, load):
    out = tmp_path / f"g.{fmt}"
    assert main(["--store", store_dir, "export-graph", "--period", "2025", "--format", fmt, "-o", str(out)]) == 0
    graph = load(out.read_bytes())
    assert {"SYR", "USA", "TUR", "SDF"} <= set(graph.nodes)
    assert graph.nodes["SYR"]["label_ar"] == "سوريا"


def test_export_graph_png_by_date_and_quarter(store_dir, tmp_path):
    out = tmp_path / "net.png"
    assert main(["--store", store_dir, "export-graph", "--at", "2025-03-14", "--by", "quarter",
                 "--format", "png", "-o", str(out)]) == 0
    with Image.open(out) as image:
        assert image.width > 800


def test_export_graph_whole_series_as_dynamic_gexf(store_dir, tmp_path):
    out = tmp_path / "all.gexf"
    assert main(["--store", store_dir, "export-graph", "--format", "gexf", "-o", str(out)]) == 0
    graph = nx.read_gexf(str(out))
    assert graph.graph["mode"] == "dynamic"
    assert max(len(d["spells"]) for _, _, d in graph.edges(data=True)) > 1


@pytest.mark.parametrize("argv, message", [
    (["--period", "2031"], "no events in period 2031"),
    (["--period", "2025", "--by", "month"], "is not a month"),
    (["--at", "someday"], "not a date"),
    (["--period", "20x5"], "not a period label"),
    (["--actors", ","], "no actors given"),
])
def test_bad_input_is_one_line_and_nonzero(store_dir, tmp_path, capsys, argv, message):
    out = tmp_path / "never.json"
    code = main(["--store", store_dir, "export-graph", "--format", "json", "-o", str(out), *argv])
    err = capsys.readouterr().err
    assert code != 0 and message in err and "Traceback" not in err
    assert not out.exists()


def test_report_writes_its_page(store_dir, tmp_path, capsys):
    assert main(["--store", store_dir, "report", "-o", str(tmp_path / "r"), "--actors", "SYR,USA,TUR,SDF"]) == 0
    assert (tmp_path / "r" / "index.html").exists()
    assert (tmp_path / "r" / "network-2025.svg").exists()
