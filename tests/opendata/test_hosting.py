"""The headers the published site asks its host for (`_headers`, `_nginx-headers.conf`), read from a
real production build the way a host reads them."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from bs4 import BeautifulSoup


def rules(site: Path) -> list[tuple[str, dict[str, str]]]:
    """`_headers` as (path pattern, {header: value}), in order."""
    parsed: list[tuple[str, dict[str, str]]] = []
    for line in (site / "_headers").read_text("utf-8").splitlines():
        if line.startswith("/"):
            parsed.append((line, {}))
        elif line.startswith("  "):
            name, value = line.strip().split(": ", 1)
            parsed[-1][1][name] = value
    return parsed


def served_paths(site: Path) -> list[str]:
    return ["/" + path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()]


def test_every_file_gets_the_security_headers_and_no_header_twice(published_site: Path):
    """Netlify and Cloudflare add up every matching rule's headers: a header set by two rules for one
    path would be sent twice (or joined with a comma)."""
    parsed = rules(published_site)
    for path in served_paths(published_site):
        matching = [headers for pattern, headers in parsed if fnmatch.fnmatchcase(path, pattern)]
        names = [name for headers in matching for name in headers]
        assert len(names) == len(set(names)), (path, names)
        assert {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} <= set(names), path


def test_the_policy_is_the_pages_own_and_forbids_framing(published_site: Path):
    page = BeautifulSoup((published_site / "index.html").read_text("utf-8"), "html.parser")
    meta = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    headers = dict(rules(published_site))["/*"]
    assert headers["Content-Security-Policy"] == f"{meta}; frame-ancestors 'none'"
    assert headers["Referrer-Policy"] == "no-referrer"  # a visited site does not learn which page sent the reader


def test_feeds_and_calendars_get_their_types_and_only_hashed_files_a_long_cache(published_site: Path):
    typed = {pattern: headers for pattern, headers in rules(published_site) if "Content-Type" in headers}
    assert typed == {
        "/feeds/entries.atom.xml": {"Content-Type": "application/atom+xml; charset=utf-8"},
        "/en/feeds/entries.atom.xml": {"Content-Type": "application/atom+xml; charset=utf-8"},
        "/frivillig/opgaver.ics": {"Content-Type": "text/calendar; charset=utf-8"},
        "/en/volunteer/tasks.ics": {"Content-Type": "text/calendar; charset=utf-8"},
    }
    assert all((published_site / pattern.lstrip("/")).is_file() for pattern in typed)
    cached = [path for path in served_paths(published_site) if any(fnmatch.fnmatchcase(path, p) and "Cache-Control" in h for p, h in rules(published_site))]
    content_named = r"/theme/(css|js|images)/[a-z-]+\.[0-9a-f]{8}\.[a-z]+|/pagefind/.*_[0-9a-f]{7,}\.pf_\w+"
    assert cached and all(re.fullmatch(content_named, path) for path in cached), cached


def test_the_nginx_snippet_says_the_same(published_site: Path):
    snippet = (published_site / "_nginx-headers.conf").read_text("utf-8")
    server_level = snippet.split("\nlocation", 1)[0]
    for name, value in dict(rules(published_site))["/*"].items():
        assert f'add_header {name} "{value}" always;' in server_level
    locations = re.findall(r"^location ~ (\S+) \{$", snippet, flags=re.MULTILINE)
    for pattern in ("/feeds/entries.atom.xml", "/en/volunteer/tasks.ics"):
        assert [regex for regex in locations if re.fullmatch(regex, pattern)], pattern
    assert "types { }\n    default_type application/atom+xml;" in snippet  # the type by extension would win otherwise
