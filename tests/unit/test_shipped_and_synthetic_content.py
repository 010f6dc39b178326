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


def test_loading_across_processes_gives_the_same_directory_as_in_one(tmp_path):
    """Entries are read in batches by several processes; the checks across files still see every file."""
    content = generate(600, tmp_path / "content", seed=2, today=datetime.date(2026, 6, 15))
    entries = sorted((content / "associations").glob("*.yaml"))
    # a twin of an entry in the last batch, sorting into the first, and a file that is not YAML
    (content / "associations" / "aaa-twin.yaml").write_text(entries[-1].read_text("utf-8"), "utf-8")
    (content / "associations" / "aab-broken.yaml").write_text("name: [unclosed\n", "utf-8")
    one, two = (load_directory(content, today=datetime.date(2026, 6, 15), processes=processes) for processes in (1, 2))
    assert [entry.slug for entry in two.entries] == [entry.slug for entry in one.entries]
    assert [problem.format("en") for problem in two.problems] == [problem.format("en") for problem in one.problems]
    errors = {(problem.path.rsplit("/", 1)[-1], problem.code) for problem in two.errors}
    assert {("aaa-twin.yaml", "name-duplicate"), (entries[-1].name, "name-duplicate"), ("aab-broken.yaml", "yaml-flow-unclosed")} <= errors
    assert len(two.entries) == 600 - 1  # the entry with a twin is left out, like its twin
