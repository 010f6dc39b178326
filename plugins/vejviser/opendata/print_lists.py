"""Print views: each need and town page has a clean A4 list to print for someone without internet.

For every need and every area (the same pages as the listings) and every language, a page under the
listing's address (`hjaelp/<need>/udskriv/`, `en/help/<need>/print/`) lists the services with what
a citizen needs on paper: name, what they offer, phone, address, web and e-mail, plus the crisis
numbers. The listing pages link to it (`print_list_url`). Print views are not search results of
their own: they say `noindex` and are not in the sitemap.
"""

from __future__ import annotations

from functools import partial

from pelican.generators import Generator

from ..directory import context
from ..text import Text
from ..urls import output_path, section_url
from .publication import Publication

PRINT_SEGMENT = Text("udskriv", "print")
SECTIONS = {"need": ("needs", "by_need"), "town": ("areas", "by_area")}  # section → vocabulary, Site index
TEMPLATE = "print_list"


def print_list_url(section: str, term_id: str, lang: str) -> str | None:
    """The print view of a listing page; None for sections without one."""
    if section not in SECTIONS:
        return None
    return section_url(section, lang, term_id, PRINT_SEGMENT.get(lang))


def install_print_link(generator) -> None:
    """Pelican's `generator_init`: listing templates call `print_list_url(section, term.id, lang)`."""
    generator.env.globals["print_list_url"] = print_list_url


class PrintListsGenerator(Generator):
    def generate_output(self, writer) -> None:
        site = self.context["site"]
        publication = Publication.from_settings(self.settings, site.build_date)
        template = self.get_template(TEMPLATE)
        for section, (vocabulary, index) in SECTIONS.items():
            groups = getattr(site, index)
            for term in site.vocabularies[vocabulary]:
                url_of = partial(print_list_url, section, term.id)
                for lang in site.languages:
                    listing_url = section_url(section, lang, term.id)
                    writer.write_file(
                        output_path(url_of(lang)),
                        template,
                        self.context,
                        relative_urls=self.settings["RELATIVE_URLS"],
                        url=url_of(lang),
                        **context.common(site, lang, url_of, sensitive=term.sensitive),
                        term=term,
                        entries=groups.get(term.id, ()),
                        listing_url=listing_url,
                        # Printed on the paper, so a reader can find the list again: only a full address helps.
                        listing_address=publication.link(listing_url) if publication.is_public else None,
                    )


def get_generators(pelican):
    return PrintListsGenerator
