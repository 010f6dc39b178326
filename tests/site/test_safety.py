"""Safety on every page: crisis numbers, a quick exit where it matters, nothing loaded from elsewhere,
no inline scripts, and hostile Markdown rendered harmless."""

from __future__ import annotations

import re

from vejviser.markup import convert_all, remember_converted, render_markdown

EXIT_URL = "https://www.dmi.dk/"


def test_crisis_numbers_on_every_page(fixture_site):
    for path in fixture_site.page_files:  # a redirect page sends the reader on at once
        page = fixture_site.page(path)
        assert page.select_one(".vv-crisis-bar a[href='tel:112']"), path
        box = page.select_one("#crisis")
        assert {a["href"] for a in box.select(".vv-crisis__number")} >= {"tel:112", "tel:+4570201201", "tel:1888"}, path


def test_quick_exit_on_every_page_that_is_about_or_lists_violence_related_help(fixture_site):
    """`Trygt Hjem Linjen` (vold.yaml) helps with violence, nationwide and for everyone, so every town and
    target-group page lists it ("Also for you"), as A–Z does; violence and suicide prevention are
    sensitive needs. Every page about one of them, or that lists the service, has the quick exit; no
    other page has it."""
    about = tuple(
        f"{prefix}{page}/"
        for prefix, pages in (("tilbud/", ["vold"]), ("en/services/", ["vold"]), ("hjaelp/", ["vold", "selvmordstanker"]), ("en/help/", ["violence", "suicide-prevention"]))
        for page in pages
    )
    with_exit = []
    for path in fixture_site.page_files:
        page = fixture_site.page(path)
        button = page.select_one("[data-vv-quick-exit-link]")
        lists_it = any(
            link["href"].rstrip("/").endswith(("tilbud/vold", "services/vold")) for link in page.select("main .vv-card__title a, main .vv-a-z__item > a")
        ) or any(name.get_text(strip=True) == "Trygt Hjem Linjen" for name in page.select(".vv-print-entry__name"))  # print views
        if path.startswith(about) or lists_it:
            assert button is not None and button["href"] == EXIT_URL, path
            assert button.get_text(strip=True) == ("Exit this page" if path.startswith("en/") else "Forlad siden")
            with_exit.append(path)
        else:
            assert button is None, path
    # The pages that list it without being about violence: a town, a target group, A–Z, another need.
    for path in ("by/ribe/index.html", "en/for/women/index.html", "a-aa/index.html", "hjaelp/vold/ribe/index.html", "by/ribe/udskriv/index.html"):
        assert path in with_exit, path
    assert "hjaelp/sorg/index.html" not in with_exit


def test_quick_exit_comes_first_so_keyboard_users_reach_it_at_once(fixture_site):
    body = fixture_site.page("tilbud/vold/").body
    first_link = body.find("a", class_=lambda name: name != "vv-skip-link")
    assert first_link["href"] == EXIT_URL


def test_no_resource_is_loaded_from_another_site(fixture_site):
    for path in fixture_site.html_files:
        html = (fixture_site.output / path).read_text("utf-8")
        assert not re.search(r"""\ssrc\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE), path
        for link in fixture_site.page(path).select("link[href]"):
            if "stylesheet" in link.get("rel", []) or "preload" in link.get("rel", []):
                assert "//" not in link["href"], path


def test_no_inline_script_and_a_content_security_policy(fixture_site):
    """Scripts come from files; the only inline <script> allowed is a JSON-LD data block, which never runs."""
    for path in fixture_site.html_files:
        page = fixture_site.page(path)
        for script in page.find_all("script"):
            if script.get("type") == "application/ld+json":
                assert "</" not in script.string, path
                continue
            assert script.get("src") and not script.get_text(strip=True), path
        assert not page.find(attrs={"onerror": True}) and not page.find(attrs={"onclick": True}), path
        csp = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp, path


def test_no_cookies_or_trackers(fixture_site):
    for path in fixture_site.html_files:
        html = (fixture_site.output / path).read_text("utf-8").lower()
        assert "document.cookie" not in html and "google-analytics" not in html and "<iframe" not in html, path
    [script_file] = (fixture_site.output / "theme/js").glob("vejviser.*.js")
    script = script_file.read_text("utf-8")
    assert "cookie" not in script and "localStorage" not in script and "fetch(" not in script


def test_a_tracking_pixel_in_a_description_is_not_rendered(fixture_site):
    """The validator accepts an https image in Markdown; the sanitizer must still drop it."""
    for path in ("tilbud/vold/", "en/services/vold/"):
        article = fixture_site.page(path).select_one("article")
        assert article.find("img") is None
        assert "tracker.example.org" not in str(article)
    # "## Hvad vi gør" sits under the page's h2 "Om tilbuddet", so it becomes an h3.
    heading = fixture_site.page("tilbud/vold/").select_one(".vv-prose h3")
    assert heading.get_text() == "Hvad vi gør"


def test_script_in_a_content_page_is_removed(fixture_site):
    page = fixture_site.page("om/")
    assert page.select_one(".vv-page-content a")["href"] == "https://example.org"
    assert "alert(1)" not in str(page.select_one("main"))


def test_hostile_markdown_renders_inert():
    html = render_markdown(
        'Hej <script>alert("x")</script> [klik](javascript:alert(1)) <img src=x onerror="alert(1)">\n\n'
        '<a href="https://ok.example" onclick="alert(1)">ok</a> [rel](/admin) [data](data:text/html;base64,PHNjcmlwdD4=) '
        '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>'
    )
    assert "<script" not in html and "alert(\"x\")" not in html
    assert "javascript:" not in html and "onerror" not in html and "onclick" not in html
    assert "<img" not in html and "<iframe" not in html and "<style" not in html and "data:" not in html
    assert 'href="/admin"' not in html
    assert '<a href="https://ok.example" rel="noopener noreferrer">ok</a>' in html


def test_markdown_converted_in_another_process_is_used_as_it_was_sanitized():
    """Loading converts entries' Markdown in worker processes and hands the HTML back: what comes
    back is what the sanitizer made, and the pages get it with their own heading levels."""
    source = "# Om os\n\n<script>alert(1)</script>[x](javascript:alert(1)) *hej* (converted elsewhere)"
    converted = convert_all([source])
    # (CommonMark ends a <script> block with its line, so the rest of the line stays text: inert.)
    assert "<script" not in converted[source] and "alert(1)</" not in converted[source] and "href" not in converted[source]
    remember_converted({"# Overskrift (only known from elsewhere)": "<h1>Overskrift</h1>"})
    assert render_markdown("# Overskrift (only known from elsewhere)", top_heading=4) == "<h4>Overskrift</h4>"
