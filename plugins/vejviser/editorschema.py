"""The entry schema that editors read, generated: `schema/entry.schema.json`.

Every entry file starts with `# yaml-language-server: $schema=…/entry.schema.json`, so VS Code's YAML
extension (and any editor built on yaml-language-server) completes, explains and checks while one
types. That extension fully supports JSON Schema draft-07, and it shows `title`, `markdownDescription`,
`examples`, `defaultSnippets` (a new place, role, source or phone in one go) and, for an `enum`,
`markdownEnumDescriptions`. The file is made from two sources:

- `schema/entry.fields.json`, the hand-written schema the validator reads, where every field has a
  Danish `title` and a `description` written "dansk / English";
- the vocabularies (`content/vocabularies/*.yaml`, through `vejviser.vocabulary`): each `x-vocabulary`
  gets an `enum` of the terms' ids, labelled in Danish, so "ensomhd" is underlined and the right words
  are offered.

On the way, each description becomes its Danish half (`markdownDescription` adds the English half and,
for a vocabulary, the file to look in); a `$ref` with other keywords beside it is wrapped in `allOf`,
since draft-07 ignores a `$ref`'s siblings; weekdays get their Danish names and `supports` its fields'
titles. Everything else, `x-vocabulary` and `x-messages` included, is kept as it is, so the file is
still a complete description of the format. `vejviser schema` writes it; a test keeps it up to date.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from .i18n import weekday_names
from .validate.schema import Schema, entry_schema
from .vocabulary import Vocabularies

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
LANG = "da"
SEPARATOR = " / "  # between the Danish and the English half of a description


SITE_SCHEMA = Path("schema") / "entry.schema.json"


def editor_schema_file(content: Path | None = None) -> Path:
    """Where the generated schema lives, and where new entries' `$schema` line points: the site's own
    `schema/entry.schema.json` beside its content folder when it has one (`vejviser init` writes it
    from the site's vocabularies), else the engine's, next to `entry.fields.json` (this repository's
    site uses that one)."""
    if content is not None and (own := Path(content).resolve().parent / SITE_SCHEMA).is_file():
        return own
    return Path(str(resources.files("vejviser").joinpath("schema", "entry.schema.json")))


def editor_schema(vocabularies: Vocabularies, fields: Schema | None = None) -> Schema:
    """The draft-07 schema for editors, from the hand-written one (default: `entry_schema()`)."""
    fields = entry_schema() if fields is None else fields
    schema = _convert(fields, vocabularies, _field_titles(fields))
    return {"$schema": DRAFT_07, **{key: value for key, value in schema.items() if key != "$schema"}}


def render(schema: Schema) -> str:
    """The file's text: the same layout as the hand-written schema, so diffs stay readable."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def halves(description: str) -> tuple[str, str]:
    """`("dansk", "English")` from "dansk / English"."""
    danish, english = description.split(SEPARATOR, 1)
    return danish.strip(), english.strip()


def _convert(node: Any, vocabularies: Vocabularies, titles: dict[str, str]) -> Any:
    if isinstance(node, list):
        return [_convert(item, vocabularies, titles) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _convert(value, vocabularies, titles) for key, value in node.items()}
    if "$ref" in converted and len(converted) > 1:
        reference = converted.pop("$ref")
        converted["allOf"] = [{"$ref": reference}]
    if isinstance(node.get("description"), str) and SEPARATOR in node["description"]:
        danish, english = halves(node["description"])
        converted["description"] = danish
        converted["markdownDescription"] = f"{danish}\n\n*{english}*"
    vocabulary = node.get("x-vocabulary")
    if vocabulary:
        terms = list(vocabularies[vocabulary])
        converted["enum"] = [term.id for term in terms]
        converted["enumDescriptions"] = [term.label.get(LANG) for term in terms]
        converted["markdownEnumDescriptions"] = [f"**{term.label.get(LANG)}** · *{term.label.get('en')}*" for term in terms]
        where = f"Ordliste: `content/vocabularies/{vocabulary}.yaml`"
        converted["markdownDescription"] = "\n\n".join(part for part in (converted.get("markdownDescription"), where) if part)
    enum = node.get("enum")
    if enum == list(weekday_names(LANG)):
        converted["enumDescriptions"] = list(weekday_names(LANG).values())
    elif enum and all(value in titles for value in enum):
        converted["enumDescriptions"] = [titles[value] for value in enum]
    return converted


def _field_titles(fields: Schema) -> dict[str, str]:
    """Each entry field's Danish title by name, for the values of `sources.supports` (which are field
    names); a location's fields (`address`, `opening_hours`) count too."""
    titles: dict[str, str] = {}
    for properties in (fields["$defs"]["location"]["properties"], fields["properties"], fields["properties"]["contact"]["properties"]):
        titles.update({name: field["title"] for name, field in properties.items() if "title" in field})
    return titles
