"""Broken and hostile YAML: one problem in our own words, Danish or English, at the place to fix.

Each text goes through the real validator (`vejviser validate`) against the installed PyYAML, once in
Danish and once with `--lang en`, and again with PyYAML's pure-Python parser instead of libyaml, as a
check that the answer does not hang on one parser's wording. No message may carry the parser's own
English.
"""

from __future__ import annotations

import re

import pytest
import yaml

from vejviser import yamlsource
from vejviser.yamlerrors import located

from .conftest import MINIMAL

PATH = "content/associations/eksempelforeningen.yaml"
SUMMARY = "  da: En forening, der kun findes i testene."
# libyaml's and PyYAML's words: none may reach a contributor.
PARSER_WORDS = re.compile(
    r"while scanning|while parsing|mapping values|could not find|did not find|found|expected|token|scalar|"
    r"simple key|indicator|in this context|stream|nesting depth|libyaml",
    re.IGNORECASE,
)

TOO_DEEP = ("for mange niveauer af indrykning (højst 32)", "too many levels of indentation (at most 32)")
TAB = (
    'her står en tabulator, hvor YAML kun tillader mellemrum. Brug mellemrum i stedet for tabulator: to mellemrum pr. niveau, fx "  da: Hej" under "summary:"',
    'there is a tab here, where YAML allows only spaces. Use spaces instead of tabs: two spaces per level, e.g. "  da: Hello" under "summary:"',
)
INDENTATION = (
    "indrykningen af denne linje passer ikke til linjerne ovenover. Felter på samme niveau skal begynde lige under hinanden, "
    'og et underfelt rykkes to mellemrum længere ind end feltet over det, fx "summary:" og under den "  da: …"',
    "the indentation of this line does not match the lines above. Fields on the same level must start right below each other, "
    'and a sub-field is indented two spaces more than the field above it, e.g. "summary:" with "  da: …" below it',
)


def unclosed(quote: str, example: str) -> tuple[str, str]:
    return (
        f"anførselstegnet {quote}, der begynder her, bliver ikke lukket: det afsluttende {quote} mangler, så linjerne nedenunder "
        f"læses som en del af teksten. Sæt {quote} der, hvor teksten slutter, fx {example}",
        f"the quote {quote} that starts here is not closed: the closing {quote} is missing, so the lines below are read as part "
        f"of the text. Put {quote} where the text ends, e.g. {example}",
    )


def colon_in_value(example: str) -> tuple[str, str]:
    return (
        f"der står et kolon og et mellemrum inde i værdien, og så skal værdien stå i anførselstegn. Sæt anførselstegn om den: {example}",
        f"there is a colon and a space inside the value, so the value must be in quotes. Put quotes around it: {example}",
    )


def needs_quotes(character: str, example: str) -> tuple[str, str]:
    return (
        f"en værdi, der begynder med {character}, skal stå i anførselstegn. Sæt anførselstegn om den: {example}",
        f"a value that starts with {character} must be in quotes. Put quotes around it: {example}",
    )


def after_quote(example: str) -> tuple[str, str]:
    return (
        "teksten fortsætter efter det afsluttende anførselstegn. Skal teksten selv indeholde anførselstegn, så sæt den anden "
        f"slags anførselstegn om hele teksten: {example}",
        "the text goes on after the closing quote. If the text itself contains quotes, put the other kind of quotes around "
        f"the whole text: {example}",
    )


def unclosed_bracket(bracket: str, closing: str, example: str) -> tuple[str, str]:
    return (
        f"klammen {bracket} her bliver ikke lukket: det afsluttende {closing} mangler. Skriv det hele på én linje, og slut med {closing}, fx {example}",
        f"the bracket {bracket} here is not closed: the closing {closing} is missing. Write it all on one line and end it with {closing}, e.g. {example}",
    )


def control(character: str) -> tuple[str, str]:
    return (
        f"filen indeholder et ugyldigt, usynligt kontroltegn ({character}) her. Slet det (det kommer tit med, når tekst kopieres fra et andet program)",
        f"the file contains an invalid, invisible control character ({character}) here. Delete it (it often comes along when text is copied from another program)",
    )


def replaced(old: str, new: str) -> str:
    assert old in MINIMAL
    return MINIMAL.replace(old, new)


