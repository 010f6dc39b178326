"""`vejviser init`: a second municipality's site, from the answers to its questions to a built site.

The end-to-end tests run the installed wheel's `vejviser init` for Varde Kommune without a terminal
(the towns from a fixture CSV), build the new site with the wheel's engine, and check it as its
municipality would: its own name and towns on its pages, "Esbjerg" in none of its files (the search
index's compressed files too), the placeholders listed, the lock pinned, and the site's own generated
test suite passing (and failing when a page is missing). The questions are tested through a real
pseudo-terminal, the refusals without one.
"""

from __future__ import annotations

import gzip
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from installed_engine import run
from pelican_build import FIXTURES, REPO

TOWNS_CSV = FIXTURES / "init" / "varde-towns.csv"
LOGO = FIXTURES / "init" / "varde-logo.svg"  # made up for the tests
COLOUR = "#1d5c3a"
TOWNS = {"Varde": ["6800"], "Oksbøl": ["6840"], "Ølgod": ["6870"], "Nørre Nebel": ["6830"], "Tistrup": ["6862"], "Outrup": ["6855"]}
ANSWERS = ["--name-da", "Varde Kommune", "--name-en", "Varde Municipality", "--url", "https://vejviser.varde.dk", "--repository", "https://github.com/varde-kommune/vejviser"]
TIMINGS: dict[str, float] = {}


def timed(name: str, command: list[str], cwd: Path) -> str:
    start = time.perf_counter()
    output = run(command, cwd)
    TIMINGS[name] = round(time.perf_counter() - start, 2)
    return output


@pytest.fixture(scope="module")
def varde(engine: Path, tmp_path_factory) -> Path:
    """Varde's new site, written by the installed wheel's `vejviser init` without a terminal."""
    folder = tmp_path_factory.mktemp("init") / "varde"
    look = ["--logo", str(LOGO), "--colour", COLOUR.upper()]
    said = timed("init", [str(engine.parent / "vejviser"), "init", str(folder), *ANSWERS, *look, "--towns", str(TOWNS_CSV)], cwd=folder.parent)
    assert "6 byer" in said and folder.is_dir()
    return folder


@pytest.fixture(scope="module")
def output(engine: Path, varde: Path) -> Path:
    """The site built as its publishing workflow builds it: publishconf.py, every warning fatal."""
    timed("build", [str(engine), "-m", "pelican", "content", "-o", "output", "-s", "publishconf.py", "--fatal", "warnings"], cwd=varde)
    return varde / "output"


def page(output: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path / "index.html").read_text("utf-8"), "html.parser")


