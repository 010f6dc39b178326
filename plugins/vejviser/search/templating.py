"""What the search plugin gives templates: `search_settings(preset, facets)`, the settings the search
interface's script reads (theme/static/js/search.js), in the page's language:

- `filters`: the preset, filters by facet key and value id (`{"type": ["role"]}`) turned into the
  filters Pagefind knows (`{"Vis": ["Frivillige opgaver"]}` on a Danish page);
- `facets`: the names of the filters to show, in the order to show them (all of `FACETS` by default).
"""

from __future__ import annotations

from typing import Iterable

from jinja2 import pass_context
from jinja2.runtime import Context

from .. import i18n
from .facets import FACETS, Selection, pagefind_filters, value_labels


def install_template_helpers(generator) -> None:
    """Pelican's `generator_init`: every generator's templates may call the helper."""
    generator.env.globals["search_settings"] = search_settings


@pass_context
def search_settings(context: Context, preset: Selection, facets: Iterable[str] | None = None) -> dict:
    lang = i18n.context_lang(context)
    return {
        "filters": pagefind_filters(value_labels(preset, lang, context["site"].vocabularies), lang),
        "facets": [FACETS[key].name.get(lang) for key in (facets or FACETS)],
    }
