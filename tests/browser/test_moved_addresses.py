"""An old address, opened in Chromium with scripts off, lands on the page it moved to, with no CSP violation.

The site is served as `make html` builds it (relative links), so the redirect pages' relative targets
are followed too; `tests/site/test_moved_addresses.py` follows every old address of a production build.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

MOVES = [
    ("hjaelp/loneliness/ribe/", "hjaelp/ensomhed/ribe/", "Ensomhed og fællesskab i Ribe"),
    ("by/nationwide/udskriv/", "by/hele-landet/udskriv/", None),
    ("en/for/elderly/", "en/for/older-people/", "Older people"),
]


@pytest.mark.parametrize("old, new, heading", MOVES, ids=[old for old, _new, _heading in MOVES])
def test_an_old_address_leads_to_the_new_page_without_scripts(browser, site_url, old, new, heading):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        violations = []
        page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
        page.goto(f"{site_url}/{old}")
        page.wait_for_url(f"{site_url}/{new}", timeout=5000)
        page.wait_for_load_state("load")
        assert page.locator('meta[http-equiv="refresh"]').count() == 0
        if heading:
            assert page.locator("h1").inner_text().strip() == heading
        assert violations == []
    finally:
        context.close()
