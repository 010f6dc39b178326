"""What axe cannot see, done with the keyboard on a freshly loaded page each time (focus is state):
the skip link, tab order and focus indicator, the quick exit; and `lang` on Danish fallback text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from . import helpers
from .helpers import WIDE
from .pagetypes import MINIMAL_ENTRY, QUICK_EXIT_TYPES, matrix, matrix_id, open_page_type

pytestmark = pytest.mark.browser

QUICK_EXIT = "[data-vv-quick-exit-link]"


@pytest.mark.parametrize("case", matrix(), ids=matrix_id)
def test_skip_link_moves_focus_to_main(page, site_url, case):
    open_page_type(page, site_url, *case)
    assert helpers.skip_link_problems(page) == []


@pytest.mark.parametrize("case", matrix(), ids=matrix_id)
def test_tab_reaches_every_control_with_visible_focus(page, site_url, case):
    open_page_type(page, site_url, *case)
    assert helpers.keyboard_problems(page) == []


@pytest.mark.parametrize("case", matrix(names=QUICK_EXIT_TYPES), ids=matrix_id)
def test_quick_exit_works_by_keyboard(page, site_url, case):
    open_page_type(page, site_url, *case)
    assert helpers.quick_exit_problems(page, QUICK_EXIT) == []


def _danish_only_summary() -> str:
    entry = Path(__file__).parent / "content" / "associations" / f"{MINIMAL_ENTRY}.yaml"
    summary = yaml.safe_load(entry.read_text(encoding="utf-8"))["summary"]
    assert "en" not in summary, f"{entry.name} must stay Danish-only for this test"
    return summary["da"]


@pytest.mark.parametrize("name", ["entry-minimal", "need", "a-z"])
def test_danish_fallback_text_is_marked_danish_on_english_pages(page, site_url, name):
    open_page_type(page, site_url, name, "en", WIDE)
    assert helpers.text_language(page, _danish_only_summary()) == "da"
