"""Pelican plugin `vejviser.assets`: the theme's static files as a reader's browser gets them, minified
(CSS and JavaScript, `vejviser.minify`) and named by their content, so a host may let browsers keep
them for a year (`vejviser.hosting`).

`theme/static/css/vejviser.css` is published as `theme/css/vejviser.<hash>.css`, where `<hash>` is
the start of the SHA-256 of the bytes published: a changed file gets a new name, so no browser shows
a page with an old stylesheet. Templates name a file by its source path, `{{ asset("css/vejviser.css") }}`,
and get its published address (under SITEURL, relative or absolute as the page's other links); the
JavaScript that loads another file gets its address from the page the same way (search.js's
`settings.more`). A name that is not in theme/static stops the build. A site's own static folder
(`VEJVISER_STATIC_OVERRIDES`, see `vejviser.site`) replaces the engine's file of the same path.

The files are read, minified and named when each generator starts (`generator_init`; the development
server's rebuild after an edit to a CSS file thus links the new name), and written at the end of the
build (`finalized`), when the folder `THEME_STATIC_DIR` of the output holds exactly them: Pelican's
plain copies and the files of earlier builds (`make serve`) are removed. The pages keep their
Content-Security-Policy (`'self'`): nothing is inlined.

One file keeps its name and goes to the site's root instead: `favicon.ico`, which browsers ask for
by themselves at `/favicon.ico` whatever icon a page names (made from the SVG icon by
`scripts/favicon-ico`).

The site's colours (`VEJVISER_COLOURS`) become one more file, `css/colours.css`, made by `vejviser.look`
and published the same way; the site's logo (`VEJVISER_LOGO`) is a file of the site's static folder.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Mapping

from jinja2 import pass_context
from jinja2.runtime import Context
from pelican import signals

from .look import STYLESHEET, site_look
from .minify import minified
from .site import static_folders

logger = logging.getLogger(__name__)

HASH_LENGTH = 8  # hex digits: 4 billion names per file, and a name a person can still read
ROOT_FILES = ("favicon.ico",)  # published at the site's root under their own names, never hashed


@dataclass(frozen=True)
class Asset:
    source: str  # its path under theme/static, as templates name it: "css/vejviser.css"
    published: str  # its path under THEME_STATIC_DIR: "css/vejviser.3f9a1c2b.css"
    data: bytes


def content_name(source: str, data: bytes) -> str:
    """`css/vejviser.css` with these bytes → `css/vejviser.<first 8 hex digits of their SHA-256>.css`."""
    path = PurePosixPath(source)
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    return str(path.with_name(f"{path.stem}.{digest}{path.suffix}"))


def theme_assets(static_dir: Path, minify: bool = True) -> dict[str, Asset]:
    """Every file under `static_dir` by its source path, as it is published."""
    assets = {}
    for path in sorted(static_dir.rglob("*")):
        if not path.is_file():
            continue
        source = path.relative_to(static_dir).as_posix()
        data = minified(path.suffix, path.read_bytes()) if minify else path.read_bytes()
        assets[source] = Asset(source, content_name(source, data), data)
    return assets


class UnknownAsset(LookupError):
    """A template named a file that theme/static does not have."""


def asset_function(assets: Mapping[str, Asset], static_url: str):
    """The templates' `asset(source)`: the published address of theme/static/`source` on this page."""

    @pass_context
    def asset(context: Context, source: str) -> str:
        try:
            published = assets[source].published
        except KeyError:
            raise UnknownAsset(f'asset("{source}"): theme/static/{source} does not exist') from None
        return f"{context.get('SITEURL', '')}/{static_url}/{published}"

    return asset


def _settings_assets(settings: Mapping) -> dict[str, Asset]:
    """The engine's static files, each replaced by the site's file of the same path if it has one, the
    site's files the engine does not have (`VEJVISER_STATIC_OVERRIDES`, see `vejviser.site`), and the
    stylesheet of the site's colours (`vejviser.look`). Bad look settings stop the build here."""
    assets = {}
    for folder in reversed(static_folders(settings)):  # the engine's first, so the site's replace them
        assets.update(theme_assets(folder, settings.get("VEJVISER_MINIFY", True)))
    stylesheet = site_look(settings).stylesheet  # the site's colours (VEJVISER_COLOURS), if it sets any
    if stylesheet is not None:
        assets[STYLESHEET] = Asset(STYLESHEET, content_name(STYLESHEET, stylesheet), stylesheet)
    return assets


# The assets of the build under way, by output folder: read when its first generator starts, so every
# page and the files written at its end agree even if a file is edited meanwhile (`make serve`).
_BUILDS: dict[str, dict[str, Asset]] = {}
_CONTEXT_KEY = "vejviser_assets"


def install_asset_function(generator) -> None:
    """`generator_init`: every generator's templates may call `asset(source)`."""
    assets = generator.context.get(_CONTEXT_KEY)
    if assets is None:  # the build's first generator (Pelican gives every build a new context)
        assets = generator.context[_CONTEXT_KEY] = _settings_assets(generator.settings)
        _BUILDS[generator.output_path] = assets
    generator.env.globals["asset"] = asset_function(assets, generator.settings.get("THEME_STATIC_DIR", "theme"))


def write_assets(folder: Path, assets: Mapping[str, Asset]) -> tuple[int, int]:
    """Make `folder` hold exactly the published `assets`; (bytes published, number of files)."""
    wanted = {folder / asset.published: asset for asset in assets.values()}
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file() and path not in wanted:
                path.unlink()
    for path, asset in wanted.items():
        if not path.is_file() or path.read_bytes() != asset.data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(asset.data)
    return sum(len(asset.data) for asset in assets.values()), len(wanted)


def publish_assets(pelican) -> None:
    """`finalized`: the output's THEME_STATIC_DIR holds the theme's files under their published names."""
    assets = _BUILDS.pop(pelican.output_path, None) or _settings_assets(pelican.settings)
    for source in ROOT_FILES:
        if source in assets:
            (Path(pelican.output_path) / source).write_bytes(assets[source].data)
    hashed = {source: asset for source, asset in assets.items() if source not in ROOT_FILES}
    folder = Path(pelican.output_path) / pelican.settings.get("THEME_STATIC_DIR", "theme")
    size, count = write_assets(folder, hashed)
    logger.info("vejviser.assets: %d theme files, %d bytes, named by their content", count, size)


def register():
    signals.generator_init.connect(install_asset_function)
    signals.finalized.connect(publish_assets)
