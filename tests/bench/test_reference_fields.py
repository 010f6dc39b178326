"""The expert Hugo reference renders every field as our entry page does, not only those the synthetic
entries use: opening-hours exceptions with notes, roles with a response time, sources with page dates,
alternate names, steps, ages, Danish-only texts on English pages (JSON-LD tagged with their language)
and e-mail addresses in role texts (not made links), as the test suites' own example entries have them.

Builds 5 synthetic entries plus those examples with our production build and with Hugo + Pagefind,
through the benchmark's own steps, and compares every entry page.
"""

import shutil
from pathlib import Path

from benchmarks import ours, reference
from benchmarks.build import fresh_dir, run_build
from benchmarks.equivalence import compare_entry_pages
from benchmarks.suite import prepare_content

TESTS = Path(__file__).resolve().parent.parent
EXAMPLES = [
    TESTS / "unit" / "fixtures" / "complete.yaml",
    *sorted((TESTS / "browser" / "content" / "associations").glob("*.yaml")),
    *sorted((TESTS / "opendata" / "fixtures" / "associations").glob("*.yaml")),
    *sorted((TESTS / "volunteering" / "fixtures" / "associations").glob("*.yaml")),
]


def test_the_expert_reference_renders_every_field_as_ours(tmp_path):
    content = prepare_content(tmp_path, 5)
    for example in EXAMPLES:
        name = "eksempel-complete.yaml" if example.name == "complete.yaml" else example.name
        shutil.copy(example, content / "associations" / name)
    sites = {}
    for side in (ours, reference.EXPERT):
        site_dir = fresh_dir(tmp_path / side.KEY)
        run_build(side.steps(content, site_dir), log_dir=site_dir / "logs")
        sites[side] = side.output_dir(site_dir)

    [equivalence] = compare_entry_pages(sites[ours], sites[reference.EXPERT])

    assert equivalence.compared == 2 * (5 + len(EXAMPLES)), equivalence
    assert equivalence.differing == 0, equivalence.first_difference
