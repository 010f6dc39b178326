"""WCAG 3.1.2, language of parts: on every English page of the shipped site, text that comes from the
data in Danish (names of associations and places, titles of sources) is marked `lang="da"`, so a
screen reader reads it with Danish rules. Axe cannot see this."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from bs4 import NavigableString

from pelican_build import REPO
from vejviser.content import load_directory
from vejviser.text import Text


def english_of(value) -> set[str]:
    """Every English text of the data in `value` (a model object, walked through its fields)."""
    if isinstance(value, Text):
        return {value.en} if value.en else set()
    if dataclasses.is_dataclass(value):
        return set().union(*(english_of(getattr(value, field.name)) for field in dataclasses.fields(value)))
    if isinstance(value, (tuple, list)):
        return set().union(*(english_of(item) for item in value))
    return set()


@pytest.fixture(scope="module")
def danish_texts() -> set[str]:
    """The data's texts that exist only as written, in Danish; less any that the data also gives as
    English somewhere (a phone's purpose may be the name itself)."""
    directory = load_directory(REPO / "content", datetime.date.today())
    texts = {entry.name for entry in directory.entries}
    texts |= {", ".join(entry.alternate_names) for entry in directory.entries if entry.alternate_names}
    texts |= {location.name for entry in directory.entries for location in entry.locations if location.name}
    texts |= {source.title for entry in directory.entries for source in entry.sources if source.title}
    return texts - english_of(directory.entries)


def language_of(node) -> str | None:
    for parent in node.parents:
        if parent.has_attr("lang") if hasattr(parent, "has_attr") else False:
            return parent["lang"]
    return None


def test_danish_data_on_english_pages_is_marked_danish(real_site, danish_texts):
    english = [path for path in real_site.html_files if path.startswith("en/")]
    assert len(english) > 100
    unmarked = []
    for path in english:
        for node in real_site.page(path).body.find_all(string=True):
            text = " ".join(node.split())
            if node.find_parent(class_="vv-page-content"):
                continue  # content pages are written in English, proper names and all
            if isinstance(node, NavigableString) and text in danish_texts and language_of(node) != "da":
                unmarked.append(f"{path}: {text!r} in <{node.parent.name}> is read as {language_of(node)!r}")
    assert unmarked == [], "\n".join(unmarked[:20])


def test_the_same_texts_are_not_marked_on_danish_pages(real_site):
    """On a Danish page the page's own language holds; no span is added."""
    page = real_site.page("tilbud/livslinien/")
    assert page.select_one("h1.vv-entry__title").get_text(strip=True) == "Livslinien"
    assert page.select_one("h1.vv-entry__title span[lang]") is None
