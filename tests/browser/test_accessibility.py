"""WCAG 2.1 AA (and what 2.2 adds) on every page type, in Danish and English, at 1280 and 320 px.

Each page is opened once per module (a fresh browser context each) and the checks here only look
at it, so they share the load. It is opened with prefers-reduced-motion: reduce, which the motion
test needs and which keeps screenshots and contrast checks free of half-finished animations.
Keyboard checks, which move focus, are in test_keyboard.py.
"""

from __future__ import annotations

import pytest

from . import helpers
from .pagetypes import matrix, matrix_id, open_page_type

pytestmark = pytest.mark.browser

# axe's "needs review" results that a person has checked: (rule id, CSS target or prefix*) → why it is fine.
REVIEWED_INCOMPLETE: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module", params=matrix(), ids=matrix_id)
def visit(request, browser, site_url):
    with helpers.fresh_page(browser) as page:
        yield open_page_type(page, site_url, *request.param, reduced_motion="reduce")


def test_axe_finds_nothing(visit, request):
    helpers.save_screenshot(visit.page, request.node.callspec.id)  # artifact: every page type at both widths
    results = helpers.run_axe(visit.page)
    assert helpers.axe_violations(results) + helpers.unreviewed_incomplete(results, REVIEWED_INCOMPLETE) == []


def test_no_horizontal_scrolling(visit):
    """At 320 px this is WCAG 1.4.10 Reflow; at 1280 px simply a page that fits."""
    assert helpers.reflow_problems(visit.page) == []


def test_reduced_motion_is_respected(visit):
    assert helpers.motion_problems(visit.page) == []
