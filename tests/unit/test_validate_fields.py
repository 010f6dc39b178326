"""Rules about the fields of one entry: keys, types, required text, vocabularies, formats, places, dates.

Each test writes a file with one mistake and asserts the exact `path:line:column: message` a
contributor would read, and that validation fails (exit 1).
"""

from __future__ import annotations

import pytest

from .conftest import MINIMAL

PATH = "content/associations/eksempelforeningen.yaml"


def assert_only_problem(result, line: int, column: int, message: str) -> None:
    assert result.code == 1, result.out
    assert result.lines[:-1] == [f"{PATH}:{line}:{column}: {message}"], result.out
    assert result.lines[-1] == "1 fejl og 0 advarsler i 1 fil"


def test_a_valid_entry_passes(validate):
    result = validate(MINIMAL)
    assert (result.code, result.lines) == (0, ["Alt i orden: 1 indgang"])


def test_unknown_key_suggests_the_intended_one(validate):
    text = MINIMAL + "langauges: [da]\n"
    assert_only_problem(validate(text), 8, 1, "ukendt felt 'langauges'. Mente du 'languages'?")


def test_misspelled_required_key_is_one_message_not_two(validate):
    text = MINIMAL.replace("name:", "nmae:")
    assert_only_problem(validate(text), 1, 1, "ukendt felt 'nmae'. Mente du 'name'?")


def test_unknown_nested_key_points_at_the_key(validate):
    text = MINIMAL + """\
contact:
  phones:
    - number: "75 12 34 56"
      purpse:
        da: Rådgivning
"""
    assert_only_problem(validate(text), 11, 7, "ukendt felt 'purpse'. Mente du 'purpose'?")


def test_unknown_key_without_a_likely_match_lists_the_allowed_keys(validate):
    text = MINIMAL + "cost:\n  free: true\n  xyz: 1\n"
    assert_only_problem(validate(text), 10, 3, "ukendt felt 'xyz'. Felter, der kan stå her: free, note")


def test_missing_required_field(validate):
    text = MINIMAL.replace("kind: association\n", "")
    assert_only_problem(validate(text), 1, 1, "feltet 'kind' mangler")


def test_needs_or_volunteering_is_required(validate):
    text = MINIMAL.replace("needs: [loneliness]\n", "")
    assert_only_problem(validate(text), 1, 1, "skriv mindst ét behov under 'needs' eller en frivilligopgave under 'volunteering'")


def test_danish_text_missing(validate):
    text = MINIMAL.replace("  da: En forening, der kun findes i testene.", "  en: An association that only exists in the tests.")
    assert_only_problem(validate(text), 4, 3, "der mangler dansk tekst i 'summary'. Skriv den under 'da:'")


def test_text_written_without_language(validate):
    text = MINIMAL.replace("summary:\n  da: En forening, der kun findes i testene.", "summary: En forening.")
    assert_only_problem(
        validate(text), 3, 10,
        "'summary' skal have teksten under 'da:' (dansk, skal med) og 'en:' (engelsk, kan udelades), hver på sin egen linje",
    )  # fmt: skip


def test_empty_value(validate):
    text = MINIMAL.replace("kind: association", "kind:")
    assert_only_problem(validate(text), 2, 6, "'kind' er tomt. Udfyld det, eller slet linjen")


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        ('opens: 12:30', 18, "'opens' skal være tekst, men YAML læser 12:30 uden anførselstegn som et tal (minutter). Sæt anførselstegn om: \"12:30\""),
        ('opens: "12.30"', 18, "klokkeslættet '12.30' skal skrives TT:MM i anførselstegn, fx \"09:30\""),
    ],
)  # fmt: skip
def test_time_of_day(validate, line, column, message):
    text = MINIMAL + f"""\
locations:
  - postcode: "6700"
    opening_hours:
      weekly:
        - days: [mon]
          {line}
          closes: "15:00"
"""
    assert_only_problem(validate(text), 13, column, message)


