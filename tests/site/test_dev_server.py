"""The development server (`make serve`: `vejviser.serve` with pelicanconf.py) after an edit: the
edited entry's pages and the listings that show it change, pages the edit does not touch are not
written again, and an invalid edit is reported where it is, publishes nothing, and is what the
server shows until it is fixed."""

from __future__ import annotations

import gc
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import weakref
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican import signals as pelican_signals
from pelican.settings import read_settings

from pelican_build import BUILD_DATE, FIXTURES, REPO, assemble_content
from vejviser.site import THEME
from vejviser.urls import entry_url, output_path, section_url

BUILD_DONE = "Done: Processed"
NOTICED = "-> Modified:"  # what Pelican prints when it has seen a change
TIMEOUT_SECONDS = 120
NOTICE_SECONDS = 3  # a save not noticed by then is made again (see `AutoreloadServer.edit`)


class AutoreloadServer:
    """The development server on `content`, its log in a file: `vejviser.serve` as `make serve` runs
    it, on a free port (or `command`, a `make serve` on these folders)."""

    def __init__(self, content: Path, output: Path, log: Path, *settings: str, command: list[str] | None = None) -> None:
        self.content, self.output, self.log = content, output, log
        if command is None:
            command = [sys.executable, "-m", "vejviser.serve", str(content), "-o", str(output), "-s", str(REPO / "pelicanconf.py")]
            command += ["--port", "0", "--bind", "127.0.0.1", "-e", f'VEJVISER_BUILD_DATE="{BUILD_DATE}"', *settings]
        self._log_file = open(log, "wb")
        self.process = subprocess.Popen(
            command, cwd=REPO, stdout=self._log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"}, start_new_session=True,
        )

    def text(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def builds_done(self) -> int:
        return self.text().count(BUILD_DONE)

    def page(self, url: str) -> Path:
        return self.output / output_path(url)

    def get(self, url: str) -> tuple[int, str, bytes]:
        """Status, content type and body of the server's answer to a GET of `url` (relative to the
        site's root), error statuses included."""
        port = re.search(r"Serving site at: http://127\.0\.0\.1:(\d+)", self.text()).group(1)
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{url}", timeout=30) as response:
                return response.status, response.headers["Content-Type"], response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers["Content-Type"], error.read()

    def wait_for(self, condition, what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while not condition():
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the dev server never got to {what}; its log:\n{self.text()[-4000:]}")
            time.sleep(0.05)

    def edit(self, path: Path, text: str) -> None:
        """Save `path` until the server has noticed. Pelican watches for changes again only once a
        build is done, which on a loaded machine can take longer than any fixed pause; saving the
        same text again changes nothing but the moment."""
        noticed = self.text().count(NOTICED)
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while True:
            path.write_text(text, "utf-8")
            retry = time.monotonic() + NOTICE_SECONDS
            while time.monotonic() < retry:
                if self.text().count(NOTICED) > noticed:
                    return
                time.sleep(0.05)
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the dev server never noticed {path.name} saved; its log:\n{self.text()[-4000:]}")

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)
        self._log_file.close()


def _started(tmp_path: Path, *settings: str) -> AutoreloadServer:
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    server = AutoreloadServer(content, tmp_path / "output", tmp_path / "autoreload.log", *settings)
    server.wait_for(lambda: server.builds_done() >= 1, "its first build")
    return server


@pytest.fixture
def dev_server(tmp_path):
    server = _started(tmp_path)
    try:
        yield server
    finally:
        server.stop()


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


def test_an_edit_rewrites_the_pages_that_show_the_entry_and_no_other(dev_server):
    entry = dev_server.content / "associations" / "aeblehaven.yaml"
    own_page, english_page = dev_server.page(entry_url("aeblehaven", "da")), dev_server.page(entry_url("aeblehaven", "en"))
    listing = dev_server.page(section_url("need", "da", "familie"))  # Æblehaven's only need
    a_z = dev_server.page(section_url("a_z", "da"))
    untouched = [dev_server.page(entry_url("kun-dansk", "da")), dev_server.page(section_url("need", "da", "sorg"))]
    before = {page: _stamp(page) for page in untouched}
    assert "Æblehaven" in listing.read_text("utf-8") and "Æblehaven Ny" not in listing.read_text("utf-8")

    dev_server.edit(entry, entry.read_text("utf-8").replace("name: Æblehaven", "name: Æblehaven Ny"))
    dev_server.wait_for(lambda: "Æblehaven Ny" in own_page.read_text("utf-8"), "the edited entry's page")
    dev_server.wait_for(lambda: dev_server.builds_done() >= 2, "the end of the rebuild")

    for page in (english_page, listing, a_z):
        assert "Æblehaven Ny" in page.read_text("utf-8"), page
    assert {page: _stamp(page) for page in untouched} == before, "pages the edit does not show on were written again"


def test_an_invalid_edit_is_reported_at_its_place_and_a_fix_is_published(dev_server):
    entry = dev_server.content / "associations" / "aeblehaven.yaml"
    page = dev_server.page(entry_url("aeblehaven", "da"))
    valid = entry.read_text("utf-8")
    published = page.read_text("utf-8")

    dev_server.edit(entry, valid.replace("name: Æblehaven", "name: [Æblehaven Forkert"))
    dev_server.wait_for(lambda: re.search(r"aeblehaven\.yaml:\d+:\d+: ", dev_server.text()), "reporting the broken file")
    dev_server.wait_for(lambda: "Siden blev ikke bygget" in dev_server.text(), "saying that nothing was built")
    assert page.read_text("utf-8") == published, "a failed build changed the page"
    status, _, body = dev_server.get(entry_url("aeblehaven", "da"))
    assert status == 500 and re.search(rb"aeblehaven\.yaml:\d+:\d+: ", body), "the server showed the page as it was"

    dev_server.edit(entry, valid.replace("name: Æblehaven", "name: Æblehaven Rettet"))
    dev_server.wait_for(lambda: "Æblehaven Rettet" in page.read_text("utf-8"), "publishing the fixed entry")
    assert "Forkert" not in page.read_text("utf-8")
    dev_server.wait_for(lambda: dev_server.get(entry_url("aeblehaven", "da")) == (200, "text/html", page.read_bytes()), "serving the fixed entry")


def _site_override(tmp_path: Path, name: str, setting: str) -> tuple[Path, str]:
    """A copy of the engine's theme file `name` (under templates/ or static/) in the site's own theme/
    folder, and the `setting` that makes that folder replace the engine's files, for `-e`."""
    override = tmp_path / "theme" / name
    override.parent.mkdir(parents=True)
    shutil.copy2(Path(THEME) / name, override)
    folder = tmp_path / "theme" / name.split("/")[0]
    return override, f'{setting}=["{folder}"]'


def test_a_template_edit_is_on_every_page(tmp_path):
    """An edit to the site's own template (which overrides the engine's) is watched and rebuilt."""
    frame, setting = _site_override(tmp_path, "templates/components/frame.html", "THEME_TEMPLATES_OVERRIDES")
    server = _started(tmp_path, "-e", setting)
    try:
        page = server.page(entry_url("kun-dansk", "en"))
        server.edit(frame, frame.read_text("utf-8").replace('<footer class="vv-footer">', '<footer class="vv-footer"><p>Ny sidefod</p>', 1))
        server.wait_for(lambda: "Ny sidefod" in page.read_text("utf-8"), "a page with the edited template")
        server.wait_for(lambda: server.builds_done() >= 2, "the end of the rebuild")
        assert all("Ny sidefod" in (server.output / name).read_text("utf-8") for name in ("index.html", "en/a-z/index.html"))
    finally:
        server.stop()


def test_a_stylesheet_edit_is_served_under_its_new_name_on_every_page(tmp_path):
    """The theme's files are named by their content (`vejviser.assets`): after an edit, the pages link
    the new name, the server serves it, and the old name is gone; here the site's own copy of the
    stylesheet, which replaces the engine's."""
    source, setting = _site_override(tmp_path, "static/css/vejviser.css", "VEJVISER_STATIC_OVERRIDES")
    server = _started(tmp_path, "-e", setting)
    try:
        def stylesheet(page: str) -> str:
            href = BeautifulSoup((server.output / page).read_text("utf-8"), "html.parser").select_one('link[rel="stylesheet"]')["href"]
            return os.path.normpath(os.path.join(os.path.dirname(page), href))

        old = stylesheet("index.html")
        assert server.get(old)[0] == 200
        server.edit(source, source.read_text("utf-8") + "\n.vv-edited { color: red; }\n")
        server.wait_for(lambda: stylesheet("index.html") != old, "a page linking the edited stylesheet")
        server.wait_for(lambda: server.builds_done() >= 2, "the end of the rebuild")
        new = stylesheet("index.html")
        assert stylesheet("en/a-z/index.html") == stylesheet(output_path(entry_url("kun-dansk", "en"))) == new
        status, content_type, body = server.get(new)
        assert (status, content_type) == (200, "text/css") and b".vv-edited{color:red}" in body
        assert not (server.output / old).exists()  # (Pelican's server closes the connection on a missing file)
    finally:
        server.stop()


def _in_process_settings(tmp_path: Path) -> dict:
    """The development settings for a build of the fixture content in this process, by one process."""
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "VEJVISER_BUILD_DATE": BUILD_DATE, "VEJVISER_PROCESSES": 1}
    return read_settings(str(REPO / "pelicanconf.py"), override=overrides)


