"""Session fixtures for the search tests: one real build, the model it was built from, one Chromium.

- `search_site`: the shipped content plus this folder's fictional entries, built once with the real
  `pelican` command (tests/browser/sitebuild.py) on a fixed date; `site_url` serves it on 127.0.0.1.
- `directory`: the same content loaded into the model, so tests know what the index must hold.
- `browser` (tests/conftest.py): the session's one Chromium.
- `page`: a fresh context and page in a desktop window (1280×900); it records console messages and
  page errors in `page.problems`, which a test asserts empty.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser.server import serve
from browser.sitebuild import REPO, build, copy_build_inputs
from vejviser.builddate import TIMEZONE
from vejviser.content import Directory, load_directory


SEARCH_ENTRIES = Path(__file__).parent / "content" / "associations"
EPOCH = "1780315200"  # 2026-06-01 12:00 UTC
BUILD_DATE = datetime.datetime.fromtimestamp(int(EPOCH), TIMEZONE).date()
VIEWPORT = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class SearchSite:
    source: Path  # the content, theme and settings it was built from
    output: Path


@pytest.fixture(scope="session")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> SearchSite:
    workdir = tmp_path_factory.mktemp("search-site")
    source = copy_build_inputs(workdir / "source", extra_entries=SEARCH_ENTRIES)
    build(source, workdir / "output", source_date_epoch=EPOCH)
    return SearchSite(source, workdir / "output")


@pytest.fixture(scope="session")
def directory(search_site: SearchSite) -> Directory:
    loaded = load_directory(search_site.source / "content", BUILD_DATE)
    assert loaded.errors == []
    return loaded


@pytest.fixture(scope="session")
def site_url(search_site: SearchSite) -> Iterator[str]:
    with serve(search_site.output) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: _is_problem(message) and page.problems.append(f"console {message.type}: {message.text}"))
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    try:
        yield page
    finally:
        context.close()


def _is_problem(message) -> bool:
    """An error or warning on the console."""
    return message.type in ("error", "warning")


@pytest.fixture(scope="session")
def real_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The shipped content alone (no fictional entries), built like `make html` on the fixed date and
    served: what the judged queries (queries.yaml) are run against."""
    workdir = tmp_path_factory.mktemp("real-site")
    source = copy_build_inputs(workdir / "source")
    build(source, workdir / "output", source_date_epoch=EPOCH)
    with serve(workdir / "output") as url:
        yield url
