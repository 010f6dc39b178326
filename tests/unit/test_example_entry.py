"""The documented example entry (docs/example-entry.yaml), which contributors copy from: it validates with
no problem and no warning, and it shows every field of the entry schema in use, so a field added to the
schema without an example fails here. (`imported` is left out: only `vejviser import` writes it.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from vejviser.cli.validate import check_content
from vejviser.validate.schema import entry_schema

from .conftest import REPO

EXAMPLE = REPO / "docs" / "example-entry.yaml"
WRITTEN_BY_IMPORT = {"imported"}


def schema_paths(schema: dict, node: dict, path: str = "") -> set[str]:
    """Every property path the schema allows ("locations[].opening_hours.weekly[].days"), through $refs."""
    found: set[str] = set()
    if "$ref" in node:
        return schema_paths(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[-1]], path)
    for name, child in node.get("properties", {}).items():
        if name in WRITTEN_BY_IMPORT and not path:
            continue
        found |= {f"{path}{name}"} | schema_paths(schema, child, f"{path}{name}.")
    if isinstance(node.get("items"), dict):
        found |= schema_paths(schema, node["items"], path.rstrip(".") + "[].")
    for key in ("oneOf", "anyOf", "allOf"):
        for option in node.get(key, []):
            found |= schema_paths(schema, option, path)
    return found


def value_paths(value, path: str = "") -> set[str]:
    """Every key path a YAML value uses, in the same form."""
    if isinstance(value, dict):
        return {f"{path}{key}" for key in value} | {p for key, child in value.items() for p in value_paths(child, f"{path}{key}.")}
    if isinstance(value, list):
        return {p for item in value for p in value_paths(item, path.rstrip(".") + "[].")}
    return set()


def test_the_example_validates_without_a_problem_or_a_warning(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content" / "vocabularies", content / "vocabularies")
    (content / "associations").mkdir()
    shutil.copy(EXAMPLE, content / "associations" / "eksempel-cafeen.yaml")
    problems, checked = check_content(content)
    assert checked == 1
    assert problems == []


def test_the_example_uses_every_field_of_the_schema():
    schema = entry_schema()
    used = value_paths(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")))
    assert schema_paths(schema, schema) - used == set()


def test_the_example_is_nowhere_in_the_content():
    name = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["name"]
    assert not any(name in path.read_text(encoding="utf-8") for path in (REPO / "content").rglob("*.yaml"))
