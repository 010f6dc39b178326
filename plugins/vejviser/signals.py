"""Signals between Vejviser's plugins, so each plugin gets the loaded model instead of re-reading YAML.

`directory_loaded` is sent once per build by the directory generator, right after the content was
loaded and validated, with keyword arguments `directory` (a `vejviser.content.Directory`),
`settings` (Pelican's settings) and `build_date` (a `datetime.date`).

`directory_pages` is sent whenever `vejviser.directory.pages.directory_pages` lists the site's pages,
with the `Site` as sender and keyword argument `markdown` (the build's `MarkdownCache`). A receiver
returns the `PageSpec`s of the pages its plugin adds; the directory generator writes them with its own,
and the sitemap lists them, so every page of the site is written one way.
"""

from blinker import signal

directory_loaded = signal("vejviser-directory-loaded")
directory_pages = signal("vejviser-directory-pages")
