"""`data/source/<slug>.json`: each entry's own file as data, for the form that corrects an entry.

"Ret oplysninger" on an entry page opens the form "Tilføj din forening" filled in with that entry
(theme/static/js/add-entry.js); the form proposes the changed file. Every field the form does not know
must survive that, and `associations.json` cannot promise it: it is the model's view (`cost` becomes
`free` and `cost_note`, ended roles and maintainers are left out). So each entry's file is published
as `yamlsource` reads it – plain JSON values, dates as ISO strings, keys in the file's order (so a
corrected file keeps its order and its diff shows only what changed) – with its path in the
repository and the languages of its Markdown description files (`x.da.md`), which the form leaves
alone.

The YAML file's comments are not in it: a corrected file proposed by the form loses them.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..content import Directory, description_paths, display_path
from ..yamlsource import read_file

SOURCE_DIR = "source"


def entry_sources(directory: Directory, data_dir: str) -> Iterator[tuple[str, bytes]]:
    """(output path, bytes) of every entry's source file, read again from the content folder (the
    description files are only listed: the form leaves their text alone)."""
    for entry in directory.entries:
        path = directory.content_dir / entry.source_path
        data = read_file(path, display_path(path)).data
        descriptions = sorted(lang for lang, description in description_paths(path).items() if description.is_file())
        record = {"path": f"content/{entry.source_path}", "data": data, "description_files": descriptions}
        yield f"{data_dir}/{SOURCE_DIR}/{entry.slug}.json", _in_file_order(record)


def _in_file_order(data: Any) -> bytes:
    """Compact UTF-8 JSON with the keys in the order they came (`jsonfile` sorts them)."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
