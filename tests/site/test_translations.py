"""Every UI string in the templates is translated in every catalog, and the catalogs hold nothing else.

The strings are found the way `pybabel extract -F babel.cfg` finds them.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from pelican_build import REPO
from vejviser.i18n import catalog_path, languages_from
from vejviser.site import THEME

LANGUAGES = languages_from({})


def template_messages() -> set[str | tuple[str, str]]:
    with open(REPO / "babel.cfg", encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(REPO, method_map, options_map):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def catalog(lang: str):
    with open(catalog_path(Path(THEME) / "translations", lang), "rb") as handle:
        return read_po(handle, locale=lang)


def test_templates_have_ui_strings():
    messages = template_messages()
    assert "Only in Danish" in messages and ("%(num)d service", "%(num)d services") in messages


def test_every_template_string_is_translated_in_every_language():
    messages = template_messages()
    for lang in LANGUAGES:
        entries = {message.id: message for message in catalog(lang) if message.id}
        missing = [message for message in messages if message not in entries]
        assert not missing, f"{lang}: not in the catalog: {missing}"
        untranslated = [
            message_id
            for message_id in messages
            if entries[message_id].fuzzy or not all(entries[message_id].string if isinstance(message_id, tuple) else [entries[message_id].string])
        ]
        assert not untranslated, f"{lang}: untranslated or fuzzy: {untranslated}"


def test_catalogs_hold_no_strings_the_templates_no_longer_use():
    messages = template_messages()
    for lang in LANGUAGES:
        unused = [message.id for message in catalog(lang) if message.id and message.id not in messages]
        assert not unused, f"{lang}: unused: {unused}"
