"""The production build's cache (`VEJVISER_BUILD_CACHE`): what `make publish` may reuse from the last one.

Off unless the setting names a folder (publishconf.py reads it from the environment variable of the
same name; the publishing workflow keeps the folder between runs with `actions/cache`). The folder
holds, from the last build that finished:

- `pages/`: every directory page that build wrote (by its file, relative to the output);
- `manifest.json`: the cache's key, and for each of those pages the fingerprint it was written with
  (`vejviser.directory.pagefingerprints`: the digest of everything the page can show, an
  entry standing for the digest of its files and history), for a page `made_from_entry` the digest
  of what it is made from, and the digest of its bytes.

What it promises: **a stale cache never changes the output.** The key covers everything the output
may depend on besides the entries: the engine's source (templates and translations included), the
installed packages and their versions (the lock file as installed: Pelican, Jinja, Pagefind …), the
Python version, and the site's parts (`pagefingerprints.site_parts`: every setting, every content file but
the entries, the theme with the site's overrides, the build date). When any part differs, or there is no manifest, the build is a
clean one and says why in the log. With the key equal, a page is copied from the cache only when its
fingerprint (or what it is made from) is the one it was cached with and its bytes are the ones
cached; every other page is rendered. A rendered page goes into the cache as a hard link to the
output's file (no second copy of its bytes to write; the bytes' digest guards against a later write
to the output file in place).
The manifest is removed before anything in the folder changes and written again only at the end of a
build that finished, so an interrupted build leaves a cache that the next build does not trust.

Only the directory's pages come from the cache; every other file (search index, exports, feeds,
content pages, assets) is written by every build, as without the cache.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping

from ..fingerprint import files_digest, new_hash, value_digest
from .pagefingerprints import Fingerprint

logger = logging.getLogger(__name__)

SETTING = "VEJVISER_BUILD_CACHE"
MANIFEST = "manifest.json"
PAGES = "pages"
ENGINE = Path(__file__).resolve().parents[1]  # the vejviser package: code, theme, messages, schemas
FORMAT = 1  # of the manifest; part of the key

KEY_PARTS = {
    "format": "the cache's format",
    "engine": "the engine's source (plugins/vejviser, theme included)",
    "packages": "the installed packages (requirements.lock)",
    "python": "the Python version",
    "settings": "the settings",
    "content": "the content besides entries (vocabularies, crisis lines, pages, kinds)",
    "theme": "the theme and its overrides",
    "build_date": "the build date",
}


@dataclass(frozen=True)
class CachedPage:
    """A page as the cache holds it: the digests it was written under, and its bytes' (hex)."""

    fingerprint: str
    made_from: str | None
    content: str


def cache_key(site: Mapping[str, bytes]) -> dict[str, str]:
    """The parts of the key a cache must have been written under to be used (see the module's
    docstring); `site` is `pagefingerprints.site_parts`."""
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    return {
        "format": str(FORMAT),
        "engine": engine_digest().hex(),
        "packages": new_hash("\n".join(packages).encode()).hexdigest(),
        "python": sys.version,
        **{name: part.hex() for name, part in site.items()},
    }


