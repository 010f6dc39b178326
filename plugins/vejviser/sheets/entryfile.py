"""An entry's data as the text of its YAML file, the way the validator reads it back unchanged.

Keys come in the schema's order (an existing file keeps its own order, new keys go where the schema
puts them), text over several lines is written as a `|` block, lists of plain values on one line, and no anchors or aliases are ever
written (the validator refuses them). An existing file's opening comment lines are kept; comments
further down cannot be (`comments_lost` says whether there were any).
"""

from __future__ import annotations

import copy
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..validate.schema import entry_schema
from ..yamlsource import SourceDocument


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml's emitter: 10x faster at thousands of rows
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def with_descriptions(doc: SourceDocument) -> dict:
    """The entry's data with the descriptions kept in Markdown files (`<slug>.da.md`) in it."""
    data = copy.deepcopy(doc.data)
    for lang, companion in doc.companions.items():
        data.setdefault("description", {})[lang] = companion.text
    return data


def ordered(data: dict) -> dict:
    """The entry's keys in the schema's order (keys the schema does not know last)."""
    order = list(entry_schema()["properties"])
    return dict(sorted(data.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


def entry_text(data: dict, header: list[str]) -> str:
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100)
    return "".join(f"{line}\n" for line in header) + body


def leading_comments(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def comments_lost(text: str) -> bool:
    """Whether a file has comments after its opening ones (rewriting it loses them)."""
    rest = text.splitlines()[len(leading_comments(text)) :]
    return any(line.lstrip().startswith("#") or " #" in line for line in rest)


def schema_comment(path: Path) -> str:
    schema = resources.files("vejviser").joinpath("schema", "entry.schema.json")
    relative = Path(os.path.relpath(str(schema), path.parent.resolve())).as_posix()
    return f"# yaml-language-server: $schema={relative}"
