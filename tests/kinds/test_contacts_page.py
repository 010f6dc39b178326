""""Kontakt kommunen" on the built site: contact points by topic in a fixed order, in both languages,
with role mailboxes and phones; with no sourced contact point, no invented mailbox, only the way to
the municipality's own website."""

from __future__ import annotations

import re

import pytest

PAGES = {"da": "kontakt-kommunen/", "en": "en/contact-the-municipality/"}


@pytest.mark.parametrize(
    ("lang", "headings"),
    [("da", ["Frivillighed", "§ 18-tilskud til frivilligt socialt arbejde"]), ("en", ["Volunteering", "§ 18 grants for voluntary social work"])],
)
def test_contact_points_come_by_topic_in_a_fixed_order(site, lang, headings):
    assert [heading.get_text() for heading in site.page(PAGES[lang]).select("main h2")] == headings


def test_each_contact_point_shows_its_mailbox_phone_hours_and_source(site):
    text = site.text(PAGES["en"])
    for part in ("The example municipality's grants office", "Questions about § 18 grants", "Weekdays 9-12", "puljer@example.org", "88 88 88 12", "read 1 September 2026"):
        assert part in text
    page = site.page(PAGES["da"])
    assert page.select_one('a[href="mailto:frivillig@example.org"]') and page.select_one('a[href="tel:+4588888812"]')


@pytest.mark.parametrize("lang", ["da", "en"])
def test_with_no_sourced_contact_point_the_page_invents_no_mailbox(empty_site, lang):
    page = empty_site.page(PAGES[lang])
    main = page.select_one("main")
    assert main.select('a[href^="mailto:"]') == [] and main.select('a[href^="tel:"]') == []
    assert not re.search(r"[\w.-]+@[\w-]+\.[a-z]{2,}", main.get_text())
    assert main.select_one('a[href="https://www.esbjerg.dk"]') is not None
    assert {"da": "Vi har endnu ingen bekræftede kontaktpunkter fra kommunen.", "en": "We have no confirmed contact points from the municipality yet."}[lang] in empty_site.text(PAGES[lang])
