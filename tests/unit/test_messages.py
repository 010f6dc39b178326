"""Every message a contributor can get exists in Danish and English, with the same placeholders."""

from __future__ import annotations

import ast
import json
import string

import pytest
import yaml

from vejviser.problems import render_message
from vejviser.validate.structure import _QUOTE_KINDS, _TYPE_NAMES, _VALUE_KEYWORDS

from .conftest import REPO

PACKAGE = REPO / "plugins" / "vejviser"
CATALOGS = {lang: yaml.safe_load((PACKAGE / "messages" / f"{lang}.yaml").read_text("utf-8")) for lang in ("da", "en")}
# Functions whose string arguments are message codes: Finding(path, code), Problem.at(path, where, code) …
_CODE_TAKERS = {"Finding", "at", "render_message", "FormatProblem", "MarkdownIssue", "_problem", "problem", "_fail"}


def _codes_in_source() -> set[str]:
    codes = set()
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in _CODE_TAKERS:
                    codes |= {arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "-" in arg.value}
    return codes


def _codes_in_schema() -> set[str]:
    codes: set[str] = set()

    def visit(node):
        if isinstance(node, dict):
            codes.update(node.get("x-messages", {}).values())
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for schema in (PACKAGE / "schema").glob("*.json"):  # the entry's (hand-written and generated) and every kind's (vejviser.kinds)
        visit(json.loads(schema.read_text("utf-8")))
    return codes


def _codes_made_at_run_time() -> set[str]:
    """Codes the code composes: `type-<type>`, `quote-<kind>`, `limit-<keyword>`, `count-<noun>-<number>`."""
    return (
        {f"type-{name}" for name in _TYPE_NAMES}
        | {f"quote-{kind}" for kind in (*_QUOTE_KINDS.values(), "time")}
        | {f"limit-{keyword}" for keyword in _VALUE_KEYWORDS if keyword.startswith(("min", "max"))}
        | {f"count-{noun}-{number}" for noun in ("entries", "errors", "warnings", "files") for number in ("one", "other")}
    )


ALL_CODES = sorted(_codes_in_source() | _codes_in_schema() | _codes_made_at_run_time())


def test_the_source_really_uses_message_codes():
    assert {"unknown-key", "slug-invalid", "html-in-markdown", "phone-invalid", "new-written"} <= set(ALL_CODES)


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_has_a_danish_and_an_english_message(code):
    assert code in CATALOGS["da"], f"{code} missing in da.yaml"
    assert code in CATALOGS["en"], f"{code} missing in en.yaml"


def test_both_catalogs_have_the_same_codes():
    assert set(CATALOGS["da"]) == set(CATALOGS["en"])


@pytest.mark.parametrize("code", sorted(CATALOGS["da"]))
def test_same_placeholders_in_both_languages(code):
    def placeholders(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    assert placeholders(CATALOGS["da"][code]) == placeholders(CATALOGS["en"].get(code, ""))


def test_messages_render_with_their_placeholders():
    params = {"key": "nmae", "suggestion": "name"}
    assert render_message("unknown-key", params, "da") == "ukendt felt 'nmae'. Mente du 'name'?"
    assert render_message("unknown-key", params, "en") == "unknown field 'nmae'. Did you mean 'name'?"


def test_unknown_language_falls_back_to_danish():
    assert render_message("warning-prefix", {}, "fr") == "advarsel"
