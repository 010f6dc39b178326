"""All the small kinds of content of a content folder, loaded and checked together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..problems import Problem
from ..vocabulary import Vocabularies
from .alerts import ALERTS, Alert
from .contacts import CONTACTS, ContactPoint
from .grants import GRANTS, Grant
from .source import Kind, load_kind

KINDS: tuple[Kind, ...] = (GRANTS, ALERTS, CONTACTS)


@dataclass(frozen=True)
class KindContent:
    grants: tuple[Grant, ...] = ()
    alerts: tuple[Alert, ...] = ()
    contacts: tuple[ContactPoint, ...] = ()


def load_kinds(content_dir: str | Path, vocabularies: Vocabularies) -> tuple[KindContent, list[Problem]]:
    """Every kind's items (only from files without errors) and every problem in their files."""
    loaded, problems = [], []
    for kind in KINDS:
        items, found = load_kind(content_dir, kind, vocabularies)
        loaded.append(items)
        problems.extend(found)
    return KindContent(*loaded), sorted(set(problems))


def check_kind_files(content_dir: str | Path, vocabularies: Vocabularies, paths: Sequence[Path]) -> tuple[list[Problem], list[Path]]:
    """The problems in those of `paths` that are files of a kind, and the paths that are not (entries)."""
    problems: list[Problem] = []
    rest: list[Path] = []
    for path in paths:
        kind = next((kind for kind in KINDS if kind.owns(content_dir, path)), None)
        if kind is None:
            rest.append(path)
        else:
            problems.extend(load_kind(content_dir, kind, vocabularies, [path])[1])
    return problems, rest
