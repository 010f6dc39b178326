"""The addresses of needs, target groups and areas: slugs from the vocabularies, checked with located
messages in Danish and English, and the old addresses that keep leading on (`vejviser.moved`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vejviser import urls
from vejviser.moved import moves
from vejviser.vocabulary import load_vocabularies

from .conftest import REPO

VOCABULARIES = REPO / "content" / "vocabularies"


@pytest.fixture
def vocabulary_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(VOCABULARIES, tmp_path / "vocabularies"))


def edited(folder: Path, name: str, old: str, new: str) -> Path:
    path = folder / f"{name}.yaml"
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def problems_of(folder: Path) -> list[tuple[str, str]]:
    return [(problem.format("da"), problem.format("en")) for problem in load_vocabularies(folder)[1]]


def test_the_shipped_vocabularies_give_every_page_a_danish_and_an_english_address():
    vocabularies, problems = load_vocabularies(VOCABULARIES)
    assert problems == []
    loneliness, elderly, nationwide = vocabularies.needs["loneliness"], vocabularies.target_groups["elderly"], vocabularies.areas["nationwide"]
    assert urls.listing_url("need", "da", loneliness) == "hjaelp/ensomhed/"
    assert urls.listing_url("need", "en", loneliness) == "en/help/loneliness/"
    assert urls.listing_url("need", "da", loneliness, vocabularies.areas["tjaereborg"]) == "hjaelp/ensomhed/tjaereborg/"
    assert urls.listing_url("target_group", "da", elderly) == "for/aeldre/"
    assert urls.listing_url("target_group", "en", elderly) == "en/for/older-people/"
    assert urls.listing_url("town", "da", nationwide) == "by/hele-landet/"
    links = urls.Links("da", urls.term_slugs(vocabularies, "da"))
    assert links.need("grief") == "hjaelp/sorg/" and links.need_in_town("grief", "ribe") == "hjaelp/sorg/ribe/"
    assert links.section("town", "esbjerg-kommune") == "by/hele-kommunen/" and links.target_group() == "for/"


def test_a_slug_that_is_no_address_is_located_with_a_fix_in_both_languages(vocabulary_dir):
    path = edited(vocabulary_dir, "needs", "slug: {da: sorg, en: grief}", "slug: {da: Sorg og tab, en: grief}")
    [(danish, english)] = problems_of(vocabulary_dir)
    where = f"{path}:{line_of(path, 'Sorg og tab, en: grief')}:"
    assert danish.startswith(where) and "'Sorg og tab' kan ikke bruges i en adresse" in danish and "fx 'sorg-og-tab'" in danish
    assert english.startswith(where) and "'Sorg og tab' cannot be used in an address" in english and "e.g. 'sorg-og-tab'" in english


def test_a_term_without_a_slug_is_told_one_made_from_its_labels(vocabulary_dir):
    path = edited(vocabulary_dir, "target_groups", "  slug: {da: aeldre, en: older-people}\n", "")
    [(danish, english)] = problems_of(vocabulary_dir)
    assert danish.startswith(f"{path}:{line_of(path, 'elderly:')}:1: ordet 'elderly' mangler adressen på sin side under 'slug:'")
    assert "slug: {da: aeldre, en: older-people}" in danish and "slug: {da: aeldre, en: older-people}" in english


def test_two_terms_cannot_share_an_address_in_a_language(vocabulary_dir):
    path = edited(vocabulary_dir, "needs", "slug: {da: sorg, en: grief}", "slug: {da: ensomhed, en: grief}")
    [(danish, english)] = problems_of(vocabulary_dir)
    assert danish.startswith(f"{path}:{line_of(path, 'da: ensomhed, en: grief')}:")
    assert "adressen /hjaelp/ensomhed/ hører allerede til 'loneliness'" in danish
    assert "the address /hjaelp/ensomhed/ already belongs to 'loneliness'" in english


def test_a_slug_cannot_take_the_address_another_term_had(vocabulary_dir):
    """`/hjaelp/loneliness/` keeps leading to loneliness's page, so no other need may live there."""
    edited(vocabulary_dir, "needs", "slug: {da: sorg, en: grief}", "slug: {da: loneliness, en: grief}")
    [(danish, _english)] = problems_of(vocabulary_dir)
    assert "adressen /hjaelp/loneliness/ hører allerede til 'loneliness'" in danish


def test_a_town_cannot_be_called_like_the_print_view(vocabulary_dir):
    path = edited(vocabulary_dir, "areas", "slug: {da: ribe, en: ribe}", "slug: {da: udskriv, en: ribe}")
    [(danish, english)] = problems_of(vocabulary_dir)
    assert danish.startswith(f"{path}:{line_of(path, 'da: udskriv')}:") and "'udskriv' er navnet på udskriftsversionen" in danish
    assert "'udskriv' is the name of the print view" in english


def test_old_slugs_must_be_addresses_listed_per_language(vocabulary_dir):
    path = edited(vocabulary_dir, "needs", "slug: {da: sorg, en: grief}", "slug: {da: sorg, en: grief}\n  old_slugs: [sorg-og-tab]")
    [(danish, english)] = problems_of(vocabulary_dir)
    assert danish.startswith(f"{path}:{line_of(path, '  old_slugs: [')}:") and "old_slugs: {da: [ensom], en: [lonely]}" in danish
    assert "must list former addresses per language" in english


def test_an_editor_who_changes_a_slug_keeps_the_old_address_with_old_slugs(vocabulary_dir):
    edited(vocabulary_dir, "needs", "slug: {da: ensomhed, en: loneliness}", "slug: {da: ensom, en: loneliness}\n  old_slugs: {da: [ensomhed]}")
    vocabularies, problems = load_vocabularies(vocabulary_dir)
    assert problems == []
    moved = {move.old: move.new for move in moves(vocabularies, ("da", "en"))}
    assert moved["hjaelp/ensomhed/"] == moved["hjaelp/loneliness/"] == "hjaelp/ensom/"
    assert moved["hjaelp/ensomhed/udskriv/"] == "hjaelp/ensom/udskriv/"
    assert moved["hjaelp/ensomhed/ribe/"] == moved["hjaelp/loneliness/ribe/"] == "hjaelp/ensom/ribe/"
    assert "en/help/loneliness/" not in moved  # the English address stayed


def test_the_old_addresses_are_the_ids_where_the_slug_differs():
    vocabularies, _ = load_vocabularies(VOCABULARIES)
    moved = {(move.lang, move.old): move.new for move in moves(vocabularies, ("da", "en"))}
    assert moved[("da", "hjaelp/loneliness/")] == "hjaelp/ensomhed/"
    assert moved[("da", "hjaelp/loneliness/goerding/")] == "hjaelp/ensomhed/goerding/"
    assert moved[("da", "by/nationwide/udskriv/")] == "by/hele-landet/udskriv/"
    assert moved[("en", "en/for/elderly/")] == "en/for/older-people/"
    assert ("da", "by/ribe/") not in moved and ("en", "en/help/grief/") not in moved  # the same in both schemes
    # No old address is the address of a page (the checks above keep it so).
    pages = {
        urls.listing_url(section, lang, term)
        for lang in ("da", "en")
        for section, name in urls.TERM_SECTIONS.items()
        for term in vocabularies[name]
    }
    assert not pages & {old for _lang, old in moved}
