"""The exports as a real build publishes them: Pelican with the production settings, into a temp dir."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from jsonschema import Draft202012Validator, FormatChecker

from vejviser.opendata.datapackage import TABLES
from vejviser.opendata.sitemap import SITEMAP_NS, XHTML_NS

from .common import SITEURL, read_schema
from .sitebuild import build_published
from .test_jsonld import parse_jsonld

EXPORTS = (
    "data/associations.json",
    "data/associations.schema.json",
    "data/associations.csv",
    "data/rooms.json",
    "data/rooms.schema.json",
    "data/rooms.csv",
    "data/grants.json",
    "data/grants.schema.json",
    "data/grants.csv",
    "data/datapackage.json",
    "data/hsds/organizations.json",
    "data/hsds/en/organizations.json",
    "feeds/entries.atom.xml",
    "en/feeds/entries.atom.xml",
    "robots.txt",
    "sitemap.xml",
)


@pytest.fixture(scope="module")
def site(published_site) -> Path:
    return published_site


def _page(site: Path, url: str) -> BeautifulSoup:
    """The built page at a site URL (absolute or relative to the site root)."""
    path = url.removeprefix(SITEURL).lstrip("/")
    return BeautifulSoup((site / path / "index.html").read_text("utf-8"), "html.parser")


class _Tags(HTMLParser):
    """The attributes of every `<link>` and `<script>` of a page (quicker than a full tree for every page)."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[dict[str, str]] = []
        self.scripts: list[dict[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("link", "script"):
            getattr(self, f"{tag}s").append(dict(attrs))


def _tags(site: Path, url: str) -> _Tags:
    path = url.removeprefix(SITEURL).lstrip("/")
    return _Tags((site / path / "index.html").read_text("utf-8"))


def _sitemap(site: Path) -> dict[str, dict[str, str]]:
    root = ET.parse(site / "sitemap.xml").getroot()
    return {
        url.findtext(f"{{{SITEMAP_NS}}}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{{{XHTML_NS}}}link")}
        for url in root.findall(f"{{{SITEMAP_NS}}}url")
    }


def _html_pages(site: Path) -> set[str]:
    return {f"{SITEURL}/{path.parent.relative_to(site).as_posix()}/".replace("/./", "/") for path in site.rglob("index.html")}


def test_every_export_is_published(site):
    missing = [path for path in EXPORTS if not (site / path).is_file()]
    assert missing == []


def test_the_whole_hsds_export_validates_against_the_official_schema(site, hsds_schema_dir):
    validator = Draft202012Validator(read_schema(hsds_schema_dir / "compiled" / "organization.json"), format_checker=FormatChecker())
    entries = json.loads((site / "data/associations.json").read_text("utf-8"))["entries"]
    for path in ("data/hsds/organizations.json", "data/hsds/en/organizations.json"):
        organizations = json.loads((site / path).read_text("utf-8"))
        assert [org["name"] for org in organizations] == [entry["name"] for entry in entries]
        for org in organizations:
            assert [error.message for error in validator.iter_errors(org)] == [], org["name"]


def test_a_second_build_publishes_the_same_ids_and_the_same_bytes(site, site_source, tmp_path):
    again = build_published(site_source, tmp_path / "output", hash_seed="12345")
    for path in EXPORTS:
        assert (again / path).read_bytes() == (site / path).read_bytes(), path


def test_json_and_csv_agree_with_each_other_and_with_the_schema(site):
    document = json.loads((site / "data/associations.json").read_text("utf-8"))
    schema = json.loads((site / "data/associations.schema.json").read_text("utf-8"))
    assert list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(document)) == []
    rows = list(csv.DictReader(io.StringIO((site / "data/associations.csv").read_text("utf-8-sig"), newline=""), delimiter=";"))
    assert [row["slug"] for row in rows] == [entry["slug"] for entry in document["entries"]]
    assert [row["url_en"] for row in rows] == [entry["urls"]["en"] for entry in document["entries"]]


def test_every_entry_url_in_the_exports_is_a_real_page(site):
    entries = json.loads((site / "data/associations.json").read_text("utf-8"))["entries"]
    pages = _html_pages(site)
    assert {url for entry in entries for url in entry["urls"].values()} <= pages


def test_the_sitemap_lists_every_page_and_its_alternates_match_the_pages_themselves(site):
    sitemap = _sitemap(site)
    pages = _html_pages(site)
    redirects = {page for page in pages if 'http-equiv="refresh"' in (site / page[len(SITEURL) + 1 :] / "index.html").read_text("utf-8")}
    assert f"{SITEURL}/was/" in redirects and f"{SITEURL}/hjaelp/loneliness/" in redirects  # a short and an old address
    not_listed = {page for page in pages if "/udskriv/" in page or "/print/" in page} | redirects
    assert set(sitemap) == pages - not_listed
    for loc, alternates in sitemap.items():
        assert set(alternates.values()) <= pages, loc
        from_page = {link["hreflang"]: link["href"] for link in _tags(site, loc).links if link.get("rel") == "alternate" and "hreflang" in link}
        # The page's own hreflang links (absolute in production) say the same as the sitemap.
        assert {lang: href for lang, href in alternates.items() if lang != "x-default"} == from_page, loc
        if alternates:
            assert alternates["x-default"] == alternates["da"]


