"""Time-limited alerts on the built site: a banner on the pages an alert applies to while it is on,
none elsewhere, none after its end; under the crisis bar and the header, never pushing the crisis
box from its place; and the start and end a page script needs to hide it on the minute."""

from __future__ import annotations

import datetime

import pytest

from vejviser.builddate import TIMEZONE
from vejviser.kinds.alerts import Alert
from vejviser.text import Text

FROST = {"da": "Eksempel-varmestuen har ekstra åbent i frostvejret", "en": "The example warming room has longer hours during the frost"}
DEADLINE = {"da": "Eksempelpuljen har ansøgningsfrist om få dage", "en": "The Example Fund's deadline is in a few days"}


def banners(site, url: str) -> list[str]:
    return [" ".join(alert.select_one(".vv-alert__text").get_text(" ").split()) for alert in site.page(url).select(".vv-alert")]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("hjaelp/hjemloeshed/", [FROST["da"]]),  # needs: [homelessness]
        ("en/help/homelessness/", [FROST["en"]]),
        ("hjaelp/hjemloeshed/esbjerg/", [FROST["da"]]),
        ("tilbud/eksempel-varmestuen/", [FROST["da"]]),  # an entry with that need
        ("en/services/eksempel-varmestuen/", [FROST["en"]]),
        ("puljer/", [DEADLINE["da"]]),  # pages: [grants, home]
        ("en/grants/eksempel-aabent/", [DEADLINE["en"]]),
        ("", [DEADLINE["da"]]),
        ("en/", [DEADLINE["en"]]),
        ("hjaelp/sorg/", []),
        ("tilbud/eksempel-sorggruppen/", []),
        ("kontakt-kommunen/", []),
        ("frivillig/", []),
    ],
)
def test_an_alert_is_shown_on_the_pages_it_applies_to_and_no_others(site, url, expected):
    assert banners(site, url) == expected


def test_an_alert_that_ended_before_the_build_date_is_nowhere(site):
    for url in ("", "en/", "puljer/", "hjaelp/hjemloeshed/", "a-aa/"):
        assert "sluttede i går" not in site.page(url).get_text() and "ended yesterday" not in site.page(url).get_text()


def test_the_banner_is_under_the_crisis_bar_and_header_and_the_crisis_box_keeps_its_place(site):
    page = site.page("hjaelp/hjemloeshed/")
    body = [element for element in page.select("body *") if element.get("class")]
    order = [classes for element in body for classes in [" ".join(element["class"])]]
    position = {name: next(index for index, classes in enumerate(order) if name in classes.split()) for name in ("vv-crisis-bar", "vv-header", "vv-alerts", "vv-main", "vv-crisis")}
    assert position["vv-crisis-bar"] < position["vv-header"] < position["vv-alerts"] < position["vv-main"] < position["vv-crisis"]
    assert page.select_one(".vv-crisis").find_parent("main") is None and page.select_one(".vv-alerts").find_parent("main") is None


def test_the_banner_carries_its_start_and_end_for_the_page_script(site):
    alert = site.page("hjaelp/hjemloeshed/").select_one(".vv-alert")
    assert alert["data-vv-alert-starts"] == "2026-09-14T16:00:00+02:00"
    assert alert["data-vv-alert-ends"] == "2026-09-16T10:00:00+02:00"
    assert alert.select_one("a.vv-alert__link")["href"] == "https://varme.example.org/"


def test_no_alerts_no_banner_region(empty_site):
    assert empty_site.page("").select(".vv-alerts") == []


def _alert(starts: str, ends: str) -> Alert:
    return Alert("x", datetime.datetime.fromisoformat(starts).replace(tzinfo=TIMEZONE), datetime.datetime.fromisoformat(ends).replace(tzinfo=TIMEZONE), Text("x"))


@pytest.mark.parametrize(
    ("starts", "ends", "day", "shown"),
    [
        ("2026-12-06T16:00", "2026-12-08T10:00", "2026-12-06", True),  # starts later that day: the nightly build includes it
        ("2026-12-06T16:00", "2026-12-08T10:00", "2026-12-05", False),
        ("2026-12-06T16:00", "2026-12-08T10:00", "2026-12-08", True),  # ends during the day
        ("2026-12-06T16:00", "2026-12-08T00:00", "2026-12-08", False),  # ended at midnight
        ("2026-12-06T16:00", "2026-12-08T10:00", "2026-12-09", False),
    ],
)
def test_an_alert_is_current_on_the_days_it_is_on(starts, ends, day, shown):
    assert _alert(starts, ends).is_current(datetime.date.fromisoformat(day)) is shown
