""""Tilføj din forening" in real Chromium: the form writes an entry file that `vejviser validate` accepts.

A contributor fills in the form and presses the button; the test reads the link the page offers to
GitHub's "new file" page (…/new/<branch>/content/associations?filename=…&value=…), follows it into a
route that never leaves the machine, writes the file into a fresh content folder and runs the real
`vejviser validate` on it. Also: the preview shows the entry page as it will look, and a real Pelican
build of the proposed file shows its opening hours, the "open now" line and its task under "Bliv
frivillig"; a text too long for a link is offered to copy instead, a form with nothing ticked says
what is missing, and without JavaScript the page shows a template that validates once filled in.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Browser, Page, Route, expect

from vejviser import urls
from vejviser.slug import slugify
from vejviser.yamlsource import read_bytes

from .helpers import AXE_TAGS, REPO, axe_violations, console_problems, csp_problems, foreign_requests, open_page
from .server import serve
from .sitebuild import BROWSER_SITE_EPOCH, build, copy_build_inputs

pytestmark = pytest.mark.browser

SETTINGS = runpy.run_path(str(REPO / "pelicanconf.py"))
NEW_FILE_URL = f"{SETTINGS['VEJVISER_REPOSITORY_URL']}/new/{SETTINGS['VEJVISER_BRANCH']}/content/associations"
NAME = "Café Ældre & Børn – Ribe"
SUMMARY_DA = 'Kl. 12:30 mødes vi til kaffe: "hygge" og snak, no matter what.'
DESCRIPTION_DA = "Vi mødes hver tirsdag i Kulturhuset.\n\nAlle er velkomne – også for første gang."


def axe_on_main(page: Page) -> dict:
    """axe-core on this page's own content (<main>); the frame every page shares is tested elsewhere."""
    page.evaluate(AXE_SCRIPT)
    return page.evaluate("tags => axe.run('main', {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)


def add_page_url(site_url: str, lang: str) -> str:
    return site_url + urls.section_url("add", lang)


def validate(tmp_path: Path, filename: str, text: str, lang: str = "da", epoch: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real `vejviser validate` on a content folder holding only this file (and the vocabularies);
    with `epoch`, as on the day of that SOURCE_DATE_EPOCH."""
    content = tmp_path / "content"
    if not content.exists():
        shutil.copytree(REPO / "content" / "vocabularies", content / "vocabularies")
    (content / "associations").mkdir(exist_ok=True)
    (content / "associations" / filename).write_text(text, "utf-8")
    vejviser = Path(sys.executable).parent / "vejviser"
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch} if epoch else None
    return subprocess.run([str(vejviser), "validate", "--lang", lang], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)


def fill_in(page: Page) -> None:
    page.get_by_label("Foreningens navn").fill(NAME)
    page.get_by_label("Slags tilbud").select_option("self-help-group")
    page.get_by_label("Kort beskrivelse på dansk").fill(SUMMARY_DA)
    page.get_by_label("Det samme på engelsk").fill("Coffee and a chat at 12:30 every Tuesday.")
    for group, label in (("needs", "Ensomhed og fællesskab"), ("needs", "Sorg og tab"), ("areas", "Ribe")):
        page.locator(f"fieldset:has(#{group}-error)").get_by_label(label, exact=True).check()
    page.get_by_label("Ældre", exact=True).check()
    page.get_by_label("Dansk", exact=True).check()
    page.get_by_label("Norsk", exact=True).check()  # "no": YAML 1.1 would read it as false unless quoted
    page.get_by_label("Det er gratis").check()
    page.get_by_role("textbox", name="Telefon").fill("75 12 34 56")
    page.get_by_role("textbox", name="E-mail").fill("kontakt@cafe-aeldre.dk")
    page.get_by_role("textbox", name="Hjemmeside").fill("https://www.cafe-aeldre.dk")
    page.get_by_label("Længere beskrivelse på dansk").fill(DESCRIPTION_DA)
    page.get_by_label("Dit brugernavn på GitHub").fill("@alice")
    page.get_by_label("Hvor har du oplysningerne fra?").fill("https://www.cafe-aeldre.dk/kontakt")


def test_the_form_writes_a_file_that_validates(page: Page, site_url: str, tmp_path: Path):
    visit = open_page(page, add_page_url(site_url, "da"))
    expect(page.locator("#add-entry-fallback")).to_be_hidden()
    fill_in(page)
    page.get_by_role("button", name="Skriv filen").click()

    result = page.locator("#add-entry-result")
    expect(result).to_be_visible()
    expect(result).to_be_focused()
    assert axe_violations(axe_on_main(page)) == []  # the form with its result
    filename = result.locator('[data-result="filename"]').text_content()
    assert filename == slugify(NAME) + ".yaml" == "cafe-aeldre-boern-ribe.yaml"

    link = page.get_by_role("link", name="Åbn GitHub med filen udfyldt")
    href = link.get_attribute("href")
    assert href.startswith(NEW_FILE_URL + "?")
    query = parse_qs(urlsplit(href).query)
    assert query["filename"] == [filename]
    text = query["value"][0]
    assert text == result.get_by_label("Filens indhold").input_value()
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../plugins/vejviser/schema/entry.schema.json"
    assert (REPO / "content" / "associations" / text.splitlines()[0].split("=", 1)[1]).resolve().is_file()

    assert csp_problems(visit) == []  # the script ran under the page's Content-Security-Policy
    opened: list[str] = []

    def keep_on_this_machine(route: Route) -> None:
        opened.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>GitHub stand-in</title>")

    page.route(re.compile(r"^https://github\.com/"), keep_on_this_machine)
    link.click()
    page.wait_for_url(re.compile(r"^https://github\.com/"))
    assert opened == [href]

    validated = validate(tmp_path, filename, text)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stdout.strip().endswith("Alt i orden: 1 indgang")

    data = read_bytes(text.encode("utf-8"), filename).data
    assert data["name"] == NAME and data["kind"] == "self-help-group"
    assert data["summary"]["da"] == SUMMARY_DA
    assert data["description"]["da"] == DESCRIPTION_DA  # exactly as typed ("|-"): no newline added
    assert data["languages"] == ["da", "no"]
    assert data["needs"] == ["loneliness", "grief"] and data["areas"] == ["ribe"]
    assert data["contact"] == {"phones": [{"number": "75 12 34 56"}], "email": "kontakt@cafe-aeldre.dk", "website": "https://www.cafe-aeldre.dk"}
    assert data["maintainers"] == ["@alice"] and data["last_verified"] is None
    (source,) = data["sources"]  # suggested from outside: the page the facts were read on
    assert source["url"] == "https://www.cafe-aeldre.dk/kontakt" and source["read"] == data["added"]
    assert source["supports"] == ["phones", "email", "website", "name", "summary"]

    assert foreign_requests(visit) == [f"request to another host: {href}"]  # only the contributor's click left the page
    assert console_problems(visit) == []


def test_a_file_too_long_for_a_link_is_offered_to_copy(page: Page, site_url: str, tmp_path: Path):
    open_page(page, add_page_url(site_url, "en"))
    page.get_by_label("Name of the association").fill("Lang beskrivelse")
    page.get_by_label("Short description in Danish").fill("Hjælp til alle.")
    page.locator("fieldset:has(#needs-error)").get_by_label("Loneliness and community").check()
    page.locator("fieldset:has(#areas-error)").get_by_label("Esbjerg", exact=True).check()
    page.get_by_label("Longer description in Danish").fill("Æbler og pærer. " * 300)  # ~5 kB, ~11 kB in a URL
    page.get_by_role("button", name="Write the file").click()

    result = page.locator("#add-entry-result")
    expect(result.locator('[data-result="too-long"]')).to_be_visible()
    expect(result.get_by_role("link", name="Open GitHub with the file filled in")).to_be_hidden()
    assert result.get_by_role("link", name="Open GitHub's page for a new file").get_attribute("href") == NEW_FILE_URL
    text = result.get_by_label("The file's content").input_value()
    validated = validate(tmp_path, "lang-beskrivelse.yaml", text, lang="en")
    assert validated.returncode == 0, validated.stdout


def test_says_what_is_missing_and_writes_nothing(page: Page, site_url: str):
    open_page(page, add_page_url(site_url, "en"))
    page.get_by_label("Name of the association").fill("Café Venskab")
    page.get_by_label("Short description in Danish").fill("Kaffe og snak.")
    page.get_by_role("button", name="Write the file").click()
    expect(page.locator("#needs-error")).to_have_text("Choose at least one.")
    expect(page.locator("#areas-error")).to_be_visible()
    expect(page.locator("#add-entry-result")).to_be_hidden()
    page.locator("fieldset:has(#needs-error)").get_by_label("Grief and loss").check()
    expect(page.locator("#needs-error")).to_be_hidden()
    assert axe_violations(axe_on_main(page)) == []  # with its error message showing


def test_without_javascript_a_template_to_copy(browser: Browser, site_url: str, tmp_path: Path):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(add_page_url(site_url, "da"))
        expect(page.locator("#add-entry")).to_be_hidden()
        fallback = page.locator("#add-entry-fallback")
        expect(fallback).to_be_visible()
        assert fallback.get_by_role("link", name="Åbn GitHubs side for en ny fil").get_attribute("href") == NEW_FILE_URL
        template = fallback.locator("[data-template]").inner_text()
    finally:
        context.close()

    untouched = validate(tmp_path, "ny-forening.yaml", template)
    assert untouched.returncode == 1  # empty values: the check says what to fill in, line by line
    assert re.search(r"^content/associations/ny-forening\.yaml:3:\d+: ", untouched.stdout, re.MULTILINE)  # name: "" (after the schema line)

    filled = (
        template.replace('name: ""', 'name: "Ny Forening"')
        .replace('  da: ""', '  da: "Hjælp til alle."')
        .replace("needs: []", "needs: [loneliness]")
        .replace("areas: []", "areas: [esbjerg]")
    )
    validated = validate(tmp_path, "ny-forening.yaml", filled)
    assert validated.returncode == 0, validated.stdout


PHONE_WIDTH = 390  # a common phone's CSS width
# The day the form is filled in and the site built: the browser-test site's build day, 1 June 2026.
FORM_DAY = "2026-06-01T10:00:00+02:00"


def test_a_place_with_opening_hours_and_a_volunteer_task(page: Page, site_url: str, tmp_path: Path):
    """What a weekly café and a one-Saturday task need: the place, its hours in two rows, the task,
    phone and e-mail, and the association's own confirmation. The preview shows them as the page
    will; the file validates and holds them as data, not prose; and a real build of the file shows the
    hours, "open now" and the task under "Bliv frivillig"."""
    page.clock.set_fixed_time(FORM_DAY)  # "today" in the file: the day the test site is built on
    open_page(page, add_page_url(site_url, "da"), width=PHONE_WIDTH)
    page.get_by_label("Foreningens navn").fill("Café Venskab")
    page.get_by_label("Ja, jeg er fra foreningen eller tilbuddet").check()
    page.get_by_label("Kort beskrivelse på dansk").fill("Kaffe og snak for alle, der vil have selskab.")
    page.locator("fieldset:has(#needs-error)").get_by_label("Ensomhed og fællesskab").check()
    page.locator("fieldset:has(#areas-error)").get_by_label("Ribe", exact=True).check()
    page.get_by_role("textbox", name="Telefon").fill("75 12 34 56")
    page.get_by_role("textbox", name="E-mail").fill("kontakt@cafe-venskab.example.org")
    page.get_by_label("Stedets navn").fill("Kulturhuset")
    page.get_by_label("Gade og nummer").fill("Eksempelgade 1")
    page.get_by_label("Postnummer").fill("6760")  # the town is found from it
    page.get_by_label("Adgang uden trin").check()
    first = page.locator("[data-hours-row]").nth(0)
    first.get_by_label("Tir", exact=True).check()
    first.get_by_label("Tor", exact=True).check()
    first.get_by_label("Åbner").fill("10:00")
    first.get_by_label("Lukker").fill("14:00")
    page.get_by_role("button", name="Tilføj andre dage og tider").click()
    second = page.locator("[data-hours-row]").nth(1)
    expect(second.get_by_label("Man", exact=True)).to_be_focused()  # the new row's own first box: no ids shared
    second.get_by_label("Lør", exact=True).check()
    second.get_by_label("Åbner").fill("9.30")  # as people write times: read as 09:30
    second.get_by_label("Lukker").fill("12")
    page.get_by_label("Om åbningstiderne").fill("Lukket i juli.")
    page.get_by_label("Opgavens titel").fill("Hjælper til sommerfesten")
    page.get_by_label("Hvad laver den frivillige?").fill("Du hjælper med at stille op og lave kaffe.")
    page.get_by_label("Hvor meget binder man sig?").select_option("ad-hoc")
    page.get_by_label("Dato for en enkeltstående opgave").fill("20.6.2026")  # as Danes write a date
    page.get_by_label("Engelsk er nok").check()
    page.get_by_label("Sådan melder man sig").fill("Skriv til os på hjemmesiden.")

    preview = page.locator("#add-entry-preview")
    preview.get_by_text("Se hvordan siden kommer til at se ud").click()
    shown = preview.locator("[data-preview-page]")
    expect(shown.locator("h2.vv-entry__title")).to_have_text("Café Venskab")
    expect(shown.locator(".vv-entry__verified")).to_have_text("Bekræftet af foreningen den 1. juni 2026")
    expect(shown.get_by_role("link", name="75 12 34 56")).to_have_attribute("href", "tel:75123456")
    expect(shown.get_by_role("link", name="kontakt@cafe-venskab.example.org")).to_have_attribute("href", "mailto:kontakt@cafe-venskab.example.org")
    expect(shown.locator(".vv-location__name")).to_have_text("Kulturhuset")
    expect(shown.locator(".vv-location__access")).to_have_text("Adgang uden trin")
    hours = shown.locator(".vv-opening-hours__row")
    expect(hours).to_have_count(7)
    expect(hours.nth(1)).to_have_text(re.compile(r"^\s*Tirsdag\s*10\.00–14\.00\s*$"))
    expect(hours.nth(5)).to_have_text(re.compile(r"^\s*Lørdag\s*09\.30–12\.00\s*$"))
    expect(hours.nth(0)).to_have_text(re.compile(r"^\s*Mandag\s*Lukket\s*$"))
    role = shown.locator(".vv-role")
    expect(role.locator(".vv-role__title")).to_have_text("Hjælper til sommerfesten")
    expect(role).to_contain_text("20. juni 2026")
    expect(role).to_contain_text("Engelsk er fint")
    assert axe_violations(axe_on_main(page)) == []  # at 390 px, with the preview open
    page.set_viewport_size({"width": 1280, "height": 900})
    assert axe_violations(axe_on_main(page)) == []

    page.get_by_role("button", name="Skriv filen").click()
    result = page.locator("#add-entry-result")
    expect(result).to_be_visible()
    assert axe_violations(axe_on_main(page)) == []
    proposed = parse_qs(urlsplit(result.get_by_role("link", name="Åbn GitHub med filen udfyldt").get_attribute("href")).query)
    text = proposed["value"][0]  # the file as GitHub's "new file" page receives it
    assert proposed["filename"] == ["cafe-venskab.yaml"] and text == result.get_by_label("Filens indhold").input_value()
    validated = validate(tmp_path, "cafe-venskab.yaml", text, epoch=BROWSER_SITE_EPOCH)
    assert validated.returncode == 0, validated.stdout + validated.stderr + text

    data = read_bytes(text.encode("utf-8"), "cafe-venskab.yaml").data
    assert data["last_verified"] == data["added"] == "2026-06-01"  # confirmed by the association today
    assert data["contact"] == {"phones": [{"number": "75 12 34 56"}], "email": "kontakt@cafe-venskab.example.org"}
    assert data["locations"] == [
        {
            "name": "Kulturhuset",
            "address": "Eksempelgade 1",
            "postcode": "6760",
            "town": "ribe",
            "accessibility": {"step_free": True},
            "opening_hours": {
                "weekly": [
                    {"days": ["tue", "thu"], "opens": "10:00", "closes": "14:00"},
                    {"days": ["sat"], "opens": "09:30", "closes": "12:00"},
                ],
                "note": {"da": "Lukket i juli."},
            },
        }
    ]
    (task,) = data["volunteering"]
    assert task["id"] == "hjaelper-til-sommerfesten" and task["title"] == {"da": "Hjælper til sommerfesten"}
    assert task["commitment"] == "ad-hoc" and task["date"] == "2026-06-20" and task["danish_required"] is False
    assert task["how_to_apply"] == {"da": "Skriv til os på hjemmesiden."}

    built = built_with(tmp_path / "site", "cafe-venskab.yaml", text)
    with serve(built) as url:
        page.clock.set_fixed_time("2026-06-02T11:00:00+02:00")  # a Tuesday, during the opening hours
        page.goto(url + "tilbud/cafe-venskab/")
        expect(page.locator("[data-vv-open-status]")).to_have_text("Åbent nu – lukker kl. 14.00")
        expect(page.locator(".vv-opening-hours__row").nth(3)).to_have_text(re.compile(r"Torsdag\s*10\.00–14\.00"))
        expect(page.locator("#volunteer ~ .vv-role .vv-role__title")).to_have_text("Hjælper til sommerfesten")
        page.goto(url + "frivillig/")  # "Bliv frivillig": with JavaScript, the search lists every task
        found = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name="Hjælper til sommerfesten"))
        expect(found.get_by_role("link")).to_have_attribute("href", re.compile(r"/frivillig/cafe-venskab/hjaelper-til-sommerfesten/$"))
        expect(found).to_contain_text("Café Venskab")
    # Without JavaScript, the page's own list of tasks.
    volunteer = BeautifulSoup((built / "frivillig" / "index.html").read_text("utf-8"), "html.parser")
    (card,) = [card for card in volunteer.select(".vv-role-card") if "Hjælper til sommerfesten" in card.get_text()]
    assert card.select_one(".vv-role-card__entry").get_text(strip=True) == "Café Venskab"
    assert card.select_one(".vv-role-card__when").get_text(strip=True) == "20. juni 2026"


def built_with(workdir: Path, filename: str, text: str) -> Path:
    """A real Pelican build of the shipped content plus this one entry file, on the test site's day."""
    source = copy_build_inputs(workdir / "source")
    (source / "content" / "associations" / filename).write_text(text, "utf-8")
    build(source, workdir / "output", source_date_epoch=BROWSER_SITE_EPOCH)
    return workdir / "output"


def test_the_preview_shows_what_is_typed_as_text(page: Page, site_url: str):
    """Markup typed into the form is shown as the characters typed: it never becomes an element."""
    open_page(page, add_page_url(site_url, "en"), width=PHONE_WIDTH)
    hostile = '<img src=x onerror="window.pwned=1">Café'
    page.get_by_label("Name of the association").fill(hostile)
    page.get_by_label("Short description in Danish").fill("<script>window.pwned=2</script>")
    page.get_by_label("The same in English").fill("<b>Coffee</b> & a chat")
    page.get_by_role("textbox", name="Website").fill('https://example.org/"><svg onload=alert(1)>')
    page.get_by_label("Longer description in Danish").fill("**Kaffe** hver dag. [Klik](javascript:alert(1)) eller [læs mere](https://example.org/mere).")
    preview = page.locator("#add-entry-preview")
    preview.get_by_text("See how the page will look").click()
    shown = preview.locator("[data-preview-page]")
    expect(shown.locator(".vv-entry__title")).to_have_text(hostile)
    expect(shown.locator(".vv-lead")).to_have_text("<b>Coffee</b> & a chat")  # the English page shows the English text
    assert shown.locator("img, script, svg, b").count() == 0
    about = shown.locator(".vv-prose p")  # Markdown as the page shows it: bold and https links only
    expect(about).to_have_text("Kaffe hver dag. [Klik](javascript:alert(1)) eller læs mere.")
    expect(about.locator("strong")).to_have_text("Kaffe")
    expect(about.get_by_role("link")).to_have_count(1)
    expect(about.get_by_role("link", name="læs mere")).to_have_attribute("href", "https://example.org/mere")
    assert page.evaluate("window.pwned") is None


def test_a_task_alone_is_enough_and_mistakes_get_their_own_message(page: Page, site_url: str, tmp_path: Path):
    """An association that only seeks volunteers need not tick what people get help with; a phone
    number, a postcode outside the municipality, hours without times and a task without its text each
    get a message that says what to write, not "Please match the requested format"."""
    open_page(page, add_page_url(site_url, "en"))
    page.get_by_label("Name of the association").fill("Strandrens")
    page.get_by_label("Short description in Danish").fill("Vi samler affald på stranden.")
    page.locator("fieldset:has(#areas-error)").get_by_label("Esbjerg", exact=True).check()
    page.get_by_role("textbox", name="Phone").fill("12 34 56 78")
    page.get_by_label("Postcode").fill("8000")
    page.locator("[data-hours-row]").get_by_label("Mon", exact=True).check()
    page.get_by_label("Title of the task").fill("Beach clean-up helper")
    page.get_by_label("Date of a one-off task").fill("31.2.2027")  # no such day
    page.get_by_role("button", name="Write the file").click()

    expect(page.locator("#add-entry-result")).to_be_hidden()
    expect(page.locator("#needs-error")).to_be_hidden()  # a task instead of help is fine
    message = lambda name: page.locator(f"#{name}").evaluate("element => element.validationMessage")  # noqa: E731
    assert message("phone").startswith("Write a Danish number with 8 digits (it cannot start with 0 or 1)")
    assert message("postcode").startswith("This postcode is not in the municipality")
    expect(page.locator("#hours-error")).to_be_visible()
    assert message("role_how_to_apply").startswith("A volunteer task needs a title")
    assert message("role_date") == "Write the date as day.month.year, e.g. 20.6.2027."
    assert axe_violations(axe_on_main(page)) == []

    page.get_by_role("textbox", name="Phone").fill("75 12 34 56")
    page.get_by_label("Postcode").fill("6700")
    page.locator("[data-hours-row]").get_by_label("Opens").fill("10:00")
    page.locator("[data-hours-row]").get_by_label("Closes").fill("12:00")
    page.get_by_label("What does the volunteer do?").fill("Saml affald en lørdag.")
    page.get_by_label("How to sign up").fill("Mød op ved Vognsbølparken.")
    page.get_by_label("Date of a one-off task").fill("28.2.2099")
    page.get_by_role("button", name="Write the file").click()
    result = page.locator("#add-entry-result")
    expect(result).to_be_visible()
    text = result.get_by_label("The file's content").input_value()
    validated = validate(tmp_path, "strandrens.yaml", text, lang="en")
    assert validated.returncode == 0, validated.stdout + text
    data = read_bytes(text.encode("utf-8"), "strandrens.yaml").data
    assert "needs" not in data and data["last_verified"] is None  # suggested, not from the association
    assert data["locations"][0]["town"] == "esbjerg"
    assert data["volunteering"][0]["date"] == "2099-02-28"
