"""The development server's error page (`vejviser.serve`), served by its real HTTP server, in Chromium:
axe finds nothing, it fits 320 px, and it loads nothing but itself."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest

from vejviser.directory.failure import problems_error
from vejviser.problems import Problem
from vejviser.serve import ErrorPageServer, error_lines, error_page

from . import helpers

pytestmark = pytest.mark.browser

# A long path and a message quoting the contributor's text, as the validator writes them.
PROBLEMS = [
    Problem.at("content/associations/en-forening-med-et-meget-langt-navn-uden-mellemrum.yaml", (15, 10), "email-invalid", value="<b>Sorg & co</b>"),
    Problem.at("content/associations/solsikken.yaml", (3, 1), "required-missing", key="summary"),
]


@pytest.fixture(scope="module")
def error_page_url(tmp_path_factory) -> Iterator[str]:
    failures, tell_server = multiprocessing.Pipe(duplex=False)
    httpd = ErrorPageServer(str(tmp_path_factory.mktemp("output")), ("127.0.0.1", 0), failures)
    tell_server.send(error_page(error_lines(problems_error(PROBLEMS))))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/en/services/solsikken/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("width", helpers.WIDTHS)
def test_the_error_page_is_accessible_fits_and_loads_nothing_else(browser, error_page_url, width):
    with helpers.fresh_page(browser) as page:
        visit = helpers.open_page(page, error_page_url, width=width, settle=True)
        assert visit.status == 500
        assert "e-mailadresse" in page.inner_text("section[lang=da]") and "e-mail address" in page.inner_text("section[lang=en]")
        results = helpers.run_axe(page)
        assert helpers.axe_violations(results) + helpers.unreviewed_incomplete(results, {}) == []
        assert helpers.reflow_problems(page) == []
        assert visit.requests == [error_page_url] and visit.page_errors == []
        # Chromium says the page (and its own favicon request) got a 500; nothing else.
        assert all("status of 500" in text for _, text, _ in visit.console), visit.console
