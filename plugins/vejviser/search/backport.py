"""A fix from a later Pagefind, applied to the search engine scripts Pagefind 1.5.2 writes.

Pagefind 1.5.2 fetches *every* word-index chunk for a search without words (`search(null, …)`: list
everything, or everything under a filter), though it needs none of them: with 10,000 entries that
is about 1 MB more for opening "Bliv frivillig" or ticking a filter before typing. Upstream fixed it
in Pagefind/pagefind#1317 ("Don't request index chunks for an empty search term", September 2026),
not in a release on PyPI yet. Until one is, the same fix is made here, in the JavaScript: a
filter-only search asks for no word chunks.

The scripts are replaced by an exact text match, so a Pagefind whose scripts differ stops the build
with a message instead of shipping them unfixed; with a release carrying the fix, delete this module.
"""

from __future__ import annotations

from pathlib import Path

ENGINE_SCRIPTS = ("pagefind.js", "pagefind-worker.js")  # the main-thread and the web-worker engine
UNFIXED = "let index_resp=this.backend.request_indexes(ptr,term);"
FIXED = 'let index_resp=filter_only?"[]":this.backend.request_indexes(ptr,term);'


class BackportError(RuntimeError):
    pass


def fix_filter_only_search(bundle: Path) -> None:
    """Make the engine scripts in `bundle` (a Pagefind bundle folder) skip word chunks without words."""
    for name in ENGINE_SCRIPTS:
        script = bundle / name
        source = script.read_text(encoding="utf-8")
        if source.count(UNFIXED) != 1 or "filter_only=term===null" not in source:
            raise BackportError(
                f"{script}: Pagefind's search script is not the one vejviser.search.backport fixes "
                "(Pagefind was upgraded?). If the new version has Pagefind/pagefind#1317, delete the backport."
            )
        script.write_text(source.replace(UNFIXED, FIXED), encoding="utf-8")
