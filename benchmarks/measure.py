"""Run one command and measure it: wall time, CPU time and peak memory of its whole process tree.

Wall time is `time.perf_counter()` from spawning the process to reaping it. CPU time (user + system,
of the command and every descendant it waited for, from `os.wait4()`) is reported next to it: on a
shared machine it is far less noisy than wall time, and it shows how much of a build runs in parallel.

The machine's load while the command runs is recorded too: the mean of the 1-minute load average
(`os.getloadavg()`), read with every memory sample. It includes the command itself, so a build that
keeps two cores busy raises it by about two; on a 2-core machine a load well above 2 means the
timings include waiting for a core.

Peak memory is the larger of two numbers, because neither alone is right for every build:

- the process tree's memory, sampled every `SAMPLE_SECONDS`: the sum of the proportional set size
  (PSS, `/proc/<pid>/smaps_rollup`) of the command and all its descendants. PSS splits pages shared
  between processes (forked workers, shared libraries) among them, so a pool of workers forked from
  one parent is not counted many times over. Sampling can miss a short spike;
- the largest resident set size (RSS) any single process in the tree ever reached, which the kernel
  records exactly and `os.wait4()` returns (`ru_maxrss`). This catches spikes but not the sum of
  processes running side by side.

We read `/proc` directly rather than depending on psutil; finding a tree costs one scan of
`/proc/*/stat` (about 2 ms here), so sampling takes about 1-2 % of one core, the same for every build.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

SAMPLE_SECONDS = 0.05
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measurement:
    seconds: float
    cpu_seconds: float  # user + system time of the command and all its descendants
    peak_bytes: int
    load_average: float  # mean 1-minute load average of the machine while it ran


class CommandFailed(RuntimeError):
    def __init__(self, command: Sequence[str], returncode: int, log: Path):
        tail = log.read_text(errors="replace")[-3000:]
        super().__init__(f"{' '.join(map(str, command))} exited with {returncode}; end of {log}:\n{tail}")


def run(command: Sequence[str], *, log: Path, cwd: Path | None = None, env: Mapping[str, str] | None = None) -> Measurement:
    """Run `command` to completion with its output in `log`; raise `CommandFailed` if it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here; tells Popen not to wait again
    if process.returncode != 0:
        raise CommandFailed(command, process.returncode, log)
    return Measurement(seconds, usage.ru_utime + usage.ru_stime, max(sampler.peak_bytes, usage.ru_maxrss * 1024), sampler.load_average)


class _TreeSampler(threading.Thread):
    """Polls the memory of a process and all its descendants until stopped; keeps the maximum, and the
    mean of the machine's load average over the same samples."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root = root
        self.peak_bytes = 0
        self._loads: list[float] = []
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.is_set():
            self.peak_bytes = max(self.peak_bytes, sum(map(_proportional_bytes, _tree(self.root))))
            self._loads.append(os.getloadavg()[0])
            self._stopped.wait(SAMPLE_SECONDS)

    @property
    def load_average(self) -> float:
        return sum(self._loads) / len(self._loads) if self._loads else os.getloadavg()[0]

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _tree(root: int) -> list[int]:
    """`root` and all its live descendants."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            parent = _parent(int(name))
            if parent is not None:
                children.setdefault(parent, []).append(int(name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, ()))
    return tree


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:  # the process ended while we looked
        return None
    # "pid (command) state ppid …": the command may contain spaces and parentheses.
    return int(stat[stat.rindex(b")") + 2 :].split(b" ", 2)[1])


def _proportional_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return _resident_bytes(pid)


def _resident_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * PAGE_BYTES
    except (OSError, ValueError, IndexError):
        return 0