def test_yes_no_word_read_as_boolean_needs_quotes(validate):
    text = MINIMAL + "languages: [da, no]\n"
    message = "'languages' skal være tekst, men YAML læser no uden anførselstegn som ja/nej. Sæt anførselstegn om: \"no\""
    assert_only_problem(validate(text), 8, 17, message)


def test_bare_date_where_text_is_expected_needs_quotes(validate):
    text = MINIMAL.replace("name: Eksempelforeningen", "name: 2024-01-05")
    message = "'name' skal være tekst, men YAML læser 2024-01-05 uden anførselstegn som en dato. Sæt anførselstegn om: \"2024-01-05\""
    assert_only_problem(validate(text, "eksempelforeningen.yaml"), 1, 7, message)


def test_unquoted_number_where_text_is_expected(validate):
    text = MINIMAL + "locations:\n  - postcode: 6700\n"
    message = "'postcode' skal være tekst, men YAML læser 6700 uden anførselstegn som et tal. Sæt anførselstegn om: \"6700\""
    assert_only_problem(validate(text), 9, 15, message)


def test_text_where_a_whole_number_is_expected(validate):
    text = MINIMAL + 'age:\n  min: "18"\n'
    assert_only_problem(validate(text), 9, 8, "'min' skal være et helt tal, fx 18")


def test_word_where_true_or_false_is_expected(validate):
    text = MINIMAL + "cost:\n  free: ja\n"
    assert_only_problem(validate(text), 9, 9, "'free' skal være true (ja) eller false (nej)")


def test_vocabulary_term_with_a_likely_match(validate):
    text = MINIMAL.replace("needs: [loneliness]", "needs: [grief, lonelyness]")
    result = validate(text)
    assert result.code == 1
    assert result.lines[0].startswith(f"{PATH}:5:16: 'lonelyness' findes ikke i ordlisten needs.yaml. Mente du 'loneliness'? Muligheder: loneliness, grief, ")


def test_vocabulary_term_lists_the_valid_ones(validate):
    text = MINIMAL.replace("kind: association", "kind: club")
    message = (
        "'club' findes ikke i ordlisten kinds.yaml. Brug en af: association, self-help-group, volunteer-centre, "
        "national-helpline, municipal-service, regional-service, church-organisation"
    )
    assert_only_problem(validate(text), 2, 7, message)


def test_same_term_twice(validate):
    text = MINIMAL.replace("needs: [loneliness]", "needs: [loneliness, loneliness]")
    assert_only_problem(validate(text), 5, 8, "'loneliness' står to gange i 'needs'. Slet den ene")


def test_impossible_date(validate):
    text = MINIMAL.replace("last_verified:", "last_verified: 2026-02-30")
    assert_only_problem(validate(text), 7, 16, "datoen 2026-02-30 findes ikke. Tjek dag og måned")


def test_date_in_another_format(validate):
    text = MINIMAL.replace("last_verified:", "last_verified: 1. maj 2026")
    assert_only_problem(validate(text), 7, 16, "datoen '1. maj 2026' skal skrives ÅÅÅÅ-MM-DD, fx 2025-03-01")


def test_second_roles_end_before_its_start(validate):
    text = MINIMAL + """\
volunteering:
  - id: besoegsven
    title: {da: Besøgsven}
    description: {da: Du besøger en ældre.}
    commitment: regular
    how_to_apply: {da: Skriv til os.}
  - id: kaffebrygger
    title: {da: Kaffebrygger}
    description: {da: Du brygger kaffe.}
    commitment: event
    how_to_apply: {da: Skriv til os.}
    start: 2026-09-01
    end: 2026-08-01
"""
    assert_only_problem(validate(text), 20, 10, "slutdatoen 2026-08-01 ligger før startdatoen 2026-09-01")


