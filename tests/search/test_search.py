"""Search in real Chromium against the real built site and its real Pagefind index.

What a citizen does: type a word as they would say it, in Danish or English; narrow by filters;
browse by a filter without typing anything; do it all with the keyboard; and still find a way when
JavaScript is off. Expectations come from the model the site was built from (`directory`).
"""

from __future__ import annotations

import re

import pytest

from vejviser import urls
from vejviser.crisis import load_crisis_lines
from vejviser.search.records import RecordBuilder

from .conftest import BUILD_DATE, serve
from .searchpage import SearchPage

pytestmark = pytest.mark.browser

CLUB = "eksempel-gaaklubben"  # Gredstedbro; Danish text: "ensomhed" only; English text: "walks"
ADVICE = "eksempel-pengeraadet"  # Gørding; Danish only


def path(url: str) -> str:
    return "/" + url


def current_roles(directory, lang: str, keep=lambda role: True) -> set[str]:
    return {
        path(urls.role_url(entry.slug, role.id, lang))
        for entry in directory.entries
        for role in entry.current_roles(BUILD_DATE)
        if keep(role)
    }


def words(record) -> list[str]:
    return re.findall(r"\w+", record.text.lower())


def test_a_danish_word_form_finds_the_entry_that_uses_another_form(page, site_url, directory):
    # The club's record says "ensomhed" and no other form of the word, and "ensomme" is no prefix of it;
    # its role says "ensomme", so the query has direct hits: only Danish stemming ("ensom") finds the club.
    records = RecordBuilder(directory.vocabularies, BUILD_DATE, "da")
    club = directory.entry(CLUB)
    assert "ensomhed" in words(records.entry(club)) and not any(word.startswith("ensomme") for word in words(records.entry(club)))
    assert "ensomme" in words(records.role(club, club.volunteering[0]))

    search = SearchPage(page).open(site_url + "soeg/?q=ensomme", "ensomme")
    assert {path(urls.entry_url(CLUB, "da")), path(urls.role_url(CLUB, "gaaturmakker", "da"))} <= search.show_all().paths()
    assert page.get_by_role("searchbox", name="Søg efter hjælp eller frivilligt arbejde").input_value() == "ensomme"
    assert re.fullmatch(r"\d+ resultater for ensomme", search.summary())

    search.open(site_url + "soeg/?q=frivillig+ung", "frivillig ung")  # a youth-friendly role
    assert path(urls.role_url(CLUB, "gaaturmakker", "da")) in search.show_all().paths()  # among the real content's roles too
    assert page.problems == []


def test_an_english_query_on_en_finds_english_pages(page, site_url, directory):
    records = RecordBuilder(directory.vocabularies, BUILD_DATE, "en")
    club = directory.entry(CLUB)
    assert "walks" in words(records.entry(club)) and "walking" not in words(records.entry(club))
    assert "walking" in words(records.role(club, club.volunteering[0]))

    search = SearchPage(page).open(site_url + "en/search/?q=walking", "walking")
    results = search.results()
    found = next(result for result in results if result.path == path(urls.entry_url(CLUB, "en")))
    assert found.summary.startswith("A fictional club in Gredstedbro that goes for walks")
    assert found.facts == ("Association", "Gredstedbro")
    assert all(result.path.startswith("/en/") for result in results)
    assert re.fullmatch(r"\d+ results? for walking", search.summary())
    assert page.problems == []


def test_an_untranslated_text_on_an_english_result_is_marked_danish(page, site_url):
    search = SearchPage(page).open(site_url + "en/search/?q=budget", "budget")
    advice = next(result for result in search.results() if result.path == path(urls.entry_url(ADVICE, "en")))
    assert advice.summary.startswith("Et fiktivt råd i Gørding") and advice.summary_lang == "da"
    assert advice.title_lang == "da"  # a name is as written, in Danish
    club = next(result for result in SearchPage(page).open(site_url + "en/search/?q=walks", "walks").results() if result.path == path(urls.entry_url(CLUB, "en")))
    assert (club.title_lang, club.summary_lang) == ("da", "")  # its summary is translated


