"""A new municipality's site, written from the answers `vejviser init` collected.

The site is the package's `starter/` folder (settings, Makefile, workflows, README and CONTRIBUTING,
the site's own tests, the starter vocabularies, the national crisis lines and the content pages with
their [UDFYLD: …] / [FILL IN: …] placeholders) with the municipality's name, address and repository
filled in, plus what is built from the answers: `content/vocabularies/areas.yaml` (each town with its
postcodes, the whole municipality, nationwide), `requirements.lock` (the installed engine and
every package it needs, at their exact versions) and `schema/entry.schema.json` (the schema editors
read, with the site's own vocabularies: `vejviser.editorschema`). Nothing in it names another municipality.

Files are copied byte for byte except that `@@{key}` is replaced (the only syntax of the starter's
files that is ours: `${{ }}` in workflows and `$(…)` in the Makefile stay as they are). Names starting
with a dot cannot be package data, so `gitignore` and `github/` are written as `.gitignore` and `.github/`.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import yaml

from .editorschema import SITE_SCHEMA, editor_schema, render
from .slug import slugify
from .vocabulary import load_vocabularies

STARTER = resources.files("vejviser") / "starter"
DOTTED = {"gitignore": ".gitignore", "github": ".github"}
# The site's tests run with pytest: the lock pins it with the engine so `make test` needs nothing else.
LOCKED_ROOTS = ("vejviser", "pytest")


@dataclass(frozen=True)
class Town:
    name: str
    postcodes: tuple[str, ...]

    @property
    def id(self) -> str:
        return slugify(self.name)


@dataclass(frozen=True)
class SiteAnswers:
    name_da: str  # "Varde Kommune"
    name_en: str  # "Varde Municipality"
    url: str  # https://…, where the site is published
    repository: str  # the site's repository, where edit links point
    towns: tuple[Town, ...]
    logo: Path | None = None  # an SVG checked by `vejviser.look`: copied to theme/static/images/logo.svg
    colour: str | None = None  # "#rrggbb" for the header and the links, checked for contrast

    @property
    def municipality_id(self) -> str:
        return slugify(self.name_da)


SETTINGS = Path("pelicanconf.py")
LOGO = Path("theme/static/images/logo.svg")


def with_look(settings: str, answers: SiteAnswers) -> str:
    """The starter's settings with the site's logo and colour, if it gave them, in place of the lines
    that leave the engine's look."""
    if answers.logo:
        settings = settings.replace('# VEJVISER_LOGO = "images/logo.svg"\n', 'VEJVISER_LOGO = "images/logo.svg"\n')
    if answers.colour:
        settings = settings.replace("VEJVISER_COLOURS = {}\n", f'VEJVISER_COLOURS = {{"brand": "{answers.colour}", "link": "{answers.colour}"}}\n')
    return settings


class _Template(string.Template):
    delimiter = "@@"


def write_site(answers: SiteAnswers, target: Path) -> list[Path]:
    """Write the new site into `target` (created; must not hold files) and return the files written."""
    values = _values(answers)
    files = {relative: _Template(source.read_text("utf-8")).substitute(values) for source, relative in _starter_files()}
    files[SETTINGS] = with_look(files[SETTINGS], answers)
    files |= {
        Path("content/vocabularies/areas.yaml"): areas_yaml(answers),
        Path("requirements.lock"): requirements_lock(),
        **{Path(folder) / ".gitkeep": "" for folder in ("content/associations", "theme/static", "theme/templates")},
    }
    _write(target, files)
    written = [*files, SITE_SCHEMA]
    if answers.logo is not None:
        (target / LOGO).parent.mkdir(parents=True, exist_ok=True)
        (target / LOGO).write_bytes(answers.logo.read_bytes())
        written.append(LOGO)
    vocabularies, problems = load_vocabularies(target / "content" / "vocabularies")
    if problems:  # the starter's vocabularies and the checked answers are valid: a defect if not
        raise ValueError("; ".join(problem.format("en") for problem in problems))
    _write(target, {SITE_SCHEMA: render(editor_schema(vocabularies))})
    return [target / relative for relative in written]


def _write(target: Path, files: dict[Path, str]) -> None:
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


