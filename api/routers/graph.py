"""The alignment network of one period, as node-link JSON, GraphML or GEXF."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from polgraph.analysis import CORE_ACTORS
from polgraph.visual.export import MEDIA_TYPES, serialise_graph, with_positions
from polgraph.visual.layout import timeline_layout
from polgraph.visual.timeline import build_timeline, infer_granularity

__all__ = ["router"]

router = APIRouter(tags=["Analysis"], responses=ERROR_RESPONSES)

_FORMATS = ("json", "graphml", "gexf", "cytoscape", "dot")


@router.get("/graph", summary="Alignment network of a period",
            responses={200: {"content": {MEDIA_TYPES[f]: {} for f in _FORMATS},
                             "description": "The signed, weighted network of groups"}})
def graph(store: StoreDep,
          period: Annotated[str, Query(pattern=r"^\d{4}(-Q[1-4]|-\d{2})?$", description="2025, 2025-Q1 or 2025-03")],
          by: Annotated[Literal["year", "quarter", "month"] | None, Query(description="period length; from the period by default")] = None,
          actors: Annotated[str, Query(description="comma-separated group codes; empty for all")] = ",".join(CORE_ACTORS),
          origin: Annotated[Literal["text", "gdelt", "all"], Query()] = "all",
          format: Annotated[Literal["json", "graphml", "gexf", "cytoscape", "dot"], Query()] = "json") -> Response:
    """The same network and attributes as ``polgraph export-graph``: nodes are groups with
    labels in both languages and stable positions, edges carry the signed score, its
    strength, the tie's kind and the event count."""
    if by is None:
        by = infer_granularity(period)
    timeline = build_timeline(store, by=by, actors=actors.strip() or None, origin=origin)
    network = with_positions(timeline.graph(period), timeline_layout(timeline))
    return Response(serialise_graph(network, format), media_type=MEDIA_TYPES[format])
