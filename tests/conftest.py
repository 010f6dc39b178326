"""Fixtures every test folder shares.

`browser`: the one Debian Chromium of the whole test session, driven by Playwright. One instance for
all folders: Playwright's sync API runs an event loop in the test thread, so a second instance (or any
`asyncio.run` while one is alive) would fail. The tests fail, never skip, when Chromium is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}; the browser tests need it. "
            "Install it with `sudo apt-get install -y chromium` (.ci/run does this in CI).",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
