"""Rules about whole files: hostile or broken YAML, file names, duplicates across files, Markdown files."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vejviser.content import load_directory
from vejviser.validate.across import SIMILARITY, similar
from vejviser.validate.markdown import markdown_issues
from vejviser.yamlsource import MAX_BYTES

from .conftest import MINIMAL, write

PATH = "content/associations/eksempelforeningen.yaml"


def only(result, message: str) -> None:
    assert result.code == 1, result.out
    assert result.lines[:-1] == [message], result.out


def test_file_over_the_size_cap(validate):
    text = MINIMAL + "# " + "x" * MAX_BYTES + "\n"
    only(validate(text), f"{PATH}:1:1: filen er for stor (højst 256 KiB). Del beskrivelsen op eller gør den kortere")


def test_invalid_utf8_points_at_the_bad_byte(validate):
    text = MINIMAL.encode() + "description:\n  da: Café ".encode() + b"\xe9 \n"
    only(validate(text), f"{PATH}:9:12: filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8 (fx i GitHubs editor)")


def test_empty_file(validate):
    only(validate(""), f"{PATH}:1:1: filen er tom. Den skal mindst have name, kind, summary, areas og last_verified")


def test_file_with_only_comments_is_empty(validate):
    only(validate("# bare en kommentar\n"), f"{PATH}:1:1: filen er tom. Den skal mindst have name, kind, summary, areas og last_verified")


def test_document_that_is_a_list(validate):
    only(validate("- name: Eksempelforeningen\n"), f"{PATH}:1:1: filen skal bestå af felter som 'name: ...', ikke en liste eller en enkelt værdi")


def test_document_that_is_a_single_value(validate):
    only(validate("Eksempelforeningen\n"), f"{PATH}:1:1: filen skal bestå af felter som 'name: ...', ikke en liste eller en enkelt værdi")


def test_yaml_anchor(validate):
    text = MINIMAL.replace("needs: [loneliness]", "needs: &behov [loneliness]") + "target_groups: *behov\n"
    only(validate(text), f"{PATH}:5:8: YAML-ankre (&navn) er ikke tilladt. Skriv værdien ud hvert sted, den bruges")


def test_billion_laughs_is_refused_without_expanding(validate):
    text = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: &d [*c,*c]\ne: &e [*d,*d]\n'
    only(validate(text), f"{PATH}:1:4: YAML-ankre (&navn) er ikke tilladt. Skriv værdien ud hvert sted, den bruges")


def test_custom_tag(validate):
    text = MINIMAL.replace("name: Eksempelforeningen", "name: !!python/object/apply:os.system ['true']")
    only(validate(text), f"{PATH}:1:7: YAML-mærket tag:yaml.org,2002:python/object/apply:os.system er ikke tilladt. Fjern det")


def test_str_tag_is_a_way_of_quoting(validate):
    text = MINIMAL + "locations:\n  - postcode: !!str 6700\n"
    assert validate(text).code == 0


def test_second_document(validate):
    only(validate(MINIMAL + "---\nname: Igen\n"), f"{PATH}:8:1: filen må kun indeholde ét YAML-dokument. Fjern linjen med '---'")


def test_duplicate_key_inside_a_file(validate):
    text = MINIMAL + "kind: self-help-group\n"
    only(validate(text), f"{PATH}:8:1: feltet 'kind' står to gange (første gang på linje 2). Slet det ene")


def test_yaml_syntax_error_is_reported_where_the_mistake_is(validate):
    """libyaml stops at the end of the file; the quote that is not closed opens on line 9 (more in test_yaml_errors.py)."""
    text = MINIMAL + "description:\n  da: 'ikke lukket\n"
    message = (
        "anførselstegnet ', der begynder her, bliver ikke lukket: det afsluttende ' mangler, så linjerne nedenunder læses "
        "som en del af teksten. Sæt ' der, hvor teksten slutter, fx da: 'ikke lukket'"
    )
    only(validate(text), f"{PATH}:9:7: {message}")


def test_absurd_nesting_is_refused_not_a_crash(validate):
    text = "name: " + "[" * 100_000 + "]" * 100_000 + "\n"
    only(validate(text), f"{PATH}:1:38: for mange niveauer af indrykning (højst 32)")


def test_file_name_must_be_a_slug_and_the_message_suggests_one(validate):
    text = MINIMAL.replace("Eksempelforeningen", "Røde Kors Ærø")
    message = (
        "content/associations/Røde_Kors.yaml:1:1: filnavnet 'Røde_Kors.yaml' må kun indeholde små bogstaver a–z, tal og bindestreger "
        "(æ, ø, å skrives ae, oe, aa). Omdøb filen, fx til roede-kors-aeroe.yaml"
    )
    only(validate(text, "Røde_Kors.yaml"), message)


def test_file_name_may_differ_from_the_name_when_it_is_a_slug(validate):
    assert validate(MINIMAL, "eksempel.yaml").code == 0


def test_duplicate_slug(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforeningen.yml", MINIMAL.replace("Eksempelforeningen", "Et helt andet navn"))
    result = run("validate")
    assert result.code == 1
    assert result.lines[:-1] == [
        "content/associations/eksempelforeningen.yaml:1:1: adressen 'eksempelforeningen' bruges også af content/associations/eksempelforeningen.yml. Giv filen et andet navn",
        "content/associations/eksempelforeningen.yml:1:1: adressen 'eksempelforeningen' bruges også af content/associations/eksempelforeningen.yaml. Giv filen et andet navn",
    ]


def test_same_name_in_a_new_file_is_found_when_only_that_file_is_checked(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    new = write(content, "eksempel-foreningen.yaml", MINIMAL.replace("Eksempelforeningen", "Eksempel-Foreningen"))
    result = run("validate", str(new))
    message = (
        "content/associations/eksempel-foreningen.yaml:1:7: der findes allerede en indgang med navnet 'Eksempelforeningen': "
        "content/associations/eksempelforeningen.yaml. Ret den i stedet for at oprette en ny"
    )
    assert (result.code, result.lines) == (1, [message, "1 fejl og 0 advarsler i 1 fil"])


def test_near_duplicate_name_is_a_warning(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    new = write(content, "eksempelforeningn.yaml", MINIMAL.replace("Eksempelforeningen", "Eksempelforeningn"))
    result = run("validate", str(new))
    message = (
        "content/associations/eksempelforeningn.yaml:1:7: advarsel: navnet 'Eksempelforeningn' ligner 'Eksempelforeningen' i "
        "content/associations/eksempelforeningen.yaml. Hvis det er samme forening, så ret den eksisterende indgang"
    )
    assert (result.code, result.lines) == (0, [message, "0 fejl og 1 advarsel i 1 fil"])


def test_different_names_are_not_flagged(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "sorggruppen-ribe.yaml", MINIMAL.replace("Eksempelforeningen", "Sorggruppen i Ribe"))
    assert run("validate").lines == ["Alt i orden: 2 indgange"]


@st.composite
def _name_pairs(draw) -> tuple[str, str]:
    """A normalised name (lower-case letters and digits) and the same name with a few letters
    replaced, added or removed: pairs near the line between similar and not."""
    letters = "aeiorst5"
    first = draw(st.text(alphabet=letters, min_size=1, max_size=40))
    second = list(first)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(second)))
        edit = draw(st.sampled_from(["replace", "add", "remove"]))
        if edit == "add":
            second.insert(at, draw(st.sampled_from(letters)))
        elif second and at < len(second):
            if edit == "remove":
                del second[at]
            else:
                second[at] = draw(st.sampled_from(letters))
    return first, "".join(second) or first


@settings(max_examples=2000, deadline=None)
@given(pair=_name_pairs())
def test_names_are_similar_exactly_when_difflib_says_so(pair):
    """`similar` spares difflib most pairs; it must still answer exactly as difflib's ratio."""
    first, second = pair
    assert similar(first, second) == (difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= SIMILARITY)