def readable(path: Path) -> bytes:
    """A file's bytes as a reader of them gets them: Pagefind's index files are gzip-compressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def test_the_pages_carry_the_municipalitys_own_name_and_towns(output: Path):
    home, english = page(output, ""), page(output, "en")
    assert "Varde Kommune" in home.select_one("main").get_text() and "Varde Municipality" in english.select_one("main").get_text()
    towns = page(output, "by")
    assert [link.get_text(strip=True) for link in towns.select("main .vv-tile__title")] == ["Hele Varde Kommune", "Hele landet", *TOWNS]
    oksboel = page(output, "by/oksboel")
    assert oksboel.select_one("h1").get_text(strip=True) == "Oksbøl" and oksboel.html["lang"] == "da"
    assert page(output, "en/towns/varde-municipality").select_one("h1").get_text(strip=True) == "All of Varde Municipality"
    assert "https://github.com/varde-kommune/vejviser" in (output / "tilfoej" / "index.html").read_text("utf-8")


def test_the_pages_carry_the_municipalitys_logo_and_colour(output: Path):
    for path, name in (("", "Varde Kommune"), ("en", "Varde Municipality")):
        logo = page(output, path).select_one(".vv-header img")
        assert logo["alt"] == name and re.search(r"theme/images/logo\.[0-9a-f]{8}\.svg$", logo["src"])
    stylesheets = [link["href"] for link in page(output, "").select('link[rel="stylesheet"]')]
    colours = next(href for href in stylesheets if "/colours." in href)
    assert COLOUR in (output / urlsplit(colours).path.lstrip("/")).read_text("utf-8")


def test_no_file_of_the_site_or_its_output_names_esbjerg(varde: Path, output: Path):
    files = [path for path in varde.rglob("*") if path.is_file()]
    pagefind = [path for path in files if "pagefind" in path.parts and path.suffix.startswith(".pf_")]
    assert len(files) > 500 and pagefind
    assert any(b"varde kommune" in readable(path).lower() for path in pagefind)  # the index is really read
    named = [str(path.relative_to(varde)) for path in files if b"esbjerg" in readable(path).lower()]
    assert named == []


def test_an_empty_directory_says_so_once_instead_of_counting_zero(output: Path):
    for path in ("", "hjaelp", "by/varde", "a-aa", "en", "en/help"):
        main = page(output, path).select_one("main")
        assert main.select_one(".vv-empty--directory"), path
        assert not re.search(r"\b0 (tilbud|services)\b", main.get_text(" ")), path
    assert "Der er ingen tilbud i Vejviser endnu" in page(output, "hjaelp").get_text()


def test_the_placeholders_show_on_the_page_and_validate_lists_them(engine: Path, varde: Path, output: Path):
    about = page(output, "om").select_one("main")
    assert any(strong.get_text().startswith("[UDFYLD: ") for strong in about.select("strong"))
    said = run([str(engine.parent / "vejviser"), "validate"], cwd=varde)
    listed = re.findall(r"^content/pages/(\S+?):\d+:\d+: advarsel: \"\[(UDFYLD|FILL IN): ", said, re.MULTILINE)
    assert {"about.da.md", "about.en.md", "accessibility.da.md", "for-associations.en.md"} <= {name for name, _ in listed}
    assert "0 fejl og 16 advarsler i 10 filer" in said


def test_the_areas_and_the_lock_come_from_the_answers_and_the_installed_engine(varde: Path):
    areas = yaml.safe_load((varde / "content" / "vocabularies" / "areas.yaml").read_text("utf-8"))
    assert {area["da"]: area["postcodes"] for area in areas.values() if area["kind"] == "town"} == TOWNS
    assert areas["varde-kommune"]["kind"] == "municipality" and areas["nationwide"]["kind"] == "nationwide"
    pins = dict(line.split("==") for line in (varde / "requirements.lock").read_text("utf-8").splitlines() if line and not line.startswith("#"))
    engine_version = re.search(r'^version = "(.+)"', (REPO / "pyproject.toml").read_text("utf-8"), re.MULTILINE).group(1)
    assert pins["vejviser"] == engine_version and pins["pelican"] == "4.12.0" and "pagefind-bin" in pins and "pytest" in pins
    assert all(pins[name] == metadata.version(name) for name in pins if name != "vejviser")
    settings = (varde / "pelicanconf.py").read_text("utf-8")
    assert 'VEJVISER_MUNICIPALITY = {"da": "Varde Kommune", "en": "Varde Municipality"}' in settings
    assert "VEJVISER_EDITORS_EMAIL = None" in settings and 'VEJVISER_AUTHORITY_CONTACT = {"url": None' in settings
    assert 'VEJVISER_LOGO = "images/logo.svg"' in settings and f'VEJVISER_COLOURS = {{"brand": "{COLOUR}", "link": "{COLOUR}"}}' in settings
    assert (varde / "theme" / "static" / "images" / "logo.svg").read_bytes() == LOGO.read_bytes()
    assert '"https://vejviser.varde.dk"' in (varde / "publishconf.py").read_text("utf-8")


def test_the_workflows_pass_actionlint_shellcheck_and_zizmor(varde: Path):
    """The same linters as this repository's own workflows (tests/github/test_workflows.py)."""
    workflows = sorted(str(path.relative_to(varde)) for path in (varde / ".github" / "workflows").glob("*.yml"))
    assert workflows == [".github/workflows/pr.yml", ".github/workflows/publish.yml"]
    tools = Path(sys.executable).parent
    for command in ([tools / "actionlint", "-color=false", f"-shellcheck={tools / 'shellcheck'}", *workflows],
                    [tools / "zizmor", "--offline", "--no-progress", "--format=plain", ".github/workflows"]):
        done = subprocess.run(list(map(str, command)), cwd=varde, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_sites_own_tests_pass_and_can_fail(engine: Path, varde: Path, output: Path, tmp_path: Path):
    said = timed("site tests", [str(engine), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=varde)
    assert re.search(r"\b9 passed\b", said), said
    broken = shutil.copytree(varde, tmp_path / "broken", ignore=shutil.ignore_patterns("output"))
    about = broken / "content" / "pages" / "about.en.md"
    about.write_text(about.read_text("utf-8") + "\nTODO: write more, and [FILL IN: the rest\n", "utf-8")
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run([str(engine), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=broken, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert re.findall(r"^FAILED (\S+)", done.stdout, re.MULTILINE) == ["tests/test_site.py::test_nothing_left_to_write_is_unmarked"], done.stdout
    assert "content/pages/about.en.md:" in done.stdout
    print("timings (s):", TIMINGS)


# --- The questions and the refusals (the test environment's own `vejviser`) -------------------------

def vejviser(*args: str, cwd: Path, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "import sys; from vejviser.cli import main; sys.exit(main())", *args], cwd=cwd, stdin=stdin, capture_output=True, text=True, timeout=120)


def in_terminal(args: list[str], answers: list[str], cwd: Path) -> tuple[int, str]:
    """Run `vejviser` in a pseudo-terminal, typing each answer as it is asked and Ctrl-D when the
    answers run out; (exit code, what it said)."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-c", "import sys; from vejviser.cli import main; sys.exit(main())", *args], cwd=cwd, stdin=terminal, stdout=terminal, stderr=terminal, env={**os.environ, "TERM": "dumb"})
    os.close(terminal)
    said, pending = b"", list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the program ended and closed the terminal
                break
            if not chunk:
                break
            said += chunk
            if said.rstrip().endswith(b":"):  # a question: the next answer, or Ctrl-D when there is none
                os.write(controller, pending.pop(0).encode() + b"\n" if pending else b"\x04")
        elif process.poll() is not None:
            break
    os.close(controller)
    return process.wait(timeout=10), said.decode("utf-8", "replace")


def test_the_questions_ask_again_until_each_answer_is_right(tmp_path: Path):
    answers = ["Varde Kommune", "Varde Municipality", "vejviser.varde.dk", "https://vejviser.varde.dk", "https://github.com/varde-kommune/vejviser",
               "Varde", "6800", "Oksbøl", "68400", "6800", "6840", "varde", "", "nope.svg", "", "#ffee00", ""]
    code, said = in_terminal(["init", "site"], answers, tmp_path)
    assert code == 0, said
    assert "nope.svg findes ikke" in said and 'Teksten i sidehovedet: kontrasten er kun 1,' in said and "Prøv fx" in said
    assert "# VEJVISER_LOGO" in (tmp_path / "site" / "pelicanconf.py").read_text("utf-8")  # no answer: the engine's look
    assert said.count("Sidens adresse (https://…):") == 2 and '"vejviser.varde.dk" er ikke en adresse, der kan bruges' in said
    assert '"68400" er ikke et postnummer' in said and "Postnummer 6800 er allerede givet til Varde" in said
    assert "\nvarde er allerede med" not in said and "Varde er allerede med. Skriv hver by én gang" in said  # named as first written
    areas = yaml.safe_load((tmp_path / "site" / "content" / "vocabularies" / "areas.yaml").read_text("utf-8"))
    assert {area["da"]: area["postcodes"] for area in areas.values() if area["kind"] == "town"} == {"Varde": ["6800"], "Oksbøl": ["6840"]}


def test_the_questions_are_english_with_lang_en_and_ctrl_d_writes_nothing(tmp_path: Path):
    code, said = in_terminal(["init", "site", "--lang", "en"], ["Varde Kommune"], tmp_path)
    assert "The municipality's name in Danish" in said and "The municipality's name in English" in said
    assert code == 130 and "Stopped. Nothing was written" in said  # Ctrl-D at the second question
    assert not (tmp_path / "site").exists() and "Traceback" not in said


def test_without_a_terminal_missing_answers_stop_with_the_options_to_give(tmp_path: Path):
    done = vejviser("init", "site", "--name-da", "Varde Kommune", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "ingen terminal" in done.stderr and "--name-en, --url, --repository, --towns" in done.stderr
    assert not (tmp_path / "site").exists()
    english = vejviser("init", "site", "--lang", "en", cwd=tmp_path)
    assert english.returncode == 2 and "there is no terminal to ask in" in english.stderr


@pytest.mark.parametrize(("look", "message"), [
    (["--colour", "#7fb2e5"], 'VEJVISER_COLOURS["brand"] = "#7fb2e5": Teksten i sidehovedet: kontrasten er kun 2,23:1'),
    (["--colour", "blue"], "'blue' er ikke en farve"),
    (["--logo", "logo.svg"], "logo.svg:2:3: logoet må ikke indeholde script"),
])
def test_a_logo_or_colour_the_build_would_refuse_is_refused_at_once(tmp_path: Path, look: list[str], message: str):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg">\n  <script>alert(1)</script>\n</svg>\n', "utf-8")
    done = vejviser("init", "site", *ANSWERS, *look, "--towns", str(TOWNS_CSV), cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "site").exists()


def test_a_folder_with_files_is_refused(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("keep me", "utf-8")
    done = vejviser("init", "site", *ANSWERS, "--towns", str(TOWNS_CSV), cwd=tmp_path)
    assert done.returncode == 2 and "site findes allerede og er ikke tom" in done.stderr
    assert [path.name for path in (tmp_path / "site").iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(("csv", "message"), [
    ("navn;postnumre\nVarde;6800\nOksbøl;680\n", 'towns.csv:3:2: "680" er ikke et postnummer'),
    ("navn;postnumre\nVarde;6800\nOutrup;6800\n", "towns.csv:3:2: Postnummer 6800 er allerede givet til Varde"),
    ("navn;postnumre\nVarde;6800\nVarde;6801\n", "towns.csv:3:1: Varde er allerede med"),
    ("by,postnr\nVarde,6800\n", "towns.csv: første linje skal have kolonnerne navn og postnumre"),
    ("name,postcodes\nVarde,6800\nHele landet,6801\n", 'towns.csv:3:1: "Hele landet" kan ikke være en by'),
])
def test_a_wrong_towns_file_is_refused_at_its_line_and_column(tmp_path: Path, csv: str, message: str):
    (tmp_path / "towns.csv").write_text(csv, "utf-8")
    done = vejviser("init", "site", *ANSWERS, "--towns", "towns.csv", cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert not (tmp_path / "site").exists()


def test_an_answers_file_gives_everything_and_is_checked(tmp_path: Path):
    answers = {"name_da": "Varde Kommune", "name_en": "Varde Municipality", "url": "http://vejviser.varde.dk", "repository": "https://github.com/varde-kommune/vejviser",
               "towns": [{"name": "Varde", "postcodes": [6800]}, {"name": "Outrup", "postcodes": "6855"}]}
    (tmp_path / "answers.yaml").write_text(yaml.safe_dump(answers, allow_unicode=True), "utf-8")
    refused = vejviser("init", "site", "--answers", "answers.yaml", cwd=tmp_path)
    assert refused.returncode == 2 and '"http://vejviser.varde.dk" er ikke en adresse' in refused.stderr
    written = vejviser("init", "site", "--answers", "answers.yaml", "--url", "https://vejviser.varde.dk", cwd=tmp_path)  # an option wins
    assert written.returncode == 0, written.stderr
    assert '"https://vejviser.varde.dk"' in (tmp_path / "site" / "publishconf.py").read_text("utf-8")
    assert "outrup:" in (tmp_path / "site" / "content" / "vocabularies" / "areas.yaml").read_text("utf-8")


def test_the_starter_crisis_lines_are_the_national_ones_as_esbjergs_site_has_them():
    """One source of truth per number: a starter line is Esbjerg's line of the same id, word for word,
    and the regional out-of-hours doctor stays with Esbjerg's site."""
    starter = yaml.safe_load((REPO / "plugins/vejviser/starter/content/crisis_lines.yaml").read_text("utf-8"))["lines"]
    esbjerg = {line["id"]: line for line in yaml.safe_load((REPO / "content/crisis_lines.yaml").read_text("utf-8"))["lines"]}
    assert [line["id"] for line in starter] == ["emergency", "livslinien", "lev-uden-vold", "bornetelefonen", "police"]
    assert all(line == esbjerg[line["id"]] for line in starter)


def test_the_first_entry_points_at_the_sites_own_schema_and_ends_the_empty_state(engine: Path, varde: Path, tmp_path: Path):
    site = shutil.copytree(varde, tmp_path / "varde", ignore=shutil.ignore_patterns("output"))
    schema = (site / "schema" / "entry.schema.json").read_text("utf-8")
    assert '"oksboel"' in schema and '"varde-kommune"' in schema  # completion offers the site's own towns
    vejviser_command = str(engine.parent / "vejviser")
    assert "er opdateret" in run([vejviser_command, "schema", "--check"], cwd=site)
    run([vejviser_command, "new", "Café Venskab", "--summary", "Et fællesskab for dem, der føler sig ensomme.", "--need", "loneliness", "--area", "oksboel"], cwd=site)
    entry = (site / "content" / "associations" / "cafe-venskab.yaml").read_text("utf-8")
    assert entry.startswith("# yaml-language-server: $schema=../../schema/entry.schema.json\n")
    run([str(engine), "-m", "pelican", "content", "-o", "output", "-s", "pelicanconf.py"], cwd=site)
    help_page = page(site / "output", "hjaelp")
    assert not help_page.select_one(".vv-empty--directory") and "1 tilbud" in help_page.select_one("main").get_text(" ")
    assert page(site / "output", "tilbud/cafe-venskab").select_one("h1").get_text(strip=True) == "Café Venskab"
