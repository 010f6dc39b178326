"""Pelican settings for development builds (`make html`, `make serve`). Production: publishconf.py.

Written by `vejviser init`. What every Vejviser site shares comes from the engine
(vejviser.pelicansettings); set one of those again below to change it (e.g. a stricter VEJVISER_CSP).
The engine's settings are documented in its CHANGELOG.md and README.
"""

from pathlib import Path

from vejviser.pelicansettings import *  # noqa: F403  (what every Vejviser site shares: plugins, page paths, no blog …)

# The site's own theme/: a template in theme/templates/ or a file in theme/static/ replaces the
# engine's of the same name.
_site_theme = Path(__file__).resolve().parent / "theme"
THEME_TEMPLATES_OVERRIDES = [str(_site_theme / "templates")]
VEJVISER_STATIC_OVERRIDES = [str(_site_theme / "static")]

# --- The site's own choices --------------------------------------------------------------------------
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
