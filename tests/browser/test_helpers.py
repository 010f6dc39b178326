"""The checks can fail: each broken fixture page makes the check written for its defect report it,
and the good fixture page passes every check. A check that passed everything would guard nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import helpers
from .brokenpages import DEFECTS, GOOD_PAGE
from .helpers import NARROW, WIDE, Visit
from .nuchecker import OUTDATED_CHECKER, errors_in, nu_messages
from .trees import tree_differences

pytestmark = pytest.mark.browser

FALLBACK_TEXT = "Denne tekst findes kun på dansk."  # the Danish paragraph on the English fixture page


def fallback_language(visit: Visit) -> list[str]:
    lang = helpers.text_language(visit.page, FALLBACK_TEXT)
    return [] if lang == "da" else [f"Danish text {FALLBACK_TEXT!r} is marked lang={lang!r}"]


@dataclass(frozen=True)
class Check:
    run: Callable[[Visit], list[str]]
    width: int = WIDE
    reduced_motion: str | None = None


CHECKS = {
    "axe": Check(lambda visit: helpers.axe_violations(helpers.run_axe(visit.page))),
    "foreign requests": Check(helpers.foreign_requests),
    "cookies": Check(helpers.cookie_problems),
    "storage": Check(helpers.storage_problems),
    "csp": Check(helpers.csp_problems),
    "console": Check(helpers.console_problems),
    "icon": Check(helpers.icon_problems),
    "keyboard": Check(lambda visit: helpers.keyboard_problems(visit.page)),
    "skip link": Check(lambda visit: helpers.skip_link_problems(visit.page)),
    "quick exit": Check(lambda visit: helpers.quick_exit_problems(visit.page, "[data-quick-exit]")),
    "reflow": Check(lambda visit: helpers.reflow_problems(visit.page), width=NARROW),
    "motion": Check(lambda visit: helpers.motion_problems(visit.page), reduced_motion="reduce"),
    "fallback language": Check(fallback_language),
}

# (broken page, check, text the check's report must contain)
DETECTED = [
    ("missing-alt", "axe", "image-alt"),
    ("low-contrast", "axe", "color-contrast"),
    ("missing-lang", "axe", "html-has-lang"),
    ("external-image", "foreign requests", "https://images.example.org/logo.svg"),
    ("external-image", "csp", "Content Security Policy"),
    ("inline-script", "csp", "Content Security Policy"),
    ("tracking", "csp", "no Content-Security-Policy <meta>"),
    ("tracking", "cookies", "cookie set: visitor"),
    ("tracking", "storage", "localStorage holds 'seen'"),
    ("tracking", "storage", "sessionStorage holds 'visit'"),
    ("missing-script", "console", "404"),
    ("missing-icon", "icon", "/icon-gone.svg answers 404"),
    ("fallback-without-lang", "fallback language", "lang='en'"),
    ("no-focus-indicator", "keyboard", "focus shows no visible change"),
    ("unreachable-control", "keyboard", 'Tab never reaches <span> "Show more"'),
    ("broken-skip-link", "skip link", "#content, which is not on the page"),
    ("too-wide", "reflow", "the page scrolls sideways"),
    ("motion-always", "motion", "animates: pulse"),
    ("quick-exit-not-keyboard", "quick exit", "Tab never reaches the quick exit"),
]


def run_check(page, url: str, check: Check) -> list[str]:
    visit = helpers.open_page(page, url, width=check.width, reduced_motion=check.reduced_motion)
    return check.run(visit)


@pytest.mark.parametrize("check_name", CHECKS)
def test_good_page_passes(page, fixture_site_url, check_name):
    assert run_check(page, fixture_site_url + GOOD_PAGE, CHECKS[check_name]) == []


@pytest.mark.parametrize(("defect", "check_name", "expected"), DETECTED, ids=[f"{d}-{c}" for d, c, _ in DETECTED])
def test_broken_page_fails(page, fixture_site_url, defect, check_name, expected):
    problems = run_check(page, fixture_site_url + DEFECTS[defect].filename, CHECKS[check_name])
    assert any(expected in problem for problem in problems), problems


def test_every_broken_page_is_detected():
    detected = {defect for defect, _, _ in DETECTED} | {"invalid-html"}
    assert detected == set(DEFECTS)


@pytest.fixture(scope="module")
def nu_messages_on_fixtures(fixture_site: Path) -> list[dict]:
    """The Nu checker's messages on the good page and the invalid one, from one JVM run."""
    return nu_messages([fixture_site / GOOD_PAGE, fixture_site / DEFECTS["invalid-html"].filename])


def test_nu_checker_reports_invalid_html_only(nu_messages_on_fixtures):
    errors = errors_in(nu_messages_on_fixtures)
    assert [error for error in errors if f"/{GOOD_PAGE}:" in error] == []
    assert any("title" in error for error in errors if f"/{DEFECTS['invalid-html'].filename}:" in error), errors


def test_nu_checker_still_needs_each_outdated_exception(nu_messages_on_fixtures):
    """The good page uses what the 2020 checker wrongly rejects; once it stops, drop the exception."""
    errors = [error for error in errors_in(nu_messages_on_fixtures, outdated={}) if f"/{GOOD_PAGE}:" in error]
    for text in OUTDATED_CHECKER:
        assert any(text in error for error in errors), f"the checker accepts it now: remove {text!r}"


def test_axe_incomplete_results_need_a_reason():
    results = {
        "incomplete": [
            {"id": "color-contrast", "help": "contrast", "nodes": [{"target": [".hero > h1"], "html": "<h1>"}]},
            {"id": "color-contrast", "help": "contrast", "nodes": [{"target": [".card p"], "html": "<p>"}]},
        ]
    }
    reviewed = {("color-contrast", ".hero*"): "text on the hero's gradient is checked by hand"}
    assert helpers.unreviewed_incomplete(results, reviewed) == [
        "needs review: color-contrast: contrast — .card p <p>"
    ]


def test_tree_differences_finds_changed_missing_and_stale(tmp_path: Path):
    first, second = tmp_path / "first", tmp_path / "second"
    for root in (first, second):
        (root / "pagefind").mkdir(parents=True)
        (root / "same.html").write_text("same")
    (first / "changed.html").write_text("one")
    (second / "changed.html").write_text("two")
    (first / "only-first.html").write_text("x")
    (first / "pagefind" / "meta.pf_meta").write_bytes(b"\x01")
    (second / "pagefind" / "meta.pf_meta").write_bytes(b"\x02")
    assert tree_differences(first, second, excluded=("pagefind/*.pf_meta", "nothing/*")) == [
        "exclusion 'nothing/*' matches no file",
        "differs: changed.html",
        f"only in {first}: only-first.html",
    ]