def engine_digest() -> bytes:
    """The digest of the engine's source files (compiled bytecode left out: it is made from them)."""
    files = [path for path in ENGINE.rglob("*") if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"]
    return files_digest(files, ENGINE)


def entry_digests_with_history(input_digests: Mapping[str, bytes], history: Mapping[str, Any]) -> dict[str, bytes]:
    """Each entry's digest for the cache: its files' (`vejviser.entrycache`) and its change history's
    (from git, shown on its page: a commit can change it without changing the files)."""
    return {slug: new_hash(digest + value_digest(history.get(slug))).digest() for slug, digest in input_digests.items()}


class BuildCache:
    """The cache in `folder` for one build: which pages it may copy instead of rendering, and what it
    keeps for the next build."""

    def __init__(self, folder: Path, key: dict[str, str], pages: dict[str, CachedPage]) -> None:
        self.folder = folder
        self.key = key
        self.pages = pages  # what may be reused: empty after a key mismatch

    @classmethod
    def open(cls, folder: str | Path, key: dict[str, str]) -> "BuildCache":
        """The cache in `folder` if it was written under `key` (else an empty one, and a log line why).
        Its manifest is removed: until `save`, the folder is not a cache any build trusts."""
        folder = Path(folder)
        manifest = folder / MANIFEST
        pages: dict[str, CachedPage] = {}
        try:
            kept = json.loads(manifest.read_text(encoding="utf-8"))
            changed = [KEY_PARTS[part] for part in KEY_PARTS if kept["key"].get(part) != key[part]]
            if not changed:
                pages = {file: CachedPage(*digests) for file, digests in kept["pages"].items()}
            reason = "changed: " + "; ".join(changed) if changed else ""
        except FileNotFoundError:
            reason = f"no cache in {folder}"
        except (OSError, ValueError, LookupError, TypeError, AttributeError) as error:
            reason = f"{manifest} could not be read ({error!r})"
        if reason:
            logger.info("Build cache: a clean build, %s", reason)
        manifest.unlink(missing_ok=True)
        (folder / PAGES).mkdir(parents=True, exist_ok=True)
        return cls(folder, key, pages)

    def reuse(self, file: str, output_dir: str, *, fingerprint: Fingerprint | None = None, made_from: bytes | None = None) -> CachedPage | None:
        """Copy the cached page `file` into the output if it was cached under this fingerprint, or
        (for a page `made_from_entry`, without a fingerprint) from what it is made from now, and its
        bytes are still the ones cached; how the cache now holds it, or None: render the page."""
        cached = self.pages.get(file)
        if cached is None:
            return None
        if fingerprint is not None:
            if cached.fingerprint != fingerprint.digest.hex():
                return None
        elif made_from is None or cached.made_from != made_from.hex():
            return None
        try:
            data = (self.folder / PAGES / file).read_bytes()
        except OSError:
            return None
        if new_hash(data).hexdigest() != cached.content:  # changed in the cache folder since (see `keep`)
            return None
        target = Path(output_dir) / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)  # a new file, never one that may be linked into the cache
        target.write_bytes(data)
        return CachedPage(cached.fingerprint, made_from.hex() if made_from else cached.made_from, cached.content)

    def keep(self, file: str, output_dir: str, fingerprint: Fingerprint, made_from: bytes | None) -> CachedPage:
        """The page `file`, just rendered into the output, into the cache: as a hard link to the output's
        file (a copy where linking fails), with its bytes' digest, so that a later write to the output
        file in place (`make html` into the same folder) makes the cached page not match and be rendered."""
        source, target = Path(output_dir) / file, self.folder / PAGES / file
        data = source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
        except OSError:
            target.write_bytes(data)
        return CachedPage(fingerprint.digest.hex(), made_from.hex() if made_from else None, new_hash(data).hexdigest())

    def save(self, pages: Mapping[str, CachedPage]) -> None:
        """Finish the cache: the manifest for `pages` (every page of this build that was cached or
        kept), and no other page in it."""
        folder = self.folder / PAGES
        for path in [path for path in folder.rglob("*") if path.is_file()]:
            if path.relative_to(folder).as_posix() not in pages:
                path.unlink()
        manifest = {"key": self.key, "pages": {file: [page.fingerprint, page.made_from, page.content] for file, page in sorted(pages.items())}}
        partial = self.folder / (MANIFEST + ".partial")
        partial.write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, self.folder / MANIFEST)


def build_cache_folder(settings: Mapping[str, Any]) -> str | None:
    """The cache's folder, when the settings turn the build cache on (never with the development server's)."""
    folder = settings.get(SETTING)
    return folder if folder and not settings.get("VEJVISER_DEV_CACHE") else None
