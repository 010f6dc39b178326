"""The few words the role feeds and the task calendar write themselves, in Danish and English.

Worded as the pages say the same things (theme/translations), so a feed reader or calendar app
shows what the site shows.
"""

from __future__ import annotations

from ..text import Text

FEED_TITLE = Text("Nye frivillige opgaver", "New volunteer tasks")
CALENDAR_NAME = Text("Frivillige opgaver med dato", "Volunteer tasks with a date")
DATE = Text("Dato", "Date")
PERIOD = Text("Periode", "Period")
FROM = Text("fra", "from")
UNTIL = Text("til", "until")
HOW_TO_APPLY = Text("Sådan melder du dig", "How to apply")
