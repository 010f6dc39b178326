"""Checks that run in a real browser page. Each check returns a list of problems a person can read.

An empty list means the page passed. The browser tests assert `== []`, so a failure prints exactly
what is wrong, on which element. `test_helpers.py` proves that every check reports the defect it is
written for on a deliberately broken page and passes the good one.

A check looks at a page opened with `open_page`, which records every request, console message and
uncaught error from the first byte on.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO / "test-artifacts" / "screenshots"

WIDE, NARROW = 1280, 320  # desktop, and WCAG 1.4.10's 320 CSS px (400 % zoom of 1280)
WIDTHS = (WIDE, NARROW)
HEIGHT = 900

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
MAX_TAB_STOPS = 600


@dataclass
class Visit:
    """A page opened by `open_page`, with what it asked the network and said on the console."""

    page: Page
    url: str
    status: int | None = None
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str, str]] = field(default_factory=list)  # (type, text, URL it is about)
    page_errors: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


@contextlib.contextmanager
def fresh_page(browser: Browser) -> Iterator[Page]:
    """A page in a new browser context: no cookies, storage or history from any other page."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def open_page(
    page: Page,
    url: str,
    *,
    width: int = WIDE,
    reduced_motion: str | None = None,
    ready_selector: str | None = None,
    settle: bool = False,
) -> Visit:
    """Load `url` at `width` CSS px, recording requests, console and errors; waits for `ready_selector`.

    `settle` also waits until the network has been idle for 500 ms and the DOM has not changed for
    300 ms, so that late requests (the favicon, what a script fetches) are recorded and content that
    scripts render (search results) is there before a check looks.
    """
    visit = Visit(page, url)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda message: visit.console.append((message.type, message.text, message.location.get("url", ""))))
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    page.set_viewport_size({"width": width, "height": HEIGHT})
    if reduced_motion:
        page.emulate_media(reduced_motion=reduced_motion)
    response = page.goto(url, wait_until="load")
    visit.status = response.status if response else None
    if ready_selector:
        page.wait_for_selector(ready_selector, state="attached")
    if settle:
        page.wait_for_load_state("networkidle")
        page.evaluate(_DOM_QUIET)
    return visit


_DOM_QUIET = """
() => new Promise(resolve => {
    let quiet;
    const done = () => { observer.disconnect(); resolve(); };
    const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, 300); });
    observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
    quiet = setTimeout(done, 300);
    setTimeout(done, 5000);  // a page that never stops changing is checked as it is after 5 s
})
"""


def save_screenshot(page: Page, name: str) -> Path:
    """Write a full-page screenshot to test-artifacts/screenshots/<name>.png (not committed)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path


# --- Accessibility: axe-core -------------------------------------------------------------------------

AXE_VERSION = re.search(r"axe v([\d.]+)", AXE_SCRIPT[:200]).group(1)


def run_axe(page: Page) -> dict:
    """axe-core's full result for the page, for the WCAG 2.0–2.2 A/AA tags and best practice.

    axe is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    govern, so the page is audited exactly as a citizen's browser runs it (no CSP bypass).
    """
    page.evaluate(AXE_SCRIPT)
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']})",
        AXE_TAGS,
    )


def axe_violations(results: dict) -> list[str]:
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']} — {_axe_node(node)}"
        for rule in results["violations"]
        for node in rule["nodes"]
    ]


def unreviewed_incomplete(results: dict, reviewed: dict[tuple[str, str], str]) -> list[str]:
    """axe's "needs review" results not covered by `reviewed`: {(rule id, CSS target): why it is fine}.

    A target ending in `*` covers every target starting with the text before it.
    """

    def is_reviewed(rule_id: str, target: str) -> bool:
        return any(
            rule_id == reviewed_rule and (target == pattern or (pattern.endswith("*") and target.startswith(pattern[:-1])))
            for reviewed_rule, pattern in reviewed
        )

    return [
        f"needs review: {rule['id']}: {rule['help']} — {_axe_node(node)}"
        for rule in results["incomplete"]
        for node in rule["nodes"]
        if not is_reviewed(rule["id"], _axe_target(node))
    ]


def _axe_target(node: dict) -> str:
    return " ".join(str(part) for part in node["target"])


def _axe_node(node: dict) -> str:
    summary = (node.get("failureSummary") or "").replace("\n", " ")
    return f"{_axe_target(node)} {node['html'][:160]} {summary}".strip()


# --- Privacy ---------------------------------------------------------------------------------------


def foreign_requests(visit: Visit) -> list[str]:
    """Requests to any origin but the page's own (data: and blob: stay in the browser)."""
    return [
        f"request to another host: {url}"
        for url in visit.requests
        if not url.startswith(("data:", "blob:")) and not url.startswith(visit.origin + "/")
    ]


