"""The fixture site of the volunteering tests: the fictional entries in `fixtures/` with the real
vocabularies, crisis lines and content pages, built by the real `pelican` command as `make html` does,
on a fixed build date and with an absolute SITEURL (so the feeds and the calendar link absolutely).
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BUILD_DATE = datetime.date(2026, 3, 10)
SITEURL = "https://vejviser.example.org"


def assemble_content(target: Path) -> Path:
    """A content folder: the site's vocabularies, crisis lines and pages, and the fixture entries."""
    for name in ("vocabularies", "pages"):
        shutil.copytree(REPO / "content" / name, target / name)
    shutil.copy(REPO / "content" / "crisis_lines.yaml", target / "crisis_lines.yaml")
    shutil.copytree(FIXTURES / "associations", target / "associations")
    return target


def build(content: Path, output: Path) -> subprocess.CompletedProcess:
    command = [
        sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(REPO / "pelicanconf.py"),
        "-e", f'VEJVISER_BUILD_DATE="{BUILD_DATE.isoformat()}"', f'SITEURL="{SITEURL}"',
    ]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


@dataclass
class BuiltSite:
    output: Path
    _soups: dict[str, BeautifulSoup] = field(default_factory=dict)

    def exists(self, url: str) -> bool:
        return (self.output / url / "index.html").is_file() if url.endswith("/") else (self.output / url).is_file()

    def page(self, url: str) -> BeautifulSoup:
        """The parsed page at a site URL such as `frivillig/` or `en/volunteer/ad-hoc/`."""
        if url not in self._soups:
            self._soups[url] = BeautifulSoup((self.output / url / "index.html").read_text("utf-8"), "html.parser")
        return self._soups[url]

    def text(self, url: str, selector: str = "main") -> str:
        return " ".join(self.page(url).select_one(selector).get_text(" ").split())

    def read_bytes(self, url: str) -> bytes:
        return (self.output / url).read_bytes()

    def links(self, url: str, selector: str) -> list[str]:
        """Where the links matched by `selector` on the page at `url` lead, as site URLs, in order."""
        base = f"https://site.invalid/{url}"
        return [urljoin(base, link["href"]).removeprefix("https://site.invalid/") for link in self.page(url).select(selector)]

    def role_cards(self, url: str) -> list[str]:
        """The roles a listing page shows, in order, as the `entry/role` part of their pages' URLs."""
        return ["/".join(link.rstrip("/").split("/")[-2:]) for link in self.links(url, "main .vv-role-card .vv-card__link")]
