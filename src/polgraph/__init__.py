"""polgraph — a political event knowledge graph for Syria and its neighbours.

Text is extracted into model objects (:mod:`polgraph.model`), written as RDF
(:mod:`polgraph.rdf`), kept in a store (:mod:`polgraph.store`), analysed with NetworkX
and served over SPARQL and HTTP.

>>> import polgraph
>>> polgraph.__version__ >= "0.1"
True
"""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("polgraph")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["__version__"]
