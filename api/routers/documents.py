"""Documents: list, add an article (extracted and stored), remove."""
from __future__ import annotations

import hashlib
import re

from fastapi import APIRouter, Path
from fastapi.responses import Response

from api.dependencies import StoreDep, WriteAccess
from api.errors import ERROR_RESPONSES
from api.schemas import DocumentIn, DocumentSummary
from polgraph.errors import InputError, NotFound
from polgraph.pipeline import prepare_extraction
from polgraph.store import RDF_FORMATS
from polgraph.summary import list_documents
from polgraph.vocab import document_graph

__all__ = ["router"]

router = APIRouter(prefix="/documents", tags=["Documents"], responses=ERROR_RESPONSES)

_ID = r"^[0-9A-Za-z._\-\u0600-\u06FF]{1,120}$"


def _document_id(doc: DocumentIn) -> str:
    """The id given, or one from the date and a hash of the text (so posting the same
    article twice replaces it instead of duplicating it)."""
    if doc.id:
        return doc.id
    return f"{doc.published}-{hashlib.sha256(doc.text.encode('utf-8')).hexdigest()[:12]}"


@router.get("", response_model=list[DocumentSummary], summary="List the stored documents")
def get_documents(store: StoreDep) -> list[dict]:
    """Every document with its title, language, date and number of events."""
    return list_documents(store)


@router.post("", status_code=201, response_model=dict, summary="Extract an article and store it",
             responses={201: {"description": "The extraction (document, actors, events, relations)"}})
def post_document(doc: DocumentIn, store: StoreDep, _: WriteAccess) -> dict:
    """Run the extractor on the article, store its graph (replacing a document with the same
    id) and return the extraction. Needs the update token."""
    from polgraph.extraction import extract  # the extraction stage, loaded on first use

    doc_id = _document_id(doc)
    if not re.match(_ID, doc_id):
        raise InputError(f"invalid document id: {doc_id!r}")
    extraction = extract(doc.text, published=doc.published, lang=doc.lang, doc_id=doc_id)
    document = extraction.document
    document.title = doc.title
    document.text = doc.text
    document.published = doc.published
    document.source = "api"
    prepared = prepare_extraction(extraction)
    store.replace_graph(prepared.graph, prepared.data, RDF_FORMATS["ntriples"])
    return extraction.to_json()


@router.delete("/{doc_id}", status_code=204, summary="Remove a document and everything taken from it",
               responses={204: {"description": "Removed"}})
def delete_document(store: StoreDep, _: WriteAccess,
                    doc_id: str = Path(pattern=_ID, description="document id")) -> Response:
    """Drop the document's graph. Needs the update token."""
    if not store.remove_graph(str(document_graph(doc_id))):
        raise NotFound(f"no such document: {doc_id}")
    return Response(status_code=204)
