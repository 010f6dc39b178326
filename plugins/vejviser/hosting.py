"""Pelican plugin `vejviser.hosting`: the HTTP headers the site wants from its host, written with every
build into the output folder: `_headers` for hosts that read one (Netlify, Cloudflare Pages), and
`_nginx-headers.conf` for an nginx `server` block to `include`. Both come from the same rules, so they
cannot drift apart. Hosts that read `_headers` add up the headers of every rule a path matches, so
no two rules set the same header for one path.

What they add to what the pages can say themselves: the Content-Security-Policy of the pages' <meta>
with `frame-ancestors 'none'` (a <meta> cannot forbid framing), HSTS, no MIME sniffing, no Referer
sent to other sites (a visited site does not learn that the reader came from a page about violence or
suicide), no access to camera, microphone or location; the right types for the Atom feeds and the
calendars; and a year's cache only for files whose names change with their content (the theme's CSS,
JavaScript and icon, `vejviser.assets`; Pagefind's index, fragments and metadata), so a new build is
seen at once. Pages, feeds and data keep a short cache: the nginx snippet asks for `no-cache` (use
a stored copy only after asking whether it changed), as Netlify and Cloudflare Pages already send for any
path no rule caches (`public, max-age=0, must-revalidate`). GitHub Pages takes no headers from a site:
there the <meta> policy is what holds (see the README's "Hosting").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from pelican import signals

from . import i18n
from .directory.site import Site, output_task_adder
from .moved import moves, redirect_files
from .opendata.feeds import feed_url
from .opendata.publish import write_files
from .volunteering.calendar import calendar_url

Headers = tuple[tuple[str, str], ...]

A_YEAR = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # nginx only: what Netlify and Cloudflare Pages send unasked (see above)
# Pagefind names these by their content's hash; its entry files (pagefind.js, pagefind-entry.json,
# wasm.*.pagefind) it does not, so they keep the short cache.
PAGEFIND_CONTENT_NAMED = ("/pagefind/fragment/*", "/pagefind/index/*", "/pagefind/filter/*", "/pagefind/pagefind.*.pf_meta")


def content_named(static_dir: str) -> tuple[str, ...]:
    """The path patterns of files named by their content: everything `vejviser.assets` writes, and Pagefind's."""
    return (f"/{static_dir}/*", *PAGEFIND_CONTENT_NAMED)


def security_headers(csp: str) -> Headers:
    return (
        ("Content-Security-Policy", f"{csp.rstrip('; ')}; frame-ancestors 'none'"),
        ("Strict-Transport-Security", "max-age=31536000"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    )


def path_headers(languages: Iterable[str], static_dir: str = "theme") -> list[tuple[str, Headers]]:
    """(site path pattern, its headers) beyond the ones every file gets."""
    rules: list[tuple[str, Headers]] = [(pattern, (("Cache-Control", A_YEAR),)) for pattern in content_named(static_dir)]
    for lang in languages:
        rules.append((f"/{feed_url(lang)}", (("Content-Type", "application/atom+xml; charset=utf-8"),)))
        rules.append((f"/{calendar_url(lang)}", (("Content-Type", "text/calendar; charset=utf-8"),)))
    return rules


def headers_file(csp: str, languages: Iterable[str], static_dir: str = "theme") -> bytes:
    """`_headers`: a path pattern, then its headers indented; the last rule that sets a header wins."""
    lines = ["/*", *(f"  {name}: {value}" for name, value in security_headers(csp))]
    for pattern, headers in path_headers(languages, static_dir):
        lines += [pattern, *(f"  {name}: {value}" for name, value in headers)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def nginx_snippet(csp: str, languages: Iterable[str], static_dir: str = "theme") -> bytes:
    """The same for an nginx `server { … }` block that serves the output folder."""
    every = [f'add_header {name} "{value}" always;' for name, value in (*security_headers(csp), ("Cache-Control", REVALIDATE))]
    lines = ["# Vejviser's headers, written by the build: include this file in the site's server block.", *every]
    for pattern, headers in path_headers(languages, static_dir):
        location = "^" + pattern.replace(".", "[.]").replace("*", ".*") + "$"
        inside = list(every)  # a location's add_header lines replace the server's, so all are repeated
        for name, value in headers:
            inside = [line for line in inside if not line.startswith(f"add_header {name} ")]
            if name == "Content-Type":  # the type by file extension would win over default_type
                inside += ["types { }", f"default_type {value.split(';')[0]};"]
            else:
                inside.append(f'add_header {name} "{value}" always;')
        lines += [f"location ~ {location} {{", *(f"    {line}" for line in inside), "}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def hosting_files(csp: str, languages: Iterable[str], static_dir: str = "theme") -> list[tuple[str, bytes]]:
    languages = tuple(languages)
    return [("_headers", headers_file(csp, languages, static_dir)), ("_nginx-headers.conf", nginx_snippet(csp, languages, static_dir))]


def write_hosting_files(site: Site, settings: dict[str, Any], output: Path) -> None:
    static_dir = settings.get("THEME_STATIC_DIR", "theme")
    write_files(output, hosting_files(site.config.csp, i18n.languages_from(settings), static_dir))
    # The addresses that moved, as 301s for hosts that read them (the pages at the old addresses lead on too).
    base_path = urlsplit(settings.get("SITEURL") or "").path.rstrip("/")
    write_files(output, redirect_files(moves(site.vocabularies, site.languages), base_path))


add_hosting_files = output_task_adder("vejviser.hosting", write_hosting_files)


def register():
    signals.all_generators_finalized.connect(add_hosting_files)
