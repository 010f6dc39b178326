"""Every phone number, street address, e-mail address and opening hours in the shipped `content/` says
where it comes from: a source under the entry's `sources:` that supports it, confirmed or not; every
crisis line has a source for its number."""

from __future__ import annotations

import pytest

from vejviser.content import read_entries
from vejviser.crisis import load_crisis_lines
from vejviser.validate.sources import unsourced_facts

from .conftest import REPO

CONTENT = REPO / "content"
DOCUMENTS = read_entries(CONTENT)


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda doc: doc.path.rpartition("/")[2])
def test_every_fact_a_reader_acts_on_has_a_source(doc):
    supported = {fact for source in doc.data.get("sources", ()) for fact in source["supports"]}
    missing = [f"{finding.params['fact']} at {'.'.join(map(str, finding.path))}" for finding in unsourced_facts(doc.data) if finding.params["fact"] not in supported]
    assert missing == []


def test_every_crisis_line_has_a_source():
    lines, problems = load_crisis_lines(CONTENT)
    assert problems == []
    assert [line.id for line in lines if not line.sources] == []


def test_sources_are_read_on_a_real_date_with_a_real_address():
    for doc in DOCUMENTS:
        for source in doc.data.get("sources", ()):
            assert source.get("url", "").startswith("https://") or source.get("title"), doc.path
