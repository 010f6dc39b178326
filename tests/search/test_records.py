"""The search records, built from the model: what is indexed, in which language, with which filters."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from vejviser import urls
from vejviser.content import load_directory
from vejviser.search.facets import FACETS, ValueLabels, pagefind_filters
from vejviser.search.records import SearchRecord, search_records

from .conftest import BUILD_DATE, SEARCH_ENTRIES

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Page:
    """A content page as Pelican gives it: HTML content and summary."""

    url: str
    lang: str
    title: str
    content: str
    summary: str


PAGES = [
    Page("om/", "da", "Om Vejviser", "<h2>Hvem</h2><p>Vi viser <strong>vej</strong>.</p><script>x()</script>", "<p>Kort om os.</p>"),
    Page("en/about/", "en", "About Vejviser", "<p>We show the way.</p>", "<p>About us.</p>"),
]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    shutil.copytree(REPO / "content" / "vocabularies", content / "vocabularies")
    shutil.copytree(SEARCH_ENTRIES, content / "associations")
    directory = load_directory(content, BUILD_DATE)
    assert directory.errors == []
    return directory


@pytest.fixture(scope="module")
def records(model) -> dict[str, SearchRecord]:
    return {record.url: record for record in search_records(model.entries, PAGES, model.vocabularies, BUILD_DATE, ("da", "en"))}


def test_every_entry_its_current_roles_and_every_content_page_in_each_language(records):
    assert sorted(records) == sorted(
        [
            "/" + urls.entry_url("eksempel-gaaklubben", "da"),
            "/" + urls.entry_url("eksempel-gaaklubben", "en"),
            "/" + urls.entry_url("eksempel-pengeraadet", "da"),
            "/" + urls.entry_url("eksempel-pengeraadet", "en"),
            "/" + urls.role_url("eksempel-gaaklubben", "gaaturmakker", "da"),
            "/" + urls.role_url("eksempel-gaaklubben", "gaaturmakker", "en"),
            "/" + urls.role_url("eksempel-pengeraadet", "budgetven", "da"),
            "/" + urls.role_url("eksempel-pengeraadet", "budgetven", "en"),
            "/om/",
            "/en/about/",
        ]
    )  # the Christmas lunch role ended before the build date
    assert {record.language for url, record in records.items() if url.startswith("/en/")} == {"en"}
    assert {record.language for url, record in records.items() if not url.startswith("/en/")} == {"da"}


def test_an_entry_has_filters_a_person_reads_in_its_language(records):
    da = records["/tilbud/eksempel-gaaklubben/"]
    assert da.filters == {
        "Vis": ["Tilbud"],
        "Hjælp til": ["Ensomhed og fællesskab"],
        "Hvem er det for": ["Ældre"],
        "Område": ["Gredstedbro"],
        "Sådan foregår det": ["Mød op uden aftale", "Gruppe"],
        "Sprog": ["Dansk"],
        "Godt at vide": ["Gratis", "Søger frivillige"],
    }
    en = records["/en/services/eksempel-gaaklubben/"]
    assert en.filters["Help with"] == ["Loneliness and community"]
    assert en.filters["Good to know"] == ["Free", "Looking for volunteers"]
    assert set(en.filters) <= {facet.name.en for facet in FACETS.values()}


def test_an_entry_shows_its_name_summary_kind_and_town(records):
    da = records["/tilbud/eksempel-gaaklubben/"]
    assert da.title == "Eksempel-Gåklubben"
    assert da.meta == {
        "summary": "En fiktiv gåklub i Gredstedbro for alle, der kender til ensomhed.",
        "kind": "Forening",
        "town": "Gredstedbro",
    }
    text = da.text
    assert "Vi mødes ved kirken hver onsdag" in text and "Gratis" in text and "Ensomhed og fællesskab" in text
    assert "<" not in text  # Markdown rendered to text, not HTML


def test_what_an_entry_is_about_weighs_more_than_what_it_mentions(records):
    weights = {passage.text: passage.weight for passage in records["/tilbud/eksempel-gaaklubben/"].passages}
    topic, summary = weights["Ensomhed og fællesskab, Ældre"], weights["En fiktiv gåklub i Gredstedbro for alle, der kender til ensomhed."]
    assert topic > summary > weights["Vi mødes ved kirken hver onsdag og går en tur sammen. Bagefter drikker vi kaffe."]


def test_an_untranslated_entry_is_marked_as_danish_on_its_english_record(records):
    """A summary without a translation is Danish there; a name is Danish on every English record."""
    en = records["/en/services/eksempel-pengeraadet/"]
    assert en.meta["summary"].startswith("Et fiktivt råd i Gørding")
    assert (en.meta["title_lang"], en.meta["summary_lang"]) == ("da", "da")
    assert "title_lang" not in records["/tilbud/eksempel-pengeraadet/"].meta and "summary_lang" not in records["/tilbud/eksempel-pengeraadet/"].meta
    translated = records["/en/services/eksempel-gaaklubben/"].meta
    assert translated["title_lang"] == "da" and "summary_lang" not in translated


def test_a_role_carries_its_entrys_needs_and_town_but_is_not_found_by_the_need(records):
    role = records["/" + urls.role_url("eksempel-gaaklubben", "gaaturmakker", "da")]
    assert role.filters == {
        "Vis": ["Frivillige opgaver"],
        "Hjælp til": ["Ensomhed og fællesskab"],
        "Område": ["Gredstedbro"],
        "Hvor meget tid": ["Ad hoc / enkeltstående opgave"],
        "Godt at vide": ["Godt for unge", "Dansk er ikke nødvendigt"],
    }
    assert role.title == "Gåturmakker" and role.meta["kind"] == "Frivillig hos Eksempel-Gåklubben"
    assert "Frivillige opgaver" in role.text and "Godt for unge" in role.text
    assert "Ensomhed" not in role.text  # "ensomhed" finds help, not tasks
    needs_danish = records["/" + urls.role_url("eksempel-pengeraadet", "budgetven", "da")]
    assert "Godt at vide" not in needs_danish.filters


def test_a_content_page_is_text_without_markup_or_scripts(records):
    page = records["/om/"]
    assert page.text == "Om Vejviser\nKort om os.\nHvem Vi viser vej."
    assert page.title == "Om Vejviser" and page.meta == {"summary": "Kort om os.", "kind": "Information"}
    assert page.filters == {"Vis": ["Information"]}


def test_every_facet_and_value_has_a_danish_and_an_english_label(model):
    names = [facet.name for facet in FACETS.values()]
    assert all(name.da and name.en for name in names)
    assert len({name.da for name in names}) == len({name.en for name in names}) == len(names)
    for key, facet in FACETS.items():
        ids = facet.values or model.vocabularies[facet.vocabulary].terms
        for lang in ("da", "en"):
            assert all(facet.label(value, lang, model.vocabularies) for value in ids), (key, lang)


def test_a_preset_by_key_and_id_becomes_pagefinds_filters_in_the_page_language(model):
    selection = {"type": ["role"], "good_to_know": ["youth_friendly"], "need": []}
    assert pagefind_filters(ValueLabels("da", model.vocabularies)(selection), "da") == {
        "Vis": ["Frivillige opgaver"],
        "Godt at vide": ["Godt for unge"],
    }
    assert pagefind_filters(ValueLabels("en", model.vocabularies)(selection), "en") == {
        "Show": ["Volunteer tasks"],
        "Good to know": ["Good for young people"],
    }
