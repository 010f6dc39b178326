"""Pelican plugin `vejviser.volunteering`: "Bliv frivillig" – volunteer roles and ad hoc tasks.

Its pages (the section, its browse pages for ad hoc tasks, young people and no Danish needed, and a
page per current role in every language) are added to the directory's page list through the
`directory_pages` signal, so the directory generator writes them and the sitemap lists them. Once the
pages are written, it publishes an Atom feed of newly posted roles and an iCalendar file of dated
tasks per language. Roles whose last day has passed at the build date are left out everywhere.
"""

from pelican import signals

from .. import signals as vejviser_signals
from .pages import volunteer_pages
from .publish import add_volunteering_files


def register():
    vejviser_signals.directory_pages.connect(volunteer_pages)
    signals.all_generators_finalized.connect(add_volunteering_files)
