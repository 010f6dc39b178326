"""The bundle the real Pagefind binary writes from the records: what it reads from each record, one
index per language, the same fragments and word index for the same records (also when more are
written than the pipe to the binary holds), nothing left over from an earlier build, and failures
that stop the build instead of hanging it."""

from __future__ import annotations

import base64
import json
import signal
import threading
from pathlib import Path

import pytest

from vejviser.search.canonical import canonical_filters
from vejviser.search.index import html_document, write_index
from vejviser.search.records import Passage, SearchRecord
from vejviser.search.service import PagefindError, PagefindService

RECORDS = [
    SearchRecord("/tilbud/a/", "da", "A", (Passage("Vi hjælper, når sorgen fylder."),), {}, {"Vis": ["Tilbud"]}),
    SearchRecord("/tilbud/b/", "da", "B", (Passage("Gåture mod ensomhed.", 2.0),), {}, {"Vis": ["Tilbud"], "Område": ["Ribe"]}),
    SearchRecord("/en/services/a/", "en", "A", (Passage("We help when grief is heavy."),), {}, {"Show": ["Services"]}),
]
# More than the pipe to the binary holds (64 KiB), in both languages, so that answers come while
# requests go out.
PER_LANGUAGE = 300
MANY_RECORDS = [
    SearchRecord(f"/{prefix}{number}/", language, f"{word} {number}", (Passage(f"{word} nummer {number} " * (number % 7 + 1)),), {}, {})
    for language, prefix, word in (("da", "tilbud/", "Gåtur"), ("en", "en/services/", "Walk"))
    for number in range(PER_LANGUAGE)
]


def files(bundle: Path) -> dict[str, bytes]:
    return {str(path.relative_to(bundle)): path.read_bytes() for path in sorted(bundle.rglob("*")) if path.is_file()}


def test_pagefind_reads_title_meta_and_text_exactly_as_the_record_has_them():
    record = SearchRecord(
        "/tilbud/x/",
        "da",
        'Mad, tøj & "det basale" <for alle>',
        (Passage("Vi deler <mad> ud & taler: om alt."), Passage("Gratis", 3.0)),
        {"summary": "Kom & spis, også <i dag>: gratis", "town": "Esbjerg, Ribe"},
        {"Hjælp til": ["Mad, tøj og det basale"]},
    )

    with PagefindService() as service:
        index_id = service.ask({"type": "NewIndex", "config": None})["index_id"]
        added = service.ask({"type": "AddFile", "index_id": index_id, "url": record.url, "file_contents": html_document(record), "file_path": None})
    assert added["page_url"] == "/tilbud/x/"
    assert added["page_meta"] == {"title": record.title, **record.meta}
    assert added["page_word_count"] == len(record.text.split())  # the meta and filters are not text


def test_what_pagefind_refuses_fails_loudly():
    with PagefindService() as service, pytest.raises(PagefindError, match="Pagefind: Either source_path or url must be provided"):
        service.index_documents([(html_document(RECORDS[0]), None)])


def test_one_index_per_language(tmp_path):
    assert write_index(RECORDS, tmp_path) == 3
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert sorted(entry["languages"]) == ["da", "en"]
    assert {language["page_count"] for language in entry["languages"].values()} == {1, 2}


@pytest.mark.parametrize("records", [RECORDS, MANY_RECORDS], ids=["few", "more than the window"])
def test_the_same_records_give_the_same_bundle(tmp_path, records):
    """Every file, the filters and metadata too (`canonical.py`; Pagefind alone varies there, upstream Pagefind/pagefind#638)."""
    write_index(records, tmp_path / "a")
    write_index(records, tmp_path / "b")
    first, second = files(tmp_path / "a" / "pagefind"), files(tmp_path / "b" / "pagefind")
    assert sorted(first) == sorted(second)
    assert any(name.startswith("fragment/") for name in first) and any(name.startswith("index/") for name in first)
    assert [name for name in first if first[name] != second[name]] == []


