"""An entry page shows everything its file says, in the reader's language.

`Foreningen Solsikken` (tests/site/fixtures/content/associations/solsikken.yaml) fills in every
optional field; the build date is 1 June 2025.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def da(fixture_site):
    return fixture_site.page("tilbud/solsikken/")


@pytest.fixture
def en(fixture_site):
    return fixture_site.page("en/services/solsikken/")


def facts(page) -> dict[str, str]:
    return {
        row.dt.get_text(strip=True): " ".join(row.dd.get_text(" ").split())
        for row in page.select(".vv-entry__section .vv-summary-list__row")
    }


def test_summary_description_and_steps(da, en):
    assert da.select_one(".vv-lead").get_text(strip=True).startswith("Et fællesskab for dig")
    assert en.select_one(".vv-lead").get_text(strip=True).startswith("A community for you")
    description = da.select_one(".vv-prose")
    assert description.strong.get_text() == "komme, som du er"
    assert [li.get_text() for li in description.select("li")] == ["Fællesspisning", "Gåture"]
    assert [li.get_text(strip=True) for li in en.select(".vv-steps__step")] == ["Call us and say hello.", "Drop by on a Tuesday."]


def test_key_facts(da, en):
    assert facts(da) | {} == facts(da)  # rows are unique
    da_facts, en_facts = facts(da), facts(en)
    assert da_facts["Hjælp til"] == "Ensomhed og fællesskab , Sorg og tab"
    assert da_facts["Hvem er det for"].startswith("Voksne , Ældre")
    assert "18–99 år" in da_facts["Hvem er det for"]
    assert da_facts["Pris"] == "Det koster penge 20 kr. for maden."
    assert en_facts["Cost"] == "There is a charge 20 kroner for the food."
    assert da_facts["Anonymt"] == "Ja, du kan være anonym"
    assert da_facts["Henvisning"] == "Du skal have en henvisning"
    assert en_facts["How to take part"] == "Drop in, Group"
    assert en_facts["Languages spoken"] == "Danish, English"
    assert da_facts["Område"] == "Esbjerg"


def test_contact_links(da):
    contact = da.select_one(".vv-contact")
    assert contact.select_one('a[href^="tel:"]')["href"] == "tel:+4588888801"
    assert contact.select_one('a[href^="mailto:"]')["href"] == "mailto:hej@solsikken.example.org"
    assert contact.select_one('a[href^="https:"]')["href"] == "https://solsikken.example.org"
    assert "Hverdage" in contact.get_text()


def test_location_with_accessibility_directions_and_opening_hours(da, en):
    location = da.select_one(".vv-location")
    assert location.h3.get_text(strip=True) == "Solsikkehuset"
    assert " ".join(location.select_one(".vv-location__address").get_text(" ").split()) == "Eksempelvej 1 6700 Esbjerg"
    assert [li.get_text(strip=True) for li in location.select(".vv-location__access li")] == [
        "Adgang uden trin",
        "Intet handicaptoilet",
        "Teleslynge",
        "Elevator i gården.",
    ]
    directions = location.select_one(".vv-location__directions a")["href"]
    assert directions.startswith("https://") and "55.467%2C8.452" in directions
    rows = [(row.th.get_text(strip=True), row.td.get_text(strip=True)) for row in location.select("tr")]
    assert rows[0] == ("Mandag", "10.00–14.00")
    assert rows[4] == ("Fredag", "10.00–12.00")
    assert rows[6] == ("Søndag", "Lukket")
    en_rows = [(row.th.get_text(strip=True), row.td.get_text(strip=True)) for row in en.select(".vv-location tr")]
    assert en_rows[0] == ("Monday", "10:00–14:00")
    assert "5. juni 2025: Lukket (Grundlovsdag)" in " ".join(location.select_one(".vv-opening-hours__exceptions").get_text().split())
    assert "Ring gerne før du kommer." in location.get_text()


def test_open_now_line_is_left_to_the_browser(da):
    status = da.select_one("[data-vv-open-status]")
    assert status.has_attr("hidden") and status.get_text() == ""
    assert status["data-hours"] == "mon 10.00-14.00;tue 10.00-14.00;wed 10.00-14.00;thu 10.00-14.00;fri 10.00-12.00"
    assert status["data-closed-dates"] == "2025-06-05"
    assert status["data-special-hours"] == "2025-06-06 12.00-13.00"
    assert status["data-text-open"] == "Åbent nu – lukker kl. {time}"


def test_current_volunteer_roles_only(da, en):
    roles = da.select("#volunteer ~ .vv-role")
    assert [role.h3.get_text(" ", strip=True) for role in roles] == ["Frivillig kok"]
    text = " ".join(roles[0].get_text(" ").split())
    for shown in ("Fast frivillig", "Engelsk er fint", "Godt for unge", "Du får oplæring", "3 timer om ugen", "Mindst 16 år", "Du får svar inden for 5 dage."):
        assert shown in text
    assert roles[0].select_one('a[href^="mailto:"]')
    assert "Helper at the summer party" not in en.get_text()


def test_verified_date_and_edit_link(da, en, fixture_site):
    assert "Bekræftet af foreningen den 1. marts 2025" in da.select_one(".vv-entry__verified").get_text()
    assert "Confirmed by the association on 1 March 2025" in en.select_one(".vv-entry__verified").get_text()
    edit = da.select_one(".vv-entry__edit")
    assert edit.get_text(strip=True) == "Ret oplysninger"
    assert edit["href"] == "../../tilfoej/?ret=solsikken"  # the form, filled in with the entry
    english = en.select_one(".vv-entry__edit")
    assert (english.get_text(strip=True), english["href"]) == ("Correct the information", "../../../en/add/?edit=solsikken")
    assert not da.select(".vv-notice--warning")


def test_unconfirmed_and_stale_entries_say_so(fixture_site):
    unconfirmed = fixture_site.page("tilbud/kun-dansk/")
    assert unconfirmed.select_one(".vv-entry__verified").get_text(" ", strip=True) == "Ikke bekræftet af foreningen Hvad betyder det?"
    stale = fixture_site.page("tilbud/vold/")
    warning = stale.select_one(".vv-notice--warning")
    assert "Oplysningerne kan være forældede" in warning.get_text()
    assert "Bekræftet af tjenesten den 15. januar 2023" in stale.select_one(".vv-entry__verified").get_text()


def test_main_content_is_marked_for_the_search_index(da):
    assert da.select_one("article[data-pagefind-body]").h1.get_text(strip=True) == "Foreningen Solsikken"
