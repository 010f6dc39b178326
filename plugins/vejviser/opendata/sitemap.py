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

Alternates = Mapping[str, str]  # lang → URL of the page in that language


def sitemap_xml(pages: Iterable[Alternates], publication: Publication) -> bytes:
    # Namespaces declared on the root rather than with ET.register_namespace, which is global to the
    # process and would change how other XML (the Atom feeds) is written.
    urlset = ET.Element("urlset", {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS})
    rows = sorted(((url, alternates) for alternates in pages for url in set(alternates.values())), key=lambda row: row[0])
    for url, alternates in rows:
        element = ET.SubElement(urlset, "url")
        ET.SubElement(element, "loc").text = publication.link(url)
        if len(alternates) > 1:
            for lang, other in sorted(alternates.items()):
                _alternate(element, lang, publication.link(other))
            if DEFAULT_LANG in alternates:
                _alternate(element, "x-default", publication.link(alternates[DEFAULT_LANG]))
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="UTF-8", xml_declaration=True) + b"\n"


def _alternate(parent: ET.Element, lang: str, href: str) -> None:
    ET.SubElement(parent, "xhtml:link", {"rel": "alternate", "hreflang": lang, "href": href})
