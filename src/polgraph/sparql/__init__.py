"""SPARQL as a public service: what is refused, how dataset parameters apply, and how a
query runs with a real timeout and a row cap. Nothing here knows about HTTP."""
from __future__ import annotations

from polgraph.sparql.dataset import Dataset, apply_using
from polgraph.sparql.execution import QueryOutcome, run_query
from polgraph.sparql.safety import Checked, check_query, check_update
from polgraph.sparql.serving import ServingStore

__all__ = [
    "Dataset", "apply_using", "QueryOutcome", "run_query", "Checked", "check_query",
    "check_update", "ServingStore",
]