def cookie_problems(visit: Visit) -> list[str]:
    return [f"cookie set: {cookie['name']} on {cookie['domain']}" for cookie in visit.page.context.cookies()]


def storage_problems(visit: Visit) -> list[str]:
    """Anything the page stored in localStorage, sessionStorage, IndexedDB or the Cache API."""
    stored = visit.page.evaluate(
        """async () => ({
            localStorage: Object.keys(localStorage),
            sessionStorage: Object.keys(sessionStorage),
            indexedDB: (await indexedDB.databases()).map(db => db.name),
            caches: await caches.keys(),
        })"""
    )
    return [f"{area} holds {key!r}" for area, keys in stored.items() for key in keys]


def csp_problems(visit: Visit) -> list[str]:
    """A Content-Security-Policy <meta> must be there and the console must report no CSP violation."""
    problems = []
    if not visit.page.locator('head meta[http-equiv="Content-Security-Policy" i]').count():
        problems.append("no Content-Security-Policy <meta> in <head>")
    problems += [f"console: {text}" for _, text, _ in visit.console if "Content Security Policy" in text]
    return problems


def console_problems(visit: Visit) -> list[str]:
    """Errors on the console (failed loads, blocked resources) and uncaught script errors.

    The status of the visited document itself is not the console's business (a 404 page answers 404).
    """
    return [
        f"console {kind}: {text}" + (f" ({where})" if where else "")
        for kind, text, where in visit.console
        if kind == "error" and where != visit.url
    ] + [
        f"uncaught error: {error}" for error in visit.page_errors
    ]


def icon_problems(visit: Visit) -> list[str]:
    """The icons a browser fetches by itself must load: the page's <link rel=icon>, and /favicon.ico,
    which Chromium and others ask for whatever the page names.

    Chromium fetches them once per session at a moment of its choosing, so the console alone would
    report a missing icon on some page or none; this asks for them directly.
    """
    named = visit.page.evaluate("() => (document.querySelector('link[rel~=icon]') || {}).href || null")
    problems = []
    for href in dict.fromkeys(filter(None, (named, visit.page.evaluate("() => new URL('/favicon.ico', location).href")))):
        if href.startswith("data:"):
            continue
        response = visit.page.request.get(href)
        if not response.ok:
            problems.append(f"the icon {href} answers {response.status}")
    return problems


# --- Keyboard, focus, reflow, motion, language ----------------------------------------------------------

# Shared by the in-page scripts below: what counts as a control and how to name an element in a message.
_PAGE_LIBRARY = r"""
window.__vv = window.__vv || (() => {
    const CONTROLS = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, '
        + '[contenteditable=""], [contenteditable=true], [tabindex]:not([tabindex^="-"]), '
        + ['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'combobox',
           'textbox', 'searchbox', 'slider', 'spinbutton'].map(role => `[role=${role}]`).join(', ');
    const OUTLINE = ['outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset'];
    const OTHER_INDICATORS = ['boxShadow', 'backgroundColor', 'color', 'borderTopColor', 'borderRightColor',
        'borderBottomColor', 'borderLeftColor', 'borderTopWidth', 'borderBottomWidth', 'textDecorationLine',
        'textDecorationThickness', 'textDecorationColor', 'opacity'];
    const describe = el => {
        const id = el.id ? '#' + el.id : '';
        const cls = typeof el.className === 'string' && el.className.trim()
            ? '.' + el.className.trim().split(/\s+/).join('.') : '';
        const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\s+/g, ' ').trim();
        return `<${el.tagName.toLowerCase()}${id}${cls}>` + (text ? ` "${text.slice(0, 50)}"` : '');
    };
    const isRendered = el => el.checkVisibility({visibilityProperty: true})
        && el.getClientRects().length > 0 && !el.closest('[inert]');
    const isControl = el => el.matches(CONTROLS) && !el.disabled && isRendered(el);
    const ids = new WeakMap();  // a number per element, so two links with the same text stay apart
    let counter = 0;
    const keyOf = el => {
        if (el.type === 'radio' && el.name) return `radio group "${el.name}"`;
        if (!ids.has(el)) ids.set(el, ++counter);
        return `${describe(el)} (control ${ids.get(el)})`;
    };
    // What focus can change to show itself: the element, its ::before/::after, and (for :focus-within
    // styles) its parent and grandparent.
    const parts = el => [[el, null], [el, '::before'], [el, '::after'], [el.parentElement, null],
        [el.parentElement && el.parentElement.parentElement, null]].filter(([node]) => node);
    const look = el => parts(el).map(([node, pseudo]) => {
        const cs = getComputedStyle(node, pseudo);
        const outlineShown = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0
            && !/rgba\(.*, 0\)$|transparent/.test(cs.outlineColor);
        return {outline: OUTLINE.map(p => cs[p]).join(' '), outlineShown, other: OTHER_INDICATORS.map(p => cs[p]).join(' ')};
    });
    // Whether any fragment of the element (a wrapped link has several) is on top at the centre of
    // its part inside the window (a tall text box may not fit in it).
    const visibility = el => {
        const rects = [...el.getClientRects()].filter(r => r.width >= 1 && r.height >= 1);
        if (!rects.length) return 'it has no size';
        const labels = [...(el.labels || [])];
        let blocker = null;
        for (const r of rects) {
            const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
            const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
            if (right - left < 1 || bottom - top < 1) continue;
            const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
            if (hit && (hit === el || el.contains(hit) || labels.some(l => l === hit || l.contains(hit)))) return 'yes';
            blocker = blocker || hit;
        }
        return blocker ? 'it is covered by ' + describe(blocker) : 'it is outside the window';
    };
    return {CONTROLS, describe, isRendered, isControl, keyOf, look, visibility};
})();
"""

