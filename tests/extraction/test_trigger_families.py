"""Trigger families: other persons, numbers and tenses of the event verbs, suspending a
pact, withdrawals with the troops between verb and "from", sanctions lifted in Arabic
verb-subject-object order, more sanctions, restored relations, forces moving in."""
from __future__ import annotations

import pytest

from polgraph.extraction import extract


def _keys(text: str, published: str = "2024-03-01") -> set[tuple]:
    return {(e.plover, e.source.group if e.source else None, e.target.group if e.target else None)
            for e in extract(text, published=published).events}


@pytest.mark.parametrize("text, key", [
    # present tense, plural and infinitive forms
    ("Ankara slams Washington over its arms deliveries.", ("ACCUSE", "TUR", "USA")),
    ("Iran was quick to accuse Israel of the killing.", ("ACCUSE", "IRN", "ISR")),
    ("Qatar phoned Jordan on Friday.", ("CONSULT", "QAT", "JOR")),
    ("Cairo asked Ankara for a pause in the fighting.", ("REQUEST", "EGY", "TUR")),
    # suspending or leaving an agreement
    ("Moscow suspended the memorandum with Washington on Friday.", ("RETREAT", "RUS", "USA")),
    ("وأعلنت موسكو تعليق العمل بمذكرة التفاهم مع واشنطن.", ("RETREAT", "RUS", "USA")),
    # the men between the verb and "from"
    ("وسحبت إيران مستشاريها العسكريين من حلب الأسبوع الماضي.", ("RETREAT", "IRN", None)),
    ("وكانت روسيا قد نشرت جنودًا في المنطقة، لكنها سحبتهم قبل بدء الهجوم.", ("RETREAT", "RUS", None)),
    # forces moving in
    ("Iranian units began moving in on Monday.", ("MOBILIZE", "IRN", None)),
    # Arabic verb-subject-object order
    ("رفع الرئيس الأميركي جو بايدن، أمس الخميس، العقوبات عن إيران.", ("RETREAT", "USA", "IRN")),
    ("واشنطن ترفع عقوباتها عن إيران", ("RETREAT", "USA", "IRN")),
    # more sanctions
    ("London promised further sanctions on Iran.", ("SANCTION", "GBR", "IRN")),
    ("وأعلنت لندن حزمة جديدة من العقوبات على إيران.", ("SANCTION", "GBR", "IRN")),
    # restored relations
    ("Cairo restored ties with Ankara after a decade.", ("CONCEDE", "EGY", "TUR")),
    ("وقررت القاهرة استئناف العلاقات مع أنقرة.", ("CONCEDE", "EGY", "TUR")),
])
def test_trigger_family(text, key):
    keys = _keys(text)
    assert key in keys, keys


@pytest.mark.parametrize("text, plover", [
    ("ومسؤولو الأردن اجتمعوا مع الوفد الإيراني في عمّان.", ("CONSULT", "JOR", "IRN")),
    ("ومسؤولو الأردن طالبوا تركيا بوقف العمليات العسكرية فورًا.", ("REQUEST", "JOR", "TUR")),
])
def test_plural_verbs_tell_the_event(text, plover):
    assert plover in _keys(text)


def test_suspending_a_pact_is_no_signing():
    keys = _keys("Moscow suspended the memorandum with Washington on Friday.")
    assert not any(k[0] == "AGREE" for k in keys)
    keys = _keys("وأعلنت موسكو تعليق العمل بمذكرة التفاهم مع واشنطن.")
    assert not any(k[0] == "AGREE" for k in keys)
