"""Extraction of events, actors, dates and relations from Arabic and English news.

The public entry points are :func:`extract` (a text in, a
:class:`~polgraph.model.Extraction` out) and :func:`read_article` (a file in, an
:class:`Article` with its metadata out). Extraction is pure, deterministic and offline;
it knows the model objects only, never RDF.

>>> ex = extract("Syria joined the Global Coalition against ISIS.", published="2025-11-10")
>>> [(e.type, e.source.group, e.target.group) for e in ex.events]
[('AllianceAccession', 'SYR', 'COALITION')]
>>> extract("", doc_id="empty").document.lang
'und'
"""
from __future__ import annotations

import functools

from polgraph.extraction.article import Article, read_article
from polgraph.extraction.extractor import EXTRACTOR_VERSION, Extractor
from polgraph.model import Extraction

__all__ = ["extract", "extract_article", "read_article", "Article", "Extractor", "EXTRACTOR_VERSION"]


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, published: str | None = None, lang: str = "auto", doc_id: str = "doc") -> Extraction:
    """Extract everything from ``text``; never raises on a string, however odd."""
    return _extractor().run(text, published=published, lang=lang, doc_id=doc_id)


def extract_article(article: Article, *, published: str | None = None, lang: str | None = None,
                    doc_id: str | None = None) -> Extraction:
    """Extract from an :class:`Article`'s body; offsets point into the whole file.

    Options given here win over the article's header.
    """
    result = _extractor().run(
        article.body, published=published or article.published,
        lang=lang or article.lang or "auto", doc_id=doc_id or article.doc_id, offset=article.body_start,
    )
    result.document.title = article.title
    result.document.source = article.source
    result.document.text = article.text
    return result
