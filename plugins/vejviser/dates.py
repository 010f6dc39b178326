"""Calendar arithmetic the model and the validator share."""

from __future__ import annotations

import calendar
import datetime
import re

# A date as precise as its source states it: "2026-03-03", "2018-04" or "2018" (entry.schema.json's
# partial_date).
PARTIAL_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` months earlier (the last day of that month if it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
