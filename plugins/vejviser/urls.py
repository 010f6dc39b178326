"""The site's URL scheme in one place: every page's address in every language.

Danish lives at the site root, other languages under `/<lang>/`. Section names are translated, so a
third language is a catalog plus, if its section names should not be English, one more column here.
URLs are relative to SITEURL and end in `/`; `output_path` gives the file Pelican writes for a URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from .vocabulary import Term

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

# The sections that have a page per term of a vocabulary, and that vocabulary: `hjaelp/<need>/`,
# `for/<target group>/`, `by/<area>/`, and a need in a town, `hjaelp/<need>/<town>/`. The last part
# of such an address is the term's slug in the page's language (`vocabulary.Term.slug`), not its id:
# `hjaelp/ensomhed/`, `en/help/loneliness/`. Addresses a term had before lead on (`vejviser.moved`).
TERM_SECTIONS: dict[str, str] = {"need": "needs", "target_group": "target_groups", "town": "areas"}

# A need's or an area's listing has a print view one level below it (`vejviser.opendata.print_lists`).
PRINT_SEGMENT: dict[str, str] = {"da": "udskriv", "en": "print"}
PRINTABLE = ("need", "town")

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


def listing_url(section: str, lang: str, term: "Term", town: "Term | None" = None) -> str:
    """The page of a term (`listing_url("need", "da", loneliness)` → `hjaelp/ensomhed/`), or of a need in a town."""
    parts = (term.slug(lang), town.slug(lang)) if town else (term.slug(lang),)
    return section_url(section, lang, *parts)


def print_url(section: str, lang: str, slug: str) -> str | None:
    """The print view of the page with this slug (`hjaelp/ensomhed/udskriv/`); None for sections without one."""
    if section not in PRINTABLE:
        return None
    return section_url(section, lang, slug, PRINT_SEGMENT.get(lang) or PRINT_SEGMENT["en"])


def reserved_slugs(section: str, lang: str) -> frozenset[str]:
    """Slugs a term of `section` cannot have in `lang`: a town's slug is the last part of a need's
    page for that town (`hjaelp/ensomhed/ribe/`), beside the need's print view (`hjaelp/ensomhed/udskriv/`)."""
    return frozenset({PRINT_SEGMENT.get(lang) or PRINT_SEGMENT["en"]}) if section == "town" else frozenset()


def page_url(slug: str, lang: str) -> str:
    """Content pages (about, privacy …): their own slug per language, as PAGE_URL/PAGE_LANG_URL say."""
    return f"{lang_prefix(lang)}{slug}/"


def not_found_path(lang: str) -> str:
    """The 404 page: a file, not a folder, so a web server can be pointed at it."""
    return f"{lang_prefix(lang)}404.html"


def output_path(url: str) -> str:
    return f"{url}index.html" if url.endswith("/") or not url else url


class Links:
    """Every URL of the directory in one language, for templates: `links.need("grief")` → `hjaelp/sorg/`.

    `slugs` holds, for each of `TERM_SECTIONS`, every term id's slug in this language (`term_slugs`).
    """

    def __init__(self, lang: str, slugs: Mapping[str, Mapping[str, str]]):
        self.lang = lang
        self.slugs = slugs

    def home(self) -> str:
        return home_url(self.lang)

    def entry(self, slug: str) -> str:
        return entry_url(slug, self.lang)

    def need(self, need: str | None = None) -> str:
        return self.section("need", need)

    def need_in_town(self, need: str, town: str) -> str:
        """A need's page for a reader in a town: `hjaelp/ensomhed/ribe/`."""
        return section_url("need", self.lang, self.slugs["need"][need], self.slugs["town"][town])

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

    def section(self, section: str, term: str | None = None) -> str:
        """A section's overview page, or the page of one of its terms: `section("need", "grief")`."""
        return section_url(section, self.lang, self.slugs[section][term]) if term else section_url(section, self.lang)


def term_slugs(vocabularies, lang: str) -> dict[str, dict[str, str]]:
    """Section → term id → its slug in `lang`, for `Links`."""
    return {section: {term.id: term.slug(lang) for term in vocabularies[name]} for section, name in TERM_SECTIONS.items()}
