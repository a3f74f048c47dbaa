"""Structured event datasets: GDELT imports and PLOVER exports, next to events from text.

:mod:`~polgraph.datasets.gdelt` reads export rows, :mod:`~polgraph.datasets.cameo` maps
CAMEO codes to PLOVER, event classes and actors, :mod:`~polgraph.datasets.ntriples` writes
events as N-Triples fast, :mod:`~polgraph.datasets.importer` streams them into a store and
:mod:`~polgraph.datasets.plover_export` writes PLOVER-style records back out.
"""
from polgraph.datasets.cameo import ActorMapper, load_event_table
from polgraph.datasets.gdelt import read_export
from polgraph.datasets.importer import ImportReport, import_gdelt

__all__ = ["ActorMapper", "load_event_table", "read_export", "ImportReport", "import_gdelt"]
