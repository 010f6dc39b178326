"""Whatever a file contains, `vejviser validate` answers with messages and an exit code, never a traceback.

Hypothesis throws arbitrary bytes, arbitrary text, YAML-shaped structures and random mutations of a
complete entry at the real command. `VEJVISER_DEBUG` is set (conftest), so an exception inside fails
the test instead of turning into exit code 2. A generous per-example deadline catches hangs (it is
not a speed test: a hang is minutes, an example is milliseconds).
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vejviser.cli import main
from vejviser.validate.schema import entry_schema, entry_validator, fast_validator
from vejviser.yamlsource import read_bytes

from .conftest import REPO

COMPLETE = yaml.safe_load((Path(__file__).parent / "fixtures" / "complete.yaml").read_text("utf-8"))
KEYS = sorted({*entry_schema()["properties"], *entry_schema()["$defs"]["location"]["properties"], *entry_schema()["$defs"]["role"]["properties"], "da", "en"})

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=10_000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as directory:
        content = Path(directory) / "content"
        shutil.copytree(REPO / "content" / "vocabularies", content / "vocabularies")
        (content / "associations").mkdir()
        yield content


def exit_code(folder: Path, raw: bytes, name: str = "eksempel.yaml") -> int:
    path = folder / "associations" / name
    path.write_bytes(raw)
    try:
        return main(["validate", "--content", str(folder), str(path)])
    finally:
        path.unlink()


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.sampled_from(["12:30", "no", "yes", "2024-02-30", "2024-01-05", "6700", "<b>x</b>", "[x](javascript:1)", "http://x.dk", "~", ""]),
)  # fmt: skip
keys = st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=12))
structures = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=6)), max_leaves=25)


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=2000))
def test_arbitrary_bytes(folder, raw):
    assert exit_code(folder, raw) in (0, 1, 2)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=2000))
def test_arbitrary_text(folder, text):
    assert exit_code(folder, text.encode("utf-8", "surrogatepass")) in (0, 1, 2)


@PROPERTY_SETTINGS
@given(data=st.dictionaries(keys, structures, max_size=8), style=st.sampled_from([False, True, None]))
def test_yaml_shaped_structures(folder, data, style):
    raw = yaml.safe_dump(data, allow_unicode=True, default_flow_style=style).encode("utf-8")
    assert exit_code(folder, raw) in (0, 1, 2)


@PROPERTY_SETTINGS
@given(data=st.dictionaries(keys, structures, max_size=8), style=st.sampled_from([False, True, None]))
def test_the_reader_reads_what_libyaml_reads(data, style):
    """The reader builds its data from libyaml's events itself; where YAML is plain (no dates, which it
    keeps as text), that data is what PyYAML's own loader makes of the same file."""
    raw = yaml.safe_dump(data, allow_unicode=True, default_flow_style=style).encode("utf-8")
    doc = read_bytes(raw, "eksempel.yaml")
    assert doc.problems == []
    assert yaml.safe_dump(doc.data) == yaml.safe_dump(yaml.load(raw, Loader=yaml.CSafeLoader))  # dumped: NaN equals NaN, 1 is not True


@st.composite
def mutated_entries(draw):
    """A complete, valid entry with a few random changes: a value replaced, a key removed or added."""
    entry = copy.deepcopy(COMPLETE)
    for _ in range(draw(st.integers(1, 3))):
        parent, key = _random_place(draw, entry)
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[key] = draw(structures)
        elif action == "remove" and isinstance(parent, dict):
            del parent[key]
        elif isinstance(parent, dict):
            parent[draw(keys)] = draw(structures)
    return entry


def _random_place(draw, entry):
    parent, key = entry, draw(st.sampled_from(sorted(entry)))
    while isinstance(parent[key], (dict, list)) and parent[key] and draw(st.booleans()):
        parent = parent[key]
        key = draw(st.sampled_from(sorted(parent) if isinstance(parent, dict) else range(len(parent))))
    return parent, key


@PROPERTY_SETTINGS
@given(entry=mutated_entries())
def test_mutated_complete_entry(folder, entry):
    raw = yaml.safe_dump(entry, allow_unicode=True, sort_keys=False).encode("utf-8")
    assert exit_code(folder, raw) in (0, 1)


@settings(max_examples=150, deadline=None)
@given(entry=mutated_entries())
def test_fast_schema_check_never_accepts_what_the_reference_rejects(entry):
    """The Rust validator decides when jsonschema is skipped: it must never pass a file jsonschema fails."""
    data = read_bytes(yaml.safe_dump(entry, allow_unicode=True).encode("utf-8"), "x.yaml").data
    if data is not None and fast_validator().is_valid(data):
        assert entry_validator().is_valid(data)


def test_the_complete_fixture_is_valid(folder):
    assert exit_code(folder, (Path(__file__).parent / "fixtures" / "complete.yaml").read_bytes(), "eksempelhuset.yaml") == 0
