"""What the open-data plugin puts into pages: Jinja globals the theme calls in the page head.

- `open_graph(lang, title, description, alternates)`: Open Graph meta tags for link previews, and,
  when the site has an absolute SITEURL, the canonical address and the Atom feed link.
- `entry_jsonld(entry, lang)`: the entry's schema.org JSON-LD as a data block.
- `absolute_url(url)`: a site URL as a full address when SITEURL is absolute, else None (for what
  is printed on paper, where only a full address helps).

Templates see a relative SITEURL when RELATIVE_URLS is on, so the helpers keep the configured one.
"""

from __future__ import annotations

from typing import Any, Mapping

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from .. import i18n
from ..model import Entry
from .feeds import feed_url
from .jsonld import entry_jsonld, jsonld_script
from .labels import FEED_TITLE
from .publication import Publication


def install_template_helpers(generator) -> None:
    """Pelican's `generator_init`: every generator's templates may call the helpers."""
    helpers = TemplateHelpers(generator.settings)
    generator.env.globals["open_graph"] = helpers.open_graph
    generator.env.globals["entry_jsonld"] = helpers.entry_jsonld
    generator.env.globals["absolute_url"] = helpers.absolute_url


class TemplateHelpers:
    def __init__(self, settings: Mapping[str, Any]):
        self.settings = settings

    def publication(self, context: Context) -> Publication:
        return Publication.from_settings(self.settings, context["site"].build_date)

    @pass_context
    def open_graph(self, context: Context, lang: str, title: str, description: str, alternates) -> Markup:
        publication = self.publication(context)
        municipality = context["site"].config.municipality.get(lang)
        tags = [
            ("og:type", "website"),
            ("og:site_name", f"{publication.name} {municipality}"),
            ("og:title", title),
            ("og:description", description),
            ("og:locale", i18n.locale_for(lang)),
            *(("og:locale:alternate", i18n.locale_for(alternate.lang)) for alternate in alternates if not alternate.current),
        ]
        lines = [f'<meta property="{name}" content="{escape(value).strip()}">' for name, value in tags]
        if publication.is_public:
            current = next((alternate.url for alternate in alternates if alternate.current), None)
            if current is not None:
                lines.append(f'<meta property="og:url" content="{escape(publication.link(current))}">')
                lines.append(f'<link rel="canonical" href="{escape(publication.link(current))}">')
            feed = publication.link(feed_url(lang))
            lines.append(f'<link rel="alternate" type="application/atom+xml" title="{escape(FEED_TITLE.get(lang))}" href="{escape(feed)}">')
        return Markup("\n".join(lines) + "\n")

    @pass_context
    def absolute_url(self, context: Context, url: str) -> str | None:
        publication = self.publication(context)
        return publication.link(url) if publication.is_public else None

    @pass_context
    def entry_jsonld(self, context: Context, entry: Entry, lang: str) -> Markup:
        return jsonld_script(entry_jsonld(entry, lang, context["site"].vocabularies, self.publication(context)))