def test_robots_points_to_the_sitemap(site):
    assert f"Sitemap: {SITEURL}/sitemap.xml" in (site / "robots.txt").read_text("utf-8").splitlines()


def test_entry_pages_carry_json_ld_that_parses_and_matches_the_page(site):
    entries = json.loads((site / "data/associations.json").read_text("utf-8"))["entries"]
    for entry in entries:
        for lang, url in entry["urls"].items():
            page = _page(site, url)
            (data,) = parse_jsonld(str(page))
            assert data["@context"] == "https://schema.org"
            assert data["name"] == page.h1.get_text(strip=True) == entry["name"]
            assert data["url"] == url
            assert data.get("sameAs") == entry["contact"].get("website")
    cafe = parse_jsonld(str(_page(site, f"{SITEURL}/en/services/eksempel-vaerestedet/")))[0]
    assert cafe["@type"] == "NGO" and cafe["telephone"] == "+4575123456"
    assert cafe["location"][0]["openingHoursSpecification"][1]["dayOfWeek"] == ["https://schema.org/Friday"]


def test_the_only_inline_scripts_are_json_ld_data_blocks(site):
    """JSON-LD is data, not code: the CSP's script-src 'self' does not apply to it; nothing else is inline."""
    for path in site.rglob("*.html"):
        inline = [script for script in _Tags(path.read_text("utf-8")).scripts if not script.get("src")]
        assert all(script.get("type") == "application/ld+json" for script in inline), path


def test_open_graph_and_description_on_every_kind_of_page(site):
    for url in (f"{SITEURL}/", f"{SITEURL}/en/services/eksempel-vaerestedet/", f"{SITEURL}/hjaelp/ensomhed/", f"{SITEURL}/en/data/"):
        page = _page(site, url)
        og = {meta["property"]: meta["content"] for meta in page.find_all("meta", property=True)}
        description = page.find("meta", attrs={"name": "description"})["content"]
        assert og["og:url"] == url == page.find("link", rel="canonical")["href"]
        assert og["og:description"] == description.strip() != ""
        assert og["og:title"] and og["og:site_name"]
        assert og["og:locale"] == ("en_GB" if "/en/" in url else "da_DK")
    cafe = _page(site, f"{SITEURL}/en/services/eksempel-vaerestedet/")
    assert cafe.find("meta", property="og:description")["content"].startswith("A fictional drop-in café")


def test_the_feeds_are_linked_from_every_page_and_point_to_real_pages(site):
    pages = _html_pages(site)
    for lang, path in (("da", "feeds/entries.atom.xml"), ("en", "en/feeds/entries.atom.xml")):
        feed = feedparser.parse((site / path).read_bytes())
        assert not feed.bozo and feed.feed.language == lang
        assert feed.entries and {entry.link for entry in feed.entries} <= pages
        home = _page(site, f"{SITEURL}/{'en/' if lang == 'en' else ''}")
        assert home.find("link", type="application/atom+xml")["href"] == f"{SITEURL}/{path}"


@pytest.mark.parametrize("lang, url", [("da", "data/"), ("en", "en/data/")])
def test_the_data_page_documents_every_csv_column_and_links_to_real_files(site, lang, url):
    page = _page(site, url)
    documented = [{row.find("code").get_text(): row.find_all("td")[1].get_text() for row in table.tbody.find_all("tr")} for table in page.find_all("table")[1:]]
    assert documented == [{column.name: column.description.get(lang) for column in table.columns} for table in TABLES]  # associations, rooms, grants
    content = page.find("article")
    links = [a["href"].removeprefix(SITEURL) for a in content.find_all("a", href=True)]
    downloads = {href for href in links if href.startswith(("/data/", "/feeds/", "/en/feeds/"))}
    assert len(downloads) == 15
    for href in downloads:
        assert (site / href.lstrip("/")).is_file(), href
    assert "CC0 1.0" in page.get_text()


def test_the_data_page_is_linked_from_the_footer_of_every_page(site):
    for url, expected in ((f"{SITEURL}/", f"{SITEURL}/data/"), (f"{SITEURL}/en/a-z/", f"{SITEURL}/en/data/")):
        footer = _page(site, url).find("footer")
        assert expected in [a["href"] for a in footer.find_all("a", href=True)]


def test_a_development_build_without_siteurl_still_publishes_the_data_but_no_sitemap(development_site):
    output = development_site
    assert not (output / "sitemap.xml").exists()
    assert "Sitemap" not in (output / "robots.txt").read_text("utf-8")
    entries = json.loads((output / "data/associations.json").read_text("utf-8"))["entries"]
    assert entries[0]["urls"]["da"].startswith("/tilbud/")
    feed = feedparser.parse((output / "feeds/entries.atom.xml").read_bytes())
    assert not feed.bozo and feed.feed.id.startswith("urn:uuid:")
