"""JSON Schema errors translated into friendly findings: one mistake, one message.

jsonschema reports by keyword (`type`, `required`, `additionalProperties` …). Each becomes a message
code; a schema may name its own code for a keyword with `x-messages`. Where one mistake trips several
keywords at the same place (a wrong date fails both `pattern` and `format`), only the most telling one
is kept.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any, Iterable

import jsonschema_rs

from ..yamlsource import JsonPath, SourceDocument
from .findings import Finding, shown
from .formats import FormatProblem
from .schema import ENTRY, at_schema_path, fast_validator, property_names, reference_validator
from .splittext import split_text_findings

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

# When a value trips several keywords, the first of these names the mistake.
_VALUE_KEYWORDS = (
    "type", "enum", "const", "pattern", "format", "minLength", "maxLength",
    "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "anyOf",
)  # fmt: skip
# Keywords about an object's keys: each is its own mistake.
_OBJECT_KEYWORDS = ("additionalProperties", "required", "minProperties")

# What YAML turned an unquoted value into, by its resolved tag.
_QUOTE_KINDS = {"int": "number", "float": "number", "bool": "bool", "timestamp": "date"}

_TYPE_NAMES = ("object", "array", "string", "integer", "number", "boolean", "null")


def schema_findings(doc: SourceDocument, schema: str = ENTRY) -> list[Finding]:
    """What the JSON Schema `schema` (see `schema.content_schema`) finds wrong in the document."""
    if fast_validator(schema).is_valid(doc.data):
        return []
    errors = list(reference_validator(schema).iter_errors(doc.data))
    if not errors:  # Rust is stricter in a corner: ECMA's `$` does not match before a final newline
        return [_fallback_finding(error, schema) for error in fast_validator(schema).iter_errors(doc.data)]
    findings: list[Finding] = []
    for path, group in _by_path(errors).items():
        findings.extend(_object_findings(doc, path, [e for e in group if e.validator in _OBJECT_KEYWORDS]))
        value_errors = [e for e in group if e.validator not in _OBJECT_KEYWORDS]
        if value_errors:
            findings.append(_value_finding(doc, path, min(value_errors, key=_rank)))
    return findings


def _fallback_finding(error: jsonschema_rs.ValidationError, schema: str) -> Finding:
    path = tuple(error.instance_path)
    keyword = error.schema_path[-1]
    code = at_schema_path(error.schema_path[:-1], schema).get("x-messages", {}).get(keyword, "value-wrong-form")
    return Finding(path, code, {"value": shown(error.instance), "field": field_name(path)})


def _by_path(errors: Iterable[ValidationError]) -> dict[JsonPath, list[ValidationError]]:
    groups: dict[JsonPath, list[ValidationError]] = {}
    for error in errors:
        groups.setdefault(tuple(error.absolute_path), []).append(error)
    return groups


def _rank(error: ValidationError) -> int:
    keyword = str(error.validator)
    return _VALUE_KEYWORDS.index(keyword) if keyword in _VALUE_KEYWORDS else len(_VALUE_KEYWORDS)


def _object_findings(doc: SourceDocument, path: JsonPath, errors: list[ValidationError]) -> list[Finding]:
    findings: list[Finding] = []
    suggested: set[str] = set()
    for error in (e for e in errors if e.validator == "additionalProperties"):
        known = property_names(error.schema)
        split, explained = split_text_findings(doc, path, error.instance, lambda key: key not in known and _closest(key, known) is None)
        findings.extend(split)
        for key in (key for key in error.instance if key not in known and key not in explained):
            suggestion = _closest(key, known)
            if suggestion:
                suggested.add(suggestion)
                findings.append(Finding((*path, key), "unknown-key", {"key": key, "suggestion": suggestion}, at_key=True))
            else:
                findings.append(Finding((*path, key), "unknown-key-no-suggestion", {"key": key, "allowed": ", ".join(known)}, at_key=True))
    for error in (e for e in errors if e.validator == "required"):
        for key in error.validator_value:
            if key not in error.instance and key not in suggested:
                code = _custom_code(error) or "required-missing"  # placed on the object: the key has no line
                findings.append(Finding((*path, key), code, {"key": key, "field": field_name(path)}))
    for error in (e for e in errors if e.validator == "minProperties"):
        findings.append(Finding(path, "value-empty", {"field": field_name(path)}))
    return findings


def _closest(key: str, known: list[str]) -> str | None:
    lowered = {name.lower(): name for name in known}
    if key.lower() in lowered:
        return lowered[key.lower()]
    normalised = key.lower().replace("-", "_").replace(" ", "_")
    matches = difflib.get_close_matches(normalised, list(lowered), n=1, cutoff=0.6)
    return lowered[matches[0]] if matches else None


def _value_finding(doc: SourceDocument, path: JsonPath, error: ValidationError) -> Finding:
    field = field_name(path)
    keyword = str(error.validator)
    value = error.instance
    custom = _custom_code(error)
    if keyword == "anyOf":
        if custom:
            return Finding(path, custom)
        return _value_finding(doc, path, _best_branch_error(error))
    if value is None or value == "" or value == [] or value == {}:
        if keyword in ("type", "minLength", "minItems"):
            return Finding(path, "value-empty", {"field": field})
    if keyword == "type":
        return _type_finding(doc, path, error, custom)
    if keyword == "format":
        code = error.cause.code if isinstance(error.cause, FormatProblem) else None
        return Finding(path, code or custom or "format-invalid", {"value": shown(value), "field": field})
    if keyword == "enum":
        return Finding(path, custom or "value-not-allowed", {"value": shown(value), "allowed": ", ".join(map(str, error.validator_value))})
    if keyword == "uniqueItems":
        return Finding(path, "list-duplicate", {"field": field, "value": shown(_first_repeat(value))})
    if keyword in ("minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"):
        size = len(value) if isinstance(value, (str, list)) else value
        return Finding(path, custom or f"limit-{keyword}", {"field": field, "limit": error.validator_value, "size": size})
    return Finding(path, custom or "value-wrong-form", {"value": shown(value), "field": field})


def _type_finding(doc: SourceDocument, path: JsonPath, error: ValidationError, custom: str | None) -> Finding:
    field = field_name(path)
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    if error.schema.get("format") == "date":
        return Finding(path, "type-date", {"field": field})
    implicit = doc.implicit.get(path)
    if implicit and "string" in expected:
        return quote_finding(path, *implicit)
    if custom:
        return Finding(path, custom, {"field": field})
    wanted = next((name for name in _TYPE_NAMES if name in expected), "string")
    return Finding(path, f"type-{wanted}", {"field": field, "value": shown(error.instance)})


def quote_finding(path: JsonPath, tag: str, text: str) -> Finding:
    """A plain YAML scalar that was read as something other than the text it looks like."""
    kind = "time" if tag == "int" and ":" in text else _QUOTE_KINDS[tag]
    return Finding(path, f"quote-{kind}", {"field": field_name(path), "text": text})


def _best_branch_error(error: ValidationError) -> ValidationError:
    """Of an `anyOf`'s failing branches, the error from the branch the value was most likely meant for."""
    candidates = [e for e in error.context if e.validator != "type"] or list(error.context)
    if all(e.validator == "type" for e in candidates):
        formats = [e for e in candidates if e.schema.get("format")]
        return (formats or candidates)[0]
    return min(candidates, key=_rank)


def _custom_code(error: ValidationError) -> str | None:
    messages = error.schema.get("x-messages") if isinstance(error.schema, dict) else None
    return messages.get(str(error.validator)) if messages else None


def _first_repeat(values: list[Any]) -> Any:
    seen: list[Any] = []
    for value in values:
        if value in seen:
            return value
        seen.append(value)
    return None


def field_name(path: JsonPath) -> str:
    """The name a contributor sees for the value at `path`: its key, or its list's key."""
    return next((part for part in reversed(path) if isinstance(part, str)), "")
