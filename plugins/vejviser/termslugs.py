"""Checks of the addresses of a vocabulary's terms: `slug:` and `old_slugs:` in needs, target groups and areas.

A term's page lives at `<section>/<slug>/` in each language (`/hjaelp/ensomhed/`, `/en/help/loneliness/`);
its id and its `old_slugs` are addresses it had before, which keep leading to it (`vejviser.moved`).
So in each language every one of these names belongs to one term only, and none may be a name the
section uses for something else (`urls.reserved_slugs`). Each problem is located at the value in the
vocabulary file, with the fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from . import urls
from .problems import Problem
from .slug import is_slug, slugify
from .yamlsource import SourceDocument

if TYPE_CHECKING:
    from .vocabulary import Term

LANGUAGES = ("da", "en")


def check_slugs(doc: SourceDocument, section: str, terms: dict[str, "Term"]) -> list[Problem]:
    problems = [problem for term in terms.values() for problem in _form(doc, term)]
    for lang in LANGUAGES:
        reserved = urls.reserved_slugs(section, lang)
        owner: dict[str, str] = {}  # slug → the term whose address it is in this language
        for term in terms.values():
            for slug, where, at_key in _claims(term, lang):
                address = "/" + urls.section_url(section, lang, slug)
                if slug in reserved:
                    problems.append(doc.problem(where, "vocabulary-slug-reserved", at_key=at_key, slug=slug, address=address))
                elif owner.setdefault(slug, term.id) != term.id:
                    problems.append(doc.problem(where, "vocabulary-slug-taken", at_key=at_key, slug=slug, address=address, other=owner[slug]))
    return problems


def _form(doc: SourceDocument, term: "Term") -> Iterator[Problem]:
    """`slug: {da: …, en: …}` is there and each slug and old slug is one."""
    slugs = term.extra.get("slug")
    suggestion = {lang: slugify(term.label.get(lang)) or term.id for lang in LANGUAGES}
    if not isinstance(slugs, dict) or any(lang not in slugs for lang in LANGUAGES):
        yield doc.problem((term.id,), "vocabulary-slug-missing", at_key=True, term=term.id, **suggestion)
        slugs = slugs if isinstance(slugs, dict) else {}
    for lang in LANGUAGES:
        if lang in slugs and not is_slug(slugs[lang]):
            yield doc.problem((term.id, "slug", lang), "vocabulary-slug-invalid", slug=slugs[lang], suggestion=slugify(str(slugs[lang])) or suggestion[lang])
    old = term.extra.get("old_slugs")
    if old is None:
        return
    if not isinstance(old, dict) or any(lang not in LANGUAGES or not isinstance(listed, list) for lang, listed in old.items()):
        yield doc.problem((term.id, "old_slugs"), "vocabulary-old-slugs-invalid", term=term.id)
        return
    for lang, listed in old.items():
        for index, slug in enumerate(listed):
            if not is_slug(slug):
                yield doc.problem((term.id, "old_slugs", lang, index), "vocabulary-slug-invalid", slug=slug, suggestion=slugify(str(slug)) or suggestion[lang])


def _claims(term: "Term", lang: str) -> Iterator[tuple[str, tuple, bool]]:
    """The slugs that lead to this term's page in `lang` (`Term.slug`, `Term.former_slugs`), each with
    where it is written and whether that is a key (the id)."""
    old = term.extra.get("old_slugs")
    listed = old.get(lang) if isinstance(old, dict) and isinstance(old.get(lang), list) else []
    yield term.slug(lang), (term.id, "slug", lang), False
    for slug in term.former_slugs(lang):
        yield (slug, (term.id,), True) if slug == term.id else (slug, (term.id, "old_slugs", lang, listed.index(slug)), False)
