"""`vejviser init DIR`: write a new municipality's site (see `vejviser.newsite`) into an empty folder.

It needs the municipality's name in Danish and English, the site's address, its repository, and
its towns with their postcodes (no package on PyPI knows Danish postcodes offline, so they are asked
for). Each may come from an option, from `--answers answers.yaml` (the same keys: name_da, name_en,
url, repository, towns: [{name, postcodes}]) or, for towns, from `--towns towns.csv` (columns
navn/name and postnumre/postcodes); what is still missing is asked for in a terminal, where each
answer is checked at once and asked again with the reason. Without a terminal, missing answers stop
the command with the options to give; wrong ones with what is wrong. Nothing is written until every
answer is right, and never into a folder that holds files.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..look import HEX_COLOUR, colour_lines, logo_problems
from ..newsite import SiteAnswers, Town, write_site
from ..problems import LANGUAGES, render_message
from ..slug import slugify

_TEXT_QUESTIONS = (  # (answer key, option, check)
    ("name_da", "--name-da", "name"),
    ("name_en", "--name-en", "name"),
    ("url", "--url", "url"),
    ("repository", "--repository", "url"),
)
# Asked for in a terminal too, where an empty answer leaves them out (the site keeps the engine's look).
_LOOK_QUESTIONS = (("logo", "--logo", "logo"), ("colour", "--colour", "colour"))
_TOWN_COLUMNS = ({"navn", "name", "by", "town"}, {"postnumre", "postcodes", "postnummer", "postcode"})
_POSTCODE = re.compile(r"\d{4}")
# The areas every site has besides its towns (their keys and addresses): a town cannot be one of them.
RESERVED_AREAS = {"nationwide", "hele-landet", "hele-kommunen"}


class AnswerProblem(ValueError):
    """A wrong answer: a message code and its parameters."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code, self.params = code, params

    def message(self, lang: str) -> str:
        params = {key: value.message(lang) if isinstance(value, AnswerProblem) else value for key, value in self.params.items()}
        return render_message(self.code, params, lang)


class LookProblem(AnswerProblem):
    """A logo or colour that the build would refuse, in the words of `vejviser.look`."""

    def __init__(self, lines: dict[str, list[str]]):
        super().__init__("look")
        self.lines = lines

    def message(self, lang: str) -> str:
        return "\n".join(self.lines[lang])


