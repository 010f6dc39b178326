"""Every generator's Jinja environment, prepared the same way (Pelican's `generator_init` signal).

Autoescape is forced on, the language-aware gettext is installed (so content pages written by
Pelican's own PagesGenerator are translated exactly like the directory's pages), and content pages'
HTML is sanitized through the `sanitize` filter. `translated` shows a text of the data in the page's
language. `frame_part` and the `CACHED_MACROS` render what is the same on many pages (the page frame,
an entry's card and its print view, a volunteer role's card, tags and facts) once per language and
SITEURL.

A template imported `with context` (the theme's components) sees only the page's language and the
variables that are the same on every page of a language at one depth (`PAGE_INDEPENDENT`), so it is
made into a module once per language and SITEURL instead of once per page (`ComponentTemplate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from jinja2 import Template, pass_context
from jinja2.environment import TemplateModule
from jinja2.runtime import Context
from markupsafe import Markup, escape

from .. import i18n
from ..markup import sanitize_page
from ..provider import provider_of
from ..text import DEFAULT_LANG, Text
from .context import Alternate
from .devserver import compiled_templates
from .failure import stop_build


# What a template imported `with context` sees of the page that imports it, besides its language.
PAGE_INDEPENDENT = ("site", "links", "SITEURL", "SITENAME")


def prepare_environment(generator) -> None:
    env = generator.env
    env.template_class = ComponentTemplate
    env.autoescape = True
    # Pelican makes new environments for every build, also under --autoreload, so a template never
    # changes during one: no need to check its file's age at every import on every page.
    env.auto_reload = False
    env.bytecode_cache = compiled_templates(generator.settings)  # None but in the development server
    translations_dir = Path(generator.theme) / "translations"
    try:
        translations = i18n.load_translations(translations_dir, i18n.languages_from(generator.settings))
    except i18n.TranslationsMissing as error:
        raise stop_build([str(error)]) from None
    i18n.install(env, translations)
    env.filters["sanitize"] = sanitize_page
    env.globals["label"] = label
    env.globals["provider_of"] = kind_provider
    env.globals["content_page_alternates"] = content_page_alternates
    outputs = []
    for name, cached in CACHED_MACROS.items():
        cache = MacroCache(env, cached.template)
        env.globals[name] = cached.global_function(cache)
        outputs.append(cache.outputs)
    env.extend(cached_macro_outputs=outputs)  # `forget_cached_macro_outputs`
    env.globals["frame_part"] = frame_part(env)
    env.globals["translated"] = translated(env)
    env.filters["as_written"] = as_written


@pass_context
def kind_provider(context: Context, kind: str) -> str:
    """Who can confirm an entry of this kind: `association`, `municipality`, … (`vejviser.provider`)."""
    return provider_of(kind, context["site"].vocabularies)


@pass_context
def label(context: Context, vocabulary: str, term_id: str) -> str:
    """A vocabulary term's label in the page's language: `label("needs", "grief")` → `Sorg og tab`."""
    return context["site"].vocabularies[vocabulary].label(term_id, i18n.context_lang(context))


@pass_context
def content_page_alternates(context: Context, page) -> list[Alternate]:
    """A Pelican content page and its translations (same `Key:`) as language-switcher links."""
    by_lang = {version.lang: version for version in (page, *page.translations)}
    return [Alternate(lang, by_lang[lang].url, lang == page.lang) for lang in context["site"].languages if lang in by_lang]


class ComponentTemplate(Template):
    """A template whose imports `with context` are shared by the pages of a language and SITEURL.

    Jinja runs an imported template again for every page that imports it `with context` (a dozen
    times per entry page, 7 % of a build). The theme's components need nothing of the page but its
    language and `PAGE_INDEPENDENT`, so they get only those and the module is kept: the same
    `{% import … with context %}` then costs a dictionary lookup. `test_templates` checks that no
    imported template reads any other variable of the page.
    """

    def make_module(self, vars=None, shared=False, locals=None) -> TemplateModule:
        if vars is None or not shared:  # a plain import (Jinja keeps that module) or an API call
            return super().make_module(vars, shared, locals)
        return self.page_module(vars)

    def page_module(self, page: Context | Mapping[str, Any]) -> TemplateModule:
        """The module for pages in `page`'s language and at its SITEURL (`page`: a page's template
        context or variables)."""
        lang, siteurl = i18n.context_lang(page), page.get("SITEURL")
        modules = self.__dict__.setdefault("_page_modules", {})  # Jinja makes templates without __init__
        module = modules.get((lang, siteurl))
        if module is None:
            variables = {name: page[name] for name in PAGE_INDEPENDENT if name in page}
            module = modules[(lang, siteurl)] = super().make_module({**variables, "lang": lang})
        return module


class MacroCache:
    """The output of one template's macros, rendered once per language and SITEURL and then reused.

    For macros whose output depends only on their arguments and the page's language and SITEURL
    (pages at the same depth agree even on relative URLs): the macros come from the module a page
    gets by importing the template `with context` (`ComponentTemplate`), which holds nothing else.
    """

    def __init__(self, env, template: str) -> None:
        self.env = env
        self.template = template
        self.outputs: dict[tuple, str] = {}

    def __call__(self, context: Context, macro: str, key: tuple = (), *args, **kwargs) -> str:
        """`macro`'s output for the page `context` renders; `key` stands for the arguments."""
        cache_key = (macro, i18n.context_lang(context), context["SITEURL"], *key)
        output = self.outputs.get(cache_key)
        if output is None:
            module = self.env.get_template(self.template).page_module(context)  # as `import … with context` gets it
            output = self.outputs[cache_key] = getattr(module, macro)(*args, **kwargs)
        return output