def test_after_an_edit_the_entrys_own_pages_are_written_first_and_no_page_twice(tmp_path, caplog):
    settings = _in_process_settings(tmp_path)
    output = Path(settings["OUTPUT_PATH"])
    entry = Path(settings["PATH"]) / "associations" / "aeblehaven.yaml"
    written: list[str] = []

    def remember_written(path, context) -> None:  # Pelican's writer tells every file it writes
        written.append(Path(path).relative_to(output).as_posix())

    def build() -> tuple[list[str], list[int]]:
        """The pages this build wrote, in order, and the number of pages it had."""
        written.clear()
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="vejviser"):
            pelican.run()
        return list(written), [record.args[1] for record in caplog.records if record.msg.startswith("Development server: %d of %d pages")]

    pelican = Pelican(settings)
    pelican_signals.content_written.connect(remember_written)
    try:
        build()
        every_time, pages_before = build()  # nothing changed: Pelican's own content pages
        entry.write_text(entry.read_text("utf-8").replace("name: Æblehaven", "name: Æblehaven Ny"), "utf-8")
        after_edit, pages_after = build()
    finally:
        pelican_signals.content_written.disconnect(remember_written)
        gc.unfreeze()
    directory_pages = [page for page in after_edit if page not in every_time]
    own_pages = {output_path(entry_url("aeblehaven", lang)) for lang in ("da", "en")}
    assert set(directory_pages[:2]) == own_pages, directory_pages
    assert output_path(section_url("need", "da", "familie")) in directory_pages  # a listing that shows it
    assert len(after_edit) == len(set(after_edit)), "a page was written twice"
    assert pages_after == pages_before, "the edited entry's pages were counted twice, or not at all"


