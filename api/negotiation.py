"""HTTP content negotiation: pick the media type to answer in from an Accept header."""
from __future__ import annotations

__all__ = ["choose_media_type"]


def _parse_accept(header: str) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each entry of an Accept header."""
    entries = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        entries.append((media, q, position))
    return entries


def _match_quality(offer: str, entries: list[tuple[str, float, int]]) -> tuple[float, int, int]:
    """(q, specificity, -position) of the most specific range matching an offer."""
    kind = offer.split("/")[0]
    best = (-1.0, -1, 0)
    for media, q, position in entries:
        if media == offer:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best[1]:
            best = (q, specificity, -position)
    return best


def choose_media_type(accept: str | None, offers: dict[str, str]) -> str | None:
    """The offered type the client prefers, or None when it accepts none of them.

    ``offers`` maps media types the client may ask for to the type that answers them
    (aliases such as ``application/json`` for SPARQL JSON); its first entry is the default
    when the client has no preference.

    >>> offers = {"application/sparql-results+json": "application/sparql-results+json",
    ...           "application/json": "application/sparql-results+json",
    ...           "text/csv": "text/csv"}
    >>> choose_media_type(None, offers)
    'application/sparql-results+json'
    >>> choose_media_type("text/csv;q=0.9, application/json;q=0.5", offers)
    'text/csv'
    >>> choose_media_type("image/png", offers) is None
    True
    """
    if not accept or not accept.strip():
        return next(iter(offers.values()))
    entries = _parse_accept(accept)
    ranked = []
    for order, (offer, answer) in enumerate(offers.items()):
        q, specificity, position = _match_quality(offer, entries)
        if q > 0:
            # explicit mentions beat wildcards at equal q; then the client's order, then ours
            ranked.append(((q, specificity > 0, position, -order), answer))
    if not ranked:
        return None
    return max(ranked)[1]
