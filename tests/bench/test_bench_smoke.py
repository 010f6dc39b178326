"""The benchmark harness runs end to end: our build and both Hugo references on 20 synthetic entries, once each.

Nothing is timed here (speed is measured by `make bench`, not asserted in tests); this checks that
the harness still builds every side, that both references render the same entry pages as our build
and publish the very stylesheet, script and icon those pages link, and that it prints what `make bench` promises: wall and CPU time and the machine's load for each side,
the Hugo and Pagefind steps apart, the ratios ours / each reference for wall and CPU time, and the
wall ratio to the expert reference as the last line.
"""

import re
import subprocess
import sys

import pytest

from benchmarks import ours, reference
from benchmarks.suite import size_dir
from vejviser.urls import LANGUAGES, entry_url

SECONDS = r"\d+\.\d\d s"
RATIO = r"\d+\.\d\d×"
RATIO_LINE = re.compile(rf"^ratio Vejviser / \(Hugo \+ Pagefind\), median wall time: N=20 {RATIO}$")
THEME_FILE = re.compile(r'(?:href|src)="[^"]*?/(theme/[^"]+)"')  # a file of the theme that a page links


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("bench")


@pytest.fixture(scope="module")
def printout(work_dir):
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


def test_both_references_publish_the_theme_files_their_entry_pages_link(printout, work_dir):
    """The names are equal on both sides (the equivalence check says so); the files behind them are the same bytes."""
    site = {side: side.output_dir(size_dir(work_dir, 20) / side.KEY) for side in (ours, *reference.REFERENCES)}
    for lang in LANGUAGES:
        page = entry_url("synthetic-00000", lang) + "index.html"
        linked = THEME_FILE.findall((site[ours] / page).read_text(encoding="utf-8"))
        assert len(linked) == 3, linked  # icon, stylesheet, script
        for side in reference.REFERENCES:
            assert THEME_FILE.findall((site[side] / page).read_text(encoding="utf-8")) == linked, side.NAME
            for name in linked:
                assert (site[side] / name).read_bytes() == (site[ours] / name).read_bytes(), (side.NAME, name)
