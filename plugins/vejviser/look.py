"""A site's own look, from its settings: the authority's name, logo, colours and contact lines.

    VEJVISER_MUNICIPALITY = {"da": "Esbjerg Kommune", "en": "Esbjerg Municipality"}   # required
    VEJVISER_LOGO = "images/logo.svg"            # optional: a file in the site's VEJVISER_STATIC_OVERRIDES
    VEJVISER_COLOURS = {"brand": "#0b4f8a"}      # optional: any of COLOUR_SETTINGS' keys
    VEJVISER_AUTHORITY_CONTACT = {"url": "https://www.esbjerg.dk", "phone": None, "email": None}

`site_look(settings)` reads and checks them once per build and either returns a `Look` or stops the
build (`ContentError`) with every problem as one line in Danish (and English for the development
server's page):

- the colours are checked for WCAG 2.1 contrast in the light and the dark scheme against what is
  drawn on or around them (`CONTRAST_CHECKS`), and a failing one is named with its measured ratio, the
  required one and a computed value that passes;
- the logo must be an SVG that holds no script, event handler, `<foreignObject>`, DTD with entities
  or reference to anything outside itself (`logo_problems`); it is parsed by expat with DTDs and
  entities refused, so nothing is expanded or fetched.

The colours reach the pages as a generated stylesheet, `css/colours.css`, published by
`vejviser.assets` beside the engine's files (named by its content; the pages' CSP allows no inline
style). A site that sets no colour gets no such file: the engine's palette in css/vejviser.css
(`DEFAULT_COLOURS` here, kept equal by a test) is the whole look.
"""

from __future__ import annotations

import math
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Mapping, NoReturn

from .problems import LANGUAGES, render_message
from .site import static_folders
from .text import Text

STYLESHEET = "css/colours.css"  # its source path, as templates name it: asset("css/colours.css")
LOGO_HEIGHT = 48  # CSS px: the largest the header shows it (DKFDS: a header logo at most 48 px high)

# Each setting and the custom properties of css/vejviser.css it sets, in the light or dark scheme.
COLOUR_SETTINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "brand": ("light", ("--vv-header",)),  # the header's background
    "brand_text": ("light", ("--vv-on-header",)),  # the header's text, links and menu button
    "link": ("light", ("--vv-link", "--vv-primary")),  # links, buttons and accent lines on the page
    "brand_dark": ("dark", ("--vv-header",)),
    "brand_text_dark": ("dark", ("--vv-on-header",)),
    "link_dark": ("dark", ("--vv-link", "--vv-primary")),
}
# Today's palette (css/vejviser.css): the settable colours, and the fixed ones they are checked against.
DEFAULT_COLOURS = {
    "brand": "#0b4f8a",
    "brand_text": "#ffffff",
    "link": "#0b4f8a",
    "brand_dark": "#0d2b47",
    "brand_text_dark": "#eceff1",
    "link_dark": "#8cc4ff",
}
FIXED_COLOURS = {
    "light": {"background": "#ffffff", "surface": "#f3f5f7"},
    "dark": {"background": "#14171a", "surface": "#1f2428"},
}
# A focused link, in the header too, is a yellow block with a near-black bar under it. On any header
# colour one of the two has at least 3:1 (WCAG 1.4.11; tests/unit/test_look.py tries every grey and
# hue), so no brand colour can hide it and the build need not check it.
FOCUS, FOCUS_TEXT = "#ffbf47", "#0b0c0c"
TEXT = 4.5  # WCAG 2.1 1.4.3 (AA); the menu button's border and the accent lines (1.4.11: 3:1) are text colours


@dataclass(frozen=True)
class ContrastCheck:
    """`foreground` must have `minimum` contrast against `background` (a colour setting or a fixed
    colour of the scheme); `what` is the message code saying where the two meet."""

    foreground: str
    background: str
    minimum: float
    what: str

    def ratio(self, palette: Mapping[str, str]) -> float:
        return contrast(palette[self.foreground], palette[self.background])

    def involves(self, key: str) -> bool:
        return key in (self.foreground, self.background)


def _checks(suffix: str) -> tuple[ContrastCheck, ...]:
    return (
        ContrastCheck(f"brand_text{suffix}", f"brand{suffix}", TEXT, "look-pair-header-text"),
        ContrastCheck(f"link{suffix}", "background", TEXT, "look-pair-link"),
        ContrastCheck(f"link{suffix}", "surface", TEXT, "look-pair-link-surface"),
    )


CONTRAST_CHECKS = {"light": _checks(""), "dark": _checks("_dark")}