def test_an_earlier_bundle_is_replaced_not_added_to(tmp_path):
    stale = tmp_path / "pagefind" / "fragment" / "da_old.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"from an earlier build")
    write_index(RECORDS[:1], tmp_path)
    assert not stale.exists()
    assert len(list((tmp_path / "pagefind" / "fragment").iterdir())) == 1


def test_every_record_is_indexed_once_in_its_language(tmp_path):
    assert write_index(MANY_RECORDS, tmp_path) == len(MANY_RECORDS)
    bundle = tmp_path / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    assert {language: index["page_count"] for language, index in entry["languages"].items()} == {"da": PER_LANGUAGE, "en": PER_LANGUAGE}
    assert len(list((bundle / "fragment").iterdir())) == len(MANY_RECORDS)  # each record's text differs
    for language, index in entry["languages"].items():
        assert (bundle / f"pagefind.{index['hash']}.pf_meta").is_file()
        assert (bundle / f"wasm.{language}.pagefind").is_file()
    assert [path.name for path in bundle.rglob("*") if path.is_file() and path.stat().st_size == 0] == []


def test_records_must_come_language_by_language(tmp_path):
    with pytest.raises(ValueError, match="language by language"):
        write_index([RECORDS[0], RECORDS[2], RECORDS[1]], tmp_path)


def test_writing_ahead_of_the_answers_gives_the_index_that_adding_one_by_one_gives():
    documents = [(html_document(record), record.url) for record in MANY_RECORDS if record.language == "da"]
    assert sum(len(html) for html, _url in documents) > 1 << 16  # more than the pipe holds

    def canonical(files: dict[str, bytes]) -> tuple:
        return canonical_filters(files, files.pop("pagefind-entry.json"))  # Pagefind's own filter order varies

    with PagefindService() as service:
        index_id = service.ask({"type": "NewIndex", "config": None})["index_id"]
        for html, url in documents:
            service.ask({"type": "AddFile", "index_id": index_id, "url": url, "file_contents": html, "file_path": None})
        answer = service.ask({"type": "GetFiles", "index_id": index_id})
        expected = canonical({file["path"]: base64.b64decode(file["content"]) for file in answer["files"]})
    with PagefindService() as service:
        added, files = service.index_documents(documents)
    assert added == len(documents)
    assert any(path.startswith("index/") for path in expected[0])
    assert canonical(files) == expected


def test_no_records_still_give_a_bundle_whose_search_finds_nothing(tmp_path):
    assert write_index([], tmp_path) == 0
    bundle = tmp_path / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert json.loads((bundle / "pagefind-entry.json").read_text())["languages"] == {}


def test_a_page_pagefind_refuses_among_many_fails_the_adding_and_the_service_still_closes():
    documents = [(html_document(record), record.url) for record in MANY_RECORDS[:PER_LANGUAGE]]
    documents.insert(PER_LANGUAGE // 2, (html_document(RECORDS[0]), None))
    with PagefindService() as service:
        with pytest.raises(PagefindError, match="Pagefind: Either source_path or url must be provided"):
            service.index_documents(documents)
    assert service.process.returncode is not None and not service.reader.is_alive()


def test_a_request_the_binary_never_answers_fails_instead_of_waiting_forever():
    with PagefindService() as service:
        index_id = service.ask({"type": "NewIndex", "config": None})["index_id"]
        service.process.send_signal(signal.SIGSTOP)  # it cannot answer what comes now
        threading.Timer(0.5, service.process.kill).start()  # the request is out, unanswered; then the binary is gone
        with pytest.raises(PagefindError, match="the pagefind binary stopped before answering"):
            service.ask({"type": "AddFile", "index_id": index_id, "url": "/a/", "file_contents": html_document(RECORDS[0]), "file_path": None})


def test_the_binary_runs_with_our_allocator_settings():
    with PagefindService() as service:
        environment = Path(f"/proc/{service.process.pid}/environ").read_bytes()
    assert b"\0_RJEM_MALLOC_CONF=narenas:1,dirty_decay_ms:100,muzzy_decay_ms:0\0" in b"\0" + environment
