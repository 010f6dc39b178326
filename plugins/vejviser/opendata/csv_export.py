"""`data/associations.csv`: one row per entry, for spreadsheets; and the CSV writing the other tables
(`rooms_export`, `grants_export`) share: a `Table` of `Column`s, each a documented value of an item.

Made to open right in a Danish Excel by double-click: UTF-8 with a byte order mark, `;` between
columns (the list separator of Danish Windows), CRLF line ends. A cell with several values joins
them with " | ". A cell that would start with `=`, `+`, `-` or `@` gets a leading `'`, so a
spreadsheet shows it as text instead of running it as a formula (contributors' text ends up here,
and so do phone numbers like "+45 …"). Vocabulary fields hold term ids; their Danish and English labels are in
`associations.json` under `vocabularies`. `COLUMNS` is the documentation of the file: the Data page
shows it as a table, and `datapackage.json` gives each column's type. Values carry no whitespace at
either end (a Markdown description's closing line break included).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, TypeVar

from ..content import Directory
from ..model import Entry, Location
from ..text import Text
from ..urls import entry_url
from .publication import Publication

DELIMITER = ";"
LIST_SEPARATOR = " | "
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@")
Item = TypeVar("Item")


@dataclass(frozen=True)
class Column(Generic[Item]):
    name: str
    description: Text
    value: Callable[[Item, "Row"], str]
    type: str = "string"  # a Frictionless Table Schema type: string, integer, number, boolean, date
    format: str = "default"  # e.g. "email" or "uri" for a string


@dataclass(frozen=True)
class Table(Generic[Item]):
    """One CSV file of the open data, `data/<name>.csv`, beside `data/<name>.json`: its title for the
    data package, its columns (the file's documentation) and the column that identifies a row."""

    name: str
    title: Text
    columns: tuple[Column[Item], ...]
    key: str


@dataclass(frozen=True)
class Row:
    """What a column may need besides the item: the labels of towns and the site's links."""

    directory: Directory
    publication: Publication

    def town_label(self, town: str | None) -> str:
        return self.directory.vocabularies.areas.label(town, "da") if town else ""


def as_text(cell: str) -> str:
    """A cell a spreadsheet will not read as a formula, without whitespace at either end."""
    cell = cell.strip()
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def bilingual(name: str, description: Text, text_of: Callable[[Any], Text | None]) -> tuple[Column, Column]:
    """Two columns, `<name>_da` and `<name>_en`, for a text of the item in each language."""
    return (
        Column(f"{name}_da", Text(f"{description.da}, på dansk", f"{description.en}, in Danish"), lambda item, row: text_in(text_of(item), "da")),
        Column(f"{name}_en", Text(f"{description.da}, på engelsk (tom hvis ikke oversat)", f"{description.en}, in English (empty if not translated)"), lambda item, row: text_in(text_of(item), "en")),
    )


def page_columns(page: Text, url_of: Callable[[Any, str], str]) -> tuple[Column, Column]:
    """Two columns, `url_da` and `url_en`: the item's page in each language (`url_of(item, lang)`, a
    URL from `vejviser.urls` that the publication makes absolute)."""
    return tuple(
        Column(f"url_{lang}", Text(f"{page.da} på {language.da}", f"{page.en} in {language.en}"), lambda item, row, lang=lang: row.publication.link(url_of(item, lang)))
        for lang, language in (("da", Text("dansk", "Danish")), ("en", Text("engelsk", "English")))
    )


def sources_column() -> Column:
    """`sources`: where an item's facts come from."""
    return Column("sources", Text("Kilder: adresse eller titel (dato læst: felter den underbygger)", "Sources: address or title (date read: the fields it supports)"), lambda item, row: joined(source_cell(s) for s in item.sources))


def flag(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


def text_in(text: Text | None, lang: str) -> str:
    """The text in exactly this language; empty when it has no translation (no fallback in data)."""
    return (getattr(text, lang) or "") if text else ""


def number(value: int | float | None) -> str:
    return "" if value is None else str(value)


def iso_date(value) -> str:
    return value.isoformat() if value else ""


def phone_cell(phone) -> str:
    return f"{phone.number} ({phone.purpose.da})" if phone.purpose else phone.number


def source_cell(source) -> str:
    """`https://livslinien.dk/kontakt (2026-12-06: phones, opening_hours)`."""
    supports = f": {', '.join(source.supports)}" if source.supports else ""  # a kind's sources say no fields
    return f"{source.url or source.title} ({source.read.isoformat()}{supports})"


def address_cell(location: Location, row: Row) -> str:
    town = f"{location.postcode} {row.town_label(location.town)}".strip()
    return ", ".join(part for part in (location.name, location.address, town) if part)


COLUMNS: tuple[Column, ...] = (
    Column("slug", Text("Fast id for indgangen, også i sidens adresse", "Stable id of the entry, also in its page address"), lambda e, r: e.slug),
    Column("name", Text("Navn", "Name"), lambda e, r: e.name),
    Column("alternate_names", Text("Andre navne", "Other names"), lambda e, r: joined(e.alternate_names)),
    Column("kind", Text("Slags tilbud (id fra ordlisten kinds)", "Kind of offer (id from the kinds vocabulary)"), lambda e, r: e.kind),
    Column("summary_da", Text("Kort beskrivelse på dansk", "Short description in Danish"), lambda e, r: text_in(e.summary, "da")),
    Column("summary_en", Text("Kort beskrivelse på engelsk (tom hvis ikke oversat)", "Short description in English (empty if not translated)"), lambda e, r: text_in(e.summary, "en")),
    Column("description_da", Text("Lang beskrivelse på dansk, Markdown", "Long description in Danish, Markdown"), lambda e, r: text_in(e.description, "da")),
    Column("description_en", Text("Lang beskrivelse på engelsk, Markdown", "Long description in English, Markdown"), lambda e, r: text_in(e.description, "en")),
    Column("needs", Text("Hvad man kan få hjælp til (id'er fra ordlisten needs)", "What help is offered (ids from the needs vocabulary)"), lambda e, r: joined(e.needs)),
    Column("target_groups", Text("Hvem tilbuddet er for (id'er fra target_groups)", "Who it is for (ids from target_groups)"), lambda e, r: joined(e.target_groups)),
    Column("age_min", Text("Mindstealder", "Minimum age"), lambda e, r: number(e.age_min), type="integer"),
    Column("age_max", Text("Højeste alder", "Maximum age"), lambda e, r: number(e.age_max), type="integer"),
    Column("areas", Text("Områder tilbuddet dækker (id'er fra areas)", "Areas served (ids from areas)"), lambda e, r: joined(e.areas)),
    Column("attendance", Text("Hvordan man deltager (id'er fra attendance)", "How you attend (ids from attendance)"), lambda e, r: joined(e.attendance)),
    Column("free", Text("Gratis: true/false, tom hvis ikke oplyst", "Free: true/false, empty if not stated"), lambda e, r: flag(e.free), type="boolean"),
    Column("cost_note_da", Text("Om prisen, på dansk", "About the cost, in Danish"), lambda e, r: text_in(e.cost_note, "da")),
    Column("cost_note_en", Text("Om prisen, på engelsk", "About the cost, in English"), lambda e, r: text_in(e.cost_note, "en")),
    Column("anonymous", Text("Man kan være anonym: true/false, tom hvis ikke oplyst", "You can stay anonymous: true/false, empty if not stated"), lambda e, r: flag(e.anonymous), type="boolean"),
    Column("languages", Text("Sprog der tales (ISO 639-1)", "Languages spoken (ISO 639-1)"), lambda e, r: joined(e.languages)),
    Column("referral_required", Text("Kræver henvisning: true/false", "Referral required: true/false"), lambda e, r: flag(e.referral_required), type="boolean"),
    Column("phones", Text("Telefonnumre, med formålet på dansk i parentes", "Phone numbers, with their purpose in Danish in brackets"), lambda e, r: joined(phone_cell(p) for p in e.contact.phones)),
    Column("email", Text("E-mail", "Email"), lambda e, r: e.contact.email or "", format="email"),
    Column("website", Text("Hjemmeside", "Website"), lambda e, r: e.contact.website or "", format="uri"),
    Column("addresses", Text("Adresser: navn, gade, postnummer og by", "Addresses: name, street, postcode and town"), lambda e, r: joined(address_cell(loc, r) for loc in e.locations)),
    Column("postcodes", Text("Postnumre for adresserne", "Postcodes of the addresses"), lambda e, r: joined(loc.postcode for loc in e.locations)),
    Column("volunteer_roles", Text("Aktuelle frivillige opgaver (titel på dansk)", "Current volunteer tasks (title in Danish)"), lambda e, r: joined(role.title.da for role in e.current_roles(r.publication.build_date))),
    sources_column(),
    Column("last_verified", Text("Dato hvor foreningen bekræftede oplysningerne; tom: ikke bekræftet", "Date the association confirmed the data; empty: not confirmed"), lambda e, r: iso_date(e.last_verified), type="date"),
    Column("added", Text("Dato hvor indgangen blev tilføjet", "Date the entry was added"), lambda e, r: iso_date(e.added), type="date"),
    *page_columns(Text("Siden", "The page"), lambda e, lang: entry_url(e.slug, lang)),
)


ASSOCIATIONS: Table[Entry] = Table("associations", Text("Foreninger og tilbud", "Associations and services"), COLUMNS, "slug")


def csv_bytes(table: Table[Item], items: Iterable[Item], row: Row) -> bytes:
    """The table's CSV: a header of the column names, then one row per item, each cell `as_text`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    for item in items:
        writer.writerow(as_text(column.value(item, row)) for column in table.columns)
    return (BOM + buffer.getvalue()).encode("utf-8")


def associations_csv(directory: Directory, publication: Publication) -> bytes:
    return csv_bytes(ASSOCIATIONS, directory.entries, Row(directory, publication))