# --- Colour arithmetic (WCAG 2.1 relative luminance and contrast ratio) ------------------------------

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    """The WCAG 2.1 contrast ratio of two `#rrggbb` colours, from 1 to 21."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mixed(colour: str, toward: str, share: float) -> str:
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(_rgb(colour), _rgb(toward)))


def passing_variant(key: str, palette: Mapping[str, str], checks: tuple[ContrastCheck, ...]) -> str | None:
    """The colour nearest `palette[key]`, made darker or lighter in steps of 1 %, with which every check
    involving `key` passes; None if neither way gets there."""
    mine = [check for check in checks if check.involves(key)]
    candidates = []
    for toward in ("#000000", "#ffffff"):
        for step in range(1, 101):
            tried = {**palette, key: _mixed(palette[key], toward, step / 100)}
            if all(check.ratio(tried) >= check.minimum for check in mine):
                candidates.append((step, tried[key]))
                break
    return min(candidates)[1] if candidates else None


# --- The look --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Logo:
    source: str  # its path under the static folders, as `asset()` takes it: "images/logo.svg"
    width: int  # CSS px at LOGO_HEIGHT, from the SVG's viewBox (or width and height)
    height: int = LOGO_HEIGHT


@dataclass(frozen=True)
class Contact:
    """How to reach the authority, in the footer: role contacts only, never a person's."""

    url: str | None = None
    phone: str | None = None
    email: str | None = None

    def __bool__(self) -> bool:
        return bool(self.url or self.phone or self.email)

    @property
    def url_shown(self) -> str:
        """The url as a reader reads it: `https://www.esbjerg.dk/` → `esbjerg.dk`."""
        return (self.url or "").removeprefix("https://").removeprefix("www.").rstrip("/")


@dataclass(frozen=True)
class Look:
    """What the templates show of the authority (`site.config.look`) and the colours `vejviser.assets`
    publishes as css/colours.css."""

    municipality: Text
    logo: Logo | None = None
    colours: dict[str, str] = field(default_factory=dict)  # the settings' colours, by COLOUR_SETTINGS key
    contact: Contact = Contact()

    @property
    def stylesheet(self) -> bytes | None:
        """css/colours.css: the custom properties the site's colours set, over css/vejviser.css's
        (screen only: print keeps its black on white). None when the site sets no colour."""
        if not self.colours:
            return None
        blocks = []
        for scheme, media in (("light", "screen"), ("dark", "screen and (prefers-color-scheme:dark)")):
            declarations = [
                f"{name}:{colour}"
                for key, colour in self.colours.items()
                if COLOUR_SETTINGS[key][0] == scheme
                for name in COLOUR_SETTINGS[key][1]
            ]
            link = self.colours.get("link" if scheme == "light" else "link_dark")
            if link:  # the hover colour follows the link's: darker on light pages, lighter on dark ones
                declarations.append(f"--vv-link-hover:{_mixed(link, '#000000' if scheme == 'light' else '#ffffff', 0.35)}")
            if declarations:
                blocks.append(f"@media {media}{{:root{{{';'.join(declarations)}}}}}")
        return ("\n".join(blocks) + "\n").encode("utf-8")


@dataclass(frozen=True)
class _Said:
    """A message's parameter that is itself a message, said in the message's language."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def said(self, lang: str) -> str:
        return render_message(self.code, dict(self.params), lang)


@dataclass(frozen=True)
class _Ratio:
    """A contrast ratio as the language writes it, cut (not rounded: a failing 4.499 never shows as 4.50)."""

    value: float
    digits: int = 2

    def said(self, lang: str) -> str:
        text = f"{math.floor(self.value * 10**self.digits) / 10**self.digits:.{self.digits}f}"
        return text.replace(".", ",") if lang == "da" else text


class _Problems:
    """The problems found, each as a line per language."""

    def __init__(self) -> None:
        self.lines: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}

    def problem(self, where: str, code: str, **params: Any) -> None:
        for lang in LANGUAGES:
            shown = {name: value.said(lang) if isinstance(value, (_Said, _Ratio)) else value for name, value in params.items()}
            self.lines[lang].append(f"{where}: {render_message(code, shown, lang)}")

    def __bool__(self) -> bool:
        return bool(self.lines["da"])


SETTINGS_FILE = "pelicanconf.py"


def look_lines(settings: Mapping[str, Any]) -> tuple[Look | None, dict[str, list[str]]]:
    """The site's look, or None and the problems as lines by language."""
    problems = _Problems()
    municipality = _municipality(settings, problems)
    colours = _colours(settings, problems)
    logo = _logo(settings, problems)
    contact = _contact(settings, problems)
    if problems or municipality is None:
        return None, problems.lines
    return Look(municipality, logo, colours, contact), problems.lines


