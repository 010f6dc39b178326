"""The calendars of volunteer tasks with dates, read with an iCalendar parser as a calendar app would."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from vejviser.opendata.publication import Publication
from vejviser.volunteering.calendar import tasks_calendar

from .sitebuild import SITEURL

CALENDARS = {"da": "frivillig/opgaver.ics", "en": "en/volunteer/tasks.ics"}
UTC = datetime.timezone.utc


def _calendar(site, lang) -> Calendar:
    return Calendar.from_ical(site.read_bytes(CALENDARS[lang]))


def _events(site, lang) -> dict[str, object]:
    return {str(event["uid"]): event for event in _calendar(site, lang).walk("VEVENT")}


# uid → (first day, day after the last day): one-off tasks, an ad hoc task from its start day and an
# event over five days. Regular roles with dates, and tasks that ended yesterday, are not in it.
EXPECTED_DAYS = {
    "eksempel-natteravnene-indsamler@vejviser.example.org": (datetime.date(2026, 3, 12), datetime.date(2026, 3, 13)),
    "eksempel-faellesskabshuset-foraarsklargoering@vejviser.example.org": (datetime.date(2026, 3, 15), datetime.date(2026, 3, 16)),
    "eksempel-natteravnene-havedag@vejviser.example.org": (datetime.date(2026, 4, 1), datetime.date(2026, 4, 2)),
    "eksempel-sommerlejren-lejrhjaelper@vejviser.example.org": (datetime.date(2026, 7, 1), datetime.date(2026, 7, 6)),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_dated_tasks_are_all_day_events(site, lang):
    events = _events(site, lang)
    assert set(events) == set(EXPECTED_DAYS)
    for uid, (first, after_last) in EXPECTED_DAYS.items():
        start, end = events[uid].decoded("dtstart"), events[uid].decoded("dtend")
        assert type(start) is datetime.date and type(end) is datetime.date, uid  # all day, not a time
        assert (start, end) == (first, after_last), uid
        assert events[uid]["transp"] == "TRANSPARENT"


def test_danish_calendar(site):
    calendar = _calendar(site, "da")
    assert str(calendar["x-wr-calname"]) == "Frivillige opgaver med dato – Vejviser"
    event = _events(site, "da")["eksempel-faellesskabshuset-foraarsklargoering@vejviser.example.org"]
    assert str(event["summary"]) == "Forårsklargøring af haven – Eksempel Fællesskabshuset"
    assert str(event["url"]) == f"{SITEURL}/frivillig/eksempel-faellesskabshuset/foraarsklargoering/"
    description = str(event["description"])
    assert "Vi gør haven klar en lørdag." in description
    assert "Sådan melder du dig: Skriv til huset@example.org." in description


def test_english_calendar(site):
    calendar = _calendar(site, "en")
    assert str(calendar["x-wr-calname"]) == "Volunteer tasks with a date – Vejviser"
    event = _events(site, "en")["eksempel-sommerlejren-lejrhjaelper@vejviser.example.org"]
    assert str(event["summary"]) == "Camp helper – Eksempel Sommerlejren"
    assert str(event["url"]) == f"{SITEURL}/en/volunteer/eksempel-sommerlejren/lejrhjaelper/"
    assert "How to apply: Write to lejren@example.org." in str(event["description"])


def test_timestamps_come_from_the_data_not_the_clock(site):
    events = _events(site, "da")
    # Posted 1 March; midnight in Denmark is 23:00 the day before in UTC.
    assert events["eksempel-faellesskabshuset-foraarsklargoering@vejviser.example.org"].decoded("dtstamp") == datetime.datetime(2026, 2, 28, 23, tzinfo=UTC)
    # No posted date: the day the entry was added.
    assert events["eksempel-natteravnene-indsamler@vejviser.example.org"].decoded("dtstamp") == datetime.datetime(2025, 11, 30, 23, tzinfo=UTC)


def test_with_no_dated_tasks_the_calendar_is_still_valid():
    """RFC 5545 wants at least one component: Denmark's VTIMEZONE, whose rules match the zone database."""
    calendar = Calendar.from_ical(tasks_calendar([], Publication(SITEURL, datetime.date(2026, 12, 6), "Vejviser"), "da"))
    assert [component.name for component in calendar.subcomponents] == ["VTIMEZONE"]
    (zone,) = calendar.walk("VTIMEZONE")
    copenhagen = ZoneInfo("Europe/Copenhagen")
    for moment in (datetime.datetime(2026, 3, 29, 1, 59), datetime.datetime(2026, 3, 29, 3, 1), datetime.datetime(2026, 10, 25, 3, 1), datetime.datetime(2031, 7, 1, 12)):
        assert zone.to_tz().utcoffset(moment) == copenhagen.utcoffset(moment), moment
