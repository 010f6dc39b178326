"""`vejviser.parallel`: every task runs once, in worker processes; their logs and errors reach the build."""

from __future__ import annotations

import logging
import os
import time
from functools import partial
from pathlib import Path

import pytest

from vejviser.parallel import WorkerTraceback, chunked, run_tasks

logger = logging.getLogger("vejviser.test_parallel")


def record_pid(folder: Path, number: int, hold_seconds: float = 30) -> None:
    """Write this process's id as task `number`, then hold the worker until another process has
    written one too, so one worker cannot take every task while the other is still starting (on a
    loaded machine that can take longer than all the tasks together)."""
    unfinished = folder / f".{number}"
    unfinished.write_text(str(os.getpid()))
    unfinished.rename(folder / str(number))  # whole, so `written` never reads half a file
    deadline = time.monotonic() + hold_seconds
    while len(set(written(folder).values())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)


def written(folder: Path) -> dict[int, int]:
    return {int(path.name): int(path.read_text()) for path in folder.iterdir() if not path.name.startswith(".")}


def test_every_task_runs_once_in_a_worker_process(tmp_path):
    run_tasks([partial(record_pid, tmp_path, number) for number in range(20)], processes=2)
    pids = written(tmp_path)
    assert sorted(pids) == list(range(20))
    assert os.getpid() not in pids.values()
    assert len(set(pids.values())) == 2  # both workers took tasks


def test_with_one_process_the_tasks_run_here_in_order(tmp_path):
    order = []
    run_tasks([partial(order.append, number) for number in range(5)], processes=1)
    assert order == [0, 1, 2, 3, 4]


def test_what_a_worker_logs_is_logged_by_the_build(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="vejviser")
    tasks = [partial(logger.info, "task %d done", number) for number in range(4)]
    run_tasks(tasks, processes=2)
    assert sorted(record.getMessage() for record in caplog.records if record.name == logger.name) == [
        f"task {number} done" for number in range(4)
    ]


def failing_task() -> None:
    logger.warning("about to fail")
    raise ValueError("entry 7 has no name")


def test_a_failing_task_stops_the_build_with_its_error_and_where_it_happened(tmp_path, caplog):
    tasks = [partial(record_pid, tmp_path, 0, hold_seconds=0), failing_task, partial(record_pid, tmp_path, 2, hold_seconds=0)]
    with pytest.raises(ValueError, match="entry 7 has no name") as raised:
        run_tasks(tasks, processes=2)
    assert isinstance(raised.value.__cause__, WorkerTraceback)
    assert "failing_task" in str(raised.value.__cause__)
    assert "about to fail" in caplog.text  # logged before it failed, and not lost


class Unpicklable(Exception):
    def __reduce__(self):
        raise TypeError("cannot pickle this")


def raise_unpicklable() -> None:
    raise Unpicklable("the original message")


def test_an_error_that_cannot_travel_back_still_says_what_it_was():
    with pytest.raises(RuntimeError, match="Unpicklable: the original message"):
        run_tasks([raise_unpicklable, lambda: None], processes=2)


def test_chunked_keeps_every_item_in_order():
    assert [list(chunk) for chunk in chunked(range(7), 3)] == [[0, 1, 2], [3, 4, 5], [6]]
