"""The grants' Atom feed and iCalendar of deadlines, as a feed reader and a calendar app read them:
current calls only, absolute links, an all-day event on each deadline with a reminder a week before,
in both languages; valid also when there are no grants."""

from __future__ import annotations

import datetime

import feedparser
import pytest
from icalendar import Calendar

SITEURL = "https://vejviser.example.org"
FEEDS = {"da": "puljer/puljer.atom.xml", "en": "en/grants/grants.atom.xml"}
CALENDARS = {"da": "puljer/frister.ics", "en": "en/grants/deadlines.ics"}
CURRENT = {"eksempel-aabent", "eksempel-sidste-dag", "eksempel-kommende"}


def _feed(site, lang):
    feed = feedparser.parse(site.read_bytes(FEEDS[lang]))
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def _events(site, lang) -> dict:
    calendar = Calendar.from_ical(site.read_bytes(CALENDARS[lang]))
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_feed_lists_current_calls_newest_first(site, lang):
    feed = _feed(site, lang)
    grants = "puljer" if lang == "da" else "en/grants"
    # added 2026-09-01 (aabent) and 2026-08-20 (sidste-dag); kommende has no `added` and opens later,
    # so it is not new yet; lukket is closed.
    assert [entry.link for entry in feed.entries] == [f"{SITEURL}/{grants}/eksempel-aabent/", f"{SITEURL}/{grants}/eksempel-sidste-dag/"]
    assert feed.entries[0].published.startswith("2026-09-01T00:00:00+02:00")
    assert f'xml:lang="{lang}"'.encode() in site.read_bytes(FEEDS[lang])


def test_the_feed_says_the_window_in_the_readers_language(site):
    da = {entry.link.rsplit("/", 2)[-2]: entry for entry in _feed(site, "da").entries}
    en = {entry.link.rsplit("/", 2)[-2]: entry for entry in _feed(site, "en").entries}
    assert "Ansøgningsfrist: 1. oktober 2026" in da["eksempel-aabent"].summary
    assert en["eksempel-aabent"].title == "The Example Fund for communities"
    assert "Opens: 1 September 2026. Application deadline: 1 October 2026" in en["eksempel-aabent"].summary


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_calendar_has_each_current_deadline_with_a_reminder_a_week_before(site, lang):
    events = _events(site, lang)
    assert {uid.split("@")[0] for uid in events} == {f"grant-{grant}-deadline" for grant in CURRENT}
    event = events["grant-eksempel-aabent-deadline@vejviser.example.org"]
    assert event.decoded("dtstart") == datetime.date(2026, 10, 1)
    assert event.decoded("dtend") == datetime.date(2026, 10, 2)
    (alarm,) = event.walk("VALARM")
    assert alarm["action"] == "DISPLAY"
    assert alarm.decoded("trigger") == -datetime.timedelta(days=7)
    grants = "puljer" if lang == "da" else "en/grants"
    assert str(event["url"]) == f"{SITEURL}/{grants}/eksempel-aabent/"
    summary = {"da": "Ansøgningsfrist: Eksempelpuljen til fællesskaber", "en": "Application deadline: The Example Fund for communities"}
    assert str(event["summary"]) == summary[lang]


def test_the_calendar_carries_denmarks_time_zone(site):
    calendar = Calendar.from_ical(site.read_bytes(CALENDARS["da"]))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Copenhagen"


def test_feed_and_calendar_are_valid_with_no_grants(empty_site):
    for lang in ("da", "en"):
        feed = feedparser.parse(empty_site.read_bytes(FEEDS[lang]))
        assert not feed.bozo and feed.entries == []
        calendar = Calendar.from_ical(empty_site.read_bytes(CALENDARS[lang]))
        assert calendar.walk("VEVENT") == [] and len(calendar.walk("VTIMEZONE")) == 1
