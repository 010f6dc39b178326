"""Correcting an entry through "Tilføj din forening", in real Chromium on the real built site.

An entry page's "Ret oplysninger" opens the form filled in with the entry (from the published
data/source/<slug>.json). The person changes one field; the proposed file must differ from the entry's
YAML file in that field only – every field the form does not know is kept – and validate. GitHub's
editor for an existing file cannot be given content in a link, so the result is the file to copy and a
link to that editor. Every entry (shipped, and the fictional ones with every optional field), opened
and proposed unchanged, gives back its own data.
The one known loss: the YAML file's comments.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from vejviser.yamlsource import read_bytes

from .helpers import REPO, axe_violations, console_problems, open_page
from .test_add_entry_form import SETTINGS, add_page_url, axe_on_main, validate

pytestmark = pytest.mark.browser

ENTRIES = REPO / "content" / "associations"
BROWSER_ENTRIES = Path(__file__).parent / "content" / "associations"  # fictional: every optional field somewhere
EDIT_URL = f"{SETTINGS['VEJVISER_REPOSITORY_URL']}/edit/{SETTINGS['VEJVISER_BRANCH']}/content/associations/"
ENTRY = "hospice-sydvestjylland"  # a phone with a purpose, a place, four sources, comments: much the form does not show


def original(slug: str) -> dict:
    """The entry's file as the site reads it."""
    path = next(path for path in (ENTRIES / f"{slug}.yaml", BROWSER_ENTRIES / f"{slug}.yaml") if path.is_file())
    return read_bytes(path.read_bytes(), str(path)).data


def proposed_file(page: Page) -> str:
    page.get_by_role("button", name=re.compile("^(Skriv filen|Write the file)$")).click()
    result = page.locator("#add-entry-result")
    expect(result).to_be_visible()
    return result.locator('[data-result="yaml"]').input_value()


def open_correction(page: Page, url: str, width: int = 1280) -> None:
    open_page(page, url, width=width)
    expect(page.locator("#add-entry-editing")).to_be_visible()