def test_between_builds_what_is_kept_is_frozen_and_each_builds_garbage_is_freed(tmp_path):
    """`devserver.rest_between_builds`: after each build the objects left are frozen, so that the next
    build's garbage collector does not walk them; they are unfrozen again at the next build's end, and
    Pelican's caches of content pages are emptied, so a build's site (held in reference cycles, and
    by those caches) does not outlive the build after it. In this process, as `pelican --autoreload`
    builds one instance again and again."""
    settings = _in_process_settings(tmp_path)
    sites: list[weakref.ref] = []

    def remember_site(generators) -> None:
        sites.append(weakref.ref(generators[0].context["site"]))

    pelican_signals.all_generators_finalized.connect(remember_site)
    try:
        pelican = Pelican(settings)
        pelican.run()
        assert gc.get_freeze_count() > 0, "nothing was frozen after the build"
        pelican.run()
        assert sites[0]() is None, "the first build's site outlived the second build"
        assert sites[1]() is not None and gc.get_freeze_count() > 0
    finally:
        pelican_signals.all_generators_finalized.disconnect(remember_site)
        gc.unfreeze()


def _cpu_seconds(session: int) -> float:
    """The CPU time used so far by the processes of this session (and by their children reaped), from
    /proc/<pid>/stat: utime, stime, cutime and cstime, in clock ticks."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended meanwhile
            continue
        fields = text[text.rindex(")") + 2 :].split()  # after the command's name, which may hold spaces
        if int(fields[3]) == session:
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")



IDLE_SECONDS = 3
IDLE_CPU_SECONDS = 0.3


def test_make_serve_on_an_invalid_entry_says_so_once_idles_and_serves_an_error_page(tmp_path):
    """`make serve` with an invalid entry: the problem is printed once, the server then waits for a
    change without using the processor, and every page it serves is an error page that shows the
    problem (escaped: it quotes the contributor's text) in Danish and English. Once the file is fixed,
    the site is served again."""
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    entry = content / "associations" / "kun-dansk.yaml"
    valid = entry.read_text("utf-8")
    entry.write_text(valid.replace("email: sorg@ribe.example.org", 'email: "<b>Sorg & co</b>"'), "utf-8")
    output = tmp_path / "output"
    make_serve = ["make", "--no-print-directory", "serve", f"INPUTDIR={content}", f"OUTPUTDIR={output}", "PORT=0"]
    server = AutoreloadServer(content, output, tmp_path / "serve.log", command=make_serve)
    problem = re.compile(r"kun-dansk\.yaml:(\d+):(\d+): ")
    try:
        server.wait_for(lambda: problem.search(server.text()), "reporting the invalid entry")
        used = _cpu_seconds(server.process.pid)
        time.sleep(IDLE_SECONDS)
        used = _cpu_seconds(server.process.pid) - used
        print(f"CPU while waiting for a fix: {used:.2f} s in {IDLE_SECONDS} s")
        assert used < IDLE_CPU_SECONDS, f"the server used {used:.2f} s of CPU in {IDLE_SECONDS} s while waiting for a fix"
        server.wait_for(lambda: "Waiting for a change" in server.text(), "saying it waits for a fix")
        assert len(problem.findall(server.text())) == 1, server.text()[-4000:]

        line, column = problem.search(server.text()).groups()
        for url in ("", entry_url("solsikken", "en"), section_url("a_z", "en")):
            status, content_type, body = server.get(url)
            assert (status, content_type) == (500, "text/html; charset=utf-8"), url
            page = body.decode("utf-8")
            assert page.count(f"kun-dansk.yaml:{line}:{column}: ") == 2  # in Danish and in English
            assert "&#x27;&lt;b&gt;Sorg &amp; co&lt;/b&gt;&#x27;" in page and "<b>Sorg" not in page
            soup = BeautifulSoup(page, "html.parser")
            english = soup.find("section", lang="en")
            assert soup.html["lang"] == "da" and soup.title.string and soup.h1 is not None and english.h2 is not None
            assert "er ikke en gyldig e-mailadresse" in soup.find("section", lang="da").get_text()
            assert "is not a valid e-mail address" in english.get_text() and "pelicanconf.py" in english.get_text()
            assert not soup.find_all(["script", "link", "img", "iframe", "object"]), "the error page loads something"

        server.edit(entry, valid)

        def home_page_served() -> bool:
            status, _, body = server.get("")
            return status == 200 and body == (output / "index.html").read_bytes()

        server.wait_for(home_page_served, "serving the site again")
        status, _, body = server.get(entry_url("solsikken", "en"))
        assert status == 200 and body == server.page(entry_url("solsikken", "en")).read_bytes()
    finally:
        server.stop()
