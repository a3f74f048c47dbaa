"""A headless Chromium driven by Playwright, and a uvicorn server over the built corpus.

The browser is Debian's ``/usr/bin/chromium`` (``scripts/ensure-browser.sh`` installs it).
Without it the tests skip, except in CI (``CI`` set), where a missing browser fails.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, start_uvicorn, stop_process

CHROMIUM = Path(os.environ.get("POLGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """The browser executable; skip (or fail in CI) when it is absent."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; run scripts/ensure-browser.sh as root")
        pytest.skip(f"{CHROMIUM} is not installed (scripts/ensure-browser.sh installs it)")
    return CHROMIUM


@pytest.fixture(scope="session")
def page_server(tmp_path_factory) -> Iterator[str]:
    """The URL of a uvicorn server over a store built from the bundled corpus."""
    folder = tmp_path_factory.mktemp("browser")
    store = folder / "store"
    subprocess.run([sys.executable, "-m", "polgraph", "--store", str(store), "build"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    env = {**os.environ, "POLGRAPH_STORE": str(store)}
    env.pop("POLGRAPH_UPDATE_TOKEN", None)
    url, process = start_uvicorn(folder, env)
    try:
        yield url
    finally:
        stop_process(process)


@pytest.fixture(scope="session")
def browser_context(chromium_path, tmp_path_factory):
    """A persistent context in a fresh profile folder, at a laptop's screen size."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1366, "height": 768})
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context, page_server):
    """A fresh tab on the interactive page, recording console errors and page errors."""
    tab = browser_context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.goto(page_server + "/")
    tab.wait_for_selector("#network g.edge")
    yield tab
    tab.close()
