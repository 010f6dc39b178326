"""A second municipality's own look from its settings, in real Pelican builds: its logo (with its name
as the text alternative), its colours in a generated, content-named stylesheet, its contact lines in
the footer. Esbjerg, which sets no logo or colours, shows its name as text and gets no extra file. Bad
look settings stop the build with a located Danish message."""

from __future__ import annotations

import json
import re

import pytest

from pelican_build import FIXTURES, BuiltSite, assemble_content, build
from vejviser.assets import content_name
from vejviser.look import contrast

LOOK_STATIC = FIXTURES / "look_site" / "static"
PROEVEBY = {
    "VEJVISER_MUNICIPALITY": {"da": "Prøveby Kommune", "en": "Prøveby Municipality"},
    "VEJVISER_LOGO": "images/logo.svg",
    "VEJVISER_STATIC_OVERRIDES": [str(LOOK_STATIC)],
    "VEJVISER_COLOURS": {"brand": "#1d5c3a", "link": "#1d5c3a", "brand_dark": "#123524", "link_dark": "#8fd6a8"},
    "VEJVISER_AUTHORITY_CONTACT": {"url": "https://www.proeveby.example/", "phone": "11 22 33 44", "email": "kontakt@proeveby.example"},
}


def settings_args(settings: dict) -> list[str]:
    return [f"{name}={json.dumps(value, ensure_ascii=False)}" for name, value in settings.items()]


def look_build(tmp_path, **settings):
    content = assemble_content(tmp_path / "content", FIXTURES / "content")
    result = build(content, tmp_path / "output", *settings_args(settings))
    return result, result.stdout + result.stderr, tmp_path / "output"


@pytest.fixture(scope="module")
def proeveby(tmp_path_factory) -> BuiltSite:
    result, log, output = look_build(tmp_path_factory.mktemp("proeveby"), **PROEVEBY)
    assert result.returncode == 0, log
    return BuiltSite(output, log)


@pytest.mark.parametrize(("path", "name"), [("", "Prøveby Kommune"), ("en/", "Prøveby Municipality"), ("tilbud/solsikken/", "Prøveby Kommune")])
def test_the_header_shows_the_logo_named_by_the_authority_first_then_the_solution(proeveby, path, name):
    brand = proeveby.page(path).select_one("header .vv-header__brand")
    logo, solution = brand.find_all(recursive=False)
    assert logo.name == "img" and logo["alt"] == name and (logo["width"], logo["height"]) == ("140", "48")
    assert solution.get_text(strip=True) == "Vejviser"
    published = (LOOK_STATIC / "images" / "logo.svg").read_bytes()
    assert logo["src"].endswith("theme/" + content_name("images/logo.svg", published))  # the site's file, named by its content
    assert (proeveby.output / "theme" / content_name("images/logo.svg", published)).read_bytes() == published


def test_the_colours_come_in_a_content_named_stylesheet_after_the_engines(proeveby):
    links = [link["href"] for link in proeveby.page("").select("head link[rel=stylesheet]")]
    engine, colours = links[0], links[1]
    assert "vejviser." in engine and re.fullmatch(r"\./theme/css/colours\.[0-9a-f]{8}\.css", colours), links
    css = (proeveby.output / colours).read_text("utf-8")
    assert content_name("css/colours.css", css.encode()) == colours.removeprefix("./theme/")
    assert "@media screen{:root{--vv-header:#1d5c3a;--vv-link:#1d5c3a;--vv-primary:#1d5c3a;--vv-link-hover:" in css
    assert "@media screen and (prefers-color-scheme:dark){:root{--vv-header:#123524;--vv-link:#8fd6a8;" in css
    assert "style=" not in (proeveby.output / "index.html").read_text("utf-8")  # nothing inline: the CSP allows no inline style


