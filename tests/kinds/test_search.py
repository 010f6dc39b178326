"""Grants in the search index: each current grant's page is a record in each language with the type
filter "Puljer"/"Grants", and the search page offers that filter; a closed grant is not indexed."""

from __future__ import annotations

from vejviser.kinds.grants import current_grants
from vejviser.kinds.load import load_kinds
from vejviser.search.records import search_records
from vejviser.vocabulary import load_vocabularies

from .sitebuild import BUILD_DATE, FIXTURES, REPO


def test_current_grants_are_records_with_their_own_type_in_both_languages():
    vocabularies, _ = load_vocabularies(REPO / "content" / "vocabularies")
    kinds, problems = load_kinds(FIXTURES / "content", vocabularies)
    assert problems == []
    records = list(search_records([], [], vocabularies, BUILD_DATE, ("da", "en"), current_grants(kinds.grants, BUILD_DATE)))
    by_url = {record.url: record for record in records}
    assert set(by_url) == {
        "/puljer/eksempel-sidste-dag/", "/puljer/eksempel-aabent/", "/puljer/eksempel-kommende/",
        "/en/grants/eksempel-sidste-dag/", "/en/grants/eksempel-aabent/", "/en/grants/eksempel-kommende/",
    }  # fmt: skip
    da, en = by_url["/puljer/eksempel-aabent/"], by_url["/en/grants/eksempel-aabent/"]
    assert da.filters["Vis"] == ["Puljer"] and en.filters["Show"] == ["Grants"]
    assert (da.title, en.title) == ("Eksempelpuljen til fællesskaber", "The Example Fund for communities")
    assert en.meta["kind"] == "Grant · deadline 1 October 2026"
    assert "loneliness" in en.text and "Eksempeludvalget" in da.text
    assert by_url["/en/grants/eksempel-sidste-dag/"].meta["title_lang"] == "da"


def test_the_search_page_offers_the_grants_filter(site):
    labels = [" ".join(label.get_text().split()) for label in site.page("en/search/").select("main label")]
    assert any(label.startswith("Grants") for label in labels), labels


def test_rooms_are_records_with_their_town_capacity_and_facts():
    vocabularies, _ = load_vocabularies(REPO / "content" / "vocabularies")
    kinds, _ = load_kinds(FIXTURES / "content", vocabularies)
    records = {record.url: record for record in search_records([], [], vocabularies, BUILD_DATE, ("da", "en"), rooms=kinds.rooms)}
    assert set(records) == {"/lokaler/eksempel-moedelokalet/", "/lokaler/eksempel-salen/", "/en/rooms/eksempel-moedelokalet/", "/en/rooms/eksempel-salen/"}
    room = records["/en/rooms/eksempel-moedelokalet/"]
    assert room.filters == {"Show": ["Rooms"], "Area": ["Esbjerg"], "Places": ["21-50"], "The room": ["Step-free access", "Free for associations"]}
    assert records["/lokaler/eksempel-salen/"].filters == {"Vis": ["Lokaler"], "Område": ["Ribe"], "Pladser": ["Over 50"]}
    assert "Projector" in room.text and room.meta["kind"] == "Room"
