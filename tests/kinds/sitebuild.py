"""The fixture site of the kinds tests: the fictional grants, alerts, contact points and entries in
`fixtures/content/` with the real vocabularies, crisis lines and content pages, built by the real
`pelican` command as `make html` does, on a fixed build date (the build-date override) and with an
absolute SITEURL (so the feed and the calendar link absolutely). See fixtures/README.md.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BUILD_DATE = datetime.date(2026, 9, 15)
SITEURL = "https://vejviser.example.org"


def assemble_content(target: Path, *, with_kinds: bool = True) -> Path:
    """A content folder: the site's vocabularies, crisis lines, pages and (empty) kinds files, the
    fixture entries, and unless `with_kinds` is false the fixture grants, alerts and contact points."""
    for name in ("vocabularies", "pages"):
        shutil.copytree(REPO / "content" / name, target / name)
    for name in ("crisis_lines.yaml", "alerts.yaml", "municipal_contacts.yaml"):
        shutil.copy(REPO / "content" / name, target / name)
    fixtures = FIXTURES / "content"
    shutil.copytree(fixtures / "associations", target / "associations")
    if with_kinds:
        shutil.copytree(fixtures / "grants", target / "grants")
        shutil.copytree(fixtures / "rooms", target / "rooms")
        shutil.copytree(fixtures / "networks", target / "networks")
        for name in ("alerts.yaml", "municipal_contacts.yaml"):
            shutil.copy(fixtures / name, target / name)
    return target


def build(content: Path, output: Path, build_date: datetime.date = BUILD_DATE) -> subprocess.CompletedProcess:
    command = [
        sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(REPO / "pelicanconf.py"),
        "-e", f'VEJVISER_BUILD_DATE="{build_date.isoformat()}"', f'SITEURL="{SITEURL}"',
    ]  # fmt: skip
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
