"""Alignment analysis over HTTP: the same options and JSON shapes as ``polgraph`` CLI."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from polgraph import analysis
from polgraph.analysis import CORE_ACTORS

__all__ = ["router"]

router = APIRouter(tags=["Analysis"], responses=ERROR_RESPONSES)

By = Annotated[Literal["year", "quarter", "month"], Query(description="period length")]
Actors = Annotated[str, Query(description="comma-separated group codes")]
Start = Annotated[str | None, Query(alias="from", pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="first date")]
End = Annotated[str | None, Query(alias="to", pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="last date")]
Origin = Annotated[Literal["text", "gdelt", "all"], Query(description="extracted, imported or both")]


def _options(by: str, actors: str, start: str | None, end: str | None, origin: str) -> dict[str, Any]:
    """The options every analysis route shares, as keyword arguments of the library."""
    return {"by": by, "actors": actors.strip() or None, "start": start, "end": end, "origin": origin}


@router.get("/alignments", response_model=list[dict[str, Any]], summary="Alignment score of each dyad per period")
def alignments(store: StoreDep, by: By = "year", actors: Actors = ",".join(CORE_ACTORS), start: Start = None,
               end: End = None, origin: Origin = "all",
               explain: Annotated[int, Query(ge=0, le=50, description="top drivers per score")] = 0) -> list[dict[str, Any]]:
    """Like ``polgraph alignments --format json``."""
    options = _options(by, actors, start, end, origin)
    return [s.to_json(explain > 0) for s in analysis.alignment_series(store, explain=explain, **options)]


@router.get("/shifts", response_model=list[dict[str, Any]], summary="Sign changes and largest moves per dyad")
def shifts(store: StoreDep, by: By = "year", actors: Actors = ",".join(CORE_ACTORS), start: Start = None,
           end: End = None, origin: Origin = "all",
           explain: Annotated[int, Query(ge=0, le=50, description="driving events shown per shift")] = 0,
           largest: Annotated[int, Query(ge=1, le=50, description="largest moves per dyad")] = 1) -> list[dict[str, Any]]:
    """Like ``polgraph shifts --format json``."""
    options = _options(by, actors, start, end, origin)
    return [m.to_json(explain > 0) for m in analysis.shifts(store, drivers=max(explain, 5), largest=largest, **options)]


@router.get("/balance", response_model=list[dict[str, Any]], summary="Structural balance per period")
def balance(store: StoreDep, by: By = "year", actors: Actors = ",".join(CORE_ACTORS), start: Start = None,
            end: End = None, origin: Origin = "all") -> list[dict[str, Any]]:
    """Like ``polgraph balance --format json``."""
    return [r.to_json() for r in analysis.balance(store, **_options(by, actors, start, end, origin))]


@router.get("/blocs", response_model=list[dict[str, Any]], summary="Blocs per period and how they changed")
def blocs(store: StoreDep, by: By = "year", actors: Actors = ",".join(CORE_ACTORS), start: Start = None,
          end: End = None, origin: Origin = "all") -> list[dict[str, Any]]:
    """Like ``polgraph blocs --format json``."""
    return [r.to_json() for r in analysis.blocs(store, **_options(by, actors, start, end, origin))]
