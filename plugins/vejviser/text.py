"""Translated text: Danish is required, English falls back to Danish (and says so)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_LANG = "da"


class _Translated:
    """Shared fallback logic: `da` is always there, other languages may be missing."""

    def lang_for(self, lang: str) -> str:
        """The language the value is actually shown in when `lang` is asked for."""
        return lang if getattr(self, lang, None) else DEFAULT_LANG

    def get(self, lang: str):
        return getattr(self, self.lang_for(lang))

    def is_fallback(self, lang: str) -> bool:
        return self.lang_for(lang) != lang


@dataclass(frozen=True)
class Text(_Translated):
    da: str
    en: str | None = None

    @classmethod
    def from_data(cls, data: Any) -> "Text | None":
        if not data:
            return None
        return cls(data["da"], data.get("en"))


@dataclass(frozen=True)
class TextList(_Translated):
    """A list of strings per language, e.g. the steps of "how to get started"."""

    da: tuple[str, ...]
    en: tuple[str, ...] | None = None

    @classmethod
    def from_data(cls, data: Any) -> "TextList | None":
        if not data:
            return None
        return cls(tuple(data["da"]), tuple(data["en"]) if data.get("en") else None)


_DANISH_ORDER = str.maketrans({"æ": "z{", "ø": "z|", "å": "z}", "ä": "z{", "ö": "z|", "ü": "y"})


def danish_sort_key(value: str) -> str:
    """Sort key that puts Æ, Ø and Å after Z, as Danish readers expect in an A–Z list."""
    return value.casefold().translate(_DANISH_ORDER)
