"""The production build after a one-entry change: with the build cache (`VEJVISER_BUILD_CACHE`, as the
publishing workflow runs it) against a cold build of the same content.

On a copy of the content folder, one build with the cache fills it (not timed). Then each round
changes one entry's name (a different entry each round, as a merge would) and runs both builds of
that content, interleaved (cold, cached; then cached, cold …): the cold one without the cache, the
cached one with the cache the previous cached build left. Both start from an empty output folder
(as CI does; emptying it is not timed) and run `make publish`'s command. The cached build after
each change rendered only the pages that show the changed entry, rebuilt the search index from the
model and wrote the exports again; its log line "Build cache: …" says how many pages it rendered.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from vejviser.content import entry_files

from .build import BuildResult, Step, fresh_dir, run_build
from .ours import REPO, SITE_URL, pelican_command
from .rebuild import NAME_LINE, _with_marker

RENDERED = re.compile(r"Build cache: (\d+) of (\d+) pages rendered")


@dataclass(frozen=True)
class CachedRebuild:
    cold: list[BuildResult]
    cached: list[BuildResult]
    rendered: list[tuple[int, int]]  # per cached build: pages rendered, pages in all

    @property
    def ratio(self) -> float:
        """Median wall time of the cached builds / of the cold builds."""
        return median(build.seconds for build in self.cached) / median(build.seconds for build in self.cold)


def measure_cached_rebuild(content_dir: Path, work_dir: Path, rounds: int = 3) -> CachedRebuild:
    content = work_dir / "content"
    shutil.rmtree(work_dir, ignore_errors=True)
    shutil.copytree(content_dir, content)
    cache = work_dir / "cache"
    run_build(_steps(content, work_dir / "cached", cache, work_dir), fresh_dir(work_dir / "logs-prime"))
    entries = entry_files(content)
    cold, cached, rendered = [], [], []
    for round_ in range(rounds):
        entry = entries[round_ * len(entries) // rounds]
        entry.write_text(NAME_LINE.sub(lambda m: _with_marker(m.group(1), f"Changed{round_}"), entry.read_text(encoding="utf-8"), count=1), encoding="utf-8")
        order = ("cold", "cached") if round_ % 2 == 0 else ("cached", "cold")
        for kind in order:
            output = fresh_dir(work_dir / kind)
            shutil.rmtree(output)
            logs = fresh_dir(work_dir / f"logs-{kind}-{round_}")
            build = run_build(_steps(content, output, cache if kind == "cached" else None, work_dir), logs)
            (cached if kind == "cached" else cold).append(build)
            if kind == "cached":
                found = RENDERED.search((logs / "pelican.log").read_text(encoding="utf-8", errors="replace"))
                rendered.append((int(found.group(1)), int(found.group(2))) if found else (-1, -1))
    return CachedRebuild(cold, cached, rendered)


def _steps(content: Path, output: Path, cache: Path | None, work_dir: Path) -> list[Step]:
    """`make publish` on `content` into `output`, with the build cache in `cache` (or none); Pelican's
    own cache of content pages starts empty every time, as in CI (and in `ours.steps`)."""
    env = {"VEJVISER_SITEURL": SITE_URL, "VEJVISER_BUILD_CACHE": str(cache) if cache else "", "COLUMNS": "1000"}
    pelican_cache = ["-e", f'CACHE_PATH="{fresh_dir(work_dir / "pelican-cache")}"']
    return [Step("pelican", pelican_command(content, output, "publishconf.py", "--fatal", "warnings", "--verbose", *pelican_cache), env=env, cwd=REPO)]
