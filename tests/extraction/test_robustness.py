"""Arbitrary text never breaks the extractor; bad files fail with one clear line."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from polgraph.cli import main
from polgraph.extraction import extract
from polgraph.extraction.article import MAX_ARTICLE_BYTES

_PIECES = st.sampled_from([
    "سيزور الرئيس السوري واشنطن في العاشر من نوفمبر/تشرين الثاني الجاري", "قسد", "لواشنطن",
    "Turkey attacked the SDF on Monday", "since 2014", "، ", ". ", "\n", "ـ", "\u064b", "«", "»",
    "U.S.", "أمس الثلاثاء", "between Damascus and Ankara", "İ", "ﷺ", "\r\n",
])
_TEXT = st.lists(st.one_of(st.text(max_size=40), _PIECES), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, published=st.one_of(st.none(), st.sampled_from(["2025-11-02", "2014-09-24"])))
def test_any_text_extracts_and_every_quote_sits_at_its_offsets(text, published):
    ex = extract(text, published=published)
    for item in [*ex.actors, *ex.events, *ex.relations]:
        assert text[item.start:item.end] == item.quote
    json.dumps(ex.to_json())


def _run(capsys, *argv):
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\xff", b"\xff\xfe caf\xe9 non utf-8 \x80"])
def test_binary_and_non_utf8_files_are_refused(tmp_path, capsys, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = _run(capsys, str(path))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("polgraph: ") and "Traceback" not in err


def test_too_large_file_is_refused(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.write(b"Turkey attacked the SDF. " * (20 * 1024 * 1024 // 25))
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    code, out, err = _run(capsys, str(path))
    assert code != 0 and out == "" and "MB" in err and err.count("\n") == 1


def test_missing_file_and_bad_date(tmp_path, capsys):
    code, _, err = _run(capsys, str(tmp_path / "nope.txt"))
    assert code != 0 and "no such file" in err
    path = tmp_path / "a.txt"
    path.write_text("Syria joined the coalition.", encoding="utf-8")
    code, _, err = _run(capsys, str(path), "--published", "10/11/2025")
    assert code != 0 and "YYYY-MM-DD" in err


@pytest.mark.parametrize("text,lang", [("", "und"), ("Die Türkei greift an der Grenze an, sagt die Regierung.", "und")])
def test_empty_or_foreign_text_gives_an_empty_extraction(tmp_path, capsys, text, lang):
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, str(path))
    data = json.loads(out)
    assert code == 0 and data["document"]["lang"] == lang
    assert data["events"] == [] and data["actors"] == [] and data["relations"] == []


def test_header_offsets_point_into_the_file(tmp_path, capsys):
    path = tmp_path / "2025-x.en.txt"
    path.write_text("published: 2019-10-10\nlang: en\n---\nTurkey attacked the SDF on Wednesday.\n",
                    encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--format", "json")
    data = json.loads(out)
    text = path.read_text(encoding="utf-8")
    assert code == 0 and data["document"] == {"id": "2025-x.en", "lang": "en", "published": "2019-10-10"}
    (event,) = data["events"]
    assert text[event["start"]:event["end"]] == event["quote"] and event["date"] == "2019-10-09"


def test_jsonl_prints_one_object_per_line(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Turkey attacked the SDF.", encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--format", "jsonl")
    kinds = [json.loads(line).get("kind") for line in out.splitlines()]
    assert code == 0 and kinds[0] is None and "event" in kinds
