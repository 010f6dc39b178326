"""Pages go to Pagefind ahead of its answers: up to `WINDOW` requests are out at once.

Waiting for each answer before sending the next page leaves the binary idle while Python makes the
next document and Python idle while the binary indexes, and costs two process wake-ups per page;
on a busy machine indexing then took nearly three times its CPU time (178 s for 67 s at 10k entries).

Requests are written to the binary's input in the order the pages come (each `add_html_file`
writes its request in its first step, and asyncio starts tasks in the order they were made), and
Pagefind's service reads and indexes them one at a time in that order, so the order of the index
is that of the pages. Answers are awaited oldest first; the first error stops the adding.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Iterable

from pagefind.index import PagefindIndex

WINDOW = 64  # requests out at once: about 100 KiB, more than the pipe holds, so the binary never waits


async def add_in_order(index: PagefindIndex, documents: Iterable[tuple[str, str]]) -> int:
    """Add each (HTML, URL) of `documents` to `index`, in order; returns how many were added."""
    pending: deque[asyncio.Task] = deque()
    sent = 0
    try:
        for content, url in documents:
            pending.append(asyncio.create_task(index.add_html_file(content=content, url=url)))
            sent += 1
            if len(pending) >= WINDOW:
                await pending.popleft()
        while pending:
            await pending.popleft()
    except Exception:
        # The requests already out are answered all the same; take their answers, so that the
        # service closes with nothing outstanding, and report the first error.
        await asyncio.gather(*pending, return_exceptions=True)
        raise
    return sent
