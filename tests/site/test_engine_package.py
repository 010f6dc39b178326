"""The engine installable on its own: the `vejviser` wheel carries the plugins, the theme (templates,
CSS/JS, translations), the schema and the messages, and a site that is only settings and content
builds with it; the site's own theme/ folder overrides single templates and static files.

The wheel and the virtual environment it is installed in are the session fixtures `wheel` and
`engine` (tests/site/installed_engine.py): the built site can only have used the wheel's engine.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup

from installed_engine import run
from pelican_build import BUILD_DATE, FIXTURES, REPO, assemble_content
from vejviser.assets import content_name
from vejviser.minify import minified
from vejviser.urls import entry_url, output_path

ENTRIES = ("aeblehaven", "solsikken")


def site(folder: Path) -> Path:
    """A small site: the settings, two fixture entries, the content pages, the real vocabularies."""
    shutil.copy2(FIXTURES / "engine_site" / "pelicanconf.py", folder / "pelicanconf.py")
    content = assemble_content(folder / "content")
    shutil.copytree(FIXTURES / "content" / "pages", content / "pages")
    (content / "associations").mkdir()
    for entry in ENTRIES:
        shutil.copy2(FIXTURES / "content" / "associations" / f"{entry}.yaml", content / "associations")
    return folder


def build(python: Path, folder: Path) -> Path:
    output = folder / "output"
    run([str(python), "-m", "pelican", "content", "-o", str(output), "-s", "pelicanconf.py", "-e", f"VEJVISER_BUILD_DATE={json.dumps(BUILD_DATE)}"], cwd=folder)
    return output


def installed_theme(python: Path) -> Path:
    return Path(run([str(python), "-c", "import vejviser.site; print(vejviser.site.THEME)"], cwd=python.parent).strip())


def stylesheet(output: Path, page: str) -> Path:
    soup = BeautifulSoup((output / page).read_text("utf-8"), "html.parser")
    return (output / page).parent / soup.select_one('link[rel="stylesheet"]')["href"]


def test_the_wheel_carries_the_theme_schema_and_messages(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = {f"vejviser/theme/{path.relative_to(REPO / 'plugins/vejviser/theme').as_posix()}" for path in (REPO / "plugins/vejviser/theme").rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    assert theme <= names and len(theme) > 40
    for needed in ("vejviser/theme/templates/base.html", "vejviser/theme/static/css/vejviser.css", "vejviser/theme/translations/da/LC_MESSAGES/messages.po",
                   "vejviser/theme/translations/en/LC_MESSAGES/messages.po", "vejviser/schema/entry.schema.json", "vejviser/messages/da.yaml", "vejviser/messages/en.yaml"):
        assert needed in names, needed


def test_a_site_of_settings_and_content_builds_with_the_installed_engine(engine: Path, tmp_path: Path):
    theme = installed_theme(engine)
    assert theme.is_relative_to(engine.parent.parent) and (theme / "templates" / "base.html").is_file()
    output = build(engine, site(tmp_path))

    for entry in ENTRIES:
        for lang in ("da", "en"):
            page = BeautifulSoup((output / output_path(entry_url(entry, lang))).read_text("utf-8"), "html.parser")
            assert page.html["lang"] == lang and page.select_one("footer.vv-footer"), (entry, lang)
    home = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    assert home.html["lang"] == "da" and "Prøveby Kommune" in home.get_text()
    english = BeautifulSoup((output / "en" / "index.html").read_text("utf-8"), "html.parser")
    assert "No cookies, no tracking." in english.select_one("footer.vv-footer").get_text()  # the packaged frame and catalogs
    packaged_css = minified(".css", (theme / "static" / "css" / "vejviser.css").read_bytes())
    published = stylesheet(output, "index.html")
    assert published.name == Path(content_name("css/vejviser.css", packaged_css)).name and published.read_bytes() == packaged_css


def test_the_sites_own_template_and_stylesheet_win(engine: Path, tmp_path: Path):
    folder = site(tmp_path)
    theme = installed_theme(engine)
    frame = folder / "theme" / "templates" / "components" / "frame.html"
    frame.parent.mkdir(parents=True)
    frame.write_text((theme / "templates/components/frame.html").read_text("utf-8").replace('<footer class="vv-footer">', '<footer class="vv-footer"><p class="proeveby">Prøveby</p>', 1), "utf-8")
    css = folder / "theme" / "static" / "css" / "vejviser.css"
    css.parent.mkdir(parents=True)
    css.write_text((theme / "static/css/vejviser.css").read_text("utf-8") + "\n.proeveby { color: #004b87; }\n", "utf-8")

    output = build(engine, folder)

    for page in ("index.html", "en/index.html"):
        assert BeautifulSoup((output / page).read_text("utf-8"), "html.parser").select_one("footer.vv-footer > p.proeveby").get_text() == "Prøveby"
    published = stylesheet(output, "index.html").read_text("utf-8")
    assert ".proeveby{color:#004b87}" in published and ".vv-footer" in published  # the site's copy, minified
    assert "No cookies, no tracking." in (output / "en" / "index.html").read_text("utf-8")  # the rest is still the engine's
    assert "proeveby" not in (theme / "templates" / "components" / "frame.html").read_text("utf-8")  # the engine's is untouched
