"""Addresses that moved, so that no shared link breaks: each old address of a term's page → its new one.

A need's, target group's or area's page lives at its slug (`/hjaelp/ensomhed/`). Its former slugs
(`vocabulary.Term.former_slugs`: the id, which the first addresses were made of, and the `old_slugs`
an editor lists after changing a slug) keep leading there, and so do the pages below it: the print
view (`/hjaelp/loneliness/udskriv/`) and a need's page for a town (`/hjaelp/loneliness/ribe/`, also
when the town's slug changed). Everything here is derived from the vocabularies; nothing is recorded
by hand but `old_slugs`.

The build writes, for every move, a small page at the old address that sends the reader on
(`redirect.html`; `directory.pages`), and for hosts that can answer with a real 301: `_redirects`
(Netlify, Cloudflare Pages) and `_nginx-redirects.conf` (`vejviser.hosting`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from . import urls
from .vocabulary import Term, Vocabularies

REDIRECTS_FILE = "_redirects"
NGINX_FILE = "_nginx-redirects.conf"


@dataclass(frozen=True)
class Move:
    old: str  # a site URL as `vejviser.urls` makes them: `hjaelp/loneliness/`
    new: str
    lang: str


def moves(vocabularies: Vocabularies, languages: Iterable[str]) -> list[Move]:
    """Every old address and where it leads now, in a stable order."""
    return [move for lang in languages for move in _moves_in(vocabularies, lang)]


def _moves_in(vocabularies: Vocabularies, lang: str) -> Iterator[Move]:
    for section, name in urls.TERM_SECTIONS.items():
        for term in vocabularies[name]:
            current, printed = urls.listing_url(section, lang, term), urls.print_url(section, lang, term.slug(lang))
            for old in term.former_slugs(lang):
                yield Move(urls.section_url(section, lang, old), current, lang)
                if printed:
                    yield Move(urls.print_url(section, lang, old), printed, lang)
    for need in vocabularies.needs:
        for town in vocabularies.towns():
            current = urls.listing_url("need", lang, need, town)
            for need_slug in _slugs(need, lang):
                for town_slug in _slugs(town, lang):
                    old = urls.section_url("need", lang, need_slug, town_slug)
                    if old != current:
                        yield Move(old, current, lang)


def _slugs(term: Term, lang: str) -> tuple[str, ...]:
    return (term.slug(lang), *term.former_slugs(lang))


def redirects_file(moved: Iterable[Move], base_path: str) -> bytes:
    """`_redirects` (Netlify, Cloudflare Pages): `old new 301`, one move a line, from the site's root.
    A plain 301, not Netlify's forcing `301!`, which Cloudflare rejects: Netlify then serves the
    redirect page at the old address, which leads on as well."""
    lines = ["# Addresses that moved (vejviser.moved): each leads to its page's new address."]
    lines += [f"{base_path}/{move.old} {base_path}/{move.new} 301" for move in moved]
    return ("\n".join(lines) + "\n").encode("utf-8")


def nginx_redirects(moved: Iterable[Move], base_path: str) -> bytes:
    """The same for an nginx `server { … }` block: an exact location per old address."""
    lines = ["# Addresses that moved, written by the build: include this file in the site's server block."]
    lines += [f"location = {base_path}/{move.old} {{ return 301 {base_path}/{move.new}; }}" for move in moved]
    return ("\n".join(lines) + "\n").encode("utf-8")


def redirect_files(moved: list[Move], base_path: str) -> list[tuple[str, bytes]]:
    """`base_path`: the path of SITEURL (`/vejviser` for a GitHub project site), without its last `/`."""
    return [(REDIRECTS_FILE, redirects_file(moved, base_path)), (NGINX_FILE, nginx_redirects(moved, base_path))]
