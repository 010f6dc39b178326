"""The fix from a later Pagefind (vejviser.search.backport) applies to the scripts it was written for,
and to nothing else: other scripts stop the build with a message. (That it works in a browser:
test_payload.test_listing_roles_under_a_filter_fetches_no_word_index.)"""

from __future__ import annotations

import pytest

from vejviser.search.backport import ENGINE_SCRIPTS, FIXED, UNFIXED, BackportError, fix_filter_only_search

ENGINE = "async search(term,options2={}){let filter_only=term===null;term=term??\"\";" + UNFIXED + "return index_resp;}"


def test_the_engine_scripts_ask_for_no_word_chunks_without_words(tmp_path):
    for name in ENGINE_SCRIPTS:
        (tmp_path / name).write_text(ENGINE, encoding="utf-8")
    fix_filter_only_search(tmp_path)
    for name in ENGINE_SCRIPTS:
        assert (tmp_path / name).read_text(encoding="utf-8") == ENGINE.replace(UNFIXED, FIXED)


@pytest.mark.parametrize("changed", [ENGINE.replace(UNFIXED, "let index_resp=request(term);"), ENGINE + ENGINE, ENGINE.replace(UNFIXED, FIXED)])
def test_a_different_pagefind_stops_the_build(tmp_path, changed):
    (tmp_path / "pagefind.js").write_text(changed, encoding="utf-8")
    (tmp_path / "pagefind-worker.js").write_text(ENGINE, encoding="utf-8")
    with pytest.raises(BackportError, match=r"pagefind\.js: Pagefind's search script is not the one"):
        fix_filter_only_search(tmp_path)
