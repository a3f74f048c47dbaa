"""Alignment analysis: how actors' relations shift over time, and the evidence why.

Aggregation per dyad and period runs in the store as SPARQL (:mod:`.aggregate`); only
the small aggregated graph reaches NetworkX (:mod:`.network`). Each concept has its own
module: periods, weights, co-reference merge, the dyad series, shifts, structural
balance, blocs and centrality. Every public function takes a store and keyword options
and returns plain dataclasses with ``to_json``, so the CLI, the HTTP API and notebooks
all call the same code.

>>> from polgraph.store import open_store
>>> alignment_series(open_store("memory"), by="quarter", actors=CORE_ACTORS)
[]
"""
from __future__ import annotations

from polgraph.analysis.alignment import CORE_ACTORS, Driver, DyadScore, alignment_series
from polgraph.analysis.balance import BalanceReport, Triad, balance
from polgraph.analysis.blocs import BlocChange, BlocReport, blocs
from polgraph.analysis.centrality import ActorCentrality, centrality
from polgraph.analysis.merging import MergedEvent, merged_events
from polgraph.analysis.network import alignment_network, period_networks
from polgraph.analysis.periods import Window, parse_windows
from polgraph.analysis.shifts import Shift, shifts
from polgraph.analysis.weights import Weights, load_weights

__all__ = [
    "CORE_ACTORS", "Driver", "DyadScore", "alignment_series", "Shift", "shifts",
    "Triad", "BalanceReport", "balance", "BlocChange", "BlocReport", "blocs",
    "ActorCentrality", "centrality", "MergedEvent", "merged_events",
    "alignment_network", "period_networks", "Window", "parse_windows", "Weights", "load_weights",
]
