"""The pagefind binary in its service mode (`pagefind --service`), spoken to directly over its pipes.

The protocol is Pagefind's own, as its Python and Node.js wrappers speak it: each request and each
answer is a JSON object, base64-encoded, followed by a comma; answers carry the `message_id` of
their request. The service takes requests in the order they come and answers them in that order.

`index_documents(documents)` makes one index, adds every (HTML, URL) document in order and returns
how many were added and the bundle's files (path → bytes). The documents are written while Pagefind
indexes: the pipe holds what the binary has not read yet, and the build waits only when it is full.
A thread reads the answers meanwhile, so neither side waits for the other (no window, no event loop).
A document Pagefind refuses stops the indexing with Pagefind's message once every answer is in; a
binary that stops answering ends the wait with an error instead of a hang.

Why not pagefind's Python wrapper: it is asyncio-based, sleeps 0.1 s before reading each answer,
formats every request and answer into a debug message even with logging off, and keeps every answer
until the service closes; driven through it (and a subclass that fixed the first and last of those
by reaching into its internals), indexing cost the build about a third more of its own CPU time
(the commit that added this module says how it was measured).

The binary runs with `ALLOCATOR_SETTINGS`: jemalloc in one arena, keeping freed memory 0.1 s
instead of 10 s. Pagefind frees a copy of every page right after building the index: kept for 10 s,
it made the binary's peak ~30 MiB higher (of ~570 MiB, at 18,000 pages) and the memory it holds while
it writes the bundle 140 MiB higher; given back at once, the same memory is faulted in again moments
later (14–15 s of the binary's system time at 10,000 entries). Kept 0.1 s in one arena, that is 8 s,
and the peak is 7 MiB lower than with memory given back at once.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import threading
from typing import IO, Iterable

from pagefind_bin import get_executable

# pagefind_bin's jemalloc reads its settings from this variable (its symbols carry the `_rjem_` prefix).
ALLOCATOR_SETTINGS = {"_RJEM_MALLOC_CONF": "narenas:1,dirty_decay_ms:100,muzzy_decay_ms:0"}
END = b","  # base64 never contains a comma
CHUNK = 1 << 16
STOPPED = None  # what the reading thread hands over when the binary's output ends


class PagefindError(RuntimeError):
    """Pagefind refused a request, or the binary stopped."""


class PagefindService:
    """One pagefind binary, started at once; use it in a `with` block (the binary ends with it)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [str(get_executable()), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # as the wrappers do: its errors come as answers
            env={**os.environ, **ALLOCATOR_SETTINGS},
        )
        self.answers: queue.SimpleQueue[dict | None] = queue.SimpleQueue()
        self.reader = threading.Thread(target=_read_answers, args=(self.process.stdout, self.answers), daemon=True)
        self.reader.start()
        self.last_id = 0

    def __enter__(self) -> "PagefindService":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        """End the binary (it exits when its input ends) and the reading thread."""
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join()

    def index_documents(self, documents: Iterable[tuple[str, str]]) -> tuple[int, dict[str, bytes]]:
        """A new index of `documents` (HTML, URL), added in order; how many, and the bundle's files."""
        index_id = self.ask({"type": "NewIndex", "config": None})["index_id"]
        first = self.last_id + 1
        for html, url in documents:
            self.send({"type": "AddFile", "index_id": index_id, "url": url, "file_contents": html, "file_path": None})
        added = self.last_id - first + 1
        refused = [answer for answer in (self.answer() for _ in range(added)) if answer["payload"]["type"] == "Error"]
        if refused:
            raise _error(refused[0]["payload"])
        files = self.ask({"type": "GetFiles", "index_id": index_id})["files"]
        return added, {file["path"]: base64.b64decode(file["content"]) for file in files}

    def ask(self, payload: dict) -> dict:
        """Send one request and wait for its answer's payload."""
        self.send(payload)
        payload = self.answer()["payload"]
        if payload["type"] == "Error":
            raise _error(payload)
        return payload

    def send(self, payload: dict) -> None:
        self.last_id += 1
        message = json.dumps({"message_id": self.last_id, "payload": payload}, ensure_ascii=False)
        self._write(base64.b64encode(message.encode()) + END)

    def answer(self) -> dict:
        """The next answer, in the order the requests went out."""
        self._write(b"")  # what is still in the buffer goes out first
        answer = self.answers.get()
        if answer is STOPPED:
            self.answers.put(STOPPED)  # for whoever asks next
            raise PagefindError("Pagefind: the pagefind binary stopped before answering")
        return answer


    def _write(self, data: bytes) -> None:
        """`data` to the binary; nothing (b"") sends what its input's buffer still holds."""
        try:
            if data:
                self.process.stdin.write(data)
            else:
                self.process.stdin.flush()
        except BrokenPipeError:
            raise PagefindError("Pagefind: the pagefind binary stopped before answering") from None


def _read_answers(output: IO[bytes], answers: "queue.SimpleQueue[dict | None]") -> None:
    """Each answer decoded as it comes, then `STOPPED` once the binary's output ends."""
    pending = bytearray()
    while chunk := output.read1(CHUNK):
        searched = len(pending)  # what came before holds no comma: it was searched already
        pending += chunk
        while (end := pending.find(END, searched)) >= 0:
            answers.put(json.loads(base64.b64decode(pending[:end])))
            del pending[: end + 1]
            searched = 0
    answers.put(STOPPED)


def _error(payload: dict) -> PagefindError:
    return PagefindError(f"Pagefind: {payload['message']} ({payload.get('original_message')})")
