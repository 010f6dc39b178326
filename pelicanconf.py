"""Pelican settings for development builds (`make html`, `make serve`). Production: publishconf.py."""

from pathlib import Path

from vejviser.site import THEME  # the engine's templates, CSS/JS and translations, installed with it

AUTHOR = "Vejviser"
SITENAME = "Vejviser"
SITEURL = ""

PATH = "content"
# Esbjerg's own theme/ (none yet): a template in theme/templates/ or a file in theme/static/ replaces the
# engine's of the same name (see vejviser.site).
_site_theme = Path(__file__).resolve().parent / "theme"
THEME_TEMPLATES_OVERRIDES = [str(_site_theme / "templates")]
VEJVISER_STATIC_OVERRIDES = [str(_site_theme / "static")]
TIMEZONE = "Europe/Copenhagen"
DEFAULT_LANG = "da"

PLUGINS = ["vejviser.directory", "vejviser.opendata", "vejviser.search", "vejviser.volunteering", "vejviser.kinds", "vejviser.hosting", "vejviser.assets"]  # opendata: JSON/CSV/HSDS, feeds, sitemap, JSON-LD; search: Pagefind; volunteering: "Bliv frivillig", role feeds, task calendar; kinds: grants, rooms, networks, "Kontakt kommunen" (and alerts on every page); hosting: the HTTP headers for the host; assets: the theme's CSS and JS minified, under names that change with their content

# --- Vejviser ---------------------------------------------------------------------------------------
VEJVISER_LANGUAGES = ["da", "en"]  # a third language: its catalog in the engine's theme/translations/ + its code here
# The authority's look (vejviser.look; see the README's "A site's own look"). Its name is required.
VEJVISER_MUNICIPALITY = {"da": "Esbjerg Kommune", "en": "Esbjerg Municipality"}
# Esbjerg's logo is its own artwork and not in this repository, so the header shows its name as text.
# With the file at theme/static/images/logo.svg (a version that reads on the header's colour):
# VEJVISER_LOGO = "images/logo.svg"
# The engine's palette; a site may set brand, brand_text, link and their *_dark twins, checked for
# WCAG 2.1 contrast at build time, e.g. VEJVISER_COLOURS = {"brand": "#0b4f8a", "link": "#0b4f8a"}.
VEJVISER_COLOURS = {}
# Where the entries' edit and correction links point. A placeholder until the repository has its real home.
VEJVISER_REPOSITORY_URL = "https://github.com/esbjerg-kommune/vejviser"
VEJVISER_BRANCH = "main"
# The editors' mailbox: entry pages offer it to readers without a GitHub account who want to report a
# mistake. None until the municipality names one (a role mailbox, never a person's).
VEJVISER_EDITORS_EMAIL = None
# How to reach the municipality, in the footer, and where a search finds nothing: its website, and a
# shared phone or mailbox if it wants (never a person's). Esbjerg: its website only.
VEJVISER_AUTHORITY_CONTACT = {"url": "https://www.esbjerg.dk", "phone": None, "email": None}
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
# written by the first build only (see plugins/vejviser/directory/devserver.py). Off in publishconf.py.
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
