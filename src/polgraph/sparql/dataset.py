"""The RDF dataset a query or update runs against, and the protocol's dataset parameters.

For queries, ``default-graph-uri`` and ``named-graph-uri`` become the engine's dataset
arguments. Oxigraph's update API takes no dataset, so ``using-graph-uri`` and
``using-named-graph-uri`` are applied as the protocol defines them: as ``USING`` and
``USING NAMED`` clauses of every ``DELETE``/``INSERT … WHERE`` operation of the request.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from polgraph.errors import QueryError

__all__ = ["Dataset", "apply_using"]


@dataclass(frozen=True)
class Dataset:
    """Graphs named by the protocol's dataset parameters (empty: the service's default).

    >>> Dataset().given, Dataset(default_graphs=("http://g",)).given
    (False, True)
    """

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    @property
    def given(self) -> bool:
        """Whether any dataset parameter was given."""
        return bool(self.default_graphs or self.named_graphs)


# Lexical pieces that may contain a brace or a '#' which is not structure: strings (long
# and short, both quotes), IRIs, comments. Anything else is read a character at a time.
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_PNAME_OR_VAR_BEFORE = re.compile(r"[?$:A-Za-z0-9_\-.]$")


def _top_level_where(update: str) -> list[int]:
    """Offsets of every ``WHERE`` keyword outside braces, strings, IRIs and comments."""
    found, depth, i = [], 0, 0
    while i < len(update):
        char = update[i]
        skipped = _SKIP.match(update, i)
        if skipped:
            i = skipped.end()
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and (word := _WORD.match(update, i)):
            # a whole word, not part of a prefixed name or a variable
            whole = not (i and _PNAME_OR_VAR_BEFORE.search(update[:i]))
            after = update[word.end():word.end() + 1]
            if whole and after != ":" and word.group().upper() == "WHERE":
                found.append(i)
            i = word.end()
            continue
        i += 1
    return found


def apply_using(update: str, using: tuple[str, ...], using_named: tuple[str, ...]) -> str:
    """Add the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to an update as
    ``USING`` / ``USING NAMED`` clauses before each top-level ``WHERE``.

    The caller must already have refused an update that has its own ``USING`` or ``WITH``
    (the protocol makes that an error) or uses the ``DELETE WHERE`` shorthand.

    >>> print(apply_using("INSERT { ?s a <http://c> } WHERE { ?s ?p 'where' }", ("http://g",), ()))
    INSERT { ?s a <http://c> } USING <http://g> WHERE { ?s ?p 'where' }
    >>> apply_using("INSERT DATA { <http://a> <http://b> 1 }", ("http://g",), ())
    'INSERT DATA { <http://a> <http://b> 1 }'
    """
    if not using and not using_named:
        return update
    for iri in using + using_named:
        if not re.fullmatch(r'[^<>"{}|^`\\\x00-\x20]+', iri):
            raise QueryError(f"not a valid IRI in a dataset parameter: {iri!r}")
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]) + " "
    out, last = [], 0
    for offset in _top_level_where(update):
        out.append(update[last:offset])
        out.append(clause)
        last = offset
    out.append(update[last:])
    return "".join(out)
