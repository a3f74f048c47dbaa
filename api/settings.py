"""Server settings, from options or the environment (read when the app is created)."""
from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, Field, ValidationError

from polgraph.errors import InputError

__all__ = ["Settings", "ENVIRONMENT"]

#: Environment variable → settings field.
ENVIRONMENT = {
    "POLGRAPH_STORE": "store",
    "POLGRAPH_UPDATE_TOKEN": "update_token",
    "POLGRAPH_QUERY_TIMEOUT": "query_timeout",
    "POLGRAPH_MAX_ROWS": "max_rows",
    "POLGRAPH_MAX_BODY": "max_body_bytes",
    "POLGRAPH_QUERY_WORKERS": "query_workers",
}


class Settings(BaseModel):
    """What the API serves and its limits.

    >>> s = Settings.from_env({"POLGRAPH_QUERY_TIMEOUT": "2.5"}, store="memory")
    >>> s.query_timeout, s.store, s.update_token is None
    (2.5, 'memory', True)
    """

    model_config = {"frozen": True}

    store: str = Field("var/store", description="store spec: a directory or 'memory'")
    update_token: str | None = Field(None, description="bearer token that allows writes; none: no writes")
    query_timeout: float = Field(10.0, gt=0, description="seconds a query may run")
    max_rows: int = Field(10_000, gt=0, description="rows (or triples) a query may return")
    max_body_bytes: int = Field(4 * 1024 * 1024, gt=0, description="largest request body accepted")
    query_workers: int = Field(4, gt=0, description="queries evaluated at the same time")
    build: bool = Field(False, description="build the graph from data/ into the store at start")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        """Settings from ``POLGRAPH_*`` variables; keyword overrides (non-None) win."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {field: environ[var] for var, field in ENVIRONMENT.items()
                                     if environ.get(var)}
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls(**values)
        except ValidationError as err:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors())
            raise InputError(f"invalid server settings: {problems}") from None
