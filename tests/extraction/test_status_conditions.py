"""Status in conditions and denials: a negation inside a condition states the condition; a
denied deed is aimed at its accuser."""
from __future__ import annotations

from polgraph.extraction import Extractor


def _statuses(text: str) -> dict[tuple, str]:
    ex = Extractor().run(text, published="2025-03-01")
    return {(e.plover, e.source.group): e.status for e in ex.events}


def test_a_negated_deed_in_a_condition_is_no_event_and_the_warned_deed_hypothetical():
    # The condition's deed ("if the SDF did not withdraw") is no event (a default changed on
    # eight English development articles); the deed it conditions stays hypothetical.
    got = _statuses("Ankara said it would strike if the SDF did not withdraw from the border.")
    assert ("RETREAT", "SDF") not in got, got
    assert got.get(("ASSAULT", "TUR")) == "hypothetical", got


def test_a_plain_negation_still_denies():
    got = _statuses("The SDF did not withdraw from Manbij.")
    assert got.get(("RETREAT", "SDF")) == "denied", got



def test_a_denied_attack_is_aimed_at_its_accuser():
    ex = Extractor().run("Turkey accused the PKK of carrying out the bombing in Istanbul on Sunday. "
                         "The PKK denied any role in the attack.", published="2022-11-15")
    got = {(e.plover, e.source.group, e.target.group if e.target else None, e.status) for e in ex.events}
    assert ("ASSAULT", "PKK", "TUR", "denied") in got, got


def test_a_meeting_agreed_on_is_planned_and_the_agreement_asserted():
    # اتفق ... على عقد / على مواصلة / على استئناف: the meeting is still to come.
    for text in ("واتفقت قطر والأردن على عقد اجتماع لاحق في عمّان.",
                 "واتفقت تركيا وأذربيجان على مواصلة المباحثات بشأن الطاقة."):
        ex = Extractor().run(text, published="2025-03-01")
        got = {e.plover: e.status for e in ex.events}
        assert got.get("CONSULT") == "planned" and got.get("AGREE") == "asserted", got


def test_a_meeting_held_stays_asserted():
    got = _statuses("عقدت قطر والأردن اجتماعا في عمّان أمس.")
    assert got.get(("CONSULT", "QAT")) == "asserted", got
