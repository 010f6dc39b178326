"""Rooms on the built site: "Lokaler" by town, browse pages for step-free rooms and rooms free for
associations (the lists without JavaScript), a page per room with what matters for booking it and its
schema.org JSON-LD, in both languages; the home page leads there."""

from __future__ import annotations

import json

import pytest

MEETING_ROOM, HALL = "eksempel-moedelokalet", "eksempel-salen"


def room_ids(site, url: str) -> list[str]:
    return [link.rstrip("/").rsplit("/", 1)[-1] for link in site.links(url, "main .vv-room-card .vv-card__link")]


@pytest.mark.parametrize(("url", "towns"), [("lokaler/", ["Esbjerg", "Ribe"]), ("en/rooms/", ["Esbjerg", "Ribe"])])
def test_the_rooms_page_lists_every_room_by_town(site, url, towns):
    assert room_ids(site, url) == [MEETING_ROOM, HALL]
    assert [heading.get_text() for heading in site.page(url).select("main section h2")] == towns


@pytest.mark.parametrize(
    ("url", "expected"),
    [("lokaler/trinfri/", [MEETING_ROOM]), ("en/rooms/step-free/", [MEETING_ROOM]), ("lokaler/gratis-for-foreninger/", [MEETING_ROOM]), ("en/rooms/free-for-associations/", [MEETING_ROOM])],
)
def test_browse_pages_list_the_rooms_that_fit(site, url, expected):
    assert room_ids(site, url) == expected


def test_a_card_says_how_many_and_what_fits(site):
    card = " ".join(site.page("lokaler/").select_one(".vv-room-card").get_text(" ").split())
    assert "24 siddepladser" in card and "40 ståpladser" in card and "Adgang uden trin" in card and "Gratis for foreninger" in card


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"lokaler/{MEETING_ROOM}/", ["Ejes af Eksempel-Varmestuen", "Et lyst lokale med køkken", "Siddepladser 24", "Ståpladser 40",
                                      "Faciliteter Køkken, Projektor, Teleslynge", "Hvem kan låne det Frivillige sociale foreninger",
                                      "Pris Gratis for foreninger. Andre betaler 300 kr. pr. dag", "Eksempelvej 1", "6700 Esbjerg",
                                      "Adgang uden trin", "Handicaptoilet", "Tilgængelighedsrapport for bygningen", "Bookingsystem Eksempelbooking",
                                      "Book senest Senest 14 dage før", "Frist for sæsonbooking 15. februar", "booking@example.org",
                                      "læst 1. september 2026"]),
        (f"en/rooms/{MEETING_ROOM}/", ["Owned by Eksempel-Varmestuen", "A bright room with a kitchen", "Seats 24", "Standing 40",
                                       "Facilities Kitchen, Projector, Hearing loop", "Who may borrow it Voluntary social associations",
                                       "Price Free for associations. Others pay DKK 300 a day", "Step-free access", "Access report for the building",
                                       "Booking system Eksempelbooking", "Book at the latest At least 14 days ahead", "Deadline for a season 15 February"]),
        (f"en/rooms/{HALL}/", ["Owned by The example municipality", "Seats 120", "Who may borrow it Approved associations",
                               "Price DKK 500 an evening", "6760 Ribe", "There are steps at the entrance", "88 88 88 13"]),
    ],
)  # fmt: skip
def test_a_room_page_shows_what_matters_for_booking_it(site, url, expected):
    text = site.text(url)
    missing = [part for part in expected if part not in text]
    assert not missing, f"{url} lacks {missing}"


def test_an_owner_that_is_an_entry_is_linked(site):
    assert site.links(f"en/rooms/{MEETING_ROOM}/", "main .vv-lead a") == ["en/services/eksempel-varmestuen/"]
    assert site.page(f"lokaler/{MEETING_ROOM}/").select_one('a[href="https://booking.example.org/moedelokalet"]').get_text() == "Eksempelbooking"


def test_a_room_page_has_place_json_ld_with_its_capacity_and_facilities(site):
    data = json.loads(site.page(f"en/rooms/{MEETING_ROOM}/").select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Place" and data["name"] == "Eksempel-mødelokalet" and data["maximumAttendeeCapacity"] == 24
    assert data["address"]["postalCode"] == "6700" and data["address"]["streetAddress"] == "Eksempelvej 1"
    features = {feature["name"]: feature["value"] for feature in data["amenityFeature"]}
    assert features == {"Step-free access": True, "Accessible toilet": True, "Kitchen": True, "Projector": True, "Hearing loop": True}


@pytest.mark.parametrize(("home", "rooms"), [("", "lokaler/"), ("en/", "en/rooms/")])
def test_home_page_leads_to_rooms(site, home, rooms):
    assert rooms in site.links(home, "main #associations ~ ul a")


def test_without_rooms_the_pages_say_so(empty_site):
    assert "Vi kender endnu ikke til lokaler her." in empty_site.text("lokaler/")
    assert "We do not know of any rooms here yet." in empty_site.text("en/rooms/step-free/")


@pytest.mark.parametrize(("page", "tiles"), [("lokaler/", []), ("en/rooms/", []), ("en/rooms/step-free/", ["en/rooms/"])])
def test_without_rooms_no_tile_says_0_rooms(empty_site, page, tiles):
    """The "0 tilbud" mistake: a way on that leads to nothing is not offered (only "All rooms")."""
    text = empty_site.text(page)
    assert "0 lokaler" not in text and "0 rooms" not in text
    assert empty_site.links(page, "main .vv-tiles a") == tiles
