"""The sheet's columns: which field of an entry each one carries, its titles, and how it is read.

`COLUMNS` is the one description of the spreadsheet format: the export writes these columns in this
order with their Danish (or English) titles, the import recognises them by those titles and by
`aliases` (what municipal lists call them: "Tlf.", "Målgruppe", "Postnummer" …). Two columns say which
entry a row is, not what it holds: `VEJVISER_ID` (the entry's file name, which the export fills in) and
`SOURCE_ID` (the list's own id, kept in the entry under `imported.id`).

What the sheet does not carry (volunteer roles, sources, a second location, coordinates,
accessibility, exceptions to opening hours) stays in the entry as it is when a row updates it;
`LEFT_OUT` names them for the sheet's note. `projection` is what an entry looks like through the sheet:
the import compares rows with it, and the digest of it, kept in the entry, tells whether the entry
was edited by hand since it was last imported.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..text import Text
from ..vocabulary import Vocabularies
from . import cells

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Column:
    key: str
    path: Path  # where the value is in the entry's data; () for the Vejviser id (the file name)
    title: Text
    codec: cells.Line
    aliases: tuple[str, ...] = ()
    supports: str | None = None  # the field a source can support (`sources[].supports`)
    width: int = 20
    help: Text | None = None

    @property
    def vocabulary(self) -> str | None:
        return getattr(self.codec, "vocabulary", None)

    def titles(self) -> tuple[str, ...]:
        return (self.title.da, self.title.en or self.title.da, *self.aliases)

    def value(self, data: dict) -> Any:
        """The entry's value for this column, None when it has none."""
        return get_path(data, self.path)

    def cell(self, data: dict, vocabularies: Vocabularies, lang: str) -> Any:
        value = self.value(data)
        return None if value in (None, [], "") else self.codec.write(value, vocabularies, lang)

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        return self.codec.read(cell, vocabularies)


def _c(key: str, path: Path, da: str, en: str, codec: cells.Line, *aliases: str, supports: str | None = None, width: int = 20) -> Column:
    return Column(key, path, Text(da, en), codec, aliases, supports, width)


LINE, TEXT, LINES, YES_NO = cells.Line(), cells.Paragraphs(), cells.Lines(), cells.YesNo()

VEJVISER_ID = _c("vejviser_id", (), "Vejviser-id", "Vejviser id", LINE, "vejviser id", "fil", "file", width=24)
SOURCE_ID = _c("source_id", ("imported", "id"), "Kildens id", "Source id", LINE, "id", "nr", "nr.", "nummer", "løbenummer", "forenings-id", "foreningsnummer", "reference")

