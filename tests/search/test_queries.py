"""The judged everyday queries (queries.yaml) through the real search page of a real build of the
shipped content: at least 95 % of them find an acceptable entry among the first three results, and
no junk query shows any entry.

`pytest tests/search/test_queries.py -s` prints every query that misses and the score.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from vejviser import urls
from vejviser.content import load_directory

from .searchpage import SearchPage

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
QUERIES = yaml.safe_load((Path(__file__).parent / "queries.yaml").read_text(encoding="utf-8"))["queries"]
TOP = 3
PASS_SHARE = 0.95


@pytest.fixture(scope="module")
def accepted():
    """`accept` items as sets of slugs (see queries.yaml): a slug, or need:, +group, @town and town:."""
    directory = load_directory(REPO / "content", datetime.date.today())
    kinds = {term.id: term.area_kind for term in directory.vocabularies.areas}

    def serves(entry, town: str) -> bool:
        return town in entry.areas or any(kinds.get(area) in ("municipality", "nationwide") for area in entry.areas)

    def expand(item: str) -> set[str]:
        if item.startswith("town:"):
            return {entry.slug for entry in directory.entries if serves(entry, item[5:])}
        if not item.startswith("need:"):
            assert item in {entry.slug for entry in directory.entries}, f"queries.yaml: no entry {item!r}"
            return {item}
        need, _, town = item[5:].partition("@")
        need, _, group = need.partition("+")
        return {
            entry.slug
            for entry in directory.entries
            if need in entry.needs and (not group or group in entry.target_groups) and (not town or serves(entry, town))
        }

    return lambda query: set().union(*(expand(item) for item in query["accept"]))


def entry_slug(path: str, lang: str) -> str | None:
    prefix = "/" + urls.section_url("entry", lang)
    return path[len(prefix) :].strip("/") if path.startswith(prefix) else None


def run(search: SearchPage, base: str, query: dict) -> list[str]:
    """The entry slugs the search page lists for the query, in order (other results left out)."""
    lang = query["lang"]
    search.open(f"{base}{urls.section_url('search', lang)}?q={quote(query['q'])}", query["q"])
    return [slug for result in search.results() if (slug := entry_slug(result.path, lang))]


def test_everyday_queries_find_an_acceptable_entry_in_the_top_three(page, real_site_url, accepted):
    search = SearchPage(page)
    judged = [query for query in QUERIES if not query.get("junk")]
    assert all(accepted(query) for query in judged)  # every query has a right answer in the content
    misses = []
    for query in judged:
        found = run(search, real_site_url, query)
        if not set(found[:TOP]) & accepted(query):
            misses.append(f"{query['lang']} {query['q']!r}: {found[:TOP]}")
    score = 1 - len(misses) / len(judged)
    print(f"\n{len(judged) - len(misses)} of {len(judged)} everyday queries ({score:.1%}) find an acceptable entry in the top {TOP}")
    print("\n".join(misses))
    assert score >= PASS_SHARE, "\n".join(misses)
    assert page.problems == []


def test_junk_queries_show_no_entry(page, real_site_url):
    search = SearchPage(page)
    shown = {f"{query['lang']} {query['q']!r}": run(search, real_site_url, query) for query in QUERIES if query.get("junk")}
    print("\n" + "\n".join(f"{query}: {found}" for query, found in shown.items()))
    assert {query: found for query, found in shown.items() if found} == {}
    assert page.problems == []