def test_raw_html_in_markdown_points_at_the_line_inside_the_block(validate):
    text = MINIMAL + """\
description:
  da: |
    Vi mødes, når der er mindre end < 5 grader.

    Skriv til os, hvis du vil <b>være med</b>.
"""
    message = "HTML er ikke tilladt (<b>). Brug Markdown i stedet, fx **fed** eller [link](https://…)"
    only(validate(text), f"{PATH}:12:31: {message}")


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Skriv, hvis du vil <b>være med</b>.", "<b>"),
        ("# Om os\n\n<script>alert(1)</script>\n", "<script>alert(1)</script>"),
        ("<div>\nhej\n</div>", "<div>"),
        ("tekst <!-- kommentar --> mere", "<!-- kommentar -->"),
        # cmark's safe rendering empties the dangerous link first, so the two renderings no longer line up
        ("Vi er [her](javascript:alert(1)) og <b>fed</b>.", "<b>"),
    ],
)
def test_raw_html_is_named_as_written(text, snippet):
    assert [(issue.code, issue.snippet) for issue in markdown_issues(text)] == [("html-in-markdown", snippet)]


def test_autolinks_are_not_html():
    assert markdown_issues("Se <https://forening.example> eller skriv til <kontakt@forening.example>.") == []


def test_less_than_and_code_are_not_html(validate):
    text = MINIMAL + "description:\n  da: \"Mindre end < 5 og 3<4, og `<div>` i kode.\"\n"
    assert validate(text).code == 0


