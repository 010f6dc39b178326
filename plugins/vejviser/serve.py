"""The development server (`make serve`): build the site, serve it, build it again after each change.

`python -m vejviser.serve` takes `pelican`'s arguments and replaces `pelican --autoreload --listen`,
whose loop starts the next build at once when a build fails (the validator's errors printed about 19
times a second, most of a core busy, until the file is fixed) and whose HTTP server keeps serving the
last good pages as if nothing were wrong. This one promises:

- the builds run one after the other in this process, so the development caches
  (`vejviser.directory.devserver`) last as long as it does;
- after every build, good or failed, it waits without using the processor (inotify, through Pelican's
  `wait_for_changes`) for a change to the content folder, the theme (the engine's and the site's own
  overrides, `vejviser.site`) or the settings file, then builds
  again (reading the settings again if they changed). A failed build's errors are printed once;
- while the last build failed, every request is answered with an error page (HTTP 500, not cached)
  that lists the errors, each as `file:line:column: message`, in Danish and in English, and says how
  to fix them: escaped HTML with `lang` attributes and headings, no script, nothing loaded from
  elsewhere. After the next good build the site's own files are served again.

The HTTP server runs in a child process forked before the first build, not in a thread: the builds
fork workers of their own, and a fork copies the locks a serving thread may hold, not the thread.
This process tells it the current error page, or None, through a pipe that it reads before every
request and every half second; `--port 0` serves on a free port, printed as Pelican prints it.
"""

from __future__ import annotations

import html
import logging
import multiprocessing
import os
import sys
import traceback
from multiprocessing.connection import Connection
from typing import Mapping, Sequence

import watchfiles
from pelican import LOG_HANDLERS, get_instance, parse_arguments
from pelican.log import init as init_logging
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.utils import FileChangeFilter

from .problems import LANGUAGES, render_message
from .site import theme_folders


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_arguments(["--autoreload", "--listen", *(sys.argv[1:] if argv is None else argv)])
    init_logging(
        level=args.verbosity, fatal=args.fatal, name="pelican", handler=LOG_HANDLERS[args.log_handler],
        logs_dedup_min_level=getattr(logging, args.logs_dedup_min_level),
    )
    pelican, settings = get_instance(args)
    failures, tell_server = multiprocessing.Pipe(duplex=False)
    RootedHTTPServer.allow_reuse_address = True
    try:
        httpd = ErrorPageServer(settings["OUTPUT_PATH"], (settings["BIND"], settings["PORT"]), failures)
    except OSError as error:
        sys.exit(f"Could not listen on {settings['BIND']}:{settings['PORT']}: {error.strerror}")
    server = multiprocessing.get_context("fork").Process(target=_serve, args=(httpd, tell_server), daemon=True)
    server.start()
    httpd.server_close()  # the child serves; the builds' workers need not inherit the socket
    failures.close()
    host, port = httpd.server_address[:2]
    print(f"Serving site at: http://{host}:{port} - Tap CTRL-C to stop", flush=True)
    try:
        build_forever(args, pelican, settings, tell_server)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.join()


def build_forever(args, pelican, settings, tell_server: Connection) -> None:
    """Build, tell the server the error page (None after a good build), wait for a change; forever."""
    settings_file = os.path.abspath(args.settings) if args.settings else None
    while True:
        try:
            if pelican is None:
                pelican, settings = get_instance(args)
            pelican.run()
        except Exception as error:  # anything a build can raise: bad content, a template, a plugin
            tell_server.send(error_page(error_lines(error)))
            _report(error, debug=args.verbosity == logging.DEBUG)
            print(render_message("serve-waiting", {}, "da"), render_message("serve-waiting", {}, "en"), sep="\n", flush=True)
        else:
            tell_server.send(None)
        changed = {path for _, path in wait_for_changes(args.settings, settings)}
        if settings_file in changed:
            pelican = None  # read the settings again, keeping the ones that loaded until they load
        print(f"\n-> Modified: {', '.join(sorted(changed))}. re-generating...", flush=True)


