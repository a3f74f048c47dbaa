"""Model objects: what extraction produces and what the RDF layer writes.

These are plain dataclasses with no knowledge of RDF or HTTP. Their JSON form
(:meth:`Extraction.to_json`) is the extraction output contract that
``score_extraction.py`` reads.

>>> syr = ActorRef(id="SYR", label="Syria", group="SYR")
>>> usa = ActorRef(id="USA", label="United States", group="USA")
>>> ev = Event(id="d/e1", type="Visit", plover="CONSULT", source=syr, target=usa,
...            date="2025-11-10", date_precision="day", status="planned",
...            quote="visit", start=0, end=5)
>>> ev.to_json()["source"]["group"], ev.to_json()["date"]
('SYR', '2025-11-10')
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "PLOVER_CATEGORIES", "STATUSES", "RELATIONS", "PRECISIONS",
    "ActorRef", "ActorMention", "Event", "Relation", "Document", "Extraction",
    "date_bounds", "date_precision",
]

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "planned", "denied", "hypothetical")
RELATIONS = ("member_of", "allied_with", "leader_of", "part_of")
PRECISIONS = ("day", "month", "year")

Status = Literal["asserted", "planned", "denied", "hypothetical"]
Precision = Literal["day", "month", "year"]


def date_precision(value: str | None) -> Precision | None:
    """Precision of a date string in the contract's forms.

    >>> date_precision("2025-11-10"), date_precision("2025-11"), date_precision("2025")
    ('day', 'month', 'year')
    >>> date_precision(None) is None
    True
    """
    if value is None:
        return None
    n = len(value)
    if n == 10:
        return "day"
    if n == 7:
        return "month"
    if n == 4:
        return "year"
    raise ValueError(f"not a date in YYYY, YYYY-MM or YYYY-MM-DD form: {value!r}")


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a date of any precision.

    >>> date_bounds("2025-02")
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> date_bounds("2014")
    (datetime.date(2014, 1, 1), datetime.date(2014, 12, 31))
    """
    precision = date_precision(value)
    if precision == "day":
        d = dt.date.fromisoformat(value)
        return d, d
    year = int(value[:4])
    if precision == "month":
        month = int(value[5:7])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@dataclass(frozen=True)
class ActorRef:
    """An actor as an event or relation names it: gazetteer id, label and roll-up group.

    ``group`` is None for a named actor that is not in the gazetteer.
    """

    id: str
    label: str
    group: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "group": self.group}


@dataclass(frozen=True)
class ActorMention:
    """One place in the text where an actor is named."""

    actor: ActorRef
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {**self.actor.to_json(), "quote": self.quote, "start": self.start, "end": self.end}


@dataclass
class Event:
    """One fact: who did what to whom, when, how sure, and where the text says so.

    ``date`` is a string in the precision the text gives (``2025-11-10``, ``2025-11``,
    ``2025``) or None when the text gives none; it is never filled with the publication
    date. ``date_end`` is set when the text gives an interval. Imported events carry their
    CAMEO code and Goldstein value and have ``origin`` set to the dataset kind.
    """

    id: str
    type: str
    plover: str
    source: ActorRef | None
    target: ActorRef | None
    participants: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    date_precision: Precision | None = None
    date_end: str | None = None
    status: Status = "asserted"
    confidence: float = 1.0
    quote: str = ""
    start: int = 0
    end: int = 0
    sentence: int = 0
    place: str | None = None
    origin: str = "text"
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    tone: float | None = None
    num_mentions: int | None = None
    external_id: str | None = None
    source_url: str | None = None

    def __post_init__(self) -> None:
        if self.plover not in PLOVER_CATEGORIES:
            raise ValueError(f"unknown PLOVER category {self.plover!r}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if self.date is not None and self.date_precision is None:
            self.date_precision = date_precision(self.date)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (imported-dataset fields only when set)."""
        out: dict[str, Any] = {
            "id": self.id, "type": self.type, "plover": self.plover,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "participants": [p.to_json() for p in self.participants],
            "date": self.date, "date_precision": self.date_precision,
            "status": self.status, "confidence": round(self.confidence, 3),
            "quote": self.quote, "start": self.start, "end": self.end, "sentence": self.sentence,
        }
        if self.date_end:
            out["date_end"] = self.date_end
        if self.place:
            out["place"] = self.place
        for key in ("cameo", "goldstein", "quad_class", "tone", "num_mentions", "external_id", "source_url"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.origin != "text":
            out["origin"] = self.origin
        return out


@dataclass
class Relation:
    """A time-bounded relation between two actors (member_of, allied_with, leader_of, part_of)."""

    id: str
    relation: str
    subject: ActorRef
    object: ActorRef
    start_date: str | None = None
    end_date: str | None = None
    status: Status = "asserted"
    confidence: float = 1.0
    quote: str = ""
    start: int = 0
    end: int = 0
    sentence: int = 0

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation kind {self.relation!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "relation": self.relation,
            "subject": self.subject.to_json(), "object": self.object.to_json(),
            "start_date": self.start_date, "end_date": self.end_date, "status": self.status,
            "confidence": round(self.confidence, 3),
            "quote": self.quote, "start": self.start, "end": self.end, "sentence": self.sentence,
        }


@dataclass
class Document:
    """A source document: an article (with its text) or an imported dataset file."""

    id: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    text: str | None = None
    kind: str = "article"

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "lang": self.lang, "published": self.published}
        if self.title:
            out["title"] = self.title
        if self.source:
            out["source"] = self.source
        return out


@dataclass
class Extraction:
    """Everything taken from one document."""

    document: Document
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    extractor: str = "polgraph"
    extractor_version: str = "0"

    def to_json(self) -> dict[str, Any]:
        """The extraction output contract (``polgraph extract --format json``)."""
        return {
            "document": self.document.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
            "relations": [r.to_json() for r in self.relations],
        }
