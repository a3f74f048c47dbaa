"""The W3C SPARQL 1.1 Protocol tests, run by the shared runner against a real server."""
from __future__ import annotations

import re
import subprocess
import sys

from tests.api.conftest import TOKEN


def test_all_w3c_protocol_tests_pass(server, shared_dir):
    runner = shared_dir / "conformance" / "sparql_protocol.py"
    done = subprocess.run([sys.executable, str(runner), server.url + "/sparql", "--token", TOKEN],
                          capture_output=True, text=True, timeout=600)
    summary = re.search(r"protocol: (\d+)/(\d+) passed", done.stdout)
    assert summary, done.stdout + done.stderr
    passed, total = map(int, summary.groups())
    assert total == 34
    assert passed == total, done.stdout
    assert done.returncode == 0
