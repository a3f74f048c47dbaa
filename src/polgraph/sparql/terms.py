"""Writing user-given values into SPARQL text safely: literals escaped, IRIs checked.

>>> literal('say "hi"\\n')
'"say \\\\"hi\\\\"\\\\n"'
>>> iri("https://polgraph.org/id/actor/SYR")
'<https://polgraph.org/id/actor/SYR>'
>>> iri("http://a> } ; DROP ALL ; <x")
Traceback (most recent call last):
...
polgraph.errors.InputError: not a valid IRI: 'http://a> } ; DROP ALL ; <x'
"""
from __future__ import annotations

import json

import pyoxigraph as ox

from polgraph.errors import InputError

__all__ = ["literal", "iri"]


def literal(value: str) -> str:
    """A SPARQL string literal holding ``value`` exactly."""
    # JSON string escapes are a subset of SPARQL's (\\" \\\\ \\n \\r \\t \\b \\f \\uXXXX).
    return json.dumps(value, ensure_ascii=False)


def iri(value: str) -> str:
    """An IRI reference in SPARQL syntax; refuses anything that is not a valid absolute IRI."""
    try:
        node = ox.NamedNode(value)
    except ValueError:
        raise InputError(f"not a valid IRI: {value!r}") from None
    if any(c in node.value for c in '<>"{}|^`\\ '):
        raise InputError(f"not a valid IRI: {value!r}")
    return f"<{node.value}>"
