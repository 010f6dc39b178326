"""The benchmark harness runs end to end: our build and both Hugo references on 20 synthetic entries, once each.

Nothing is timed here (speed is measured by `make bench`, not asserted in tests); this checks that
the harness still builds every side, that both references render the same entry pages as our build,
and that it prints what `make bench` promises: wall and CPU time and the machine's load for each side,
the Hugo and Pagefind steps apart, the ratios ours / each reference for wall and CPU time, and the
wall ratio to the expert reference as the last line.
"""

import re
import subprocess
import sys

import pytest

from benchmarks import ours, reference

SECONDS = r"\d+\.\d\d s"
RATIO = r"\d+\.\d\d×"
RATIO_LINE = re.compile(rf"^ratio Vejviser / \(Hugo \+ Pagefind\), median wall time: N=20 {RATIO}$")


@pytest.fixture(scope="module")
def printout(tmp_path_factory):
    work_dir = tmp_path_factory.mktemp("bench")
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "20", "--repeat", "1", "--extras", "weight", "--work-dir", str(work_dir)],
        cwd=ours.REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout.strip().splitlines()


def row(lines, name):
    """The table row of one side at N=20, split into its columns' values."""
    pattern = re.compile(
        rf"^\s+20\s+{re.escape(name)}\s+1\s+(?P<wall>{SECONDS})\s+\S+\s+s\s+(?P<cpu>{SECONDS})\s+(?P<load>\d+\.\d)\s+\d+ MiB\s+(?P<steps>.+)$"
    )
    matches = [match for line in lines if (match := pattern.match(line))]
    assert len(matches) == 1, "\n".join(lines)
    return matches[0]


def test_every_side_has_wall_and_cpu_time_and_the_load(printout):
    names = [ours.NAME, *(side.NAME for side in reference.REFERENCES)]
    assert len(set(names)) == 3
    for name in names:
        columns = row(printout, name)
        assert float(columns["cpu"].split()[0]) > 0, columns.string
    for side in reference.REFERENCES:
        steps = row(printout, side.NAME)["steps"]
        assert re.fullmatch(rf"hugo \d+\.\d\d / {SECONDS}, pagefind \d+\.\d\d / {SECONDS}", steps), steps
    assert any(re.match(r"^machine: \d+ CPUs; load average .*median \d+\.\d", line) for line in printout), printout


def test_ratios_to_both_references_for_wall_and_cpu(printout):
    for side in reference.REFERENCES:
        line = f"N=20: {ours.NAME} / ({side.NAME}): wall "
        assert any(re.fullmatch(rf"{re.escape(line)}{RATIO}, CPU {RATIO}", candidate) for candidate in printout), printout
    assert RATIO_LINE.match(printout[-1]), printout[-1]


def test_both_references_render_our_entry_pages(printout):
    for side in reference.REFERENCES:
        expected = f"N=20, {side.NAME}: reference entry pages equal ours (whitespace and link form aside): 40/40 compared"
        assert expected in printout, printout


def test_page_weight_is_reported(printout):
    assert any(line.strip().startswith("entry ") for line in printout), printout
