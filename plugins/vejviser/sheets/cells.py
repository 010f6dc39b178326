"""How one kind of value is written into a spreadsheet cell and read back from one, the Danish way.

Each codec has `write(value, vocabularies, lang)`, the cell for an entry's value, and
`read(cell, vocabularies)`, the entry's value for a cell (None for an empty cell). A cell arrives as
the reader gives it: None, a stripped `str`, an `int`, a `float`, a `bool` or a `datetime.date`.
Reading is forgiving where municipal lists are messy ("Ja"/"nej"/"x", phone numbers stored as numbers,
labels or ids of vocabulary terms in either language) and raises `CellProblem` with a message code
where a value cannot be understood. For every value an entry can hold, `read(write(value))` gives it
back (normalised only where the site shows no difference, e.g. spaces at the end of a line).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from ..vocabulary import Vocabularies

LIST_SEPARATOR = "; "
_LIST_SPLIT = re.compile(r"\s*[;|\n]\s*")


class CellProblem(ValueError):
    """A cell whose value cannot be read; `code` names the message, `params` fill it in."""

    def __init__(self, code: str, params: dict[str, Any]):
        super().__init__(code)
        self.code = code
        self.params = params


def _problem(code: str, **params: Any) -> CellProblem:
    return CellProblem(code, params)


def as_text(cell: Any) -> str:
    """A cell as text: whole numbers without ".0", dates as ÅÅÅÅ-MM-DD, yes/no as Ja/Nej."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "Ja" if cell else "Nej"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime.datetime):
        return cell.date().isoformat()
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return str(cell)


def one_line(text: str) -> str:
    """Spaces (non-breaking ones and line breaks too) collapsed to one, none at either end."""
    return " ".join(text.replace("\u00a0", " ").split())


def paragraphs(text: str) -> str:
    """Multi-line text with Windows line ends and spaces at line ends removed, and no blank lines at
    either end (Markdown shows the same)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")]
    return "\n".join(lines).strip("\n").strip()


class Line:
    """A single line of text: a name, an address, an e-mail address. `HELP` is the message that
    tells, in the sheet's notes, how to write a value."""

    HELP = "sheet-help-line"

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        return value

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        return one_line(as_text(cell)) or None

    def help(self) -> tuple[str, dict[str, Any]]:
        return self.HELP, {}


class Paragraphs(Line):
    """Text over several lines, e.g. a description in Markdown."""

    HELP = "sheet-help-text"

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        return paragraphs(as_text(cell)) or None


class Lines(Line):
    """A list of texts, one per line in the cell (steps, other names, GitHub handles)."""

    HELP = "sheet-help-lines"

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        return "\n".join(value)

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        items = [one_line(line) for line in as_text(cell).splitlines()]
        return [item for item in items if item] or None


class YesNo(Line):
    YES = {"ja", "j", "x", "yes", "y", "true", "sand", "1"}
    NO = {"nej", "n", "no", "false", "falsk", "0"}

    HELP = "sheet-help-yes-no"

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        return ("Ja" if value else "Nej") if lang == "da" else ("Yes" if value else "No")

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        if isinstance(cell, bool):
            return cell
        text = as_text(cell).strip().casefold().rstrip(".")
        if not text:
            return None
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise _problem("sheet-yes-no", value=as_text(cell))


class Integer(Line):
    HELP = "sheet-help-number"

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        text = as_text(cell).strip()
        if not text:
            return None
        if re.fullmatch(r"\d+", text):
            return int(text)
        raise _problem("sheet-whole-number", value=text)


class Date(Line):
    HELP = "sheet-help-date"

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        if isinstance(cell, datetime.date):
            return as_text(cell)
        text = as_text(cell).strip()
        if not text:
            return None
        danish = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", text)  # 15-06-2026, 15.6.2026
        if danish:
            day, month, year = (int(part) for part in danish.groups())
            try:
                return datetime.date(year, month, day).isoformat()
            except ValueError:
                raise _problem("sheet-date", value=text) from None
        return text  # ÅÅÅÅ-MM-DD, or anything else for the validator to explain


class Postcode(Line):
    HELP = "sheet-help-postcode"

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        return as_text(cell).strip() or None  # 6700.0 → "6700"


@dataclass(frozen=True)
class Terms(Line):
    """Terms of a vocabulary, written as their labels in the sheet's language and read from labels or
    ids in either language (case and spaces ignored); several separated by ";" or one per line."""

    vocabulary: str
    many: bool = True

    def help(self) -> tuple[str, dict[str, Any]]:
        return ("sheet-help-terms" if self.many else "sheet-help-term"), {"vocabulary": f"{self.vocabulary}.yaml"}

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        terms = vocabularies[self.vocabulary]
        labels = [terms.label(term, lang) if term in terms else term for term in (value if self.many else [value])]
        return LIST_SEPARATOR.join(labels)

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        text = one_line(as_text(cell).replace("\n", ";"))
        if not text:
            return None
        known = self.lookup(vocabularies)
        whole = known.get(_folded(text))
        parts = [whole] if whole else [part for part in _LIST_SPLIT.split(text) if part]
        if not whole and len(parts) == 1 and "," in text:  # "Ensomhed, Sorg": commas only when every part is a term
            by_comma = [part.strip() for part in text.split(",") if part.strip()]
            if all(_folded(part) in known for part in by_comma):
                parts = by_comma
        ids = [known.get(_folded(part), part) for part in parts]  # unknown ones go on to the validator, which suggests
        ids = list(dict.fromkeys(ids))
        if not self.many:
            if len(ids) > 1:
                raise _problem("sheet-one-term", value=text)
            return ids[0]
        return ids

    def lookup(self, vocabularies: Vocabularies) -> dict[str, str]:
        """Folded id and labels → term id; made once per vocabulary object."""
        vocabulary = vocabularies[self.vocabulary]
        cached = _LOOKUPS.get(id(vocabulary))
        if cached is not None and cached[0] is vocabulary:
            return cached[1]
        known: dict[str, str] = {}
        for term in vocabulary:
            for name in (term.id, term.label.da, term.label.en):
                known.setdefault(_folded(name), term.id)
        if len(_LOOKUPS) > 64:  # a long-lived process (the tests) loads many vocabularies
            _LOOKUPS.clear()
        _LOOKUPS[id(vocabulary)] = (vocabulary, known)
        return known


