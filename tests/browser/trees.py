"""Compare two output folders byte by byte, file by file."""

from __future__ import annotations

import fnmatch
from pathlib import Path


def files_under(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def tree_differences(first: Path, second: Path, excluded: tuple[str, ...] = ()) -> list[str]:
    """What differs between two trees: files only in one, and files whose bytes differ.

    `excluded` are glob patterns of relative paths (`fnmatch`, `*` also matches `/`) left out of the
    comparison; a pattern that matches nothing in either tree is reported too, so exclusions cannot
    go stale.
    """
    first_files, second_files = files_under(first), files_under(second)
    every_file = first_files | second_files
    problems = [f"exclusion {pattern!r} matches no file" for pattern in excluded if not fnmatch.filter(every_file, pattern)]
    compared = {path for path in every_file if not any(fnmatch.fnmatchcase(path, pattern) for pattern in excluded)}
    for path in sorted(compared):
        if path not in first_files:
            problems.append(f"only in {second}: {path}")
        elif path not in second_files:
            problems.append(f"only in {first}: {path}")
        elif (first / path).read_bytes() != (second / path).read_bytes():
            problems.append(f"differs: {path}")
    return problems
