"""The CSV's columns documented on the Data page, generated from `csv_export.COLUMNS`.

A content page that contains the marker `<!-- vejviser:csv-columns -->` on a line of its own gets a
table of the columns in its language there, so the documentation cannot drift from the file.
"""

from __future__ import annotations

from markupsafe import escape

from .csv_export import COLUMNS
from .labels import COLUMN, CONTENTS

MARKER = "<!-- vejviser:csv-columns -->"


def column_table(lang: str) -> str:
    rows = "".join(f"<tr><td><code>{escape(column.name)}</code></td><td>{escape(column.description.get(lang))}</td></tr>" for column in COLUMNS)
    head = f'<tr><th scope="col">{escape(COLUMN.get(lang))}</th><th scope="col">{escape(CONTENTS.get(lang))}</th></tr>'
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


def insert_column_table(content) -> None:
    """Pelican's `content_object_init`: replace the marker in a content page's HTML."""
    html = getattr(content, "_content", None)
    if html and MARKER in html:
        content._content = html.replace(MARKER, column_table(getattr(content, "lang", "da")))
