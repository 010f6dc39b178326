"""The Pelican settings every Vejviser site shares, so that a site's own settings file holds only its
choices: `from vejviser.pelicansettings import *` at the top of its pelicanconf.py, then its name,
address, repository, look and contacts (see the starter's pelicanconf.py, which `vejviser init` writes).

A site may set any of these again after the import (a stricter `VEJVISER_CSP`, more `IGNORE_FILES`);
the rest are how the engine works (the directory's pages come from its plugins, the content pages
from content/pages/<key>.<lang>.md, and there is no blog) and change with the engine, which its
CHANGELOG.md says.
"""

from vejviser.site import THEME  # noqa: F401  (the engine's templates, CSS/JS and translations, installed with it)

AUTHOR = "Vejviser"
SITENAME = "Vejviser"
SITEURL = ""  # development builds; publishconf.py sets the site's address
PATH = "content"
TIMEZONE = "Europe/Copenhagen"
DEFAULT_LANG = "da"
# opendata: JSON/CSV/HSDS, feeds, sitemap, JSON-LD; search: Pagefind; volunteering: "Bliv frivillig",
# role feeds, task calendar; kinds: grants, rooms, networks, "Kontakt kommunen" (and alerts on every
# page); hosting: the HTTP headers for the host; assets: the theme's CSS and JS minified, under names
# that change with their content.
PLUGINS = ["vejviser.directory", "vejviser.opendata", "vejviser.search", "vejviser.volunteering", "vejviser.kinds", "vejviser.hosting", "vejviser.assets"]

VEJVISER_LANGUAGES = ["da", "en"]  # a third language: its catalog in the engine's theme/translations/ + its code here
# The quick-exit button on pages about violence or abuse leaves for this neutral page.
QUICK_EXIT_URL = "https://www.dmi.dk/"
# Content pages every language must have (by their `Key:`); they are linked from the footer.
VEJVISER_CONTENT_PAGES = ["about", "for-associations", "privacy", "accessibility", "data"]  # data: open data downloads
VEJVISER_CSP = (
    "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "connect-src 'self'; worker-src 'self' blob:; base-uri 'self'; form-action 'self'; object-src 'none'"
)
# Pages, search index and exports are written by one process per core (Linux); 1 writes them all here.
VEJVISER_PROCESSES = None
# Development server (`make serve`): between rebuilds, keep the loaded entries and which pages were
# written, so an edit rewrites only the pages it changes; the search index, exports and feeds are
# written by the first build only (vejviser.directory.devserver). publishconf.py turns it off.
VEJVISER_DEV_CACHE = True

# --- Content pages (content/pages/<key>.<lang>.md), through Pelican's own PagesGenerator -----------
PAGE_PATHS = ["pages"]
PAGE_TRANSLATION_ID = "key"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = "{lang}/{slug}/index.html"
# Entries, vocabularies, grants, rooms and networks are YAML read by the plugins, never by Pelican's readers.
IGNORE_FILES = [".#*", "associations", "vocabularies", "grants", "rooms", "networks"]
STATIC_PATHS = []

# --- No blog: no articles, archives, tags, categories, authors or feeds ------------------------------
ARTICLE_PATHS = []
DIRECT_TEMPLATES = []
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

RELATIVE_URLS = True

__all__ = [name for name in dir() if name.isupper()]
