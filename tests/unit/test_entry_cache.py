"""The development server's cache of loaded entry files: the same directory as a load from scratch,
only changed files loaded again, and no edit ever missed (`vejviser.entrycache`)."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from benchmarks.synthetic import generate
from vejviser.content import load_directory
from vejviser.entrycache import EntryFileCache

TODAY = datetime.date(2026, 6, 15)


def _rename(path: Path, name: str) -> None:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join(f"name: {name}\n" if line.startswith("name:") else line for line in lines), "utf-8")


def test_a_cached_load_is_the_load_from_scratch_and_keeps_unchanged_entries(tmp_path):
    content = generate(30, tmp_path / "content", seed=4, today=TODAY)
    cache = EntryFileCache()
    first = load_directory(content, TODAY, cache=cache)
    assert (first.entries, first.problems) == (load_directory(content, TODAY).entries, load_directory(content, TODAY).problems)

    edited = sorted((content / "associations").glob("*.yaml"))[7]
    _rename(edited, "Helt Nyt Navn")
    second = load_directory(content, TODAY, cache=cache)
    scratch = load_directory(content, TODAY)
    assert (second.entries, second.problems) == (scratch.entries, scratch.problems)
    kept = {entry.slug: entry for entry in first.entries}
    for entry in second.entries:
        if entry.slug == edited.stem:
            assert entry.name == "Helt Nyt Navn" and entry is not kept[entry.slug]
        else:
            assert entry is kept[entry.slug], f"{entry.slug} was loaded again though its file did not change"
    assert second.input_digests[edited.stem] != first.input_digests[edited.stem]


def test_a_broken_file_is_reported_every_time_until_fixed_and_a_revert_is_seen(tmp_path):
    content = generate(10, tmp_path / "content", seed=5, today=TODAY)
    cache = EntryFileCache()
    entry_file = sorted((content / "associations").glob("*.yaml"))[3]
    valid = entry_file.read_text("utf-8")
    original = {entry.slug: entry.name for entry in load_directory(content, TODAY, cache=cache).entries}[entry_file.stem]

    entry_file.write_text(valid.replace("name:", "name: [", 1), "utf-8")
    for _ in range(2):  # the dev server builds again and again while the error is there
        broken = load_directory(content, TODAY, cache=cache)
        assert [problem.path for problem in broken.errors] == [str(entry_file)]
        assert entry_file.stem not in {entry.slug for entry in broken.entries}

    entry_file.write_text(valid, "utf-8")  # back to the bytes it had before: the cached load is right
    fixed = load_directory(content, TODAY, cache=cache)
    assert not fixed.errors
    assert {entry.slug: entry.name for entry in fixed.entries}[entry_file.stem] == original


def test_a_changed_description_file_or_vocabulary_loads_the_entry_again(tmp_path):
    content = generate(10, tmp_path / "content", seed=6, today=TODAY)
    cache = EntryFileCache()
    first = {entry.slug: entry for entry in load_directory(content, TODAY, cache=cache).entries}
    description = sorted((content / "associations").glob("*.da.md"))[0]
    slug = description.name.removesuffix(".da.md")
    description.write_text(description.read_text("utf-8") + "\nEt nyt afsnit.\n", "utf-8")
    second = {entry.slug: entry for entry in load_directory(content, TODAY, cache=cache).entries}
    assert "Et nyt afsnit." in second[slug].description.get("da")
    assert second[slug] is not first[slug]

    vocabulary = sorted((content / "vocabularies").glob("*.yaml"))[0]
    vocabulary.write_text(vocabulary.read_text("utf-8") + "\n# a comment\n", "utf-8")
    third = {entry.slug: entry for entry in load_directory(content, TODAY, cache=cache).entries}
    assert all(third[key] is not second[key] for key in third), "entries were kept though the vocabularies changed"


def _rename_keeping_size_and_time(path: Path) -> str:
    """The entry's name starts with X instead of its first (ASCII) letter, and the file gets its old
    modification time back: only its change time tells that it was written. Returns the new name."""
    stat = path.stat()
    lines = path.read_text("utf-8").splitlines(keepends=True)
    index = next(number for number, line in enumerate(lines) if line.startswith("name: "))
    name = lines[index].removeprefix("name: ").rstrip("\n")
    assert name[0].isascii() and name[0] != "X"
    lines[index] = f"name: X{name[1:]}\n"
    path.write_text("".join(lines), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    return f"X{name[1:]}"


def test_files_unchanged_since_they_were_read_are_not_read_again(tmp_path):
    content = generate(20, tmp_path / "content", seed=7, today=TODAY)
    cache = EntryFileCache(recent_seconds=0)  # every file counts as old enough to trust its times
    entry_files = sorted((content / "associations").glob("*.yaml"))
    load_directory(content, TODAY, cache=cache)
    assert cache.last_read == entry_files
    load_directory(content, TODAY, cache=cache)
    assert cache.last_read == []

    renamed, same_size = entry_files[2], entry_files[5]
    _rename(renamed, "Helt Nyt Navn")
    new_name = _rename_keeping_size_and_time(same_size)
    description = sorted((content / "associations").glob("*.da.md"))[0]
    description.write_text(description.read_text("utf-8") + "\nOne more paragraph.\n", "utf-8")
    described = description.with_name(description.name.removesuffix(".da.md") + ".yaml")

    loaded = load_directory(content, TODAY, cache=cache)
    assert sorted(cache.last_read) == sorted({renamed, same_size, described})
    assert (loaded.entries, loaded.problems) == (load_directory(content, TODAY).entries, load_directory(content, TODAY).problems)
    assert {entry.slug: entry.name for entry in loaded.entries}[same_size.stem] == new_name


def test_a_file_changed_moments_before_it_was_read_is_read_again(tmp_path):
    """The file system's clock ticks coarsely: a file saved again in the same tick as it was read
    keeps its times. So a file whose times are that recent is never trusted by them."""
    content = generate(5, tmp_path / "content", seed=8, today=TODAY)
    cache = EntryFileCache(recent_seconds=3600)  # every file here was changed within the last hour
    entry_files = sorted((content / "associations").glob("*.yaml"))
    for _ in range(2):
        load_directory(content, TODAY, cache=cache)
        assert cache.last_read == entry_files

    edited = entry_files[1]
    new_name = _rename_keeping_size_and_time(edited)
    loaded = load_directory(content, TODAY, cache=cache)
    assert {entry.slug: entry.name for entry in loaded.entries}[edited.stem] == new_name
