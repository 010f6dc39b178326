"""Pelican settings for development builds (`make html`, `make serve`). Production: publishconf.py.

What every Vejviser site shares comes from the engine (vejviser.pelicansettings); what follows is
Esbjerg's own.
"""

from pathlib import Path

from vejviser.pelicansettings import *  # noqa: F403  (the engine's settings: plugins, page paths, no blog …)

# Esbjerg's own theme/ (none yet): a template in theme/templates/ or a file in theme/static/ replaces the
# engine's of the same name (see vejviser.site).
_site_theme = Path(__file__).resolve().parent / "theme"
THEME_TEMPLATES_OVERRIDES = [str(_site_theme / "templates")]
VEJVISER_STATIC_OVERRIDES = [str(_site_theme / "static")]

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
