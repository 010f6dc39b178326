"""`data/source/<slug>.json`: each entry's own file as data, for the form that corrects an entry.

"Ret oplysninger" on an entry page opens the form "Tilføj din forening" filled in with that entry
(theme/static/js/add-entry.js); the form proposes the changed file. Every field the form does not know
must survive that, and `associations.json` cannot promise it: it is the model's view (`cost` becomes
`free` and `cost_note`, ended roles and maintainers are left out). So each entry's file is published
as `yamlsource` reads it (`vejviser.sourcerecord`, made while the entries load, so no file is read
twice).

The YAML file's comments are not in it: a corrected file proposed by the form loses them.
"""

from __future__ import annotations

from typing import Iterator

from ..content import Directory

SOURCE_DIR = "source"


def entry_sources(directory: Directory, data_dir: str) -> Iterator[tuple[str, bytes]]:
    """(output path, bytes) of every entry's source record."""
    for entry in directory.entries:
        yield f"{data_dir}/{SOURCE_DIR}/{entry.slug}.json", directory.source_records[entry.slug]