CONTENT_COLUMNS: tuple[Column, ...] = (
    _c("name", ("name",), "Navn", "Name", LINE, "foreningens navn", "forening", "foreningsnavn", "organisation", "tilbud", "navn på forening", "navn på tilbud", supports="name", width=32),
    _c("alternate_names", ("alternate_names",), "Andre navne", "Other names", LINES, "også kendt som", "forkortelse", supports="name"),
    _c("kind", ("kind",), "Slags", "Kind", cells.Terms("kinds", many=False), "type", "slags tilbud", "kategori", width=24),
    _c("summary_da", ("summary", "da"), "Kort beskrivelse", "Summary (Danish)", TEXT, "beskrivelse", "resumé", "kort tekst", "formål", "summary", supports="summary", width=50),
    _c("summary_en", ("summary", "en"), "Kort beskrivelse (engelsk)", "Summary (English)", TEXT, "engelsk beskrivelse", "english summary", supports="summary", width=50),
    _c("description_da", ("description", "da"), "Lang beskrivelse", "Description (Danish)", TEXT, "uddybende beskrivelse", "mere om tilbuddet", "description", supports="description", width=60),
    _c("description_en", ("description", "en"), "Lang beskrivelse (engelsk)", "Description (English)", TEXT, supports="description", width=60),
    _c("get_started_da", ("get_started", "da"), "Sådan kommer du i gang", "How to get started (Danish)", LINES, "kom i gang", supports="get_started", width=40),
    _c("get_started_en", ("get_started", "en"), "Sådan kommer du i gang (engelsk)", "How to get started (English)", LINES, supports="get_started", width=40),
    _c("needs", ("needs",), "Hjælp til", "Needs", cells.Terms("needs"), "behov", "emne", "emner", "tema", "hjælp", supports="needs", width=32),
    _c("target_groups", ("target_groups",), "Målgruppe", "Target groups", cells.Terms("target_groups"), "målgrupper", "for hvem", "hvem", supports="target_groups", width=28),
    _c("age_min", ("age", "min"), "Alder fra", "Minimum age", cells.Integer(), "min. alder", "fra alder", supports="age", width=12),
    _c("age_max", ("age", "max"), "Alder til", "Maximum age", cells.Integer(), "maks. alder", "max. alder", "til alder", supports="age", width=12),
    _c("areas", ("areas",), "Område", "Areas", cells.Terms("areas"), "områder", "dækker", "geografi", supports="areas", width=24),
    _c("attendance", ("attendance",), "Sådan deltager man", "How to attend", cells.Terms("attendance"), "deltagelse", "form", supports="attendance", width=24),
    _c("free", ("cost", "free"), "Gratis", "Free", YES_NO, "gratis?", "er det gratis", supports="cost", width=10),
    _c("cost_note_da", ("cost", "note", "da"), "Pris", "Cost (Danish)", LINE, "pris, bemærkning", "kontingent", "egenbetaling", supports="cost", width=24),
    _c("cost_note_en", ("cost", "note", "en"), "Pris (engelsk)", "Cost (English)", LINE, supports="cost", width=24),
    _c("anonymous", ("anonymous",), "Anonym", "Anonymous", YES_NO, "kan man være anonym", "anonymt", supports="anonymous", width=10),
    _c("referral_required", ("referral_required",), "Kræver henvisning", "Referral required", YES_NO, "henvisning", supports="referral_required", width=12),
    _c("languages", ("languages",), "Sprog", "Languages", cells.Terms("languages"), "talte sprog", supports="languages", width=20),
    _c("phones", ("contact", "phones"), "Telefon", "Phone", cells.Phones(), "tlf", "tlf.", "telefonnummer", "tlf.nr.", "tlf. nr.", "telefon nr.", "mobil", "kontakt telefon", supports="phones", width=20),
    _c("email", ("contact", "email"), "E-mail", "E-mail", LINE, "email", "mail", "e-mailadresse", "e-mail adresse", "mailadresse", "kontakt e-mail", supports="email", width=28),
    _c("website", ("contact", "website"), "Hjemmeside", "Website", LINE, "website", "web", "webside", "hjemmesideadresse", "link", "url", supports="website", width=32),
    _c("location_name", ("locations", 0, "name"), "Sted", "Place", LINE, "stedets navn", "mødested", "lokale", supports="address", width=24),
    _c("address", ("locations", 0, "address"), "Adresse", "Address", LINE, "gade", "vejnavn og nummer", "gadenavn", supports="address", width=28),
    _c("postcode", ("locations", 0, "postcode"), "Postnummer", "Postcode", cells.Postcode(), "postnr", "postnr.", "post nr.", "postal code", supports="address", width=12),
    _c("town", ("locations", 0, "town"), "By", "Town", cells.Terms("areas", many=False), "bynavn", "postdistrikt", supports="address", width=16),
    _c("opening_hours", ("locations", 0, "opening_hours", "weekly"), "Åbningstider", "Opening hours", cells.WeeklyHours(), "åbningstid", "træffetid", "træffetider", "mødetider", supports="opening_hours", width=28),
    _c("maintainers", ("maintainers",), "Vedligeholdes af (GitHub)", "Maintained by (GitHub)", LINES, "maintainers", width=20),
    _c("last_verified", ("last_verified",), "Bekræftet af foreningen", "Confirmed by the association", cells.Date(), "sidst bekræftet", "bekræftet", width=16),
    _c("added", ("added",), "Tilføjet", "Added", cells.Date(), "oprettet", width=14),
)
COLUMNS: tuple[Column, ...] = (VEJVISER_ID, SOURCE_ID, *CONTENT_COLUMNS)
BY_KEY = {column.key: column for column in COLUMNS}

# What the sheet leaves out, by message code: named in the sheet's note and in the README.
LEFT_OUT = ("sheet-left-out-roles", "sheet-left-out-sources", "sheet-left-out-places")


def get_path(data: Any, path: Path) -> Any:
    for key in path:
        if isinstance(key, int):
            data = data[key] if isinstance(data, list) and len(data) > key else None
        else:
            data = data.get(key) if isinstance(data, dict) else None
        if data is None:
            return None
    return data


def set_path(data: dict, path: Path, value: Any) -> None:
    """Set (or, for None, remove) the value at `path`, making the objects on the way and removing
    those left empty."""
    if value is None:
        _remove(data, path)
        return
    node: Any = data
    for key, following in zip(path, path[1:]):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(key, int):
            while len(node) <= key:
                node.append({})
            if not isinstance(node[key], type(empty)):
                node[key] = empty
            node = node[key]
        else:
            if not isinstance(node.get(key), type(empty)):
                node[key] = empty
            node = node[key]
    node[path[-1]] = value


def _remove(data: Any, path: Path) -> None:
    if not path:
        return
    parent = get_path(data, path[:-1]) if len(path) > 1 else data
    key = path[-1]
    if isinstance(parent, dict):
        parent.pop(key, None)
    elif isinstance(parent, list) and isinstance(key, int) and key < len(parent) and not parent[key]:
        del parent[key]
    if len(path) > 1 and not get_path(data, path[:-1]):
        _remove(data, path[:-1])


def projection(data: dict, vocabularies: Vocabularies) -> dict[str, Any]:
    """The entry as the sheet shows it, read back: column key → value (content columns only)."""
    seen = {}
    for column in CONTENT_COLUMNS:
        cell = column.cell(data, vocabularies, "da")
        try:
            seen[column.key] = column.read(cell, vocabularies) if cell is not None else None
        except cells.CellProblem:  # a value only a hand edit can make, e.g. "9-17" in opening hours
            seen[column.key] = column.value(data)
    return seen


def digest(values: dict[str, Any]) -> str:
    """A short fingerprint of the sheet's values of an entry (`imported.digest`)."""
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
