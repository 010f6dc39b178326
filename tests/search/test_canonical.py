"""The same records give the same search bundle, byte for byte (`vejviser.search.canonical`).

Pagefind writes each filter's values, and each language's list of filters, in the order of a hash
map seeded anew in every process; `write_index` puts them in one order. These tests index the same
records in separate Pagefind processes and compare every file.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from vejviser.search.canonical import SIGNATURE, canonical_filters, cbor_decode, cbor_encode, read_chunk
from vejviser.search.index import html_document, write_index
from vejviser.search.records import Passage, SearchRecord
from vejviser.search.service import PagefindService

TOWNS = ["Esbjerg", "Ribe", "Bramming", "Tjæreborg", "Gørding", "Fanø", "Hjerting", "Sædding"]
NEEDS = ["Ensomhed", "Sorg", "Gæld", "Misbrug", "Vold", "Sygdom"]
# Enough filters and values that two hash-map orders are practically never the same.
RECORDS = [
    SearchRecord(
        f"/{prefix}{number}/", lang, f"{word} {number}", (Passage(f"{word} nummer {number}"),), {"town": TOWNS[number % 8]},
        {
            name: values
            for name, values in {
                "Vis" if lang == "da" else "Show": ["Tilbud" if number % 3 else "Frivillige opgaver"],
                "Område" if lang == "da" else "Area": [TOWNS[number % 8], TOWNS[(number * 3) % 8]],
                "Hjælp til" if lang == "da" else "Help with": [NEEDS[number % 6]],
                "Godt at vide" if lang == "da" else "Good to know": ["Gratis"] if number % 2 else [],
            }.items()
        },
    )
    for lang, prefix, word in (("da", "tilbud/", "Gåtur"), ("en", "en/services/", "Walk"))
    for number in range(40)
]


def bundle_files(site: Path) -> dict[str, bytes]:
    bundle = site / "pagefind"
    return {path.relative_to(bundle).as_posix(): path.read_bytes() for path in sorted(bundle.rglob("*")) if path.is_file()}


def filters_as_read(site: Path, lang: str) -> dict[str, dict[str, list[int]]]:
    """Each filter of `lang` as the search script reads it: value → page numbers."""
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    meta_path = f"pagefind.{entry['languages'][lang]['hash']}.pf_meta"
    meta = read_chunk(meta_path, (bundle / meta_path).read_bytes())
    filters = {}
    for name, chunk in meta[3]:
        path = f"filter/{chunk}.pf_filter"
        name_again, values = read_chunk(path, (bundle / path).read_bytes())
        assert name_again == name
        filters[name] = dict(values)
    return filters


def test_the_same_records_indexed_by_separate_pagefind_processes_give_identical_bundles(tmp_path):
    for folder in ("a", "b", "c"):
        write_index(RECORDS, tmp_path / folder)
    first = bundle_files(tmp_path / "a")
    assert any(name.startswith("filter/") for name in first)
    for folder in ("b", "c"):
        other = bundle_files(tmp_path / folder)
        assert sorted(other) == sorted(first)
        assert [name for name in first if first[name] != other[name]] == []


def test_pagefind_itself_writes_the_filters_in_an_order_that_varies(tmp_path):
    """Why `canonical.py` exists: Pagefind's own filter files differ between processes."""

    def raw_files() -> dict[str, bytes]:
        with PagefindService() as service:
            return service.index_documents((html_document(record), record.url) for record in RECORDS if record.language == "da")[1]

    runs = [raw_files() for _ in range(3)]
    filter_names = [sorted(name for name in files if name.startswith("filter/")) for files in runs]
    assert len({tuple(names) for names in filter_names}) > 1, "Pagefind wrote the same filter files three times: is canonical.py still needed?"
    # … and after `canonical_filters`, the same files.
    canonical = [canonical_filters({k: v for k, v in files.items() if k != "pagefind-entry.json"}, files["pagefind-entry.json"]) for files in runs]
    assert canonical[0] == canonical[1] == canonical[2]


def test_the_filters_say_what_pagefind_wrote(tmp_path):
    write_index(RECORDS, tmp_path)
    for lang in ("da", "en"):
        filters = filters_as_read(tmp_path, lang)
        records = [record for record in RECORDS if record.language == lang]
        expected: dict[str, dict[str, list[int]]] = {}
        for page, record in enumerate(records):
            for name, values in record.filters.items():
                for value in values:
                    expected.setdefault(name, {}).setdefault(value, []).append(page)
        assert filters == {name: {value: sorted(pages) for value, pages in values.items()} for name, values in expected.items()}
        assert list(filters) == sorted(filters)
        assert all(list(values) == sorted(values) for values in filters.values())


def test_cbor_round_trip_of_what_pagefind_writes(tmp_path):
    write_index(RECORDS, tmp_path)
    bundle = tmp_path / "pagefind"
    chunks = [*bundle.glob("filter/*.pf_filter"), *bundle.glob("index/*.pf_index"), *bundle.glob("*.pf_meta")]
    assert len(chunks) >= 4
    for path in chunks:
        data = gzip.decompress(path.read_bytes())
        value, end = cbor_decode(data, len(SIGNATURE))
        assert end == len(data) and SIGNATURE + cbor_encode(value) == data, path
