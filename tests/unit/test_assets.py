"""`vejviser.assets` without Pelican: names follow the bytes, the output folder ends up holding exactly
the published files, and a template that names a missing file stops with the file's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment

from vejviser.assets import UnknownAsset, asset_function, theme_assets, write_assets


def _static(folder: Path, css: str) -> Path:
    (folder / "css").mkdir(parents=True)
    (folder / "css" / "site.css").write_text(css, "utf-8")
    (folder / "images").mkdir()
    (folder / "images" / "icon.svg").write_text("<svg/>\n", "utf-8")
    return folder


def test_the_name_follows_the_published_bytes(tmp_path: Path):
    first = theme_assets(_static(tmp_path / "a", "/* a comment */\n.a { color: red; }\n"))
    same = theme_assets(_static(tmp_path / "b", ".a {color: red}"))  # minified, the same bytes
    changed = theme_assets(_static(tmp_path / "c", ".a { color: blue; }\n"))
    assert first["css/site.css"].published.startswith("css/site.") and first["css/site.css"].published.endswith(".css")
    assert first["css/site.css"].published == same["css/site.css"].published != changed["css/site.css"].published
    assert first["images/icon.svg"].data == b"<svg/>\n"  # not minified, but named by its content too


def test_the_folder_holds_exactly_the_published_files(tmp_path: Path):
    output = tmp_path / "output"
    (output / "css").mkdir(parents=True)
    (output / "css" / "site.css").write_text("plain copy", "utf-8")
    (output / "css" / "site.0123abcd.css").write_text("an earlier build's", "utf-8")
    assets = theme_assets(_static(tmp_path / "static", ".a { color: red; }\n"))
    write_assets(output, assets)
    assert sorted(path.relative_to(output).as_posix() for path in output.rglob("*") if path.is_file()) == sorted(
        asset.published for asset in assets.values()
    )


def test_a_template_gets_the_address_under_siteurl_or_a_clear_error(tmp_path: Path):
    env = Environment()
    env.globals["asset"] = asset_function(theme_assets(_static(tmp_path, ".a{}")), "theme")
    address = env.from_string('{{ asset("css/site.css") }}').render(SITEURL="https://example.org")
    assert address.startswith("https://example.org/theme/css/site.") and address.endswith(".css")
    with pytest.raises(UnknownAsset, match=r"theme/static/css/missing\.css does not exist"):
        env.from_string('{{ asset("css/missing.css") }}').render(SITEURL="")