def test_help_for_a_need_comes_before_pages_that_only_mention_a_word_like_it(page, site_url, directory):
    # "gæld" (debt) and "gælder" (applies) share a stem; the privacy page says "gælder".
    debt_help = {path(urls.entry_url(entry.slug, "da")) for entry in directory.entries if "debt" in entry.needs}
    results = SearchPage(page).open(site_url + "soeg/?q=gæld", "gæld").results()
    assert {result.path for result in results[: len(debt_help)]} == debt_help
    assert "Information" in {fact for result in results for fact in result.facts}  # the page is found, after


def test_a_filter_narrows_the_results(page, site_url):
    search = SearchPage(page).open(site_url + "soeg/?q=ensomme", "ensomme")
    before = search.show_all().paths()
    search.tick("Område", "Gredstedbro")
    assert search.show_all().paths() == {path(urls.entry_url(CLUB, "da")), path(urls.role_url(CLUB, "gaaturmakker", "da"))} < before
    assert search.checked("Område") == ["Gredstedbro"]
    assert page.problems == []


def test_browsing_with_no_query_lists_everything_under_a_filter(page, site_url, directory):
    search = SearchPage(page).open(site_url + "soeg/")
    everything = search.count()
    assert search.summary() == f"{everything} resultater" and len(search.results()) == 10  # ten at a time

    search.tick("Vis", "Frivillige opgaver")
    assert search.show_all().paths() == current_roles(directory, "da")
    search.tick("Godt at vide", "Godt for unge")
    assert search.show_all().paths() == current_roles(directory, "da", keep=lambda role: role.suits_young_people)
    assert 0 < search.count() < everything
    assert page.problems == []


def test_two_values_of_a_filter_find_either_but_good_to_know_needs_every_one(page, site_url, directory):
    towns = {term.id for term in directory.vocabularies.areas if term.label.da in ("Gredstedbro", "Gørding")}
    in_towns = [entry for entry in directory.entries if towns & set(entry.towns)]
    search = SearchPage(page).open(site_url + "soeg/")
    search.tick("Område", "Gredstedbro")
    search.tick("Område", "Gørding")
    assert search.show_all().paths() == {path(urls.entry_url(entry.slug, "da")) for entry in in_towns} | {
        path(urls.role_url(entry.slug, role.id, "da")) for entry in in_towns for role in entry.current_roles(BUILD_DATE)
    }
    assert {path(urls.entry_url(CLUB, "da")), path(urls.entry_url(ADVICE, "da"))} <= search.paths()

    search.open(site_url + "soeg/")
    search.tick("Godt at vide", "Gratis")
    search.tick("Godt at vide", "Du kan være anonym")
    free_and_anonymous = {path(urls.entry_url(entry.slug, "da")) for entry in directory.entries if entry.free and entry.anonymous}
    assert free_and_anonymous and search.show_all().paths() == free_and_anonymous
    assert page.problems == []


def test_more_results_come_ten_at_a_time_and_the_keyboard_lands_on_the_first_new_one(page, site_url):
    search = SearchPage(page).open(site_url + "soeg/")
    first_ten = search.results()
    more = page.get_by_role("button", name="Indlæs flere resultater")
    more.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.vv-search-ui__list > li').length === 20")
    eleventh = search.results()[10]
    assert search.results()[:10] == first_ten
    assert page.evaluate("document.activeElement.textContent") == eleventh.title
    assert page.problems == []


def test_the_filters_are_in_a_sensible_order_and_in_the_page_language(page, site_url):
    names = SearchPage(page).open(site_url + "en/search/").filter_names()
    assert names == ["Show", "Help with", "Who it is for", "Area", "How to take part", "Languages spoken", "How much time", "Good to know"]


def test_the_volunteer_page_starts_with_volunteer_roles_only(page, site_url, directory):
    search = SearchPage(page).open(site_url + urls.section_url("volunteer", "da"))
    assert search.show_all().paths() == current_roles(directory, "da")
    assert search.checked("Vis") == ["Frivillige opgaver"]
    # the filters it offers, in its order (theme/templates/volunteer.html: search_ui's `facets`)
    assert search.filter_names() == ["Vis", "Hvor meget tid", "Godt at vide", "Område", "Hjælp til"]
    assert page.problems == []


