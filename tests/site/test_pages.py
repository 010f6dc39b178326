"""Every page a citizen can reach exists, in both languages, and every internal link leads somewhere."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pelican_build import FIXTURES, REPO
from vejviser import urls
from vejviser.vocabulary import load_vocabularies

FIXTURE_SLUGS = sorted(path.stem for path in (FIXTURES / "content" / "associations").glob("*.yaml"))


VOCABULARIES = load_vocabularies(REPO / "content" / "vocabularies")[0]


@pytest.mark.parametrize("slug", FIXTURE_SLUGS)
def test_every_entry_has_a_page_in_each_language(fixture_site, slug):
    da = fixture_site.page(f"tilbud/{slug}/")
    en = fixture_site.page(f"en/services/{slug}/")
    assert da.h1.get_text(strip=True) == en.h1.get_text(strip=True)


def test_the_real_content_builds_with_a_page_per_entry_per_language(real_site):
    slugs = [path.stem for path in (REPO / "content" / "associations").glob("*.yaml")]
    assert slugs
    for slug in slugs:
        assert real_site.exists(f"tilbud/{slug}/index.html"), slug
        assert real_site.exists(f"en/services/{slug}/index.html"), slug


@pytest.mark.parametrize(
    "danish, english",
    [
        ("", "en/"),
        ("hjaelp/", "en/help/"),
        ("for/", "en/for/"),
        ("by/", "en/towns/"),
        ("a-aa/", "en/a-z/"),
        ("frivillig/", "en/volunteer/"),
        ("soeg/", "en/search/"),
        ("404.html", "en/404.html"),
        ("om/", "en/about/"),
        ("for-foreninger/", "en/for-associations/"),
        ("privatliv/", "en/privacy/"),
        ("tilgaengelighed/", "en/accessibility/"),
    ],
)
def test_fixed_pages_exist_in_both_languages(fixture_site, danish, english):
    assert fixture_site.page(danish).h1 is not None
    assert fixture_site.page(english).h1 is not None


@pytest.mark.parametrize("section, vocabulary", urls.TERM_SECTIONS.items())
def test_a_listing_page_for_every_term_at_its_slug(fixture_site, section, vocabulary):
    for term in VOCABULARIES[vocabulary]:
        for lang, prefix in (("da", ""), ("en", "en/")):
            url = f"{prefix}{urls.SECTIONS[section][lang]}/{term.slug(lang)}/"
            assert fixture_site.page(url).h1.get_text(strip=True) == term.label.get(lang), url


def test_a_need_page_lists_local_services_first_then_the_municipality_then_nationwide(fixture_site):
    page = fixture_site.page("hjaelp/sorg/")
    names = [link.get_text(strip=True) for link in page.select(".vv-card__title a")]
    assert names == ["Foreningen Solsikken", "Sorggruppen Ribe"]  # both local: A–Å within the group
    assert [h2.get_text(" ", strip=True) for h2 in page.select("main .vv-listing__group-title")] == ["Lokale tilbud (2)"]
    assert page.h1.get_text(strip=True) == "Sorg og tab"
    assert fixture_site.page("en/help/grief/").h1.get_text(strip=True) == "Grief and loss"


def test_a_town_page_lists_services_there_then_also_for_you_and_points_to_other_places(fixture_site):
    page = fixture_site.page("by/ribe/")
    own = page.select_one("main .vv-listing__group")
    assert [a.get_text(strip=True) for a in own.select(".vv-card__title a")] == ["Sorggruppen Ribe"]
    also = page.select_one("main .vv-also")
    assert also.h2.get_text(strip=True) == "Også for dig"
    assert [a.get_text(strip=True) for a in also.select(".vv-card__title a")] == ["Æblehaven", "Trygt Hjem Linjen"]
    places = {a["href"] for a in page.select("main nav a")}
    assert "../../by/hele-kommunen/" in places and "../../by/hele-landet/" in places


def test_a_to_z_puts_ae_oe_aa_after_z(fixture_site):
    page = fixture_site.page("a-aa/")
    letters = [heading.get_text(strip=True) for heading in page.select(".vv-letter__heading")]
    assert letters == ["F", "S", "T", "Æ"]
    assert [a.get_text(strip=True) for a in page.select(".vv-a-z__item > a")][-1] == "Æblehaven"


def test_home_page_has_both_journeys_a_search_box_and_need_tiles(fixture_site):
    page = fixture_site.page("")
    journeys = [title.get_text(strip=True) for title in page.select(".vv-journey__title")]
    assert journeys == ["Få hjælp", "Bliv frivillig"]
    form = page.select_one("main form[role=search]")
    assert form["action"] == "./soeg/" and form.select_one("input[name=q]")
    tiles = {tile.select_one(".vv-tile__title").get_text(strip=True) for tile in page.select(".vv-tile")}
    assert {"Ensomhed og fællesskab", "Sorg og tab", "Vold og overgreb", "Familie og forældre"} == tiles


def test_every_page_has_a_search_box_pointing_at_the_search_page(fixture_site):
    for path in ("tilbud/solsikken/", "hjaelp/sorg/", "en/services/solsikken/"):
        form = fixture_site.page(path).select_one("form[role=search]")
        assert urlsplit(form["action"]).path.endswith(("soeg/", "en/search/")), path


def test_volunteer_page_lists_current_roles_only(fixture_site):
    text = fixture_site.text("frivillig/")
    assert "Frivillig kok" in text
    assert "Hjælper til sommerfesten" not in text  # ended before the build date


def test_accessibility_statement_has_the_short_address_was(fixture_site):
    redirect = fixture_site.page("was/")
    refresh = redirect.select_one('meta[http-equiv="refresh"]')["content"]
    assert refresh.endswith("tilgaengelighed/")
    footer_links = {a.get_text(strip=True): a["href"] for a in fixture_site.page("").select("footer a")}
    assert footer_links["Tilgængelighedserklæring"] == "./tilgaengelighed/"


def test_404_pages_use_addresses_from_the_site_root(fixture_site):
    """A 404 page is served at whatever address was asked for, so its links cannot be relative."""
    page = fixture_site.page("en/404.html")
    assert page.html["lang"] == "en"
    assert re.fullmatch(r"/theme/css/vejviser\.[0-9a-f]{8}\.css", page.select_one('link[rel="stylesheet"]')["href"])
    assert fixture_site.page("404.html").h1.get_text(strip=True) == "Siden findes ikke"


def _targets(site, path: str):
    """(url, resolved file, fragment) for each internal link and resource on the page at `path`."""
    page = site.page(path)
    for element in page.find_all(href=True) + page.find_all(src=True):
        url = element.get("href") or element.get("src")
        parts = urlsplit(url)
        if parts.scheme or url.startswith("//"):
            continue
        if parts.path.startswith("/"):
            target = parts.path.lstrip("/")
        elif parts.path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(parts.path)))
        else:
            target = path
        if target in (".", "") or url.endswith("/") or (parts.path and not Path(target).suffix):
            target = posixpath.join(target, "index.html") if target not in (".", "") else "index.html"
        yield url, target, parts.fragment


def test_every_internal_link_resolves(fixture_site):
    broken = []
    for path in fixture_site.html_files:
        for url, target, fragment in _targets(fixture_site, path):
            if not fixture_site.exists(target):
                broken.append(f"{path}: {url}")
            elif fragment and target.endswith(".html") and not fixture_site.page(target).find(id=fragment):
                broken.append(f"{path}: {url} (no element with id {fragment!r})")
            elif target.endswith(".html") and fixture_site.is_redirect(target) and not fixture_site.is_redirect(path):
                broken.append(f"{path}: {url} (an old address: link to the page it leads to)")
    assert not broken, "\n".join(broken)


def test_every_internal_link_resolves_on_the_real_site(real_site):
    broken = [
        f"{path}: {url}"
        for path in real_site.html_files
        for url, target, _ in _targets(real_site, path)
        if not real_site.exists(target)
    ]
    assert not broken, "\n".join(broken)


def test_no_link_leaves_a_site_served_from_a_sub_path(real_site):
    """Editors write site links in content pages from the root (`/tilbud/x/`). Served from a sub-path
    (a GitHub Pages project site) such a link would leave the site, so every page links relatively
    (the 404 page is served at any address and uses SITEURL instead)."""
    from_root = [
        f"{path}: {link['href']}"
        for path in real_site.html_files
        if not path.endswith("404.html")
        for link in real_site.page(path).find_all(["a", "link"], href=True)
        if link["href"].startswith("/")
    ]
    assert not from_root, "\n".join(from_root)


def test_the_icon_browsers_ask_for_by_themselves_is_at_the_root(fixture_site):
    """Chromium asks for /favicon.ico whatever icon a page names; a 404 there is a console error."""
    icon = (fixture_site.output / "favicon.ico").read_bytes()
    assert icon[:4] == b"\0\0\1\0" and icon[6 + 16 * icon[4] :].startswith(b"\x89PNG")  # an ICO of PNGs
    assert not list((fixture_site.output / "theme").rglob("favicon*.ico"))  # not also under a hashed name
