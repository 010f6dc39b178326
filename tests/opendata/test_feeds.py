"""Atom feeds of new and updated entries, read with a feed parser as a feed reader would."""

from __future__ import annotations

import feedparser

import datetime
from dataclasses import replace

from vejviser.history import Change, History
from vejviser.opendata.feeds import atom_feed, entry_id

from .common import SITEURL, load_fixture_directory


def _feed(directory, publication, lang):
    parsed = feedparser.parse(atom_feed(directory, publication, lang))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_newest_first_with_the_dates_from_the_data(directory, publication):
    feed = _feed(directory, publication, "da")
    # Æblehaven was added and confirmed 2026-11-01; the café was confirmed 2026-10-01 (added in January).
    assert [entry.title for entry in feed.entries] == ["Æblehaven Selvhjælp", "Eksempel-Værestedet"]
    cafe = feed.entries[1]
    assert cafe.published.startswith("2026-01-15T00:00:00+01:00")
    assert cafe.updated.startswith("2026-10-01T00:00:00+02:00")  # midnight in Denmark, summer time
    assert cafe.link == f"{SITEURL}/tilbud/eksempel-vaerestedet/"
    assert cafe.id == entry_id("eksempel-vaerestedet", "da")
    assert [tag.term for tag in cafe.tags] == ["loneliness", "mental-health"]
    assert feed.feed.updated.startswith("2026-11-01")


def test_an_entry_with_no_date_at_all_is_not_in_the_feed(directory, publication):
    titles = [entry.title for entry in _feed(directory, publication, "da").entries]
    assert "Eksempel Gældsrådgivning" not in titles  # neither added nor confirmed: no date to put it at


def test_one_feed_per_language(directory, publication):
    feed = _feed(directory, publication, "en")
    assert feed.feed.language == "en"
    assert feed.feed.title.startswith("New and updated services")
    cafe = next(entry for entry in feed.entries if entry.title == "Eksempel-Værestedet")
    assert cafe.summary.startswith("A fictional drop-in café")
    assert cafe.link == f"{SITEURL}/en/services/eksempel-vaerestedet/"
    assert [tag.label for tag in cafe.tags] == ["Loneliness and community", "Mental health"]


def test_each_language_has_its_own_ids_the_same_in_every_build(directory, publication, tmp_path):
    """A reader that follows both feeds must not merge an entry's translations into one item."""
    danish, english = (_feed(directory, publication, lang) for lang in ("da", "en"))
    assert {entry.id for entry in danish.entries}.isdisjoint(entry.id for entry in english.entries)
    again = load_fixture_directory(tmp_path / "again")
    assert [entry.id for entry in _feed(again, publication, "en").entries] == [entry.id for entry in english.entries]


def test_a_change_seen_in_git_makes_the_entry_updated(directory, publication):
    """The café's phone changed on 3 December (after it was confirmed in October): it is updated then."""
    history = {"eksempel-vaerestedet": History((Change(datetime.date(2026, 12, 3), (("phones", [], [{"number": "75 12 34 56"}]),)),))}
    feed = _feed(replace(directory, history=history), publication, "da")
    assert feed.entries[0].title == "Eksempel-Værestedet"
    assert feed.entries[0].updated.startswith("2026-12-03T00:00:00+01:00")
    assert feed.feed.updated.startswith("2026-12-03")


def test_same_input_gives_the_same_bytes(directory, publication, tmp_path):
    again = load_fixture_directory(tmp_path / "again")
    assert atom_feed(directory, publication, "da") == atom_feed(again, publication, "da")
