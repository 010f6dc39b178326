"""The "open now" line on an entry page, computed by the page's script in Danish time.

Real Chromium opens the built fixture page with its clock set; the browser itself runs in New York
time, so the line must come from Europe/Copenhagen, not from the device. Solsikkehuset is open
Monday–Thursday 10–14 and Friday 10–12, closed on 5 June 2025 and open 12–13 on 6 June 2025.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def entry_url(fixture_site):
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(fixture_site.output))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/tilbud/solsikken/"
    server.shutdown()


@pytest.fixture(scope="module")
def status_at(entry_url, browser):
    def status(moment: str) -> str | None:
        context = browser.new_context(timezone_id="America/New_York")
        page = context.new_page()
        page.clock.set_fixed_time(moment)
        page.goto(entry_url)
        line = page.locator("[data-vv-open-status]")
        text = line.text_content() if line.is_visible() else None
        context.close()
        return text

    return status


@pytest.mark.parametrize(
    "moment, expected",
    [
        ("2025-06-02T11:00:00+02:00", "Åbent nu – lukker kl. 14.00"),
        ("2025-06-02T08:00:00+02:00", "Lukket nu – åbner i dag kl. 10.00"),
        ("2025-06-02T14:00:00+02:00", "Lukket nu – åbner i morgen kl. 10.00"),
        ("2025-06-05T11:00:00+02:00", "Lukket nu – åbner i morgen kl. 12.00"),  # closed all day, other hours tomorrow
        ("2025-06-06T12:30:00+02:00", "Åbent nu – lukker kl. 13.00"),
        ("2025-06-06T21:30:00Z", "Lukket nu – åbner mandag kl. 10.00"),  # 23:30 in Copenhagen, 17:30 in New York
    ],
)
def test_open_now_line_uses_copenhagen_time(status_at, moment, expected):
    assert status_at(moment) == expected