def colour_lines(colours: Mapping[str, str]) -> dict[str, list[str]]:
    """What is wrong with `colours` as VEJVISER_COLOURS, as lines by language (none: they pass)."""
    problems = _Problems()
    _colours({"VEJVISER_COLOURS": dict(colours)}, problems)
    return problems.lines


def site_look(settings: Mapping[str, Any]) -> Look:
    """The site's look; a build with bad look settings stops here with every problem located."""
    from .directory.failure import stop_build  # the directory plugin's way of stopping a build

    look, lines = look_lines(settings)
    if look is None:
        raise stop_build(lines["da"], {lang: lines[lang] for lang in LANGUAGES if lang != "da"})
    return look


def _municipality(settings: Mapping[str, Any], problems: _Problems) -> Text | None:
    value = settings.get("VEJVISER_MUNICIPALITY")
    if not (isinstance(value, Mapping) and all(isinstance(value.get(lang), str) and value.get(lang).strip() for lang in ("da", "en"))):
        problems.problem(f"{SETTINGS_FILE}: VEJVISER_MUNICIPALITY", "look-municipality-missing")
        return None
    return Text(value["da"].strip(), value["en"].strip())


def _colours(settings: Mapping[str, Any], problems: _Problems) -> dict[str, str]:
    value = settings.get("VEJVISER_COLOURS") or {}
    if not isinstance(value, Mapping):
        problems.problem(f"{SETTINGS_FILE}: VEJVISER_COLOURS", "look-colours-not-a-dict", keys=", ".join(COLOUR_SETTINGS))
        return {}
    colours = {}
    for key, colour in value.items():
        where = f'{SETTINGS_FILE}: VEJVISER_COLOURS["{key}"]'
        if key not in COLOUR_SETTINGS:
            problems.problem(where, "look-colour-unknown", keys=", ".join(COLOUR_SETTINGS))
        elif not (isinstance(colour, str) and HEX_COLOUR.fullmatch(colour.strip())):
            problems.problem(where, "look-colour-invalid", value=repr(colour))
        else:
            colours[key] = colour.strip().lower()
    for scheme, checks in CONTRAST_CHECKS.items():
        palette = {**DEFAULT_COLOURS, **FIXED_COLOURS[scheme], **colours}
        for check in checks:
            ratio = check.ratio(palette)
            if ratio >= check.minimum:
                continue
            key = next((name for name in (check.background, check.foreground) if name in colours), check.background)
            hint = passing_variant(key, palette, checks)
            problems.problem(
                f'{SETTINGS_FILE}: VEJVISER_COLOURS["{key}"] = "{palette[key]}"',
                "look-contrast",
                pair=_Said(check.what),
                scheme=_Said(f"look-scheme-{scheme}"),
                foreground=palette[check.foreground],
                background=palette[check.background],
                ratio=_Ratio(ratio),
                minimum=_Ratio(check.minimum, 1),
                hint=_Said("look-contrast-hint", (("colour", hint),)) if hint else _Said("look-contrast-no-hint"),
            )
    return colours


def _contact(settings: Mapping[str, Any], problems: _Problems) -> Contact:
    value = settings.get("VEJVISER_AUTHORITY_CONTACT") or {}
    if not isinstance(value, Mapping) or set(value) - {"url", "phone", "email"}:
        problems.problem(f"{SETTINGS_FILE}: VEJVISER_AUTHORITY_CONTACT", "look-contact-invalid")
        return Contact()
    # VEJVISER_MUNICIPALITY_CONTACT_URL: the older name of the url, still read.
    url = value.get("url") or settings.get("VEJVISER_MUNICIPALITY_CONTACT_URL") or None
    if url is not None and not (isinstance(url, str) and url.startswith("https://")):
        problems.problem(f'{SETTINGS_FILE}: VEJVISER_AUTHORITY_CONTACT["url"]', "look-contact-url", value=repr(url))
        url = None
    return Contact(url, value.get("phone") or None, value.get("email") or None)


