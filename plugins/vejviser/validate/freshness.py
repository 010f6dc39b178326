"""Warnings about time passing: data not confirmed for a year, volunteer roles that have ended.

They do not fail validation: the site still builds (ended roles simply are not shown), but the
contributor or editor should act. An empty `last_verified` (not yet confirmed) is normal, not a warning.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterator

from ..dates import months_before
from ..model import STALE_AFTER_MONTHS
from ..problems import WARNING
from .consistency import as_date
from .findings import Finding

def freshness_findings(data: dict[str, Any], today: datetime.date) -> Iterator[Finding]:
    verified = as_date(data.get("last_verified"))
    if verified and verified < months_before(today, STALE_AFTER_MONTHS):
        yield Finding(("last_verified",), "last-verified-old", {"date": verified.isoformat(), "months": STALE_AFTER_MONTHS}, WARNING)
    roles = data.get("volunteering")
    for index, role in enumerate(roles if isinstance(roles, list) else ()):
        if not isinstance(role, dict):
            continue
        for key in ("end", "date"):
            last_day = as_date(role.get(key))
            if last_day and last_day < today:
                yield Finding(("volunteering", index, key), "role-ended", {"id": str(role.get("id", "")), "date": last_day.isoformat()}, WARNING)
                break
