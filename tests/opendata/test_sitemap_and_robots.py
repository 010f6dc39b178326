"""sitemap.xml lists every page with its hreflang alternates; robots.txt points to it."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

from vejviser.opendata.publication import Publication
from vejviser.opendata.robots import robots_txt
from vejviser.opendata.sitemap import SITEMAP_NS, XHTML_NS, sitemap_xml

from .common import SITEURL

PAGES = [
    {"da": "tilbud/x/", "en": "en/services/x/"},
    {"da": "", "en": "en/"},
    {"da": "kun-dansk/"},
]


def _urls(xml: bytes) -> dict[str, dict[str, str]]:
    root = ET.fromstring(xml)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    return {
        url.findtext(f"{{{SITEMAP_NS}}}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{{{XHTML_NS}}}link")}
        for url in root.findall(f"{{{SITEMAP_NS}}}url")
    }


def test_every_version_of_every_page_is_listed_with_all_its_alternates(publication):
    urls = _urls(sitemap_xml(PAGES, publication))
    assert sorted(urls) == sorted(f"{SITEURL}/{url}" for page in PAGES for url in page.values())
    both = {"da": f"{SITEURL}/tilbud/x/", "en": f"{SITEURL}/en/services/x/", "x-default": f"{SITEURL}/tilbud/x/"}
    assert urls[f"{SITEURL}/tilbud/x/"] == both
    assert urls[f"{SITEURL}/en/services/x/"] == both
    assert urls[f"{SITEURL}/kun-dansk/"] == {}  # one language: no alternates


def test_the_same_pages_give_the_same_bytes_in_any_order(publication):
    assert sitemap_xml(PAGES, publication) == sitemap_xml(list(reversed(PAGES)), publication)


def test_robots_allows_crawling_points_to_the_sitemap_and_skips_the_search_index(publication):
    lines = robots_txt(publication).decode().splitlines()
    assert lines == ["User-agent: *", "Disallow: /pagefind/", f"Sitemap: {SITEURL}/sitemap.xml"]


def test_robots_under_a_path_and_in_development():
    day = datetime.date(2026, 1, 1)
    assert "Disallow: /vejviser/pagefind/" in robots_txt(Publication("https://example.github.io/vejviser", day)).decode()
    assert "Sitemap" not in robots_txt(Publication("", day)).decode()
