"""The few words the exports write themselves (not taken from entries or vocabularies), in Danish and English.

Worded as the site says the same things (theme/translations), so the data and the pages agree.
"""

from __future__ import annotations

from ..text import Text

FREE = Text("Gratis", "Free")
CLOSED = Text("Lukket", "Closed")
REFERRAL_REQUIRED = Text("Du skal have en henvisning", "You need a referral")
LOCAL_TIME = Text("dansk tid", "Danish time")

# Accessibility features of a location: what is said when the feature is there, and when it is not.
ACCESSIBILITY = {
    "step_free": (Text("Adgang uden trin", "Step-free access"), Text("Der er trin ved indgangen", "There are steps at the entrance")),
    "accessible_toilet": (Text("Handicaptoilet", "Accessible toilet"), Text("Intet handicaptoilet", "No accessible toilet")),
    "hearing_loop": (Text("Teleslynge", "Hearing loop"), Text("Ingen teleslynge", "No hearing loop")),
}

FEED_TITLE = Text("Nye og opdaterede tilbud", "New and updated services")


def accessibility_statements(accessibility, lang: str) -> list[str]:
    """What the data says about a location's accessibility, one short statement per known feature."""
    if accessibility is None:
        return []
    statements = []
    for feature, (present, absent) in ACCESSIBILITY.items():
        value = getattr(accessibility, feature)
        if value is not None:
            statements.append((present if value else absent).get(lang))
    return statements

COUNTRY = Text("Danmark", "Denmark")

COLUMN = Text("Kolonne", "Column")
CONTENTS = Text("Indhold", "Contents")
