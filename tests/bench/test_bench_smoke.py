"""The benchmark harness runs end to end: both real builds of 20 synthetic entries, once each.

Nothing is timed here (speed is measured by `make bench`, not asserted in tests); this checks that
the harness still builds both sides, that the reference renders the same entry pages as our build,
and that it prints its table with the ratio as the last line.
"""

import re
import subprocess
import sys

from benchmarks import ours, reference

RATIO_LINE = re.compile(r"^ratio Vejviser / \(Hugo \+ Pagefind\), median wall time: N=20 \d+\.\d\d×$")


def test_benchmark_prints_the_table_and_the_ratio_last(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "20", "--repeat", "1", "--extras", "weight", "--work-dir", str(tmp_path)],
        cwd=ours.REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()

    rows = {name: next((line for line in lines if re.match(rf"^\s+20\s+{re.escape(name)}\s+1\s", line)), None) for name in (ours.NAME, reference.NAME)}
    assert all(rows.values()), run.stdout
    assert "hugo" in rows[reference.NAME] and "pagefind" in rows[reference.NAME]
    assert "reference entry pages equal ours" in run.stdout, run.stdout
    assert any(line.strip().startswith("entry ") for line in lines), run.stdout
    assert RATIO_LINE.match(lines[-1]), lines[-1]
