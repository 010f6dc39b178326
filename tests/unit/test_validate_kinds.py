"""`vejviser validate` on the small kinds of content (grants, alerts, municipal contacts): a hostile
corpus and the usual mistakes are refused with located Danish messages (English on request) and a
non-zero exit, never a traceback; a correct file passes; the shipped files are valid."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from vejviser.kinds.load import load_kinds
from vejviser.vocabulary import load_vocabularies

from .conftest import REPO

GRANT = """\
title: {da: Eksempelpuljen}
granted_by: {da: Eksempeludvalget}
who_may_apply: {da: Alle foreninger.}
supports: {da: Aktiviteter.}
deadline: "2026-10-01"
how_to_apply: {url: https://puljer.example.org/}
contact: {email: puljer@example.org}
sources: [{url: https://puljer.example.org/, read: "2026-06-01"}]
"""
ALERT = """\
alerts:
  - id: frost
    starts: "2026-12-06T16:00"
    ends: "2026-12-08T10:00"
    text: {da: Ekstra åbent i frostvejret}
"""
ROOM = """\
name: Eksempel-lokalet
owner: {name: {da: Eksempelkommunen}}
location: {postcode: "6700"}
who_may_borrow: everyone
booking: {email: booking@example.org}
sources: [{url: https://booking.example.org/, read: "2026-06-01"}]
"""
NETWORK = """\
name: {da: Eksempel-netværket}
purpose: {da: Viden.}
who_can_join: {da: Alle foreninger.}
members: [{name: Eksempel Idrætsforening}]
sources: [{url: https://netvaerk.example.org/, read: "2026-06-01"}]
"""
CONTACTS = """\
contacts:
  - topic: section_18
    name: {da: Puljesekretariatet}
    contact: {email: puljer@example.org}
    sources: [{url: https://kommune.example.org/, read: "2026-06-01"}]
"""


def put(content: Path, name: str, text: str | bytes) -> None:
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), "utf-8")


# (file, its text, the line the validator must print: "path:line:column: start of the message")
CORPUS = [
    ("grants/stor.yaml", GRANT + "# " + "x" * 300_000 + "\n", "content/grants/stor.yaml:1:1: filen er for stor (højst 256 KiB)"),
    ("grants/dyb.yaml", GRANT + "note: " + "[" * 40 + "]" * 40 + "\n", "content/grants/dyb.yaml:9:38: for mange niveauer af indrykning (højst 32)"),
    ("grants/alias.yaml", "title: &t {da: x}\n" + GRANT.split("\n", 1)[1], "content/grants/alias.yaml:1:8: "),
    ("grants/script.yaml", GRANT.replace("{da: Eksempelpuljen}", '{da: "<script>alert(1)</script>"}'), "content/grants/script.yaml:1:14: HTML og javascript: er ikke tilladt i denne tekst"),
    ("grants/html.yaml", GRANT.replace("{da: Aktiviteter.}", '{da: "Se <img src=x onerror=alert(1)>"}'), "content/grants/html.yaml:4:20: HTML er ikke tilladt"),
    ("grants/js-link.yaml", GRANT.replace("https://puljer.example.org/}", "javascript:alert(1)}"), "content/grants/js-link.yaml:6:21: adressen 'javascript:alert(1)' skal begynde med https://"),
    ("grants/md-link.yaml", GRANT.replace("{da: Aktiviteter.}", '{da: "[klik](javascript:alert(1))"}'), "content/grants/md-link.yaml:4:24: linket 'javascript:alert(1)' er ikke tilladt"),
    ("grants/person.yaml", GRANT.replace("puljer@example.org", "jens.hansen@example.org"), "content/grants/person.yaml:7:18: 'jens.hansen@example.org' ligner en persons egen e-mailadresse"),
    ("grants/datoer.yaml", GRANT + 'opens: "2026-11-01"\n', "content/grants/datoer.yaml:5:11: deadline (2026-10-01) ligger før opens (2026-11-01)"),
    ("grants/umulig.yaml", GRANT.replace('"2026-10-01"', '"2026-02-30"'), "content/grants/umulig.yaml:5:11: datoen 2026-02-30 findes ikke"),
    ("grants/ukendt.yaml", GRANT + "dedline: x\n", "content/grants/ukendt.yaml:9:1: ukendt felt 'dedline'. Mente du 'deadline'?"),
    ("grants/komma.yaml", GRANT.replace("{da: Alle foreninger.}", "{da: Alle foreninger, også nye}"), 'content/grants/komma.yaml:3:38: teksten indeholder et komma, og mellem klammerne { } deler YAML teksten ved hvert komma, så \'også nye\' her læses som et felt for sig. Sæt anførselstegn om hele teksten: who_may_apply: {da: "Alle foreninger, også nye"}'),
    ("grants/uden-kilde.yaml", GRANT.replace('sources: [{url: https://puljer.example.org/, read: "2026-06-01"}]\n', ""), "content/grants/uden-kilde.yaml:1:1: feltet 'sources' mangler"),
    ("grants/Stort Navn.yaml", GRANT, "content/grants/Stort Navn.yaml:1:1: filnavnet 'Stort Navn.yaml' må kun indeholde små bogstaver"),
    ("alerts.yaml", ALERT.replace('"2026-12-08T10:00"', '"2026-12-06T10:00"') + "    needs: [hjemloes]\n", "content/alerts.yaml:4:11: beskeden slutter (2026-12-06T10:00), før den begynder (2026-12-06T16:00)"),
    ("alerts.yaml", ALERT.replace('"2026-12-06T16:00"', "2026-12-06"), "content/alerts.yaml:3:13: '2026-12-06' er ikke et gyldigt tidspunkt"),
    ("alerts.yaml", ALERT + "    pages: [forside]\n", "content/alerts.yaml:6:13: 'forside' kan ikke bruges her. Brug en af: all, home, help"),
    ("alerts.yaml", ALERT.replace("{da: Ekstra åbent i frostvejret}", '{da: "Se <a href=x>her</a>"}'), "content/alerts.yaml:5:20: HTML og javascript: er ikke tilladt"),
    ("rooms/ejer.yaml", ROOM.replace("{name: {da: Eksempelkommunen}}", "{entry: findes-ikke}"), "content/rooms/ejer.yaml:2:16: der er ingen indgang 'findes-ikke'"),
    ("rooms/trinfri.yaml", ROOM, "content/rooms/trinfri.yaml:1:1: filnavnet trinfri.yaml er navnet på en oversigtsside"),
    ("rooms/person.yaml", ROOM.replace("booking@example.org", "anne.larsen@example.org"), "content/rooms/person.yaml:5:18: 'anne.larsen@example.org' ligner en persons egen e-mailadresse"),
    ("rooms/plads.yaml", ROOM + "capacity: {seated: 0}\n", "content/rooms/plads.yaml:7:20: 'seated' skal være mindst 1"),
    ("rooms/ting.yaml", ROOM + "facilities: [kaffemaskine]\n", "content/rooms/ting.yaml:7:14: 'kaffemaskine' kan ikke bruges her"),
    ("rooms/navn.yaml", ROOM.replace("name: Eksempel-lokalet", "name: <i>Lokalet</i>"), "content/rooms/navn.yaml:1:7: HTML og javascript: er ikke tilladt"),
    ("networks/ukendt.yaml", NETWORK.replace("[{name: Eksempel Idrætsforening}]", "[{entry: findes-ikke}]"), "content/networks/ukendt.yaml:4:19: der er ingen indgang 'findes-ikke'"),
    ("networks/begge.yaml", NETWORK.replace("{name: Eksempel Idrætsforening}", "{name: X y, entry: x}"), "content/networks/begge.yaml:4:11: et medlem skal have enten entry"),
    ("networks/tom.yaml", NETWORK.replace("[{name: Eksempel Idrætsforening}]", "[]"), "content/networks/tom.yaml:4:10: 'members' er tomt"),
    ("municipal_contacts.yaml", CONTACTS.replace("puljer@example.org", "mette-jensen@example.org"), "content/municipal_contacts.yaml:4:22: 'mette-jensen@example.org' ligner en persons egen e-mailadresse"),
    ("municipal_contacts.yaml", CONTACTS + "    person: {name: Mette}\n", "content/municipal_contacts.yaml:6:5: ukendt felt 'person'"),
    ("municipal_contacts.yaml", CONTACTS.replace("section_18", "lokaler"), "content/municipal_contacts.yaml:2:12: 'lokaler' kan ikke bruges her. Brug en af: volunteering, section_18, rooms, cooperation"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), CORPUS, ids=[f"{index}-{case[0]}" for index, case in enumerate(CORPUS)])
def test_hostile_and_mistaken_files_are_refused_with_a_located_danish_message(content, run, name, text, expected):
    put(content, name, text)
    result = run("validate")
    assert result.code == 1 and "Traceback" not in result.out + result.err
    assert any(line.startswith(expected) for line in result.lines), result.out


def test_english_on_request(content, run):
    put(content, "alerts.yaml", ALERT.replace('"2026-12-06T16:00"', "2026-12-06"))
    result = run("validate", "--lang", "en", "content/alerts.yaml")
    assert result.code == 1
    assert result.lines[0] == "content/alerts.yaml:3:13: '2026-12-06' is not a valid time. Write the date and time in quotes, e.g. \"2026-12-06T16:00\""


def test_correct_files_pass_and_a_named_grant_is_checked_as_a_grant(content, run):
    put(content, "grants/eksempelpuljen.yaml", GRANT)
    put(content, "alerts.yaml", ALERT)
    put(content, "municipal_contacts.yaml", CONTACTS)
    put(content, "rooms/eksempel-lokalet.yaml", ROOM)
    put(content, "networks/eksempel-netvaerket.yaml", NETWORK)
    assert run("validate").code == 0
    assert run("validate", "content/grants/eksempelpuljen.yaml").code == 0
    put(content, "grants/eksempelpuljen.yaml", GRANT + "dedline: x\n")
    assert run("validate", "content/grants/eksempelpuljen.yaml").lines[0].startswith("content/grants/eksempelpuljen.yaml:9:1: ukendt felt 'dedline'")


def test_the_shipped_kinds_files_are_valid_and_hold_no_made_up_items():
    vocabularies, _ = load_vocabularies(REPO / "content" / "vocabularies")
    kinds, problems = load_kinds(REPO / "content", vocabularies)
    assert problems == []
    for grant in kinds.grants:  # a grant shipped in content/ must say where it comes from
        assert grant.sources and all(source.url or source.title for source in grant.sources)
    for point in kinds.contacts:
        assert point.sources
