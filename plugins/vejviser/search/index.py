"""Pagefind, driven through its Python API: records in, the search bundle (`<output>/pagefind/`) out.

Pagefind makes one index per record language, with that language's stemming, and writes the search
engine (WebAssembly), the Component UI and the index files. Records are added one by one in the order
given, so the same records give the same index files.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Iterable

from pagefind.index import IndexConfig, PagefindIndex

from .records import SearchRecord

BUNDLE_DIR = "pagefind"


def write_index(records: Iterable[SearchRecord], site_output: Path) -> int:
    """Index `records` into `site_output/pagefind/` (replacing what was there); returns how many."""
    bundle = site_output / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)  # old fragments would linger under names nothing asks for
    return asyncio.run(_index(list(records), bundle))


async def _index(records: list[SearchRecord], bundle: Path) -> int:
    async with PagefindIndex(IndexConfig(output_path=str(bundle))) as index:  # writes the files on leaving
        for record in records:
            await index.add_custom_record(
                url=record.url, content=record.content, language=record.language, meta=record.meta, filters=record.filters
            )
    return len(records)
