"""The content the project ships validates, and so does the synthetic content the benchmarks use."""

from __future__ import annotations

import datetime

from benchmarks.synthetic import generate
from vejviser.content import load_directory

from .conftest import REPO


def test_shipped_content_has_no_errors(run):
    result = run("validate", "--content", str(REPO / "content"))
    assert result.code == 0, result.out


def test_synthetic_content_is_valid_and_complete(tmp_path, run):
    content = generate(40, tmp_path / "content", seed=1, today=datetime.date(2026, 6, 15))
    result = run("validate", "--content", str(content))
    assert (result.code, result.lines) == (0, ["Alt i orden: 40 indgange"])
    directory = load_directory(content, today=datetime.date(2026, 6, 15))
    assert len(directory.entries) == 40
    assert any(entry.locations and entry.locations[0].opening_hours for entry in directory.entries)
    assert any(entry.volunteering for entry in directory.entries)
    assert all(entry.summary.en for entry in directory.entries)
    assert sum(entry.description is not None for entry in directory.entries) == 40


def test_synthetic_content_is_reproducible(tmp_path):
    first = generate(5, tmp_path / "a", seed=3, today=datetime.date(2026, 6, 15))
    second = generate(5, tmp_path / "b", seed=3, today=datetime.date(2026, 6, 15))
    files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
    assert all((first / name).read_bytes() == (second / name).read_bytes() for name in files)
