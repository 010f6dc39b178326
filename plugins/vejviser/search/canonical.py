"""The same search records give the same bundle, byte for byte: Pagefind's filter files put in one order.

Pagefind 1.5.2 writes each filter's values, and the list of filters in each language's metadata, in
the order of a Rust hash map, which is seeded anew in every process: two builds of the same site wrote
the same filters in different orders, so the filter files, their names (made from their bytes), the
metadata that names them and `pagefind-entry.json` differed from build to build. Everything else in
the bundle (fragments, word index, engine) already comes out the same.

`canonical_filters` (called by `index.py` on each language's files before they are written) rewrites
those files with the filters sorted by name and each filter's values by value, names them by their
content (`<lang>_<7 hex digits>` for a filter file, `<lang>_<10 hex digits>` for the metadata, as
Pagefind names them) and points the metadata and the entry file at the new names. The search script
reads a filter's values into an object, and `search.js` looks the counts up by value in the filters
our page offers in its own order (`search_filters`), so the order in the files changes nothing a
reader sees. The files are gzipped CBOR behind Pagefind's signature; only the parts of CBOR that
Pagefind writes there are read (integers, strings, byte strings, arrays, maps).
"""

from __future__ import annotations

import gzip
import json
import struct
from typing import Any

from ..fingerprint import new_hash

SIGNATURE = b"pagefind_dcd"
FILTER_DIR = "filter"


class UnexpectedBundle(RuntimeError):
    """The bundle is not laid out as Pagefind 1.5 lays it out."""


def canonical_filters(files: dict[str, bytes], entry: bytes) -> tuple[dict[str, bytes], bytes]:
    """One language's bundle as a Pagefind service hands it over (its files by path, and its entry
    file), with the filter files and metadata made independent of Pagefind's process."""
    entry_data = json.loads(entry)
    files = dict(files)
    for lang, language in entry_data["languages"].items():
        language["hash"] = _canonical_language(files, lang, language["hash"])
    return files, json.dumps(entry_data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _canonical_language(files: dict[str, bytes], lang: str, meta_hash: str) -> str:
    """Rewrite one language's filter files and metadata in `files`; returns the metadata's new hash."""
    meta_path = f"pagefind.{meta_hash}.pf_meta"
    meta = read_chunk(meta_path, files.pop(meta_path))
    if not (isinstance(meta, list) and len(meta) > 3 and all(isinstance(item, list) and len(item) == 2 for item in meta[3])):
        raise UnexpectedBundle(f"{meta_path}: not the metadata of Pagefind 1.5 (the search bundle's layout changed?)")
    filters = []
    for name, filter_hash in sorted(meta[3]):
        filter_path = f"{FILTER_DIR}/{filter_hash}.pf_filter"
        name_again, values = read_chunk(filter_path, files.pop(filter_path))
        filters.append([name, _add_chunk(files, FILTER_DIR + "/{}.pf_filter", lang, 7, [name_again, sorted(values)])])
    meta[3] = filters
    return _add_chunk(files, "pagefind.{}.pf_meta", lang, 10, meta)


def read_chunk(path: str, content: bytes) -> Any:
    """A Pagefind chunk file's content (gzipped CBOR behind the signature)."""
    data = gzip.decompress(content)
    if not data.startswith(SIGNATURE):
        raise UnexpectedBundle(f"{path}: no Pagefind signature")
    value, end = cbor_decode(data, len(SIGNATURE))
    if end != len(data):
        raise UnexpectedBundle(f"{path}: {len(data) - end} bytes after its content")
    return value


def _add_chunk(files: dict[str, bytes], pattern: str, lang: str, digits: int, value: Any) -> str:
    """Add `value` to `files` as a chunk named by its content; returns its hash (`<lang>_<hex>`)."""
    data = SIGNATURE + cbor_encode(value)
    chunk_hash = f"{lang}_{new_hash(data).hexdigest()[:digits]}"
    files[pattern.format(chunk_hash)] = gzip.compress(data, compresslevel=6, mtime=0)
    return chunk_hash


def cbor_decode(data: bytes, at: int = 0) -> tuple[Any, int]:
    """The CBOR item at `at` and where it ends (definite lengths only, no tags or floats)."""
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        argument = info
    elif info <= 27:
        size = 1 << (info - 24)
        argument = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise UnexpectedBundle(f"CBOR item {head:#x} is not one Pagefind writes")
    if major == 0:
        return argument, at
    if major == 1:
        return -1 - argument, at
    if major == 2:
        return bytes(data[at : at + argument]), at + argument
    if major == 3:
        return data[at : at + argument].decode("utf-8"), at + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, at = cbor_decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(argument):
            key, at = cbor_decode(data, at)
            mapping[key], at = cbor_decode(data, at)
        return mapping, at
    raise UnexpectedBundle(f"CBOR item {head:#x} is not one Pagefind writes")


def cbor_encode(value: Any) -> bytes:
    """`value` as CBOR, every length and integer in its shortest form (as Pagefind writes them)."""
    if isinstance(value, bool) or value is None:
        raise TypeError(f"{value!r}: not written in Pagefind's chunks")
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return _head(3, len(encoded)) + encoded
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor_encode(item) for item in value)
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(cbor_encode(key) + cbor_encode(item) for key, item in value.items())
    raise TypeError(f"{value!r}: not written in Pagefind's chunks")


def _head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, form in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if argument < 1 << (8 * struct.calcsize(form)):
            return bytes([major << 5 | info]) + struct.pack(form, argument)
    raise ValueError(f"{argument} is too large for CBOR")
