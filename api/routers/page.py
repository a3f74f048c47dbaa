"""The interactive page at ``/``, its static files, and the two JSON views it draws from:
the whole timeline with the stable layout, and the evidence behind a tie or an actor."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from polgraph.analysis import CORE_ACTORS, alignment_series
from polgraph.errors import NotFound
from polgraph.visual.layout import timeline_layout
from polgraph.visual.timeline import build_timeline

__all__ = ["router", "STATIC_DIR"]

router = APIRouter(responses=ERROR_RESPONSES)

#: The page's HTML, JavaScript and CSS.
STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
_MEDIA = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8"}

By = Annotated[Literal["year", "quarter", "month"], Query(description="period length")]
Actors = Annotated[str, Query(max_length=2000, description="comma-separated group codes, or 'all'")]
Origin = Annotated[Literal["text", "gdelt", "all"], Query(description="extracted, imported or both")]
Code = Annotated[str, Query(pattern=r"^[A-Za-z0-9_\-]{1,40}$", description="a group code")]


@router.get("/", include_in_schema=False)
def page() -> FileResponse:
    """The interactive page."""
    return FileResponse(STATIC_DIR / "index.html", media_type=_MEDIA[".html"])


@router.get("/static/{name}", include_in_schema=False)
def static_file(name: str) -> FileResponse:
    """One of the page's own files; nothing outside the static folder is reachable."""
    files = {p.name: p for p in STATIC_DIR.iterdir() if p.suffix in _MEDIA}
    if name not in files:
        raise NotFound(f"no such file: {name}")
    return FileResponse(files[name], media_type=_MEDIA[files[name].suffix])


@router.get("/visual/timeline", tags=["Visualisation"], response_model=dict[str, Any],
            summary="Every period's alignment network with a stable layout")
def timeline(store: StoreDep, by: By = "year", actors: Actors = ",".join(CORE_ACTORS),
             origin: Origin = "all") -> dict[str, Any]:
    """Periods in time order; nodes with English and Arabic labels, kind and fixed ``x``,
    ``y``; every dyad score per period; and each dyad's sign changes and largest move."""
    tl = build_timeline(store, by=by, actors=actors.strip() or None, origin=origin)
    pos = timeline_layout(tl)
    first = next(iter(tl.graphs.values()), None)
    nodes = [{"id": n, "label_en": first.nodes[n]["label_en"], "label_ar": first.nodes[n]["label_ar"],
              "kind": first.nodes[n]["kind"], "x": pos[n][0], "y": pos[n][1]} for n in tl.actors]
    return {"by": by, "periods": tl.periods, "nodes": nodes, "max_strength": round(tl.max_strength, 3),
            "scores": [s.to_json() for s in tl.scores],
            "shifts": [m.to_json() | {"sign_change": m.sign_change} for m in tl.shifts()]}


@router.get("/visual/evidence", tags=["Visualisation"], response_model=dict[str, Any],
            summary="The events behind a tie, or behind all of an actor's ties, in a period")
def evidence(store: StoreDep, period: Annotated[str, Query(pattern=r"^\d{4}(-Q[1-4]|-\d{2})?$")], a: Code,
             b: Code | None = None, by: By = "year", actors: Actors = ",".join(CORE_ACTORS),
             origin: Origin = "all",
             limit: Annotated[int, Query(ge=1, le=50, description="events per tie")] = 12) -> dict[str, Any]:
    """With ``b``: the drivers of the dyad ``a``–``b``. Without: of every tie of ``a``
    among ``actors``. Each driver has its date, type, weight, quote and source document."""
    a = a.upper()
    focus = f"{a},{b.upper()}" if b else (actors.strip() or "all")
    ties = []
    for s in alignment_series(store, by=by, actors=focus, origin=origin, explain=limit):
        if s.period == period and a in (s.a, s.b) and (b is None or b.upper() in (s.a, s.b)):
            ties.append(s.to_json(explain=True))
    ties.sort(key=lambda t: -abs(t["score"]))
    return {"period": period, "a": a, "b": b.upper() if b else None, "ties": ties}