def _starter_files():
    """(source, path in the new site) for every file of the starter: site/ at the top, content/ as is."""
    def walk(folder, prefix: tuple[str, ...]):
        for item in sorted(folder.iterdir(), key=lambda item: item.name):
            if item.name == "__pycache__":
                continue
            parts = (*prefix, item.name if prefix else DOTTED.get(item.name, item.name))
            if item.is_dir():
                yield from walk(item, parts)
            else:
                yield item, Path(*parts)

    yield from walk(STARTER / "site", ())
    yield from walk(STARTER / "content", ("content",))


def _values(answers: SiteAnswers) -> dict[str, str]:
    first = answers.towns[0].id if answers.towns else answers.municipality_id
    return {
        "name_da": answers.name_da,
        "name_en": answers.name_en,
        "name_da_genitive": answers.name_da if answers.name_da.endswith("s") else answers.name_da + "s",
        "name_da_py": _in_python_string(answers.name_da),
        "name_en_py": _in_python_string(answers.name_en),
        "repository_py": _in_python_string(answers.repository),
        "url_py": _in_python_string(answers.url),
        "url_text": answers.url,
        "repository_text": answers.repository,
        "municipality_area": answers.municipality_id,
        "first_town": first,
    }


def _in_python_string(text: str) -> str:
    """`text` escaped to stand between double quotes in the settings file (a JSON string is a Python one)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def areas_yaml(answers: SiteAnswers) -> str:
    """`areas.yaml`: the whole municipality, nationwide, then each town with its postcodes."""
    municipality_en = answers.name_en
    areas = {
        answers.municipality_id: {
            "da": f"Hele {answers.name_da}",
            "en": f"All of {municipality_en}",
            "slug": {"da": "hele-kommunen", "en": slugify(municipality_en)},
            "words": {"da": [answers.name_da.casefold(), "hele kommunen", "kommunen"], "en": [municipality_en.casefold(), "the whole municipality"]},
            "kind": "municipality",
        },
        "nationwide": {
            "da": "Hele landet",
            "en": "Nationwide",
            "slug": {"da": "hele-landet", "en": "nationwide"},
            "words": {"da": ["hele landet", "landsdækkende", "hele danmark"], "en": ["nationwide", "all of denmark", "national"]},
            "kind": "nationwide",
        },
    }
    for town in answers.towns:
        areas[town.id] = {
            "da": town.name,
            "en": town.name,
            "slug": {"da": town.id, "en": town.id},
            "words": {"da": [town.name.casefold()], "en": [town.name.casefold()]},
            "kind": "town",
            "postcodes": list(town.postcodes),
        }
    header = (
        f"# Områder: byer i {answers.name_da} med postnumre, hele kommunen og hele landet (skrevet af vejviser init).\n"
        f"# Areas: towns in {municipality_en} with their postcodes, the whole municipality, and nationwide.\n"
        "# kind: town | municipality | nationwide\n"
        "# words: navne, folk skriver for stedet / names people type for the place (see README.md).\n"
        "# slug: sidens adresse pr. sprog / the page's address per language (see README.md).\n"
        "# bounds (valgfri / optional): {south, west, north, east} om kommunen, til at fange forkerte koordinater.\n"
    )
    return header + yaml.safe_dump(areas, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)


def requirements_lock() -> str:
    """The installed engine and everything it (and the site's tests' pytest) needs, `name==version`.

    Read from the installed distributions' metadata: a requirement is followed when its distribution
    is installed (which is how this platform's environment markers were decided) and, for one behind
    an extra, when that extra was asked for."""
    pinned: dict[str, str] = {}
    queue = [(root, ()) for root in LOCKED_ROOTS]
    while queue:
        name, extras = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _normalised(dist.metadata["Name"])
        seen_before = key in pinned
        pinned[key] = dist.version
        for requirement in dist.requires or ():
            spec, _, marker = requirement.partition(";")
            extra = re.search(r"""extra\s*==\s*['"]([^'"]+)['"]""", marker)
            if extra and extra.group(1) not in extras:
                continue
            if seen_before and not extra:
                continue
            match = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", spec)
            queue.append((match.group(1), tuple(part.strip() for part in (match.group(2) or "").split(",") if part.strip())))
    lines = [f"{name}=={version}" for name, version in sorted(pinned.items())]
    return (
        "# Vejviser-motoren og alle de pakker, den (og sidens test) bruger, i præcise versioner.\n"
        "# The Vejviser engine and every package it (and the site's tests) uses, at exact versions.\n"
        "# Opdatér motoren / upgrade the engine: change vejviser==…, as its CHANGELOG.md says; then `make install test`.\n"
        + "\n".join(lines) + "\n"
    )


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
