"""Digests of files and of values, for the development server's caches (`vejviser.directory.devserver`).

`value_digest(value, stand_ins)` digests a value by pickling it: pickling writes everything an
object holds (every field of a dataclass, every item of a list or dict, a function by its name), so
two values with the same digest hold the same data. Equal values may now and then get different
digests (a set built in another order, a string shared or not); that only costs a page written that
did not need to be. Objects of the types in `stand_ins` are pickled as what the given function
returns for them (an entry → the digest of the files it was read from) instead of being walked. A
value that cannot be pickled (a closure, a lock) raises `Unfingerprintable`: the caller then does
the work instead of trusting a digest.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import pickle
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

DIGEST_SIZE = 16


class Unfingerprintable(TypeError):
    """The value holds something that cannot be read into a digest."""


def new_hash(data: bytes = b""):
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE)


def files_digest(paths: Iterable[Path], root: Path | None = None) -> bytes:
    """The digest of these files' names (relative to `root`) and bytes, in sorted order."""
    digest = new_hash()
    for path in sorted(paths):
        name = str(path.relative_to(root) if root else path).encode()
        data = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.digest()


def folder_digest(folder: Path, skip: Iterable[str] = ()) -> bytes:
    """The digest of every file under `folder` (names and bytes), leaving out the top-level entries `skip`."""
    skip = set(skip)
    tops = [path for path in folder.iterdir() if path.name not in skip]
    files = [file for top in tops for file in ([top] if top.is_file() else top.rglob("*")) if file.is_file()]
    return files_digest(files, folder)


def value_digest(value: Any, stand_ins: Mapping[type, Callable[[Any], bytes]] | None = None) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    if stand_ins:
        table = copyreg.dispatch_table.copy()
        table.update({kind: _standing_in(stand_in) for kind, stand_in in stand_ins.items()})
        pickler.dispatch_table = table
    try:
        pickler.dump(value)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        raise Unfingerprintable(str(error)) from error
    return new_hash(buffer.getbuffer()).digest()


def _standing_in(stand_in: Callable[[Any], bytes]) -> Callable[[Any], tuple]:
    return lambda value: (_stood_in, (stand_in(value),))


def _stood_in(digest: bytes) -> bytes:
    """What an object pickled through `stand_ins` is unpickled as (never happens: only digested)."""
    return digest
