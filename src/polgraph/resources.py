"""Where the ontology and the shipped data live, installed or in a source tree.

>>> (resource_dir("ontology") / "polgraph.ttl").name
'polgraph.ttl'
"""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["resource_dir", "data_dir", "ontology_dir"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The ``ontology`` or ``data`` folder: ``POLGRAPH_HOME/<name>`` if set, the copy
    installed inside the package, else the source tree's top level."""
    home = os.environ.get("POLGRAPH_HOME")
    candidates = [Path(home) / name] if home else []
    candidates += [_PACKAGE / "_resources" / name, _PACKAGE.parent.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The folder of shipped data: gazetteer, lexicons, weights, corpus."""
    return resource_dir("data")


def ontology_dir() -> Path:
    """The folder holding ``polgraph.ttl`` and ``shapes.ttl``."""
    return resource_dir("ontology")
