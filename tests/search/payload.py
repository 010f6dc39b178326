"""The bytes a first search transfers, measured in real Chromium against a real build, by part.

`python tests/search/payload.py` builds the shipped content alone (today's date) into a temporary
folder, serves it on 127.0.0.1, opens the search page with a query as the header's search box
sends it, and prints what every response carried until the results are shown. The test server
sends files as they are; "gzip" is what a host that compresses text would send (Pagefind's index
files and WebAssembly are gzip already, so they count as they are).
"""

from __future__ import annotations

import gzip
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

if __package__ in (None, ""):  # run as a script: tests/ is where its neighbours are found
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from browser.server import serve  # noqa: E402
from browser.sitebuild import build, copy_build_inputs, head_commit_epoch  # noqa: E402
from search.chromium import launch  # noqa: E402

PHONE = {"width": 390, "height": 844}  # results load as they scroll into view: measured as on a phone

PARTS = {  # part of the search → what its files' paths look like
    "search page (HTML, site CSS, JS and icon)": ("/soeg/", "/theme/css/vejviser.", "/theme/js/vejviser.", "/theme/images/favicon.", "/favicon.ico"),
    "search interface (our CSS and JS)": ("/theme/css/search.", "/theme/js/search."),  # names end .<hash>.css
    "search engine (Pagefind JS and WebAssembly)": ("/pagefind/pagefind.js", "/pagefind/pagefind-worker.js", "/pagefind/wasm."),
    "index (entry, metadata, words, filters)": ("pagefind-entry.json", ".pf_meta", ".pf_index", ".pf_filter"),
    "results (fragments)": (".pf_fragment",),
}
ALREADY_COMPRESSED = (".pagefind", ".pf_meta", ".pf_index", ".pf_filter", ".pf_fragment")


@dataclass(frozen=True)
class Response:
    path: str
    size: int  # body bytes as sent
    gzip_size: int  # as a compressing host would send them

    @property
    def part(self) -> str:
        return next((part for part, patterns in PARTS.items() if any(pattern in self.path for pattern in patterns)), "other")


def first_search(page: Page, url: str) -> list[Response]:
    """Open `url` (a search page with ?q=) in a fresh page; every response until its results are shown."""
    responses = []

    def record(request) -> None:
        body = request.response().body()
        path = urlsplit(request.url).path
        compressed = len(body) if path.endswith(ALREADY_COMPRESSED) else len(gzip.compress(body, 6, mtime=0))
        responses.append(Response(path, len(body), compressed))

    page.set_viewport_size(PHONE)
    page.on("requestfinished", record)
    page.goto(url)
    page.wait_for_selector(".vv-result a")
    page.wait_for_load_state("networkidle")
    return responses


def by_part(responses: list[Response]) -> dict[str, tuple[int, int, int]]:
    """part → (files, bytes, gzip bytes)."""
    totals: dict[str, tuple[int, int, int]] = {}
    for response in responses:
        files, size, gzip_size = totals.get(response.part, (0, 0, 0))
        totals[response.part] = (files + 1, size + response.size, gzip_size + response.gzip_size)
    return totals


def table(responses: list[Response]) -> str:
    rows = [f"| {part} | {files} | {size:,} | {gzip_size:,} |" for part, (files, size, gzip_size) in by_part(responses).items()]
    total = (len(responses), sum(r.size for r in responses), sum(r.gzip_size for r in responses))
    return "\n".join(
        ["| part | files | bytes | gzip |", "| --- | ---: | ---: | ---: |", *rows, "| **first search, in all** | {} | {:,} | {:,} |".format(*total)]
    )


def main() -> None:
    query = sys.argv[1] if len(sys.argv) > 1 else "ensom"
    with tempfile.TemporaryDirectory() as workdir:
        source = copy_build_inputs(Path(workdir) / "source")
        build(source, Path(workdir) / "output", source_date_epoch=head_commit_epoch())
        with serve(Path(workdir) / "output") as url, sync_playwright() as playwright:
            browser = launch(playwright)
            responses = first_search(browser.new_page(), f"{url}soeg/?q={query}")
            browser.close()
    print(f"First search for {query!r} on the shipped content, on a phone ({PHONE['width']}×{PHONE['height']}):\n")
    print(table(responses))


if __name__ == "__main__":
    main()
