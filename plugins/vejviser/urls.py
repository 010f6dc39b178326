"""The site's URL scheme in one place: every page's address in every language.

Danish lives at the site root, other languages under `/<lang>/`. Section names are translated, so a
third language is a catalog plus, if its section names should not be English, one more column here.
URLs are relative to SITEURL and end in `/`; `output_path` gives the file Pelican writes for a URL.
"""

from __future__ import annotations

DEFAULT_LANG = "da"
LANGUAGES = ("da", "en")

SECTIONS: dict[str, dict[str, str]] = {
    "entry": {"da": "tilbud", "en": "services"},
    "need": {"da": "hjaelp", "en": "help"},
    "target_group": {"da": "for", "en": "for"},
    "town": {"da": "by", "en": "towns"},
    "a_z": {"da": "a-aa", "en": "a-z"},
    "search": {"da": "soeg", "en": "search"},
    "volunteer": {"da": "frivillig", "en": "volunteer"},
    "add": {"da": "tilfoej", "en": "add"},  # "Tilføj din forening": the form that writes an entry file
    "grants": {"da": "puljer", "en": "grants"},  # "Åbne puljer" and a page per grant (vejviser.kinds)
    "contacts": {"da": "kontakt-kommunen", "en": "contact-the-municipality"},  # "Kontakt kommunen" (vejviser.kinds)
    "rooms": {"da": "lokaler", "en": "rooms"},  # rooms to meet in, browse pages and a page per room (vejviser.kinds)
    "networks": {"da": "netvaerk", "en": "networks"},  # networks between associations, a page per network (vejviser.kinds)
}

# The "Bliv frivillig" section's browse pages, one level below it (`frivillig/ad-hoc/`). Role pages are
# two levels below (`frivillig/<entry>/<role>/`) and nothing is written at `frivillig/<entry>/`, so an
# entry whose slug is one of these names still cannot overwrite or hide a browse page.
VOLUNTEER_BROWSE: dict[str, dict[str, str]] = {
    "ad_hoc": {"da": "ad-hoc", "en": "ad-hoc"},
    "young": {"da": "unge", "en": "young-people"},
    "no_danish": {"da": "ingen-dansk", "en": "no-danish-needed"},
}

# The short address of the accessibility statement that Danish public websites link to.
ACCESSIBILITY_SHORTCUT = "was/"


def lang_prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def home_url(lang: str) -> str:
    return lang_prefix(lang)


def section_url(section: str, lang: str, *parts: str) -> str:
    names = SECTIONS[section]
    segments = [names.get(lang) or names["en"], *parts]
    return lang_prefix(lang) + "/".join(segments) + "/"


def entry_url(slug: str, lang: str) -> str:
    return section_url("entry", lang, slug)


def role_url(entry_slug: str, role_id: str, lang: str) -> str:
    """A volunteer role's own page: `frivillig/<entry>/<role>/`."""
    return section_url("volunteer", lang, entry_slug, role_id)


def volunteer_browse_url(browse: str, lang: str) -> str:
    """A browse page of the volunteer section: `volunteer_browse_url("young", "en")` → `en/volunteer/young-people/`."""
    names = VOLUNTEER_BROWSE[browse]
    return section_url("volunteer", lang, names.get(lang) or names["en"])


def page_url(slug: str, lang: str) -> str:
    """Content pages (about, privacy …): their own slug per language, as PAGE_URL/PAGE_LANG_URL say."""
    return f"{lang_prefix(lang)}{slug}/"


def not_found_path(lang: str) -> str:
    """The 404 page: a file, not a folder, so a web server can be pointed at it."""
    return f"{lang_prefix(lang)}404.html"


def output_path(url: str) -> str:
    return f"{url}index.html" if url.endswith("/") or not url else url


class Links:
    """Every URL of the directory in one language, for templates: `links.need("grief")` → `hjaelp/grief/`."""

    def __init__(self, lang: str):
        self.lang = lang

    def home(self) -> str:
        return home_url(self.lang)

    def entry(self, slug: str) -> str:
        return entry_url(slug, self.lang)

    def need(self, need: str | None = None) -> str:
        return self.section("need", need)

    def target_group(self, group: str | None = None) -> str:
        return self.section("target_group", group)

    def town(self, area: str | None = None) -> str:
        return self.section("town", area)

    def a_z(self) -> str:
        return section_url("a_z", self.lang)

    def search(self) -> str:
        return section_url("search", self.lang)

    def volunteer(self) -> str:
        return section_url("volunteer", self.lang)

    def role(self, entry_slug: str, role_id: str) -> str:
        return role_url(entry_slug, role_id, self.lang)

    def volunteer_browse(self, browse: str) -> str:
        return volunteer_browse_url(browse, self.lang)

    def item(self, section: str, item_id: str) -> str:
        """The page of one item of a section that lists items by id, not a vocabulary's terms:
        `item("grants", "x")` → `puljer/x/` (grants, rooms, networks; `vejviser.kinds`)."""
        return section_url(section, self.lang, item_id)

    def section(self, section: str, part: str | None = None) -> str:
        """A section's overview page, or one of its pages: `section("need", "grief")`."""
        return section_url(section, self.lang, part) if part else section_url(section, self.lang)
