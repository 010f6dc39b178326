"""Danish at /, English under /en/: the right language on every page, switchers that lead back, and
Danish text on English pages marked as such."""

from __future__ import annotations

import posixpath

import pytest


def page_lang(path: str) -> str:
    return "en" if path.startswith("en/") else "da"


def resolve(path: str, href: str) -> str:
    """A switcher link (relative, or from the root on 404 pages) → the output file it names."""
    target = href.lstrip("/") if href.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
    if target in (".", ""):
        return "index.html"
    return target if target.endswith(".html") else f"{target}/index.html"


def test_html_lang_matches_the_address(fixture_site):
    for path in fixture_site.html_files:
        assert fixture_site.page(path).html["lang"] == page_lang(path), path


def test_every_page_has_a_language_switcher_whose_links_lead_back(fixture_site):
    for path in fixture_site.page_files:  # a redirect page has no switcher: it sends the reader on
        page = fixture_site.page(path)
        switcher = page.select_one(".vv-language-switcher")
        assert switcher is not None, path
        current = switcher.select_one("[aria-current]")
        assert current["lang"] == page_lang(path), path
        for link in switcher.select("a"):
            other = resolve(path, link["href"])
            assert link["hreflang"] == page_lang(other) and link["lang"] == link["hreflang"], path
            assert "alternate" in link["rel"]
            back = [resolve(other, a["href"]) for a in fixture_site.page(other).select(".vv-language-switcher a")]
            assert path in back, f"{path} → {other} does not link back"


def test_head_alternates_match_the_switcher(fixture_site):
    for path in ("", "tilbud/solsikken/", "en/help/grief/", "om/", "en/about/"):
        page = fixture_site.page(path)
        head = {link["hreflang"]: link["href"] for link in page.select('head link[rel="alternate"]')}
        switcher = {a["hreflang"]: a["href"] for a in page.select(".vv-language-switcher a")}
        assert set(head) == {"da", "en"}, path
        assert all(head[lang] == href for lang, href in switcher.items()), path


def test_a_page_only_in_danish_offers_no_english_link(fixture_site):
    switcher = fixture_site.page("frivillig-guide/").select_one(".vv-language-switcher")
    assert switcher.select("a") == []


def test_ui_text_follows_the_page_language(fixture_site):
    da, en = fixture_site.page("tilbud/solsikken/"), fixture_site.page("en/services/solsikken/")
    headings = lambda page: [h2.get_text(strip=True) for h2 in page.select("main h2")]  # noqa: E731
    assert headings(da)[:4] == ["Kontakt", "Om tilbuddet", "Sådan kommer du i gang", "Godt at vide"]
    assert headings(en)[:4] == ["Contact", "About the service", "How to get started", "Good to know"]


def test_content_pages_are_in_their_own_language(fixture_site):
    assert fixture_site.page("om/").h1.get_text(strip=True) == "Om Vejviser"
    assert fixture_site.page("en/about/").h1.get_text(strip=True) == "About Vejviser"
    assert "Skip to content" in fixture_site.text("en/about/")
    assert "Gå til indhold" in fixture_site.text("om/")


class TestDanishFallbackOnEnglishPages:
    """`Sorggruppen Ribe` has no English text at all."""

    @pytest.fixture
    def page(self, fixture_site):
        return fixture_site.page("en/services/kun-dansk/")

    def test_danish_text_is_marked_lang_da_with_a_visible_note(self, page):
        marked = page.select('main [lang="da"].vv-fallback')
        texts = " ".join(element.get_text(" ", strip=True) for element in marked)
        for danish in ("En lille gruppe for dig, der har mistet", "Vi taler om sorg", "Skriv en e-mail til os", "Kun om aftenen"):
            assert danish in texts
        for element in marked:
            note = element.select_one(".vv-fallback__note")
            assert note.get_text(strip=True) == "Only in Danish" and note["lang"] == "en"

    def test_every_piece_of_danish_text_is_marked(self, page, fixture_site):
        summary = page.select_one(".vv-lead")
        assert summary["lang"] == "da"
        card = fixture_site.page("en/help/grief/").select_one('.vv-card__summary[lang="da"]')
        assert "En lille gruppe" in card.get_text()

    def test_no_note_where_english_exists_or_on_danish_pages(self, fixture_site):
        assert not fixture_site.page("en/services/solsikken/").select(".vv-fallback")
        for path in fixture_site.html_files:
            if not path.startswith("en/"):
                assert "Only in Danish" not in fixture_site.text(path), path
                assert not fixture_site.page(path).select(".vv-fallback__note"), path
