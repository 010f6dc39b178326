"""No dead ends, nearest first (issue 20, items 3 and 4), on the shipped content built as `make html` does.

Every town, target-group and need page lists every service that reaches its readers and never says 0
while one does; town pages list the services for the whole municipality and the country under "Også
for dig", target-group pages the services for everyone; a need page for a town lists that town's
services first, then the municipality's, then the nationwide ones; and an empty page says what to do.
"""

from __future__ import annotations

import datetime
import re
import shutil

import pytest

from pelican_build import FIXTURES, REPO, assemble_content, build
from vejviser.content import load_directory

LANGS = {"da": ("", "hjaelp", "for", "by"), "en": ("en/", "help", "for", "towns")}


@pytest.fixture(scope="module")
def directory():
    loaded = load_directory(REPO / "content", datetime.date.today())
    return loaded[0] if isinstance(loaded, tuple) else loaded


def count_in_lead(site, path: str) -> int:
    lead = site.page(path).select_one("main .vv-lead").get_text(strip=True)
    return int(re.match(r"\d+", lead).group())


def listed(site, path: str, selector: str = "main") -> list[str]:
    """The entries a page lists, by slug, in its order."""
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in site.page(path).select(f"{selector} .vv-card__title a")]


def serves(entry, area: str, kinds: dict[str, str]) -> bool:
    scopes = {kinds.get(served) for served in entry.areas}
    return area in entry.towns or "nationwide" in scopes or ("municipality" in scopes and kinds.get(area) == "town")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_town_page_lists_every_service_that_reaches_the_town_and_never_says_0(real_site, directory, lang):
    prefix, _need, _group, town = LANGS[lang]
    kinds = {term.id: term.area_kind for term in directory.vocabularies.areas}
    for area in directory.vocabularies.areas:
        path = f"{prefix}{town}/{area.slug(lang)}/"
        expected = {entry.slug for entry in directory.entries if serves(entry, area.id, kinds)}
        shown = listed(real_site, path)
        assert sorted(shown) == sorted(expected), path
        assert count_in_lead(real_site, path) == len(shown) > 0, path
        assert not re.search(r"(?<![\d.,])0 (tilbud|services)\b", real_site.text(path)), path  # "20 tilbud" is fine


@pytest.mark.parametrize("path", ["by/", "en/towns/", "for/", "en/for/"])
def test_the_overviews_of_towns_and_target_groups_count_every_service_that_reaches_them(real_site, path):
    counts = [tile.get_text(strip=True) for tile in real_site.page(path).select("main .vv-tile__count")]
    assert counts and not [count for count in counts if count.startswith("0 ")], counts


def test_ribe_shows_the_municipality_and_nationwide_services_under_also_for_you(real_site, directory):
    for path, heading in (("by/ribe/", "Også for dig"), ("en/towns/ribe/", "Also for you")):
        also = real_site.page(path).select_one("main .vv-also")
        assert also is not None and also.h2.get_text(strip=True) == heading, path
        groups = [title.get_text(" ", strip=True) for title in also.select(".vv-listing__group-title")]
        assert [re.sub(r" \(\d+\)$", "", group) for group in groups] == (
            ["Hele Esbjerg Kommune", "Hele landet"] if path.startswith("by/") else ["All of Esbjerg Municipality", "Nationwide"]
        )
        assert "lev-uden-vold" in listed(real_site, path, "main .vv-also")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_target_group_page_lists_its_services_and_those_for_everyone(real_site, directory, lang):
    prefix, _need, group, _town = LANGS[lang]
    for term in directory.vocabularies.target_groups:
        path = f"{prefix}{group}/{term.slug(lang)}/"
        expected = {
            entry.slug for entry in directory.entries
            if term.id in entry.target_groups or "everyone" in entry.target_groups or not entry.target_groups
        }
        shown = listed(real_site, path)
        assert sorted(shown) == sorted(expected), path
        assert count_in_lead(real_site, path) == len(shown) > 0, path


def test_women_are_pointed_to_lev_uden_vold_with_a_quick_exit(real_site):
    for path in ("for/kvinder/", "en/for/women/"):
        assert "lev-uden-vold" in listed(real_site, path, "main .vv-also"), path
        assert real_site.page(path).select_one("[data-vv-quick-exit-link]") is not None, path


def test_older_people_see_the_services_for_everyone_too(real_site):
    shown = listed(real_site, "en/for/older-people/", "main .vv-also")
    assert {"folkekirken-samtale-med-en-praest", "laegevagten-region-syddanmark", "livslinien"} <= set(shown)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_need_page_lists_its_services_and_never_says_0(real_site, directory, lang):
    prefix, need, _group, _town = LANGS[lang]
    for term in directory.vocabularies.needs:
        path = f"{prefix}{need}/{term.slug(lang)}/"
        expected = {entry.slug for entry in directory.entries if term.id in entry.needs}
        shown = listed(real_site, path)
        assert sorted(shown) == sorted(expected), path
        assert count_in_lead(real_site, path) == len(shown), path
        if not shown:  # an empty page says what to do instead
            links = {a["href"] for a in real_site.page(path).select("main .vv-empty a")}
            assert "#crisis" in links and any("soeg/" in link or "search/" in link for link in links), path