def test_closing_time_before_opening_time(validate):
    text = MINIMAL + """\
locations:
  - postcode: "6700"
    opening_hours:
      weekly:
        - days: [mon]
          opens: "15:00"
          closes: "09:00"
"""
    assert_only_problem(validate(text), 14, 19, "lukketiden 09:00 ligger ikke efter åbningstiden 15:00")


def test_opening_hours_written_as_a_list_show_the_form_they_take(validate):
    # The times straight under opening_hours, without weekly: (as a contributor guesses it), used to
    # say only "needs sub-fields on the lines below, indented", which they had written.
    text = MINIMAL + """\
locations:
  - postcode: "6700"
    opening_hours:
      - days: [mon]
        opens: "10:00"
        closes: "14:00"
"""
    assert_only_problem(
        validate(text),
        11,
        7,
        "'opening_hours' skal have underfeltet weekly: og under det én linje pr. tid, rykket ind, fx \"- days: [tue, thu]\" og under den"
        " \"opens: '10:00'\" og \"closes: '14:00'\" (ugedagene skrives mon, tue, wed, thu, fri, sat, sun)",
    )


def test_a_danish_weekday_is_told_its_code(validate):
    text = MINIMAL + """\
locations:
  - postcode: "6700"
    opening_hours:
      weekly:
        - days: [mandag]
          opens: "10:00"
          closes: "14:00"
"""
    assert_only_problem(
        validate(text),
        12,
        18,
        "'mandag' er ikke en ugedag, som filen kender. Skriv mon, tue, wed, thu, fri, sat eller sun"
        " (mandag = mon, tirsdag = tue, onsdag = wed, torsdag = thu, fredag = fri, lørdag = sat, søndag = sun)",
    )


def test_age_range_upside_down(validate):
    text = MINIMAL + "age:\n  min: 30\n  max: 18\n"
    assert_only_problem(validate(text), 10, 8, "den højeste alder (18) er lavere end den laveste (30)")


def test_two_roles_with_the_same_id(validate):
    role = """\
  - id: besoegsven
    title: {da: Besøgsven}
    description: {da: Du besøger en ældre.}
    commitment: regular
    how_to_apply: {da: Skriv til os.}
"""
    text = MINIMAL + "volunteering:\n" + role + role
    message = "id'et 'besoegsven' er allerede brugt af frivilligopgave nr. 1. Giv hver opgave sit eget id"
    assert_only_problem(validate(text), 14, 9, message)


def test_postcode_outside_the_vocabulary(validate):
    text = MINIMAL + 'locations:\n  - postcode: "2100"\n'
    result = validate(text)
    assert result.code == 1
    assert result.lines[0].startswith(f"{PATH}:9:15: postnummeret 2100 hører ikke til en by i ordlisten areas.yaml. Kendte postnumre: ")
    assert "6700" in result.lines[0] and "6760" in result.lines[0]


def test_town_that_does_not_match_the_postcode(validate):
    text = MINIMAL + 'locations:\n  - postcode: "6700"\n    town: ribe\n'
    assert_only_problem(validate(text), 10, 11, "postnummeret 6700 hører ikke til 'ribe', men til 'esbjerg'")


def test_town_that_is_not_a_town(validate):
    text = MINIMAL + 'locations:\n  - postcode: "6700"\n    town: nationwide\n'
    result = validate(text)
    assert result.lines[0].startswith(f"{PATH}:10:11: 'nationwide' er ikke en by. Brug en af: esbjerg, ribe, ")


def test_swapped_coordinates_are_outside_the_municipality(validate):
    text = MINIMAL + 'locations:\n  - postcode: "6700"\n    coordinates: {lat: 8.45, lon: 55.47}\n'
    message = (
        "koordinaterne (8.45, 55.47) ligger uden for kommunen. lat (breddegrad) skal være mellem 55.2 og 55.62, "
        "lon (længdegrad) mellem 8.25 og 9.05. Er de byttet om?"
    )
    assert_only_problem(validate(text), 10, 18, message)


