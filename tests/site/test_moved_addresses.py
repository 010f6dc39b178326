"""No shared link breaks: every address of the previous release still leads to a page.

Since the addresses of need, target-group and town pages are made of the vocabularies' Danish and
English slugs (`/hjaelp/ensomhed/`, `/en/for/older-people/`), the old ones (`/hjaelp/loneliness/`) are
small pages that send the reader on, and lines of `_redirects` and `_nginx-redirects.conf`. The shipped
content is built as `make publish` builds it (publishconf.py, absolute SITEURL, `--fatal warnings`) on
the day the previous release's addresses were saved, served by a real HTTP server, and every saved
address is followed to the page it leads to.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from pelican_build import FIXTURES, REPO

SITEURL = "https://vejviser.example.org"
RELEASE = "8ae8950"
RELEASE_DAY = "2026-12-06"  # the day the saved addresses were built: the same volunteer roles are current
SAVED = (FIXTURES / f"sitemap-{RELEASE}.txt", FIXTURES / f"unlisted-pages-{RELEASE}.txt")
# Pages of one entry: an entry taken out of content/ since takes them with it (not an address that moved).
ENTRY_PAGE = re.compile(r"^(?:en/)?(?:tilbud|services|frivillig|volunteer)/(?P<entry>[a-z0-9-]+)/")
REFRESH = re.compile(r"^0; url=(?P<url>\S+)$")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("moved") / "output"
    command = [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", "publishconf.py", "--fatal", "warnings"]
    command += ["-e", f"VEJVISER_BUILD_DATE={json.dumps(RELEASE_DAY)}"]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, env={**os.environ, "VEJVISER_SITEURL": SITEURL})
    assert run.returncode == 0, run.stdout + run.stderr
    return output


@pytest.fixture(scope="module")
def server(published):
    """The build served over HTTP, as a static host serves it (`x/` → `x/index.html`)."""
    handler = functools.partial(_QuietHandler, directory=str(published))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def saved_addresses() -> list[str]:
    lines = (line.strip() for path in SAVED for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fetch(base: str, url: str) -> tuple[int, str]:
    """GET a site URL from the local server: status and body (404 as a status, not an exception)."""
    assert url.startswith(SITEURL + "/"), url
    try:
        with urllib.request.urlopen(base + url[len(SITEURL):], timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def refresh_target(html: str) -> str | None:
    """Where a redirect page sends the reader (its `<meta http-equiv="refresh">`), or None for a page."""
    meta = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "refresh"})
    return REFRESH.match(meta["content"])["url"] if meta else None


def redirect_rules(published: Path, name: str = "_redirects") -> dict[str, str]:
    rules = {}
    for line in (published / name).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            old, new, status = line.split()
            assert status == "301" and old not in rules, line
            rules[old] = new
    return rules


def test_the_saved_addresses_are_those_of_the_old_scheme():
    saved = saved_addresses()
    assert len(saved) == 450 + 49 and len(set(saved)) == len(saved)
    assert f"{SITEURL}/hjaelp/loneliness/ribe/" in saved and f"{SITEURL}/for/elderly/" in saved and f"{SITEURL}/by/nationwide/udskriv/" in saved


def test_every_address_of_the_previous_release_leads_to_a_page(published, server):
    rules = redirect_rules(published)
    unreachable, followed = [], 0
    for url in saved_addresses():
        path = url[len(SITEURL) + 1 :]
        gone = ENTRY_PAGE.match(path)
        if gone and not (REPO / "content" / "associations" / f"{gone['entry']}.yaml").is_file():
            continue  # the entry itself was taken out of the directory
        status, html = fetch(server, url)
        target = refresh_target(html) if status == 200 else None
        if target is not None:
            followed += 1
            rule = rules.get("/" + path)
            if path != "was/" and (rule is None or SITEURL + rule != target):
                unreachable.append(f"{url}: _redirects says {rule}, the page {target}")
            status, html = fetch(server, target)
            if refresh_target(html) is not None:
                unreachable.append(f"{url} → {target}: leads to another redirect")
        if status != 200:
            unreachable.append(f"{url}: {status}")
    assert not unreachable, "\n".join(unreachable)
    assert followed > 100  # the Danish need, target-group and town pages moved (so did a few English ones)


def test_the_new_addresses_are_danish_in_danish_and_english_in_english(published):
    for path, heading in {
        "hjaelp/ensomhed/": "Ensomhed og fællesskab",
        "hjaelp/ensomhed/ribe/": "Ensomhed og fællesskab i Ribe",
        "for/aeldre/": "Ældre",
        "by/hele-landet/": "Hele landet",
        "en/help/loneliness/": "Loneliness and community",
        "en/for/older-people/": "Older people",
        "en/towns/esbjerg-municipality/": "All of Esbjerg Municipality",
    }.items():
        page = BeautifulSoup((published / path / "index.html").read_text("utf-8"), "html.parser")
        assert page.h1.get_text(" ", strip=True) == heading, path
        assert refresh_target(str(page)) is None


def test_sitemap_canonical_and_hreflang_name_the_new_addresses(published):
    sitemap = (published / "sitemap.xml").read_text("utf-8")
    listed = set(re.findall(r'(?:<loc>|href=")(https://[^<"]+)', sitemap))
    assert {f"{SITEURL}/hjaelp/ensomhed/", f"{SITEURL}/for/aeldre/", f"{SITEURL}/by/hele-landet/", f"{SITEURL}/en/for/older-people/"} <= listed
    redirects = {url for url in listed if refresh_target((published / urlsplit(url).path.lstrip("/") / "index.html").read_text("utf-8"))}
    assert not redirects, redirects
    assert f"{SITEURL}/hjaelp/loneliness/" not in listed and f"{SITEURL}/en/for/elderly/" not in listed
    danish = BeautifulSoup((published / "hjaelp/ensomhed/ribe/index.html").read_text("utf-8"), "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in danish.find_all("link", rel="alternate", hreflang=True)}
    assert alternates["da"] == f"{SITEURL}/hjaelp/ensomhed/ribe/" == danish.find("link", rel="canonical")["href"]
    assert alternates["en"] == f"{SITEURL}/en/help/loneliness/ribe/"


def test_no_page_feed_or_export_points_to_an_old_address(published):
    """Links, the language switcher, feeds, JSON-LD and the open data all name pages where they are now."""
    redirect_pages = {
        f"{SITEURL}/{path.parent.relative_to(published).as_posix()}/"
        for path in published.rglob("index.html")
        if refresh_target(path.read_text("utf-8"))
    }
    assert f"{SITEURL}/hjaelp/loneliness/" in redirect_pages
    pointing = []
    for path in published.rglob("*"):
        if path.suffix not in (".html", ".xml", ".json", ".csv", ".ics") or path.name.startswith("_"):
            continue
        text = path.read_text("utf-8-sig")
        if path.suffix == ".html" and refresh_target(text):
            continue
        pointing += [f"{path.relative_to(published)}: {url}" for url in re.findall(r'https://vejviser\.example\.org/[^"\s<>,)]*', text) if url in redirect_pages]
    assert not pointing, "\n".join(pointing[:20])


def test_a_redirect_page_says_where_in_both_languages_with_no_script_and_no_index(published):
    page = BeautifulSoup((published / "hjaelp/loneliness/ribe/index.html").read_text("utf-8"), "html.parser")
    target = f"{SITEURL}/hjaelp/ensomhed/ribe/"
    assert refresh_target(str(page)) == target == page.find("link", rel="canonical")["href"]
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.html["lang"] == "da" and page.find("script") is None
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    said = {p["lang"]: (p.get_text(" ", strip=True), p.a["href"]) for p in page.find_all("p")}
    assert said == {"da": ("Siden er flyttet. Gå til siden", target), "en": ("This page has moved. Go to the page", target)}
    english = BeautifulSoup((published / "en/for/elderly/index.html").read_text("utf-8"), "html.parser")
    assert english.html["lang"] == "en" and refresh_target(str(english)) == f"{SITEURL}/en/for/older-people/"


def test_redirects_file_and_nginx_snippet_list_the_same_moves(published):
    rules = redirect_rules(published)
    assert rules["/hjaelp/loneliness/"] == "/hjaelp/ensomhed/"
    assert rules["/hjaelp/loneliness/udskriv/"] == "/hjaelp/ensomhed/udskriv/"
    assert rules["/by/nationwide/"] == "/by/hele-landet/" and rules["/en/towns/esbjerg-kommune/"] == "/en/towns/esbjerg-municipality/"
    assert "/en/help/loneliness/" not in rules  # the English address did not move
    nginx = re.findall(r"^location = (\S+) \{ return 301 (\S+); \}$", (published / "_nginx-redirects.conf").read_text("utf-8"), re.MULTILINE)
    assert dict(nginx) == rules
    for old, new in rules.items():  # every rule has its page, which says the same
        assert refresh_target((published / old.lstrip("/") / "index.html").read_text("utf-8")) == SITEURL + new, old
        assert refresh_target((published / new.lstrip("/") / "index.html").read_text("utf-8")) is None, new
