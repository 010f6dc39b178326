"""Deliberately broken pages for testing the check helpers: each is the good fixture page with one defect.

A broken page is described as one text replacement in `fixtures/good.html`, so it is obvious what is
wrong with it and the rest of the page stays known-good. `write_fixture_site` writes the good page, its
assets and every broken page into one folder to serve.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
GOOD_PAGE = "good.html"

CSP_META = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; img-src \'self\'; '
    "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'\">\n"
)
TRACKING_SCRIPT = (
    "<script>document.cookie = 'visitor=1'; localStorage.setItem('seen', '1'); "
    "sessionStorage.setItem('visit', '1');</script>\n"
)


@dataclass(frozen=True)
class Defect:
    """`good.html` with `old` replaced by `new`, saved as `<name>.html`."""

    name: str
    old: str
    new: str
    what: str

    @property
    def filename(self) -> str:
        return f"{self.name}.html"

    def apply(self, good_html: str) -> str:
        if good_html.count(self.old) != 1:
            raise ValueError(f"defect {self.name!r}: {self.old!r} must occur exactly once in {GOOD_PAGE}")
        return good_html.replace(self.old, self.new)


DEFECTS = {
    defect.name: defect
    for defect in (
        Defect("missing-alt", ' alt="The association\'s logo"', "", "an image without alt text"),
        Defect("low-contrast", "<body>", '<body class="low-contrast">', "light grey text on white"),
        Defect("missing-lang", '<html lang="en">', "<html>", "no lang on <html>"),
        Defect(
            "external-image",
            'src="logo.svg"',
            'src="https://images.example.org/logo.svg"',
            "an image from another host",
        ),
        Defect("inline-script", "</main>", TRACKING_SCRIPT + "</main>", "an inline script, which the CSP blocks"),
        Defect("tracking", CSP_META, TRACKING_SCRIPT, "no CSP and a script that sets a cookie and web storage"),
        Defect("missing-script", "</main>", '<script src="missing.js"></script>\n</main>', "a script that is not there"),
        Defect("fallback-without-lang", '<p lang="da">', "<p>", "Danish text on an English page without lang"),
        Defect("no-focus-indicator", "<body>", '<body class="no-focus-indicator">', "focus outline removed"),
        Defect(
            "unreachable-control",
            "</main>",
            '<span role="button">Show more</span>\n</main>',
            "a button role the keyboard cannot reach",
        ),
        Defect("broken-skip-link", 'href="#main"', 'href="#content"', "a skip link to a target that does not exist"),
        Defect("too-wide", "<body>", '<body class="too-wide">', "content 600px wide"),
        Defect("motion-always", "<body>", '<body class="motion-always">', "an animation that ignores reduced motion"),
        Defect(
            "quick-exit-not-keyboard",
            '<a class="quick-exit" href="https://www.dr.dk/" data-quick-exit>Leave this page quickly</a>',
            '<span class="quick-exit" data-quick-exit>Leave this page quickly</span>',
            "a quick exit that is not a link or button",
        ),
        Defect("missing-icon", '<link rel="icon" href="logo.svg">', '<link rel="icon" href="icon-gone.svg">', "an icon that is not there"),
        Defect("invalid-html", "<title>A good page</title>\n", "", "no <title>, which HTML requires"),
    )
}


def write_fixture_site(folder: Path) -> Path:
    """Copy the fixture pages into `folder` and add one page per defect; returns `folder`."""
    shutil.copytree(FIXTURES, folder, dirs_exist_ok=True)
    good_html = (FIXTURES / GOOD_PAGE).read_text(encoding="utf-8")
    for defect in DEFECTS.values():
        (folder / defect.filename).write_text(defect.apply(good_html), encoding="utf-8")
    return folder
