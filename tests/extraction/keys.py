"""What the extraction tests compare: an article's events as (PLOVER, source group, target group)."""
from __future__ import annotations

from polgraph.extraction import extract


def event_triples(text: str, published: str | None = None) -> set[tuple]:
    """The (PLOVER category, source group, target group or None) of each event in ``text``.

    >>> sorted(event_triples("Turkey condemned the Israeli strikes on Syria on Monday.", "2025-07-16"))
    [('ACCUSE', 'TUR', 'ISR'), ('ASSAULT', 'ISR', 'SYR')]
    """
    return {(e.plover, e.source.group if e.source else None, e.target.group if e.target else None)
            for e in extract(text, published=published).events}


def relation_triples(text: str, published: str | None = None) -> set[tuple]:
    """The (relation, subject group, object group) of each relation in ``text``.

    >>> sorted(relation_triples("Turkey, a NATO member, closed its border.", "2020-01-01"))
    [('member_of', 'TUR', 'NATO')]
    """
    return {(r.relation, r.subject.group, r.object.group) for r in extract(text, published=published).relations}
