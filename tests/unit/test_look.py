"""A site's look from its settings (vejviser.look): WCAG contrast of its colours, the safety of its
logo, the required authority name; every problem located and said in Danish and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vejviser.look import DEFAULT_COLOURS, FIXED_COLOURS, FOCUS, FOCUS_TEXT, contrast, logo_problems, look_lines

from .conftest import REPO

CSS = (REPO / "plugins" / "vejviser" / "theme" / "static" / "css" / "vejviser.css").read_text("utf-8")
LOGO = REPO / "tests" / "site" / "fixtures" / "look_site" / "static" / "images" / "logo.svg"
NAME = {"da": "Prøveby Kommune", "en": "Prøveby Municipality"}


def settings(tmp_path: Path | None = None, **more) -> dict:
    static = [str(tmp_path)] if tmp_path else []
    return {"THEME": str(REPO / "plugins" / "vejviser" / "theme"), "VEJVISER_STATIC_OVERRIDES": static, "VEJVISER_MUNICIPALITY": NAME, **more}


def test_contrast_ratios_are_wcag_21s():
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes on white
    assert contrast("#777777", "#ffffff") < 4.5
    assert contrast("#0b4f8a", "#ffffff") == contrast("#ffffff", "#0b4f8a")


def _custom_properties(block: str) -> dict[str, str]:
    return dict(re.findall(r"(--vv-[a-z-]+):\s*(#[0-9a-f]{6})", block))


def test_the_default_palette_is_the_one_in_vejviser_css():
    light = _custom_properties(CSS.split("@media (prefers-color-scheme: dark)")[0])
    dark = _custom_properties(CSS.split("@media (prefers-color-scheme: dark)")[1].split("}")[0])
    for scheme, palette, suffix in (("light", light, ""), ("dark", dark, "_dark")):
        assert DEFAULT_COLOURS[f"brand{suffix}"] == palette["--vv-header"]
        assert DEFAULT_COLOURS[f"brand_text{suffix}"] == palette["--vv-on-header"]
        assert DEFAULT_COLOURS[f"link{suffix}"] == palette["--vv-link"] == palette["--vv-primary"]
        assert FIXED_COLOURS[scheme]["background"] == palette["--vv-background"]
        assert FIXED_COLOURS[scheme]["surface"] == palette["--vv-surface"]
    assert (FOCUS, FOCUS_TEXT) == (light["--vv-focus"], light["--vv-focus-text"])
    assert "--vv-focus" not in dark and "--vv-focus-text" not in dark  # the same in both schemes


def test_the_focus_highlight_stands_out_on_any_header_colour():
    # a yellow block with a near-black bar: one of the two has 3:1 against every colour
    steps = range(0, 256, 15)
    colours = [f"#{r:02x}{g:02x}{b:02x}" for r in steps for g in steps for b in steps]
    worst = min(colours, key=lambda colour: max(contrast(FOCUS, colour), contrast(FOCUS_TEXT, colour)))
    assert max(contrast(FOCUS, worst), contrast(FOCUS_TEXT, worst)) >= 3, worst


def test_a_light_brand_with_dark_text_passes():
    look, lines = look_lines(settings(VEJVISER_COLOURS={"brand": "#ffd500", "brand_text": "#1a1a1a"}))
    assert lines["da"] == [] and look.colours == {"brand": "#ffd500", "brand_text": "#1a1a1a"}


def test_the_default_palette_passes_its_own_checks():
    look, lines = look_lines(settings())
    assert look is not None and lines["da"] == []
    assert look.stylesheet is None  # no colour set: no extra stylesheet


def test_colours_become_custom_properties_for_screens_in_both_schemes():
    look, _ = look_lines(settings(VEJVISER_COLOURS={"brand": "#1D5C3A", "link_dark": "#8fd6a8"}))
    css = look.stylesheet.decode()
    assert "@media screen{:root{--vv-header:#1d5c3a}}" in css
    assert re.search(r"@media screen and \(prefers-color-scheme:dark\)\{:root\{--vv-link:#8fd6a8;--vv-primary:#8fd6a8;--vv-link-hover:#[0-9a-f]{6}\}\}", css)


def test_low_contrast_is_located_with_ratio_requirement_and_a_passing_colour():
    _, lines = look_lines(settings(VEJVISER_COLOURS={"brand": "#7fb2e5"}))
    [text] = lines["da"]
    assert text.startswith('pelicanconf.py: VEJVISER_COLOURS["brand"] = "#7fb2e5": Teksten i sidehovedet: kontrasten er kun 2,23:1 (#ffffff mod #7fb2e5) i lyst tema; WCAG 2.1 kræver mindst 4,5:1.')
    hint = re.search(r'Prøv fx "(#[0-9a-f]{6})"', text).group(1)
    assert 4.5 <= contrast(hint, "#ffffff") < 4.65  # the nearest that passes, not black
    look, lines = look_lines(settings(VEJVISER_COLOURS={"brand": hint}))
    assert look is not None, lines  # the hint really passes
    [english] = lines_en = look_lines(settings(VEJVISER_COLOURS={"brand": "#7fb2e5"}))[1]["en"]
    assert english.startswith('pelicanconf.py: VEJVISER_COLOURS["brand"] = "#7fb2e5": The header\'s text: the contrast is only 2.23:1 (#ffffff on #7fb2e5) in the light scheme; WCAG 2.1 requires at least 4.5:1. Try e.g. "' + hint)
    assert len(lines_en) == 1


@pytest.mark.parametrize(
    ("colours", "key", "pair"),
    [
        ({"link": "#6a9fd4"}, "link", "Links på siden"),  # 2.8:1 on white
        ({"link_dark": "#2a4d6e"}, "link_dark", "mørkt tema"),
        ({"brand_dark": "#6b7d8f"}, "brand_dark", "Teksten i sidehovedet"),
        ({"brand_text": "#99aabb"}, "brand_text", "Teksten i sidehovedet"),
    ],
)
def test_every_settable_colour_is_checked(colours, key, pair):
    look, lines = look_lines(settings(VEJVISER_COLOURS=colours))
    assert look is None
    assert any(line.startswith(f'pelicanconf.py: VEJVISER_COLOURS["{key}"]') and pair in line for line in lines["da"]), lines["da"]


def test_unknown_and_malformed_colours_are_refused():
    _, lines = look_lines(settings(VEJVISER_COLOURS={"header": "#000000", "link": "blue"}))
    assert lines["da"] == [
        'pelicanconf.py: VEJVISER_COLOURS["header"]: ukendt farve. Mulige nøgler: brand, brand_text, link, brand_dark, brand_text_dark, link_dark',
        "pelicanconf.py: VEJVISER_COLOURS[\"link\"]: 'blue' er ikke en farve. Skriv den som #rrggbb, fx \"#0b4f8a\"",
    ]


@pytest.mark.parametrize("value", [None, {}, {"da": "Prøveby Kommune"}, "Prøveby"])
def test_the_authority_name_is_required_in_both_languages(value):
    look, lines = look_lines(settings(VEJVISER_MUNICIPALITY=value))
    assert look is None
    assert lines["da"] == ['pelicanconf.py: VEJVISER_MUNICIPALITY: indstillingen mangler eller er ufuldstændig: sidens myndighed skal have et navn på dansk og engelsk. Skriv fx VEJVISER_MUNICIPALITY = {"da": "Varde Kommune", "en": "Varde Municipality"}']
    assert lines["en"][0].endswith('Write e.g. VEJVISER_MUNICIPALITY = {"da": "Varde Kommune", "en": "Varde Municipality"}')


def test_the_contact_reuses_the_older_url_setting_and_shows_it_short():
    look, _ = look_lines(settings(VEJVISER_MUNICIPALITY_CONTACT_URL="https://www.esbjerg.dk/"))
    assert look.contact.url == "https://www.esbjerg.dk/" and look.contact.url_shown == "esbjerg.dk"
    _, lines = look_lines(settings(VEJVISER_AUTHORITY_CONTACT={"url": "http://x.dk", "person": "Jens"}))
    assert "VEJVISER_AUTHORITY_CONTACT: skal være en ordbog med højst url, phone og email" in lines["da"][0]


# --- The logo ---------------------------------------------------------------------------------------


def test_the_made_up_logo_is_accepted_with_its_width_at_48_px(tmp_path):
    assert logo_problems(LOGO) == []
    look, lines = look_lines(settings(LOGO.parents[1], VEJVISER_LOGO="images/logo.svg"))
    assert lines["da"] == [] and look.logo.source == "images/logo.svg"
    assert (look.logo.width, look.logo.height) == (140, 48)  # viewBox 0 0 140 48


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n{}\n</svg>\n'
HOSTILE = {
    "script": (SVG.format('<script>alert(1)</script>'), "look-logo-script", "script"),
    "event handler": (SVG.format('<rect width="10" height="10" onload="alert(1)"/>'), "look-logo-event", "onload"),
    "uppercase event handler": (SVG.format('<g ONCLICK="x()"/>'), "look-logo-event", "ONCLICK"),
    "foreignObject": (SVG.format('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'), "look-logo-foreign-object", "foreignObject"),
    "javascript link": (SVG.format('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), "look-logo-script", "script"),
    "other host image": (SVG.format('<image href="https://tracker.example.com/p.png" width="1" height="1"/>'), "look-logo-reference", "tracker.example.com"),
    "xlink to other host": (SVG.format('<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="//evil.example/s.svg#a"/>'), "look-logo-reference", "evil.example"),
    "css url to other host": (SVG.format('<rect width="1" height="1" style="fill:url(https://evil.example/x)"/>'), "look-logo-reference", "evil.example"),
    "style import": (SVG.format('<style>@import "https://evil.example/x.css";</style>'), "look-logo-reference", "@import"),
    "billion laughs": ('<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;">\n]>\n<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>\n', "look-logo-dtd", "DTD"),
    "external entity": ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>\n', "look-logo-dtd", "DTD"),
    "html": ("<html><body>logo</body></html>\n", "look-logo-not-svg", "SVG"),
    "svg without namespace": ('<svg viewBox="0 0 1 1"></svg>\n', "look-logo-not-svg", "SVG"),
    "broken xml": (SVG.format("<rect>"), "look-logo-xml", "XML"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_or_foreign_logos_are_refused_where_they_are(tmp_path, name):
    text, code, said = HOSTILE[name]
    path = tmp_path / "images" / "logo.svg"
    path.parent.mkdir()
    path.write_text(text, "utf-8")
    [((line, column), found, _)] = logo_problems(path)
    assert found == code
    assert line >= 1 and column >= 1
    look, lines = look_lines(settings(tmp_path, VEJVISER_LOGO="images/logo.svg"))
    assert look is None
    assert lines["da"][0].startswith(f"{path}:{line}:{column}: logoet ") and said.lower() in lines["da"][0].lower()
    assert lines["en"][0].startswith(f"{path}:{line}:{column}: the logo ")


def test_a_hostile_element_is_located_at_its_line(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_text(SVG.format('<rect width="1" height="1"/>\n  <rect onmouseover="x()"/>'), "utf-8")
    assert logo_problems(path) == [((3, 3), "look-logo-event", {"attribute": "onmouseover"})]


def test_a_png_renamed_or_not_is_refused(tmp_path):
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    assert logo_problems(png)[0][1] == "look-logo-not-svg"
    renamed = tmp_path / "logo.svg"
    renamed.write_bytes(png.read_bytes())
    assert logo_problems(renamed)[0][1] in ("look-logo-xml", "look-logo-not-svg")


def test_a_missing_logo_file_says_where_it_was_looked_for(tmp_path):
    _, lines = look_lines(settings(tmp_path, VEJVISER_LOGO="images/logo.svg"))
    assert lines["da"] == [f"pelicanconf.py: VEJVISER_LOGO: logoet 'images/logo.svg' findes ikke i sidens egen static-mappe ({tmp_path}). Læg SVG-filen der, fx theme/static/images/logo.svg, og skriv VEJVISER_LOGO = \"images/logo.svg\""]


def test_bad_settings_stop_the_build_with_the_english_lines_for_the_development_servers_page(capsys):
    from vejviser.directory.failure import ContentError
    from vejviser.look import site_look

    with pytest.raises(ContentError) as stopped:
        site_look(settings(VEJVISER_COLOURS={"link": "#6a9fd4"}))
    assert stopped.value.lines["en"][0].startswith('pelicanconf.py: VEJVISER_COLOURS["link"] = "#6a9fd4": Links on the page: the contrast is only 2.')
    assert capsys.readouterr().err.startswith('pelicanconf.py: VEJVISER_COLOURS["link"] = "#6a9fd4": Links på siden: kontrasten er kun 2,')


@pytest.mark.parametrize("source", ["../logo.svg", "/etc/passwd", "images/../../logo.svg"])
def test_a_logo_outside_the_sites_static_folder_is_not_taken(tmp_path, source):
    (tmp_path / "static").mkdir()
    (tmp_path / "logo.svg").write_text(SVG.format(""), "utf-8")
    look, lines = look_lines(settings(tmp_path / "static", VEJVISER_LOGO=source))
    assert look is None and "findes ikke i sidens egen static-mappe" in lines["da"][0]


def test_a_logo_path_is_taken_as_templates_name_it(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.svg").write_text(SVG.format(""), "utf-8")
    look, _ = look_lines(settings(tmp_path, VEJVISER_LOGO="./images/logo.svg"))
    assert look.logo.source == "images/logo.svg" and look.logo.width == 48  # viewBox 0 0 10 10: square
