"""Lighthouse (the `lighthouse` npm package pinned in package-lock.json, installed by `make test` with
`npm ci`) scores the production build 100 for accessibility, best practices and SEO: the home page, a
need page, an entry page, the search page with results and an English page.

The site is built with publishconf.py for the address the local server has (absolute links,
`--fatal warnings`), served as a static host serves it, and audited in headless Chromium
(/usr/bin/chromium) by tests/lighthouse/audit.mjs. Nothing is fetched from elsewhere: Lighthouse
reads robots.txt, the pages and what they load from the local server only.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from vejviser import urls

from .pagetypes import FULL_ENTRY, MINIMAL_ENTRY, SEARCH_QUERY
from .server import serve
from .sitebuild import BROWSER_ENTRIES, BROWSER_SITE_EPOCH, REPO, build, copy_build_inputs

AUDIT = REPO / "tests" / "lighthouse" / "audit.mjs"
CATEGORIES = ("accessibility", "best-practices", "seo")
PAGES = {
    "home": urls.home_url("da"),
    "need": urls.section_url("need", "da", "loneliness"),
    "entry": urls.entry_url(FULL_ENTRY, "da"),
    "search": urls.section_url("search", "da") + "?q=" + SEARCH_QUERY["da"],
    "English entry, Danish only": urls.entry_url(MINIMAL_ENTRY, "en"),
}
TIMEOUT_SECONDS = 600  # about 10 s a page; much longer on a machine busy with other builds


@pytest.fixture(scope="module")
def published_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The production build, served at the address it was built for."""
    workdir = tmp_path_factory.mktemp("lighthouse")
    source = copy_build_inputs(workdir / "source", extra_entries=BROWSER_ENTRIES)
    output = workdir / "output"
    output.mkdir()
    with serve(output) as url:
        build(source, output, settings="publishconf.py", source_date_epoch=BROWSER_SITE_EPOCH, siteurl=url.rstrip("/"))
        yield url


def lighthouse(page_urls: list[str]) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: `make test` installs Debian's nodejs and npm (scripts/test-machine)")
    if not (REPO / "node_modules" / "lighthouse" / "package.json").is_file():
        pytest.fail("Lighthouse is not installed: `make test` installs it from package-lock.json (npm ci)")
    run = subprocess.run([node, str(AUDIT), *page_urls], cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_lighthouse_scores_every_category_100(published_site_url: str):
    page_urls = {name: published_site_url + path for name, path in PAGES.items()}
    report = lighthouse(list(page_urls.values()))
    for name, url in page_urls.items():
        result = report["pages"][url]
        assert result["runtimeError"] is None, (name, result["runtimeError"])
        failed = {audit["id"]: (audit["title"], audit["details"]) for audit in result["failed"]}
        assert {category: result["scores"][category] for category in CATEGORIES} == dict.fromkeys(CATEGORIES, 1), (name, failed)
        assert failed == {}, name
