"""What a citizen sees in "Bliv frivillig", its browse pages and the role pages, built on 2026-03-10.

The fixture roles (fixtures/README.md) start, end and have ended around that date.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .sitebuild import BUILD_DATE, REPO, assemble_content

# Every current role, in the order "Bliv frivillig" lists it: the upcoming dated tasks, soonest
# first, then the rest by entry name in Danish order (Æ last), each entry's roles in file order.
LISTED = [
    "eksempel-natteravnene/indsamler",  # 12 March
    "eksempel-faellesskabshuset/foraarsklargoering",  # 15 March
    "eksempel-natteravnene/havedag",  # starts 1 April
    "eksempel-sommerlejren/lejrhjaelper",  # 1–5 July
    "ad-hoc/sidste-dag",  # ends today: still there
    "eksempel-faellesskabshuset/kaffebrygger",
    "eksempel-natteravnene/nattevandrer",  # started in January: ongoing, not "upcoming"
    "aeblelauget/plukker",
]
ENDED = ["eksempel-faellesskabshuset/loppemarked", "eksempel-natteravnene/vinterhjaelper"]


@pytest.mark.parametrize("url", ["frivillig/", "en/volunteer/"])
def test_the_section_lists_current_roles_soonest_dated_task_first(site, url):
    assert site.role_cards(url) == LISTED


def test_ended_roles_have_no_page_and_are_not_listed_anywhere(site):
    for role in ENDED:
        assert not site.exists(f"frivillig/{role}/") and not site.exists(f"en/volunteer/{role}/")
    for url in ("frivillig/", "frivillig/ad-hoc/", "en/volunteer/no-danish-needed/"):
        assert not set(ENDED) & set(site.role_cards(url))
    assert "Hjælper til loppemarkedet" not in site.text("tilbud/eksempel-faellesskabshuset/")
    assert "Winter helper" not in site.text("en/services/eksempel-natteravnene/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Ad hoc: commitment "ad hoc / one-off"; the event role is not one.
        ("frivillig/ad-hoc/", ["eksempel-natteravnene/indsamler", "eksempel-faellesskabshuset/foraarsklargoering", "eksempel-natteravnene/havedag"]),
        # Young people: youth-friendly, or a minimum age under 18 (the night walkers want 18+).
        ("frivillig/unge/", ["eksempel-sommerlejren/lejrhjaelper", "eksempel-faellesskabshuset/kaffebrygger", "aeblelauget/plukker"]),
        ("frivillig/ingen-dansk/", [
            "eksempel-faellesskabshuset/foraarsklargoering", "eksempel-natteravnene/havedag",
            "eksempel-sommerlejren/lejrhjaelper", "eksempel-natteravnene/nattevandrer",
        ]),
    ],
)
def test_browse_pages_work_without_javascript(site, url, expected):
    assert site.role_cards(url) == expected
    english = url.replace("frivillig/", "en/volunteer/").replace("unge/", "young-people/").replace("ingen-dansk/", "no-danish-needed/")
    assert site.role_cards(english) == expected


def test_browse_pages_have_their_names_in_both_languages(site):
    headings = {url: site.page(url).h1.get_text(strip=True) for url in (
        "frivillig/ad-hoc/", "frivillig/unge/", "frivillig/ingen-dansk/",
        "en/volunteer/ad-hoc/", "en/volunteer/young-people/", "en/volunteer/no-danish-needed/",
    )}
    assert list(headings.values()) == ["Ad hoc-opgaver", "For unge", "Ingen dansk nødvendig", "Ad hoc tasks", "For young people", "No Danish needed"]


def test_the_main_page_leads_to_the_browse_pages_and_the_guide(site):
    links = site.links("frivillig/", "main a")
    for browse in ("frivillig/ad-hoc/", "frivillig/unge/", "frivillig/ingen-dansk/"):
        assert browse in links
    guide = site.page("frivillig/").select_one("main .vv-notice a")
    assert guide.get_text(strip=True) == "Sådan bliver du frivillig"
    assert site.links("en/volunteer/", "main .vv-notice a") == ["en/volunteer-guide/"]


def test_an_entry_named_like_a_browse_page_does_not_take_its_place(site):
    """The entry `ad-hoc` has role pages under `frivillig/ad-hoc/`; the browse page stays the browse page."""
    assert site.page("frivillig/ad-hoc/").h1.get_text(strip=True) == "Ad hoc-opgaver"
    assert site.page("frivillig/ad-hoc/sidste-dag/").h1.get_text(strip=True) == "Hjælper til sidste åbningsdag"


def test_a_role_page_shows_every_fact_in_danish(site):
    text = site.text("frivillig/eksempel-sommerlejren/lejrhjaelper/")
    assert site.page("frivillig/eksempel-sommerlejren/lejrhjaelper/").h1.get_text(strip=True) == "Lejrhjælper"
    for shown in (
        "Hos Eksempel Sommerlejren",
        "Du hjælper på lejren i fem dage.",
        "Hvor meget tid Arrangement",
        "Periode Fra 1. juli 2026 til 5. juli 2026",
        "Alder Mindst 16 år",
        "Dansk Ikke nødvendigt – engelsk er fint",
        "Børneattest Kræves, fordi du skal arbejde med børn",
        "Oplæring Foreningen lærer dig opgaven",
        "Sådan melder du dig Skriv til lejren@example.org.",
        "Du får svar inden for 7 dage.",
    ):
        assert shown in text, shown
    assert "Godt for unge" not in text  # 16+, but the camp does not call it a role for young people


def test_a_role_page_shows_every_fact_in_english(site):
    text = site.text("en/volunteer/eksempel-faellesskabshuset/foraarsklargoering/")
    for shown in (
        "Getting the garden ready for spring",
        "At Eksempel Fællesskabshuset",
        "How much time Ad hoc / one-off task",
        "Time 10 am to 2 pm",
        "Date 15 March 2026",
        "Danish Not needed – English is fine",
        "How to apply Write to huset@example.org.",
        "You will get an answer within 2 days.",
        "Phone 99 99 99 01",
        "E-mail huset@example.org",
    ):
        assert shown in text, shown


def test_dated_tasks_show_their_date_in_each_language_on_the_list(site):
    def card(url, role):
        return next(
            " ".join(item.get_text(" ").split())
            for item in site.page(url).select("main .vv-role-card")
            if item.select_one(".vv-card__link")["href"].rstrip("/").endswith(role)
        )

    assert "12. marts 2026" in card("frivillig/", "indsamler")
    assert "12 March 2026" in card("en/volunteer/", "indsamler")
    assert "Fra 1. april 2026" in card("frivillig/", "havedag")
    assert "From 1 April 2026" in card("en/volunteer/", "havedag")
    assert "Indtil 10. marts 2026" in card("frivillig/", "sidste-dag")


def test_a_role_in_danish_only_says_so_on_the_english_page(site):
    heading = site.page("en/volunteer/aeblelauget/plukker/").h1
    assert heading["lang"] == "da" and "Only in Danish" in heading.get_text()


def test_the_entry_page_links_each_current_role_to_its_page(site):
    page = site.page("tilbud/eksempel-natteravnene/")
    anchors = [role["id"] for role in page.select("#volunteer ~ .vv-role")]
    assert anchors == ["rolle-indsamler", "rolle-nattevandrer", "rolle-havedag"]
    assert site.links("tilbud/eksempel-natteravnene/", ".vv-role__page a") == [
        "frivillig/eksempel-natteravnene/indsamler/", "frivillig/eksempel-natteravnene/nattevandrer/", "frivillig/eksempel-natteravnene/havedag/",
    ]


def test_role_pages_link_to_the_other_language(site):
    alternates = {link["hreflang"]: link["href"] for link in site.page("frivillig/eksempel-natteravnene/havedag/").select("link[rel=alternate][hreflang]")}
    assert alternates["en"].endswith("en/volunteer/eksempel-natteravnene/havedag/")


def test_volunteer_pages_point_feed_readers_and_calendars_to_the_files(site):
    head = site.page("en/volunteer/").head
    assert head.select_one('link[type="application/atom+xml"][title="New volunteer tasks"]')["href"].endswith("en/volunteer/new-roles.atom.xml")
    assert head.select_one('link[type="text/calendar"]')["href"].endswith("en/volunteer/tasks.ics")
    assert "frivillig/opgaver.ics" in site.links("frivillig/", "main a")


def test_the_validator_warns_about_exactly_the_roles_that_ended(tmp_path):
    """The build leaves ended roles out; `vejviser validate` tells the association to remove them."""
    content = assemble_content(tmp_path / "content")
    noon = datetime.datetime.combine(BUILD_DATE, datetime.time(12), datetime.timezone.utc)
    run = subprocess.run(
        [str(Path(sys.executable).parent / "vejviser"), "validate", "--content", str(content), "--lang", "en"],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(int(noon.timestamp()))},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    warned = sorted(line.split("'")[1] for line in (run.stdout + run.stderr).splitlines() if "'" in line)
    assert warned == ["loppemarked", "vinterhjaelper"]


@pytest.mark.parametrize(("guide", "section"), [("bliv-frivillig-guide/", "frivillig/"), ("en/volunteer-guide/", "en/volunteer/")])
def test_the_guide_leads_to_the_browse_pages_for_young_people_internationals_and_ad_hoc(site, guide, section):
    links = [link for link in site.links(guide, "main a") if link.startswith(section)]
    assert len(links) >= 4 and all(site.exists(link) for link in links), links
    browse = {"frivillig/": ("ad-hoc/", "unge/", "ingen-dansk/"), "en/volunteer/": ("ad-hoc/", "young-people/", "no-danish-needed/")}[section]
    assert {section + name for name in browse} <= set(links)


def test_headings_in_a_role_description_fit_the_outline_of_each_page(site):
    """On the role's page its title is the h1; on the entry's page, roles are h3 under "Volunteer here"."""
    role_page = site.page("frivillig/eksempel-sommerlejren/lejrhjaelper/")
    assert [(h.name, h.get_text(strip=True)) for h in role_page.select("main h2")][:2] == [("h2", "Det praktiske"), ("h2", "Sådan melder du dig")]
    entry_page = site.page("en/services/eksempel-sommerlejren/")
    role = entry_page.select_one("#rolle-lejrhjaelper")
    assert [(h.name, h.get_text(strip=True)) for h in role.select("h3, h4")] == [("h3", "Camp helper"), ("h4", "Practical matters"), ("h4", "How to apply")]
