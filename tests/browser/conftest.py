"""Session fixtures for the browser tests: one Chromium, the fixture pages and the real site, served locally.

- `browser` (tests/conftest.py): the session's one Chromium.
- `page`: a fresh page in its own context (no cookies or storage carried over), closed afterwards.
- `fixture_site` / `fixture_site_url`: the good fixture page and its broken variants (brokenpages.py).
- `built_site` / `site_url`: the real site, built once per session with Pelican, and its local URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .brokenpages import write_fixture_site
from .helpers import fresh_page
from .server import serve
from .sitebuild import build_browser_site

@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with fresh_page(browser) as new_page:
        yield new_page


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fixture_site(tmp_path_factory.mktemp("fixture-pages"))


@pytest.fixture(scope="session")
def fixture_site_url(fixture_site: Path) -> Iterator[str]:
    with serve(fixture_site) as url:
        yield url


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_browser_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve(built_site) as url:
        yield url
