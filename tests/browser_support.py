"""A headless Chromium for the tests that open pages in a real browser (the HTML redline, the viewer).

Skipped only where Debian's chromium and chromium-driver are not on PATH (``.ci/run`` installs them).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

needs_browser = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="needs Debian's chromium and chromium-driver on PATH (apt-get install chromium chromium-driver; "
    ".ci/run installs them)",
)


def start_chromium(profile: Path, *, logs: tuple[str, ...] = ("browser",)) -> Any:
    """A headless Chromium with a fresh profile in ``profile``, 1280 x 1000, keeping the ``logs`` named
    (``browser`` for the console, ``performance`` for the network).  The caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in BROWSER_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1280,1000")
    options.set_capability("goog:loggingPrefs", dict.fromkeys(logs, "ALL"))
    return webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
