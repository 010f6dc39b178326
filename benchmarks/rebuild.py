"""The dev-server path: how long after saving an entry its page shows the change.

`pelican --autoreload` runs with the development settings (the builds `make serve` runs, one after
another in one process, without its HTTP server, which plays no part in rebuilding) on a copy of the
content folder. Once its first build is
done, we change one entry's name in its YAML file, the way a contributor saves a file, and time until
that entry's Danish page on disk carries the new name ("page updated"), and until Pelican reports
the rebuild finished ("rebuild done"). We repeat with different entries and take medians. With the
development settings those rebuilds are incremental (`VEJVISER_DEV_CACHE`): the first build writes
everything, later ones only what the edit changed (plugins/vejviser/directory/devserver.py).

Pelican starts watching for changes again only after a build has finished (a new watcher each
time), so a file saved in between goes unnoticed; we let `SETTLE_SECONDS` pass after each build
before the next edit. That pause is not timed.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from vejviser.content import entry_files
from vejviser.urls import entry_url, output_path

from .ours import REPO, pelican_command

BUILD_DONE = re.compile(rb"Done: Processed")
NAME_LINE = re.compile(r"^name: *(.+?) *$", re.MULTILINE)
POLL_SECONDS = 0.02
SETTLE_SECONDS = 5
TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class Rebuild:
    edits: int
    first_build_seconds: float
    page_updated_seconds: float  # median
    rebuild_done_seconds: float  # median


def measure_rebuild(content_dir: Path, work_dir: Path, edits: int = 3) -> Rebuild:
    content = work_dir / "content"
    shutil.rmtree(work_dir, ignore_errors=True)
    shutil.copytree(content_dir, content)
    output, log = work_dir / "output", work_dir / "autoreload.log"
    entries = entry_files(content)
    with open(log, "wb") as log_file:
        start = time.perf_counter()
        server = subprocess.Popen(
            pelican_command(content, output, "pelicanconf.py", "--autoreload"),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},  # so the log shows each "Done" as it happens
            start_new_session=True,
        )
        try:
            _wait_for(lambda: _builds_done(log) >= 1, server, log)
            first_build = time.perf_counter() - start
            timings = [_edit_and_wait(entries[index * len(entries) // edits], output, server, log, index) for index in range(edits)]
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait()
    return Rebuild(edits, first_build, median(t[0] for t in timings), median(t[1] for t in timings))


def _edit_and_wait(entry: Path, output: Path, server: subprocess.Popen, log: Path, index: int) -> tuple[float, float]:
    marker = f"Rebuilt{index}"
    page = output / output_path(entry_url(entry.stem, "da"))
    builds = _builds_done(log)
    time.sleep(SETTLE_SECONDS)
    text = entry.read_text(encoding="utf-8")
    renamed = NAME_LINE.sub(lambda m: _with_marker(m.group(1), marker), text, count=1)
    start = time.perf_counter()
    entry.write_text(renamed, encoding="utf-8")
    _wait_for(lambda: marker.encode() in _read(page), server, log)
    page_updated = time.perf_counter() - start
    _wait_for(lambda: _builds_done(log) > builds, server, log)
    return page_updated, time.perf_counter() - start


def _with_marker(value: str, marker: str) -> str:
    """`Name` → `name: Name Rebuilt0`, keeping quotes if the name was quoted."""
    if value[:1] in "'\"":
        return f"name: {value[:-1]} {marker}{value[-1]}"
    return f"name: {value} {marker}"


def _builds_done(log: Path) -> int:
    return len(BUILD_DONE.findall(_read(log)))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _wait_for(condition, server: subprocess.Popen, log: Path) -> None:
    deadline = time.perf_counter() + TIMEOUT_SECONDS
    while not condition():
        if server.poll() is not None or time.perf_counter() > deadline:
            raise RuntimeError(f"pelican --autoreload did not get there; see {log}:\n{_read(log)[-3000:].decode(errors='replace')}")
        time.sleep(POLL_SECONDS)
