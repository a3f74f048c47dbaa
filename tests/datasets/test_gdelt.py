"""The GDELT reader: layouts, field parsing, malformed rows, zip archives, the real sample."""
from __future__ import annotations

import csv
from collections import Counter

import pytest

from polgraph.datasets.gdelt import (
    GDELT1_BACKFILE_COLUMNS, GDELT1_COLUMNS, GDELT2_COLUMNS, GdeltRecord, Rejected, read_export,
)
from polgraph.errors import InputError


@pytest.mark.parametrize("name, columns", [("gdelt1-columns.csv", GDELT1_COLUMNS),
                                           ("gdelt2-columns.csv", GDELT2_COLUMNS)])
def test_column_lists_match_the_published_ones(shared_dir, name, columns):
    path = shared_dir / "data" / "gdelt" / name
    if not path.is_file():
        pytest.skip(f"{name} is not in ../shared")
    with open(path, encoding="utf-8", newline="") as handle:
        published = tuple(row["name"] for row in csv.DictReader(handle))
    assert columns == published


def test_backfile_layout_is_the_daily_one_without_sourceurl():
    assert GDELT1_BACKFILE_COLUMNS == GDELT1_COLUMNS[:-1]
    assert GDELT1_COLUMNS[-1] == "SOURCEURL"
    assert (len(GDELT1_BACKFILE_COLUMNS), len(GDELT2_COLUMNS)) == (57, 61)


def _by_line(path):
    return {item.line: item for item in read_export(path)}


def test_malformed_rows_are_reported_with_line_and_reason(mixed_tsv):
    items = _by_line(mixed_tsv)
    rejected = {line: item.reason for line, item in items.items() if isinstance(item, Rejected)}
    # Line 5 (unknown code) and 7 (statement) are well-formed rows: the CAMEO table decides.
    assert rejected == {3: "columns", 4: "date", 6: "number", 10: "date-added"}
    assert 8 not in items  # the blank line is not a row
    assert sorted(items) == [1, 2, 3, 4, 5, 6, 7, 9, 10, 11]


def test_a_58_column_row_field_by_field(mixed_tsv):
    rec = _by_line(mixed_tsv)[1]
    assert isinstance(rec, GdeltRecord)
    assert (rec.version, rec.event_id, rec.date, rec.event_code) == (1, "9000001", "2016-07-28", "042")
    assert (rec.quad_class, rec.goldstein, rec.num_mentions, rec.tone) == (1, 1.9, 4, -1.25)
    assert rec.actor1.code == "TUR" and rec.actor1.name == "TURKEY" and rec.actor1.country == "TUR"
    assert rec.actor2.code == "SYR" and rec.actor2.roles == ()
    assert rec.place == "Damascus, Dimashq, Syria"
    assert rec.date_added == "2016-07-28"
    assert rec.source_url == "http://example.org/news/visit"


def test_a_57_column_backfile_row_has_no_source(mixed_tsv):
    rec = _by_line(mixed_tsv)[2]
    assert (rec.date, rec.goldstein, rec.source_url, rec.date_added) == ("1982-01-02", -10.0, None, "2013-02-03")
    assert rec.actor1.roles == ("GOV",) and rec.actor2.roles == ("MIL",)


def test_unsafe_url_characters_are_percent_encoded(mixed_tsv):
    assert _by_line(mixed_tsv)[9].source_url == "http://example.org/a%20b%22c%7Cd"
    assert _by_line(mixed_tsv)[11].source_url == "BBC Monitoring"  # a citation stays text


def test_gdelt2_rows_have_61_columns_and_a_timestamp(gdelt2_tsv):
    recs = list(read_export(gdelt2_tsv))
    assert [r.version for r in recs] == [2, 2]
    assert recs[0].date_added == "2025-01-15T12:30:00Z"
    assert recs[0].place == "Damascus, Dimashq, Syria"
    assert recs[1].source_url == "https://example.org/relief"


def test_zip_reads_like_the_plain_file(mixed_tsv, mixed_zip):
    assert list(read_export(mixed_zip)) == list(read_export(mixed_tsv))


def test_missing_and_empty_inputs_raise_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_export(tmp_path / "absent.tsv"))
    import zipfile
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    with pytest.raises(InputError, match="holds no file"):
        list(read_export(empty))


def test_real_sample_counts(real_sample):
    with open(real_sample, encoding="utf-8") as handle:
        widths = Counter(len(line.rstrip("\n").split("\t")) for line in handle)
    assert widths == {57: 201, 58: 509}  # the sample as published; checks the file, not the code
    items = list(read_export(real_sample))
    assert len(items) == 710
    assert all(isinstance(i, GdeltRecord) for i in items)
    # The 57-column rows are exactly the ones without a source, all from 1982.
    assert Counter(i.date[:4] for i in items if i.source_url is None) == {"1982": 201}


def test_real_sample_rows_field_by_field(real_sample):
    items = {i.event_id: i for i in read_export(real_sample)}
    # Line 325, read by hand: RUSSIA visits SYRIA, 042, quad 1, Goldstein 1.9.
    rus = items["564442482"]
    assert rus.line == 325 and rus.version == 1
    assert (rus.actor1.code, rus.actor1.name, rus.actor2.code, rus.actor2.name) == ("RUS", "RUSSIA", "SYR", "SYRIA")
    assert (rus.event_code, rus.quad_class, rus.goldstein, rus.num_mentions) == ("042", 1, 1.9, 2)
    assert rus.tone == pytest.approx(1.03092783505155)
    assert rus.place == "Turkey" and rus.date == "2016-07-28" and rus.date_added == "2016-07-28"
    assert rus.source_url.startswith("http://sputniknews.com/politics/20160729/1043734148/")
    # Line 548, a 57-column row from 1982: IRAQ → SYRIA, 164, Goldstein -7, no SOURCEURL.
    irq = items["1553209"]
    assert irq.line == 548 and irq.date == "1982-01-02"
    assert (irq.event_code, irq.quad_class, irq.goldstein, irq.num_mentions) == ("164", 4, -7.0, 1)
    assert irq.place == "Damascus, Dimashq, Syria" and irq.source_url is None
    assert irq.date_added == "2013-02-03"
    # Line 338: SYRIAN vs FIGHTER (no country, role UAF), 0874, Goldstein 10.0.
    uaf = items["564442612"]
    assert uaf.actor2.code == "UAF" and uaf.actor2.country == "" and uaf.actor2.roles == ("UAF",)
    assert (uaf.event_code, uaf.goldstein) == ("0874", 10.0)
