"""Grants and alerts in real Chromium: ticking "Puljer" on the search page finds the current grants
through the site's Pagefind index; an alert banner shows under the crisis bar while it is on and the
page script hides it once its end time has passed (the browser's clock, not the build's)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from browser.server import serve
from search.searchpage import SearchPage
from vejviser.builddate import TIMEZONE

pytestmark = pytest.mark.browser

CURRENT = {"eksempel-aabent", "eksempel-sidste-dag", "eksempel-kommende"}


@pytest.fixture(scope="module")
def site_url(site) -> Iterator[str]:
    with serve(site.output) as url:
        yield url


@pytest.fixture
def page(browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 2000})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize(("section", "show", "grants", "prefix"), [("soeg/", "Vis", "Puljer", "/puljer/"), ("en/search/", "Show", "Grants", "/en/grants/")])
def test_the_grants_filter_finds_the_current_grants(page, site_url, section, show, grants, prefix):
    search = SearchPage(page).open(site_url + section)
    search.tick(show, grants)
    assert {path.removeprefix(prefix).strip("/") for path in search.show_all().paths()} == CURRENT


def _at(page: Page, moment: str) -> None:
    page.clock.set_fixed_time(datetime.datetime.fromisoformat(moment).replace(tzinfo=TIMEZONE))


def test_the_banner_shows_while_the_alert_is_on_under_the_crisis_bar(page, site_url):
    _at(page, "2026-09-15T12:00")
    page.goto(site_url + "hjaelp/hjemloeshed/")
    banner = page.locator(".vv-alert")
    assert banner.is_visible()
    crisis_bar, header = page.locator(".vv-crisis-bar").bounding_box(), page.locator(".vv-header").bounding_box()
    box = banner.bounding_box()
    assert crisis_bar["y"] == 0 and box["y"] >= header["y"] + header["height"]


@pytest.mark.parametrize("moment", ["2026-09-16T10:00", "2026-09-14T15:59"])  # at its end, and before its start
def test_the_page_script_hides_the_banner_outside_its_times(page, site_url, moment):
    _at(page, moment)
    page.goto(site_url + "hjaelp/hjemloeshed/")
    assert page.locator(".vv-alert").count() == 1
    assert not page.locator(".vv-alert").is_visible() and not page.locator(".vv-alerts").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_hiding_an_ended_alert_moves_nothing(browser, site_url, width):
    """Between an alert's end and the next build, the page still carries it; hidden before the content
    below is laid out, it shifts nothing (CLS as test_phone_first measures it)."""
    from browser.test_phone_first import CLS_MAX, LAYOUT_SHIFT

    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    _at(page, "2026-09-16T11:00")  # the frost alert ended at 10:00; the build is from 2026-09-15
    page.goto(site_url + "hjaelp/hjemloeshed/")
    page.wait_for_load_state("networkidle")
    total, moved = page.evaluate(LAYOUT_SHIFT)
    context.close()
    assert total < CLS_MAX, moved
