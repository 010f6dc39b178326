"""What a site's settings take from the engine: the theme installed with it, and a site's own overrides.

The engine (the `vejviser` package: plugins, theme, schema, CLI) is installed as a wheel; a site is its
settings, its `content/` and, optionally, its own `theme/` folder. Its pelicanconf.py says:

    from vejviser.pelicansettings import *                   # THEME: the engine's templates, CSS/JS, translations
    THEME_TEMPLATES_OVERRIDES = [".../theme/templates"]      # Pelican's: a template there wins by its name
    VEJVISER_STATIC_OVERRIDES = [".../theme/static"]         # vejviser.assets: a file there wins by its path

A folder of either list may be missing (a site that overrides nothing); the first folder that has a
file wins, the engine's theme comes last. The UI strings' translations are the engine's only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

THEME = str(Path(__file__).resolve().parent / "theme")


def static_folders(settings: Mapping) -> list[Path]:
    """The folders a build takes static files from, the one that wins first: the site's, then the engine's."""
    return [Path(folder) for folder in settings.get("VEJVISER_STATIC_OVERRIDES", [])] + [Path(settings["THEME"]) / "static"]


def theme_folders(settings: Mapping) -> list[Path]:
    """Every existing folder a build reads the theme from (to watch, and to fingerprint the pages by)."""
    folders = [Path(settings["THEME"]), *map(Path, settings.get("THEME_TEMPLATES_OVERRIDES", [])), *static_folders(settings)[:-1]]
    return [folder for folder in folders if folder.is_dir()]
