"""The site's own tests, written by `vejviser init`; `make test` runs them.

They build the site with Pelican as `make html` does, into a temporary folder, and check what a
reader and an editor would notice first: the site builds, every content page exists in every
language, the municipality's name and towns are on the pages, the entries validate, and nothing
that still has to be written is left without its [UDFYLD: …] / [FILL IN: …] mark.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

SITE = Path(__file__).resolve().parents[1]
CONTENT = SITE / "content"
SETTINGS = runpy.run_path(str(SITE / "pelicanconf.py"))
LANGUAGES = SETTINGS["VEJVISER_LANGUAGES"]
from vejviser.placeholders import PLACEHOLDER as MARKED  # noqa: E402
UNMARKED = re.compile(r"\b(?:TODO|FIXME|TBD|XXX|lorem ipsum)\b|\[(?:UDFYLD|FILL IN)(?![^\]\n]*\])", re.IGNORECASE)


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("output")
    done = subprocess.run([sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", "pelicanconf.py"], cwd=SITE, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ERROR" not in done.stdout + done.stderr, done.stdout + done.stderr
    return output


def page_header(path: Path) -> dict[str, str]:
    header = path.read_text("utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)


def built_page(output: Path, key: str, lang: str) -> Path:
    slug = page_header(CONTENT / "pages" / f"{key}.{lang}.md")["Slug"]
    return output / (f"{slug}/index.html" if lang == SETTINGS["DEFAULT_LANG"] else f"{lang}/{slug}/index.html")


def test_the_home_page_names_the_municipality_in_every_language(output: Path):
    for lang in LANGUAGES:
        home = output / ("index.html" if lang == SETTINGS["DEFAULT_LANG"] else f"{lang}/index.html")
        assert SETTINGS["VEJVISER_MUNICIPALITY"][lang] in home.read_text("utf-8"), lang


@pytest.mark.parametrize("key", SETTINGS["VEJVISER_CONTENT_PAGES"])
def test_every_content_page_exists_in_every_language(output: Path, key: str):
    for lang in LANGUAGES:
        source = CONTENT / "pages" / f"{key}.{lang}.md"
        assert source.is_file(), source
        assert page_header(source)["Key"] == key, source
        assert built_page(output, key, lang).is_file(), (key, lang)


def test_every_town_has_its_page(output: Path):
    areas = yaml.safe_load((CONTENT / "vocabularies" / "areas.yaml").read_text("utf-8"))
    towns = {term: area for term, area in areas.items() if area["kind"] == "town"}
    assert towns
    pages = "\n".join(path.read_text("utf-8") for path in output.glob("*/index.html"))
    for area in towns.values():
        assert area["da"] in pages, area["da"]


def test_nothing_left_to_write_is_unmarked(output: Path):
    for path in sorted((CONTENT / "pages").glob("*.md")):
        text = path.read_text("utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            assert not UNMARKED.search(MARKED.sub("", line)), f"{path.relative_to(SITE)}:{number}: {line}"
    for path in output.rglob("*.html"):
        text = MARKED.sub("", path.read_text("utf-8"))
        assert not UNMARKED.search(text), path.relative_to(output)


def test_the_content_validates():
    done = subprocess.run([sys.executable, "-c", "import sys; from vejviser.cli import main; sys.exit(main())", "validate"], cwd=SITE, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