def add_parser(subparsers, lang: str, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", parents=parents, help=render_message("init-help", {}, lang))
    parser.add_argument("directory", type=Path, metavar="DIR", help=render_message("init-directory-help", {}, lang))
    for key, flag, _check in _TEXT_QUESTIONS:
        parser.add_argument(flag, dest=key, help=render_message(f"init-{key.replace('_', '-')}-help", {}, lang))
    for key, flag, _check in _LOOK_QUESTIONS:
        parser.add_argument(flag, dest=key, help=render_message(f"init-{key}-help", {}, lang))
    parser.add_argument("--towns", type=Path, metavar="CSV", help=render_message("init-towns-help", {}, lang))
    parser.add_argument("--answers", type=Path, metavar="YAML", help=render_message("init-answers-help", {}, lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    target: Path = args.directory
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        print(render_message("init-not-empty", {"path": target}, lang), file=sys.stderr)
        return 2
    try:
        given = _given_answers(args)
        answers = _complete(given, lang)
    except AnswerProblem as problem:
        print(problem.message(lang), file=sys.stderr)
        return 2
    except (KeyboardInterrupt, EOFError):  # Ctrl-C or Ctrl-D: stop, and say that nothing was written
        print("\n" + render_message("init-cancelled", {}, lang), file=sys.stderr)
        return 130
    if isinstance(answers, list):
        print(render_message("init-missing", {"options": ", ".join(answers)}, lang), file=sys.stderr)
        return 2
    written = write_site(answers, target)
    print(render_message("init-written", {"path": target, "count": len(written), "towns": len(answers.towns)}, lang))
    return 0


def _given_answers(args: argparse.Namespace) -> dict[str, object]:
    """The answers from --answers, then the options (which win), each checked."""
    given: dict[str, object] = {}
    if args.answers:
        given |= _read_answers_file(args.answers)
    for key, _flag, _check in _TEXT_QUESTIONS:
        if getattr(args, key) is not None:
            given[key] = getattr(args, key)
    if args.towns:
        given["towns"] = read_towns_csv(args.towns)
    for key, _flag, _check in _LOOK_QUESTIONS:
        if getattr(args, key) is not None:
            given[key] = getattr(args, key)
    for key, _flag, check in (*_TEXT_QUESTIONS, *_LOOK_QUESTIONS):
        if key in given:
            given[key] = _CHECKS[check](str(given[key]))
    return given


def _complete(given: dict[str, object], lang: str) -> SiteAnswers | list[str]:
    """The answers, asking in a terminal for those missing; without one, the options still needed."""
    missing = [flag for key, flag, _check in _TEXT_QUESTIONS if key not in given] + (["--towns"] if "towns" not in given else [])
    if missing and not sys.stdin.isatty():
        return missing
    if missing:
        import readline  # noqa: F401  (arrow keys and history for input(), where the platform has it)
    for key, _flag, check in _TEXT_QUESTIONS:
        if key not in given:
            given[key] = _ask_until_right(f"init-ask-{key.replace('_', '-')}", _CHECKS[check], lang)
    if "towns" not in given:
        given["towns"] = _ask_towns(lang)
    if missing:  # a conversation: the optional look too
        for key, _flag, check in _LOOK_QUESTIONS:
            if key not in given:
                given[key] = _ask_until_right(f"init-ask-{key}", _CHECKS[check], lang)
    return SiteAnswers(**given)


def _ask(code: str, lang: str, **params: object) -> str:
    return input(render_message(code, params, lang) + " ").strip()


def _ask_until_right(code: str, check, lang: str, **params: object):
    while True:
        try:
            return check(_ask(code, lang, **params))
        except AnswerProblem as problem:
            print(problem.message(lang))


def _ask_towns(lang: str) -> tuple[Town, ...]:
    """Town after town, each with its postcodes, until an empty name (after at least one town)."""
    print(render_message("init-towns-intro", {}, lang))
    towns: list[Town] = []
    while True:
        name = _ask("init-ask-town", lang)
        if not name:
            if towns:
                return tuple(towns)
            print(render_message("init-towns-needed", {}, lang))
            continue
        try:
            check_town_name(name, towns)
        except AnswerProblem as problem:
            print(problem.message(lang))
            continue
        postcodes = _ask_until_right("init-ask-postcodes", lambda text: check_postcodes(text, towns), lang, town=name)
        towns.append(Town(name, postcodes))


def check_name(text: str) -> str:
    name = " ".join(text.split())
    if not name or not slugify(name):
        raise AnswerProblem("init-name-invalid")
    return name


def check_https_url(text: str) -> str:
    """An https:// address with a host name (a dot in it), no spaces, query, fragment or password;
    returned without a trailing slash."""
    url = text.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise AnswerProblem("init-url-invalid", value=url) from None
    if parts.scheme != "https" or "." not in host or any(char.isspace() for char in url) or parts.query or parts.fragment or "@" in parts.netloc:
        raise AnswerProblem("init-url-invalid", value=url)
    return url.rstrip("/")


def check_logo(text: str) -> Path | None:
    """An SVG file the build accepts as the header's logo (`vejviser.look`); None for no answer."""
    if not text.strip():
        return None
    path = Path(text.strip()).expanduser()
    if not path.is_file():
        raise AnswerProblem("init-logo-missing", path=path)
    found = logo_problems(path)
    if found:
        (line, column), code, params = found[0]
        raise LookProblem({lang: [f"{path}:{line}:{column}: {render_message(code, params, lang)}"] for lang in LANGUAGES})
    return path


def check_colour(text: str) -> str | None:
    """A "#rrggbb" for the header and the links that passes the build's contrast checks; None for no answer."""
    colour = text.strip().lower()
    if not colour:
        return None
    if not HEX_COLOUR.fullmatch(colour):
        raise AnswerProblem("look-colour-invalid", value=repr(text.strip()))
    lines = colour_lines({"brand": colour, "link": colour})
    if lines["da"]:
        raise LookProblem(lines)
    return colour


_CHECKS = {"name": check_name, "url": check_https_url, "logo": check_logo, "colour": check_colour}


def check_town_name(name: str, towns: list[Town]) -> str:
    """A town's name, not one already given (as its page's address: "Varde" and "varde" are one town)."""
    name = check_name(name)
    if same := next((town for town in towns if town.id == slugify(name)), None):
        raise AnswerProblem("init-town-duplicate", town=same.name)
    if slugify(name) in RESERVED_AREAS:
        raise AnswerProblem("init-town-reserved", town=name)
    return name


def check_postcodes(text: str, towns: list[Town]) -> tuple[str, ...]:
    """Four-digit postcodes separated by commas, semicolons or spaces, none another town's (or twice)."""
    given = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    if not given:
        raise AnswerProblem("init-postcodes-needed")
    taken = {code: town.name for town in towns for code in town.postcodes}
    for code in given:
        if not _POSTCODE.fullmatch(code) or code.startswith("0"):
            raise AnswerProblem("init-postcode-invalid", value=code)
        if code in taken:
            raise AnswerProblem("init-postcode-duplicate", value=code, town=taken[code])
        taken[code] = "…"
    return tuple(given)


def read_towns_csv(path: Path) -> tuple[Town, ...]:
    """Towns from a CSV file (comma or semicolon, as Danish Excel writes it): a name and its postcodes."""
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AnswerProblem("init-file-unreadable", path=path, detail=str(error)) from None
    dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t") if text.strip() else csv.excel
    rows = list(csv.reader(text.splitlines(), dialect))
    header = [cell.strip().casefold() for cell in rows[0]] if rows else []
    columns = [next((index for index, cell in enumerate(header) if cell in names), None) for names in _TOWN_COLUMNS]
    if None in columns:
        raise AnswerProblem("init-towns-columns", path=path)
    name_column, postcode_column = columns
    towns: list[Town] = []
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (max(columns) + 1 - len(row))
        try:
            name = check_town_name(cells[name_column], towns)
            towns.append(Town(name, check_postcodes(cells[postcode_column], towns)))
        except AnswerProblem as problem:
            raise AnswerProblem("init-in-file", path=path, line=line, column=1 + (postcode_column if problem.code.startswith("init-postcode") else name_column), problem=problem) from None
    if not towns:
        raise AnswerProblem("init-towns-needed")
    return tuple(towns)


def _read_answers_file(path: Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise AnswerProblem("init-file-unreadable", path=path, detail=str(error).splitlines()[0]) from None
    known = {key for key, _flag, _check in (*_TEXT_QUESTIONS, *_LOOK_QUESTIONS)} | {"towns"}
    if not isinstance(data, dict) or set(data) - known:
        raise AnswerProblem("init-answers-keys", path=path, keys=", ".join(sorted(known)))
    answers = {key: value for key, value in data.items() if value is not None}
    if "towns" in answers:
        towns: list[Town] = []
        for index, item in enumerate(answers["towns"] if isinstance(answers["towns"], list) else [None], 1):
            if not isinstance(item, dict) or "name" not in item or "postcodes" not in item:
                raise AnswerProblem("init-answers-town", path=path, number=index)
            postcodes = item["postcodes"]
            text = ", ".join(str(code) for code in postcodes) if isinstance(postcodes, list) else str(postcodes)
            try:
                towns.append(Town(check_town_name(str(item["name"]), towns), check_postcodes(text, towns)))
            except AnswerProblem as problem:
                raise AnswerProblem("init-answers-town-problem", path=path, number=index, problem=problem) from None
        answers["towns"] = tuple(towns)
    return answers
