"""A build as the benchmark sees it: named steps (commands) run one after another, each measured.

A side of the benchmark (ours, or Hugo + Pagefind) is a list of `Step`s. `run_build` runs them and
returns the wall and CPU time of each step, their totals, the peak memory over all steps and the
machine's load meanwhile.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .measure import Measurement, run


@dataclass(frozen=True)
class Step:
    name: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)  # added to the benchmark's own environment
    cwd: Path | None = None


@dataclass(frozen=True)
class BuildResult:
    steps: dict[str, Measurement]

    @property
    def seconds(self) -> float:
        return sum(step.seconds for step in self.steps.values())

    @property
    def cpu_seconds(self) -> float:
        return sum(step.cpu_seconds for step in self.steps.values())

    @property
    def peak_bytes(self) -> int:
        return max(step.peak_bytes for step in self.steps.values())

    @property
    def load_average(self) -> float:
        """The machine's mean load while the build ran, its steps weighted by their wall time."""
        return sum(step.load_average * step.seconds for step in self.steps.values()) / self.seconds


def fresh_dir(path: Path) -> Path:
    """An empty folder for a build's output and caches, so that every run is cold."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def run_build(steps: list[Step], log_dir: Path) -> BuildResult:
    return BuildResult(
        {step.name: run(step.command, log=log_dir / f"{step.name}.log", cwd=step.cwd, env={**os.environ, **step.env}) for step in steps}
    )
