"""What loading each entry file gave, kept between the builds of one process: the development server.

`pelican --autoreload` runs one build after another in the same process. With `VEJVISER_DEV_CACHE`
on (pelicanconf.py, never publishconf.py), `vejviser.content.load_directory` reads every entry
file's bytes, and reads and checks again only the files whose digest changed: the digest covers the
entry file's bytes, its Markdown descriptions' bytes, the path as problems show it, and what the
checks depend on besides (the vocabularies' files and the build date). The bytes that are parsed are
the bytes that were digested, so a file saved again while it is being loaded is loaded again next
time. The checks across files (duplicate slugs and names) always run over every file.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Callable

from .content import EntryBytes, LoadedFile
from .fingerprint import new_hash

LoadFiles = Callable[[list[Path], list[EntryBytes | None]], list[LoadedFile]]


class EntryFileCache:
    def __init__(self) -> None:
        self._loaded: dict[Path, tuple[bytes, LoadedFile]] = {}

    def load(self, paths: list[Path], load_files: LoadFiles, context: tuple[bytes, datetime.date]) -> tuple[list[LoadedFile], list[bytes | None]]:
        """Every file in `paths` loaded (the changed ones through `load_files`), and the digest each was
        loaded under (None for a file that could not be read: it is never kept)."""
        names_in_folders = {folder: set(os.listdir(folder)) for folder in {path.parent for path in paths}}
        raws = [EntryBytes.read(path, names_in_folders[path.parent]) for path in paths]
        where = (os.getcwd().encode(), *context)  # problems name files relative to the working folder
        digests = [None if raw is None else _digest(path, raw, where) for path, raw in zip(paths, raws)]
        changed = [index for index, (path, digest) in enumerate(zip(paths, digests)) if digest is None or self._digest_of(path) != digest]
        reloaded = dict(zip(changed, load_files([paths[index] for index in changed], [raws[index] for index in changed])))
        self._loaded = {
            path: (digest, reloaded[index] if index in reloaded else self._loaded[path][1])
            for index, (path, digest) in enumerate(zip(paths, digests))
            if digest is not None
        }
        files = [reloaded[index] if index in reloaded else self._loaded[path][1] for index, path in enumerate(paths)]
        return files, digests

    def _digest_of(self, path: Path) -> bytes | None:
        kept = self._loaded.get(path)
        return kept[0] if kept else None


def _digest(path: Path, raw: EntryBytes, where: tuple[bytes, bytes, datetime.date]) -> bytes:
    working_folder, vocabularies, today = where
    digest = new_hash()
    for part in (str(path).encode(), working_folder, vocabularies, today.isoformat().encode(), raw.digest()):
        digest.update(b"%d:" % len(part) + part)
    return digest.digest()
