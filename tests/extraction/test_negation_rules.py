"""Refused and negated deeds: a deed its actor says it will not do is a rejection (PLOVER
REJECT) by that actor, not an event of the deed's own category; phrases that only look
negated ("still", "barely", "not only") leave the event asserted."""
from __future__ import annotations

import pytest

from polgraph.extraction import extract


def _events(text, published="2021-03-10"):
    return {(e.plover, e.source.group, e.target.group if e.target else None, e.status)
            for e in extract(text, published=published).events}


def _keys(text, published="2021-03-10"):
    return {k[:3] for k in _events(text, published)}


# ------------------------------------------------------------- refusals become REJECT
@pytest.mark.parametrize("text, key, deed", [
    ("Jordan said it would not endorse the Israeli incursion.", ("REJECT", "JOR", "ISR"), "SUPPORT"),
    ("The Iraqi government said Iraq will never attack Iran.",
     ("REJECT", "IRQ", "IRN"), "ASSAULT"),
    ("Britain does not endorse the Russian campaign.", ("REJECT", "GBR", "RUS"), "SUPPORT"),
    ("Paris did not endorse the Turkish operation.", ("REJECT", "FRA", "TUR"), "SUPPORT"),
    ("أكدت عمّان أنها لن تدعم العملية الإسرائيلية.", ("REJECT", "JOR", "ISR"), "SUPPORT"),
    ("قالت بغداد إن العراق لن يسمح للقوات التركية بالتوغل.", ("REJECT", "IRQ", "TUR"), "CONCEDE"),
    ("تكرر فرنسا أنها لا تدعم العملية التركية.", ("REJECT", "FRA", "TUR"), "SUPPORT"),
])
def test_a_refused_deed_is_a_rejection_by_its_actor(text, key, deed):
    keys = _keys(text)
    assert key in keys
    assert not any(k[0] == deed and k[1] == key[1] for k in keys)


def test_the_rejection_is_asserted():
    events = _events("Jordan said it would not endorse the Israeli incursion.")
    assert ("REJECT", "JOR", "ISR", "asserted") in events


@pytest.mark.parametrize("text, key", [
    ("London urged Ankara to declare a truce. Ankara said it will never declare a truce.",
     ("REJECT", "TUR", "GBR")),
    ("طالبت باريس أنقرة بوقف إطلاق النار. غير أن أنقرة أكدت أن تركيا لن تعلن أبدًا وقفًا لإطلاق النار.",
     ("REJECT", "TUR", "FRA")),
])
def test_a_refusal_without_an_object_answers_who_asked(text, key):
    assert key in _keys(text)


def test_a_deed_after_refused_to_is_not_told():
    keys = _keys("Iraq launched an offensive on ISIS near Mosul. Jordan refused to intervene.")
    assert not any(k[0] == "ASSAULT" and k[1] == "JOR" for k in keys)


# ---------------------------------------------------------------- no refusal at all
@pytest.mark.parametrize("text, key", [
    # A promise or a demand not to do something is no refusal by the one promising.
    ("Paris pledged not to impose new sanctions on Iran.", ("SANCTION", "FRA", "IRN")),
    # A denied intention stays a denied deed.
    ("Jordan does not intend to send troops to Syria.", ("MOBILIZE", "JOR", "SYR")),
])
def test_not_to_and_denied_intentions_keep_the_deed(text, key):
    keys = _keys(text)
    assert key in keys
    assert ("REJECT",) + key[1:] not in keys


def test_a_negated_condition_is_no_refusal():
    keys = _keys("Ankara said it would strike the SDF if the SDF did not withdraw.")
    assert not any(k[0] == "REJECT" for k in keys)


# ------------------------------------------------------- negation words that deny nothing
@pytest.mark.parametrize("text, plover", [
    ("قالت مصادر إن فرنسا لا تزال تنشر قوات في العراق.", "MOBILIZE"),
    ("لم يكد يمضي يومان على انسحاب القوات الروسية من المدينة حتى عادت الاشتباكات.", "RETREAT"),
    ("Turkey not only deployed troops in Syria but also funded the mission.", "MOBILIZE"),
])
def test_still_barely_and_not_only_leave_the_event_asserted(text, plover):
    statuses = {k[3] for k in _events(text) if k[0] == plover}
    assert statuses and statuses == {"asserted"}
