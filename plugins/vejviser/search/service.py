"""Pagefind's indexing service (its Python API), reading the binary's answers as they come.

pagefind 1.5.2's `PagefindService` reads answers with flaws this service does not have:

- it sleeps 0.1 s before reading each answer, so N pages take at least N × 0.1 s however fast
  Pagefind is (7 s for the shipped content, minutes for a large municipality);
- it reads each answer within a 2 MiB buffer, too small for `get_files` on a large site;
- it keeps every answer (one per page) for as long as the service runs, and a request
  whose answer never comes (the binary stopped) is awaited forever.

It relies on the wrapper's internals (`_backend`, `_responses`), so pyproject.toml pins the version.
"""

from __future__ import annotations

import base64
import json

from pagefind.service import PagefindService

CHUNK = 1 << 16
END = ord(",")  # answers are base64, which never contains a comma


class PromptPagefindService(PagefindService):
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
