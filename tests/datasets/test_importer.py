"""Importing GDELT files into stores: counts, stored values, re-import, failures, backends."""
from __future__ import annotations

import zipfile

import pytest

from polgraph.datasets.importer import import_gdelt
from polgraph.errors import InputError
from polgraph.store import OxigraphStore, RemoteStore, Store
from polgraph.vocab import dataset_graph

PG = "https://polgraph.org/ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _values(store: Store, event_id: str) -> dict[str, object]:
    rows = store.select(f"""SELECT ?p ?o WHERE {{ GRAPH ?g {{
        <https://polgraph.org/id/event/{event_id}> ?p ?o }} }}""")
    out: dict[str, object] = {}
    for row in rows:
        out.setdefault(row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1], []).append(row["o"])
    return {k: v[0] if len(v) == 1 else sorted(map(str, v)) for k, v in out.items()}


def test_fixture_counts_and_first_lines(mixed_tsv):
    report = import_gdelt(OxigraphStore(), mixed_tsv)
    assert (report.rows, report.imported, report.rejected) == (10, 4, 6)
    assert dict(report.reasons) == {"columns": 1, "date": 1, "number": 1, "date-added": 1,
                                    "event-code": 1, "no-plover": 1}
    assert report.first_lines == {"columns": [3], "date": [4], "event-code": [5], "number": [6],
                                  "no-plover": [7], "date-added": [10]}
    assert "lines 5" in report.summary() and report.to_json()["reasons"]["date"]["first_lines"] == [4]


def test_stored_event_field_by_field(mixed_tsv):
    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    v = _values(store, "gdelt1/9000001")
    assert v["source"] == "https://polgraph.org/id/actor/TUR" and v["sourceGroup"] == "TUR"
    assert v["target"] == "https://polgraph.org/id/actor/SYR" and v["targetGroup"] == "SYR"
    assert (v["periodDate"], v["dateStart"], v["dateEnd"]) == ("2016-07-28",) * 3
    assert (v["origin"], v["cameoCode"], v["goldstein"], v["quadClass"]) == ("gdelt", "042", 1.9, 1)
    assert (v["tone"], v["numMentions"], v["externalId"]) == (-1.25, 4, "9000001")
    assert v["sourceUrl"] == "http://example.org/news/visit"
    assert v["plover"] == "https://polgraph.org/plover/CONSULT" and v["eventType"] == PG + "Visit"
    assert v["place"] == "Damascus, Dimashq, Syria" and v["created"] == "2016-07-28"
    assert v["wasDerivedFrom"] == "https://polgraph.org/id/doc/mixed-gdelt1.tsv"
    graph = str(dataset_graph("mixed-gdelt1.tsv"))
    assert store.ask(f"""ASK {{ GRAPH <{graph}> {{ <https://polgraph.org/id/doc/mixed-gdelt1.tsv>
        a <{PG}Document>, <{PG}Dataset> }} }}""")
    assert store.graphs() == [graph]


