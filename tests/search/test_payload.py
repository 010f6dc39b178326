"""The first search stays small: what it transfers, by part, within a budget a person on a phone can
afford. The figures are printed (`pytest -s`); `python tests/search/payload.py` measures the shipped
content alone."""

from __future__ import annotations

import pytest

from .payload import by_part, first_search, table

pytestmark = pytest.mark.browser

# Pagefind's own code (Component UI, engine, WebAssembly) is most of it and fixed by its version; the
# index and the results grow with the content. Budgets in bytes as the test server sends them.
BUDGET = 420_000
DATA_BUDGET = 45_000  # index and results
DATA_PARTS = ("index (entry, metadata, words, filters)", "results (fragments)")


def test_the_first_search_transfers_little(page, site_url):
    responses = first_search(page, site_url + "soeg/?q=ensomme")
    print("\n" + table(responses))
    parts = by_part(responses)
    assert set(parts) == {
        "search page (HTML, site CSS, JS and icon)",
        "search interface (Pagefind Component UI, our CSS and JS)",
        "search engine (Pagefind JS and WebAssembly)",
        *DATA_PARTS,
    }, [response.path for response in responses if response.part == "other"]
    assert [response.path for response in responses if "worker" in response.path] == []  # no second copy of the engine
    assert sum(parts[part][1] for part in DATA_PARTS) <= DATA_BUDGET
    assert sum(response.size for response in responses) <= BUDGET
