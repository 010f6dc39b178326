"""libyaml's error → our located `Problem`, in words a contributor can act on.

PyYAML reports a broken file with the parser's own English (`mapping values are not allowed in this
context`, `did not find expected key` …) at the place where the parser gave up, which is often not
where the mistake is: an unclosed quote is reported at the end of the file. `located` turns such an
error into one of our message codes (see `messages/*.yaml`), at the place to fix.

It reads the parser's words only to tell kinds of error apart, and always has an answer: an error it
does not know becomes the generic `yaml-syntax`, which names no parser words. It understands both
libyaml's wording (`yaml.CSafeLoader`) and PyYAML's pure-Python wording (`yaml.SafeLoader`, used when
libyaml is missing and for absurdly nested files). Everything here runs only for a file that failed.
"""

from __future__ import annotations

import functools
import re

import yaml

from .problems import Problem

Position = tuple[int, int]  # 1-based line and column

# What YAML does not allow in a file (the same set as PyYAML's reader and libyaml).
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A field name as the schema and the vocabularies write them (`last_verified`, `drop-in`): lower case,
# so that text such as `- Ring: mandag: 10-12` is not taken for a field.
_KEY = r"[a-z_][a-z0-9_-]*"
_LINE_PARTS = re.compile(rf"(?P<prefix>[ \t]*(?:-[ \t]+)*(?:{_KEY}:[ \t]+)?)(?P<value>.*)")
_LOOKS_LIKE_A_FIELD = re.compile(rf"[ \t]*(?:-[ \t]+)*{_KEY}:(?:[ \t]|$)|[ \t]*-[ \t]")
# The parser's words (libyaml's and PyYAML's) for a value that starts with a character YAML reserves.
_NO_VALUE_STARTS_SO = ("cannot start any token", "sequence entries are not allowed", "mapping keys are not allowed")
_READ_AS_MARKUP = ("an alias", "an anchor", "a tag", "a directive")
_EXAMPLE_LENGTH = 70
_CLOSING = {"[": "]", "{": "}"}
_FLOW_EXAMPLE = {"[": "needs: [grief, loneliness]", "{": "summary: {da: Hej, en: Hello}"}


def located(error: yaml.YAMLError, text: str, path: str) -> Problem:
    """The problem to show for `error`, raised while parsing `text` (the file at `path`)."""
    if not isinstance(error, yaml.MarkedYAMLError):  # a reader error: a character YAML does not allow
        found = _NOT_PRINTABLE.search(text)
        if found:
            return Problem.at(path, _position_of(text, found.start()), "control-character", character=f"U+{ord(found.group()):04X}")
        return Problem.at(path, (1, 1), "yaml-syntax")
    return _Explainer(error, text, path).problem()


