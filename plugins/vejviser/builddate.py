"""The date a build is "made on": decides which volunteer roles have ended and which entries are stale.

Same input → same bytes: the date comes from settings (`VEJVISER_BUILD_DATE`, ISO), else from
`SOURCE_DATE_EPOCH` (reproducible builds), else today's date in Europe/Copenhagen.
"""

from __future__ import annotations

import datetime
import os
from typing import Any, Mapping
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Copenhagen")


def build_date(settings: Mapping[str, Any] | None = None) -> datetime.date:
    configured = (settings or {}).get("VEJVISER_BUILD_DATE")
    if configured:
        return configured if isinstance(configured, datetime.date) else datetime.date.fromisoformat(str(configured))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), TIMEZONE).date()
    return datetime.datetime.now(TIMEZONE).date()