def test_coordinates_in_esbjerg_pass(validate):
    text = MINIMAL + 'locations:\n  - postcode: "6700"\n    coordinates: {lat: 55.4667, lon: 8.45}\n'
    assert validate(text).code == 0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://www.eksempel.example", "adressen 'http://www.eksempel.example' skal begynde med https://, fx https://www.forening.dk"),
        ("www.eksempel.example", "adressen 'www.eksempel.example' skal begynde med https://, fx https://www.forening.dk"),
        ("https://eksempel", "'https://eksempel' er ikke en gyldig webadresse. Skriv fx https://www.forening.dk"),
    ],
)  # fmt: skip
def test_website_must_be_https(validate, url, message):
    text = MINIMAL + f"contact:\n  website: {url}\n"
    assert_only_problem(validate(text), 9, 12, message)


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("kontakt@eksempel", "'kontakt@eksempel' er ikke en gyldig e-mailadresse. Skriv fx kontakt@forening.dk"),
        ("kontakt.eksempel.dk", "'kontakt.eksempel.dk' er ikke en gyldig e-mailadresse. Skriv fx kontakt@forening.dk"),
        ("mailto:kontakt@eksempel.dk", "skriv kun e-mailadressen, uden 'mailto:' foran"),
    ],
)
def test_malformed_email(validate, email, message):
    text = MINIMAL + f"contact:\n  email: {email}\n"
    assert_only_problem(validate(text), 9, 10, message)


def test_third_phone_number_is_malformed(validate):
    text = MINIMAL + """\
contact:
  phones:
    - number: "75 12 34 56"
    - number: "+45 75 12 34 56"
    - number: "75 12 34"
    - number: "112"
"""
    message = (
        "telefonnummeret '75 12 34' skal have 8 cifre, fx \"75 12 34 56\" eller \"+45 75 12 34 56\", "
        "eller være et kort nummer som \"112\""
    )
    assert_only_problem(validate(text), 12, 15, message)


@pytest.mark.parametrize("number", ["75 12 34 56", "75123456", "+45 75 12 34 56", "+4575123456", "0045 75123456", "112", "114", "1813", "1888", "116 111"])
def test_danish_phone_numbers_that_pass(validate, number):
    assert validate(MINIMAL + f'contact:\n  phones:\n    - number: "{number}"\n').code == 0


