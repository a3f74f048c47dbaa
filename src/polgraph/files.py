"""Writing output files whole or not at all.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_atomically(target, b"done")
>>> target.read_bytes()
b'done'
"""
from __future__ import annotations

from pathlib import Path

from polgraph.errors import InputError

__all__ = ["write_atomically"]


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary sibling renamed into place, so a
    failure never leaves a half-written file; raises InputError with the reason."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {err.strerror or err}") from None
