"""Driving the search interface in a real page the way a citizen does, and reading what it shows.

Each search is awaited precisely: a script added before the page's own records every search the
interface reports ("vv-search-results", with its words and how many it found), and an action waits
for the next one and for its first results to be listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page

RECORD_SEARCHES = """
window.searchesDone = [];
document.addEventListener("vv-search-results", event => { window.searchesDone.push(event.detail); }, true);
"""
# A search for `term` has finished since `done` searches, and its first results are listed.
SETTLED = """([done, term]) => {
  const last = window.searchesDone[window.searchesDone.length - 1];
  return window.searchesDone.length > done && last.term === term
    && document.querySelector(".vv-search-ui__list").getAttribute("aria-busy") === "false";
}"""
LISTED = "() => document.querySelector('.vv-search-ui__list').getAttribute('aria-busy') === 'false'"
LAST_SEARCH = "window.searchesDone[window.searchesDone.length - 1]"


@dataclass(frozen=True)
class Result:
    title: str
    path: str  # the link's path on the server
    summary: str
    summary_lang: str  # the summary's own lang attribute, if any
    facts: tuple[str, ...]
    title_lang: str = ""  # the heading's own lang attribute, if any


class SearchPage:
    def __init__(self, page: Page):
        self.page = page
        page.add_init_script(RECORD_SEARCHES)

    def open(self, url: str, term: str = "") -> "SearchPage":
        self.page.goto(url)
        self.wait(0, term)
        return self

    def searches(self) -> int:
        return self.page.evaluate("window.searchesDone.length")

    def wait(self, done: int, term: str = "") -> None:
        self.page.wait_for_function(SETTLED, arg=[done, term])

    def show_all(self) -> "SearchPage":
        """Press the button for more results until every result is listed."""
        more = self.page.locator(".vv-search-ui__more")
        while more.is_visible():
            more.click()
            self.page.wait_for_function(LISTED)
        return self

    def results(self) -> list[Result]:
        """The results listed so far."""
        rows = self.page.eval_on_selector_all(
            ".vv-search-ui__list > li",
            """items => items.map(item => {
                const summary = item.querySelector(".vv-card__summary");
                return [item.querySelector("a").textContent, item.querySelector("a").href, summary.textContent,
                        summary.lang, [...item.querySelectorAll(".vv-tags__tag")].map(tag => tag.textContent),
                        item.querySelector(".vv-card__title").lang];
            })""",
        )
        return [Result(title, urlsplit(href).path, summary, lang, tuple(facts), title_lang) for title, href, summary, lang, facts, title_lang in rows]

    def paths(self) -> set[str]:
        return {result.path for result in self.results()}

    def summary(self) -> str:
        return self.page.locator(".vv-search-ui__summary").inner_text().strip()

    def filter_group(self, name: str) -> Locator:
        return self.page.locator(f'details.vv-filter[data-filter-name="{name}"]')

    def filter_names(self) -> list[str]:
        return self.page.eval_on_selector_all("details.vv-filter", "groups => groups.map(group => group.dataset.filterName)")

    def tick(self, name: str, value: str) -> None:
        """Open the filter group `name` and tick `value`, with the mouse; waits for the new results."""
        done, term = self.searches(), self.search_term()
        group = self.filter_group(name)
        if not group.evaluate("details => details.open"):
            group.locator("summary").click()
        group.locator("label.vv-filter__value", has_text=value).click()
        self.wait(done, term)

    def count(self) -> int:
        """How many results the last search found, listed or not yet."""
        return self.page.evaluate(f"{LAST_SEARCH}.count")

    def checked(self, name: str) -> list[str]:
        return self.filter_group(name).locator("input:checked").evaluate_all("inputs => inputs.map(input => input.value)")

    def search_term(self) -> str:
        return self.page.evaluate(f"{LAST_SEARCH}?.term || ''")
