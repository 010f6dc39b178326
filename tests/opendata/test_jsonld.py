"""schema.org JSON-LD for an entry: parsed back out of its `<script>` data block and checked."""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser

from vejviser.opendata.jsonld import entry_jsonld, jsonld_script

from .common import SITEURL


class _DataBlocks(HTMLParser):
    """Collects the text of every `<script type="application/ld+json">`, as a browser would split it."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self.scripts = 0
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
            self._inside = dict(attrs).get("type") == "application/ld+json"
            if self._inside:
                self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def parse_jsonld(html: str) -> list[dict]:
    parser = _DataBlocks()
    parser.feed(html)
    return [json.loads(block) for block in parser.blocks]


def _jsonld(directory, publication, slug, lang="da"):
    entry = directory.entry(slug)
    (data,) = parse_jsonld(str(jsonld_script(entry_jsonld(entry, lang, directory.vocabularies, publication))))
    return data


def test_an_association_is_an_ngo_with_address_phone_areas_website_and_hours(directory, publication):
    data = _jsonld(directory, publication, "eksempel-vaerestedet")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NGO"
    assert data["name"] == "Eksempel-Værestedet" and data["alternateName"] == ["Værestedet"]
    assert data["url"] == f"{SITEURL}/tilbud/eksempel-vaerestedet/"
    assert data["sameAs"] == "https://example.org/vaerestedet"
    assert data["telephone"] == "+4575123456"
    assert [point["telephone"] for point in data["contactPoint"]] == ["+4575123456", "+4575654321"]
    assert data["contactPoint"][0]["contactType"] == "Værestedet"
    assert data["areaServed"] == [{"@type": "City", "name": "Esbjerg"}, {"@type": "City", "name": "Ribe"}]
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Eksempelvej 1",
        "postalCode": "6700",
        "addressLocality": "Esbjerg",
        "addressCountry": "DK",
    }
    place = data["location"][0]
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 55.4765, "longitude": 8.4594}
    assert {feature["name"]: feature["value"] for feature in place["amenityFeature"]} == {
        "Adgang uden trin": True,
        "Handicaptoilet": False,
        "Teleslynge": True,
    }
    hours = place["openingHoursSpecification"]
    assert hours[0] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Wednesday"],
        "opens": "10:00",
        "closes": "14:00",
    }
    closed = next(spec for spec in hours if spec.get("validFrom") == "2026-12-24")
    assert (closed["validThrough"], closed["opens"], closed["closes"]) == ("2026-12-24", "00:00", "00:00")
    assert "openingHoursSpecification" not in data["location"][1]  # the second place has no hours


def test_the_english_page_speaks_english_and_links_to_itself(directory, publication):
    data = _jsonld(directory, publication, "eksempel-vaerestedet", "en")
    assert data["url"] == f"{SITEURL}/en/services/eksempel-vaerestedet/"
    assert data["description"].startswith("A fictional drop-in café")
    assert data["contactPoint"][0]["contactType"] == "The café"


def test_danish_text_on_an_english_page_is_tagged_as_danish(directory, publication):
    data = _jsonld(directory, publication, "eksempel-gaeldsraadgivning", "en")
    assert data["description"] == {"@value": "Fiktiv rådgivning om gæld og økonomi. Kun på dansk.", "@language": "da"}


def test_a_municipal_service_is_a_government_organization_and_nothing_is_invented(directory, publication):
    data = _jsonld(directory, publication, "eksempel-gaeldsraadgivning")
    assert data["@type"] == "GovernmentOrganization"
    assert data["areaServed"] == [{"@type": "AdministrativeArea", "name": "Hele Esbjerg Kommune"}]
    for absent in ("address", "location", "sameAs", "email", "alternateName"):
        assert absent not in data


def test_a_national_helpline_serves_denmark(real_directory, publication):
    data = _jsonld(real_directory, publication, "livslinien", "en")
    assert data["@type"] == "Organization"
    assert {"@type": "Country", "name": "Denmark"} in data["areaServed"]


def test_text_cannot_break_out_of_the_data_block(directory, publication):
    entry = dataclasses.replace(directory.entry("aeblehaven"), name='Ond </script><script>alert("x")</script> <!--')
    html = str(jsonld_script(entry_jsonld(entry, "da", directory.vocabularies, publication)))
    parser = _DataBlocks()
    parser.feed(html)
    assert parser.scripts == 1
    assert json.loads(parser.blocks[0])["name"] == entry.name