def test_the_footer_names_the_authority_its_contact_the_accessibility_statement_and_no_cookies(proeveby):
    footer = proeveby.page("").select_one("footer.vv-footer")
    text = " ".join(footer.get_text(" ").split())
    assert footer.h2.get_text(strip=True) == "Prøveby Kommune" and "Vejviser drives af Prøveby Kommune." in text
    hrefs = [a["href"] for a in footer.select(".vv-footer__contact a")]
    assert hrefs == ["https://www.proeveby.example/", "tel:11223344", "mailto:kontakt@proeveby.example"]
    assert "proeveby.example" in text and "Telefon 11 22 33 44" in text
    assert footer.find("a", string="Tilgængelighedserklæring")
    assert "Ingen cookies" in text
    english = " ".join(proeveby.page("en/").select_one("footer.vv-footer").get_text(" ").split())
    assert "Vejviser is run by Prøveby Municipality." in english and "Phone 11 22 33 44" in english and "No cookies" in english


def test_no_esbjerg_in_the_other_municipalitys_frame(proeveby):
    for path in ("", "en/", "tilbud/solsikken/", "en/services/solsikken/"):
        page = proeveby.page(path)
        frame = " ".join(part.get_text(" ") for part in page.select("header, footer, title"))
        assert "Esbjerg" not in frame, path


def test_esbjerg_shows_its_name_as_text_and_gets_no_colour_file(fixture_site):
    brand = fixture_site.page("").select_one("header .vv-header__brand")
    authority, solution = brand.find_all(recursive=False)
    assert authority.get_text(strip=True) == "Esbjerg Kommune" and solution.get_text(strip=True) == "Vejviser"
    assert not brand.find("img")
    assert len(fixture_site.page("").select("head link[rel=stylesheet]")) == 1
    assert not list((fixture_site.output / "theme" / "css").glob("colours.*"))
    footer = fixture_site.page("en/").select_one("footer.vv-footer")
    assert [a["href"] for a in footer.select(".vv-footer__contact a")] == ["https://www.esbjerg.dk"]  # its website only
    assert "Vejviser is run by Esbjerg Municipality." in footer.get_text(" ")


def test_low_contrast_colours_stop_the_build_with_the_setting_ratio_requirement_and_a_passing_colour(tmp_path):
    result, log, output = look_build(tmp_path, VEJVISER_COLOURS={"brand": "#7fb2e5"})
    assert result.returncode != 0
    line = next(line for line in log.splitlines() if line.startswith('pelicanconf.py: VEJVISER_COLOURS["brand"] = "#7fb2e5": Teksten'))
    assert "kontrasten er kun 2,23:1 (#ffffff mod #7fb2e5) i lyst tema; WCAG 2.1 kræver mindst 4,5:1." in line
    hint = re.search(r'Prøv fx "(#[0-9a-f]{6})"', line).group(1)
    assert contrast(hint, "#ffffff") >= 4.5
    assert "Siden blev ikke bygget" in log and "Traceback" not in log
    assert not (output / "index.html").exists()


def test_a_hostile_logo_stops_the_build_at_its_line(tmp_path):
    static = tmp_path / "static"
    (static / "images").mkdir(parents=True)
    logo = static / "images" / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg">\n  <script>fetch("https://evil.example")</script>\n</svg>\n', "utf-8")
    result, log, output = look_build(tmp_path, VEJVISER_LOGO="images/logo.svg", VEJVISER_STATIC_OVERRIDES=[str(static)])
    assert result.returncode != 0
    assert f"{logo}:2:3: logoet må ikke indeholde script" in log, log
    assert "Traceback" not in log and not (output / "index.html").exists()


def test_a_site_without_a_municipality_name_is_told_which_setting_to_add(tmp_path):
    result, log, _ = look_build(tmp_path, VEJVISER_MUNICIPALITY=None)
    assert result.returncode != 0
    assert 'pelicanconf.py: VEJVISER_MUNICIPALITY: indstillingen mangler' in log
    assert 'VEJVISER_MUNICIPALITY = {"da": "Varde Kommune", "en": "Varde Municipality"}' in log
    assert "Esbjerg" not in log and "Traceback" not in log
