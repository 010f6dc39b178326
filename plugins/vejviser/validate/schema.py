"""The entry JSON Schema: loaded and compiled once, and walked alongside the data.

The schema is the one place that knows the fields. Besides standard keywords it carries annotations the
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
from typing import Any, Iterator

import jsonschema

from ..yamlsource import JsonPath
from .formats import FORMAT_CHECKER

Schema = dict[str, Any]


@functools.cache
def entry_schema() -> Schema:
    return json.loads(resources.files("vejviser").joinpath("schema", "entry.schema.json").read_text("utf-8"))


@functools.cache
def entry_validator() -> jsonschema.protocols.Validator:
    schema = entry_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=FORMAT_CHECKER)


def resolve(schema: Schema) -> Schema:
    """Follow a local `$ref` (`#/$defs/name`), keeping the referring schema's own keywords on top."""
    reference = schema.get("$ref")
    if reference is None:
        return schema
    target: Any = entry_schema()
    for part in reference.removeprefix("#/").split("/"):
        target = target[part]
    return {**resolve(target), **{key: value for key, value in schema.items() if key != "$ref"}}


def alternatives(schema: Schema) -> list[Schema]:
    """The schema itself and, resolved, each `anyOf` branch (e.g. `last_verified`: a date or empty)."""
    return [schema, *(resolve(branch) for branch in schema.get("anyOf", ()))]


def annotation(schema: Schema, keyword: str) -> Any:
    """The first value of `keyword` in the schema or any of its alternatives."""
    for candidate in alternatives(schema):
        if keyword in candidate:
            return candidate[keyword]
    return None


def walk(data: Any, schema: Schema | None = None, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any, Schema]]:
    """Every value in `data` that the schema describes, with its path and (resolved) schema.

    Values under unknown keys are skipped: the schema check already reports the key itself.
    """
    schema = resolve(entry_schema() if schema is None else schema)
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
