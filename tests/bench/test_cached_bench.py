"""The cached one-entry benchmark (`benchmarks/cached.py`, `make bench`'s extra `cached`) runs end to
end on 20 synthetic entries: after each change the cached build renders some pages but not all, and
the report line gives both builds' wall and CPU medians, the share and the load. Nothing is timed here."""

import re

from benchmarks import report
from benchmarks.cached import measure_cached_rebuild
from benchmarks.suite import prepare_content


def test_the_cached_one_entry_build_is_measured_against_a_cold_one(tmp_path):
    content = prepare_content(tmp_path / "bench", 20)
    result = measure_cached_rebuild(content, tmp_path / "cached", rounds=2)
    assert len(result.cold) == len(result.cached) == len(result.rendered) == 2
    for rendered, total in result.rendered:
        assert 0 < rendered < total / 2, result.rendered
    line = report.cached_rebuild_line(result)
    assert re.search(r"cold \d+\.\d\d s wall / \d+\.\d\d s CPU, with the build cache \d+\.\d\d s / \d+\.\d\d s = \d+% of cold wall, \d+% of cold CPU", line), line
    assert re.search(r"pages rendered: \d+ of \d+, \d+ of \d+; load median \d+\.\d", line), line