@pytest.mark.parametrize(
    ("number", "message", "english"),
    [
        (
            "12 34 56 78",
            "har 8 cifre, men et dansk nummer på 8 cifre begynder aldrig med 0 eller 1. Tjek nummeret, fx \"75 12 34 56\". "
            "Kun korte numre som \"112\", \"114\" og \"1813\" begynder med 1",
            "has 8 digits, but a Danish 8-digit number never starts with 0 or 1. Check the number, e.g. \"75 12 34 56\". "
            "Only short numbers like \"112\", \"114\" and \"1813\" start with 1",
        ),
        (
            "+45 02 34 56 78",
            "har 8 cifre, men et dansk nummer på 8 cifre begynder aldrig med 0 eller 1. Tjek nummeret, fx \"75 12 34 56\". "
            "Kun korte numre som \"112\", \"114\" og \"1813\" begynder med 1",
            "has 8 digits, but a Danish 8-digit number never starts with 0 or 1. Check the number, e.g. \"75 12 34 56\". "
            "Only short numbers like \"112\", \"114\" and \"1813\" start with 1",
        ),
        (
            "+46 75 12 34 56",
            "er ikke et dansk nummer. Kun danske numre kan bruges: 8 cifre, eventuelt med +45 foran, fx \"+45 75 12 34 56\"",
            "is not a Danish number. Only Danish numbers can be used: 8 digits, optionally with +45 in front, e.g. \"+45 75 12 34 56\"",
        ),
        (
            "75 12 34 56 7",
            "skal have 8 cifre, fx \"75 12 34 56\" eller \"+45 75 12 34 56\", eller være et kort nummer som \"112\"",
            "must have 8 digits, e.g. \"75 12 34 56\" or \"+45 75 12 34 56\", or be a short number like \"112\"",
        ),
        (
            "999",
            "skal have 8 cifre, fx \"75 12 34 56\" eller \"+45 75 12 34 56\", eller være et kort nummer som \"112\"",
            "must have 8 digits, e.g. \"75 12 34 56\" or \"+45 75 12 34 56\", or be a short number like \"112\"",
        ),
        (
            "75-12-34-56",
            "må kun indeholde cifre og mellemrum (og + foran 45), ikke bindestreger, parenteser eller tekst. "
            "Skriv fx \"75 12 34 56\", og skriv under purpose, hvad nummeret er til",
            "may only contain digits and spaces (and + before 45), no hyphens, brackets or text. "
            "Write e.g. \"75 12 34 56\", and write what the number is for under purpose",
        ),
        (
            "75  12 34 56",
            "har mellemrum de forkerte steder. Skriv højst ét mellemrum mellem cifrene og intet før eller efter, "
            "fx \"75 12 34 56\" eller \"+45 75 12 34 56\"",
            "has spaces in the wrong places. Write at most one space between the digits and none before or after, "
            "e.g. \"75 12 34 56\" or \"+45 75 12 34 56\"",
        ),
    ],
)
def test_phone_numbers_that_fail_say_what_is_wrong(validate, number, message, english):
    text = MINIMAL + f'contact:\n  phones:\n    - number: "{number}"\n'
    assert_only_problem(validate(text), 10, 15, f"telefonnummeret '{number}' {message}")
    result = validate(text, "eksempelforeningen.yaml", "--lang", "en")
    assert result.lines[:-1] == [f"{PATH}:10:15: the phone number '{number}' {english}"]


def test_github_handle(validate):
    text = MINIMAL + 'maintainers: ["@-ikke-gyldig"]\n'
    assert_only_problem(validate(text), 8, 15, "'@-ikke-gyldig' er ikke et GitHub-brugernavn. Skriv fx @brugernavn")


def test_summary_too_long(validate):
    text = MINIMAL.replace("En forening, der kun findes i testene.", "x" * 301)
    assert_only_problem(validate(text), 4, 7, "'da' er for lang: 301 tegn, men højst 300. Gør teksten kortere")


def test_english_messages(validate):
    text = MINIMAL + "langauges: [da]\n"
    result = validate(text, "eksempelforeningen.yaml", "--lang", "en")
    assert result.code == 1
    assert result.lines == [f"{PATH}:8:1: unknown field 'langauges'. Did you mean 'languages'?", "1 error and 0 warnings in 1 file"]


def test_english_message_for_a_type_with_quote_hint(validate):
    text = MINIMAL + "languages: [da, no]\n"
    result = validate(text, "eksempelforeningen.yaml", "--lang", "en")
    assert result.lines[0] == f"{PATH}:8:17: 'languages' must be text, but YAML reads no without quotes as yes/no. Put quotes around it: \"no\""


def test_postcode_with_a_trailing_newline_is_caught(validate):
    """Python's `$` matches before a final newline; the Rust check does not, and its error is shown."""
    text = MINIMAL + "locations:\n  - postcode: |\n      6700\n"
    assert_only_problem(validate(text), 9, 15, "postnummeret '6700\\n' skal være fire cifre i anførselstegn, fx \"6700\"")


def test_a_missing_field_does_not_hide_another_mistake_in_the_same_role(validate):
    text = MINIMAL + """\
volunteering:
  - id: hjaelper
    title: {da: Hjælper}
    description: {da: "Du hjælper <b>os</b>."}
    commitment: ad-hoc
"""
    result = validate(text)
    assert result.lines[:-1] == [
        f"{PATH}:9:5: feltet 'how_to_apply' mangler",
        f"{PATH}:11:35: HTML er ikke tilladt (<b>). Brug Markdown i stedet, fx **fed** eller [link](https://…)",
    ]
