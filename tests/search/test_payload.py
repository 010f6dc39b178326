"""The first search stays small: what it transfers, by part, within a budget a person on a phone can
afford, and nothing it does not need (the whole word index for a search without words, the filter
index before anyone opens a filter). The figures are printed (`pytest -s`); `python
tests/search/payload.py` measures the shipped content alone."""

from __future__ import annotations

import re

import pytest

from vejviser import urls

from .payload import by_part, first_search, table
from .searchpage import SearchPage

pytestmark = pytest.mark.browser

# Pagefind's engine (JavaScript and WebAssembly) is most of it and fixed by its version; the index and
# the results grow with the content. Budgets in bytes as the test server sends them.
BUDGET = 230_000
DATA_BUDGET = 45_000  # index and results
DATA_PARTS = ("index (entry, metadata, words, filters)", "results (fragments)")
WORD_INDEX, FILTER_INDEX = ".pf_index", ".pf_filter"


def test_the_first_search_transfers_little(page, site_url):
    responses = first_search(page, site_url + "soeg/?q=ensomme")
    print("\n" + table(responses))
    parts = by_part(responses)
    assert set(parts) == {
        "search page (HTML, site CSS, JS and icon)",
        "search interface (our CSS and JS)",
        "search engine (Pagefind JS and WebAssembly)",
        *DATA_PARTS,
    }, [response.path for response in responses if response.part == "other"]
    assert [response.path for response in responses if "worker" in response.path] == []  # no second copy of the engine
    # of the filter index, only the "Vis" filter's part (which page is help, a role or information)
    assert len([response.path for response in responses if response.path.endswith(FILTER_INDEX)]) == 1
    assert sum(parts[part][1] for part in DATA_PARTS) <= DATA_BUDGET
    assert sum(response.size for response in responses) <= BUDGET


def test_listing_roles_under_a_filter_fetches_no_word_index(page, site_url):
    fetched = fetches(page)
    search = SearchPage(page).open(site_url + urls.section_url("volunteer", "da"))  # "Vis: Frivillige opgaver", no words
    assert search.count() > 0 and len(search.results()) == min(search.count(), 10)
    assert [path for path in fetched if path.endswith(WORD_INDEX)] == []  # the fix in vejviser.search.backport
    assert [path for path in fetched if path.endswith(FILTER_INDEX)] != []  # the ticked filter's part of it
    assert page.problems == []


def test_the_counts_by_the_filters_come_when_a_filter_group_is_opened(page, site_url):
    fetched = fetches(page)
    search = SearchPage(page).open(site_url + "soeg/?q=ensomme", "ensomme")
    gredstedbro = search.filter_group("Område").locator("label", has_text="Gredstedbro")
    kinds_only = [path for path in fetched if path.endswith(FILTER_INDEX)]
    assert len(kinds_only) == 1  # the "Vis" filter's part, to put help first
    assert not gredstedbro.locator(".vv-filter__count").is_visible()

    search.filter_group("Område").locator("summary").click()
    page.wait_for_function("() => !document.querySelector('.vv-filter__count').hidden")
    assert [path for path in fetched if path.endswith(FILTER_INDEX)] != kinds_only
    # the club and its role in Gredstedbro say "ensomme" (test_search.test_a_filter_narrows_the_results)
    assert re.fullmatch(r"Gredstedbro \(2\)", " ".join(gredstedbro.inner_text().split()))
    search.tick("Område", "Gredstedbro")
    assert search.count() == 2
    assert page.problems == []


def fetches(page) -> list[str]:
    """The paths the page fetches from now on (filled in as it goes)."""
    paths: list[str] = []
    page.on("requestfinished", lambda request: paths.append(re.sub(r"^\w+://[^/]+", "", request.url)))
    return paths
