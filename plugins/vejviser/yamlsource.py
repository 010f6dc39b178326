"""Read one YAML content file safely, keeping the line and column of every value.

The reader never raises on bad input. It returns a `SourceDocument` whose `data` is plain JSON-like
Python (dict, list, str, int, float, bool, None) and whose `problems` say what was wrong, each located.
Hostile input is refused before it can cost anything: files over `MAX_BYTES`, invalid UTF-8, anchors and
aliases (the "billion laughs" bomb), custom tags, more than one document, absurd nesting. A file YAML
cannot read gets one problem in our own words, at the place to fix (see `yamlerrors`).

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
from .yamlerrors import located

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32

Key = str | int
JsonPath = tuple[Key, ...]
Position = tuple[int, int]  # 1-based line and column

_TAG = "tag:yaml.org,2002:"
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

    def for_checks_across(self) -> "SourceDocument":
        """This document reduced to what the checks across files read: its path, its name and where
        the name and the document start. Small to keep, and to send from one process to another."""
        name: JsonPath = ("name",)
        return SourceDocument(
            self.path,
            {key: value for key, value in self.data.items() if key == "name"} if isinstance(self.data, dict) else None,
            positions={path: self.positions[path] for path in ((), name) if path in self.positions},
            key_positions={name: self.key_positions[name]} if name in self.key_positions else {},
        )

    def problem(self, path: JsonPath, code: str, *, at_key: bool = False, **params: Any) -> Problem:
        where = self.key_position(path) if at_key else self.position(path)
        return Problem.at(self.path, where, code, **params)


@dataclass
class TextSource:
    """A plain text file (e.g. Markdown) read with the same limits as YAML: size, UTF-8, not empty."""

    path: str
    text: str = ""
    problems: list[Problem] = field(default_factory=list)


def read_file(path: str | Path, display_path: str | None = None, raw: bytes | None = None) -> SourceDocument:
    """The file at `path`, or its bytes `raw` when the caller has read them already."""
    shown = display_path or str(path)
    raw, problem = _read_raw(path, shown) if raw is None else (raw, None)
    return SourceDocument(shown, problems=[problem]) if problem else read_bytes(raw, shown)


def read_text_file(path: str | Path, display_path: str | None = None, raw: bytes | None = None) -> TextSource:
    shown = display_path or str(path)
    raw, problem = _read_raw(path, shown) if raw is None else (raw, None)
    if problem:
        return TextSource(shown, problems=[problem])
    text, problem = _checked_text(raw, shown)
    return TextSource(shown, text or "", [problem] if problem else [])


def _read_raw(path: str | Path, shown: str) -> tuple[bytes, Problem | None]:
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1), None
    except FileNotFoundError:
        return b"", Problem.at(shown, (1, 1), "file-missing")
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
        return None, Problem.at(path, _position_of(text, text.index("\x00")), "control-character", character="U+0000")
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
        problem = _Builder(doc).build(text)
    except yaml.YAMLError as error:
        problem = located(error, text, path)
    if problem:
        doc.data = None
        doc.problems.append(problem)
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


# Explicit tags allowed (`!!str 12:30` is a way of quoting); anything else, even `!!int`, is refused.
_STR = f"{_TAG}str"
_COLLECTION_TAGS = frozenset((None, "!", f"{_TAG}seq", f"{_TAG}map"))
_ALLOWED_TAGS = {yaml.ScalarEvent: frozenset((None, "!", _STR)), yaml.MappingStartEvent: _COLLECTION_TAGS, yaml.SequenceStartEvent: _COLLECTION_TAGS}
_COLLECTION_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
# A plain scalar whose first character starts none of YAML's implicit types (bool, int, float, null,
# timestamp, merge …) is a string without asking the resolver.
_RESOLVED_FIRST = frozenset(yaml.resolver.Resolver.yaml_implicit_resolvers)
_EXPECT_KEY = object()  # a mapping waiting for its next key
_SKIP = object()  # a mapping whose next value is dropped (it belongs to a duplicate key)


class _Builder:
    """Builds plain data straight from libyaml's event stream, recording positions as it goes.

    One pass, no recursion, nothing built before it is checked: anchors, aliases, custom tags, a
    second document and nesting deeper than `MAX_DEPTH` stop the build at the first such event.
    (PyYAML's own composer recurses in C, so deep enough input would crash the process.) Events are
    told apart by their exact class (the parser makes no subclasses), as this loop runs for every one
    of a build's millions of events.
    """

    def __init__(self, doc: SourceDocument):
        self.doc = doc
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.stack: list[list[Any]] = []  # open collections: [container, path, pending key]
        self.skipping = 0  # depth inside a value that is being dropped

    def build(self, text: str) -> Problem | None:
        """Fill `doc.data`; the problem that stopped the build, if any."""
        documents = 0
        if _flow_deeper_than(text, MAX_DEPTH):
            # Read with PyYAML's pure-Python parser, which has no nesting limit of its own: this loop
            # refuses the file at the right bracket with our own message, before libyaml's limit (1000
            # levels, reached while it looks ahead for keys) can answer in English. Tabs are read as
            # spaces, as libyaml allows more of them; the file is refused either way.
            loader = yaml.SafeLoader(text.replace("\t", " "))
        else:
            loader = _LOADER(text)
        try:
            while loader.check_event():
                event = loader.get_event()
                kind = type(event)
                if kind in _ALLOWED_TAGS:
                    problem = self._node(event, kind)
                    if problem:
                        return problem
                elif kind in _COLLECTION_ENDS:
                    if self.skipping:
                        self.skipping -= 1
                    else:
                        self.stack.pop()
                elif kind is yaml.AliasEvent:
                    return self._problem(_where(event), "yaml-alias")
                elif kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        return self._problem(_where(event), "multiple-documents")
        finally:
            loader.dispose()
        if self.doc.data is None:
            return self._problem((1, 1), "file-empty")
        return None

    def _node(self, event: yaml.NodeEvent, kind: type) -> Problem | None:
        where = _where(event)
        if event.anchor is not None:
            return self._problem(where, "yaml-anchor")
        if event.tag not in _ALLOWED_TAGS[kind]:
            return self._problem(where, "yaml-tag", tag=event.tag)
        is_collection = kind is not yaml.ScalarEvent
        if is_collection and len(self.stack) + self.skipping >= MAX_DEPTH:
            return self._problem(where, "too-deep", limit=MAX_DEPTH)
        if self.skipping:
            self.skipping += is_collection
            return None
        if not self.stack:
            if not is_collection and event.value == "" and not event.style:
                return self._problem((1, 1), "file-empty")  # e.g. only "---"
            if kind is not yaml.MappingStartEvent:
                return self._problem(where, "not-a-mapping")
            self.doc.data = {}
            self.doc.positions[()] = where
            self.stack.append([self.doc.data, (), _EXPECT_KEY])
            return None
        frame = self.stack[-1]
        container, path, pending = frame
        in_list = type(container) is list
        if in_list:
            child = (*path, len(container))
        elif pending is _EXPECT_KEY:
            return self._key(frame, event, where)
        elif pending is _SKIP:
            frame[2] = _EXPECT_KEY
            self.skipping += is_collection
            return None
        else:
            child = (*path, pending)
            frame[2] = _EXPECT_KEY
        self.doc.positions[child] = where
        if is_collection:
            value: Any = {} if kind is yaml.MappingStartEvent else []
            self.stack.append([value, child, _EXPECT_KEY])
        else:
            value = self._scalar(event, child)
        if in_list:
            container.append(value)
        else:
            container[child[-1]] = value
        return None

    def _key(self, frame: list[Any], event: yaml.NodeEvent, where: Position) -> Problem | None:
        if type(event) is not yaml.ScalarEvent:
            return self._problem(where, "key-not-text")
        container, path, _ = frame
        key = event.value
        child = (*path, key)
        if key in container:
            first_line = self.doc.key_positions[child][0]
            self.doc.problems.append(Problem.at(self.doc.path, where, "duplicate-key", key=key, first_line=first_line))
            frame[2] = _SKIP
        else:
            self.doc.key_positions[child] = where
            frame[2] = key
        return None

    def _scalar(self, event: yaml.ScalarEvent, path: JsonPath) -> Any:
        if event.tag is None and (event.style or event.value[:1] not in _RESOLVED_FIRST):
            return event.value  # quoted, a block, or plain text no implicit type starts with
        tag = event.tag or self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in (_STR, "!"):
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.constructor.yaml_constructors[tag](self.constructor, node)
        except (yaml.YAMLError, ValueError, OverflowError):
            # e.g. an impossible date such as 2024-02-30: keep the text, the validator reports it.
            value = event.value
        if not event.style:  # a plain scalar that YAML resolved to a non-string type (C loader: "")
            self.doc.implicit[path] = (tag.removeprefix(_TAG), event.value)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        return value

    def _problem(self, where: Position, code: str, **params: Any) -> Problem:
        return Problem.at(self.doc.path, where, code, **params)


def _flow_deeper_than(text: str, limit: int) -> bool:
    """Whether brackets (`[`, `{`) in `text` ever nest more than `limit` deep.

    Free for a file with at most `limit` brackets in all (every real entry); otherwise PyYAML's
    pure-Python scanner reads it one token at a time (no lookahead, so no limit of its own can
    answer) and stops at the first bracket past the limit. A file the scanner cannot read is left to
    the parser, which fails at the same place. Tabs are read as spaces, as libyaml allows more of them.
    (True also for a file with a character YAML does not allow: refused at that character either way.)
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    try:
        scanner = yaml.SafeLoader(text.replace("\t", " "))
    except yaml.YAMLError:  # a character YAML does not allow: the pure-Python parser says where
        return True
    try:
        while not scanner.done:
            scanner.fetch_more_tokens()
            if scanner.flow_level > limit:
                return True
    except yaml.YAMLError:
        pass
    finally:
        scanner.dispose()
    return False


def _where(event: yaml.Event) -> Position:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1
