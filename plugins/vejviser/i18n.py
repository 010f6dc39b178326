"""Language-aware gettext for the theme, so one template renders the page in any language.

UI strings live in Babel catalogs `theme/translations/<lang>/LC_MESSAGES/messages.po` in the package (msgids in
English). They are compiled in memory when a build starts; no `.mo` files are kept in git. The
language of a string is the language of the page being rendered: the template context's `lang`
(set by the directory generator) or, on a Pelican content page, `page.lang`.

A third language is one more catalog plus its code in the `VEJVISER_LANGUAGES` setting.
"""

from __future__ import annotations

import datetime
import functools
import io
from pathlib import Path
from typing import Any, Iterable, Mapping

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import get_day_names
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import Translations
from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from .model import WEEKDAYS
from .text import DEFAULT_LANG
from .urls import LANGUAGES

CATALOG_DOMAIN = "messages"
# The Babel locale used for dates and weekday names in each language.
LOCALES = {"da": "da_DK", "en": "en_GB"}


class TranslationsMissing(Exception):
    """A language is configured but its catalog is missing or unreadable."""


def catalog_path(translations_dir: str | Path, lang: str) -> Path:
    return Path(translations_dir) / lang / "LC_MESSAGES" / f"{CATALOG_DOMAIN}.po"


def load_translations(translations_dir: str | Path, languages: Iterable[str]) -> dict[str, Translations]:
    """Each language's catalog, compiled in memory (every generator asks; each file is compiled once
    until it changes, so `make serve` picks up an edited catalog on the next rebuild)."""
    compiled = {}
    for lang in languages:
        path = catalog_path(translations_dir, lang)
        try:
            compiled[lang] = _compile(str(path), lang, path.stat().st_mtime_ns)
        except (OSError, PoFileError) as error:
            raise TranslationsMissing(f"{path}: {error}") from None
    return compiled


@functools.lru_cache(maxsize=16)
def _compile(path: str, lang: str, _mtime_ns: int) -> Translations:
    """A `.po` file → Translations; fuzzy entries are left out, as `pybabel compile` does."""
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=lang, abort_invalid=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=CATALOG_DOMAIN)


def context_lang(context: Context | Mapping[str, Any]) -> str:
    """The language of the page a template is rendering (from its context, or the variables it got)."""
    lang = context.get("lang")
    if lang:
        return lang
    page = context.get("page")
    return getattr(page, "lang", None) or DEFAULT_LANG


def locale_for(lang: str) -> str:
    return LOCALES.get(lang, lang)


@functools.lru_cache(maxsize=4096)  # a build shows a few hundred distinct dates, on every page
def format_date(value: datetime.date, lang: str) -> str:
    """`5. januar 2025` / `5 January 2025`."""
    return babel_format_date(value, format="long", locale=locale_for(lang))


def format_partial_date(value: str, lang: str) -> str:
    """A date as precise as a source states it: `3. marts 2026` / `april 2018` / `2018`."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return format_date(datetime.date(*parts), lang)
    if len(parts) == 2:
        return babel_format_date(datetime.date(*parts, 1), format="LLLL y", locale=locale_for(lang))
    return str(parts[0])


def format_clock(value: str, lang: str) -> str:
    """`10:00` → `10.00` in Danish (as borger.dk writes it), unchanged in English."""
    return value.replace(":", ".") if lang == "da" else value


@functools.cache
def weekday_names(lang: str) -> dict[str, str]:
    """`{"mon": "mandag", …}` / `{"mon": "Monday", …}`, as written inside a sentence."""
    names = get_day_names("wide", locale=locale_for(lang))
    return {day: names[index] for index, day in enumerate(WEEKDAYS)}


def install(env: Environment, translations: dict[str, Translations]) -> None:
    """Put `_`, `gettext`, `ngettext` and the language-aware filters on a Jinja environment."""

    def translation(lang: str) -> Translations:
        return translations.get(lang) or translations[DEFAULT_LANG]

    @functools.cache
    def constant(lang: str, message: str, autoescape: bool) -> str:
        return _formatted(translation(lang).gettext(message), autoescape, {})

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> str:
        lang, autoescape = context_lang(context), context.eval_ctx.autoescape
        if not variables:  # most strings: translated and escaped once per build
            return constant(lang, message, autoescape)
        return _formatted(translation(lang).gettext(message), autoescape, variables)

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, number: int, **variables: Any) -> str:
        message = translation(context_lang(context)).ngettext(singular, plural, number)
        return _formatted(message, context.eval_ctx.autoescape, {"num": number, **variables})

    @pass_context
    def date_filter(context: Context, value: datetime.date | None) -> str:
        return format_date(value, context_lang(context)) if value else ""

    @pass_context
    def partial_date_filter(context: Context, value: str | None) -> str:
        return format_partial_date(value, context_lang(context)) if value else ""

    @pass_context
    def clock_filter(context: Context, value: str) -> str:
        return format_clock(value, context_lang(context))

    env.add_extension("jinja2.ext.i18n")
    # Our callables do what Jinja's "newstyle" gettext does (escape, then format with the keywords),
    # so Jinja must not wrap them again; `{% trans %}` blocks would be old-style (the theme has none).
    env.install_gettext_callables(gettext, ngettext, newstyle=False)  # type: ignore[attr-defined]
    env.globals["_"] = env.globals["gettext"]
    env.filters["date"] = date_filter
    env.filters["partial_date"] = partial_date_filter
    env.filters["clock"] = clock_filter
    env.globals["language_name"] = language_name


def _formatted(message: str, autoescape: bool, variables: dict[str, Any]) -> str:
    """As Jinja's newstyle gettext: always a format string (`%%` is `%`), escaped in HTML templates."""
    return (Markup(message) if autoescape else message) % variables


def languages_from(settings: dict[str, Any]) -> tuple[str, ...]:
    return tuple(settings.get("VEJVISER_LANGUAGES") or LANGUAGES)


@functools.cache
def language_name(lang: str) -> str:
    """A language's name in that language, as a language switcher shows it: `Dansk`, `English`."""
    return Locale.parse(locale_for(lang)).get_language_name(lang).capitalize()
