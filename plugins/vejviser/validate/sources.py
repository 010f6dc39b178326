"""Facts a reader acts on must say where they come from, until the provider has confirmed them.

A phone number, an e-mail address, a street address or opening hours without a source in `sources:`
(one whose `supports` names it) gives a warning on the fact itself, unless the entry is confirmed
(`last_verified`). It is a warning, not an error: the site still builds, but the editor sees it. It
is given only for a file without errors: a contributor fixes those first, and the facts may move. A
source read after today is warned about too (likely a typo; a warning, so that a build with an
earlier build date still works).
"""

from __future__ import annotations

import datetime
from typing import Any, Iterator

from ..problems import WARNING
from .consistency import as_date
from .findings import Finding, shown

# The facts that need a source (names as in `supports:`).
SOURCED_FACTS = ("phones", "email", "address", "opening_hours")


def source_findings(data: dict[str, Any], today: datetime.date) -> Iterator[Finding]:
    """Warnings about the sources themselves."""
    for index, source in _sources(data):
        read = as_date(source.get("read"))
        if read and read > today:
            yield Finding(("sources", index, "read"), "source-read-future", {"date": read.isoformat(), "today": today.isoformat()}, WARNING)


def unsourced_findings(data: dict[str, Any]) -> Iterator[Finding]:
    """A warning for each fact that needs a source and has none, unless the entry is confirmed."""
    if data.get("last_verified"):
        return
    supported = {fact for _, source in _sources(data) if isinstance(source.get("supports"), list) for fact in source["supports"] if isinstance(fact, str)}
    yield from (finding for finding in unsourced_facts(data) if finding.params["fact"] not in supported)


def _sources(data: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    raw = data.get("sources")
    return [(index, source) for index, source in enumerate(raw if isinstance(raw, list) else ()) if isinstance(source, dict)]


def unsourced_facts(data: dict[str, Any]) -> Iterator[Finding]:
    """A warning for each fact that needs a source, sourced or not (`params["fact"]` names it)."""
    contact = data.get("contact")
    if isinstance(contact, dict):
        phones = contact.get("phones")
        for index, phone in enumerate(phones if isinstance(phones, list) else ()):
            if isinstance(phone, dict) and phone.get("number") is not None:
                yield Finding(("contact", "phones", index, "number"), "unsourced-phone", {"value": shown(phone["number"]), "fact": "phones"}, WARNING)
        if contact.get("email") is not None:
            yield Finding(("contact", "email"), "unsourced-email", {"value": shown(contact["email"]), "fact": "email"}, WARNING)
    locations = data.get("locations")
    for index, location in enumerate(locations if isinstance(locations, list) else ()):
        if not isinstance(location, dict):
            continue
        if location.get("address") is not None:
            yield Finding(("locations", index, "address"), "unsourced-address", {"value": shown(location["address"]), "fact": "address"}, WARNING)
        if location.get("opening_hours") is not None:
            yield Finding(("locations", index, "opening_hours"), "unsourced-opening-hours", {"fact": "opening_hours"}, WARNING, at_key=True)