def translated(env) -> Callable[..., Markup]:
    """`translated(value, tag="span", class="", html=none)`: translated text from the data (`Text`) in
    the page's language, as the element `tag`. When the page's language is missing, the Danish text
    is shown, marked `lang="da"`, with the note of components/text.html (`fallback_note`, rendered once
    per language): first inside a block (`div`), after the text otherwise. `html` is the value's
    Markdown as safe HTML, shown instead of its plain text.

    Python, not a macro of the theme: a build shows some 300,000 texts at 10,000 entries, and as a
    macro each cost 8.8 µs instead of 3.6."""
    notes = MacroCache(env, "components/text.html")

    @pass_context
    def element(context: Context, value: Text, tag: str = "span", html: Markup | None = None, **attributes: str) -> Markup:
        lang = i18n.context_lang(context)
        shown = value.lang_for(lang)
        content = escape(html if html is not None else value.get(lang))
        classes = attributes.pop("class", "")
        if attributes:
            raise TypeError(f"translated() takes tag, class and html, not {', '.join(sorted(attributes))}")
        if shown == lang:
            return Markup(f'<{tag} class="{escape(classes)}">{content}</{tag}>' if classes else f"<{tag}>{content}</{tag}>")
        note = notes(context, "fallback_note")
        block = tag == "div"
        classes = f"{classes} vv-fallback{' vv-fallback--block' if block else ''}".strip()
        inner = f"{note}{content}" if block else f"{content} {note}"
        return Markup(f'<{tag} class="{escape(classes)}" lang="{shown}">{inner}</{tag}>')

    return element


@pass_context
def as_written(context: Context, text: str) -> Markup:
    """`{{ entry.name|as_written }}`: text from the data that has no translation (names of
    associations and places, titles of sources) as it is written, in the directory's own language,
    marked `lang="da"` on a page in another language, so a screen reader reads it with Danish rules
    (WCAG 3.1.2). On a Danish page, just the text."""
    if i18n.context_lang(context) == DEFAULT_LANG:
        return escape(text)
    return Markup(f'<span lang="{DEFAULT_LANG}">{escape(text)}</span>')


def frame_part(env) -> Callable[[Context, str], str]:
    """`frame_part(name)`: the macro `name` of components/frame.html (crisis lines, menu, footer …),
    the same on every page of a language, so rendered once per language and SITEURL."""
    cache = MacroCache(env, "components/frame.html")
    return pass_context(lambda context, name: cache(context, name))


@dataclass(frozen=True)
class CachedMacro:
    """A macro whose output depends only on its arguments and the page's language and SITEURL, made
    into a global of the same arguments that renders it once for each `key` of them."""

    template: str
    macro: str
    key: Callable[..., tuple]  # the macro's arguments → what stands for them (defaults as the macro's)

    def global_function(self, cache: MacroCache) -> Callable[..., str]:
        return pass_context(lambda context, *args, **kwargs: cache(context, self.macro, self.key(*args, **kwargs), *args, **kwargs))


# Their outputs are kept for the pages of one task of the directory generator, which writes an entry's
# pages together and the listings together (`forget_cached_macro_outputs`).
CACHED_MACROS = {
    # An entry's card is the same on every need, target group and town page of a language, so a
    # listing page costs a lookup per entry instead of a template run.
    "cached_entry_card": CachedMacro("components/cards.html", "entry_card", lambda entry, heading_level=2: (entry.slug, heading_level)),
    # An entry on paper is the same on the print view of each of its needs and areas.
    "cached_print_entry": CachedMacro("components/print_entry.html", "print_entry", lambda entry: (entry.slug,)),
    # A role's card is the same on "Bliv frivillig" and on each of its browse pages (ad hoc, young
    # people, no Danish needed).
    "cached_role_card": CachedMacro(
        "volunteer_role.html", "role_card", lambda posting, heading_level=3: (posting.entry.slug, posting.role.id, heading_level)
    ),
    # A role's tags and facts are the same on its entry's page and on its own page, which the
    # directory generator lists next to each other (`pages.grouped_by_entry`). They show nothing but
    # the role's own fields, so the role itself is the key.
    "cached_role_tags": CachedMacro("volunteer_role.html", "role_tags", lambda role: (role,)),
    "cached_role_facts": CachedMacro("volunteer_role.html", "role_facts", lambda role: (role,)),
}


def forget_cached_macro_outputs(env) -> None:
    """Empty the `CACHED_MACROS`' outputs (the page frame's stay), so that a process that writes pages
    holds what one task's pages share, not every card, print view and role it has rendered (about 6 %
    of the 10,000-entry build's peak memory)."""
    for outputs in env.cached_macro_outputs:
        outputs.clear()
