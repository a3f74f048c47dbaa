"""Store specs as users type them: a folder, ``oxigraph:FOLDER``, ``memory``, a URL."""
from __future__ import annotations

import pytest

from polgraph.errors import InputError
from polgraph.store import open_store


def test_an_oxigraph_prefix_opens_the_folder_after_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "store"
    store = open_store(f"oxigraph:{target}")
    try:
        assert target.is_dir()
        assert not (tmp_path / "oxigraph:").exists()  # no folder named after the prefix
    finally:
        store.close()


def test_a_bare_folder_still_opens(tmp_path):
    store = open_store(str(tmp_path / "plain"))
    try:
        assert (tmp_path / "plain").is_dir()
    finally:
        store.close()


@pytest.mark.parametrize("spec", ["", "   ", "oxigraph:", "ftp://example.org/sparql"])
def test_bad_specs_are_input_errors(spec):
    with pytest.raises(InputError):
        open_store(spec)
