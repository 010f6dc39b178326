"""The theme's CSS, JavaScript and icon in a real production build (`vejviser.assets`): published
minified under names that change with their content, every page loads them by those names, and the
headers a host reads cache exactly these files (and Pagefind's content-named ones) for a year."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from vejviser.site import THEME

from .common import SITEURL
from .sitebuild import build_published
from .test_hosting import rules, served_paths

A_YEAR = "public, max-age=31536000, immutable"
CONTENT_NAME = re.compile(r"/theme/(?:css|js|images)/[a-z-]+\.([0-9a-f]{8})\.(?:css|js|svg)")


def theme_references(site: Path) -> dict[str, set[str]]:
    """Path on the site of every theme file a page loads (stylesheets, scripts, icon, and the script
    search.js loads later, named in its settings) → the pages that name it."""
    found: dict[str, set[str]] = {}
    for page_file in site.rglob("*.html"):
        page = BeautifulSoup(page_file.read_text("utf-8"), "html.parser")
        urls = [tag.get("href") for tag in page.select("link[href]")] + [tag.get("src") for tag in page.select("script[src]")]
        urls += [json.loads(tag["data-search-ui"])["more"] for tag in page.select("[data-search-ui]")]
        for url in urls:
            if url.startswith(f"{SITEURL}/theme/"):
                found.setdefault(urlsplit(url).path, set()).add(page_file.relative_to(site).as_posix())
            assert "/theme/" not in url or url.startswith(SITEURL), (page_file, url)
    return found


def test_every_theme_file_a_page_loads_exists_under_its_content_name_and_nothing_else_is_there(published_site: Path):
    references = theme_references(published_site)
    published = {path for path in served_paths(published_site) if path.startswith("/theme/")}
    # alerts.js is loaded only by pages that show an alert, and the shipped content has none today.
    on_demand = {path for path in published if path.startswith("/theme/js/alerts.")}
    assert len(on_demand) == 1
    assert references.keys() == published - on_demand  # nothing missing, nothing unused, no unhashed copy left
    for path in published:
        digest = CONTENT_NAME.fullmatch(path)
        assert digest, path
        assert hashlib.sha256((published_site / path.lstrip("/")).read_bytes()).hexdigest()[:8] == digest.group(1), path
    stylesheets = [path for path in published if path.startswith("/theme/css/vejviser.")]
    assert len(stylesheets) == 1 and len(references[stylesheets[0]]) > 100  # every page's stylesheet
    assert "/*" not in (published_site / stylesheets[0].lstrip("/")).read_text("utf-8")  # minified


def test_a_changed_stylesheet_gets_a_new_name_and_the_others_keep_theirs(published_site: Path, site_source: Path, tmp_path: Path):
    source = tmp_path / "source"
    shutil.copytree(site_source, source)
    stylesheet = source / "theme" / "static" / "css" / "vejviser.css"  # the site's own, replacing the engine's
    stylesheet.parent.mkdir(parents=True)
    stylesheet.write_text((Path(THEME) / "static" / "css" / "vejviser.css").read_text("utf-8") + "\n.vv-changed { color: red; }\n", "utf-8")
    rebuilt = build_published(source, tmp_path / "output")

    before, after = set(theme_references(published_site)), set(theme_references(rebuilt))
    [old] = [path for path in before - after]
    [new] = [path for path in after - before]
    assert old.startswith("/theme/css/vejviser.") and new.startswith("/theme/css/vejviser.")
    assert ".vv-changed{color:red}" in (rebuilt / new.lstrip("/")).read_text("utf-8")
    assert f'href="{SITEURL}{new}"' in (rebuilt / "index.html").read_text("utf-8")


def test_the_headers_cache_content_named_files_for_a_year_and_nothing_else(published_site: Path):
    parsed = rules(published_site)
    for path in served_paths(published_site):
        cache = [headers["Cache-Control"] for pattern, headers in parsed if fnmatch.fnmatchcase(path, pattern) and "Cache-Control" in headers]
        content_named = path.startswith("/theme/") or re.search(r"_[0-9a-f]{7,}\.pf_", path)
        assert cache == ([A_YEAR] if content_named else []), path  # pages, feeds and data: the host's short default
    snippet = (published_site / "_nginx-headers.conf").read_text("utf-8")
    assert 'add_header Cache-Control "no-cache" always;' in snippet.split("\nlocation", 1)[0]
    theme_location = re.search(r"^location ~ \^/theme/\.\*\$ \{\n(.*?)^\}", snippet, flags=re.MULTILINE | re.DOTALL).group(1)
    assert f'add_header Cache-Control "{A_YEAR}" always;' in theme_location and "no-cache" not in theme_location
