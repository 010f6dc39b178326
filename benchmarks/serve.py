"""Serve a built site on 127.0.0.1 the way a static host would: gzip for text, as is for the rest.

Pagefind's own index files are gzip-compressed already and sent as they are. Runs in a thread; use as
a context manager that yields a `Server`: its base URL, and every response it sent with the bytes
that went over the wire (status line, headers and body), so a benchmark can count what a browser
really transferred, whoever asked for it (the page, a web worker, a preload).
"""

from __future__ import annotations

import gzip
import io
import threading
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from .page_weight import GZIP_LEVEL

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass
class Server:
    url: str
    sent: list[tuple[str, int]] = field(default_factory=list)  # (request path, bytes sent)


class _GzipHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "application/javascript", ".mjs": "application/javascript"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "") or not content_type.startswith(COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile)

    def handle_one_request(self) -> None:
        before = self.wfile.count
        super().handle_one_request()
        if self.wfile.count > before:
            self.server.sent.append((urlsplit(self.path).path, self.wfile.count - before))

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _CountingWriter:
    def __init__(self, stream):
        self.stream = stream
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.stream.write(data)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


@contextmanager
def serve(site: Path) -> Iterator[Server]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_GzipHandler, directory=str(site)))
    server.sent = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_port}/", server.sent)
    finally:
        server.shutdown()
        server.server_close()