# One Tab stop: compares the focused element's look with its look once blurred, then focuses it again
# (Chrome keeps :focus-visible after a keyboard interaction, and Tab continues from it).
_FOCUS_STOP = (
    _PAGE_LIBRARY
    + r"""
(() => {
    const vv = window.__vv, el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const focused = vv.look(el), shown = vv.visibility(el);
    el.blur();
    const blurred = vv.look(el);
    el.focus({preventScroll: true});
    const indicator = focused.some((part, i) => part.other !== blurred[i].other
        || (part.outline !== blurred[i].outline && part.outlineShown));
    return {key: vv.keyOf(el), name: vv.describe(el), indicator, shown, refocused: document.activeElement === el};
})()
"""
)

_CONTROLS_NOW = (
    _PAGE_LIBRARY
    + r"""
[...new Set([...document.querySelectorAll(window.__vv.CONTROLS)].filter(window.__vv.isControl).map(window.__vv.keyOf))]
"""
)


def keyboard_problems(page: Page) -> list[str]:
    """Tab through the page: every control is reached, and every focus stop is visible and indicated.

    WCAG 2.1.1 (keyboard), 2.4.7 (focus visible) and 2.4.11 (focus not obscured). A radio group
    counts as reached when one of its buttons is (arrow keys move within the group). The controls
    expected are those on the page when the walk ends, so content that scripts add counts too.
    """
    stops = _tab_stops(page)
    controls = page.evaluate(_CONTROLS_NOW)
    problems = [f"focus shows no visible change on {stop['name']}" for stop in stops if not stop["indicator"]]
    problems += [f"focused but not visible on screen, {stop['shown']}: {stop['name']}" for stop in stops if stop["shown"] != "yes"]
    problems += [f"focus cannot be put back on {stop['name']}" for stop in stops if not stop["refocused"]]
    reached = {stop["key"] for stop in stops}
    problems += [f"Tab never reaches {control}" for control in controls if control not in reached]
    if len(stops) >= MAX_TAB_STOPS:
        problems.append(f"more than {MAX_TAB_STOPS} tab stops: focus seems trapped")
    return problems


def _tab_stops(page: Page) -> list[dict]:
    """Press Tab from the top until focus leaves the page or comes back round; one record per stop."""
    stops: list[dict] = []
    seen: set[str] = set()
    while len(stops) < MAX_TAB_STOPS:
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUS_STOP)
        if stop is None or stop["key"] in seen and stop["key"] == stops[0]["key"]:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


_SKIP_LINK_TARGET = r"""
() => {
    const link = document.activeElement;
    if (!link || link.tagName !== 'A' || !link.hash) return {error: 'the first Tab stop is not a link to a part of the page'};
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const main = document.querySelector('main, [role=main]');
    if (!target) return {error: `the skip link points to ${link.hash}, which is not on the page`};
    if (target !== main) return {error: `the skip link points to ${link.hash}, which is not <main>`};
    return {error: null};
}
"""
_FOCUS_IN_MAIN = "() => !!document.activeElement && !!document.activeElement.closest('main, [role=main]')"


def skip_link_problems(page: Page) -> list[str]:
    """The first Tab stop is a link to <main>; following it puts keyboard focus in <main>."""
    page.keyboard.press("Tab")
    error = page.evaluate(_SKIP_LINK_TARGET)["error"]
    if error:
        return [error]
    page.keyboard.press("Enter")
    if page.evaluate(_FOCUS_IN_MAIN):
        return []
    page.keyboard.press("Tab")  # focus may stay on the link while the sequential start point moved
    return [] if page.evaluate(_FOCUS_IN_MAIN) else ["after the skip link, Tab does not land in <main>"]


