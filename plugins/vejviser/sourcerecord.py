"""An entry's own file as data (`data/source/<slug>.json`, `vejviser.opendata.entry_sources`): plain
JSON values as `yamlsource` reads them, dates as ISO strings, keys in the file's order (so a file the
correcting form writes back keeps its order and its diff shows only what changed), with its path in
the repository and the languages of its Markdown description files (`x.da.md`), which the form
leaves alone. Made from the document the build reads the entry from, so the file is read once."""

from __future__ import annotations

import json

from .yamlsource import SourceDocument


def source_record(doc: SourceDocument, source_path: str) -> bytes:
    """`doc` (an entry file read with its descriptions) as compact UTF-8 JSON; `source_path` is its
    path from the content folder (`associations/x.yaml`)."""
    record = {"path": f"content/{source_path}", "data": doc.data, "description_files": sorted(doc.companions)}
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
