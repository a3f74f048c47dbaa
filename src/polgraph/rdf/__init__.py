"""Model objects → RDF. Nothing here knows about stores, HTTP or text.

:func:`extraction_graph` writes everything taken from one document; :func:`gazetteer_graph`
writes the actor gazetteer; :func:`ntriples` serialises a graph for a store.
"""
from polgraph.rdf.writer import (
    document_triples,
    event_triples,
    extraction_graph,
    gazetteer_graph,
    ntriples,
    relation_triples,
)

__all__ = [
    "extraction_graph", "gazetteer_graph", "event_triples", "relation_triples",
    "document_triples", "ntriples",
]