CASES = [
    # Limits: nesting, size, what YAML can do that an entry must not.
    pytest.param("name: " + "[" * 100_000 + "]" * 100_000 + "\n", (1, 38), TOO_DEEP, id="deep-flow-nesting"),
    pytest.param(MINIMAL + "contact: " + "{a: " * 40 + "b" + "}" * 40 + "\n", (8, 134), TOO_DEEP, id="deep-flow-mappings"),
    pytest.param(replaced("areas: [esbjerg]", "areas:\n  - " + "[" * 5000 + "]" * 5000), (7, 35), TOO_DEEP, id="deep-flow-in-a-block-list"),
    pytest.param(MINIMAL + "".join("  " * level + "x:\n" for level in range(40)), (40, 65), TOO_DEEP, id="deep-block-nesting"),
    pytest.param(
        MINIMAL + "# " + "x" * yamlsource.MAX_BYTES + "\n",
        (1, 1),
        ("filen er for stor (højst 256 KiB). Del beskrivelsen op eller gør den kortere", "the file is too large (at most 256 KiB). Split or shorten the description"),
        id="huge-file",
    ),
    pytest.param(
        replaced("needs: [loneliness]", "needs: &behov [loneliness]") + "target_groups: *behov\n",
        (5, 8),
        (
            "YAML-ankre (&navn) er ikke tilladt. Skriv værdien ud hvert sted, den bruges",
            "YAML anchors (&name) are not allowed. Write the value out everywhere it is used",
        ),
        id="anchor",
    ),
    pytest.param(
        MINIMAL + "target_groups: *behov\n",
        (8, 16),
        ("YAML-aliaser (*navn) er ikke tilladt. Skriv værdien ud i stedet", "YAML aliases (*name) are not allowed. Write the value out instead"),
        id="alias",
    ),
    pytest.param(
        replaced("name: Eksempelforeningen", "name: !!python/object/apply:os.system ['true']"),
        (1, 7),
        (
            "YAML-mærket tag:yaml.org,2002:python/object/apply:os.system er ikke tilladt. Fjern det",
            "the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed. Remove it",
        ),
        id="custom-tag",
    ),
    pytest.param(
        MINIMAL + "---\nname: Igen\n",
        (8, 1),
        ("filen må kun indeholde ét YAML-dokument. Fjern linjen med '---'", "the file may hold only one YAML document. Remove the '---' line"),
        id="second-document",
    ),
    pytest.param(replaced("kun findes", "kun\x07findes"), (4, 27), control("U+0007"), id="control-character"),
    pytest.param(replaced("kun findes", "kun\x00findes"), (4, 27), control("U+0000"), id="nul-character"),
    pytest.param(
        MINIMAL.encode() + "description:\n  da: Café ".encode() + b"\xe9 \n",
        (9, 12),
        (
            "filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8 (fx i GitHubs editor)",
            "the file is not saved as UTF-8. Save it again with the UTF-8 encoding (e.g. in GitHub's editor)",
        ),
        id="invalid-utf8",
    ),
    # Tabs.
    pytest.param(replaced(SUMMARY, "\tda: En forening."), (4, 1), TAB, id="tab-indentation"),
    pytest.param(MINIMAL + 'locations:\n  - postcode: "6700"\n  \t name: Huset\n', (10, 3), TAB, id="tab-after-spaces"),
    pytest.param(MINIMAL + "needs_more:\n-\tgrief\n", (9, 2), TAB, id="tab-after-a-dash"),
    pytest.param(MINIMAL + "\t\nadded: 2025-01-01\n", (8, 1), TAB, id="line-of-only-a-tab"),
    # Quotes.
    pytest.param(MINIMAL + "description:\n  da: 'ikke lukket\n", (9, 7), unclosed("'", "da: 'ikke lukket'"), id="single-quote-unclosed-at-the-end"),
    pytest.param(
        MINIMAL + "description:\n  da: 'ikke lukket\nadded: 2025-01-01\nmaintainers: []\n",
        (9, 7),
        unclosed("'", "da: 'ikke lukket'"),
        id="single-quote-unclosed-lines-before-the-end",
    ),
    pytest.param(
        MINIMAL + "description:\n  da: 'ikke lukket\n  en: 'not closed'\nadded: 2025-01-01\n",
        (9, 7),
        unclosed("'", "da: 'ikke lukket'"),
        id="single-quote-unclosed-until-the-next-quote",
    ),
    pytest.param(
        replaced(SUMMARY, '  da: "En forening, der kun findes i testene.'),
        (4, 7),
        unclosed('"', 'da: "En forening, der kun findes i testene."'),
        id="double-quote-unclosed",
    ),
    pytest.param(MINIMAL + "description:\n  da: '\n", (9, 7), unclosed("'", "da: '…'"), id="lone-quote"),
    pytest.param(
        replaced(SUMMARY, '  da: "Vi kaldes "Ventilen" af unge"'),
        (4, 19),
        after_quote("da: 'Vi kaldes \"Ventilen\" af unge'"),
        id="double-quotes-inside-double-quotes",
    ),
    pytest.param(replaced(SUMMARY, "  da: 'Peter's café'"), (4, 14), after_quote('da: "Peter\'s café"'), id="apostrophe-inside-single-quotes"),
    pytest.param(
        replaced(SUMMARY, '  da: "Se mappen C:\\mappe"'),
        (4, 20),
        (
            "en \\ i tekst med dobbelte anførselstegn (\") skal skrives \\\\. Brug i stedet enkelte anførselstegn om teksten: da: 'Se mappen C:\\mappe'",
            "a \\ in text in double quotes (\") must be written \\\\. Use single quotes around the text instead: da: 'Se mappen C:\\mappe'",
        ),
        id="backslash-in-double-quotes",
    ),
    # Colons.
    pytest.param(replaced(SUMMARY, "  da: Åbent: mandag og tirsdag"), (4, 12), colon_in_value('da: "Åbent: mandag og tirsdag"'), id="colon-in-value"),
    pytest.param(
        replaced("name: Eksempelforeningen", 'name: Café "Venskab": Esbjerg # navnet'),
        (1, 21),
        colon_in_value("name: 'Café \"Venskab\": Esbjerg'"),
        id="colon-in-value-with-quotes-and-a-comment",
    ),
    pytest.param(
        replaced("needs: [loneliness]", "needs: [loneliness]\nget_started:\n  da:\n    - Ring: mandag: 10-12"),
        (8, 19),
        colon_in_value('- "Ring: mandag: 10-12"'),
        id="colon-in-a-list-item",
    ),
    pytest.param(
        replaced(SUMMARY, "  da: Vi mødes hver uge\n    Åbent: mandag"),
        (5, 10),
        colon_in_value('da: "Vi mødes hver uge Åbent: mandag"'),
        id="colon-in-text-over-two-lines",
    ),
    pytest.param(
        replaced("kind: association", "kind:association"),
        (2, 5),
        (
            "der mangler et mellemrum efter kolonet. Skriv feltnavnet, kolon og et mellemrum før værdien: kind: association",
            "a space is missing after the colon. Write the field name, a colon and a space before the value: kind: association",
        ),
        id="no-space-after-the-colon",
    ),
    pytest.param(
        replaced("kind: association", "kind association"),
        (2, 1),
        (
            'linjen mangler et kolon efter feltnavnet. Skriv feltnavn, kolon og mellemrum før værdien, fx "kind: association". '
            "Hører linjen til teksten på linjen ovenover, så ryk den længere ind end feltnavnet over den",
            'the line lacks a colon after the field name. Write the field name, a colon and a space before the value, e.g. "kind: association". '
            "If the line belongs to the text on the line above, indent it further than the field name above it",
        ),
        id="no-colon",
    ),
    # Indentation.
    pytest.param(replaced(SUMMARY, SUMMARY + "\n en: An association."), (5, 2), INDENTATION, id="indented-too-little"),
    pytest.param(replaced(SUMMARY, SUMMARY + "\n    en: An association."), (5, 5), INDENTATION, id="indented-too-far"),
    pytest.param(replaced("needs: [loneliness]", "needs:\n  - loneliness\n - grief"), (7, 2), INDENTATION, id="list-item-indented-too-little"),
    pytest.param(replaced("kind: association", "  kind: association"), (2, 3), INDENTATION, id="field-indented-under-a-value"),
    pytest.param(" " + MINIMAL, (2, 1), INDENTATION, id="first-line-indented"),
    # Characters a value cannot start with.
    pytest.param(replaced("name: Eksempelforeningen", "name: @Eksempelforeningen"), (1, 7), needs_quotes("@", 'name: "@Eksempelforeningen"'), id="at-sign"),
    pytest.param(replaced(SUMMARY, "  da: `kode` er ikke tilladt"), (4, 7), needs_quotes("`", 'da: "`kode` er ikke tilladt"'), id="backtick"),
    pytest.param(replaced(SUMMARY, "  da: %50 rabat for medlemmer"), (4, 7), needs_quotes("%", 'da: "%50 rabat for medlemmer"'), id="percent"),
    pytest.param(replaced(SUMMARY, "  da: *Gratis* for alle"), (4, 7), needs_quotes("*", 'da: "*Gratis* for alle"'), id="markdown-emphasis"),
    pytest.param(replaced(SUMMARY, "  da: & mere til"), (4, 7), needs_quotes("&", 'da: "& mere til"'), id="ampersand"),
    pytest.param(replaced(SUMMARY, "  da: - en forening"), (4, 7), needs_quotes("-", 'da: "- en forening"'), id="dash-and-space"),
    # Brackets and block text.
    pytest.param(
        replaced("areas: [esbjerg]", "areas: [esbjerg, ribe"), (6, 8), unclosed_bracket("[", "]", "needs: [grief, loneliness]"), id="list-not-closed"
    ),
    pytest.param("name: [unclosed\n", (1, 7), unclosed_bracket("[", "]", "needs: [grief, loneliness]"), id="list-not-closed-at-the-end"),
    pytest.param(
        replaced("summary:\n" + SUMMARY, "summary: {da: En forening"),
        (3, 10),
        unclosed_bracket("{", "}", "summary: {da: Hej, en: Hello}"),
        id="mapping-not-closed",
    ),
    pytest.param(
        MINIMAL + "description:\n  da: | Vi mødes\n    hver tirsdag.\n",
        (9, 9),
        (
            'efter | må der ikke stå tekst på samme linje. Skriv teksten på linjerne nedenunder, rykket ind, fx "da: |" og på næste linje "  Vi mødes hver tirsdag."',
            'no text may follow | on the same line. Write the text on the lines below, indented, e.g. "da: |" and on the next line "  We meet every Tuesday."',
        ),
        id="text-after-a-block-indicator",
    ),
    # Anything else: the general advice, at the parser's place.
    pytest.param(
        replaced("areas: [esbjerg]", "areas: [esbjerg,, ribe]"),
        (6, 17),
        (
            "YAML-filen kan ikke læses her. Tjek indrykningen (to mellemrum pr. niveau), kolon og mellemrum efter feltnavnet, "
            "og at anførselstegn og klammer bliver lukket, på denne linje og linjen før",
            "the YAML cannot be read here. Check the indentation (two spaces per level), the colon and space after the field name, "
            "and that quotes and brackets are closed, on this line and the one before",
        ),
        id="anything-else",
    ),
]


