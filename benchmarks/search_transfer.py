"""Bytes a citizen's browser transfers for a first search, measured in real Chromium.

The built site is served on 127.0.0.1 (gzip for text, as a static host would). The browser opens
it at the address it was built for (our production build links absolutely, and its CSP allows only
its own origin), and every request to that address is answered from the local server. A fresh browser
context (empty cache) opens the Danish search page and waits until the network is quiet; then the
query is typed into the search field and we wait until Pagefind has fetched result fragments and the
network is quiet again. Every response's transferred size is counted where it is exact, at the
server (status line, headers and body as sent, i.e. compressed; requests from Pagefind's web worker
included), split into

- the search page itself (its HTML, CSS and JS outside `/pagefind/`), and
- the search bundle (everything under `/pagefind/`: Pagefind's scripts, WebAssembly, index chunks,
  filters, metadata and result fragments) fetched from page load until the first results are shown.

The second number is what the budget "first search query ≤ 150 kB" refers to; it does not depend on
whether the page loads Pagefind eagerly or on first input. How much of it came before anything was
typed is reported too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, Request, sync_playwright

from vejviser.urls import section_url

from .page_weight import SEARCH_BUNDLE
from .serve import serve

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# The search field: ours (components/search_ui.html), Pagefind's Default UI (the reference), else any search box.
SEARCH_INPUTS = ("#search-ui-query", "input.pagefind-ui__search-input", "input[type=search]")
RESULT_FRAGMENT = "/pagefind/fragment/"
QUIET_SECONDS = 0.5
TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class SearchTransfer:
    query: str
    page_bytes: int  # the search page's own HTML, CSS and JS
    bundle_bytes: int  # everything under /pagefind/ until the first results
    bundle_on_load: int  # the part of it fetched before anything was typed
    requests: int  # to /pagefind/


def measure_search(site: Path, query: str, site_url: str = "") -> SearchTransfer:
    """`site_url`: the address the site was built for; its absolute links are served from `site` too."""
    with serve(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            base_url = f"{site_url}/" if site_url else server.url
            if site_url:  # the page runs at its own address, so its CSP ('self') lets its scripts run
                context.route(f"{base_url}**", lambda route: route.fulfill(response=route.fetch(url=server.url + route.request.url.removeprefix(base_url))))
            page = context.new_page()
            network = _Network(page)
            page.goto(base_url + section_url("search", "da"))
            network.wait_until_quiet()
            field = _search_field(page)
            on_load = len(server.sent)
            network.mark()
            field.fill(query)
            network.wait_until_quiet(require=RESULT_FRAGMENT)
        finally:
            browser.close()
        return _split(query, server.sent, on_load)


def _search_field(page: Page):
    for selector in SEARCH_INPUTS:
        field = page.locator(selector)
        if field.count():
            return field.first
    raise LookupError(f"no search field ({', '.join(SEARCH_INPUTS)}) on {page.url}")


def _split(query: str, sent: list[tuple[str, int]], on_load: int) -> SearchTransfer:
    def bundle(responses: list[tuple[str, int]]) -> list[int]:
        return [size for path, size in responses if path.startswith(SEARCH_BUNDLE)]

    everything = bundle(sent)
    page_bytes = sum(size for _, size in sent) - sum(everything)
    return SearchTransfer(query, page_bytes, sum(everything), sum(bundle(sent[:on_load])), len(everything))


class _Network:
    """Follows a page's requests: how many are in flight, and which finished."""

    def __init__(self, page: Page):
        self.page = page
        self.in_flight = 0
        self.finished: list[str] = []
        self.marked = 0
        self.last_activity = time.monotonic()
        page.on("request", self._started)
        page.on("requestfinished", self._finished)
        page.on("requestfailed", self._failed)

    def _started(self, request: Request) -> None:
        self.in_flight += 1
        self.last_activity = time.monotonic()

    def _finished(self, request: Request) -> None:
        self.finished.append(request.url)
        self._failed(request)

    def _failed(self, request: Request) -> None:
        self.in_flight -= 1
        self.last_activity = time.monotonic()

    def mark(self) -> None:
        """From now on: `wait_until_quiet` waits for quiet after this moment, and `require` only counts
        requests that finish after it (a search page that lists everything fetches fragments on load)."""
        self.marked = len(self.finished)
        self.last_activity = time.monotonic()

    def wait_until_quiet(self, require: str | None = None) -> None:
        """Wait until nothing is in flight for `QUIET_SECONDS` (and a URL containing `require` finished)."""
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while not (self.in_flight == 0 and time.monotonic() - self.last_activity >= QUIET_SECONDS and self._seen(require)):
            if time.monotonic() > deadline:
                raise TimeoutError(f"search did not settle within {TIMEOUT_SECONDS} s (waiting for {require or 'quiet'})")
            self.page.wait_for_timeout(50)

    def _seen(self, part: str | None) -> bool:
        return part is None or any(part in url for url in self.finished[self.marked :])
