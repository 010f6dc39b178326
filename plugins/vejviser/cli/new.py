"""`vejviser new "Navn på foreningen"`: write `content/associations/<slug>.yaml` from a commented template.

The required facts (summary, needs, areas) come from options, or from questions when run in a
terminal, never from placeholders: a skeleton that validates with made-up text would let made-up text
reach the site. Every optional field is in the file as a commented example with a Danish and an
English explanation. The file is validated
before it is written (it must pass `vejviser validate` as it is), and an existing entry is never
overwritten.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import string
import sys
from importlib import resources
from pathlib import Path

from ..builddate import build_date
from ..content import ENTRY_DIR, ENTRY_SUFFIXES, VOCABULARY_DIR, read_entries
from ..problems import render_message
from ..slug import slugify
from ..validate import check_documents
from ..vocabulary import Vocabularies, load_vocabularies
from ..yamlsource import read_bytes
from .report import print_problems, summary
from .validate import DEFAULT_CONTENT

_OPTIONS = (  # (flag, message code of its help, argparse keywords)
    ("--summary", "new-summary-help", {}),
    ("--summary-en", "new-summary-en-help", {}),
    ("--need", "new-need-help", {"action": "append", "dest": "needs"}),
    ("--area", "new-area-help", {"action": "append", "dest": "areas"}),
    ("--kind", "new-kind-help", {"default": "association"}),
    ("--phone", "new-phone-help", {"action": "append", "dest": "phones", "default": []}),
    ("--email", "new-email-help", {}),
    ("--website", "new-website-help", {}),
    ("--maintainer", "new-maintainer-help", {"action": "append", "dest": "maintainers", "default": []}),
)
# What `new` asks for in a terminal when the option is not given: (option, attribute, vocabulary or None).
_QUESTIONS = (("--summary", "summary", None), ("--need", "needs", "needs"), ("--area", "areas", "areas"))


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("new", parents=parents, help=render_message("new-help", {}, lang))
    parser.add_argument("name", help=render_message("new-name-help", {}, lang))
    for flag, help_code, keywords in _OPTIONS:
        parser.add_argument(flag, help=render_message(help_code, {}, lang), **keywords)
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR", help=render_message("cli-content-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    slug = slugify(args.name)
    if not slug:
        print(render_message("new-name-invalid", {}, lang), file=sys.stderr)
        return 2
    if not args.content.is_dir():
        print(render_message("validate-path-missing", {"path": args.content}, lang), file=sys.stderr)
        return 2
    folder = args.content / ENTRY_DIR
    existing = next((file for file in (folder / f"{slug}{suffix}" for suffix in ENTRY_SUFFIXES) if file.exists()), None)
    if existing:
        print(render_message("new-exists", {"path": existing}, lang), file=sys.stderr)
        return 1
    vocabularies, problems = load_vocabularies(args.content / VOCABULARY_DIR)
    missing = _ask_for_missing(args, vocabularies, lang)
    if missing:
        print(render_message("new-missing", {"options": ", ".join(missing)}, lang), file=sys.stderr)
        return 2
    path = folder / f"{slug}{ENTRY_SUFFIXES[0]}"
    text = render_entry(args, slug, path, build_date())
    doc = read_bytes(text.encode("utf-8"), str(path))
    problems += [*doc.problems, *check_documents([doc], vocabularies, today=build_date(), others=read_entries(args.content))]
    print_problems(problems, lang, sys.stdout)
    if any(problem.is_error for problem in problems):
        print(summary(problems, 0, lang))
        print(render_message("new-not-written", {"path": path}, lang))
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(text)
    print(render_message("new-written", {"path": path}, lang))
    return 0


def render_entry(args: argparse.Namespace, slug: str, path: Path, today: datetime.date) -> str:
    template = string.Template(resources.files("vejviser.cli").joinpath("entry-template.yaml").read_text("utf-8"))
    summary_lines = [f"  da: {_quoted(args.summary)}"] + ([f"  en: {_quoted(args.summary_en)}"] if args.summary_en else [])
    return template.substitute(
        schema=Path(os.path.relpath(resources.files("vejviser").joinpath("schema", "entry.schema.json"), path.parent.resolve())).as_posix(),
        path=path,
        slug=slug,
        name=_quoted(args.name),
        kind=_quoted(args.kind),
        summary="\n".join(summary_lines),
        needs=_quoted(args.needs),
        areas=_quoted(args.areas),
        added=today.isoformat(),
        contact=_contact(args),
        maintainers=f"maintainers: {_quoted(args.maintainers)}\n" if args.maintainers else '# maintainers: ["@github-brugernavn"]\n',
    )


def _contact(args: argparse.Namespace) -> str:
    if not (args.phones or args.email or args.website):
        return '# contact:\n#   phones:\n#     - number: "NN NN NN NN"\n#   email: kontakt@forening.dk\n#   website: https://www.forening.dk\n'
    lines = ["contact:"]
    if args.phones:
        lines += ["  phones:", *(f"    - number: {_quoted(number)}" for number in args.phones)]
    lines += [f"  {key}: {_quoted(value)}" for key, value in (("email", args.email), ("website", args.website)) if value]
    return "\n".join(lines) + "\n"


def _quoted(value: object) -> str:
    """A YAML value that is read back exactly as given (JSON is valid YAML, and always quoted)."""
    return json.dumps(value, ensure_ascii=False)


def _ask_for_missing(args: argparse.Namespace, vocabularies: Vocabularies, lang: str) -> list[str]:
    """Ask for each required fact not given as an option; in a terminal only. The options still missing."""
    missing = []
    for option, attribute, vocabulary in _QUESTIONS:
        if getattr(args, attribute):
            continue
        if not sys.stdin.isatty():
            missing.append(option)
            continue
        choices = ", ".join(vocabularies[vocabulary].terms) if vocabulary else ""
        answer = input(render_message(f"new-ask-{attribute}", {"choices": choices}, lang) + " ").strip()
        setattr(args, attribute, [term.strip() for term in answer.split(",") if term.strip()] if vocabulary else answer)
        if not getattr(args, attribute):
            missing.append(option)
    return missing
