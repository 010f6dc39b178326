"""`vejviser new "Navn på foreningen"`: write `content/associations/<slug>.yaml` from a commented template.

The required facts (summary, needs, areas) come from options, or from questions when run in a
terminal (which also ask, optionally, for a phone and an e-mail), never from placeholders: a skeleton that validates with made-up text would let made-up text
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
from ..editorschema import editor_schema_file
from ..problems import render_message
from ..slug import slugify
from ..validate import check_documents
from ..validate.formats import FormatProblem, is_danish_phone, is_email
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
# What `new` needs and asks for in a terminal when the option is not given: (option, attribute, vocabulary or None).
_QUESTIONS = (("--summary", "summary", None), ("--need", "needs", "needs"), ("--area", "areas", "areas"))
SUMMARY_MAX = 300


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
    try:
        missing = _ask_for_missing(args, vocabularies, lang)
    except (KeyboardInterrupt, EOFError):  # Ctrl-C or Ctrl-D: stop, and say that nothing was written
        print("\n" + render_message("new-cancelled", {}, lang), file=sys.stderr)
        return 130
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
        schema=Path(os.path.relpath(editor_schema_file(args.content), path.parent.resolve())).as_posix(),
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
    """In a terminal: ask for each required fact not given as an option, checking each answer at once
    and asking again until it is right, then for a phone and an e-mail (Enter skips them). Elsewhere:
    the options still missing."""
    if not sys.stdin.isatty():
        return [option for option, attribute, _ in _QUESTIONS if not getattr(args, attribute)]
    import readline  # noqa: F401  (arrow keys and history for input(), where the platform has it)

    for _option, attribute, vocabulary in _QUESTIONS:
        if not getattr(args, attribute):
            setattr(args, attribute, _ask_terms(vocabularies[vocabulary], attribute, lang) if vocabulary else _ask_summary(lang))
    if not args.phones:
        args.phones = [phone] if (phone := _ask_optional("phone", is_danish_phone, lang)) else []
    if not args.email:
        args.email = _ask_optional("email", is_email, lang)
    return []


def _ask(code: str, lang: str, **params: str) -> str:
    return input(render_message(code, params, lang) + " ").strip()


def _ask_summary(lang: str) -> str:
    while True:
        answer = _ask("new-ask-summary", lang)
        if answer and len(answer) <= SUMMARY_MAX:
            return answer
        print(render_message("new-summary-too-long" if answer else "new-answer-needed", {"limit": SUMMARY_MAX, "length": len(answer)}, lang))


def _ask_terms(vocabulary, attribute: str, lang: str) -> list[str]:
    """The vocabulary shown as a numbered list with its labels in `lang`; an answer may give numbers,
    ids or labels, separated by commas. Unknown ones are named and the question asked again."""
    terms = list(vocabulary)
    print("\n".join(f"  {number:>2}  {term.label.get(lang)}" for number, term in enumerate(terms, 1)))
    by_answer = {str(number): term.id for number, term in enumerate(terms, 1)}
    by_answer |= {term.id.casefold(): term.id for term in terms} | {term.label.get(lang).casefold(): term.id for term in terms}
    while True:
        given = [part.strip() for part in _ask(f"new-ask-{attribute}", lang).split(",") if part.strip()]
        unknown = [part for part in given if part.casefold() not in by_answer]
        if given and not unknown:
            return list(dict.fromkeys(by_answer[part.casefold()] for part in given))
        print(render_message("new-unknown-terms", {"terms": ", ".join(unknown)}, lang) if unknown else render_message("new-answer-needed", {}, lang))


def _ask_optional(what: str, check, lang: str) -> str | None:
    """A phone or e-mail, checked as the validator checks it; Enter for none."""
    while True:
        answer = _ask(f"new-ask-{what}", lang)
        if not answer:
            return None
        try:
            check(answer)
            return answer
        except FormatProblem as problem:
            print(render_message(problem.code, {"value": answer}, lang))
