"""The site's URL scheme in one place: every page's address in every language.

Danish lives at the site root, other languages under `/<lang>/`. Section names are translated, so a
third language is one more column here plus a catalog. URLs are relative to SITEURL and end in `/`;
`output_path` gives the file Pelican writes for a URL.
"""

from __future__ import annotations

DEFAULT_LANG = "da"
LANGUAGES = ("da", "en")

SECTIONS: dict[str, dict[str, str]] = {
    "entry": {"da": "tilbud", "en": "services"},
    "need": {"da": "hjaelp", "en": "help"},
    "target_group": {"da": "for", "en": "for"},
    "town": {"da": "by", "en": "towns"},
    "a_z": {"da": "a-aa", "en": "a-z"},
    "search": {"da": "soeg", "en": "search"},
    "volunteer": {"da": "frivillig", "en": "volunteer"},
}


def lang_prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def home_url(lang: str) -> str:
    return lang_prefix(lang)


def section_url(section: str, lang: str, *parts: str) -> str:
    segments = [SECTIONS[section][lang], *parts]
    return lang_prefix(lang) + "/".join(segments) + "/"


def entry_url(slug: str, lang: str) -> str:
    return section_url("entry", lang, slug)


def page_url(slug: str, lang: str) -> str:
    """Content pages (about, privacy …): their own slug per language."""
    return f"{lang_prefix(lang)}{slug}/"


def output_path(url: str) -> str:
    return f"{url}index.html" if url.endswith("/") or not url else url
