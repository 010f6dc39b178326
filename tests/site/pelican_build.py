"""Real Pelican builds into temporary folders, and the parsed pages they produced.

The session fixtures in conftest.py use these: `fixture_site` builds `tests/site/fixtures/content/`
(invented entries that cover every optional field, Danish-only text, stale data, a sensitive need and
hostile Markdown) with the real vocabularies and crisis lines; `real_site` builds the shipped
`content/`. Each runs the `pelican` command exactly as `make html` does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BUILD_DATE = "2025-06-01"  # fixed, so "stale", "ended" and "upcoming" never drift


def build(content: Path, output: Path, *settings: str, build_date: str | None = BUILD_DATE) -> subprocess.CompletedProcess:
    """Run `pelican` on `content` with the development settings; `settings` are extra KEY=JSON pairs."""
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(REPO / "pelicanconf.py")]
    if build_date:
        settings = (f'VEJVISER_BUILD_DATE="{build_date}"', *settings)
    if settings:  # one -e with every pair: Pelican keeps only the last -e it is given
        command += ["-e", *settings]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


def assemble_content(target: Path, *sources: Path) -> Path:
    """A content folder from the real vocabularies and crisis lines plus the given fixture folders."""
    shutil.copytree(REPO / "content" / "vocabularies", target / "vocabularies")
    shutil.copy(REPO / "content" / "crisis_lines.yaml", target / "crisis_lines.yaml")
    for source in sources:
        shutil.copytree(source, target, dirs_exist_ok=True)
    return target


@dataclass
class BuiltSite:
    output: Path
    log: str
    _soups: dict[str, BeautifulSoup] = field(default_factory=dict)

    @cached_property
    def html_files(self) -> list[str]:
        """Every HTML page, as a path relative to the output folder (`en/services/x/index.html`)."""
        return sorted(str(path.relative_to(self.output)) for path in self.output.rglob("*.html"))

    @cached_property
    def page_files(self) -> list[str]:
        """`html_files` without the redirect pages (an old or short address that sends the reader on)."""
        return [path for path in self.html_files if not self.is_redirect(path)]

    def is_redirect(self, path: str) -> bool:
        return self.page(path).find("meta", attrs={"http-equiv": "refresh"}) is not None

    def exists(self, path: str) -> bool:
        return (self.output / path).is_file()

    def page(self, path: str) -> BeautifulSoup:
        """The parsed page at `path` (a URL like `en/services/x/` or a file path)."""
        if path == "" or path.endswith("/"):
            path += "index.html"
        if path not in self._soups:
            self._soups[path] = BeautifulSoup((self.output / path).read_text("utf-8"), "html.parser")
        return self._soups[path]

    def text(self, path: str) -> str:
        return " ".join(self.page(path).get_text(" ").split())
