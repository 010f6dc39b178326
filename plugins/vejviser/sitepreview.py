"""The changed entries' pages as one HTML file that opens in the browser: the pull request's preview.

GitHub shows a workflow artifact uploaded without a zip (`upload-artifact` v7, `archive: false`) in the
browser, if it is a single file that needs no other file. So this takes each added or edited entry's
Danish and English page from the built site, as they are, and puts their main content in one page
with the site's style sheets copied in. What the single file cannot hold is left out or made inert:

- scripts, and a Content-Security-Policy that allows no script and no request at all, so the page
  stays what it shows (the texts in it are a stranger's, escaped by the templates as on the site);
- links into the site, which have nowhere to go here: they keep their text and lose their address
  (links to other sites stay).

Each entry's pages have the anchors `<slug>-da` and `<slug>-en` (`page_anchor`), which the comment links to.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .changes import REMOVED, Change
from .summary import say
from .urls import LANGUAGES, entry_url

FILE_NAME = "forhaandsvisning.html"
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"
_MAIN = re.compile(r"<main\b[^>]*>(.*?)</main>", re.DOTALL)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')


def preview_page(site: Path, siteurl: str, changes: list[Change]) -> str | None:
    """The page, or None when no changed entry has a page in `site` (the site built for `siteurl`)."""
    siteurl = siteurl.rstrip("/") + "/"
    sections, styles = [], {}
    for change in changes:
        if change.status == REMOVED:
            continue
        for lang in LANGUAGES:
            page = site / entry_url(change.slug, lang) / "index.html"
            if not page.is_file():
                continue
            text = page.read_text("utf-8")
            for href in _STYLESHEET.findall(text):
                styles.setdefault(href, _stylesheet(site, siteurl, href))
            sections.append(_section(text, siteurl, page_anchor(change.slug, lang), lang, "/" + entry_url(change.slug, lang)))
    if not sections:
        return None
    style = "\n".join(css for css in styles.values() if css)
    intro = "".join(f'<p lang="{lang}">{html.escape(say("sitepreview-intro", lang))}</p>' for lang in LANGUAGES)
    return (
        '<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(say('sitepreview-title'))}</title>\n<style>\n{style}\n</style>\n</head>\n<body>\n"
        f'<div class="vv-width-container">\n<div class="vv-notice">{intro}</div>\n'
        + "\n<hr>\n".join(sections)
        + "\n</div>\n</body>\n</html>\n"
    )


def page_anchor(slug: str, lang: str) -> str:
    """The id of an entry's page in the preview, e.g. `cafe-venskab-da`."""
    return f"{slug}-{lang}"


def _section(page: str, siteurl: str, anchor: str, lang: str, address: str) -> str:
    """The page's main content, headed by the address it will have on the site."""
    found = _MAIN.search(page)
    body = _SCRIPT.sub("", found.group(1) if found else "")
    body = re.sub(rf'\shref="{re.escape(siteurl)}[^"]*"', "", body)  # a link into the site: its text only
    where = html.escape(address)
    return f'<div id="{anchor}" lang="{lang}" class="vv-main">\n<p class="vv-entry__kind"><code>{where}</code></p>{body}</div>'


def _stylesheet(site: Path, siteurl: str, href: str) -> str:
    """The style sheet's text if it is the site's own, else nothing (nothing is fetched)."""
    if not href.startswith(siteurl):
        return ""
    file = (site / href.removeprefix(siteurl).split("?", 1)[0]).resolve()
    if not file.is_relative_to(site.resolve()) or not file.is_file():
        return ""
    return file.read_text("utf-8").replace("</", "<\\/")  # cannot end the <style> element early
