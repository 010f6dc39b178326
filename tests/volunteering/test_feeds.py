"""The Atom feeds of new volunteer roles, read with a feed parser as a feed reader would."""

from __future__ import annotations

import feedparser
import pytest
from bs4 import BeautifulSoup

from .sitebuild import SITEURL

FEEDS = {"da": "frivillig/nye-opgaver.atom.xml", "en": "en/volunteer/new-roles.atom.xml"}
# Newest first by the role's `posted` date, else its entry's `added` date (fixtures/README.md).
NEWEST_FIRST = [
    "eksempel-natteravnene/havedag",  # posted 8 March
    "eksempel-sommerlejren/lejrhjaelper",  # posted 5 March
    "eksempel-faellesskabshuset/foraarsklargoering",  # posted 1 March
    "ad-hoc/sidste-dag",  # no posted date; the entry was added 20 February
    "eksempel-faellesskabshuset/kaffebrygger",  # posted 1 February
    "eksempel-natteravnene/nattevandrer",  # posted 5 January
    "eksempel-natteravnene/indsamler",  # no posted date; the entry was added 1 December 2025
]


def _feed(site, lang):
    parsed = feedparser.parse(site.read_bytes(FEEDS[lang]))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def _paragraphs(html: str) -> list[str]:
    """The paragraphs a feed reader shows for an HTML summary."""
    return [p.get_text() for p in BeautifulSoup(html, "html.parser").find_all("p")]


def _roles(feed):
    return ["/".join(entry.link.rstrip("/").split("/")[-2:]) for entry in feed.entries]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_current_roles_newest_first(site, lang):
    feed = _feed(site, lang)
    assert _roles(feed) == NEWEST_FIRST
    # Posted after everything above, but ended yesterday: not in the feed.
    assert "loppemarked" not in str(feed) and "vinterhjaelper" not in str(feed)


def test_a_role_without_any_date_to_go_by_is_not_in_the_feed(site):
    assert "aeblelauget/plukker" not in _roles(_feed(site, "da"))  # on the site, but not "new" on any day


def test_danish_feed_items(site):
    feed = _feed(site, "da")
    assert feed.feed.language == "da"
    assert feed.feed.title == "Nye frivillige opgaver – Vejviser"
    assert feed.feed.updated == "2026-03-08T00:00:00+01:00"  # the newest role, not the clock
    garden = feed.entries[0]
    assert garden.title == "Havedag – Eksempel Natteravnene"
    assert garden.link == f"{SITEURL}/frivillig/eksempel-natteravnene/havedag/"
    assert garden.published == garden.updated == "2026-03-08T00:00:00+01:00"
    assert _paragraphs(garden.summary) == ["Periode: fra 1. april 2026", "Vi planter blomster ved klubhuset."]
    one_off = next(entry for entry in feed.entries if entry.link.endswith("/foraarsklargoering/"))
    assert _paragraphs(one_off.summary)[0] == "Dato: 15. marts 2026"
    assert [(tag.term, tag.label) for tag in garden.tags] == [("ad-hoc", "Ad hoc / enkeltstående opgave")]


def test_english_feed_items(site):
    feed = _feed(site, "en")
    assert feed.feed.language == "en"
    assert feed.feed.title == "New volunteer tasks – Vejviser"
    camp = feed.entries[1]
    assert camp.title == "Camp helper – Eksempel Sommerlejren"
    assert camp.link == f"{SITEURL}/en/volunteer/eksempel-sommerlejren/lejrhjaelper/"
    assert _paragraphs(camp.summary) == ["Period: from 1 July 2026 until 5 July 2026", "You help at the camp for five days.", "You sleep at the camp."]
    assert BeautifulSoup(camp.summary, "html.parser").h2.get_text() == "Practical matters"  # the description's own heading
    assert [tag.label for tag in camp.tags] == ["Event"]


def test_a_role_is_the_same_item_in_both_languages_and_ids_are_unique(site):
    danish, english = _feed(site, "da"), _feed(site, "en")
    assert [entry.id for entry in danish.entries] == [entry.id for entry in english.entries]
    assert len({entry.id for entry in danish.entries}) == len(NEWEST_FIRST)
    assert danish.feed.id != english.feed.id
    assert all(entry.id.startswith("urn:uuid:") for entry in danish.entries)
