"""The theme's templates, read as Jinja reads them in a real build's environment.

A template imported `with context` is made into a module once per language and SITEURL and shared by
every page (`vejviser.directory.environment.ComponentTemplate`), so it may read nothing of the page
that imports it but its language and the page-independent variables: a component that read the
page's `entry` would show the first page's entry on every page. The macro caches (`frame_part`,
`CACHED_MACROS`) call macros of that same module. These tests hold every
such template to that, and check that the sharing is real.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import Environment, meta, nodes
from pelican import Pelican
from pelican.settings import read_settings

from pelican_build import REPO
from vejviser.directory.environment import CACHED_MACROS, PAGE_INDEPENDENT, forget_cached_macro_outputs
from vejviser.directory.generator import DirectoryGenerator
from vejviser.model import VolunteerRole
from vejviser.site import THEME
from vejviser.vocabulary import load_vocabularies

TEMPLATES = Path(THEME) / "templates"
ROLE = {"id": "x", "title": {"da": "X"}, "description": {"da": "X"}, "commitment": "ad-hoc", "how_to_apply": {"da": "X"}, "danish_required": False}
ALLOWED = {"lang", *PAGE_INDEPENDENT}


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> Environment:
    """The directory generator's Jinja environment, prepared by the plugins as in a build."""
    output = tmp_path_factory.mktemp("templates-output")
    settings = read_settings(str(REPO / "pelicanconf.py"), override={"PATH": str(REPO / "content"), "OUTPUT_PATH": str(output)})
    Pelican(settings)  # registers the plugins, whose `generator_init` receivers prepare the environment
    generator = DirectoryGenerator(context={}, settings=settings, path=settings["PATH"], theme=settings["THEME"], output_path=str(output))
    return generator.env


def parsed(env: Environment, name: str) -> nodes.Template:
    return env.parse((TEMPLATES / name).read_text(encoding="utf-8"))


def imported_with_context() -> list[str]:
    """Every template some template of the theme imports `with context` (parsing needs no plugins),
    and those whose macros `frame_part` and `CACHED_MACROS` call, which get the same module."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    imported = {
        node.template.value
        for path in TEMPLATES.rglob("*.html")
        for node in parsed(env, path.relative_to(TEMPLATES).as_posix()).find_all((nodes.Import, nodes.FromImport))
        if node.with_context
    }
    return sorted(imported | {"components/frame.html"} | {cached.template for cached in CACHED_MACROS.values()})


def own_imports(tree: nodes.Template) -> set[str]:
    names = {node.target for node in tree.find_all(nodes.Import)}
    for node in tree.find_all(nodes.FromImport):
        names.update(name[1] if isinstance(name, tuple) else name for name in node.names)
    return names


def test_the_theme_imports_components_with_context():
    assert {"components/text.html", "components/summary_list.html", "volunteer_role.html"} <= set(imported_with_context())


@pytest.mark.parametrize("name", imported_with_context())
def test_a_template_imported_with_context_reads_only_page_independent_variables(env, name):
    tree = parsed(env, name)
    page_variables = meta.find_undeclared_variables(tree) - set(env.globals) - own_imports(tree)
    assert page_variables <= ALLOWED, (
        f"{name} reads {sorted(page_variables - ALLOWED)} of the page that imports it; an imported template "
        f"sees only {sorted(ALLOWED)} (pass anything else to its macros as arguments)"
    )


def test_the_check_sees_a_page_variable(env):
    tree = env.parse('{% import "components/text.html" as t with context %}{% macro card() %}{{ entry.name }}{{ t.x() }}{% endmacro %}')
    assert meta.find_undeclared_variables(tree) - set(env.globals) - own_imports(tree) == {"entry"}


def test_an_import_with_context_is_made_once_per_language_and_siteurl(env):
    page = env.from_string('{% import "components/text.html" as t with context %}{{ t.fallback_note() }} {{ entry }}')
    rendered = [
        page.render(lang=lang, SITEURL=siteurl, entry=entry)
        for lang, siteurl, entry in (("da", "", "a"), ("da", "", "b"), ("en", "", "a"), ("da", "..", "a"))
    ]
    assert sorted(env.get_template("components/text.html")._page_modules) == [("da", ""), ("da", ".."), ("en", "")]
    # the shared module still speaks each page's language; the page's own variables are its own
    assert rendered[:3] == [
        '<span class="vv-fallback__note" lang="da">Kun på dansk</span> a',
        '<span class="vv-fallback__note" lang="da">Kun på dansk</span> b',
        '<span class="vv-fallback__note" lang="en">Only in Danish</span> a',
    ]


def test_a_cached_macro_renders_once_per_language_until_its_outputs_are_forgotten(env):
    role = VolunteerRole.from_data(ROLE)
    site = SimpleNamespace(vocabularies=load_vocabularies(REPO / "content" / "vocabularies")[0])
    page = env.from_string("{{ cached_role_tags(role) }}")

    def kept() -> int:
        return sum(map(len, env.cached_macro_outputs))

    forget_cached_macro_outputs(env)
    danish = page.render(lang="da", SITEURL="", site=site, role=role)
    assert "Ad hoc / enkeltstående opgave" in danish and "Engelsk er fint" in danish
    assert page.render(lang="da", SITEURL="", site=site, role=role) == danish and kept() == 1
    assert "English is fine" in page.render(lang="en", SITEURL="", site=site, role=role) and kept() == 2
    forget_cached_macro_outputs(env)
    assert kept() == 0
    assert page.render(lang="da", SITEURL="", site=site, role=role) == danish and kept() == 1


def test_translated_refuses_an_attribute_it_would_not_show(env):
    with pytest.raises(TypeError, match="not id"):
        env.from_string('{{ translated(value, id="x") }}').render(lang="da", SITEURL="", value=VolunteerRole.from_data(ROLE).title)