def test_the_entry_page_opens_the_form_filled_in_and_one_change_changes_one_field(browser: Browser, site_url: str, tmp_path: Path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        visit = open_page(page, f"{site_url}tilbud/{ENTRY}/", width=390)
        page.get_by_role("link", name="Ret oplysninger").click()
        page.wait_for_url(re.compile(rf"/tilfoej/\?ret={ENTRY}$"))
        notice = page.locator("#add-entry-editing")
        expect(notice).to_contain_text("Du retter: Hospice Sydvestjylland")
        expect(page.locator("h1")).to_have_text("Ret oplysninger")
        assert page.title().startswith("Ret oplysninger – ")
        expect(page.get_by_label("Foreningens navn")).to_have_value("Hospice Sydvestjylland")
        expect(page.get_by_role("textbox", name="Telefon")).to_have_value("99 44 04 99")
        expect(page.get_by_label("Gade og nummer")).to_have_value("Finsensgade 25")
        expect(page.locator("fieldset:has(#needs-error)").get_by_label("Sygdom", exact=True)).to_be_checked()

        changed = "A hospice in Esbjerg for people who are dying and need palliative care."
        page.get_by_label("Det samme på engelsk").fill(changed)
        preview = page.locator("#add-entry-preview")
        preview.get_by_text("Se hvordan siden kommer til at se ud").click()
        expect(preview.locator(".vv-entry__title")).to_have_text("Hospice Sydvestjylland")
        expect(preview.locator(".vv-location__address")).to_contain_text("Finsensgade 25")
        expect(preview.locator(".vv-contact__purpose")).to_have_text("Hospice Sydvestjylland")  # what the form does not show, shown
        expect(preview.locator(".vv-steps__step").first).to_have_text(re.compile("^Tal med din egen læge"))
        expect(preview.locator(".vv-prose li")).to_have_count(3)  # the description's Markdown list
        assert axe_violations(axe_on_main(page)) == []  # editing, with the preview open, at 390 px
        page.set_viewport_size({"width": 1280, "height": 900})
        assert axe_violations(axe_on_main(page)) == []

        text = proposed_file(page)
        result = page.locator("#add-entry-result")
        expect(result.get_by_role("link", name="Åbn GitHub med filen udfyldt")).to_be_hidden()  # GitHub's "new file" refuses an existing name
        expect(result.get_by_role("link", name="Åbn tilbuddets fil i GitHubs editor")).to_have_attribute("href", f"{EDIT_URL}{ENTRY}.yaml")
        assert result.locator('[data-result="filename"]').text_content() == f"{ENTRY}.yaml"
        result.get_by_role("button", name="Kopiér den rettede fil").click()
        expect(result.get_by_role("status")).to_have_text("Kopieret. Sæt den nu ind i GitHubs editor.")
        assert page.evaluate("navigator.clipboard.readText()") == text
        assert axe_violations(axe_on_main(page)) == []
        assert console_problems(visit) == []
    finally:
        context.close()

    expected = copy.deepcopy(original(ENTRY))
    expected["summary"]["en"] = changed
    assert read_bytes(text.encode("utf-8"), f"{ENTRY}.yaml").data == expected  # that field only; the rest, unknown or not, kept
    assert expected["contact"]["phones"][0]["purpose"] and len(expected["sources"]) == 4  # what the form never shows
    # The known loss: the comments of the original file (the form reads data, not the text).
    assert [line for line in text.splitlines() if line.startswith("#")] == ["# yaml-language-server: $schema=../../plugins/vejviser/schema/entry.schema.json"]
    validated = validate(tmp_path, f"{ENTRY}.yaml", text)
    assert validated.returncode == 0, validated.stdout + validated.stderr + text


def test_from_the_association_confirms_today_and_a_source_is_added_to_the_others(page: Page, site_url: str):
    page.clock.set_fixed_time("2026-06-01T10:00:00+02:00")
    open_correction(page, add_page_url(site_url, "en") + f"?edit={ENTRY}")
    expect(page.locator("#add-entry-editing")).to_contain_text("You are correcting: Hospice Sydvestjylland")
    page.get_by_label("Where did you find the information?").fill("https://hospice.example.org/kontakt")
    data = read_bytes(proposed_file(page).encode("utf-8"), "x.yaml").data
    assert data["sources"][:4] == original(ENTRY)["sources"]
    assert data["sources"][4] == {"url": "https://hospice.example.org/kontakt", "read": "2026-06-01", "supports": ["phones", "address", "name", "summary"]}
    assert data["last_verified"] is None

    preview = page.locator("#add-entry-preview")
    preview.get_by_text("See how the page will look").click()
    expect(preview.locator(".vv-entry__verified")).to_have_text("The information is from sources read between 1 June 2026 and 6 December 2026")
    page.get_by_label("Yes, I am from the association or service").check()
    expect(preview.locator(".vv-entry__verified")).to_have_text("Confirmed by the region on 1 June 2026")  # a regional service
    data = read_bytes(proposed_file(page).encode("utf-8"), "x.yaml").data
    assert data["last_verified"] == "2026-06-01" and data["sources"] == original(ENTRY)["sources"]


def test_every_entry_proposed_unchanged_gives_its_own_data(page: Page, site_url: str):
    """Whatever an entry holds – the shipped ones and the fictional ones with every optional field –
    the form reads and writes it back without a change."""
    slugs = sorted(path.stem for path in [*ENTRIES.glob("*.yaml"), *BROWSER_ENTRIES.glob("*.yaml")])
    assert len(slugs) > 20
    changed = []
    for slug in slugs:
        open_correction(page, add_page_url(site_url, "da") + f"?ret={slug}")
        if read_bytes(proposed_file(page).encode("utf-8"), f"{slug}.yaml").data != original(slug):
            changed.append(slug)
    assert changed == []


def test_dates_are_offered_as_people_write_them(page: Page, site_url: str):
    open_correction(page, add_page_url(site_url, "da") + "?ret=eksempel-krisecentret")
    preview = page.locator("#add-entry-preview")
    preview.get_by_text("Se hvordan siden kommer til at se ud").click()
    expect(preview.locator(".vv-location__address").nth(1)).to_have_text(re.compile(r"^Eksempelgade 2\s*6760 Ribe\s*$"))  # the town from the postcode, as on the page
    expect(preview.locator(".vv-prose strong").first).to_have_text("åbent")  # **åbent** in the description
    expect(page.get_by_label("Sidste dag, man kan melde sig")).to_have_value("31.12.2030")  # 2030-12-31 in the file
    page.get_by_label("Sidste dag, man kan melde sig").fill("30.6.2031")
    data = read_bytes(proposed_file(page).encode("utf-8"), "x.yaml").data
    expected = copy.deepcopy(original("eksempel-krisecentret"))
    expected["volunteering"][0]["end"] = "2031-06-30"
    assert data == expected


def test_a_cleared_phone_goes_with_its_purpose(page: Page, site_url: str):
    """A field emptied in the form removes what it stood for, not only the part the form showed."""
    open_correction(page, add_page_url(site_url, "da") + f"?ret={ENTRY}")
    page.get_by_role("textbox", name="Telefon").fill("")
    data = read_bytes(proposed_file(page).encode("utf-8"), "x.yaml").data
    expected = copy.deepcopy(original(ENTRY))
    del expected["contact"]  # its only phone was all it had
    assert data == expected


def test_an_entry_that_does_not_exist_is_said_so(page: Page, site_url: str):
    open_page(page, add_page_url(site_url, "en") + "?edit=no-such-entry")
    notice = page.locator("#add-entry-editing")
    expect(notice).to_contain_text("The entry to correct could not be found.")
    expect(page.locator("h1")).to_have_text("Add your association")
    expect(notice.get_by_text("You are correcting:")).to_be_hidden()
    expect(page.get_by_label("Name of the association")).to_have_value("")  # the form is there for a new one


def test_without_javascript_the_page_says_what_to_do_instead(browser: Browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(add_page_url(site_url, "da") + f"?ret={ENTRY}")
        fallback = page.locator("#add-entry-fallback")
        expect(fallback.get_by_role("heading", name="Sådan retter du en forening, der allerede er her")).to_be_visible()
        expect(fallback).to_contain_text("Uden JavaScript kan formularen ikke udfyldes med tilbuddet.")
        expect(fallback.get_by_role("link", name="Tilbuddenes filer på GitHub")).to_have_attribute(
            "href", f"{SETTINGS['VEJVISER_REPOSITORY_URL']}/tree/{SETTINGS['VEJVISER_BRANCH']}/content/associations"
        )
    finally:
        context.close()
