"""The entry schema editors read while one types (`plugins/vejviser/schema/entry.schema.json`).

VS Code's YAML extension reads the file an entry's first line names. It must be a draft the extension
fully supports (draft-07), explain every field in Danish, offer each vocabulary's terms with their
Danish labels, and underline a term that is not in the vocabulary ("ensomhd"), while every shipped
entry stays free of marks. The file is generated (`make schema`) and must be up to date.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Iterator

import jsonschema
import pytest

from vejviser.editorschema import DRAFT_07, editor_schema_file, halves
from vejviser.site import THEME
from vejviser.validate.schema import entry_schema
from vejviser.vocabulary import load_vocabularies
from vejviser.yamlsource import read_file

from .conftest import ROOT

SCHEMA_FILE = ROOT / "plugins" / "vejviser" / "schema" / "entry.schema.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text("utf-8"))
VOCABULARIES, VOCABULARY_PROBLEMS = load_vocabularies(ROOT / "content" / "vocabularies")
ENTRIES = sorted((ROOT / "content" / "associations").glob("*.yaml"))
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
# Words that only an English text would have; a Danish title or description has none of them.
ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|where|when|which|who|what|how|is|are|must|optional)\b", re.IGNORECASE)


def fields(schema: dict[str, Any], where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property anywhere in the schema, with a readable path."""
    for name, field in schema.get("properties", {}).items():
        yield f"{where}{name}", field
        yield from fields(field, f"{where}{name}.")
        if isinstance(field.get("items"), dict):
            yield from fields(field["items"], f"{where}{name}[].")
    for name, definition in schema.get("$defs", {}).items():
        yield from fields(definition, f"$defs.{name}.")


def vocabulary_nodes(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "x-vocabulary" in node:
            yield where, node
        for key, value in node.items():
            yield from vocabulary_nodes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from vocabulary_nodes(value, f"{where}/{index}")


def test_the_committed_schema_is_the_generated_one(vejviser):
    assert SCHEMA_FILE.resolve() == editor_schema_file().resolve()
    result = vejviser("schema", "--check", cwd=ROOT)
    assert result.returncode == 0, result.stdout + " (run: make schema)"


def test_a_draft_the_yaml_extension_fully_supports():
    assert SCHEMA["$schema"] == DRAFT_07
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    # Draft-07 ignores a $ref's siblings: every $ref stands alone (a field's title sits beside an allOf).
    assert [path for path, node in walk(SCHEMA) if "$ref" in node and len(node) > 1] == []


def walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


@pytest.mark.parametrize("path, field", list(fields(SCHEMA)), ids=lambda value: value if isinstance(value, str) else "")
def test_every_field_has_a_danish_title_and_description(path: str, field: dict[str, Any]):
    title, description = field.get("title", ""), field.get("description", "")
    assert title and description, path
    for text in (title, description):
        assert not ENGLISH_WORDS.search(text), f"{path}: {text!r} reads as English"
    # The hand-written schema says it in both languages; editors hover over the Danish, then the English.
    source = dict(fields(entry_schema()))[path]
    danish, english = halves(source["description"])
    assert description == danish
    assert field["markdownDescription"].startswith(f"{danish}\n\n*{english}*")


def test_fields_with_a_format_show_an_example():
    examples = {path: field.get("examples") for path, field in fields(SCHEMA)}
    for path in ("contact.phones[].number", "contact.email", "last_verified", "$defs.location.postcode", "$defs.opening_hours.weekly[].opens", "$defs.source.page_date"):
        assert examples[path], path


def test_a_new_place_role_source_or_phone_comes_as_a_snippet():
    defs = SCHEMA["$defs"]
    for node in (defs["location"], defs["role"], defs["source"], SCHEMA["properties"]["contact"]["properties"]["phones"]["items"]):
        (snippet,) = node["defaultSnippets"]
        assert snippet["label"] and set(snippet["body"]) <= set(node["properties"])
        assert set(node.get("required", ())) <= set(snippet["body"])  # a snippet leaves nothing required out


def test_every_vocabulary_is_an_enum_of_its_terms_with_danish_labels():
    assert VOCABULARY_PROBLEMS == []
    found = {node["x-vocabulary"] for _path, node in vocabulary_nodes(SCHEMA)}
    assert found == {"kinds", "needs", "target_groups", "areas", "attendance", "commitments", "languages"}
    for path, node in vocabulary_nodes(SCHEMA):
        vocabulary = VOCABULARIES[node["x-vocabulary"]]
        assert node["enum"] == [term.id for term in vocabulary], path
        assert node["enumDescriptions"] == [term.label.da for term in vocabulary], path
        assert len(node["markdownEnumDescriptions"]) == len(vocabulary)
        assert f"`content/vocabularies/{node['x-vocabulary']}.yaml`" in node["markdownDescription"]
    assert "Ensomhed og fællesskab" in SCHEMA["properties"]["needs"]["items"]["enumDescriptions"]


def test_weekdays_and_supported_fields_are_named_in_danish():
    days = SCHEMA["$defs"]["weekday"]
    assert days["enumDescriptions"] == ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    supports = SCHEMA["$defs"]["source"]["properties"]["supports"]["items"]
    named = dict(zip(supports["enum"], supports["enumDescriptions"]))
    assert named["phones"] == "Telefon" and named["opening_hours"] == "Åbningstider" and named["address"] == "Adresse"


def entry_data(path: Path) -> Any:
    document = read_file(path)
    assert document.problems == [], path
    return document.data


@pytest.mark.parametrize("path", ENTRIES, ids=lambda path: path.name)
def test_every_shipped_entry_is_free_of_marks_in_the_editor(path: Path):
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(entry_data(path)))
    assert [f"{list(error.absolute_path)}: {error.message}" for error in errors] == []


def test_a_misspelt_need_is_underlined_where_it_is():
    data = entry_data(ENTRIES[0])
    data["needs"] = ["ensomhd"]
    (error,) = jsonschema.Draft7Validator(SCHEMA).iter_errors(data)
    assert list(error.absolute_path) == ["needs", 0] and error.validator == "enum"
    data["needs"] = ["loneliness"]
    assert list(jsonschema.Draft7Validator(SCHEMA).iter_errors(data)) == []


def written_entry_files() -> list[Path]:
    """Every entry file the project keeps: the content and the tests' fixtures."""
    return sorted(path for path in ROOT.glob("**/associations/*.yaml") if ".venv" not in path.parts and "output" not in path.parts)


@pytest.mark.parametrize("path", written_entry_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_entry_file_starts_with_the_schema_line(path: Path):
    first = path.read_text("utf-8").splitlines()[0]
    match = SCHEMA_LINE.match(first)
    assert match, f"{path}: {first}"
    assert (path.parent / match.group(1)).resolve() == SCHEMA_FILE.resolve()


def test_what_the_form_and_vejviser_new_write_starts_with_the_schema_line():
    template = (Path(THEME) / "templates" / "add_entry.html").read_text("utf-8")
    assert "<code># yaml-language-server: $schema=../../plugins/vejviser/schema/entry.schema.json" in template
    starter = (ROOT / "plugins" / "vejviser" / "cli" / "entry-template.yaml").read_text("utf-8")
    assert starter.startswith("# yaml-language-server: $$schema=$schema\n")  # vejviser new: tests/unit/test_cli.py


def test_vscode_maps_the_entries_to_the_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text("utf-8"))
    (globs,) = [value for key, value in settings["yaml.schemas"].items() if os.path.normpath(ROOT / key) == os.path.normpath(SCHEMA_FILE)]
    assert "content/associations/*.yaml" in globs
