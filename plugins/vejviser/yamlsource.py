"""Read one YAML content file safely, keeping the line and column of every value.

The reader never raises on bad input. It returns a `SourceDocument` whose `data` is plain JSON-like
Python (dict, list, str, int, float, bool, None) and whose `problems` say what was wrong, each located.
Hostile input is refused before it can cost anything: files over `MAX_BYTES`, invalid UTF-8, anchors and
aliases (the "billion laughs" bomb), custom tags, more than one document, absurd nesting.

Plain scalars that YAML 1.1 silently turns into something else (`no` → false, `12:30` → 750,
`2024-01-05` → a date) are remembered in `implicit` with their source text, so the validator can say
"put quotes around it" where a string was expected. Dates become ISO strings in `data`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32

Key = str | int
JsonPath = tuple[Key, ...]
Position = tuple[int, int]  # 1-based line and column

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class SourceDocument:
    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[JsonPath, Position] = field(default_factory=dict)
    key_positions: dict[JsonPath, Position] = field(default_factory=dict)
    implicit: dict[JsonPath, tuple[str, str]] = field(default_factory=dict)
    text: str = ""
    # Files that belong to this entry, e.g. its long description as Markdown: {"da": TextSource, …}
    companions: dict[str, "TextSource"] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(problem.is_error for problem in self.problems)

    def position(self, path: JsonPath) -> Position:
        """Where the value at `path` starts, or the nearest enclosing value that exists."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_position(self, path: JsonPath) -> Position:
        """Where the key of the mapping entry at `path` starts (falls back to the value)."""
        return self.key_positions.get(tuple(path)) or self.position(path)

    def problem(self, path: JsonPath, code: str, *, at_key: bool = False, **params: Any) -> Problem:
        where = self.key_position(path) if at_key else self.position(path)
        return Problem.at(self.path, where, code, **params)


@dataclass
class TextSource:
    """A plain text file (e.g. Markdown) read with the same limits as YAML: size, UTF-8, not empty."""

    path: str
    text: str = ""
    problems: list[Problem] = field(default_factory=list)


def read_file(path: str | Path, display_path: str | None = None) -> SourceDocument:
    shown = display_path or str(path)
    raw, problem = _read_raw(path, shown)
    return SourceDocument(shown, problems=[problem]) if problem else read_bytes(raw, shown)


def read_text_file(path: str | Path, display_path: str | None = None) -> TextSource:
    shown = display_path or str(path)
    raw, problem = _read_raw(path, shown)
    if problem:
        return TextSource(shown, problems=[problem])
    text, problem = _checked_text(raw, shown)
    return TextSource(shown, text or "", [problem] if problem else [])


def _read_raw(path: str | Path, shown: str) -> tuple[bytes, Problem | None]:
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1), None
    except OSError as error:
        return b"", Problem.at(shown, (1, 1), "file-unreadable", reason=error.strerror or str(error))


def _checked_text(raw: bytes, path: str) -> tuple[str | None, Problem | None]:
    """The decoded text, or the problem that stops it from being used."""
    if len(raw) > MAX_BYTES:
        return None, Problem.at(path, (1, 1), "file-too-large", limit_kib=MAX_BYTES // 1024)
    text, error_at = _decode(raw)
    if text is None:
        return None, Problem.at(path, error_at, "invalid-utf8")
    if "\x00" in text:
        return None, Problem.at(path, _position_of(text, text.index("\x00")), "control-character")
    if not text.strip():
        return None, Problem.at(path, (1, 1), "file-empty")
    return text, None


def read_bytes(raw: bytes, path: str) -> SourceDocument:
    doc = SourceDocument(path)
    text, problem = _checked_text(raw, path)
    if problem:
        doc.problems.append(problem)
        return doc
    doc.text = text
    if all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        return _fail(doc, (1, 1), "file-empty")
    try:
        if "&" in text or "*" in text or "!" in text:
            problem = _refused_construct(text, path)
            if problem:
                doc.problems.append(problem)
                return doc
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(part for part in (error.context, error.problem) if part)
        return _fail(doc, where, "yaml-syntax", detail=detail)
    except yaml.YAMLError as error:  # e.g. a reader error on a non-printable character
        return _fail(doc, _mark_of(error), "yaml-syntax", detail=str(getattr(error, "reason", error)))
    if root is None:
        return _fail(doc, (1, 1), "file-empty")
    if not isinstance(root, yaml.MappingNode):
        return _fail(doc, _start(root), "not-a-mapping")
    doc.data = _Builder(doc).build(root)
    return doc


def _fail(doc: SourceDocument, where: Position, code: str, **params: Any) -> SourceDocument:
    doc.problems.append(Problem.at(doc.path, where, code, **params))
    return doc


def _decode(raw: bytes) -> tuple[str | None, Position]:
    try:
        return raw.decode("utf-8-sig"), (1, 1)
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", "replace")) + 1
        return None, (line, column)


def _position_of(text: str, index: int) -> Position:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _start(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _mark_of(error: yaml.YAMLError) -> Position:
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        return mark.line + 1, mark.column + 1
    position = getattr(error, "position", None)
    return (1, position + 1) if isinstance(position, int) else (1, 1)


def _refused_construct(text: str, path: str) -> Problem | None:
    """Scan the event stream (cheap, in C) for anchors, aliases, custom tags and extra documents."""
    documents = 0
    for event in yaml.parse(text, Loader=_LOADER):
        where = (event.start_mark.line + 1, event.start_mark.column + 1)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                return Problem.at(path, where, "multiple-documents")
        elif isinstance(event, yaml.AliasEvent):
            return Problem.at(path, where, "yaml-alias")
        elif isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            return Problem.at(path, where, "yaml-anchor")
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in ("!", *_SCALAR_TAGS, f"{_TAG}seq", f"{_TAG}map"):
            return Problem.at(path, where, "yaml-tag", tag=tag)
    return None


class _Builder:
    """Turns a composed node tree into plain data, recording positions as it goes."""

    def __init__(self, doc: SourceDocument):
        self.doc = doc
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, root: yaml.Node) -> Any:
        return self._value(root, ())

    def _value(self, node: yaml.Node, path: JsonPath) -> Any:
        self.doc.positions[path] = _start(node)
        if len(path) > MAX_DEPTH:
            self.doc.problems.append(Problem.at(self.doc.path, _start(node), "too-deep", limit=MAX_DEPTH))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self._value(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.doc.problems.append(Problem.at(self.doc.path, _start(key_node), "key-not-text"))
                continue
            key = key_node.value
            child = (*path, key)
            if key in result:
                self.doc.problems.append(
                    Problem.at(self.doc.path, _start(key_node), "duplicate-key", key=key, first_line=self.doc.key_positions[child][0])
                )
                continue
            self.doc.key_positions[child] = _start(key_node)
            result[key] = self._value(value_node, child)
        return result

    def _scalar(self, node: yaml.ScalarNode, path: JsonPath) -> Any:
        if node.tag == f"{_TAG}str":
            return node.value
        try:
            value = self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):
            # e.g. an impossible date such as 2024-02-30: keep the text, the validator reports it.
            value = node.value
        if not node.style:  # a plain scalar that YAML resolved to a non-string type (C loader: "")
            self.doc.implicit[path] = (node.tag.removeprefix(_TAG), node.value)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        return value
