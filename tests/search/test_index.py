"""The bundle the real Pagefind binary writes from the records: what it reads from each record, one
index per language, the same fragments and word index for the same records (also when more are
out at once than the adding window holds), nothing left over from an earlier build, and failures
that stop the build instead of hanging it."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import pytest
from pagefind.index import PagefindIndex

from vejviser.search.adding import WINDOW, add_in_order
from vejviser.search.canonical import canonical_filters
from vejviser.search.index import html_document, run_async, write_index
from vejviser.search.records import Passage, SearchRecord
from vejviser.search.service import PromptPagefindService

RECORDS = [
    SearchRecord("/tilbud/a/", "da", "A", (Passage("Vi hjælper, når sorgen fylder."),), {}, {"Vis": ["Tilbud"]}),
    SearchRecord("/tilbud/b/", "da", "B", (Passage("Gåture mod ensomhed.", 2.0),), {}, {"Vis": ["Tilbud"], "Område": ["Ribe"]}),
    SearchRecord("/en/services/a/", "en", "A", (Passage("We help when grief is heavy."),), {}, {"Show": ["Services"]}),
]
# More than the adding window holds, in both languages, so that answers come while requests go out.
MANY_RECORDS = [
    SearchRecord(f"/{prefix}{number}/", language, f"{word} {number}", (Passage(f"{word} nummer {number} " * (number % 7 + 1)),), {}, {})
    for language, prefix, word in (("da", "tilbud/", "Gåtur"), ("en", "en/services/", "Walk"))
    for number in range(2 * WINDOW + 5)
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

    async def index() -> dict:
        async with PagefindIndex() as pagefind:
            added = await pagefind.add_html_file(content=html_document(record), url=record.url)
            await pagefind.delete_index()  # nothing to write
            return added

    added = run_async(index())
    assert added["page_url"] == "/tilbud/x/"
    assert added["page_meta"] == {"title": record.title, **record.meta}
    assert added["page_word_count"] == len(record.text.split())  # the meta and filters are not text


def test_what_pagefind_refuses_fails_loudly():
    async def add_without_url() -> None:
        async with PromptPagefindService() as service:
            index = await service.create_index()
            await index.add_html_file(content=html_document(RECORDS[0]))

    with pytest.raises(RuntimeError, match="Pagefind: Either source_path or url must be provided"):
        run_async(add_without_url())


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
    assert {language: index["page_count"] for language, index in entry["languages"].items()} == {"da": 2 * WINDOW + 5, "en": 2 * WINDOW + 5}
    assert len(list((bundle / "fragment").iterdir())) == len(MANY_RECORDS)  # each record's text differs
    for language, index in entry["languages"].items():
        assert (bundle / f"pagefind.{index['hash']}.pf_meta").is_file()
        assert (bundle / f"wasm.{language}.pagefind").is_file()
    assert [path.name for path in bundle.rglob("*") if path.is_file() and path.stat().st_size == 0] == []


def test_records_must_come_language_by_language(tmp_path):
    with pytest.raises(ValueError, match="language by language"):
        write_index([RECORDS[0], RECORDS[2], RECORDS[1]], tmp_path)


def test_adding_ahead_of_the_answers_gives_the_index_that_adding_one_by_one_gives():
    documents = [(html_document(record), record.url) for record in MANY_RECORDS if record.language == "da"]

    async def bundle(add) -> dict[str, bytes]:
        async with PromptPagefindService() as service:
            index = await service.create_index()
            await add(index)
            files = {file["path"]: file["content"] for file in await index.get_files()}
            return canonical_filters(files, files.pop("pagefind-entry.json"))  # Pagefind's own filter order varies

    async def one_by_one(index) -> None:
        for content, url in documents:
            await index.add_html_file(content=content, url=url)

    async def ahead(index) -> None:
        assert await add_in_order(index, documents) == len(documents)

    expected = run_async(bundle(one_by_one))
    assert any(path.startswith("index/") for path in expected[0])
    assert run_async(bundle(ahead)) == expected


def test_no_records_still_give_a_bundle_whose_search_finds_nothing(tmp_path):
    assert write_index([], tmp_path) == 0
    bundle = tmp_path / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert json.loads((bundle / "pagefind-entry.json").read_text())["languages"] == {}


def test_a_page_pagefind_refuses_among_many_fails_the_adding_and_the_service_still_closes():
    documents = [(html_document(record), record.url) for record in MANY_RECORDS[:WINDOW]]
    documents.insert(WINDOW // 2, (html_document(RECORDS[0]), None))

    async def add() -> None:
        async with PromptPagefindService() as service:
            await add_in_order(await service.create_index(), documents)

    with pytest.raises(RuntimeError, match="Pagefind: Either source_path or url must be provided"):
        run_async(asyncio.wait_for(add(), timeout=60))


def test_a_request_the_binary_never_answers_fails_instead_of_waiting_forever():
    async def ask_then_lose_the_binary() -> None:
        service = await PromptPagefindService().launch()
        index = await service.create_index()
        service._backend.send_signal(signal.SIGSTOP)  # it cannot answer what comes now
        asking = asyncio.create_task(index.add_html_file(content=html_document(RECORDS[0]), url=RECORDS[0].url))
        await asyncio.sleep(0.5)  # the request is out, unanswered
        service._backend.kill()
        await service._backend.wait()
        await asking

    with pytest.raises(RuntimeError, match="the pagefind binary stopped before answering"):
        run_async(asyncio.wait_for(ask_then_lose_the_binary(), timeout=60))


def test_the_binary_runs_with_our_allocator_settings():
    async def environment_of_the_binary() -> bytes:
        async with PromptPagefindService() as service:
            return Path(f"/proc/{service._backend.pid}/environ").read_bytes()

    assert b"\0_RJEM_MALLOC_CONF=narenas:1,dirty_decay_ms:100,muzzy_decay_ms:0\0" in b"\0" + run_async(environment_of_the_binary())
