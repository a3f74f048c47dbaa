"""What the graph API takes in and gives out (pydantic models, one group per resource)."""
from __future__ import annotations

import datetime

from typing import Any, Literal

from pydantic import field_validator, BaseModel, Field

__all__ = [
    "ActorRefOut", "ActorSummary", "RelationOut", "ActorDetail", "EventOut", "EventPage",
    "DocumentRef", "EventDetail", "DocumentIn", "DocumentSummary",
]

DATE = r"^\d{4}-\d{2}-\d{2}$"


# ---- actors ----------------------------------------------------------------------------
class ActorRefOut(BaseModel):
    """An actor as named in an event: gazetteer id and roll-up group."""

    id: str
    group: str | None = None


class ActorSummary(BaseModel):
    """A gazetteer actor with its names in both languages."""

    id: str
    kind: str | None = None
    group: str | None = None
    name_en: str | None = None
    name_ar: str | None = None


class RelationOut(BaseModel):
    """A dated relation (membership, alliance, leadership …) that involves an actor."""

    id: str
    relation: str
    subject: str
    object: str
    start_date: str | None = None
    end_date: str | None = None
    graph: str


class ActorDetail(ActorSummary):
    """An actor with aliases, dated relations and the alignment history of its group."""

    aliases_en: list[str] = []
    aliases_ar: list[str] = []
    relations: list[RelationOut] = []
    alignments: list[dict[str, Any]] = Field(default_factory=list, description="yearly dyad scores of the actor's group")


# ---- events ----------------------------------------------------------------------------
class EventOut(BaseModel):
    """One event as listed."""

    id: str
    type: str
    plover: str
    status: str | None = None
    date: str
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    confidence: float | None = None
    source: ActorRefOut | None = None
    target: ActorRefOut | None = None
    document: str


class EventPage(BaseModel):
    """A page of events and the total that matched."""

    total: int
    limit: int
    offset: int
    items: list[EventOut]


class DocumentRef(BaseModel):
    """The source document of an event."""

    id: str
    graph: str
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    source: str | None = None


class EventDetail(EventOut):
    """An event with its provenance: the quote and where it is in its source document."""

    quote: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: int | None = None
    source_document: DocumentRef


# ---- documents -------------------------------------------------------------------------
class DocumentIn(BaseModel):
    """An article to extract and store."""

    text: str = Field(min_length=1, max_length=1_000_000, description="the article text (Arabic or English)")
    published: str = Field(pattern=DATE, description="publication date, YYYY-MM-DD")
    lang: Literal["auto", "ar", "en"] = "auto"
    id: str | None = Field(None, pattern=r"^[0-9A-Za-z._\-\u0600-\u06FF]{1,120}$",
                           description="document id; by default one derived from the date and the text")
    title: str | None = Field(None, max_length=500)

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str) -> str:
        datetime.date.fromisoformat(value)  # ValueError → 422 with pydantic's message
        return value


class DocumentSummary(BaseModel):
    """A stored document with its event count."""

    id: str
    graph: str
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    events: int
