"""The order the directory generator writes its pages in (`vejviser.directory.pages.grouped_by_entry`)."""

from __future__ import annotations

from types import SimpleNamespace

from vejviser.directory.pages import PageSpec, grouped_by_entry


def page(template: str, entry: SimpleNamespace | None = None) -> PageSpec:
    return PageSpec(template, lambda lang: f"{template}/", lambda lang: {}, made_from_entry=entry)


def test_an_entrys_pages_come_together_after_the_pages_made_from_no_entry():
    a, b = SimpleNamespace(slug="a"), SimpleNamespace(slug="b")
    pages = [page("home"), page("role", b), page("role", a), page("listing"), page("entry", a), page("entry", b), page("role", a), page("404")]
    order = [(spec.template, spec.made_from_entry and spec.made_from_entry.slug) for spec in grouped_by_entry(pages)]
    assert order == [
        ("home", None),
        ("listing", None),
        ("404", None),
        ("role", "b"),
        ("entry", "b"),
        ("role", "a"),
        ("entry", "a"),
        ("role", "a"),
    ]