_LOOKUPS: dict[int, tuple[Any, dict[str, str]]] = {}


def _folded(text: str) -> str:
    return one_line(text).casefold()


class Phones(Line):
    """Phone numbers, one per line: "75 12 34 56", or with what the number is for,
    "75 12 34 56; Rådgivning; Counselling" (Danish, then English). A number stored as a number in the
    sheet (75123456.0, 4575123456) becomes "75 12 34 56" or "+45 75 12 34 56"."""

    HELP = "sheet-help-phones"

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        lines = []
        for phone in value:
            purpose = phone.get("purpose") or {}
            lines.append(LIST_SEPARATOR.join([phone["number"], *[purpose[key] for key in ("da", "en") if purpose.get(key)]]))
        return "\n".join(lines)

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            return [{"number": danish_number(as_text(cell))}]
        phones = []
        for line in as_text(cell).splitlines():
            parts = [one_line(part) for part in line.split(";")]
            if not parts[0]:
                continue
            phone: dict[str, Any] = {"number": danish_number(parts[0])}
            if len(parts) > 3:
                raise _problem("sheet-phone-parts", value=one_line(line))
            if len(parts) > 1 and parts[1]:
                phone["purpose"] = {"da": parts[1], **({"en": parts[2]} if len(parts) > 2 and parts[2] else {})}
            phones.append(phone)
        return phones or None


def danish_number(text: str) -> str:
    """A number as the site writes it when the sheet holds only its digits (Excel dropped the spaces
    and maybe added ".0"); anything else as it was typed, for the validator to judge."""
    digits = text.removesuffix(".0")
    if not digits.isdigit():
        return text
    if len(digits) == 10 and digits.startswith("45"):
        return "+45 " + _pairs(digits[2:])
    if len(digits) == 8:
        return _pairs(digits)
    return text


def _pairs(digits: str) -> str:
    return " ".join(digits[index : index + 2] for index in range(0, 8, 2))


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = {
    "da": ("man", "tir", "ons", "tor", "fre", "lør", "søn"),
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
}
_DAY_WORDS = {
    **{name: day for names in _DAY_NAMES.values() for name, day in zip(names, DAYS)},
    **dict(zip(("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"), DAYS)),
    **dict(zip(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), DAYS)),
    "tors": "thu", "lor": "sat", "son": "sun", "loer": "sat", "soen": "sun",
}
_HOURS_LINE = re.compile(r"(?P<days>.+?)\s*:?\s+(?:kl\.?\s*)?(?P<opens>\d{1,2}(?:[:.]\d{2})?)\s*[-–—]\s*(?P<closes>\d{1,2}(?:[:.]\d{2})?)")


class WeeklyHours(Line):
    """Weekly opening hours, one line per set of days: "man–fre 09:00–15:00", "tir, tor 18:00–21:00"
    (Danish or English day names, "9-15" and "9.30" understood)."""

    HELP = "sheet-help-hours"

    def write(self, value: Any, vocabularies: Vocabularies, lang: str) -> Any:
        return "\n".join(f"{_days_text(hours['days'], lang)} {hours['opens']}–{hours['closes']}" for hours in value)

    def read(self, cell: Any, vocabularies: Vocabularies) -> Any:
        rows = []
        for line in as_text(cell).splitlines():
            line = one_line(line)
            if not line:
                continue
            match = _HOURS_LINE.fullmatch(line)
            if not match:
                raise _problem("sheet-hours", value=line)
            rows.append({"days": _days(match["days"], line), "opens": _time(match["opens"]), "closes": _time(match["closes"])})
        return rows or None


def _days_text(days: list[str], lang: str) -> str:
    names = _DAY_NAMES[lang]
    indexes = [DAYS.index(day) for day in days if day in DAYS]
    if len(indexes) == len(days) and len(indexes) >= 3 and indexes == list(range(indexes[0], indexes[0] + len(indexes))):
        return f"{names[indexes[0]]}–{names[indexes[-1]]}"
    return ", ".join(names[DAYS.index(day)] if day in DAYS else day for day in days)


def _days(text: str, line: str) -> list[str]:
    days: list[str] = []
    for part in (part.strip() for part in re.split(r",|\bog\b|\band\b|&", text.casefold()) if part.strip()):
        ends = [end.strip().rstrip(".") for end in re.split(r"\s*[-–—]\s*", part)]
        if len(ends) > 2 or not all(end in _DAY_WORDS for end in ends):
            raise _problem("sheet-hours", value=line)
        first, last = DAYS.index(_DAY_WORDS[ends[0]]), DAYS.index(_DAY_WORDS[ends[-1]])
        if last < first:
            raise _problem("sheet-hours", value=line)
        days += [day for day in DAYS[first : last + 1] if day not in days]
    return days


def _time(text: str) -> str:
    hours, _, minutes = text.replace(".", ":").partition(":")
    return f"{int(hours):02d}:{minutes or '00'}"
