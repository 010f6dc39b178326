"""What the search plugin gives templates: `search_filters(preset, facets)`, the filters the search
interface offers (theme/templates/components/search_ui.html), in the page's language.

Each filter is a `FilterGroup`: its name and its values as Pagefind knows them (labels in the page's
language), only the values some page of the site has, in the facet's order, with those of `preset`
(by facet key and value id, e.g. `{"type": ["role"]}`) ticked; `facets` picks the filters and their
order (all of `FACETS` by default). A filter no page has a value of is left out.

`search_settings(preset)`: what search.js needs besides the filters, in the page's language: the
order of the kinds of result (help first; volunteer roles first when `preset` shows roles only, as on
"Bliv frivillig"), the towns it recognises in a query (`words.towns`), and where the known words are.
`search_word_map()`: need, target-group and town pages with the words that lead to each (`words.word_map`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from jinja2 import pass_context
from jinja2.runtime import Context

from .. import i18n
from ..directory.site import Site
from .words import WORDS_FILE, towns, wide_areas, word_map
from ..kinds.grants import current_grants
from .facets import FACETS, PAGE_SELECTION, Selection, entry_selection, grant_selection, role_selection, room_selection, values_in_use


@dataclass(frozen=True)
class FilterValue:
    label: str
    ticked: bool


@dataclass(frozen=True)
class FilterGroup:
    name: str
    match_all: bool
    values: tuple[FilterValue, ...]


def install_template_helpers(generator) -> None:
    """Pelican's `generator_init`: every generator's templates may call the helper."""
    generator.env.globals["search_filters"] = search_filters
    generator.env.globals["search_settings"] = search_settings
    generator.env.globals["search_word_map"] = search_word_map


@pass_context
def search_filters(context: Context, preset: Selection, facets: Iterable[str] | None = None) -> list[FilterGroup]:
    lang = i18n.context_lang(context)
    site: Site = context["site"]
    in_use = values_in_use(_selections(site, lang), site.vocabularies)  # from all entries: `declare_helper_inputs`
    groups = []
    for key in facets or FACETS:
        facet = FACETS[key]
        ticked = set(preset.get(key, ()))
        values = tuple(FilterValue(facet.label(value, lang, site.vocabularies), value in ticked) for value in in_use.get(key, ()))
        if values:
            groups.append(FilterGroup(facet.name.get(lang), facet.match_all, values))
    return groups


def declare_helper_inputs(generators) -> None:
    """Pelican's `all_generators_finalized`: `search_filters` shows values in use on any page of the
    site, so every page's fingerprint holds them (`Site.add_helper_input`)."""
    site = generators[0].context.get("site")
    if site is not None:
        site.add_helper_input(filter_values_in_use)


def filter_values_in_use(site: Site) -> dict[str, dict[str, list[str]]]:
    """By language, the filter values some page of the site has (what `search_filters` offers)."""
    return {lang: values_in_use(_selections(site, lang), site.vocabularies) for lang in site.languages}


def _selections(site: Site, lang: str) -> Iterator[Selection]:
    """The filter values of every page in the search index in `lang` (see records.search_records)."""
    for entry in site.entries:
        yield entry_selection(entry, site.build_date)
        yield from (role_selection(entry, role) for role in entry.current_roles(site.build_date))
    yield from (grant_selection(grant) for grant in current_grants(site.kinds.grants, site.build_date))
    yield from (room_selection(room) for room in site.kinds.rooms)
    if any(lang in pages for pages in site.content_pages.values()):
        yield PAGE_SELECTION


TYPE_ORDER = ("entry", "role", "grant", "room", "page")  # on the search page: help, then volunteering, grants, rooms, information
ROLES_FIRST = ("role", "entry", "grant", "room", "page")  # where the preset shows volunteer roles


@pass_context
def search_settings(context: Context, preset: Selection) -> dict:
    lang = i18n.context_lang(context)
    site: Site = context["site"]
    type_facet, area_facet = FACETS["type"], FACETS["area"]
    order = ROLES_FIRST if list(preset.get("type", ())) == ["role"] else TYPE_ORDER
    return {
        "typeFilter": type_facet.name.get(lang),
        "typeOrder": [type_facet.label(value, lang, site.vocabularies) for value in order],
        "areaFilter": area_facet.name.get(lang),
        "towns": towns(site.vocabularies, lang),
        "wide": wide_areas(site.vocabularies, lang),
        "words": WORDS_FILE,
    }


@pass_context
def search_word_map(context: Context):
    site: Site = context["site"]
    return word_map(site.vocabularies, i18n.context_lang(context))
