"""Pelican settings for development builds (`make html`, `make serve`). Production: publishconf.py.

Written by `vejviser init`; the engine's settings are documented in its CHANGELOG.md and README.
"""

from pathlib import Path

from vejviser.site import THEME  # noqa: F401  (the engine's templates, CSS/JS and translations; Pelican reads it)

AUTHOR = "Vejviser"
SITENAME = "Vejviser"
SITEURL = ""

PATH = "content"
# The site's own theme/: a template in theme/templates/ or a file in theme/static/ replaces the
# engine's of the same name.
_site_theme = Path(__file__).resolve().parent / "theme"
THEME_TEMPLATES_OVERRIDES = [str(_site_theme / "templates")]
VEJVISER_STATIC_OVERRIDES = [str(_site_theme / "static")]
TIMEZONE = "Europe/Copenhagen"
DEFAULT_LANG = "da"

PLUGINS = ["vejviser.directory", "vejviser.opendata", "vejviser.search", "vejviser.volunteering", "vejviser.kinds", "vejviser.hosting", "vejviser.assets"]

# --- Vejviser ---------------------------------------------------------------------------------------
VEJVISER_LANGUAGES = ["da", "en"]
VEJVISER_MUNICIPALITY = {"da": "@@{name_da_py}", "en": "@@{name_en_py}"}
# Where the entries' edit and correction links point.
VEJVISER_REPOSITORY_URL = "@@{repository_py}"
VEJVISER_BRANCH = "main"
# Kommunens valg / the municipality's choice: the editors' mailbox, offered on entry pages to readers
# without a GitHub account (a role mailbox, never a person's). None: not offered.
VEJVISER_EDITORS_EMAIL = None
# Kommunens valg / the municipality's choice: the footer's contact lines, and the page offered where a
# search finds nothing (url). A role's phone and mailbox, never a person's. None: not shown.
VEJVISER_AUTHORITY_CONTACT = {"url": None, "phone": None, "email": None}
# Kommunens udseende / the municipality's look (see the engine's README, "A site's own look"):
# VEJVISER_LOGO, an SVG in theme/static/, shown first in the header with the name as its text;
# VEJVISER_COLOURS, any of brand, brand_text, link (and brand_dark, brand_text_dark, link_dark for the
# dark scheme) as "#rrggbb", checked for WCAG 2.1 contrast whenever the site is built.
# VEJVISER_LOGO = "images/logo.svg"
VEJVISER_COLOURS = {}
# The quick-exit button on pages about violence or abuse leaves for this neutral page.
QUICK_EXIT_URL = "https://www.dmi.dk/"
# Content pages every language must have (by their `Key:`); they are linked from the footer.
VEJVISER_CONTENT_PAGES = ["about", "for-associations", "privacy", "accessibility", "data"]
VEJVISER_CSP = (
    "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "connect-src 'self'; worker-src 'self' blob:; base-uri 'self'; form-action 'self'; object-src 'none'"
)
# Pages, search index and exports are written by one process per core (Linux); 1 writes them all here.
VEJVISER_PROCESSES = None
# `make serve`: keep the loaded entries between rebuilds. Off in publishconf.py.
VEJVISER_DEV_CACHE = True

# --- Content pages (content/pages/<key>.<lang>.md), through Pelican's own PagesGenerator -----------
PAGE_PATHS = ["pages"]
PAGE_TRANSLATION_ID = "key"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = "{lang}/{slug}/index.html"
# Entries are YAML read by the directory plugin, never by Pelican's readers.
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
