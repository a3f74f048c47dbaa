"""Actors: the gazetteer's actors, their names, dated relations and alignment history."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from api.dependencies import StoreDep
from api.errors import ERROR_RESPONSES
from api.schemas import ActorDetail, ActorSummary, RelationOut
from polgraph.errors import NotFound
from polgraph.rdf.writer import RELATION_IRIS
from polgraph.sparql.terms import iri
from polgraph.vocab import GAZETTEER_GRAPH, PG, actor_iri, local_name

__all__ = ["router"]

router = APIRouter(prefix="/actors", tags=["Actors"], responses=ERROR_RESPONSES)

_PREFIXES = (f"PREFIX pg: <{PG._NS}>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")
_RELATION_NAMES = {str(v): k for k, v in RELATION_IRIS.items()}
_ID = r"^[0-9A-Za-z._\-\u0600-\u06FF]{1,120}$"


def _actor_rows(store, where: str) -> list[dict[str, Any]]:
    return store.select(_PREFIXES + f"""
        SELECT ?a (SAMPLE(?k) AS ?kind) (SAMPLE(?grp) AS ?group) (SAMPLE(?en) AS ?nameEn) (SAMPLE(?ar) AS ?nameAr) WHERE {{
          GRAPH <{GAZETTEER_GRAPH}> {{
            ?a a pg:Actor . {where}
            OPTIONAL {{ ?a a ?k FILTER(?k != pg:Actor) }}
            OPTIONAL {{ ?a pg:group ?grp }}
            OPTIONAL {{ ?a skos:prefLabel ?en FILTER(LANGMATCHES(LANG(?en), "en")) }}
            OPTIONAL {{ ?a skos:prefLabel ?ar FILTER(LANGMATCHES(LANG(?ar), "ar")) }}
          }}
        }} GROUP BY ?a ORDER BY ?a""")


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": local_name(row["a"]), "kind": local_name(row["kind"]) if row.get("kind") else None,
            "group": row.get("group"), "name_en": row.get("nameEn"), "name_ar": row.get("nameAr")}


@router.get("", response_model=list[ActorSummary], summary="Every actor of the gazetteer")
def list_actors(store: StoreDep) -> list[dict[str, Any]]:
    """Actors with their kind, group and names in English and Arabic."""
    return [_summary(r) for r in _actor_rows(store, "")]


@router.get("/{actor_id}", response_model=ActorDetail, summary="One actor with relations and alignment history")
def get_actor(store: StoreDep, actor_id: Annotated[str, Path(pattern=_ID, description="gazetteer id, e.g. SYR")]) -> ActorDetail:
    """An actor's names and aliases, its dated relations (from the gazetteer and from
    documents) and the yearly alignment scores of its group with every other group."""
    node = iri(str(actor_iri(actor_id)))
    rows = _actor_rows(store, f"FILTER(?a = {node})")
    if not rows:
        raise NotFound(f"no such actor: {actor_id} (see GET /actors)")
    aliases = store.select(_PREFIXES + f"""
        SELECT ?alias (LANG(?alias) AS ?lang) WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ {node} skos:altLabel ?alias }} }}
        ORDER BY ?alias""")
    relations = store.select(_PREFIXES + f"""
        SELECT ?r ?kind ?subject ?object ?start ?end ?g WHERE {{
          GRAPH ?g {{
            ?r a pg:Relation ; pg:relationKind ?kind ; pg:subjectActor ?subject ; pg:objectActor ?object .
            FILTER(?subject = {node} || ?object = {node})
            OPTIONAL {{ ?r pg:startDate ?start }} OPTIONAL {{ ?r pg:endDate ?end }}
          }}
        }} ORDER BY ?start ?r""")
    summary = _summary(rows[0])
    alignments: list[dict[str, Any]] = []
    if summary["group"]:
        from polgraph.analysis import alignment_series  # analysis is only needed here
        alignments = [s.to_json() for s in alignment_series(store, by="year")
                      if summary["group"] in (s.a, s.b)]
    return ActorDetail(
        **summary,
        aliases_en=[r["alias"] for r in aliases if r.get("lang") == "en"],
        aliases_ar=[r["alias"] for r in aliases if r.get("lang") == "ar"],
        relations=[RelationOut(id=local_name(r["r"]), relation=_RELATION_NAMES.get(r["kind"], local_name(r["kind"])),
                               subject=local_name(r["subject"]), object=local_name(r["object"]),
                               start_date=str(r["start"]) if r.get("start") else None,
                               end_date=str(r["end"]) if r.get("end") else None, graph=r["g"])
                   for r in relations],
        alignments=alignments)
