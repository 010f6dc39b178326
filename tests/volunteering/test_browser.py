""""Bliv frivillig" in real Chromium: its filters, through the site's Pagefind index, find the roles
the browse pages list without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from browser.server import serve
from search.searchpage import SearchPage

pytestmark = pytest.mark.browser

CURRENT_ROLES = {
    "eksempel-natteravnene/indsamler", "eksempel-faellesskabshuset/foraarsklargoering", "eksempel-natteravnene/havedag",
    "eksempel-sommerlejren/lejrhjaelper", "ad-hoc/sidste-dag", "eksempel-faellesskabshuset/kaffebrygger",
    "eksempel-natteravnene/nattevandrer", "aeblelauget/plukker",
}
# Ad hoc and no Danish needed: not the collection (Danish needed), not the camp (an event).
AD_HOC_NO_DANISH = {"eksempel-faellesskabshuset/foraarsklargoering", "eksempel-natteravnene/havedag"}


@pytest.fixture(scope="module")
def site_url(site) -> Iterator[str]:
    with serve(site.output) as url:
        yield url


@pytest.fixture
def page(browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 4000})  # every result in view
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(error))
    yield page
    context.close()


def roles(paths: set[str], section: str) -> set[str]:
    """`/frivillig/<entry>/<role>/` → `<entry>/<role>`."""
    return {path.removeprefix(f"/{section}").strip("/") for path in paths}


@pytest.mark.parametrize(
    ("section", "commitment", "ad_hoc", "facts", "no_danish"),
    [
        ("frivillig/", "Hvor meget tid", "Ad hoc / enkeltstående opgave", "Godt at vide", "Dansk er ikke nødvendigt"),
        ("en/volunteer/", "How much time", "Ad hoc / one-off task", "Good to know", "No Danish needed"),
    ],
)
def test_filter_to_ad_hoc_tasks_with_no_danish_needed(page, site_url, site, section, commitment, ad_hoc, facts, no_danish):
    search = SearchPage(page).open(site_url + section)
    assert roles(search.paths(), section) == CURRENT_ROLES  # the page's search starts with roles only

    search.tick(commitment, ad_hoc)
    assert roles(search.paths(), section) == CURRENT_ROLES - {
        "eksempel-sommerlejren/lejrhjaelper", "ad-hoc/sidste-dag", "eksempel-faellesskabshuset/kaffebrygger",
        "eksempel-natteravnene/nattevandrer", "aeblelauget/plukker",
    }
    search.tick(facts, no_danish)
    assert roles(search.paths(), section) == AD_HOC_NO_DANISH
    assert search.checked(commitment) == [ad_hoc] and search.checked(facts) == [no_danish]

    # The same roles as on both browse pages that work without JavaScript.
    browse = ("ad-hoc/", "ingen-dansk/") if section == "frivillig/" else ("ad-hoc/", "no-danish-needed/")
    assert set(site.role_cards(section + browse[0])) & set(site.role_cards(section + browse[1])) == AD_HOC_NO_DANISH
    assert page.errors == []


def test_a_filtered_result_opens_the_role_page(page, site_url):
    search = SearchPage(page).open(site_url + "en/volunteer/")
    search.tick("How much time", "Ad hoc / one-off task")
    search.tick("Good to know", "No Danish needed")
    page.locator(".vv-result a", has_text="Garden day").click()
    page.wait_for_url("**/en/volunteer/eksempel-natteravnene/havedag/")
    assert page.locator("h1").inner_text() == "Garden day"
    assert "From 1 April 2026" in page.locator("main").inner_text()
    assert page.errors == []
