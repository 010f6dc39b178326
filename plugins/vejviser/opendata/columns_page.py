"""The CSV files' columns documented on the Data page, generated from the tables they are written from.

A content page that contains the marker `<!-- vejviser:csv-columns -->` (associations.csv) or
`<!-- vejviser:csv-columns NAME -->` (`NAME.csv`, e.g. rooms) on a line of its own gets a table of
that file's columns in its language there, so the documentation cannot drift from the file.
"""

from __future__ import annotations

import re

from markupsafe import escape

from .csv_export import ASSOCIATIONS, Table
from .datapackage import TABLES
from .labels import COLUMN, CONTENTS

MARKER = re.compile(r"<!-- vejviser:csv-columns(?: ([a-z]+))? -->")
TABLES_BY_NAME = {table.name: table for table in TABLES}


def column_table(lang: str, table: Table = ASSOCIATIONS) -> str:
    rows = "".join(f"<tr><td><code>{_breakable(column.name)}</code></td><td>{escape(column.description.get(lang))}</td></tr>" for column in table.columns)
    head = f'<tr><th scope="col">{escape(COLUMN.get(lang))}</th><th scope="col">{escape(CONTENTS.get(lang))}</th></tr>'
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


def _breakable(name: str) -> str:
    """A column name that may wrap after its underscores (`free_for_associations` is wider than a
    phone's column), still read and copied as the one word."""
    return str(escape(name)).replace("_", "_<wbr>")


def insert_column_table(content) -> None:
    """Pelican's `content_object_init`: replace the markers in a content page's HTML. A marker naming
    no table is a mistake in the page: the build stops with its name."""
    html = getattr(content, "_content", None)
    if html and "vejviser:csv-columns" in html:
        lang = getattr(content, "lang", "da")
        content._content = MARKER.sub(lambda match: column_table(lang, _table(match.group(1))), html)


def _table(name: str | None) -> Table:
    if name is None:
        return ASSOCIATIONS
    if name not in TABLES_BY_NAME:
        raise ValueError(f"<!-- vejviser:csv-columns {name} -->: no CSV file {name}.csv (known: {', '.join(TABLES_BY_NAME)})")
    return TABLES_BY_NAME[name]
