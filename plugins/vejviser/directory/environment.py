"""Every generator's Jinja environment, prepared the same way (Pelican's `generator_init` signal).

Autoescape is forced on, the language-aware gettext is installed (so content pages written by
Pelican's own PagesGenerator are translated exactly like the directory's pages), and content pages'
HTML is sanitized through the `sanitize` filter. `cached_entry_card` renders an entry's card once per
language and SITEURL, however many listings show it.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import pass_context
from jinja2.runtime import Context

from .. import i18n
from ..markup import sanitize_page
from .context import Alternate
from .failure import stop_build


def prepare_environment(generator) -> None:
    env = generator.env
    env.autoescape = True
    translations_dir = Path(generator.theme) / "translations"
    try:
        translations = i18n.load_translations(translations_dir, i18n.languages_from(generator.settings))
    except i18n.TranslationsMissing as error:
        raise stop_build([str(error)]) from None
    i18n.install(env, translations)
    env.filters["sanitize"] = sanitize_page
    env.globals["label"] = label
    env.globals["content_page_alternates"] = content_page_alternates
    env.globals["cached_entry_card"] = CardCache(env)


@pass_context
def label(context: Context, vocabulary: str, term_id: str) -> str:
    """A vocabulary term's label in the page's language: `label("needs", "grief")` → `Sorg og tab`."""
    return context["site"].vocabularies[vocabulary].label(term_id, i18n.context_lang(context))


@pass_context
def content_page_alternates(context: Context, page) -> list[Alternate]:
    """A Pelican content page and its translations (same `Key:`) as language-switcher links."""
    by_lang = {version.lang: version for version in (page, *page.translations)}
    return [Alternate(lang, by_lang[lang].url, lang == page.lang) for lang in context["site"].languages if lang in by_lang]


class CardCache:
    """`cached_entry_card(entry, heading_level)`: the `entry_card` macro of components/cards.html, memoised.

    An entry's card is the same on every need, target group and town page of a language (those pages
    sit at the same depth, so even relative URLs agree), so it is rendered once per language and
    SITEURL and reused: a listing page costs a lookup per entry instead of a template run.
    """

    TEMPLATE = "components/cards.html"

    def __init__(self, env) -> None:
        self.env = env
        self.modules: dict[tuple[str, str], object] = {}
        self.cards: dict[tuple[str, str, str, int], str] = {}

    @pass_context
    def __call__(self, context: Context, entry, heading_level: int = 2) -> str:
        lang, siteurl = i18n.context_lang(context), context["SITEURL"]
        key = (entry.slug, lang, siteurl, heading_level)
        card = self.cards.get(key)
        if card is None:
            module = self.modules.get((lang, siteurl))
            if module is None:
                variables = {name: context[name] for name in ("site", "links", "SITEURL")}
                module = self.modules[(lang, siteurl)] = self.env.get_template(self.TEMPLATE).make_module({**variables, "lang": lang})
            card = self.cards[key] = module.entry_card(entry, heading_level=heading_level)
        return card
