"""`data/source/<slug>.json`: each entry's own file as data, for the form that corrects an entry.

The form must be able to write the file back with every field kept, so the record holds the file's
data exactly as the site reads it, in the file's key order, with the repository path and the
languages that have a Markdown description file of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

from vejviser.content import load_directory
from vejviser.opendata.entry_sources import entry_sources
from vejviser.yamlsource import read_bytes

from .common import BUILD_DATE, fixture_content


def records(content: Path) -> dict[str, dict]:
    directory = load_directory(content, BUILD_DATE)
    assert directory.errors == []
    return {path: json.loads(data) for path, data in entry_sources(directory, "data")}


def test_every_entry_file_as_the_site_reads_it_in_its_own_order(tmp_path: Path):
    content = fixture_content(tmp_path / "content")
    published = records(content)
    files = sorted((content / "associations").glob("*.yaml"))
    assert sorted(published) == [f"data/source/{path.stem}.json" for path in files]
    for path in files:
        record = published[f"data/source/{path.stem}.json"]
        data = read_bytes(path.read_bytes(), str(path)).data
        assert record == {"path": f"content/associations/{path.name}", "data": data, "description_files": []}
        assert list(record["data"]) == list(data)  # not sorted: a corrected file keeps its order


def test_a_markdown_description_is_named_so_the_form_leaves_it_alone(tmp_path: Path):
    content = fixture_content(tmp_path / "content")
    entry = content / "associations" / "eksempel-gaeldsraadgivning.yaml"  # no description of its own
    entry.with_name(f"{entry.stem}.da.md").write_text("Et længere afsnit.\n", "utf-8")
    record = records(content)[f"data/source/{entry.stem}.json"]
    assert record["description_files"] == ["da"]
    assert "Et længere afsnit." not in json.dumps(record["data"], ensure_ascii=False)  # the file, not the merged entry
