"""The print view of need and town lists: linked from the listing, a clean A4 list, checked as a PDF."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from browser.helpers import AXE_SCRIPT, AXE_TAGS, axe_violations, console_problems, csp_problems, fresh_page, open_page
from browser.server import serve

A4_POINTS = (595.28, 841.89)  # 210 × 297 mm; Chromium rounds to 1/100 inch
# (listing, its print view) in both languages; the fixture café is in both lists.
LISTS = [
    ("hjaelp/ensomhed/", "hjaelp/ensomhed/udskriv/"),
    ("en/towns/esbjerg/", "en/towns/esbjerg/print/"),
]


def _soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


def _entries(site: Path) -> dict[str, dict]:
    return {entry["name"]: entry for entry in json.loads((site / "data/associations.json").read_text("utf-8"))["entries"]}


@pytest.mark.parametrize("listing, print_view", LISTS)
def test_the_listing_links_to_its_print_view_which_lists_the_same_services(development_site, listing, print_view):
    page = _soup(development_site, listing)
    link = page.select_one(".vv-print-link a")
    assert link.get_text() in ("Udskriv listen", "Print this list")
    assert (development_site / listing / link["href"] / "index.html").resolve() == (development_site / print_view / "index.html").resolve()
    listed = [card.get_text(strip=True) for card in page.select(".vv-card__title")]
    printed = _soup(development_site, print_view)
    assert [name.get_text(strip=True) for name in printed.select(".vv-print-entry__name")] == listed
    assert printed.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_print_view_gives_what_a_citizen_needs_on_paper(development_site):
    printed = _soup(development_site, "en/towns/esbjerg/print/")
    cafe = next(item for item in printed.select(".vv-print-entry") if item.h2.get_text(strip=True) == "Eksempel-Værestedet")
    facts = {dt.get_text(strip=True): [dd.get_text(" ", strip=True) for dd in dt.find_next_siblings("dd")] for dt in cafe.find_all("dt")}
    assert cafe.p.get_text(strip=True).startswith("A fictional drop-in café")
    assert facts["Phone"][:2] == ["+45 75 12 34 56 – The café", "75 65 43 21"]
    assert "Eksempelhuset, Eksempelvej 1, 6700 Esbjerg" in facts["Address"]
    assert "example.org/vaerestedet" in facts["Website"]
    assert "kontakt@example.org" in facts["E-mail"]


@pytest.fixture(scope="module")
def chromium(development_site, browser):
    """The session's Chromium and the development build served on 127.0.0.1."""
    with serve(development_site) as base:
        yield browser, base


@pytest.mark.browser
@pytest.mark.parametrize("listing, print_view", LISTS)
def test_the_print_view_renders_to_a_clean_a4_pdf_in_chromium(development_site, chromium, listing, print_view):
    browser, base = chromium
    entries = _entries(development_site)
    names = [name.get_text(strip=True) for name in _soup(development_site, print_view).select(".vv-print-entry__name")]
    with fresh_page(browser) as page:
        page.goto(base + print_view)
        pdf = page.pdf(format="A4")
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 1 + len(names) // 4  # a compact list: at least four services a page
    for sheet in reader.pages:
        assert all(abs(float(size) - a4) < 1.5 for size, a4 in zip(sheet.mediabox[2:], A4_POINTS))
    # NFKC: the PDF's text has the font's ligatures ("ﬀ" in "stoﬀer"), which are the same letters.
    text = unicodedata.normalize("NFKC", " ".join(" ".join(sheet.extract_text() for sheet in reader.pages).split()))
    for name in names:
        assert name in text
        for phone in entries[name]["contact"].get("phones", ()):
            assert phone["number"] in text
    # Screen-only tools do not print.
    assert "Ctrl+P" not in text and "Back to the list" not in text and "Tilbage til listen" not in text


@pytest.mark.browser
@pytest.mark.parametrize("listing, print_view", LISTS)
def test_the_print_view_on_screen_is_accessible_and_keeps_to_the_csp(chromium, listing, print_view):
    browser, base = chromium
    with fresh_page(browser) as page:
        visit = open_page(page, base + print_view, settle=True)
        assert page.locator("[data-vv-print]").is_visible()  # the script ran and showed the button
        # The print view's own content; the page frame around it is audited by tests/browser.
        page.evaluate(AXE_SCRIPT)
        results = page.evaluate("tags => axe.run('main', {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS)
        assert axe_violations(results) == []
        assert csp_problems(visit) == []
        assert console_problems(visit) == []


def test_the_published_print_view_gives_the_full_address_of_the_list(published_site):
    source = " ".join(_soup(published_site, "hjaelp/ensomhed/udskriv/").select_one(".vv-print-list__source").get_text().split())
    assert "https://vejviser.example/hjaelp/ensomhed/" in source
    assert "22. november 2026" in source  # the build date, never the wall clock
