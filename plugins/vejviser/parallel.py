"""Independent pieces of a build (reading entries, writing pages), done across processes so that
every core works.

`run_tasks(tasks, processes)` calls each task (a callable without arguments) once and returns their
results in order. With more than one process, the workers are forked from the build, so they share
everything it has loaded without pickling it, and each takes the next task when it has finished
one; only results travel back (pickled). What a task logs is sent back and logged again by the
build itself, where Pelican's handlers see it; a task that raises stops the build with the same
error and the worker's traceback. Where fork is not the platform's way (Windows, macOS) or with one
process, the tasks run one after the other, in order, in the build's own process.

A task must not need its side effects in the build's process: it returns data or writes files.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence, TypeVar

from .memory import give_back_free_memory

T = TypeVar("T")

# The tasks of the run in progress; workers, forked while it is set, find their task by number.
_tasks: Sequence[Callable[[], object]] = ()


def default_processes() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def forking_is_safe() -> bool:
    """fork() is Linux's way to start processes; on macOS system libraries may not survive it."""
    return sys.platform.startswith("linux")


def run_tasks(tasks: Sequence[Callable[[], T]], processes: int) -> list[T]:
    global _tasks
    if processes <= 1 or len(tasks) <= 1 or not forking_is_safe():
        return [task() for task in tasks]
    _tasks = tasks
    results: list = [None] * len(tasks)
    try:
        with warnings.catch_warnings():
            # Python ≥ 3.12 warns about fork() in any process with threads; Pelican's status line is
            # one. The workers never use what those threads hold (see `_start_worker`).
            warnings.filterwarnings("ignore", message=r".*fork\(\) may lead to deadlocks", category=DeprecationWarning)
            with multiprocessing.get_context("fork").Pool(min(processes, len(tasks)), initializer=_start_worker) as pool:
                for index, outcome in pool.imap_unordered(_run, range(len(tasks))):
                    results[index] = outcome.replay()
    finally:
        _tasks = ()
    return results


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Outcome:
    """What a worker sends back for one task: its result, its log records, its error if it failed."""

    result: object = None
    records: list[logging.LogRecord] = field(default_factory=list)
    error: BaseException | None = None
    worker_traceback: str = ""

    def replay(self) -> object:
        """Log the task's records here; its result, or its error raised."""
        for record in self.records:
            logger = logging.getLogger(record.name)
            if logger.isEnabledFor(record.levelno):
                logger.handle(record)
        if self.error is not None:
            raise self.error from WorkerTraceback(self.worker_traceback)
        return self.result


class WorkerTraceback(Exception):
    """Where a task failed, in the worker that ran it."""

    def __str__(self) -> str:
        return f"\n\n(in a worker process)\n{self.args[0]}"


class _Recorder(logging.Handler):
    """A worker's only log handler: keeps each record, its message formatted, to send back."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        records, self.records = self.records, []
        return records


_recorder = _Recorder()


def _start_worker() -> None:
    """Log only to the recorder: the build's handlers (Pelican's console, with its own thread and
    locks that did not come along through fork) stay the build's."""
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if isinstance(logger, logging.Logger):
            # the root and any logger that does not pass its records on to the root's handlers
            logger.handlers = [_recorder] if logger is loggers[0] or not logger.propagate else []


def _run(index: int) -> tuple[int, Outcome]:
    try:
        result = _tasks[index]()
    except BaseException as error:
        return index, Outcome(None, _recorder.take(), _picklable(error), traceback.format_exc())
    finally:
        give_back_free_memory()  # what the task freed, before the next task or the build's peak
    return index, Outcome(result, _recorder.take())


def _picklable(error: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
