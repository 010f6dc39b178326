"""Where an entry's facts come from and who vouches for them, as a reader sees it on the entry page.

Built from the fixture content plus `fixtures/sources/` (invented services of every kind of provider,
with and without sources and confirmation); the build date is 1 June 2025.
"""

from __future__ import annotations

import pytest

from pelican_build import FIXTURES, BuiltSite, assemble_content, build


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("sources-site")
    content = assemble_content(root / "content", FIXTURES / "content", FIXTURES / "sources")
    result = build(content, root / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output", result.stdout + result.stderr)


def text(element) -> str:
    return " ".join(element.get_text(" ").split()).replace(" ,", ",").replace(" .", ".")


def test_a_sourced_fact_names_its_source_and_the_date_it_was_read(site):
    da = [text(item) for item in site.page("tilbud/kommunens-raadgivning/").select(".vv-sources__item")]
    en = [text(item) for item in site.page("en/services/kommunens-raadgivning/").select(".vv-sources__item")]
    assert da == [
        "Telefon og åbningstider: fra kommune.example.org, set 20. maj 2025",
        "Adresse, e-mail og pris: fra Folder fra rådgivningen, set 20. maj 2025 (siden er dateret 1. marts 2025)",
    ]
    assert en == [
        "Phone and opening hours: from kommune.example.org, read 20 May 2025",
        "Address, e-mail and cost: from Folder fra rådgivningen, read 20 May 2025 (the page is dated 1 March 2025)",
    ]
    link = site.page("tilbud/kommunens-raadgivning/").select_one(".vv-sources__item a")
    assert link["href"] == "https://www.kommune.example.org/kontakt"


def test_the_source_date_stands_in_for_a_confirmation(site):
    da = site.page("tilbud/kommunens-raadgivning/").select_one(".vv-entry__verified")
    assert text(da).startswith("Oplysningerne er fra kilder set 20. maj 2025")
    en = site.page("en/services/kommunens-raadgivning/").select_one(".vv-entry__verified")
    assert text(en).startswith("The information is from sources read 20 May 2025")
    between = site.page("tilbud/tjenestens-kilder/").select_one(".vv-entry__verified")
    assert text(between).startswith("Oplysningerne er fra kilder set mellem 3. februar 2025 og 20. maj 2025")


def test_a_page_read_today_but_written_years_ago_says_so(site):
    """A source may state only its month or year; the oldest one is named beside the reading date."""
    da, en = (site.page(path) for path in ("tilbud/tjenestens-kilder/", "en/services/tjenestens-kilder/"))
    assert text(da.select_one(".vv-entry__verified")).startswith("Oplysningerne er fra kilder set mellem 3. februar 2025 og 20. maj 2025; den ældste er fra november 2019")
    assert text(en.select_one(".vv-entry__verified")).startswith("The information is from sources read between 3 February 2025 and 20 May 2025; the oldest is from November 2019")
    assert text(da.select(".vv-sources__item")[1]).endswith("set 20. maj 2025 (siden er dateret november 2019)")


def test_the_line_names_the_kind_of_provider(site):
    def line(path: str) -> str:
        return text(site.page(path).select_one(".vv-entry__verified"))

    assert line("tilbud/regionens-linje/").startswith("Ikke bekræftet af regionen")
    assert line("en/services/regionens-linje/").startswith("Not confirmed by the region")
    assert line("tilbud/kun-dansk/").startswith("Ikke bekræftet af foreningen")
    assert line("tilbud/kommunens-bekraeftede/").startswith("Bekræftet af kommunen den 1. maj 2025")
    assert line("en/services/kommunens-bekraeftede/").startswith("Confirmed by the municipality on 1 May 2025")
    assert line("tilbud/vold/").startswith("Bekræftet af tjenesten den 15. januar 2023")


def test_the_line_links_to_the_explanation(site):
    link = site.page("tilbud/regionens-linje/").select_one(".vv-entry__verified a")
    assert link.get_text(strip=True) == "Hvad betyder det?"
    page, _, anchor = link["href"].rpartition("#")
    assert anchor == "kilder"
    about = site.page("tilbud/regionens-linje/" + page)
    assert about.find(id="kilder").name == "h2"
    english = site.page("en/services/regionens-linje/").select_one(".vv-entry__verified a")
    assert english.get_text(strip=True) == "What does this mean?"
    assert site.page("en/services/regionens-linje/" + english["href"].rpartition("#")[0]).find(id="kilder")


def test_no_sources_no_section(site):
    assert site.page("tilbud/regionens-linje/").select_one(".vv-sources") is None


def test_the_sources_are_not_search_text(site):
    """A search for "jv" or "example" should not find every entry that cites a newspaper."""
    section = site.page("tilbud/kommunens-raadgivning/").select_one(".vv-sources")
    assert section.has_attr("data-pagefind-ignore")
