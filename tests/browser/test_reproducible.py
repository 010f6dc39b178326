"""Same commit → same bytes: two production builds in two different folders write identical trees.

The builds differ in everything that must not matter: the folder (and the length of its path),
Python's hash seed (set iteration order) and the number of processes the pages are written by. The build date comes from SOURCE_DATE_EPOCH, set to the
commit's time as reproducible-build tooling does.
"""

from __future__ import annotations

import fnmatch

from .sitebuild import build, copy_build_inputs, head_commit_epoch
from .trees import files_under, tree_differences

SETTINGS = "publishconf.py"  # what is published


def test_two_builds_in_two_folders_are_byte_identical(tmp_path):
    epoch = head_commit_epoch()
    outputs = []
    for folder, hash_seed, processes in (("a", "1", 1), ("a-second-checkout-somewhere-else", "2", 2)):
        source = copy_build_inputs(tmp_path / folder)
        outputs.append(tmp_path / folder / "output")
        build(source, outputs[-1], settings=SETTINGS, source_date_epoch=epoch, hash_seed=hash_seed, processes=processes)
    # Every file, Pagefind's filter files and metadata too (`vejviser.search.canonical`).
    assert tree_differences(*outputs) == []
    first = files_under(outputs[0])
    for pattern in ("pagefind/fragment/*.pf_fragment", "pagefind/filter/*.pf_filter", "pagefind/pagefind.*.pf_meta"):
        assert fnmatch.filter(first, pattern), f"no {pattern} was compared"
