"""An analyst's mistake in a lexicon file is reported by name, never skipped in silence."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tests.conftest import ROOT


def _home_with_triggers(tmp_path, extra: str):
    """A copy of the shipped data and ontology whose trigger lexicon ends with ``extra``."""
    shutil.copytree(ROOT / "data" / "lexicon", tmp_path / "data" / "lexicon")
    shutil.copytree(ROOT / "data" / "gazetteer", tmp_path / "data" / "gazetteer")
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    triggers = tmp_path / "data" / "lexicon" / "triggers.toml"
    triggers.write_text(triggers.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return tmp_path


def _extract(home, tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("Erdogan dropped by Damascus on Monday.", encoding="utf-8")
    env = dict(os.environ, POLGRAPH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "polgraph", "extract", str(article),
                           "--published", "2025-07-16", "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_trigger_of_an_unknown_event_class_is_named_in_a_clear_error(tmp_path):
    home = _home_with_triggers(tmp_path, '\n[[trigger]]\ntype = "Viist"\nen = ["dropped by"]\n')
    done = _extract(home, tmp_path)
    assert done.returncode != 0
    assert "Viist" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_planned_type_is_refused_too(tmp_path):
    home = _home_with_triggers(tmp_path, '\n[[trigger]]\ntype = "Visit"\nplanned_type = "VisitPlan"\n'
                                         'en = ["dropped by"]\n')
    done = _extract(home, tmp_path)
    assert done.returncode != 0
    assert "VisitPlan" in done.stderr and "Traceback" not in done.stderr


def test_the_same_copy_with_a_known_class_extracts(tmp_path):
    # The control: the copied home works and the added word takes effect, so the failures
    # above are the lexicon's.
    home = _home_with_triggers(tmp_path, '\n[[trigger]]\ntype = "Visit"\nen = ["dropped by"]\n')
    done = _extract(home, tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"CONSULT"' in done.stdout and '"SYR"' in done.stdout
