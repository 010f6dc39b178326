"""Sources: a phone, e-mail, address or opening hours without a source gives a located warning until the
provider has confirmed the entry; a malformed source is an error. Today is 2026-06-15."""

from __future__ import annotations

import json

from vejviser.model import SOURCE_FIELDS

from .conftest import MINIMAL, REPO

PATH = "content/associations/eksempelforeningen.yaml"

PHONE = MINIMAL + """\
contact:
  phones:
    - number: "88 88 88 01"
"""

PLACE = MINIMAL + """\
contact:
  email: hej@forening.example.org
locations:
  - address: Eksempelvej 1
    postcode: "6700"
    opening_hours:
      weekly:
        - days: [mon]
          opens: "10:00"
          closes: "12:00"
"""


def sources(*items: str) -> str:
    return "sources:\n" + "".join(items)


def test_an_unsourced_phone_is_a_located_warning_in_danish_and_english(validate):
    danish = validate(PHONE)
    assert danish.code == 0
    assert danish.lines[0] == (
        f"{PATH}:10:15: advarsel: telefonnummeret 88 88 88 01 har ingen kilde. Tilføj under 'sources:' den side, "
        "nummeret står på, med 'supports: [phones]' – eller sæt last_verified, når foreningen har bekræftet oplysningerne"
    )
    english = validate(PHONE, "eksempelforeningen.yaml", "--lang", "en")
    assert english.lines[0] == (
        f"{PATH}:10:15: warning: the phone number 88 88 88 01 has no source. Add the page that gives the number under "
        "'sources:' with 'supports: [phones]' – or set last_verified once the association has confirmed the data"
    )


def test_email_address_and_opening_hours_need_a_source_too(validate):
    result = validate(PLACE)
    assert [line.split(": advarsel: ")[0] for line in result.lines[:-1]] == [f"{PATH}:9:10", f"{PATH}:11:14", f"{PATH}:13:5"]
    assert "e-mailadressen hej@forening.example.org har ingen kilde" in result.lines[0]
    assert "adressen 'Eksempelvej 1' har ingen kilde" in result.lines[1]
    assert "åbningstiderne har ingen kilde" in result.lines[2]


def test_a_source_that_supports_the_fact_silences_the_warning(validate):
    text = PHONE + sources('  - url: https://forening.example.org/kontakt\n    read: "2026-06-01"\n    supports: [phones]\n')
    assert validate(text).lines == ["Alt i orden: 1 indgang"]


def test_a_source_for_other_facts_does_not(validate):
    text = PHONE + sources('  - url: https://forening.example.org/\n    read: "2026-06-01"\n    supports: [email]\n')
    assert "telefonnummeret 88 88 88 01 har ingen kilde" in validate(text).out


def test_a_confirmed_entry_needs_no_sources(validate):
    assert validate(PHONE.replace("last_verified:", 'last_verified: "2026-06-01"')).lines == ["Alt i orden: 1 indgang"]


def test_a_source_needs_an_address_or_a_title(validate):
    result = validate(MINIMAL + sources('  - read: "2026-06-01"\n    supports: [summary]\n'))
    assert result.code == 1
    assert f"{PATH}:9:5: en kilde skal have enten en webadresse (url: https://…) eller titlen på et dokument (title: …)" in result.lines


def test_a_document_title_is_enough(validate):
    text = PHONE + sources('  - title: Foreningens folder 2026\n    read: "2026-06-01"\n    supports: [phones]\n')
    assert validate(text).code == 0


def test_supports_names_real_fields(validate):
    result = validate(MINIMAL + sources('  - url: https://forening.example.org/\n    read: "2026-06-01"\n    supports: [telefon]\n'))
    assert result.code == 1
    assert "'telefon' kan ikke bruges her. Brug en af: phones, opening_hours, address" in result.out


def test_a_page_date_may_be_a_day_a_month_or_a_year(validate):
    for page_date in ("2018", "2018-04", "2018-04-03"):
        text = MINIMAL + sources(f'  - url: https://forening.example.org/\n    read: "2026-06-01"\n    page_date: "{page_date}"\n    supports: [summary]\n')
        assert validate(text).code == 0, page_date
    result = validate(MINIMAL + sources('  - url: https://forening.example.org/\n    read: "2026-06-01"\n    page_date: "april 2018"\n    supports: [summary]\n'))
    assert result.code == 1
    assert f"{PATH}:11:16: datoen 'april 2018' skal skrives ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ, når kilden kun oplyser måned eller år, fx \"2018-04\"" in result.lines


def test_a_source_read_in_the_future_is_a_warning(validate):
    result = validate(MINIMAL + sources('  - url: https://forening.example.org/\n    read: "2026-12-24"\n    supports: [summary]\n'))
    assert result.code == 0
    assert f"{PATH}:10:11: advarsel: kilden kan ikke være læst 2026-12-24, for datoen ligger efter i dag (2026-06-15)" in result.out


def test_the_model_knows_every_field_the_schema_allows():
    schema = json.loads((REPO / "plugins" / "vejviser" / "schema" / "entry.schema.json").read_text("utf-8"))
    assert tuple(schema["$defs"]["source"]["properties"]["supports"]["items"]["enum"]) == SOURCE_FIELDS