def test_created_actors_are_described_once_with_roles(mixed_tsv):
    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    rows = store.select(f"""SELECT ?a ?label ?role ?group WHERE {{ GRAPH ?g {{ ?a a <{PG}Actor> ;
        <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ; <{PG}cameoCode> ?c .
        OPTIONAL {{ ?a <{PG}roleCode> ?role }} OPTIONAL {{ ?a <{PG}group> ?group }} }} }} ORDER BY ?a""")
    by_actor = {r["a"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_actor["cameo-USAMIL"]["group"] == "USA" and by_actor["cameo-USAMIL"]["role"] == "MIL"
    assert "group" not in by_actor["cameo-SYRREB"] and by_actor["cameo-SYRREB"]["role"] == "REB"
    assert by_actor["cameo-ZZZ"]["label"] == 'The "X" Group\\'
    # One row per actor: each has one label and at most one role, though ZZZ acts twice.
    assert sorted(by_actor) == ["cameo-ISRMIL", "cameo-SYRGOV", "cameo-SYRREB", "cameo-USAMIL", "cameo-ZZZ"]
    assert len(rows) == 5


def test_zip_and_gdelt2(mixed_zip, gdelt2_tsv):
    store = OxigraphStore()
    assert import_gdelt(store, mixed_zip).imported == 4
    report = import_gdelt(store, gdelt2_tsv)
    assert (report.rows, report.imported) == (2, 2)
    v = _values(store, "gdelt2/410000001")
    assert v["created"] == "2025-01-15T12:30:00Z" and v["sourceGroup"] == "TUR" and v["targetGroup"] == "SYR"
    assert v["eventType"] == PG + "AgreementSigning"


def test_reimport_replaces_the_graph(tmp_path, mixed_tsv):
    store = OxigraphStore()
    path = tmp_path / "day.tsv"
    path.write_bytes(mixed_tsv.read_bytes())
    import_gdelt(store, path)
    first = store.count(str(dataset_graph("day.tsv")))
    lines = mixed_tsv.read_text().splitlines(keepends=True)
    path.write_text(lines[0])  # only the first event is left
    import_gdelt(store, path)
    graph = str(dataset_graph("day.tsv"))
    events = store.select(f"SELECT ?e WHERE {{ GRAPH <{graph}> {{ ?e a <{PG}Event> }} }}")
    assert [r["e"].rsplit("/", 1)[-1] for r in events] == ["9000001"]
    assert 0 < store.count(graph) < first


def _corrupt_zip(tmp_path, mixed_tsv, rows: int = 4000):
    """A zip whose member fails its CRC check only at the very end, after many good rows."""
    line = mixed_tsv.read_text().splitlines()[0]
    body = "\n".join(line.replace("9000001", str(9000001 + i)) for i in range(rows)) + "\n"
    path = tmp_path / "broken.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("broken.export.CSV", body)
    data = bytearray(path.read_bytes())
    at = data.index(b"9000001\t") + len(body) - 5  # a byte of the last row
    data[at] = ord("7") if data[at] != ord("7") else ord("8")
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("existing", [False, True])
def test_a_failed_import_leaves_the_store_as_it_was(tmp_path, mixed_tsv, existing):
    store = OxigraphStore()
    broken = _corrupt_zip(tmp_path, mixed_tsv)
    graph = str(dataset_graph("broken.zip"))
    if existing:
        good = tmp_path / "good" / "broken.zip"
        good.parent.mkdir()
        with zipfile.ZipFile(good, "w") as archive:
            archive.write(mixed_tsv, "x.CSV")
        import_gdelt(store, good)
    before = sorted(map(str, store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")))
    with pytest.raises(InputError, match="stopped while reading"):
        import_gdelt(store, broken)
    after = sorted(map(str, store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")))
    assert after == before
    assert store.has_graph(graph) is existing
    assert len(store.graphs()) == (1 if existing else 0)


def test_dry_run_writes_nothing(mixed_tsv):
    store = OxigraphStore()
    report = import_gdelt(store, mixed_tsv, dry_run=True)
    assert (report.imported, report.rejected, report.dry_run) == (4, 6, True)
    assert store.graphs() == [] and "would import 4" in report.summary()


def test_missing_file_touches_nothing(tmp_path):
    store = OxigraphStore()
    with pytest.raises(InputError, match="no such file"):
        import_gdelt(store, tmp_path / "nope.tsv")
    assert store.graphs() == []


class _UpdateOnly(Store):
    """A store with SPARQL update only (no bulk loader), over an in-memory Oxigraph."""

    kind = "test"

    def __init__(self) -> None:
        self.inner = OxigraphStore()
        self.updates = 0

    def select(self, query):
        return self.inner.select(query)

    def ask(self, query):
        return self.inner.ask(query)

    def query(self, query, media_type):
        return self.inner.query(query, media_type)

    def update(self, update):
        self.updates += 1
        self.inner.update(update)

    def replace_graph(self, graph, data, media_type="application/n-triples"):
        raise AssertionError("the importer must stream, not replace whole graphs")

    def remove_graph(self, graph):
        return self.inner.remove_graph(graph)

    def graphs(self):
        return self.inner.graphs()

    def dump(self, media_type="application/n-quads"):
        return self.inner.dump(media_type)


def test_update_path_gives_the_same_graph_as_the_bulk_path(mixed_tsv, gdelt2_tsv):
    bulk, updates = OxigraphStore(), _UpdateOnly()
    for store in (bulk, updates):
        import_gdelt(store, mixed_tsv)
        import_gdelt(store, gdelt2_tsv)
        import_gdelt(store, gdelt2_tsv)  # a re-import goes through a staging graph and MOVE
    assert updates.dump() == bulk.dump() or sorted(updates.dump().splitlines()) == sorted(bulk.dump().splitlines())
    assert updates.graphs() == bulk.graphs()
    assert updates.updates >= 4


def test_remote_endpoint(oxigraph_server, mixed_tsv):
    store = RemoteStore(oxigraph_server + "/query")
    try:
        store.remove_graph(str(dataset_graph("mixed-gdelt1.tsv")))
        report = import_gdelt(store, mixed_tsv)
        assert report.imported == 4
        assert _values(store, "gdelt1/9000009")["sourceUrl"] == "http://example.org/a%20b%22c%7Cd"
        assert store.count(str(dataset_graph("mixed-gdelt1.tsv"))) == report.triples
    finally:
        store.remove_graph(str(dataset_graph("mixed-gdelt1.tsv")))
        store.close()


def test_real_sample(real_sample):
    statements = sum(1 for line in real_sample.read_text().splitlines() if line.split("\t")[26].startswith("01"))
    store = OxigraphStore()
    report = import_gdelt(store, real_sample)
    assert report.rows == 710
    assert report.reasons == {"no-plover": statements}
    assert report.imported == 710 - statements
    graph = str(dataset_graph("gdelt1-sample-2016-07-28.tsv"))
    n = store.select(f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?e a <{PG}Event> }} }}")[0]["n"]
    assert n == report.imported
    rus = _values(store, "gdelt1/564442482")  # line 325: RUSSIA → SYRIA, 042
    assert (rus["sourceGroup"], rus["targetGroup"], rus["cameoCode"], rus["goldstein"]) == ("RUS", "SYR", "042", 1.9)
    assert rus["eventType"] == PG + "Visit" and rus["periodDate"] == "2016-07-28"
    tur = _values(store, "gdelt1/564442652")  # line 342: TURKEY → SYRIAN, 026 appeal to meet
    assert (tur["sourceGroup"], tur["targetGroup"], tur["plover"]) == ("TUR", "SYR", "https://polgraph.org/plover/REQUEST")
    assert tur["tone"] == pytest.approx(0.151285930408481) and tur["numMentions"] == 1
    irq = _values(store, "gdelt1/1553209")  # line 548, 1982: IRAQ → SYRIA, 164 halt negotiations
    assert (irq["periodDate"], irq["goldstein"], irq["quadClass"]) == ("1982-01-02", -7.0, 4)
    assert "sourceUrl" not in irq and irq["created"] == "2013-02-03"
    uaf = _values(store, "gdelt1/564442612")  # line 338: SYRIAN → FIGHTER (UAF), 0874 retreat
    assert uaf["sourceGroup"] == "SYR" and "targetGroup" not in uaf
    assert uaf["target"] == "https://polgraph.org/id/actor/cameo-UAF" and uaf["eventType"] == PG + "Withdrawal"


@pytest.mark.parametrize("segment", [7, 60, 10**9])
def test_segmented_bulk_loads_give_the_same_graph(monkeypatch, mixed_tsv, segment):
    import polgraph.datasets.importer as importer

    reference = OxigraphStore()
    import_gdelt(reference, mixed_tsv)
    monkeypatch.setattr(importer, "_BULK_TRIPLES", segment)
    monkeypatch.setattr(importer, "_CHUNK_EVENTS", 1)
    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    assert sorted(store.dump().splitlines()) == sorted(reference.dump().splitlines())


def test_a_failure_in_a_later_segment_drops_the_earlier_ones(monkeypatch, tmp_path, mixed_tsv):
    import polgraph.datasets.importer as importer

    monkeypatch.setattr(importer, "_BULK_TRIPLES", 500)
    monkeypatch.setattr(importer, "_CHUNK_EVENTS", 10)
    store = OxigraphStore()
    with pytest.raises(InputError):
        import_gdelt(store, _corrupt_zip(tmp_path, mixed_tsv))
    assert store.graphs() == [] and store.count() == 0


def test_reimport_removes_the_old_graph_in_batches(monkeypatch, tmp_path, mixed_tsv, gdelt2_tsv):
    import polgraph.datasets.importer as importer

    monkeypatch.setattr(importer, "_REMOVE_QUADS", 7)
    store = OxigraphStore()
    path = tmp_path / "day.tsv"
    path.write_bytes(mixed_tsv.read_bytes())
    import_gdelt(store, path)
    import_gdelt(store, gdelt2_tsv)
    other = sorted(store.dump().splitlines())
    path.write_bytes(gdelt2_tsv.read_bytes())  # same file name, other content
    import_gdelt(store, path)
    reference = OxigraphStore()
    import_gdelt(reference, path)
    graph = str(dataset_graph("day.tsv"))
    assert sorted(store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"), key=str) == \
        sorted(reference.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"), key=str)
    assert len(other) > store.count()  # the first file's events are gone


def test_a_store_failure_during_reimport_leaves_no_half_graph(monkeypatch, mixed_tsv):
    import polgraph.datasets.importer as importer
    from polgraph.errors import StoreError

    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    real = importer._bulk_segments

    def failing(raw, into, chunks):
        real(raw, into, itertools.islice(chunks, 1))  # part of the data goes in, then the disk "fails"
        raise OSError("disk full")

    import itertools
    monkeypatch.setattr(importer, "_bulk_segments", failing)
    with pytest.raises(StoreError, match="import the file again"):
        import_gdelt(store, mixed_tsv)
    assert store.graphs() == [] and store.count() == 0


def test_a_citation_is_not_a_source_url(mixed_tsv):
    store = OxigraphStore()
    import_gdelt(store, mixed_tsv)
    v = _values(store, "gdelt1/9000011")
    assert "sourceUrl" not in v and v["bibliographicCitation"] == "BBC Monitoring"


def test_imported_graphs_conform_to_the_shapes(mixed_tsv, gdelt2_tsv):
    from rdflib import Graph

    from polgraph.datasets.importer import ImportReport, gdelt_ntriples
    from polgraph.ontology import validate

    for path in (mixed_tsv, gdelt2_tsv):
        text = "".join(gdelt_ntriples(path, ImportReport(str(path), "")))
        ok, report = validate(Graph().parse(data=text, format="nt"))
        assert ok, report


def test_real_sample_conforms_to_the_shapes(real_sample):
    from rdflib import Graph

    from polgraph.datasets.importer import ImportReport, gdelt_ntriples
    from polgraph.ontology import validate

    text = "".join(gdelt_ntriples(real_sample, ImportReport(str(real_sample), "")))
    ok, report = validate(Graph().parse(data=text, format="nt"))
    assert ok, report
