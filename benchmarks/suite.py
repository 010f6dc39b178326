"""The build comparison: for each size, generate the entries once, then build them with every side
(ours and the two Hugo references), interleaved (ours, expert, first, first, expert, ours, …) so that
a busy machine slows all alike.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from . import ours, reference
from .build import BuildResult, Step, fresh_dir, run_build
from .synthetic import generate


class Side(Protocol):
    """A build the benchmark times: the `ours` module, or a `reference.Reference`."""

    KEY: str
    NAME: str

    def steps(self, content_dir: Path, site_dir: Path) -> list[Step]: ...

    def output_dir(self, site_dir: Path) -> Path: ...


SIDES: tuple[Side, ...] = (ours, *reference.REFERENCES)
# What a content folder needs besides entries and vocabularies for our build to run; copied from the
# repository's own content folder when the generator does not write it.
SITE_FILES = ("crisis_lines.yaml", "pages")
REPO_CONTENT = ours.REPO / "content"


@dataclass
class SizeResult:
    size: int
    runs: dict[str, list[BuildResult]] = field(default_factory=dict)

    def site_dir(self, work_dir: Path, side: Side) -> Path:
        return size_dir(work_dir, self.size) / side.KEY


def size_dir(work_dir: Path, size: int) -> Path:
    return work_dir / f"n{size}"


def content_dir(work_dir: Path, size: int) -> Path:
    return size_dir(work_dir, size) / "content"


def prepare_content(work_dir: Path, size: int, seed: int = 0) -> Path:
    """Generate `size` synthetic entries (not timed) and complete the folder with the site's own files."""
    content = fresh_dir(content_dir(work_dir, size))
    generate(size, content, seed=seed)
    for name in SITE_FILES:
        source, target = REPO_CONTENT / name, content / name
        if not target.exists():
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
    return content


def compare(work_dir: Path, size: int, repeat: int, progress: Callable[[str], None] = print) -> SizeResult:
    content = prepare_content(work_dir, size)
    result = SizeResult(size, {side.NAME: [] for side in SIDES})
    for round_ in range(repeat):
        for side in SIDES if round_ % 2 == 0 else reversed(SIDES):
            site_dir = fresh_dir(result.site_dir(work_dir, side))
            build = run_build(side.steps(content, site_dir), log_dir=site_dir / "logs")
            result.runs[side.NAME].append(build)
            progress(
                f"  N={size:,} run {round_ + 1}/{repeat} {side.NAME}: {build.seconds:.2f} s wall, {build.cpu_seconds:.2f} s CPU, "
                f"{build.peak_bytes / 2**20:.0f} MiB, load {build.load_average:.1f}"
            )
    return result
