"""What loading each entry file gave, kept between the builds of one process: the development server.

The development server (`vejviser.serve`, as `pelican --autoreload` does) runs one build after
another in the same process. With `VEJVISER_DEV_CACHE` on (pelicanconf.py, never publishconf.py),
`vejviser.content.load_directory` reads and checks again only the entry files that changed. A file
has changed when its digest has: the digest covers the entry file's bytes, its Markdown
descriptions' bytes, the path as problems show it, and what the checks depend on besides (the
vocabularies' files and the build date). The bytes that are parsed are the bytes that were digested,
so a file saved again while it is being loaded is loaded again next time. The checks across files
(duplicate slugs and names) always run over every file.

Reading and digesting 10,000 entry files took half a second of each rebuild, so a file is not read
at all while its `Signature` is what it was when it was read (found from one listing of the folder
with a stat per file; the whole check then takes ~0.2 s): the same names in the folder, and for the
entry file and each of its descriptions the same inode, size, modification and change time (the
change time cannot be set back, so a file written again with its old modification time is still
seen), and the same vocabularies, build date and working folder. A file whose times were less than
`RECENT_SECONDS` before it was read may still be changed within the same tick of the file system's
clock without its times changing (git's "racily clean" files): its signature is not trusted, and it
is read and digested again until it is older.
"""

from __future__ import annotations

import datetime
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .content import EntryBytes, LoadedFile, entry_file_names
from .fingerprint import new_hash

LoadFiles = Callable[[list[Path], list[EntryBytes | None]], list[LoadedFile]]
RECENT_SECONDS = 2  # the coarsest clock of a common file system (FAT's) is 2 s

FileStat = tuple[int, int, int, int]  # inode, size, modification and change time (ns)
Signature = tuple[tuple[bytes, bytes, datetime.date], tuple[tuple[str, FileStat | None], ...]]


@dataclass(frozen=True)
class Kept:
    """One entry file as it was loaded: its digest, what loading gave, and its signature then (None:
    too recently changed to be trusted, see the module's docstring)."""

    signature: Signature | None
    digest: bytes
    loaded: LoadedFile


class EntryFileCache:
    def __init__(self, recent_seconds: float = RECENT_SECONDS) -> None:
        self._kept: dict[str, Kept] = {}  # by the file's path
        self._recent_ns = int(recent_seconds * 1_000_000_000)
        self.last_read: list[Path] = []  # the files whose bytes the last `load` read

    def load(self, paths: list[Path], load_files: LoadFiles, context: tuple[bytes, datetime.date]) -> tuple[list[LoadedFile], list[bytes | None]]:
        """Every file in `paths` loaded (the changed ones through `load_files`), and the digest each was
        loaded under (None for a file that could not be read: it is never kept)."""
        trusted_before = time.time_ns() - self._recent_ns
        where = (os.getcwd().encode(), *context)  # problems name files relative to the working folder
        keys = [str(path) for path in paths]  # strings, not paths: 10,000 `Path` hashes cost a tenth of a second
        places = [os.path.split(key) for key in keys]
        folders = {folder: _folder_stats(folder) for folder in {folder for folder, _name in places}}
        signatures = [(where, _file_stats(name, folders[folder])) for folder, name in places]
        kept = [self._kept.get(key) for key in keys]
        unread = [old is not None and old.signature == signature for old, signature in zip(kept, signatures)]
        self.last_read = [path for path, skip in zip(paths, unread) if not skip]
        raws = [None if skip else EntryBytes.read(path, folders[folder]) for path, (folder, _name), skip in zip(paths, places, unread)]
        digests = [
            old.digest if skip else None if raw is None else _digest(key, raw, where)
            for key, old, skip, raw in zip(keys, kept, unread, raws)
        ]
        changed = [index for index, (old, digest) in enumerate(zip(kept, digests)) if digest is None or old is None or old.digest != digest]
        reloaded = dict(zip(changed, load_files([paths[index] for index in changed], [raws[index] for index in changed])))
        files = [reloaded[index] if index in reloaded else old.loaded for index, old in enumerate(kept)]
        self._kept = {
            key: Kept(signature if _is_older(signature, trusted_before) else None, digest, file)
            for key, signature, digest, file in zip(keys, signatures, digests, files)
            if digest is not None
        }
        return files, digests


def _folder_stats(folder: str) -> dict[str, FileStat | None]:
    """Every name in the folder, with its file's stat (None when it cannot be had: a broken link)."""
    stats: dict[str, FileStat | None] = {}
    with os.scandir(folder) as listing:
        for item in listing:
            try:
                stat = item.stat()
            except OSError:
                stats[item.name] = None
            else:
                stats[item.name] = (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    return stats


def _file_stats(entry_name: str, folder: dict[str, FileStat | None]) -> tuple[tuple[str, FileStat | None], ...]:
    """The entry file's and its descriptions' stats: those of the names the folder has."""
    return tuple((name, folder[name]) for name in entry_file_names(entry_name) if name in folder)


def _is_older(signature: Signature, moment_ns: int) -> bool:
    """Whether every file of the signature was last changed before `moment_ns`."""
    return all(stat is not None and max(stat[2], stat[3]) < moment_ns for _name, stat in signature[1])


def _digest(path: str, raw: EntryBytes, where: tuple[bytes, bytes, datetime.date]) -> bytes:
    working_folder, vocabularies, today = where
    digest = new_hash()
    for part in (path.encode(), working_folder, vocabularies, today.isoformat().encode(), raw.digest()):
        digest.update(b"%d:" % len(part) + part)
    return digest.digest()
