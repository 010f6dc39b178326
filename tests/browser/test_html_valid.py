"""Every page the build writes passes the Nu HTML Checker without errors (one JVM run for the whole site)."""

from __future__ import annotations

from .nuchecker import html_errors


def test_every_generated_page_is_valid_html(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50, f"only {len(pages)} pages were built"
    assert html_errors([built_site]) == []
