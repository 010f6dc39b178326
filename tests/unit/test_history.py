"""`vejviser.history` on a real git repository made in the test: dates and changed fields per entry,
and nothing at all where git has no history to give (no repository, a shallow clone's boundary)."""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path

from vejviser.history import MAX_CHANGES, Change, entry_history

from .conftest import MINIMAL


def git(repository: Path, *args: str, day: str | None = None) -> None:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.org"}
    if day:
        environment["GIT_AUTHOR_DATE"] = environment["GIT_COMMITTER_DATE"] = f"{day}T12:00:00+01:00"
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True, env=environment)


def commit(repository: Path, day: str, files: dict[str, str | None]) -> None:
    for name, text in files.items():
        path = repository / "content" / "associations" / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "-q", "-m", f"change on {day}", day=day)


def repository_with_history(root: Path) -> Path:
    repository = root / "site"
    repository.mkdir()
    git(repository, "init", "-q", "-b", "main")
    commit(repository, "2026-01-10", {"cafe.yaml": MINIMAL, "other.yaml": MINIMAL.replace("Eksempelforeningen", "Anden")})
    commit(repository, "2026-02-01", {"cafe.yaml": MINIMAL + "contact:\n  phones:\n    - number: \"75 12 34 56\"\n"})
    commit(repository, "2026-03-05", {"cafe.yaml": "# only a comment\n" + MINIMAL + "contact:\n  phones:\n    - number: \"75 12 34 56\"\n"})
    commit(repository, "2026-04-20", {"cafe.da.md": "Vi mødes hver tirsdag.\n", "other.yaml": MINIMAL.replace("Eksempelforeningen", "Anden").replace("[esbjerg]", "[ribe]")})
    commit(repository, "2026-05-02", {"other.yaml": None})
    return repository


def test_dates_and_fields_newest_first(tmp_path: Path):
    history = entry_history(repository_with_history(tmp_path) / "content")
    assert history["cafe"].changes == (
        Change(datetime.date(2026, 4, 20), (("description", "", "Vi mødes hver tirsdag.\n"),)),  # its description appeared
        Change(datetime.date(2026, 2, 1), (("phones", None, [{"number": "75 12 34 56"}]),)),  # 5 March: only a comment
        Change(datetime.date(2026, 1, 10)),  # added
    )
    assert history["cafe"].changes[-1].added and history["cafe"].last_changed == datetime.date(2026, 4, 20)
    assert [change.fields for change in history["other"].changes] == [("areas",), ()]  # deleting is not a change of it


def test_no_repository_no_history(tmp_path: Path):
    (tmp_path / "content" / "associations").mkdir(parents=True)
    assert entry_history(tmp_path / "content") == {}


def test_a_shallow_clone_dates_only_what_it_really_holds(tmp_path: Path):
    """The boundary commit of a depth-3 clone (5 March) would show every file as added on its date:
    left out, while the two commits after it are compared with it as usual."""
    source = repository_with_history(tmp_path)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "3", f"file://{source}", str(clone)], check=True, capture_output=True)
    history = entry_history(clone / "content")
    assert [(change.day, change.fields) for change in history["cafe"].changes] == [(datetime.date(2026, 4, 20), ("description",))]
    assert history["other"].changes == (Change(datetime.date(2026, 4, 20), (("areas", ["esbjerg"], ["ribe"]),)),)


def test_changes_are_named_as_a_reader_names_them(tmp_path: Path):
    """A place's hours and its address apart; who maintains the entry is not a change a reader sees."""
    repository = tmp_path / "site"
    repository.mkdir()
    git(repository, "init", "-q", "-b", "main")
    place = 'locations:\n  - address: Eksempelvej 1\n    postcode: "6700"\n'
    hours = '    opening_hours:\n      weekly:\n        - days: [mon]\n          opens: "10:00"\n          closes: "12:00"\n'
    commit(repository, "2026-01-10", {"cafe.yaml": MINIMAL + place})
    commit(repository, "2026-02-01", {"cafe.yaml": MINIMAL + place + hours})
    commit(repository, "2026-03-01", {"cafe.yaml": MINIMAL + place.replace("Eksempelvej 1", "Eksempelvej 2") + hours + 'maintainers: ["@alice"]\n'})
    commit(repository, "2026-04-01", {"cafe.yaml": MINIMAL + place.replace("Eksempelvej 1", "Eksempelvej 2") + hours + 'maintainers: ["@bob"]\n'})
    changes = entry_history(repository / "content")["cafe"].changes
    assert [(change.day.isoformat(), change.fields) for change in changes] == [
        ("2026-03-01", ("address",)),  # the maintainer added on the same day is not shown; 1 April not at all
        ("2026-02-01", ("opening_hours",)),
        ("2026-01-10", ()),
    ]


def test_only_the_newest_changes_are_kept(tmp_path: Path):
    repository = tmp_path / "site"
    repository.mkdir()
    git(repository, "init", "-q", "-b", "main")
    for month in range(1, 9):
        commit(repository, f"2026-{month:02d}-01", {"cafe.yaml": MINIMAL.replace("En forening", f"Forening nr. {month}")})
    changes = entry_history(repository / "content")["cafe"].changes
    assert len(changes) == MAX_CHANGES == 5
    assert [change.day.month for change in changes] == [8, 7, 6, 5, 4] and all(change.fields == ("summary",) for change in changes)
