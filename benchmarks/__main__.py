"""`python -m benchmarks` (`make bench`): our production build against Hugo + the Pagefind CLI on the
same synthetic entries (two Hugo references: written as an expert would, and as first written), then
page weight, first-search transfer, dev-server rebuild time, and the production build after a
one-entry change with the build cache against a cold one.

The table gives wall and CPU time per side; the last line printed is the ratio ours / expert reference
(Hugo + Pagefind) of the median wall times, per size.
See benchmarks/README.md for what is measured and how.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import Callable

from . import ours, reference, report, suite
from .equivalence import compare_entry_pages
from .page_weight import weigh_site
from .cached import measure_cached_rebuild
from .rebuild import measure_rebuild
from .search_transfer import measure_search

DEFAULT_WORK_DIR = ours.REPO / "build" / "bench"
EXTRAS = ("weight", "search", "rebuild", "cached")


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="entry counts, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="builds per side and size (default: %(default)s)")
    parser.add_argument("--extras", default=",".join(EXTRAS), help="measured on the largest size: %(default)s, or none")
    parser.add_argument("--query", default="ensomhed", help="the first search query (default: %(default)s)")
    parser.add_argument("--edits", type=int, default=3, help="entry edits timed on the dev server (default: %(default)s)")
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR, help="where content and builds go (default: build/bench)")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",")]
    args.extras = [extra for extra in args.extras.split(",") if extra and extra != "none"]
    unknown = set(args.extras) - set(EXTRAS)
    if unknown:
        parser.error(f"unknown extras: {', '.join(sorted(unknown))}")
    return args


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    results = [suite.compare(args.work_dir, size, args.repeat, progress) for size in args.sizes]
    lines = [*report.build_table(results), report.load_line(results), *report.ratio_lines(results)]
    for result in results:
        ours_site = ours.output_dir(result.site_dir(args.work_dir, ours))
        reference_sites = [side.output_dir(result.site_dir(args.work_dir, side)) for side in reference.REFERENCES]
        progress(f"  comparing every entry page at N={result.size:,}")
        for side, equivalence in zip(reference.REFERENCES, compare_entry_pages(ours_site, *reference_sites)):
            lines.append(f"N={result.size:,}, {side.NAME}: {equivalence.summary()}")
    largest = max(results, key=lambda result: result.size)
    lines += measure_extras(args, largest)
    print("\n".join(lines))
    print(report.ratio_line(results))
    return 0


def measure_extras(args: argparse.Namespace, result: suite.SizeResult) -> list[str]:
    """Page weight, first search and rebuild time on the largest size's builds; each is reported on its
    own line, and one that fails (e.g. no search page yet) says so without hiding the others."""
    site = {side: side.output_dir(result.site_dir(args.work_dir, side)) for side in (ours, reference.EXPERT)}
    measurements: dict[str, list[Callable[[], list[str]]]] = {
        "weight": [partial(lambda side: report.weight_lines(side.NAME, weigh_site(site[side], ours.SITE_URL)), side) for side in site],
        "search": [partial(lambda side: [report.search_line(side.NAME, measure_search(site[side], args.query, ours.SITE_URL))], side) for side in site],
        "rebuild": [lambda: [report.rebuild_line(measure_rebuild(suite.content_dir(args.work_dir, result.size), args.work_dir / "rebuild", args.edits))]],
        "cached": [lambda: [report.cached_rebuild_line(measure_cached_rebuild(suite.content_dir(args.work_dir, result.size), args.work_dir / "cached", args.repeat))]],
    }
    lines = [f"at N={result.size:,}:"]
    for extra in args.extras:
        progress(f"  measuring {extra} at N={result.size:,}")
        for measure in measurements[extra]:
            try:
                lines += measure()
            except Exception as error:
                lines.append(f"{extra}: NOT MEASURED: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
