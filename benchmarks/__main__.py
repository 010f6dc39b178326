"""`python -m benchmarks` (`make bench`): our production build against Hugo + the Pagefind CLI on the
same synthetic entries, then page weight, first-search transfer and dev-server rebuild time.

The last line printed is the ratio ours / (Hugo + Pagefind) of the median wall times, per size.
See benchmarks/README.md for what is measured and how.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import report, suite

DEFAULT_WORK_DIR = suite.ours.REPO / "build" / "bench"


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="entry counts, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="builds per side and size (default: %(default)s)")
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR, help="where content and builds go (default: build/bench)")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",")]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    progress = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    results = [suite.compare(args.work_dir, size, args.repeat, progress) for size in args.sizes]
    print("\n".join(report.build_table(results)))
    print(report.ratio_line(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