def test_unsafe_link_in_markdown(validate):
    text = MINIMAL + "volunteering:\n" + """\
  - id: hjaelper
    title: {da: Hjælper}
    description: {da: Du hjælper.}
    commitment: ad-hoc
    how_to_apply:
      da: |
        Tilmeld dig [her](javascript:alert(1)).
"""
    message = "linket 'javascript:alert(1)' er ikke tilladt. Kun https://, mailto: og tel: kan bruges"
    only(validate(text), f"{PATH}:15:27: {message}")


def test_http_link_in_markdown_reference(validate):
    text = MINIMAL + "description:\n  da: |\n    Læs [mere][1].\n\n    [1]: http://eksempel.example\n"
    message = "adressen 'http://eksempel.example' skal begynde med https://, fx https://www.forening.dk"
    only(validate(text), f"{PATH}:12:10: {message}")


def test_safe_links_in_markdown_pass(validate):
    text = MINIMAL + (
        "description:\n  da: 'Se [siden](https://eksempel.example/a_(b)), skriv til <kontakt@eksempel.example> "
        "eller ring på [75 12 34 56](tel:+4575123456).'\n"
    )
    assert validate(text).code == 0


def test_markdown_description_file_with_html_points_into_that_file(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforeningen.da.md", "# Om os\n\nVi er en forening.\n\n<script>alert(1)</script>\n")
    result = run("validate")
    message = "HTML er ikke tilladt (<script>alert(1)</script>). Brug Markdown i stedet, fx **fed** eller [link](https://…)"
    assert (result.code, result.lines[:-1]) == (1, [f"content/associations/eksempelforeningen.da.md:5:1: {message}"])


def test_description_in_both_yaml_and_markdown_file(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL + "description:\n  da: Kort.\n")
    write(content, "eksempelforeningen.da.md", "Lang beskrivelse.\n")
    result = run("validate", "content/associations/eksempelforeningen.da.md")
    message = "beskrivelsen på 'da' står både her og i content/associations/eksempelforeningen.da.md. Slet den ene"
    assert (result.code, result.lines[:-1]) == (1, [f"{PATH}:9:3: {message}"])


def test_english_markdown_file_without_danish(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforeningen.en.md", "Only in English.\n")
    result = run("validate")
    message = (
        "der er en engelsk beskrivelse i content/associations/eksempelforeningen.en.md, men ingen dansk. "
        "Skriv den under description.da eller i en .da.md-fil"
    )
    assert (result.code, result.lines[:-1]) == (1, [f"{PATH}:1:1: {message}"])


def test_markdown_file_without_an_entry(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforening.da.md", "Tekst.\n")
    result = run("validate")
    message = "filen hører ikke til nogen indgang: eksempelforening.yaml findes ikke"
    assert (result.code, result.lines[:-1]) == (1, [f"content/associations/eksempelforening.da.md:1:1: {message}"])


def test_markdown_file_with_an_unknown_language(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforeningen.de.md", "Text.\n")
    message = "sproget 'de' i filnavnet kendes ikke. Kald filen <navn>.da.md eller <navn>.en.md"
    assert run("validate").lines[:-1] == [f"content/associations/eksempelforeningen.de.md:1:1: {message}"]


def test_markdown_description_files_become_the_entrys_description(content):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    write(content, "eksempelforeningen.da.md", "Vi er **en forening**.\n")
    write(content, "eksempelforeningen.en.md", "We are **an association**.\n")
    directory = load_directory(Path("content"))
    assert directory.problems == []
    description = directory.entry("eksempelforeningen").description
    assert (description.da, description.en) == ("Vi er **en forening**.\n", "We are **an association**.\n")


def test_vocabulary_term_without_both_labels(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    (content / "vocabularies" / "attendance.yaml").write_text("drop-in:\n  da: Mød op\n  en: Drop in\nphone:\n  da: Telefon\n")
    result = run("validate")
    message = "content/vocabularies/attendance.yaml:4:1: ordet 'phone' skal have en dansk tekst under 'da:' og en engelsk under 'en:'"
    assert (result.code, result.lines[:-1]) == (1, [message])


def test_missing_vocabulary_file(content, run):
    write(content, "eksempelforeningen.yaml", MINIMAL)
    (content / "vocabularies" / "commitments.yaml").unlink()
    result = run("validate", "--lang", "en")
    message = "content/vocabularies/commitments.yaml:1:1: the file is missing. It must exist for the entries to be checked"
    assert (result.code, result.lines[:-1]) == (1, [message])
