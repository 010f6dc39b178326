"""The header and footer of two municipalities in real Chromium: Esbjerg (its name as text, the engine's
colours) and a made-up one with its own logo and colours, set in its pelicanconf.py as a new site
would. At 320, 360 and 1280 px nothing scrolls sideways, nothing in the header overlaps, axe finds
nothing, and the logo is drawn with the authority's name as its text alternative; in the dark scheme
the header takes the site's dark brand colour."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from vejviser import urls

from . import helpers
from .pagetypes import FULL_ENTRY
from .server import serve
from .sitebuild import BROWSER_ENTRIES, BROWSER_KINDS, BROWSER_SITE_EPOCH, build, copy_build_inputs

pytestmark = pytest.mark.browser

LOGO = Path(__file__).resolve().parents[1] / "site" / "fixtures" / "look_site" / "static" / "images" / "logo.svg"
# What a made-up municipality adds to its pelicanconf.py (its logo lies in its own theme/static/).
PROEVEBY_SETTINGS = """
VEJVISER_MUNICIPALITY = {"da": "Prøveby Kommune", "en": "Prøveby Municipality"}
VEJVISER_LOGO = "images/logo.svg"
VEJVISER_COLOURS = {"brand": "#1d5c3a", "link": "#1d5c3a", "brand_dark": "#123524", "link_dark": "#8fd6a8"}
VEJVISER_AUTHORITY_CONTACT = {"url": "https://www.proeveby.example", "phone": "11 22 33 44", "email": None}
"""
WIDTHS = (320, 360, 1280)
PAGES = {"home": urls.home_url("da"), "entry": urls.entry_url(FULL_ENTRY, "da"), "home-en": urls.home_url("en")}


@pytest.fixture(scope="module")
def proeveby_url(tmp_path_factory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("proeveby")
    source = copy_build_inputs(workdir / "source", extra_entries=BROWSER_ENTRIES, extra_kinds=BROWSER_KINDS)
    with open(source / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write(PROEVEBY_SETTINGS)
    (source / "theme" / "static" / "images").mkdir(parents=True)
    shutil.copy2(LOGO, source / "theme" / "static" / "images" / "logo.svg")
    build(source, workdir / "output", source_date_epoch=BROWSER_SITE_EPOCH)
    with serve(workdir / "output") as url:
        yield url


@pytest.fixture(params=["esbjerg", "proeveby"])
def site(request) -> str:
    return request.getfixturevalue("site_url" if request.param == "esbjerg" else "proeveby_url")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(PAGES))
def test_the_frame_fits_overlaps_nothing_and_axe_finds_nothing(browser, site, name, width):
    with helpers.fresh_page(browser) as page:
        visit = helpers.open_page(page, site + PAGES[name], width=width, settle=True)
        assert helpers.reflow_problems(page) == []
        brand = page.locator(".vv-header__brand").evaluate(
            "el => Math.max(...[...el.children].map(c => { if (c.tagName === 'IMG') return c.getBoundingClientRect().right;"
            " const r = document.createRange(); r.selectNodeContents(c); return r.getBoundingClientRect().right; }))"
        )
        assert brand <= page.locator(".vv-header__tools").bounding_box()["x"], "the brand runs under the language link or menu"
        results = helpers.run_axe(page)
        assert helpers.axe_violations(results) + helpers.unreviewed_incomplete(results, {}) == []
        assert helpers.foreign_requests(visit) == [] and helpers.csp_problems(visit) == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_logo_is_drawn_with_the_authoritys_name_and_at_most_48_px_high(browser, proeveby_url, width):
    with helpers.fresh_page(browser) as page:
        helpers.open_page(page, proeveby_url + urls.home_url("en"), width=width, settle=True)
        logo = page.locator("header img.vv-header__logo")
        assert logo.get_attribute("alt") == "Prøveby Municipality"
        assert logo.evaluate("img => img.complete && img.naturalWidth > 0"), "the logo did not load"
        box = logo.bounding_box()
        assert 24 <= box["height"] <= 48 and box["width"] > box["height"]
        # the authority first, then the solution's name (DKFDS)
        assert box["x"] <= page.locator(".vv-header__name").bounding_box()["x"]
        if width <= 360:  # as small as Esbjerg's on a phone (test_phone_first.HEADER_MAX)
            header = page.locator("header.vv-header").bounding_box()
            assert header["y"] + header["height"] <= 160, f"the header ends at y={header['y'] + header['height']:.0f}"


@pytest.mark.parametrize(("scheme", "header", "link"), [("light", "rgb(29, 92, 58)", "rgb(29, 92, 58)"), ("dark", "rgb(18, 53, 36)", "rgb(143, 214, 168)")])
def test_the_sites_colours_are_used_in_both_schemes(browser, proeveby_url, scheme, header, link):
    with helpers.fresh_page(browser) as page:
        page.emulate_media(color_scheme=scheme)
        helpers.open_page(page, proeveby_url + urls.home_url("da"), width=1280, settle=True)
        assert page.locator("header.vv-header").evaluate("el => getComputedStyle(el).backgroundColor") == header
        assert page.locator(".vv-footer__links a").first.evaluate("el => getComputedStyle(el).color") == link
