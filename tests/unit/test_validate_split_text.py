"""A comma inside an unquoted text between `{ }`: YAML splits the text, and the contributor is told
to put it in quotes, at the part YAML cut off, with their own line's text quoted as the fix.

Each file goes through the real validator in Danish and with `--lang en`. A genuinely unknown field
and a list written as `[a, b]` keep their usual treatment.
"""

from __future__ import annotations

import pytest

from .conftest import MINIMAL
from .test_yaml_errors import PARSER_WORDS

PATH = "content/associations/eksempelforeningen.yaml"
SUMMARY = "summary:\n  da: En forening, der kun findes i testene."


def split_at_comma(part: str, example: str) -> tuple[str, str]:
    return (
        "teksten indeholder et komma, og mellem klammerne { } deler YAML teksten ved hvert komma, "
        f"så '{part}' her læses som et felt for sig. Sæt anførselstegn om hele teksten: {example}",
        "the text contains a comma, and between the brackets { } YAML splits the text at every comma, "
        f"so '{part}' here is read as a field of its own. Put quotes around the whole text: {example}",
    )


def summary(line: str) -> str:
    assert SUMMARY in MINIMAL
    return MINIMAL.replace(SUMMARY, line)


PHONE = MINIMAL + 'contact:\n  phones:\n    - number: "75 12 34 56"\n      purpose: {da: Rådgivning, gratis}\n'

CASES = [
    pytest.param(
        summary("summary: {da: Lukket juleaften, også om morgenen, en: Closed on Christmas Eve}"),
        (3, 33),
        split_at_comma("også om morgenen", 'summary: {da: "Lukket juleaften, også om morgenen", en: …}'),
        id="between-two-languages",
    ),
    pytest.param(PHONE, (11, 33), split_at_comma("gratis", 'purpose: {da: "Rådgivning, gratis"}'), id="last-in-the-brackets"),
    pytest.param(
        summary("summary: {da: Åbent mandag, tirsdag,onsdag, en: Open Monday to Wednesday}"),
        (3, 29),
        split_at_comma("tirsdag", 'summary: {da: "Åbent mandag, tirsdag,onsdag", en: …}'),
        id="split-twice-one-message",
    ),
    pytest.param(
        summary("summary: {da: Åbent hver dag, en: Open, every day}"),
        (3, 41),
        split_at_comma("every day", 'summary: {da: …, en: "Open, every day"}'),
        id="the-english-text",
    ),
    pytest.param(
        MINIMAL + "cost: {free: false, note: {da: 20 kr., børn gratis}}\n",
        (8, 40),
        split_at_comma("børn gratis", 'note: {da: "20 kr., børn gratis"}'),
        id="nested-in-brackets",
    ),
    pytest.param(
        MINIMAL + 'locations: [{name: Kulturhuset, 1. sal, postcode: "6700"}]\n',
        (8, 33),
        split_at_comma("1. sal", '{name: "Kulturhuset, 1. sal", postcode: …}'),
        id="any-text-field",
    ),
]


@pytest.mark.parametrize(("text", "where", "messages"), CASES)
def test_a_text_split_at_a_comma_is_told_to_be_quoted(validate, text, where, messages):
    line, column = where
    for extra, message in zip(((), ("--lang", "en")), messages):
        result = validate(text, "eksempelforeningen.yaml", *extra)
        assert (result.code, result.lines[:-1]) == (1, [f"{PATH}:{line}:{column}: {message}"]), result.out
        assert not PARSER_WORDS.search(message)


def test_each_split_text_in_a_mapping_gets_its_own_fix(validate):
    text = summary("summary: {da: Åbent, også om natten, en: Open, also at night}")
    danish = split_at_comma("også om natten", 'summary: {da: "Åbent, også om natten", en: …}')
    english = split_at_comma("also at night", 'summary: {da: …, en: "Open, also at night"}')
    for extra, index in (((), 0), (("--lang", "en"), 1)):
        result = validate(text, "eksempelforeningen.yaml", *extra)
        assert result.lines[:-1] == [f"{PATH}:3:22: {danish[index]}", f"{PATH}:3:48: {english[index]}"], result.out


def test_the_suggested_fix_validates(validate):
    fixed = summary('summary: {da: "Lukket juleaften, også om morgenen", en: Closed on Christmas Eve}')
    assert validate(fixed).code == 0


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        pytest.param(summary(SUMMARY + "\n  gratis:"), (5, 3), "ukendt felt 'gratis'. Felter, der kan stå her: da, en", id="unknown-field-in-a-block"),
        pytest.param(summary("summary: {da: Hej, enn}"), (3, 20), "ukendt felt 'enn'. Mente du 'en'?", id="a-misspelled-field-in-brackets"),
        pytest.param(summary('summary: {da: "Hej", gratis}'), (3, 22), "ukendt felt 'gratis'. Felter, der kan stå her: da, en", id="after-quoted-text"),
        pytest.param(summary("summary: {da: Hej, gratis: ja}"), (3, 20), "ukendt felt 'gratis'. Felter, der kan stå her: da, en", id="with-a-value"),
        pytest.param(summary('summary: {da: Hej, "gratis"}'), (3, 20), "ukendt felt 'gratis'. Felter, der kan stå her: da, en", id="quoted-itself"),
        pytest.param(
            summary("summary: {da: Hej,\n  gratis}"), (4, 3), "ukendt felt 'gratis'. Felter, der kan stå her: da, en", id="on-the-next-line"
        ),
    ],
)
def test_other_unknown_fields_keep_the_usual_message(validate, text, where, message):
    line, column = where
    result = validate(text)
    assert (result.code, result.lines[:-1]) == (1, [f"{PATH}:{line}:{column}: {message}"]), result.out


def test_a_list_in_brackets_is_items_not_a_split_text(validate):
    assert validate(MINIMAL + "get_started: {da: [Ring, og spørg]}\n").code == 0
