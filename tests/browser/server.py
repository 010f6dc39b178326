"""Serve a folder on 127.0.0.1 the way a static host does: files as they are, a 404.html for anything missing."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path


class _StaticHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
    }

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = self._nearest_not_found_page()
        if code != 404 or not_found_page is None:
            super().send_error(code, message, explain)
            return
        body = not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _nearest_not_found_page(self) -> Path | None:
        """The 404.html in the requested folder or the closest one above it (as Cloudflare Pages does),
        so /en/missing/ gets the English page."""
        root = Path(self.directory)
        folder = Path(self.translate_path(self.path))
        folder = folder if folder.is_dir() else folder.parent
        for candidate in (folder, *folder.parents):
            if (candidate / "404.html").is_file():
                return candidate / "404.html"
            if candidate == root:
                break
        return None

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free port of 127.0.0.1 in a background thread; yields the base URL ('…/')."""
    handler = functools.partial(_StaticHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=f"serve {folder}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