class _Explainer:
    """One parser error, with the text it was raised for: `problem()` asks the rules in turn."""

    def __init__(self, error: yaml.MarkedYAMLError, text: str, path: str):
        self.text = text
        self.lines = text.splitlines()
        self.path = path
        self.context = error.context or ""
        self.problem_text = error.problem or ""
        self.context_at = _position(error.context_mark)
        self.at = _position(error.problem_mark) or self.context_at or (1, 1)

    def problem(self) -> Problem:
        for rule in (self._unclosed_quote, self._tab, self._block_scalar, self._escape, self._colon, self._cannot_start, self._unclosed_flow, self._indentation):
            found = rule()
            if found:
                return found
        return self._problem(self.at, "yaml-syntax")

    # The rules, in order: the first that recognises the error answers.

    def _unclosed_quote(self) -> Problem | None:
        """A quote that is not closed where the contributor meant it to be: libyaml reads on to the next
        quote or the end of the file and fails there. Reported where the quote opens."""
        swallowing = self._scanned.swallowing_quote(self.lines)
        if swallowing is None and "quoted scalar" in self.context and ("end of stream" in self.problem_text or "document" in self.problem_text):
            swallowing = self.context_at
        if swallowing is None:
            return None
        line, column = swallowing
        text = self._line(line)
        quote = text[column - 1 : column]
        if quote not in ("'", '"'):
            return None
        example = _cut(text[:column].lstrip() + (text[column:].rstrip() or "…")) + quote
        return self._problem(swallowing, "yaml-quote-unclosed", quote=quote, example=example)

    def _tab(self) -> Problem | None:
        line, column = self.at
        text = self._line(line)
        indentation = text[: len(text) - len(text.lstrip(" \t"))]
        if "\t" in indentation:
            return self._problem((line, indentation.index("\t") + 1), "yaml-tab")
        if text[column - 1 : column] == "\t":
            return self._problem(self.at, "yaml-tab")
        return None

    def _block_scalar(self) -> Problem | None:
        if "block scalar" not in self.context or self.context_at is None:
            return None
        indicator = self._char(self.context_at)
        return self._problem(self.at, "yaml-block-scalar-header", indicator=indicator)

    def _escape(self) -> Problem | None:
        if "quoted scalar" not in self.context or "escape" not in self.problem_text and "hexdecimal" not in self.problem_text and "hexadecimal" not in self.problem_text:
            return None
        line, column = self.at
        backslash = self._line(line).rfind("\\", 0, column)
        where = (line, backslash + 1) if backslash >= 0 else self.at
        prefix, value = self._parts(self.context_at[0] if self.context_at else line)
        inner = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
        return self._problem(where, "yaml-backslash", example=prefix.lstrip() + quoted(inner, prefer="'"))

    def _colon(self) -> Problem | None:
        if not self.problem_text.startswith("mapping values are not allowed"):
            return None
        line, column = self.at
        before = self._line(line)[: column - 1]
        if re.search(r":[ \t]", before):  # `summary: Åbent: mandag`: a colon and a space inside a value
            prefix, value = self._parts(line)
            return self._problem(self.at, "yaml-colon-in-value", example=prefix.lstrip() + quoted(_without_comment(value)))
        # The colon ends a line that libyaml read as the continuation of a plain value above it: that
        # value lacks the space after its own colon, or this line is text with a colon in it, or a
        # field indented too far.
        missing_space = self._missing_space(line - 1)
        if missing_space:
            return missing_space
        if re.fullmatch(_KEY, before.strip()) is None:  # `    Åbent: mandag` under `da: Vi mødes`
            prefix, value = self._parts(line - 1)
            text = " ".join(part for part in (value, self._line(line).strip()) if part)
            return self._problem(self.at, "yaml-colon-in-value", example=prefix.lstrip() + quoted(_without_comment(text)))
        return self._problem(self._first_character(line), "yaml-indentation")

    def _cannot_start(self) -> Problem | None:
        problem = self.problem_text
        if any(words in problem for words in _NO_VALUE_STARTS_SO) or "node content" in problem and self._char(self.at) in "]},":
            where = self.at  # `name: @foo`, `summary: - mandag`, `name: ]`
        elif any(words in self.context for words in _READ_AS_MARKUP) and self.context_at:
            where = self.context_at  # `*vigtigt*`, `& co`, `!!!`: markup YAML reads as an alias, anchor, tag …
        else:
            return None
        line, column = where
        prefix, value = self._parts(line)
        if len(prefix) != column - 1:  # not at the start of a value: leave it to the rules after
            return None
        return self._problem(where, "yaml-needs-quotes", character=self._char(where), example=prefix.lstrip() + quoted(_without_comment(value)))

    def _unclosed_flow(self) -> Problem | None:
        if "flow" not in self.context and "flow" not in self.problem_text:
            return None
        opener = self._scanned.open_bracket
        if opener is None or opener[0] >= self.at[0]:
            return None  # something wrong inside a list on one line: the generic message
        bracket = self._char(opener)
        if bracket not in _CLOSING:
            return None
        return self._problem(opener, "yaml-flow-unclosed", bracket=bracket, closing=_CLOSING[bracket], example=_FLOW_EXAMPLE[bracket])

    def _indentation(self) -> Problem | None:
        problem = self.problem_text
        if "could not find expected ':'" in problem and self.context_at:
            line = self.context_at[0]  # a line without `key:` where libyaml needed one
            if ":" not in self._line(line):
                return self._problem(self._first_character(line), "yaml-missing-colon")
            return self._missing_space(line) or self._problem(self._first_character(line), "yaml-indentation")
        if not ("expected key" in problem or "expected <block end>" in problem or "<document start>" in problem or "'-' indicator" in problem):
            return None
        line, column = self.at
        first = self._first_character(line)
        if first[1] < column:  # text after a value on the same line, e.g. after its closing quote
            text = self._line(line)
            previous = text[: column - 1].rstrip()[-1:]
            if previous in ("'", '"'):
                prefix, value = self._parts(line)
                return self._problem(self.at, "yaml-after-quote", example=prefix.lstrip() + _requoted(_without_comment(value)))
            return None
        return self._problem(first, "yaml-indentation")

    # Helpers.

    @functools.cached_property
    def _scanned(self) -> "_Scan":
        return _scan(self.text, self.at)

    def _missing_space(self, line: int) -> Problem | None:
        """`summary:Åbent` (no space after the colon) on `line`, if that is what it holds."""
        text = self._line(line)
        found = re.match(rf"([ \t]*(?:-[ \t]+)?{_KEY}):(?=[^ \t:/])", text)
        if not found or re.search(r":[ \t]", text):
            return None
        example = (found.group(1) + ": " + text[found.end() :]).strip()
        return self._problem((line, found.end()), "yaml-colon-space", example=_cut(example))

    def _line(self, line: int) -> str:
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def _char(self, where: Position) -> str:
        line, column = where
        return self._line(line)[column - 1 : column] or " "

    def _parts(self, line: int) -> tuple[str, str]:
        found = _LINE_PARTS.fullmatch(self._line(line))
        return (found.group("prefix"), found.group("value").strip()) if found else ("", self._line(line).strip())

    def _first_character(self, line: int) -> Position:
        text = self._line(line)
        return line, len(text) - len(text.lstrip(" \t")) + 1

    def _problem(self, where: Position, code: str, **params: str) -> Problem:
        return Problem.at(self.path, where, code, **params)


