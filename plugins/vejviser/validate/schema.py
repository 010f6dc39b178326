"""The content JSON Schemas: each loaded and compiled once, and walked alongside the data.

Entries have `schema/entry.schema.json`; the other kinds of content (grants, alerts, municipal
contacts …, see `vejviser.kinds`) have `schema/<name>.schema.json`, and every function here takes
the schema's `name` ("entry" unless told). A schema is the one place that knows its fields. Besides standard keywords it carries annotations the
validator reads, so no per-field knowledge is repeated in Python:

- `x-vocabulary: <name>`: the string must be a term of `content/vocabularies/<name>.yaml`;
- `contentMediaType: text/markdown`: the string is Markdown (no raw HTML, safe links only);
- `x-messages: {<keyword>: <code>}`: the friendly message for a failing keyword at that place;
- custom formats `phone-dk`, `https-url` and a stricter `email` (see `formats.py`).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

import jsonschema_rs

from ..yamlsource import JsonPath
from .formats import FORMATS, FormatProblem

if TYPE_CHECKING:
    import jsonschema

Schema = dict[str, Any]


ENTRY = "entry"
# The file a schema is read from, where it is not `<name>.schema.json`: the entry's hand-written one
# (`entry.schema.json` is generated from it for editors, `vejviser.editorschema`).
SCHEMA_FILES = {ENTRY: "entry.fields.json"}


@functools.cache
def content_schema(name: str = ENTRY) -> Schema:
    """The schema `name`. One that lists other schemas in `x-defs-from` gets their `$defs` under its
    own (its own win), so the kinds of content share the entry's definitions (text, date, url …)
    through ordinary local `$ref`s instead of copies."""
    schema = json.loads(resources.files("vejviser").joinpath("schema", SCHEMA_FILES.get(name, f"{name}.schema.json")).read_text("utf-8"))
    shared = [content_schema(other).get("$defs", {}) for other in schema.get("x-defs-from", ())]
    if shared:
        schema["$defs"] = {key: value for defs in (*shared, schema.get("$defs", {})) for key, value in defs.items()}
    return schema


def entry_schema() -> Schema:
    """The hand-written entry schema (`schema/entry.fields.json`); editors read the one generated from
    it (`vejviser.editorschema`)."""
    return content_schema(ENTRY)


def entry_validator() -> jsonschema.protocols.Validator:
    return reference_validator(ENTRY)


@functools.cache
def reference_validator(name: str = ENTRY) -> jsonschema.protocols.Validator:
    """The reference validator: slow, but its errors carry everything needed for a good message.

    Imported only when a file has errors: jsonschema is slow to import (with its optional format
    libraries, seconds), and a valid folder never needs it.
    """
    import jsonschema

    schema = content_schema(name)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    checker = jsonschema.FormatChecker(formats=("date",))
    for name, check in FORMATS.items():
        checker.checks(name, raises=FormatProblem)(check)
    return validator_class(schema, format_checker=checker)


@functools.cache
def fast_validator(name: str = ENTRY) -> jsonschema_rs.Validator:
    """The same schema and formats in Rust, ~30 times faster: decides whether there is anything to explain."""
    formats = {format_name: _as_predicate(check) for format_name, check in FORMATS.items()}
    return jsonschema_rs.validator_for(content_schema(name), formats=formats, validate_formats=True)


def _as_predicate(check: Callable[[object], bool]) -> Callable[[object], bool]:
    def predicate(value: object) -> bool:
        try:
            return bool(check(value))
        except FormatProblem:
            return False

    return predicate


def at_schema_path(schema_path: Sequence[str | int], name: str = ENTRY) -> Schema:
    """The (sub)schema a validator's `schema_path` leads to, following `$ref`s on the way."""
    node: Any = dereferenced_schema(name)
    for part in schema_path:
        node = node if part == "$ref" else node[part]
    return node


@functools.cache
def dereferenced_schema(name: str = ENTRY) -> Schema:
    """The schema `name` with every local `$ref` replaced by what it points to (there are no cycles).

    A `$ref`'s own sibling keywords (e.g. a field's `description`) are kept on top.
    """
    root = content_schema(name)

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
            return inline(node)
        return {key: inline(value) for key, value in node.items()}

    return inline(root)


def alternatives(schema: Schema) -> list[Schema]:
    """The schema itself and each `anyOf` branch (e.g. `last_verified`: a date or empty)."""
    return [schema, *schema.get("anyOf", ())]


def annotation(schema: Schema, keyword: str) -> Any:
    """The first value of `keyword` in the schema or any of its alternatives."""
    for candidate in alternatives(schema):
        if keyword in candidate:
            return candidate[keyword]
    return None


def walk(data: Any, schema: Schema | None = None, path: JsonPath = (), name: str = ENTRY) -> Iterator[tuple[JsonPath, Any, Schema]]:
    """Every value in `data` that the schema (by default the whole schema `name`) describes, with its
    path and (resolved) schema.

    Values under unknown keys are skipped: the schema check already reports the key itself.
    """
    schema = dereferenced_schema(name) if schema is None else schema
    yield path, data, schema
    if isinstance(data, dict):
        properties = schema.get("properties", {})
        for key, value in data.items():
            if key in properties:
                yield from walk(value, properties[key], (*path, key))
    elif isinstance(data, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(data):
            yield from walk(value, schema["items"], (*path, index))


def property_names(schema: Schema) -> list[str]:
    return list(schema.get("properties", {}))
