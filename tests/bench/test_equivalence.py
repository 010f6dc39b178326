"""The equivalence check compares every entry page with each reference, and a changed word is found."""

from benchmarks.equivalence import compare_entry_pages
from benchmarks.ours import SITE_URL
from vejviser.urls import LANGUAGES, section_url

PAGE = '<main>\n  <a href="{site}/tilbud/x/">Ensomhed &amp; fællesskab</a>  <p>{word}</p>\n</main>'


def write_site(root, count, word="Kaffe", site=SITE_URL):
    for lang in LANGUAGES:
        for number in range(count):
            page = root / section_url("entry", lang) / f"entry-{number}" / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(PAGE.format(site=site, word=word), encoding="utf-8")
    return root


def test_every_page_is_compared_with_each_reference(tmp_path):
    ours = write_site(tmp_path / "ours", 3)
    same = write_site(tmp_path / "same", 3, site="")  # root-relative links and other whitespace are equal
    (same / section_url("entry", "da") / "entry-1" / "index.html").write_text(
        '<main><a href="/tilbud/x/">Ensomhed &#38; fællesskab</a><p>Kaffe</p></main>', encoding="utf-8"
    )
    changed = write_site(tmp_path / "changed", 3)
    (changed / section_url("entry", "en") / "entry-2" / "index.html").write_text(PAGE.format(site="", word="Te"), encoding="utf-8")
    missing = write_site(tmp_path / "missing", 2)

    results = compare_entry_pages(ours, same, changed, missing)

    assert [result.compared for result in results] == [6, 6, 6]
    assert [result.differing for result in results] == [0, 1, 2]
    assert "equal ours" in results[0].summary()
    assert "-Kaffe" in results[1].first_difference and "+Te" in results[1].first_difference
    assert "(missing)" in results[2].first_difference
