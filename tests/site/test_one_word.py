"""One English word for a volunteer's part: "task", as the Danish pages say "opgave". On every English
page of the shipped site (its text, the labels a screen reader or the search filters show, the titles
of the feeds and the calendar), "role" does not stand for it; "role model" is another word."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment

OTHER_WORD = re.compile(r"\broles?\b(?!\s+models?\b)", re.IGNORECASE)
SHOWN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder", "data-search-ui")


def english_text(page: BeautifulSoup) -> list[str]:
    """What a reader of an English page sees or hears: its text outside scripts, code names and parts in
    another language, and the attributes that are shown or read out (the search's filter labels included)."""
    for hidden in page.find_all(["script", "style", "template"]):
        hidden.decompose()
    for name in page.find_all("code"):  # a file's or CSV column's name (`volunteer_roles`) is data, not a word
        name.decompose()
    for other_language in page.select("body [lang]:not([lang='en'])"):
        other_language.decompose()
    texts = [str(node) for node in page.find_all(string=True) if not isinstance(node, Comment)]
    texts += [tag[name] for name in SHOWN_ATTRIBUTES for tag in page.find_all(attrs={name: True})]
    return texts


def test_english_pages_say_task_not_role(real_site):
    english = [path for path in real_site.html_files if path.startswith("en/")]
    assert len(english) > 50
    found = {}
    for path in english:
        page = BeautifulSoup((real_site.output / path).read_text("utf-8"), "html.parser")
        hits = [text.strip()[:80] for text in english_text(page) if OTHER_WORD.search(text)]
        if hits:
            found[path] = hits
    assert found == {}
    volunteer = real_site.page("en/volunteer/")
    assert "volunteer task" in volunteer.get_text(" ").lower()  # the page says the word it should


def test_the_english_feed_and_calendar_say_task(real_site):
    feeds_and_calendars = [path for path in real_site.output.joinpath("en").rglob("*") if path.suffix in (".xml", ".ics")]
    assert feeds_and_calendars
    for path in feeds_and_calendars:
        titles = re.findall(r"<title[^>]*>([^<]*)</title>|^(?:X-WR-CALNAME|NAME):(.*)$", path.read_text("utf-8"), flags=re.MULTILINE)
        assert not [title for title in titles if OTHER_WORD.search(" ".join(title))], path
