"""Helpers shared by the command modules: opening the store, writing output."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from polgraph.errors import InputError
from polgraph.files import write_atomically
from polgraph.store import Store, open_store

__all__ = ["store_from", "write_output", "read_text_arg"]


def store_from(args: argparse.Namespace) -> Store:
    """Open the store named by the global ``--store`` option or ``POLGRAPH_STORE``."""
    return open_store(getattr(args, "store", None))


def write_output(data: bytes | str, output: str | None) -> None:
    """Write to ``output`` (a file path) or stdout; a file is written whole or not at all."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not output or output == "-":
        sys.stdout.buffer.write(data)
        if data and not data.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
        return
    write_atomically(output, data)


def read_text_arg(value: str) -> str:
    """A command-line value, or the contents of a file when written ``@path``."""
    if not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
