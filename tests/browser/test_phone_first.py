"""Phone first and a stable layout (issue 20, items 5 and 7), measured in real Chromium.

On a 360 × 740 phone the header is small, its menu folds into a button that works by keyboard and
without JavaScript, the crisis bar stays in view, and the first role on "Bliv frivillig" is in the
first screen. On every page type nothing moves while the page loads: the cumulative layout shift that
Chromium reports (PerformanceObserver, 'layout-shift', as Lighthouse counts it) stays under 0.05.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from vejviser import urls

from .pagetypes import FULL_ENTRY, links

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
HEADER_MAX = 160  # px from the top of the page to the bottom of the header (crisis bar included) at 360
CLS_MAX = 0.05


def open_at(browser: Browser, url: str, viewport: dict, *, javascript: bool = True) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        yield page
    finally:
        context.close()


@pytest.fixture
def phone(browser, site_url):
    """Open a site URL at 360 × 740: `phone("frivillig/")`."""
    contexts = []

    def open_url(path: str, *, javascript: bool = True) -> Page:
        context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path, wait_until="load")
        return page

    yield open_url
    for context in contexts:
        context.close()


def box(page: Page, selector: str) -> dict:
    return page.eval_on_selector(selector, "el => { const r = el.getBoundingClientRect(); return {top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height}; }")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_first_role_on_bliv_frivillig_is_in_the_first_screen_of_a_phone(phone, lang):
    page = phone(urls.section_url("volunteer", lang))
    page.wait_for_selector(".vv-search-ui__list .vv-result a")
    title = box(page, ".vv-search-ui__list .vv-result a")
    assert title["bottom"] <= PHONE["height"], f"the first role's title ends at y={title['bottom']:.0f}"
    assert page.locator("input[type=search]").count() == 1  # one search box
    assert page.locator(".vv-role-list:visible").count() == 0  # the no-JavaScript list is not shown as well


@pytest.mark.parametrize(
    "path",
    [
        links("da").need("loneliness"),
        links("en").town("ribe"),
        urls.entry_url("eksempel-kun-dansk", "da"),
        urls.section_url("a_z", "en"),
    ],
)
def test_the_header_is_small_on_a_phone_and_the_crisis_bar_stays(phone, path):
    page = phone(path)
    header = box(page, "header.vv-header")
    exit_bar = box(page, ".vv-quick-exit")["height"] if page.locator(".vv-quick-exit").count() else 0
    assert header["bottom"] - exit_bar <= HEADER_MAX, f"the header ends at y={header['bottom'] - exit_bar:.0f}"
    assert page.locator(".vv-crisis-bar a[href^='tel:']").is_visible()
    assert page.locator(".vv-crisis-bar").bounding_box()["y"] + 40 < PHONE["height"]
    assert not page.locator(".vv-nav").is_visible()  # the menu is folded
    assert page.locator(".vv-menu__button").is_visible()


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("width", [320, 360])
def test_the_header_name_is_one_word_and_nothing_in_it_overlaps(browser, site_url, lang, width):
    # At 320 px "Vejviser" broke into "Vejvise r", and "Esbjerg Municipality" ran under "Dansk".
    for page in open_at(browser, site_url + urls.home_url(lang), {"width": width, "height": 740}):
        name = page.locator(".vv-header__name")
        line = float(name.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
        assert name.bounding_box()["height"] < 1.5 * line, "the site's name breaks over two lines"
        # The right edge of the text itself (a Range), which overflows its box when it cannot wrap.
        brand = page.locator(".vv-header__brand").evaluate(
            "el => Math.max(...[...el.children].map(c => { const r = document.createRange(); r.selectNodeContents(c); return r.getBoundingClientRect().right; }))"
        )
        tools = page.locator(".vv-header__tools").bounding_box()["x"]
        assert brand <= tools, f"the name or place (right edge {brand:.0f}) runs under the tools (from {tools:.0f})"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_long_danish_name_in_a_heading_stays_one_word_on_a_phone(phone, lang):
    # At 360 px "Alzheimerforeningen" (19 letters; Danish names are compounds) broke as "…foreninge / n".
    # A longer word may still break: Chromium on a phone hyphenates it (hyphens: auto; the page and any
    # Danish name carry lang), headless Chromium on Linux has no hyphenation dictionary to show it here.
    page = phone(links(lang).entry(FULL_ENTRY))
    heading = page.locator("h1")
    heading.evaluate("el => { el.textContent = 'Alzheimerforeningen'; el.lang = 'da'; }")
    line = float(heading.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
    assert heading.bounding_box()["height"] < 1.5 * line, "the name breaks inside the word"


def test_the_phone_menu_opens_by_keyboard(phone):
    page = phone(links("da").need("loneliness"))
    menu_link = page.locator(".vv-menu__panel a", has_text="Bliv frivillig")
    assert not menu_link.is_visible()
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.vv-menu__button')"):
            break
    else:
        pytest.fail("Tab never reached the menu button")
    page.keyboard.press("Enter")
    assert menu_link.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Få hjælp"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Bliv frivillig"
    page.keyboard.press("Escape")  # closes the menu, back on its button
    assert not menu_link.is_visible()
    assert page.evaluate("document.activeElement.matches('.vv-menu__button')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/frivillig/")


def test_the_phone_menu_works_without_javascript(phone):
    page = phone(links("en").town("ribe"), javascript=False)
    page.locator(".vv-menu__button").click()
    link = page.locator(".vv-menu__panel a", has_text="A–Z")
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/en/a-z/")


def test_on_a_wide_screen_the_menu_is_not_folded(browser, site_url):
    for page in open_at(browser, site_url + links("da").need("loneliness"), DESKTOP):
        assert page.locator(".vv-nav a", has_text="Bliv frivillig").is_visible()
        assert not page.locator(".vv-menu__button").is_visible()


# --- Layout shift ------------------------------------------------------------------------------------

CLS_PAGES = {
    "home": urls.home_url,
    "need": lambda lang: links(lang).need("loneliness"),
    "need-town": lambda lang: links(lang).need_in_town("violence", "ribe"),
    "town": lambda lang: links(lang).town("ribe"),
    "entry": lambda lang: urls.entry_url(FULL_ENTRY, lang),
    "search": lambda lang: urls.section_url("search", lang),
    "search-query": lambda lang: urls.section_url("search", lang) + "?q=" + {"da": "ensom", "en": "lonely"}[lang],
    "volunteer": lambda lang: urls.section_url("volunteer", lang),
    "a-z": lambda lang: urls.section_url("a_z", lang),
    "grants": lambda lang: urls.section_url("grants", lang),  # with an alert banner (tests/browser/content/alerts.yaml)
}

# Sums every layout shift Chromium reports from the first paint on (buffered), as CLS counts them
# (none right after input), once the page has had 1.5 s to load what its scripts fetch.
LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    const moved = [];
    new PerformanceObserver(list => {
        for (const shift of list.getEntries()) {
            if (shift.hadRecentInput) continue;
            total += shift.value;
            moved.push(shift.value.toFixed(3) + ': ' + shift.sources.map(source => source.node && source.node.nodeType === 1
                ? source.node.tagName.toLowerCase() + '.' + source.node.className : '?').join(', '));
        }
    }).observe({type: 'layout-shift', buffered: true});
    setTimeout(() => resolve([total, moved]), 1500);
})"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1280"])
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("name", list(CLS_PAGES))
def test_nothing_moves_while_a_page_loads(browser, site_url, name, lang, viewport):
    for page in open_at(browser, site_url + CLS_PAGES[name](lang), viewport):
        page.wait_for_load_state("networkidle")
        total, moved = page.evaluate(LAYOUT_SHIFT)
        assert total < CLS_MAX, f"CLS {total:.3f}: {moved}"