def _logo(settings: Mapping[str, Any], problems: _Problems) -> Logo | None:
    source = settings.get("VEJVISER_LOGO")
    if not source:
        return None
    where = f"{SETTINGS_FILE}: VEJVISER_LOGO"
    folders = static_folders(settings)[:-1]  # the site's own: the engine ships no authority's logo
    inside = isinstance(source, str) and not source.startswith("/") and ".." not in PurePosixPath(source).parts
    source = PurePosixPath(source).as_posix() if inside else source  # "./images/logo.svg" → "images/logo.svg"
    path = next((folder / source for folder in folders if (folder / source).is_file()), None) if inside else None
    if path is None:
        problems.problem(where, "look-logo-missing", value=repr(source), folders=", ".join(map(str, folders)) or "VEJVISER_STATIC_OVERRIDES")
        return None
    found = logo_problems(path)
    for (line, column), code, params in found:
        problems.problem(f"{path}:{line}:{column}", code, **params)
    if found:
        return None
    return Logo(source, _logo_width(path))


# --- The logo's SVG --------------------------------------------------------------------------------

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
REFERENCE = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)|@import", re.IGNORECASE)
LOGO_MAX_BYTES = 512 * 1024


class _Refused(Exception):
    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def _fail(code: str, **params: str) -> NoReturn:
    raise _Refused(code, **params)


def logo_problems(path: Path) -> list[tuple[tuple[int, int], str, dict[str, str]]]:
    """What makes the file at `path` unfit as the header's logo, at its (line, column): empty when it
    is a self-contained SVG image. Stops at the first problem: a refused file is not read further."""
    data = path.read_bytes()
    if path.suffix.lower() != ".svg" or len(data) > LOGO_MAX_BYTES:
        return [((1, 1), "look-logo-not-svg", {"limit_kib": str(LOGO_MAX_BYTES // 1024)})]
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = [0]
    at = [(1, 1)]  # where the event being handled starts (the parser has moved on once one is refused)

    def here() -> None:
        at[0] = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def doctype(_name, _system_id, _public_id, has_internal_subset):
        here()
        if has_internal_subset:  # where entities are declared: a billion laughs, a file read
            _fail("look-logo-dtd")

    def entity(*_args):
        here()
        _fail("look-logo-dtd")

    def start(name, attributes):
        here()
        namespace, _, local = name.rpartition(" ")
        if depth[0] == 0 and (namespace, local) != (SVG_NAMESPACE, "svg"):
            _fail("look-logo-not-svg", limit_kib=str(LOGO_MAX_BYTES // 1024))
        depth[0] += 1
        if local.lower() == "script":
            _fail("look-logo-script")
        if local.lower() == "foreignobject":
            _fail("look-logo-foreign-object")
        for attribute, value in attributes.items():
            attribute_local = attribute.rpartition(" ")[2]
            if attribute_local.lower().startswith("on"):
                _fail("look-logo-event", attribute=attribute_local)
            if "javascript:" in value.lower().replace(" ", ""):
                _fail("look-logo-script")
            if attribute_local == "href" and not value.strip().startswith("#"):
                _fail("look-logo-reference", reference=value.strip()[:80])
            _refuse_references(value)

    def text(data):
        here()
        _refuse_references(data)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = entity
    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        return [(at[0], refused.code, refused.params)]
    except xml.parsers.expat.ExpatError as error:
        return [((error.lineno, error.offset + 1), "look-logo-xml", {"reason": xml.parsers.expat.ErrorString(error.code)})]
    return []


def _refuse_references(text: str) -> None:
    """A CSS `url(...)` to anything but a fragment of the file itself, or an `@import`, is refused."""
    for match in REFERENCE.finditer(text):
        target = match.group(1)
        if target is None or not target.startswith("#"):
            _fail("look-logo-reference", reference=match.group(0)[:80])


def _logo_width(path: Path) -> int:
    """The logo's width in CSS px at LOGO_HEIGHT, from its viewBox, else its width and height (a
    square without either)."""
    parser = xml.parsers.expat.ParserCreate()
    roots: list[dict[str, str]] = []
    parser.StartElementHandler = lambda _name, attributes: roots.append(attributes)
    parser.Parse(path.read_bytes(), True)  # checked by logo_problems first
    size = roots[0]
    numbers = [float(number) for number in re.findall(r"-?[\d.]+(?:e-?\d+)?", size.get("viewBox", ""))]
    if len(numbers) == 4 and numbers[2] > 0 and numbers[3] > 0:
        width, height = numbers[2], numbers[3]
    else:
        try:
            width, height = (float(re.match(r"[\d.]+", size.get(name, "")).group()) for name in ("width", "height"))
        except (AttributeError, ValueError):
            width = height = 1.0
    return max(1, round(LOGO_HEIGHT * width / height)) if height else LOGO_HEIGHT