def test_a_need_page_for_a_town_lists_the_town_then_the_municipality_then_nationwide(real_site, directory):
    """A lonely 70-year-old in Ribe: what serves Ribe comes first; services only in other towns last."""
    kinds = {term.id: term.area_kind for term in directory.vocabularies.areas}
    by_slug = {entry.slug: entry for entry in directory.entries}

    def rank(slug: str) -> int:
        entry = by_slug[slug]
        scopes = {kinds.get(area) for area in entry.areas}
        if "ribe" in entry.towns:
            return 0
        return 1 if "municipality" in scopes and "nationwide" not in scopes else 2 if "nationwide" in scopes else 3

    for path in ("hjaelp/ensomhed/ribe/", "en/help/loneliness/ribe/"):
        shown = listed(real_site, path)
        assert sorted(shown) == sorted(entry.slug for entry in directory.entries if "loneliness" in entry.needs), path
        ranks = [rank(slug) for slug in shown]
        assert ranks == sorted(ranks) and ranks[0] < 3, (path, list(zip(shown, ranks)))
    assert real_site.page("hjaelp/ensomhed/ribe/").h1.get_text(strip=True) == "Ensomhed og fællesskab i Ribe"
    # Each card says whom the service is for and where it serves.
    card = real_site.page("en/help/loneliness/ribe/").select_one("main .vv-card")
    reach = card.select_one(".vv-card__reach").get_text(" ", strip=True)
    assert reach.startswith("For:") and "Where:" in reach
    # The need page offers the page for each town.
    links = {a["href"] for a in real_site.page("hjaelp/ensomhed/").select("main .vv-choose-town a")}
    assert "../../hjaelp/ensomhed/ribe/" in links


def test_an_empty_listing_says_what_to_do_instead(tmp_path):
    """A site with one local service only: another town's page has nothing, and says what to do."""
    content = assemble_content(tmp_path / "content")
    shutil.copytree(FIXTURES / "content" / "pages", content / "pages")
    (content / "associations").mkdir()
    (content / "associations" / "lokal.yaml").write_text(
        "name: Lokal forening\nkind: association\nsummary:\n  da: En lokal forening.\n  en: A local association.\n"
        "needs: [loneliness]\ntarget_groups: [adults]\nareas: [esbjerg]\nlast_verified:\n",
        "utf-8",
    )
    result = build(content, tmp_path / "output")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "output" / "by" / "ribe" / "index.html").read_text("utf-8")
    assert "Vi kender ingen tilbud her endnu. Det kan du gøre i stedet:" in page
    assert 'href="#crisis"' in page and "../../soeg/" in page and "../../hjaelp/" in page



@pytest.mark.parametrize(
    ("path", "empty"),
    [
        ("en/volunteer/no-danish-needed/", "No association has said yet that a task can be done without Danish."),
        ("frivillig/ingen-dansk/", "Ingen forening har endnu skrevet, at en opgave kan klares uden dansk."),
    ],
)
def test_a_volunteer_browse_page_without_roles_says_so_and_shows_the_nearest_roles(real_site, path, empty):
    page = real_site.page(path)
    assert page.select_one("main .vv-empty").get_text(strip=True) == empty
    assert "No association is looking for volunteers right now" not in real_site.text(path)
    nearest = page.select_one("main section[aria-labelledby=nearest]")
    assert nearest is not None and len(nearest.select(".vv-role-list > li")) == 6  # the six current roles


@pytest.mark.parametrize(
    ("path", "none_yet"),
    [
        ("frivillig/", "Ingen endnu – se opgaver, der kommer tæt på"),
        ("frivillig/unge/", "Ingen endnu – se opgaver, der kommer tæt på"),
        ("en/volunteer/", "None yet – see tasks that come close"),
    ],
)
def test_a_volunteer_tile_without_roles_of_its_own_leads_to_the_nearest_and_never_says_0(real_site, path, none_yet):
    """No task says yet that it can be done without Danish: its tile said "0 opgaver", though its page
    shows the tasks that come close."""
    hints = {
        tile.select_one(".vv-tile__title").get_text(strip=True): tile.select_one(".vv-tile__hint").get_text(strip=True)
        for tile in real_site.page(path).select("main .vv-tile")
        if tile.select_one(".vv-tile__hint")
    }
    assert none_yet in hints.values(), hints
    assert not [hint for hint in hints.values() if hint.startswith("0 ")], hints


def test_the_young_peoples_page_lists_its_roles_then_the_nearest_others(real_site):
    """Fewer than three roles for young people: the page says so and fills up with the nearest others,
    six at most, never one it already lists."""
    page = real_site.page("en/volunteer/young-people/")
    own = [a["href"] for a in page.select("main section[aria-labelledby=roles] .vv-role-list > li a.vv-card__link")]
    near = [a["href"] for a in page.select("main section[aria-labelledby=nearest] .vv-role-list > li a.vv-card__link")]
    every = real_site.page("en/volunteer/").select("main .vv-role-list > li")
    assert 1 <= len(own) < 3  # Ventilen's and the others with a minimum age for the young
    assert len(near) == min(6, len(every) - len(own)) and not set(near) & set(own)


@pytest.mark.parametrize("path", ["frivillig/", "en/volunteer/"])
def test_bliv_frivillig_has_one_list_of_roles_and_one_search_box(real_site, directory, path):
    page = real_site.page(path)
    assert len(page.select("input[type=search]")) == 1  # the search of the roles; the header's is left out
    assert len(page.select("form.vv-search-ui")) == 1
    # The page's own list of the roles is there only without JavaScript (with it, the search lists them).
    lists = page.select("main .vv-role-list")
    assert len(lists) == 1 and lists[0].find_parent("noscript") is not None
    current = [role for entry in directory.entries for role in entry.current_roles(datetime.date.today())]
    assert len(lists[0].select(":scope > li")) == len(current) > 0
