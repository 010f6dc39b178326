"""Pelican plugin `vejviser.opendata`: open data and discoverability.

JSON and CSV of every entry (and of the rooms and the open and coming grants of `vejviser.kinds`),
an Open Referral HSDS 3.0 export, Atom feeds, robots.txt and (when
SITEURL is absolute) a sitemap with hreflang alternates, all built from the model objects the
directory generator loaded; each entry's own file as JSON for the form that corrects it; JSON-LD
and Open Graph for the page head; the CSV's column table on the
Data page; and a print view of every need and town listing.
"""

from pelican import signals

from .. import signals as vejviser_signals
from .columns_page import insert_column_table
from .print_lists import install_print_link, print_pages
from .publish import add_entry_sources, add_exports
from .templating import install_template_helpers


def register():
    signals.generator_init.connect(install_template_helpers)
    signals.generator_init.connect(install_print_link)
    vejviser_signals.directory_pages.connect(print_pages)
    signals.content_object_init.connect(insert_column_table)
    signals.all_generators_finalized.connect(add_exports)
    signals.all_generators_finalized.connect(add_entry_sources)
