"""Pelican plugin `vejviser.kinds`: the small kinds of content beside the entries – the "gode rammer"
the municipality promises associations.

- grants (puljer), `content/grants/<id>.yaml`: "Åbne puljer" (open, then coming; closed ones drop off
  at the build date), a page per grant, an Atom feed of calls and an iCalendar of deadlines;
- rooms (lokaler), `content/rooms/<id>.yaml`: by town, browse pages, a page per room, HSDS locations;
- networks, `content/networks/<id>.yaml`: a page per network with its members, named on entry pages;
- the municipality's contact points, `content/municipal_contacts.yaml`: "Kontakt kommunen";
- time-limited alerts, `content/alerts.yaml`: a banner on the pages they apply to (base.html).

`source.py` is the machinery they share (read, check with a JSON Schema and the entries' located
messages, build); `load.py` loads them all. The directory generator loads them with the entries (a
broken file stops the build) and keeps them on the `Site`; this plugin adds their pages through the
`directory_pages` signal and writes the feed, the calendars and the rooms' HSDS locations with the
other output files.
"""


def register():
    from pelican import signals

    from .. import signals as vejviser_signals
    from .pages import kind_pages
    from .publish import add_kind_files

    vejviser_signals.directory_pages.connect(kind_pages)
    signals.all_generators_finalized.connect(add_kind_files)
