"""CAMEO tables and actor mapping."""
from __future__ import annotations

import re

import pytest

from polgraph.datasets.cameo import ActorMapper, load_event_table
from polgraph.errors import ParseError
from polgraph.gazetteer import Gazetteer, GazetteerActor, Role


def _published_plover(shared_dir) -> dict[str, str]:
    path = shared_dir / "data" / "cameo" / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        pytest.skip("the CAMEO2PLOVER table is not in ../shared")
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            found.setdefault(m.group(1), m.group(2))
    return found


def test_table_agrees_with_the_published_plover_table(shared_dir):
    table = load_event_table()
    published = _published_plover(shared_dir)
    assert len(published) > 250
    for code, plover in published.items():
        assert table[code].plover == plover, code


def test_goldstein_reference_values_match_the_published_scale(shared_dir):
    path = shared_dir / "data" / "cameo" / "goldstein.tsv"
    if not path.is_file():
        pytest.skip("goldstein.tsv is not in ../shared")
    table = load_event_table()
    rows = [line.split("\t") for line in path.read_text().splitlines()[1:] if line.strip()]
    for code, value in rows:
        assert table[code].goldstein == float(value), code


@pytest.mark.parametrize("code, plover, event_class", [
    ("042", "CONSULT", "Visit"), ("046", "CONSULT", "Negotiation"), ("057", "SUPPORT", "AgreementSigning"),
    ("0871", "RETREAT", "Ceasefire"), ("085", "RETREAT", "SanctionsRelief"), ("195", "ASSAULT", "AirStrike"),
    ("138", "THREATEN", "Threat"), ("026", "REQUEST", "Demand"), ("163", "COERCE", "SanctionsImposed"),
])
def test_event_codes(code, plover, event_class):
    mapping = load_event_table()[code]
    assert (mapping.plover, mapping.event_class) == (plover, event_class)


def test_statements_have_no_plover_category():
    table = load_event_table()
    assert all(m.plover is None and m.event_class is None for c, m in table.items() if c.startswith("01"))
    assert all(m.plover is not None for c, m in table.items() if not c.startswith("01"))


@pytest.mark.parametrize("content, message", [
    ("cameo,plover,mode,context,event_class,goldstein,description\n042,CONSULTX,,,Visit,1,x\n", "unknown PLOVER"),
    ("cameo,plover,mode,context,event_class,goldstein,description\n042,CONSULT,,,Visitt,1,x\n", "not a polgraph event class"),
    ("cameo,plover,mode,context,event_class,goldstein,description\n042,CONSULT,,,,1,x\n", "or neither"),
    ("cameo,plover,mode,context,event_class,goldstein,description\n42x,CONSULT,,,Visit,1,x\n", "not a CAMEO event code"),
    ("cameo,plover\n042,CONSULT\n", "missing column"),
])
def test_a_bad_table_row_names_its_line(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(ParseError, match=message):
        load_event_table(path)


@pytest.fixture
def mapper():
    return ActorMapper()


def test_exact_gazetteer_codes(mapper):
    assert mapper.resolve("SYR", "SYRIA", "SYR", "", (), "2016-07-28").id == "SYR"
    assert mapper.resolve("TUR", "TURKEY", "TUR", "", (), "2016-07-28").group == "TUR"
    assert mapper.description("SYR") is None  # described by the gazetteer, not by the import


def test_state_roles_roll_up_and_keep_their_codes(mapper):
    ref = mapper.resolve("SYRMIL", "SYRIAN", "SYR", "", ("MIL",), "2016-07-28")
    assert (ref.id, ref.group) == ("cameo-SYRMIL", "SYR")
    desc = mapper.description(ref.id)
    assert (desc.cameo, desc.roles) == ("SYRMIL", ("MIL",))


def test_non_state_roles_do_not_speak_for_the_state(mapper):
    ref = mapper.resolve("SYRREB", "SYRIAN", "SYR", "", ("REB",), "2016-07-28")
    assert ref.group is None and mapper.description(ref.id).roles == ("REB",)
    mixed = mapper.resolve("SYRGOVREB", "SYRIAN", "SYR", "", ("GOV", "REB"), "2016-07-28")
    assert mixed.group is None


def test_countries_outside_the_gazetteer_are_their_own_group(mapper):
    ref = mapper.resolve("GHA", "GHANA", "GHA", "", (), "1982-01-03")
    assert (ref.id, ref.label, ref.group) == ("cameo-GHA", "Ghana", "GHA")


def test_bare_role_codes_have_no_group(mapper):
    ref = mapper.resolve("CVL", "SETTLEMENT", "", "", ("CVL",), "1982-01-03")
    assert (ref.id, ref.label, ref.group) == ("cameo-CVL", "civilians", None)


def test_known_group_codes_and_full_codes(mapper):
    assert mapper.resolve("IGOUNO", "UNITED NATIONS", "", "UNO", ("IGO",)).id == "UN"
    assert mapper.resolve("IMGMOSISI", "ISLAMIC STATE", "", "", ()).id == "ISIS"


def test_persons_resolve_by_name_and_roll_up_by_date(mapper):
    ref = mapper.resolve("USAGOV", "DONALD TRUMP", "USA", "", ("GOV",), "2019-10-09")
    assert (ref.id, ref.group) == ("donald-trump", "USA")


def test_person_group_depends_on_the_date():
    gaz = Gazetteer({
        "X": GazetteerActor("X", "State", "X", "", group="X", cameo="XXX"),
        "Y": GazetteerActor("Y", "State", "Y", "", group="Y", cameo="YYY"),
        "p": GazetteerActor("p", "Person", "Pat Doe", "", roles=(Role("leader_of", "X", "2000", "2009"),
                                                                  Role("leader_of", "Y", "2010"))),
    })
    mapper = ActorMapper(gaz, extra_codes={})
    assert mapper.resolve("XXXGOV", "PAT DOE", "XXX", "", ("GOV",), "2005-01-01").group == "X"
    assert mapper.resolve("YYYGOV", "PAT DOE", "YYY", "", ("GOV",), "2015-01-01").group == "Y"
