"""The `vejviser` command: `vejviser validate [PATH…]`, `vejviser new "Navn"`, `vejviser init ny-side`, `vejviser import liste.xlsx` …

Each command is a module with `add_parser(subparsers, lang)` and `run(args) -> int`; registering one
is adding it to `COMMANDS`. Messages are Danish unless `--lang en` is given. Exit codes: 0 all good,
1 problems in the content, 2 wrong usage. An unexpected error prints one short line and exits 2; set
`VEJVISER_DEBUG=1` to get the traceback instead (the tests do).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from typing import NoReturn, Sequence

from ..problems import LANGUAGES, render_message
from . import changes, codeowners, comment, freshness, init, new, previewpage, schema, sheet_export, sheet_import, validate

COMMANDS = (validate, new, init, codeowners, freshness, changes, comment, previewpage, schema, sheet_import, sheet_export)
USAGE_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = requested_language(argv)
    parser = _parser(lang)
    try:
        args = parser.parse_args(argv)
        return args.run(args)
    except SystemExit as exit:  # argparse after --help or a usage error
        return exit.code if isinstance(exit.code, int) else USAGE_ERROR
    except Exception as error:
        if os.environ.get("VEJVISER_DEBUG"):
            raise
        print(render_message("cli-internal-error", {"detail": f"{type(error).__name__}: {error}"}, lang), file=sys.stderr)
        return USAGE_ERROR


def requested_language(argv: list[str]) -> str:
    """The `--lang` value, read before parsing so help and usage errors are in that language too."""
    for index, argument in enumerate(argv):
        value = argument.removeprefix("--lang=") if argument.startswith("--lang=") else None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in LANGUAGES:
            return value
    return "da"


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors in the chosen language."""

    def __init__(self, *args, lang: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(render_message("cli-usage-error", {"detail": message}, self.lang), file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def _parser(lang: str) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=render_message("cli-lang-help", {}, lang))
    parser = _Parser(prog="vejviser", description=render_message("cli-description", {}, lang), parents=[common], lang=lang)
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=functools.partial(_Parser, lang=lang))
    for command in COMMANDS:
        command.add_parser(subparsers, lang, parents=[common])
    parser.set_defaults(lang=lang)
    return parser
