"""Grants on the built site: "Åbne puljer" lists open calls (soonest deadline first), then coming
ones, in both languages; a grant whose deadline has passed at the build date is on no page; each
current grant has a page with every field; the home page and "For foreninger" lead to them."""

from __future__ import annotations

import pytest

OPEN_ORDER = ["eksempel-sidste-dag", "eksempel-aabent"]  # deadline today first, then in 16 days
COMING = ["eksempel-kommende"]
LISTS = {"da": "puljer/", "en": "en/grants/"}


def grant_ids(site, url: str, section: str) -> list[str]:
    return [link.rstrip("/").rsplit("/", 1)[-1] for link in site.links(url, f"main #{section} ~ .vv-grant-list .vv-card__link")]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_open_calls_come_first_soonest_deadline_first_then_coming_ones(site, lang):
    url = LISTS[lang]
    assert grant_ids(site, url, "open") == OPEN_ORDER
    assert grant_ids(site, url, "coming") == COMING
    assert site.page(url).select_one("h1").get_text() == {"da": "Åbne puljer", "en": "Open grants"}[lang]


def test_the_list_says_how_long_is_left_in_the_readers_language(site):
    assert "Frist 15. september 2026 (i dag)" in site.text("puljer/")
    assert "Frist 1. oktober 2026 (om 16 dage)" in site.text("puljer/")
    assert "Deadline 1 October 2026 (in 16 days)" in site.text("en/grants/")
    assert "Opens 1 November 2026 · Deadline 1 December 2026" in site.text("en/grants/")


def test_a_grant_past_its_deadline_is_gone_by_itself(site):
    for lang, url in LISTS.items():
        assert "eksempel-lukket" not in " ".join(site.links(url, "main a"))
        assert "lukkede" not in site.text(url)
        assert not site.exists(f"{url}eksempel-lukket/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "puljer/eksempel-aabent/",
            ["Eksempelpuljen til fællesskaber", "Eksempeludvalget", "Det støtter puljen", "Aktiviteter mod ensomhed",
             "Hvem kan søge", "Frivillige sociale foreninger i eksempelkommunen.", "Beløb 5.000-50.000 kr.",
             "Åbner for ansøgninger 1. september 2026", "Ansøgningsfrist 1. oktober 2026", "Afgørelse 15. november 2026",
             "Frist for regnskab og rapport 31. marts 2027", "Sådan søger I", "CVR-nummer", "Budget for aktiviteten",
             "puljer@example.org", "88 88 88 11", "læst 1. september 2026"],
        ),
        (
            "en/grants/eksempel-aabent/",
            ["The Example Fund for communities", "The Example Committee", "What the grant supports", "Activities against loneliness",
             "Who may apply", "Amount DKK 5,000-50,000", "Applications open 1 September 2026", "Application deadline 1 October 2026",
             "Decision 15 November 2026", "Reporting deadline 31 March 2027", "How to apply for the grant", "CVR number",
             "puljer@example.org", "read 1 September 2026"],
        ),
    ],
)  # fmt: skip
def test_a_grant_page_shows_every_field(site, url, expected):
    text = site.text(url)
    missing = [part for part in expected if part not in text]
    assert not missing, f"{url} lacks {missing}"
    page = site.page(url)
    assert page.select_one('a[href="https://puljer.example.org/ansoeg"]') is not None
    assert page.select_one('a[href="mailto:puljer@example.org"]') is not None
    assert page.select_one('a[href="tel:+4588888811"]') is not None


def test_danish_only_text_is_marked_on_the_english_page(site):
    page = site.page("en/grants/eksempel-sidste-dag/")
    title = page.select_one("h1")
    assert title.get("lang") == "da" and "Only in Danish" in title.get_text()


def test_grant_pages_link_the_feed_and_calendar(site):
    assert "puljer/puljer.atom.xml" in site.links("puljer/", 'head link[type="application/atom+xml"]')
    assert site.links("puljer/", 'head link[type="text/calendar"]') == ["puljer/frister.ics"]
    assert site.links("en/grants/eksempel-aabent/", 'main a[type="text/calendar"]') == ["en/grants/deadlines.ics"]


@pytest.mark.parametrize(("home", "grants", "contacts"), [("", "puljer/", "kontakt-kommunen/"), ("en/", "en/grants/", "en/contact-the-municipality/")])
def test_home_page_leads_to_grants_and_contacts(site, home, grants, contacts):
    assert {grants, contacts} <= set(site.links(home, "main #associations ~ ul a"))


def test_for_associations_leads_to_grants_and_contacts(site):
    assert {"puljer/", "kontakt-kommunen/"} <= set(site.links("for-foreninger/", "main a"))
    assert {"en/grants/", "en/contact-the-municipality/"} <= set(site.links("en/for-associations/", "main a"))


def test_without_grants_the_page_says_so(empty_site):
    assert "Ingen puljer er åbne for ansøgninger lige nu." in empty_site.text("puljer/")
    assert "No grant is open for applications right now." in empty_site.text("en/grants/")
    assert empty_site.page("puljer/").select(".vv-grant-card") == []
