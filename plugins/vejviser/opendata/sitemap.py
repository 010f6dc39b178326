"""`sitemap.xml`: every page of the site, each with its versions in every language (hreflang).

A page is given as its URLs by language (relative to the site root, as in `vejviser.urls`). Each
`<url>` lists all versions of the page including itself, plus `x-default` (the Danish version), as
search engines expect. A sitemap holds at most 50,000 URLs; a municipal directory stays far below.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable, Mapping

from ..urls import DEFAULT_LANG
from .publication import Publication

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
FILENAME = "sitemap.xml"

ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("xhtml", XHTML_NS)

Alternates = Mapping[str, str]  # lang → URL of the page in that language


def sitemap_xml(pages: Iterable[Alternates], publication: Publication) -> bytes:
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    rows = sorted(((url, alternates) for alternates in pages for url in set(alternates.values())), key=lambda row: row[0])
    for url, alternates in rows:
        element = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(element, f"{{{SITEMAP_NS}}}loc").text = publication.link(url)
        if len(alternates) > 1:
            for lang, other in sorted(alternates.items()):
                _alternate(element, lang, publication.link(other))
            if DEFAULT_LANG in alternates:
                _alternate(element, "x-default", publication.link(alternates[DEFAULT_LANG]))
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="UTF-8", xml_declaration=True) + b"\n"


def _alternate(parent: ET.Element, lang: str, href: str) -> None:
    ET.SubElement(parent, f"{{{XHTML_NS}}}link", {"rel": "alternate", "hreflang": lang, "href": href})
