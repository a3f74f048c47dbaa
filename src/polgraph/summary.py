"""What is in a store: documents, events by kind and category, actors, triples.

All counting runs in the store as SPARQL aggregates.

>>> from polgraph.store import open_store
>>> s = graph_summary(open_store("memory"))
>>> s["documents"], s["events"]
(0, 0)
"""
from __future__ import annotations

from typing import Any

from polgraph.store import Store
from polgraph.vocab import GAZETTEER_GRAPH, GRAPH, ONTOLOGY_GRAPH, PG, local_name

__all__ = ["graph_summary", "format_summary", "list_documents"]

_PREFIXES = f"PREFIX pg: <{PG._NS}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
_DOC_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH}doc/"))'


def graph_summary(store: Store) -> dict[str, Any]:
    """Counts of what the store holds, for ``polgraph stats`` and the main command."""
    total = store.count()
    docs = store.select(_PREFIXES + f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?d a pg:Document }} {_DOC_GRAPHS} }}")
    events = store.select(_PREFIXES + f"SELECT ?type (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e pg:eventType ?type }} {_DOC_GRAPHS} }} GROUP BY ?type ORDER BY DESC(?n) ?type")
    plover = store.select(_PREFIXES + f"SELECT ?c (COUNT(?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e pg:plover ?c }} {_DOC_GRAPHS} }} GROUP BY ?c ORDER BY DESC(?n) ?c")
    relations = store.select(_PREFIXES + f"SELECT (COUNT(?r) AS ?n) WHERE {{ GRAPH ?g {{ ?r a pg:Relation }} {_DOC_GRAPHS} }}")
    actors = store.select(_PREFIXES + f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?a a pg:Actor }} }}")
    groups = store.select(_PREFIXES + f"""SELECT ?grp (COUNT(?e) AS ?n) WHERE {{
        GRAPH ?g {{ ?e pg:eventType ?t . {{ ?e pg:sourceGroup ?grp }} UNION {{ ?e pg:targetGroup ?grp }} }} {_DOC_GRAPHS} }}
        GROUP BY ?grp ORDER BY DESC(?n) ?grp LIMIT 12""")
    span = store.select(_PREFIXES + f"SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{ GRAPH ?g {{ ?e pg:eventType ?t ; pg:periodDate ?d }} {_DOC_GRAPHS} }}")
    return {
        "store": store.describe(),
        "triples": total,
        "graphs": len(store.graphs()),
        "ontology": store.has_graph(str(ONTOLOGY_GRAPH)),
        "gazetteer_actors": int(actors[0]["n"]) if actors else 0,
        "documents": int(docs[0]["n"]) if docs else 0,
        "events": sum(int(r["n"]) for r in events),
        "relations": int(relations[0]["n"]) if relations else 0,
        "events_by_type": {local_name(r["type"]): int(r["n"]) for r in events},
        "events_by_plover": {local_name(r["c"]): int(r["n"]) for r in plover},
        "busiest_actors": {r["grp"]: int(r["n"]) for r in groups},
        "first_date": span[0].get("first") if span else None,
        "last_date": span[0].get("last") if span else None,
    }


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as a short human-readable text."""
    lines = [
        f"{summary['store']}",
        f"  {summary['triples']:,} triples in {summary['graphs']} named graphs"
        f" (ontology {'loaded' if summary['ontology'] else 'missing'}, {summary['gazetteer_actors']} gazetteer actors)",
        f"  {summary['documents']} documents, {summary['events']} events, {summary['relations']} relations",
    ]
    if summary.get("first_date"):
        lines.append(f"  events dated {summary['first_date']} … {summary['last_date']}")
    if summary["events_by_plover"]:
        lines.append("  by PLOVER category: " + ", ".join(f"{k} {v}" for k, v in summary["events_by_plover"].items()))
    if summary["events_by_type"]:
        lines.append("  by event type:      " + ", ".join(f"{k} {v}" for k, v in summary["events_by_type"].items()))
    if summary["busiest_actors"]:
        lines.append("  most active actors: " + ", ".join(f"{k} {v}" for k, v in summary["busiest_actors"].items()))
    return "\n".join(lines)


def list_documents(store: Store) -> list[dict[str, Any]]:
    """Every document graph with its id, title, language, date and event count."""
    rows = store.select(_PREFIXES + f"""
        SELECT ?g ?id ?title ?lang ?published (COUNT(DISTINCT ?e) AS ?events) WHERE {{
          GRAPH ?g {{
            ?d a pg:Document .
            OPTIONAL {{ ?d dcterms:identifier ?id }}
            OPTIONAL {{ ?d dcterms:title ?title }}
            OPTIONAL {{ ?d pg:lang ?lang }}
            OPTIONAL {{ ?d dcterms:issued ?published }}
            OPTIONAL {{ ?e pg:eventType ?t }}
          }} {_DOC_GRAPHS}
        }} GROUP BY ?g ?id ?title ?lang ?published ORDER BY ?published ?id""")
    seen = {r["g"] for r in rows}
    out = [{"id": r.get("id") or local_name(r["g"]), "graph": r["g"], "title": r.get("title"),
            "lang": r.get("lang"), "published": r.get("published"), "events": int(r["events"])}
           for r in rows]
    for g in store.graphs():  # RDF loaded without a pg:Document description
        if g.startswith(f"{GRAPH}doc/") and g not in seen:
            out.append({"id": local_name(g), "graph": g, "title": None, "lang": None,
                        "published": None, "events": 0})
    return out
