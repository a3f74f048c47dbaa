"""The alignment network of one period, as node-link JSON, GraphML or GEXF."""
from __future__ import annotations

import json
from typing import Annotated, Literal

import networkx as nx
from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from polgraph.analysis import CORE_ACTORS, alignment_network

__all__ = ["router", "serialise_network"]

router = APIRouter(tags=["Analysis"], responses=ERROR_RESPONSES)

_MEDIA = {"json": "application/json", "graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}


def serialise_network(graph: nx.Graph, fmt: str) -> bytes:
    """A NetworkX graph in one of the formats of :data:`_MEDIA`, with NetworkX's writers.

    >>> g = nx.Graph(); g.add_edge("SYR", "TUR", weight=0.5)
    >>> json.loads(serialise_network(g, "json"))["edges"][0]["weight"]
    0.5
    >>> b"<graphml" in serialise_network(g, "graphml")
    True
    """
    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False).encode("utf-8")
    writer = nx.generate_graphml if fmt == "graphml" else nx.generate_gexf
    return "\n".join(writer(graph)).encode("utf-8")


@router.get("/graph", summary="Alignment network of a period",
            responses={200: {"content": {m: {} for m in _MEDIA.values()},
                             "description": "The signed, weighted network of groups"}})
def graph(store: StoreDep,
          period: Annotated[str, Query(pattern=r"^\d{4}(-Q[1-4]|-\d{2})?$", description="2025, 2025-Q1 or 2025-03")],
          by: Annotated[Literal["year", "quarter", "month"] | None, Query(description="period length; from the period by default")] = None,
          actors: Annotated[str, Query(description="comma-separated group codes; empty for all")] = ",".join(CORE_ACTORS),
          origin: Annotated[Literal["text", "gdelt", "all"], Query()] = "all",
          format: Annotated[Literal["json", "graphml", "gexf"], Query()] = "json") -> Response:
    """Nodes are groups, edges carry the period's alignment weight and event count."""
    if by is None:
        by = "quarter" if "-Q" in period else "month" if "-" in period else "year"
    network = alignment_network(store, period, by=by, actors=actors.strip() or None, origin=origin)
    return Response(serialise_network(network, format), media_type=_MEDIA[format])