def _raw(text: str | bytes) -> bytes:
    # As bytes: the fixture's dedent would also empty a line of only a tab.
    return text if isinstance(text, bytes) else text.encode("utf-8")


@pytest.mark.parametrize(("text", "where", "messages"), CASES)
def test_broken_file_gets_our_message_at_the_place_to_fix(validate, text, where, messages):
    line, column = where
    for extra, message in zip(((), ("--lang", "en")), messages):
        result = validate(_raw(text), "eksempelforeningen.yaml", *extra)
        assert (result.code, result.lines[:-1]) == (1, [f"{PATH}:{line}:{column}: {message}"])
        assert not PARSER_WORDS.search(message)


@pytest.mark.parametrize(("text", "where", "messages"), CASES)
def test_the_same_with_pythons_parser(text, where, messages, monkeypatch):
    """PyYAML's pure-Python parser words its errors differently from libyaml: the answer is the same."""
    monkeypatch.setattr(yamlsource, "_LOADER", yaml.SafeLoader)
    problems = yamlsource.read_bytes(_raw(text), PATH).problems
    assert [(problem.line, problem.column, problem.message("da")) for problem in problems] == [(*where, messages[0])]


def test_an_error_nobody_knows_gets_the_general_advice_without_its_words():
    mark = yaml.Mark("x", 0, 2, 4, None, None)
    error = yaml.MarkedYAMLError("while parsing a future construct", mark, "found something new", mark)
    problem = located(error, "a: b\nc: d\nefg\n", PATH)
    assert (problem.line, problem.column, problem.code) == (3, 5, "yaml-syntax")
    assert not PARSER_WORDS.search(problem.message("en"))


def test_a_valid_entry_is_not_scanned_twice(monkeypatch):
    """The nesting check costs nothing for a file with no more brackets than MAX_DEPTH."""

    def refuse(*args, **kwargs):
        raise AssertionError("the pure-Python parser ran for a valid entry")

    monkeypatch.setattr(yaml, "SafeLoader", refuse)
    doc = yamlsource.read_bytes(MINIMAL.encode(), PATH)
    assert doc.problems == [] and doc.data["name"] == "Eksempelforeningen"
