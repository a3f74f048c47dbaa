"""The weights file: the shipped numbers are the issue's, and bad files are refused clearly."""
from __future__ import annotations

import pytest

from polgraph.analysis.weights import load_weights, parse_weights
from polgraph.errors import InputError, ParseError

from .conftest import TEST_WEIGHTS

# PLOVER v2 scores as the issue lists them (ACCUSE corrected to −3).
ISSUE_SCORES = {"CONSULT": 2.5, "AGREE": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
                "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
                "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9}


def test_shipped_weights_follow_the_issue():
    w = load_weights()
    assert w.plover == pytest.approx(ISSUE_SCORES)
    assert w.base("Visit", "CONSULT") == 4
    assert w.status["asserted"] == 1 and 0 <= w.status["denied"] < w.status["hypothetical"] \
        < w.status["planned"] < 1
    assert set(w.relation) == {"allied_with", "member_of"}


def test_a_user_weights_file_is_read(tmp_path):
    path = tmp_path / "w.toml"
    path.write_text(TEST_WEIGHTS.replace("Visit = 4.0", "Visit = 7.5"), encoding="utf-8")
    assert load_weights(path).base("Visit", "CONSULT") == 7.5


@pytest.mark.parametrize("text, message", [
    ("[plover\n", "not valid TOML"),
    (TEST_WEIGHTS.replace("AID = 7.0\n", ""), "lacks AID"),
    (TEST_WEIGHTS.replace("AID = 7.0", 'AID = "a lot"'), "must be a number"),
    (TEST_WEIGHTS.replace("denied = 0.0", "rumoured = 0.1"), "unknown statuses"),
    (TEST_WEIGHTS + "\n[plover.extra]\n", "unknown categories"),
    (TEST_WEIGHTS.replace("member_of = 1.0", "leader_of = 1.0"), "takes only"),
])
def test_bad_weights_are_refused(text, message):
    with pytest.raises(ParseError, match=message):
        parse_weights(text)


def test_missing_weights_file(tmp_path):
    with pytest.raises(InputError, match="no such weights file"):
        load_weights(tmp_path / "absent.toml")
