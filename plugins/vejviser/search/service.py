"""Pagefind's indexing service (its Python API), reading the binary's answers as they come.

pagefind 1.5.2's `PagefindService` reads answers with flaws this service does not have:

- it sleeps 0.1 s before reading each answer, so N pages take at least N × 0.1 s however fast
  Pagefind is (7 s for the shipped content, minutes for a large municipality);
- it reads each answer within a 2 MiB buffer, too small for `get_files` on a large site;
- it keeps every answer (one per page) for as long as the service runs, and a request
  whose answer never comes (the binary stopped) is awaited forever.

It also starts the binary with its memory allocator (jemalloc) in one arena, keeping freed memory
for 0.1 s instead of 10 s before giving it back to the system. Pagefind frees a copy of every page
right after building the index: kept for 10 s, it made the binary's peak ~30 MiB higher (of ~570 MiB,
at 18,000 pages) and the memory it holds while it writes the bundle 140 MiB higher. Given back at
once, though, the same memory is faulted in again moments later: 14–15 s of the binary's system time
at 10,000 entries. Kept 0.1 s in one arena (not one per thread), that is 8 s, and the peak is 7 MiB
lower than with memory given back at once (two runs of each, side by side). Keeping it 0.03–1 s
saves the same; one arena per thread, jemalloc's default, makes the peak 3–15 MiB higher.

It relies on the wrapper's internals (`_backend`, `_responses`, `_poll_task`), so pyproject.toml
pins the version.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os

from pagefind.service import PagefindService

CHUNK = 1 << 16
END = ord(",")  # answers are base64, which never contains a comma
# pagefind_bin's jemalloc reads its settings from this variable (its symbols carry the `_rjem_` prefix).
ALLOCATOR_SETTINGS = {"_RJEM_MALLOC_CONF": "narenas:1,dirty_decay_ms:100,muzzy_decay_ms:0"}


class PromptPagefindService(PagefindService):
    async def launch(self) -> "PromptPagefindService":
        """Start the binary as upstream does (its errors come on the same pipe as its answers),
        with `ALLOCATOR_SETTINGS`."""
        self._backend = await asyncio.create_subprocess_exec(
            self._bin,
            "--service",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env={**os.environ, **ALLOCATOR_SETTINGS},
        )
        self._poll_task = self._loop.create_task(self._wait_for_responses())
        return self

    async def _wait_for_responses(self) -> None:
        pending = bytearray()
        while chunk := await self._backend.stdout.read(CHUNK):
            searched = len(pending)  # what came before holds no comma: it was searched already
            pending += chunk
            while (end := pending.find(END, searched)) >= 0:
                self._answer(json.loads(base64.b64decode(pending[:end])))
                del pending[: end + 1]
                searched = 0
        self._fail_unanswered()

    def _answer(self, answer: dict) -> None:
        future = self._responses.pop(answer.get("message_id"), None)
        if future is None or future.done():
            return  # an answer to nothing we asked (upstream ignores those too) or to a request given up
        payload = answer["payload"]
        if payload["type"] == "Error":
            future.set_exception(RuntimeError(f"Pagefind: {payload['message']} ({payload.get('original_message')})"))
        else:
            future.set_result(payload)

    def _fail_unanswered(self) -> None:
        """The binary stopped answering (it exited): what is still awaited fails instead of hanging."""
        while self._responses:
            _, future = self._responses.popitem()
            if not future.done():
                future.set_exception(RuntimeError("Pagefind: the pagefind binary stopped before answering"))
