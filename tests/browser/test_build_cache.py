"""The production build cache (`VEJVISER_BUILD_CACHE`, `vejviser.directory.buildcache`): a build that
reuses the last build's pages writes, file for file and byte for byte, the output a clean build of
the same input writes.

One content folder (the shipped content, production settings, a fixed build date) goes through a
series of changes; after each, a build with the cache and a clean build without it are compared
over the whole output folder. One entry changed, added or deleted is built from the cache (only the
pages that show it are rendered again); a vocabulary label, a template override or a setting changed
makes the cache's key differ, and the build says why and builds clean.

Before the search filters' values in use were part of every page's fingerprint
(`Site.helper_inputs`), deleting the last entry in a town left the town on the cached search pages
(`soeg/index.html`, `en/search/index.html` …): found by this test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from vejviser.directory.buildcache import MANIFEST, PAGES
from vejviser.fingerprint import new_hash

from .sitebuild import copy_build_inputs
from .trees import files_under, tree_differences

EPOCH = "1780315200"  # 2026-06-01 12:00 UTC
SITEURL = "https://vejviser.example.org"
RENDERED = re.compile(r"Build cache: (\d+) of (\d+) pages rendered")
CLEAN = re.compile(r"Build cache: a clean build, (.*)")


@dataclass
class Step:
    differences: list[str]
    log: str

    @property
    def rendered(self) -> tuple[int, int]:
        """(pages rendered, pages in all) as the cached build logged them."""
        found = RENDERED.search(self.log)
        assert found, self.log[-3000:]
        return int(found.group(1)), int(found.group(2))

    @property
    def clean_because(self) -> str | None:
        found = CLEAN.search(self.log)
        return found.group(1) if found else None


def publish(source: Path, output: Path, cache: Path | None, *settings: str) -> str:
    """`make publish` in `source` (with the build cache in `cache`, or none); returns its log."""
    env = {key: value for key, value in os.environ.items() if key != "VEJVISER_BUILD_CACHE"}
    env.update(SOURCE_DATE_EPOCH=EPOCH, VEJVISER_SITEURL=SITEURL, PYTHONHASHSEED="random", COLUMNS="1000")  # COLUMNS: log lines unwrapped
    if cache is not None:
        env["VEJVISER_BUILD_CACHE"] = str(cache)
    command = [sys.executable, "-m", "pelican", "content", "-o", str(output), "-s", "publishconf.py", "--fatal", "warnings", "--verbose"]
    for setting in settings:
        command += ["-e", setting]
    run = subprocess.run(command, cwd=source, env=env, capture_output=True, text=True, check=False, timeout=600)
    assert run.returncode == 0, f"pelican failed in {source}:\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}"
    return run.stdout + run.stderr


class Site:
    """A content folder, its cache and two outputs: built with the cache, and clean."""

    def __init__(self, root: Path) -> None:
        self.source = copy_build_inputs(root / "source")
        self.cache = root / "cache"
        self.cached, self.clean = root / "cached", root / "clean"
        self.settings: tuple[str, ...] = ()

    def entry(self, slug: str) -> Path:
        return self.source / "content" / "associations" / f"{slug}.yaml"

    def build_both(self) -> Step:
        log = publish(self.source, self.cached, self.cache, *self.settings)
        publish(self.source, self.clean, None, *self.settings)
        return Step(tree_differences(self.cached, self.clean), log)


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


CHANGED, ADDED, DELETED = "aeldre-sagen-esbjerg", "aeldre-sagen-testby", "aeldre-sagen-bramming"


@pytest.fixture(scope="module")
def steps(tmp_path_factory) -> dict[str, Step]:
    site = Site(tmp_path_factory.mktemp("build-cache"))
    steps = {"cold": site.build_both(), "again": None}
    steps["again"] = site.build_both()

    summary = re.search(r"^  da: (.+)$", site.entry(CHANGED).read_text(encoding="utf-8"), re.MULTILINE).group(1)
    replace_once(site.entry(CHANGED), f"  da: {summary}", f"  da: {summary} Nu også om lørdagen.")
    steps["one entry changed"] = site.build_both()

    added = site.entry("aeldre-sagen-ribe").read_text(encoding="utf-8").replace("name: Ældre Sagen Ribe", "name: Ældre Sagen Testby")
    site.entry(ADDED).write_text(added.replace("DaneAge Ribe", "DaneAge Testby"), encoding="utf-8")
    steps["one entry added"] = site.build_both()

    site.entry(ADDED).unlink()
    steps["one entry deleted"] = site.build_both()

    # The only entry in Bramming: the search filters offer one town less, on every page's search form.
    for path in site.entry(DELETED).parent.glob(f"{DELETED}.*"):
        path.unlink()
    steps["the last entry of a filter value deleted"] = site.build_both()

    replace_once(site.source / "content" / "vocabularies" / "needs.yaml", "  da: Sorg og tab\n", "  da: Sorg, tab og savn\n")
    steps["a vocabulary label changed"] = site.build_both()

    override = site.source / "theme" / "templates" / "components" / "crisis.html"
    override.parent.mkdir(parents=True)
    shutil.copy(Path(sys.modules["vejviser"].__file__).parent / "theme" / "templates" / "components" / "crisis.html", override)
    override.write_text(override.read_text(encoding="utf-8") + "<!-- the site's own crisis box -->\n", encoding="utf-8")
    steps["a template override added"] = site.build_both()

    site.settings = ('VEJVISER_EDITORS_EMAIL="redaktion@example.org"',)
    steps["a setting changed"] = site.build_both()

    steps["nothing changed"] = site.build_both()
    return steps


ALL_STEPS = [
    "cold",
    "again",
    "one entry changed",
    "one entry added",
    "one entry deleted",
    "the last entry of a filter value deleted",
    "a vocabulary label changed",
    "a template override added",
    "a setting changed",
    "nothing changed",
]


@pytest.mark.parametrize("step", ALL_STEPS)
def test_the_cached_build_writes_what_a_clean_build_writes(steps, step):
    assert steps[step].differences == [], f"after {step}, the build with the cache wrote another site"


def test_the_first_build_is_clean_and_the_next_renders_nothing(steps):
    assert steps["cold"].clean_because.startswith("no cache in")
    assert steps["again"].clean_because is None
    rendered, total = steps["again"].rendered
    assert total > 500 and rendered == 0


@pytest.mark.parametrize("step", ["one entry changed", "one entry added", "one entry deleted"])
def test_one_entry_renders_only_the_pages_that_show_it(steps, step):
    assert steps[step].clean_because is None
    rendered, total = steps[step].rendered
    assert 1 <= rendered <= total // 10, f"{step}: {rendered} of {total} pages rendered"


@pytest.mark.parametrize(
    "step, reason",
    [
        ("a vocabulary label changed", "the content besides entries"),
        ("a template override added", "the theme and its overrides"),
        ("a setting changed", "the settings"),
    ],
)
def test_a_change_to_the_site_makes_a_clean_build_and_says_why(steps, step, reason):
    assert reason in (steps[step].clean_because or ""), steps[step].log[-2000:]
    rendered, total = steps[step].rendered
    assert rendered == total


def test_a_page_changed_in_the_cache_is_rendered_and_a_lying_manifest_would_be_caught(tmp_path):
    """A cached page whose bytes are not the ones its manifest names is rendered again. And the
    comparison above can fail: with the manifest made to vouch for the stale bytes, the cached build
    copies them, and the comparison names the page."""
    site = Site(tmp_path)
    publish(site.source, site.cached, site.cache)
    manifest = json.loads((site.cache / MANIFEST).read_text(encoding="utf-8"))
    stale = next(file for file in manifest["pages"] if file.startswith("tilbud/"))
    stale_bytes = b"<!doctype html><title>stale</title>"
    (site.cache / PAGES / stale).unlink()  # a hard link to the output's page: not written through
    (site.cache / PAGES / stale).write_bytes(stale_bytes)
    step = site.build_both()
    assert step.rendered[0] == 1 and step.differences == []

    manifest = json.loads((site.cache / MANIFEST).read_text(encoding="utf-8"))
    (site.cache / PAGES / stale).unlink()
    (site.cache / PAGES / stale).write_bytes(stale_bytes)
    manifest["pages"][stale][2] = new_hash(stale_bytes).hexdigest()
    (site.cache / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    step = site.build_both()
    assert step.rendered[0] == 0
    assert step.differences == [f"differs: {stale}"]


def test_the_cache_holds_the_pages_it_lists(steps, tmp_path):
    # (`steps` first, so the module's builds are done; this looks at a fresh build's cache.)
    site = Site(tmp_path)
    publish(site.source, site.cached, site.cache)
    manifest = json.loads((site.cache / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["pages"]) == sorted(files_under(site.cache / PAGES))
    for file in manifest["pages"]:
        assert (site.cache / PAGES / file).read_bytes() == (site.cached / file).read_bytes()