_FOCUS_ON = """
selector => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'left the page';
    return el.matches(selector) ? 'quick exit' : 'elsewhere';
}
"""


def quick_exit_problems(page: Page, selector: str) -> list[str]:
    """The quick exit (`selector`) is reached with Tab and Enter on it leaves the page at once."""
    if not page.locator(selector).count():
        return [f"no quick exit ({selector}) on the page"]
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focus = page.evaluate(_FOCUS_ON, selector)
        if focus != "elsewhere":
            break
    if focus != "quick exit":
        return [f"Tab never reaches the quick exit ({selector})"]
    here = urldefrag(page.url).url
    try:
        with page.expect_request(lambda r: r.is_navigation_request() and r.frame == page.main_frame, timeout=5000) as request:
            page.keyboard.press("Enter")
    except PlaywrightError:
        return ["Enter on the quick exit does not leave the page"]
    if urldefrag(request.value.url).url == here:
        return [f"the quick exit reloads the same page ({request.value.url})"]
    return []


_HORIZONTAL_OVERFLOW = (
    _PAGE_LIBRARY
    + r"""
(() => {
    const vv = window.__vv, width = document.documentElement.clientWidth;
    const scroll = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const wide = [...document.body.querySelectorAll('*')].filter(el =>
        vv.isRendered(el) && el.getBoundingClientRect().right > width + 1);
    const outermost = wide.filter(el => !wide.some(other => other !== el && other.contains(el)));
    return {width, scroll, wide: outermost.slice(0, 5).map(el =>
        `${vv.describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)}px`)};
})()
"""
)


def reflow_problems(page: Page) -> list[str]:
    """WCAG 1.4.10: at this width the page must not scroll sideways."""
    found = page.evaluate(_HORIZONTAL_OVERFLOW)
    if found["scroll"] <= found["width"]:
        return []
    return [f"the page scrolls sideways: {found['scroll']}px content in a {found['width']}px window"] + found["wide"]


_MOVEMENT = (
    _PAGE_LIBRARY
    + r"""
(() => {
    const vv = window.__vv;
    const MOVING = /^(all|transform|translate|rotate|scale|top|left|right|bottom|inset|margin|padding|width|height|max-height|max-width|offset)/;
    const seconds = list => list.split(',').map(value => parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
    const found = [];
    for (const root of [document.documentElement, document.body])
        if (getComputedStyle(root).scrollBehavior === 'smooth') found.push(`<${root.tagName.toLowerCase()}> scrolls smoothly`);
    for (const el of document.querySelectorAll('*')) {
        if (!vv.isRendered(el)) continue;
        for (const pseudo of [null, '::before', '::after']) {
            const cs = getComputedStyle(el, pseudo);
            if (pseudo && cs.content === 'none') continue;
            const where = vv.describe(el) + (pseudo || '');
            if (cs.animationName !== 'none' && Math.max(...seconds(cs.animationDuration)) > 0.01)
                found.push(`${where} animates: ${cs.animationName} ${cs.animationDuration}`);
            const durations = seconds(cs.transitionDuration);
            cs.transitionProperty.split(',').map(p => p.trim()).forEach((property, i) => {
                if (MOVING.test(property) && durations[i % durations.length] > 0.01)
                    found.push(`${where} transitions ${property} over ${durations[i % durations.length]}s`);
            });
        }
    }
    return found;
})()
"""
)


def motion_problems(page: Page) -> list[str]:
    """With prefers-reduced-motion: reduce, nothing moves (open the page with reduced_motion="reduce")."""
    if page.evaluate("() => !matchMedia('(prefers-reduced-motion: reduce)').matches"):
        return ["the page was not opened with prefers-reduced-motion: reduce"]
    return [f"moves although reduced motion is asked for: {item}" for item in page.evaluate(_MOVEMENT)]


_TEXT_LANGUAGE = r"""
text => {
    const norm = s => s.replace(/\s+/g, ' ').trim();
    const needle = norm(text);
    let best = null;
    for (const el of document.body.querySelectorAll('*'))
        if (norm(el.textContent).includes(needle)) best = el;  // later in document order = deeper
    if (!best) return {found: false};
    const owner = best.closest('[lang]');
    return {found: true, lang: owner ? owner.getAttribute('lang') : null};
}
"""


def text_language(page: Page, text: str) -> str | None:
    """The language (`lang`) that applies to the element showing `text`; raises if it is not shown."""
    found = page.evaluate(_TEXT_LANGUAGE, text)
    if not found["found"]:
        raise AssertionError(f"{text!r} is not on the page")
    return found["lang"]
