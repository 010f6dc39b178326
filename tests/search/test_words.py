"""The words people use (the vocabularies' `words`): every term has them, entries are indexed with
them at a topic's weight, and the search page gets the towns and the known words from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vejviser.content import load_directory
from vejviser.search.records import TOPIC, RecordBuilder
from vejviser.search.words import known_words, towns, wide_areas, word_map, write_known_words
from vejviser.vocabulary import load_vocabularies

from .conftest import BUILD_DATE

REPO = Path(__file__).resolve().parents[2]
WITH_WORDS = ("needs", "target_groups", "kinds", "areas")


@pytest.fixture(scope="module")
def vocabularies():
    loaded, problems = load_vocabularies(REPO / "content" / "vocabularies")
    assert problems == []
    return loaded


@pytest.mark.parametrize("name", WITH_WORDS)
def test_every_term_carries_the_words_people_use_in_both_languages(vocabularies, name):
    for term in vocabularies[name]:
        for lang in ("da", "en"):
            words = term.words(lang)
            assert words, f"{name}.yaml: {term.id} has no words in {lang}"
            assert all(word == word.lower().strip() for word in words)


def test_the_words_issue_20_names_are_there(vocabularies):
    needs = vocabularies.needs
    assert {"depression", "angst", "psykolog", "nedtrykt", "tristhed", "psykisk syg"} <= set(needs["mental-health"].words("da"))
    assert {"depression", "anxiety", "depressed", "sad"} <= set(needs["mental-health"].words("en"))
    assert {"gæld", "inkasso", "penge", "rykker", "budget"} <= set(needs["debt"].words("da"))
    assert {"sorg", "død", "enke", "enkemand", "mistet"} <= set(needs["grief"].words("da"))
    assert {"grieving", "widow", "bereavement"} <= set(needs["grief"].words("en"))
    assert {"ensom", "alene", "snakke med nogen", "besøgsven"} <= set(needs["loneliness"].words("da"))
    assert {"lonely", "lonley"} <= set(needs["loneliness"].words("en"))
    assert {"slået", "voldelig kæreste"} <= set(needs["violence"].words("da"))


def test_words_that_are_not_a_list_of_text_are_no_words():
    from vejviser.text import Text
    from vejviser.vocabulary import Term

    assert Term("x", Text("X", "X"), {"words": {"da": "ensom"}}).words("da") == ()
    assert Term("x", Text("X", "X"), {"words": ["ensom"]}).words("da") == ()
    assert Term("x", Text("X", "X"), {"words": {"da": [" Ensom ", "ensom", None, 6760]}}).words("da") == ("ensom", "6760")


def test_an_entry_is_indexed_with_its_needs_words_at_a_topics_weight_and_its_roles_are_not():
    directory = load_directory(REPO / "content", BUILD_DATE)
    sind = directory.entry("sind")
    record = RecordBuilder(directory.vocabularies, BUILD_DATE, "da").entry(sind)
    words = next(passage for passage in record.passages if "depri" in passage.text)
    assert words.weight == TOPIC and "psykolog" in words.text
    assert "depri" not in sind.summary.da and "depri" not in record.meta.values()  # indexed, never shown
    english = RecordBuilder(directory.vocabularies, BUILD_DATE, "en").entry(sind)
    assert "anxiety" in english.text and "depri" not in english.text
    # A role carries its entry's needs as filters, not their words: "sorg" should find help, not tasks.
    builder = RecordBuilder(directory.vocabularies, BUILD_DATE, "da")
    for entry in directory.entries:
        entry_words = {passage.text for passage in builder.entry(entry).passages if passage.weight == TOPIC}
        for role in entry.current_roles(BUILD_DATE):
            assert not entry_words & {passage.text for passage in builder.role(entry, role).passages}


def test_towns_are_known_by_name_and_postcode_and_served_by_the_municipality_and_the_country(vocabularies):
    ribe = next(town for town in towns(vocabularies, "da") if town["label"] == "Ribe")
    assert {"ribe", "6760"} <= set(ribe["names"])
    assert wide_areas(vocabularies, "da") == ["Hele Esbjerg Kommune", "Hele landet"]
    tjaereborg = next(town for town in towns(vocabularies, "en") if town["label"] == "Tjæreborg")
    assert "tjaereborg" in tjaereborg["names"]


def test_the_word_map_leads_from_words_to_need_target_group_and_town_pages(vocabularies):
    mapped = word_map(vocabularies, "da")
    mental = next(term for term in mapped["need"] if term.url == "hjaelp/psykisk-trivsel/")
    assert mental.label == "Psykisk trivsel" and "depression" in mental.words
    assert [term.url for term in mapped["town"]][:2] == ["by/hele-kommunen/", "by/hele-landet/"]
    assert {term.url for term in mapped["target_group"]} >= {"for/aeldre/", "for/kvinder/"}


def test_the_known_words_are_written_next_to_each_search_page(vocabularies, tmp_path):
    write_known_words(vocabularies, ("da", "en"), ["Mødrehjælpen"], tmp_path)
    danish = json.loads((tmp_path / "soeg" / "words.json").read_text("utf-8"))
    english = json.loads((tmp_path / "en" / "search" / "words.json").read_text("utf-8"))
    assert {"psykolog", "ensomhed", "mødrehjælpen"} <= set(danish) and "lonely" not in danish
    assert {"lonely", "psychologist"} <= set(english)
    assert danish == sorted(danish) == known_words(vocabularies, "da", ["Mødrehjælpen"])