class _Scan:
    """What PyYAML's pure-Python scanner saw before the error: quoted values and open brackets."""

    def __init__(self) -> None:
        self.quoted: list[tuple[Position, Position]] = []  # start and end of each quoted value over several lines
        self.open_brackets: list[Position] = []

    @property
    def open_bracket(self) -> Position | None:
        return self.open_brackets[-1] if self.open_brackets else None

    def swallowing_quote(self, lines: list[str]) -> Position | None:
        """The first quoted value that runs over a line which looks like a field of its own, at the
        quote's own indentation or less: a quote that was meant to close on its first line."""
        for (line, column), (end_line, _) in self.quoted:
            opening = lines[line - 1]
            indentation = len(opening) - len(opening.lstrip(" "))
            for inside in lines[line:end_line]:
                if _LOOKS_LIKE_A_FIELD.match(inside) and len(inside) - len(inside.lstrip(" \t")) <= indentation:
                    return line, column
        return None


def _scan(text: str, until: Position) -> _Scan:
    """Tokens up to `until` (or the scanner's own error), read with PyYAML's pure-Python scanner,
    which has no nesting limit and needs no lookahead when driven one token at a time."""
    scan = _Scan()
    try:
        scanner = yaml.SafeLoader(text.replace("\t", " "))  # tabs as spaces: libyaml allows more tabs than PyYAML
    except yaml.YAMLError:  # a character YAML does not allow, further on than libyaml had read
        return scan
    limit = until[0] - 1, until[1] - 1
    try:
        while not scanner.done:
            scanner.fetch_more_tokens()
            token = scanner.tokens[-1]
            start = token.start_mark
            if (start.line, start.column) >= limit:
                break
            kind = type(token)
            if kind is yaml.ScalarToken and token.style in ("'", '"') and token.end_mark.line > start.line:
                scan.quoted.append(((start.line + 1, start.column + 1), (token.end_mark.line + 1, token.end_mark.column + 1)))
            elif kind in (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken):
                scan.open_brackets.append((start.line + 1, start.column + 1))
            elif kind in (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken) and scan.open_brackets:
                scan.open_brackets.pop()
    except yaml.YAMLError:
        pass
    finally:
        scanner.dispose()
    return scan


def _position(mark: yaml.Mark | None) -> Position | None:
    return (mark.line + 1, mark.column + 1) if mark is not None else None


def _position_of(text: str, index: int) -> Position:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _without_comment(value: str) -> str:
    return re.split(r"[ \t]#", value, maxsplit=1)[0].rstrip()


def _requoted(value: str) -> str:
    """A value whose quotes went wrong (`"Vi kaldes "Ventilen""`), quoted so that it reads as meant."""
    if len(value) > 1 and value[0] in "'\"" and value[-1] == value[0]:
        value = value[1:-1]
    return quoted(value, prefer="'" if '"' in value else '"')


def quoted(value: str, prefer: str = '"') -> str:
    """`value` in quotes, as YAML reads it back: double quotes unless the text needs single ones."""
    if prefer == '"' and '"' not in value and "\\" not in value:
        return '"' + _cut(value) + '"'
    return "'" + _cut(value.replace("'", "''")) + "'"


def _cut(text: str) -> str:
    return text if len(text) <= _EXAMPLE_LENGTH else text[: _EXAMPLE_LENGTH - 1] + "…"
