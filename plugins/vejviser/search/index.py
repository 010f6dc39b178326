"""Pagefind, driven through its Python API: records in, the search bundle (`<output>/pagefind/`) out.

Each record reaches Pagefind as a small HTML document made in memory (`add_html_file`), because
only HTML carries weights: the title is the heading, each passage a paragraph with its weight, and
the meta and filters are elements Pagefind reads but does not index as text. Pagefind makes one
index per `<html lang>`, with that language's stemming, and hands back the bundle: the search
engine (WebAssembly), the Component UI and the index files. Records are added in the order given
(requests go out ahead of the answers, `adding.py`, but Pagefind takes them in order), so the same
records give the same fragments and word index.

The bundle is written here from `get_files`, not by Pagefind's `write_files`: pagefind 1.5.2 answers
`write_files` before its writes reach the disk, and its service is stopped right after, which can
leave empty files. (`service.py`: why not Pagefind's own `PagefindIndex` context manager.)
"""

from __future__ import annotations

import asyncio
import shutil
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path
from typing import Iterable

from .adding import add_in_order
from .records import SearchRecord
from .service import PromptPagefindService

BUNDLE_DIR = "pagefind"


def write_index(records: Iterable[SearchRecord], site_output: Path) -> int:
    """Index `records` into `site_output/pagefind/` (replacing what was there); returns how many."""
    bundle = site_output / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)  # old fragments would linger under names nothing asks for
    return run_async(_index(list(records), bundle))


def run_async(coroutine):
    """Run Pagefind's async API to completion, also when the calling thread already runs an event
    loop (Pelican started from async code or a notebook, or next to Playwright's sync API)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


async def _index(records: list[SearchRecord], bundle: Path) -> int:
    async with PromptPagefindService() as service:
        index = await service.create_index()
        await add_in_order(index, ((html_document(record), record.url) for record in records))
        files = await index.get_files()
    for file in files:
        target = bundle / file["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file["content"])
    return len(records)


def html_document(record: SearchRecord) -> str:
    passages = "".join(f'<p data-pagefind-weight="{passage.weight:g}">{escape(passage.text)}</p>' for passage in record.passages)
    meta = "".join(f'<span data-pagefind-meta="{escape(key)}">{escape(value)}</span>' for key, value in record.meta.items())
    filters = "".join(
        f'<span data-pagefind-filter="{escape(name)}">{escape(value)}</span>' for name, values in record.filters.items() for value in values
    )
    return (
        f'<!doctype html><html lang="{escape(record.language)}"><body>'
        f'<h1 data-pagefind-meta="title">{escape(record.title)}</h1>{passages}'
        f"<div data-pagefind-ignore>{meta}{filters}</div></body></html>"
    )