def wait_for_changes(settings_file: str | None, settings: Mapping) -> set[tuple[object, str]]:
    """The changes (kind, path) once a file changes in the settings file, the content folder or a
    folder of the theme. Pelican's own `wait_for_changes` watches the engine's theme only."""
    paths = [settings_file, settings["PATH"], *theme_folders(settings)]
    watched = [os.path.abspath(path) for path in paths if path and os.path.exists(path)]
    ignored = set(settings.get("IGNORE_FILES", []))
    return next(watchfiles.watch(*watched, watch_filter=FileChangeFilter(ignore_file_patterns=ignored), rust_timeout=0))


def _report(error: Exception, debug: bool) -> None:
    """Print a failed build's error, once: a `ContentError` has printed its lines and needs its summary
    only; any other error its one line (with `--debug`, its traceback)."""
    if debug:
        traceback.print_exception(error)
    else:
        print(error if getattr(error, "lines", None) else error_lines(error)["en"][0], file=sys.stderr, flush=True)


def error_lines(error: Exception) -> Mapping[str, Sequence[str]]:
    """The error as lines by language: a `ContentError`'s own, else one line in Python's English."""
    lines = getattr(error, "lines", None)
    if lines:
        return lines
    filename, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    where = f"{filename}:{line}: " if filename and line else ""
    return {"en": [f"{where}{type(error).__name__}: {error}"]}


STYLE = (
    "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;"
    "max-width:52rem;margin:0 auto;padding:1rem}"
    "section+section{border-top:2px solid #767676;margin-top:2rem}li+li{margin-top:.5rem}"
    "code{display:block;white-space:pre-wrap;overflow-wrap:anywhere;background:#f2f2f2;padding:.5rem}"
)


def error_page(lines: Mapping[str, Sequence[str]]) -> bytes:
    """The page shown instead of the site while it cannot be built (see the module's docstring)."""
    title = {lang: html.escape(render_message("serve-page-title", {}, lang)) for lang in LANGUAGES}
    sections = []
    for index, lang in enumerate(LANGUAGES):
        shown_lang = lang if lang in lines else next(iter(lines))
        items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines[shown_lang])
        heading = "h1" if index == 0 else "h2"
        list_lang = "" if shown_lang == lang else f' lang="{shown_lang}"'  # errors not in this language
        sections.append(
            f'<section lang="{lang}" aria-labelledby="title-{lang}">'
            f'<{heading} id="title-{lang}">{title[lang]}</{heading}>'
            f"<p>{html.escape(render_message('serve-page-intro', {}, lang))}</p>"
            f"<ol{list_lang}>{items}</ol>"
            f"<p>{html.escape(render_message('serve-page-fix', {}, lang))}</p></section>"
        )
    page = (
        f'<!DOCTYPE html>\n<html lang="{LANGUAGES[0]}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{' – '.join(title.values())}</title>"
        f"<style>{STYLE}</style></head><body><main>{''.join(sections)}</main></body></html>\n"
    )
    return page.encode("utf-8")


class ErrorPageServer(RootedHTTPServer):
    """Pelican's development HTTP server, answering every request with `error_page` while it has one."""

    def __init__(self, output: str, address: tuple[str, int], failures: Connection) -> None:
        super().__init__(output, address, ErrorPageHandler)
        self.failures = failures
        self.page: bytes | None = None

    def current_page(self) -> bytes | None:
        """The error page last sent by the builds (None: serve the site). Stops the server once the
        builds' process has ended, however it ended."""
        try:
            while self.failures.poll():
                self.page = self.failures.recv()
        except EOFError:
            raise SystemExit from None
        return self.page

    def service_actions(self) -> None:  # every half second while idle: keep the pipe from filling up
        self.current_page()


class ErrorPageHandler(ComplexHTTPRequestHandler):
    def do_GET(self) -> None:
        if not self._sent_error_page(with_body=True):
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._sent_error_page(with_body=False):
            super().do_HEAD()

    def _sent_error_page(self, with_body: bool) -> bool:
        page = self.server.current_page()
        if page is None:
            return False
        self.send_response(500)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if with_body:
            self.wfile.write(page)
        return True


def _serve(httpd: ErrorPageServer, tell_server: Connection) -> None:
    tell_server.close()  # the builds' end only: the pipe is closed when their process ends
    pelican_logger = logging.getLogger("pelican")  # log each request, as Pelican's server does
    pelican_logger.setLevel(min(pelican_logger.getEffectiveLevel(), logging.INFO))
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C reaches both processes: end quietly
        pass


if __name__ == "__main__":
    main()
