"""Nothing tracks a citizen: no request leaves the site, nothing is stored, the CSP holds, nothing breaks.

Each page is opened once per module in a fresh browser context and left until the network is idle,
so late requests count too; the checks only look at it.
"""

from __future__ import annotations

import pytest

from . import helpers
from .pagetypes import matrix, matrix_id, open_page_type

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=matrix(), ids=matrix_id)
def visit(request, browser, site_url):
    with helpers.fresh_page(browser) as page:
        yield open_page_type(page, site_url, *request.param, settle=True)


def test_no_request_leaves_the_site(visit):
    assert helpers.foreign_requests(visit) == []


def test_no_cookies_and_nothing_stored(visit):
    assert helpers.cookie_problems(visit) + helpers.storage_problems(visit) == []


def test_csp_is_set_and_nothing_violates_it(visit):
    assert helpers.csp_problems(visit) == []


def test_nothing_fails_to_load_or_run(visit):
    assert helpers.console_problems(visit) + helpers.icon_problems(visit) == []
