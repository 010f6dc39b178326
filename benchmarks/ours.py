"""Our side: the production build exactly as `make publish` runs it (Pelican with our plugins, the
Pagefind index and the open-data exports), pointed at a synthetic content folder.

Pelican's cache goes to the build's own folder, which the benchmark empties before every run, so every
run is cold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .build import Step

REPO = Path(__file__).resolve().parent.parent
KEY = "ours"
NAME = "Vejviser"
SITE_URL = "https://vejviser.example.org"  # the site's address (SITEURL) in the benchmark; Hugo's baseURL too


def pelican_command(content_dir: Path, output: Path, settings: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pelican", str(content_dir), "-o", str(output), "-s", str(REPO / settings), *extra]


def steps(content_dir: Path, site_dir: Path) -> list[Step]:
    cache = ["-e", f"CACHE_PATH={json.dumps(str(site_dir / 'cache'))}"]
    return [
        Step(
            "pelican",
            pelican_command(content_dir, output_dir(site_dir), "publishconf.py", "--fatal", "warnings", *cache),
            env={"VEJVISER_SITEURL": SITE_URL},
            cwd=REPO,  # publishconf.py imports pelicanconf from the working directory, as `make publish` runs it
        )
    ]


def output_dir(site_dir: Path) -> Path:
    return site_dir / "output"