def test_the_index_holds_entries_roles_and_content_pages_and_nothing_else(page, site_url, search_site, directory):
    SearchPage(page).open(site_url + "soeg/")
    indexed = page.evaluate(
        """async () => {
            const pagefind = await import("/pagefind/pagefind.js");
            const search = await pagefind.search(null);
            return Promise.all(search.results.map(result => result.data().then(data => data.url)));
        }"""
    )
    pages_dir = search_site.source / "content" / "pages"
    content_pages = {
        path(urls.page_url(re.search(r"^Slug: *(.+)$", file.read_text("utf-8"), re.M).group(1).strip(), "da"))
        for file in pages_dir.glob("*.da.md")
    }
    entries = {path(urls.entry_url(entry.slug, "da")) for entry in directory.entries}
    assert sorted(indexed) == sorted(entries | current_roles(directory, "da") | content_pages)
    assert [url for url in indexed if not (search_site.output / url.lstrip("/") / "index.html").is_file()] == []


def test_the_keyboard_alone_can_search_filter_and_open_a_result(page, site_url):
    search = SearchPage(page)
    page.goto(site_url + urls.page_url("om", "da"))
    tab_to(page, "document.activeElement.id === 'header-search'")
    page.keyboard.type("ensomme")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/soeg/\?q=ensomme$"))
    search.wait(0, "ensomme")

    tab_to(page, "document.activeElement.matches('details[data-filter-name=\"Område\"] > summary')")
    page.keyboard.press("Enter")
    tab_to(page, "document.activeElement.matches('input[value=\"Gredstedbro\"]')")
    done = search.searches()
    page.keyboard.press("Space")
    search.wait(done, "ensomme")
    assert path(urls.entry_url(CLUB, "da")) in search.paths() and all("gaaklubben" in found for found in search.paths())
    assert page.evaluate("document.activeElement.value") == "Gredstedbro"  # focus stays where it was

    tab_to(page, "document.activeElement.matches('.vv-result a') && document.activeElement.textContent === 'Eksempel-Gåklubben'")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + urls.entry_url(CLUB, "da"))
    assert page.locator("h1").inner_text() == "Eksempel-Gåklubben"
    assert page.problems == []


def test_without_javascript_the_search_page_says_so_and_offers_every_topic_with_its_words(browser, site_url, directory, search_site):
    # A static page cannot read the query without JavaScript: the address keeps it, and the page offers
    # every need with the words people use for it (found with Find on page), target groups and towns.
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "soeg/?q=depression")
        main = page.locator("main")
        text = main.inner_text()
        assert "Søgefeltet kræver JavaScript" in text
        assert "depression" in text.split("Psykisk trivsel", 1)[1].split("\n", 2)[1]
        links = main.locator("a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
        for section, vocabulary in (("need", "needs"), ("target_group", "target_groups"), ("town", "areas")):
            for term in directory.vocabularies[vocabulary]:
                assert "../" + urls.listing_url(section, "da", term) in links
        assert "../a-aa/" in links
        for link in links:
            if link.startswith("../"):
                assert page.request.get(site_url + "soeg/" + link).status == 200, link
        crisis_lines, _ = load_crisis_lines(search_site.source / "content")
        assert main.locator(".vv-search-help__crisis a").all_inner_texts() == [line.number for line in crisis_lines]
    finally:
        context.close()


def test_a_site_under_a_subpath_links_its_results_inside_it(page, search_site, tmp_path):
    (tmp_path / "vejviser").symlink_to(search_site.output, target_is_directory=True)
    with serve(tmp_path) as host:
        search = SearchPage(page).open(host + "vejviser/soeg/?q=ensomme", "ensomme")
        assert path("vejviser/" + urls.entry_url(CLUB, "da")) in search.paths()
        assert all(result.path.startswith("/vejviser/") for result in search.results())
    assert page.problems == []


def tab_to(page, condition: str, limit: int = 120) -> None:
    """Press Tab until `condition` (JavaScript) holds for the focused element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return
    raise AssertionError(f"{limit} presses of Tab never reached: {condition}")
