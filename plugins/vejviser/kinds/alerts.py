"""Time-limited alerts: `content/alerts.yaml`, shown as a banner on the pages they apply to.

An alert has a start and an end (date and time in Danish time), a text in Danish (and English), an
optional link, and what it applies to: the pages of some needs (`needs`: those needs' pages and the
services that help with them) and/or kinds of page (`pages`: home, help, volunteer, grants,
contacts, services, or all); with neither it applies everywhere. A build includes an alert when its
build date falls between the start and the end, so it is gone by itself at the first build after the
end (the nightly publish); the page script also hides it from the minute it ends, and until the
minute it starts. No Pelican here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .. import urls
from ..builddate import TIMEZONE
from ..model import Source
from ..text import Text
from ..validate.findings import Finding
from .source import Kind, item_sources

ALL = "all"
# Kind of page (as `pages:` names it) → the section of `vejviser.urls` whose pages it is.
PAGE_SECTIONS = {"help": "need", "volunteer": "volunteer", "grants": "grants", "contacts": "contacts", "services": "entry"}


@dataclass(frozen=True)
class Alert:
    id: str
    starts: datetime.datetime  # aware, Danish time
    ends: datetime.datetime
    text: Text
    link: str | None = None
    needs: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def is_current(self, today: datetime.date) -> bool:
        """Whether a build made on `today` shows it: it has started by the end of the day and not ended at its start."""
        day_starts = datetime.datetime.combine(today, datetime.time(), TIMEZONE)
        return self.starts < day_starts + datetime.timedelta(days=1) and self.ends > day_starts

    def applies_to(self, url: str, lang: str, needs: Iterable[str] = ()) -> bool:
        """Whether the page at `url` (about `needs`) shows it."""
        if not self.needs and not self.pages or ALL in self.pages:
            return True
        return any(page_is(page, url, lang) for page in self.pages) or any(need in self.needs for need in needs)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Alert":
        return cls(
            data["id"], _time(data["starts"]), _time(data["ends"]), Text.from_data(data["text"]), data.get("link"),
            tuple(data.get("needs", ())), tuple(data.get("pages", ())), item_sources(data.get("sources")),
        )


def page_is(page: str, url: str, lang: str) -> bool:
    """Whether the page at `url` is of the kind `page` (`home`, `help` …)."""
    if page == "home":
        return url == urls.home_url(lang)
    section = PAGE_SECTIONS.get(page)
    return section is not None and section in urls.SECTIONS and url.startswith(urls.section_url(section, lang))


def _time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value).replace(tzinfo=TIMEZONE)


def alert_rules(data: dict[str, Any]) -> Iterator[Finding]:
    """An alert ends after it starts; ids are unique in the file."""
    seen: dict[str, int] = {}
    for index, alert in enumerate(data.get("alerts") or ()):
        if not isinstance(alert, dict):
            continue
        starts, ends = _checked_time(alert.get("starts")), _checked_time(alert.get("ends"))
        if starts and ends and ends <= starts:
            yield Finding(("alerts", index, "ends"), "alert-ends-before-start", {"starts": alert["starts"], "ends": alert["ends"]})
        identifier = alert.get("id")
        if isinstance(identifier, str):
            if identifier in seen:
                yield Finding(("alerts", index, "id"), "alert-id-twice", {"id": identifier, "number": seen[identifier] + 1})
            seen.setdefault(identifier, index)


def _checked_time(value: Any) -> datetime.datetime | None:
    try:
        return _time(value) if isinstance(value, str) else None
    except ValueError:
        return None


ALERTS: Kind[Alert] = Kind("alerts", "alerts.yaml", lambda _name, data, _vocabularies: [Alert.from_data(alert) for alert in data["alerts"]], (alert_rules,))


def current_alerts(alerts: Iterable[Alert], today: datetime.date) -> tuple[Alert, ...]:
    """The alerts a build made on `today` includes, soonest ending first."""
    return tuple(sorted((alert for alert in alerts if alert.is_current(today)), key=lambda alert: (alert.ends, alert.id)))
