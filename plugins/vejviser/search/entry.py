"""Pagefind's entry file (`pagefind-entry.json`), which tells the search script which index serves
each page language, for a bundle whose languages were indexed by separate Pagefind services.

Each service writes an entry file naming its own language only; the bundle's names them all, in
the order they were indexed, with the rest (Pagefind's version, the characters it indexes inside
words) as the services wrote it, which is the same for all of them.
"""

from __future__ import annotations

import json
from pathlib import Path

ENTRY_FILE = "pagefind-entry.json"


class LanguageEntries:
    def __init__(self) -> None:
        self.entry: dict | None = None

    def add(self, content: bytes) -> None:
        """Take in one service's entry file."""
        entry = json.loads(content)
        if self.entry is None:
            self.entry = entry
            return
        if entry["version"] != self.entry["version"]:
            raise ValueError(f"Pagefind {entry['version']} and {self.entry['version']} wrote parts of one bundle")
        self.entry["languages"].update(entry["languages"])

    def write(self, bundle: Path) -> None:
        if self.entry is not None:
            (bundle / ENTRY_FILE).write_text(json.dumps(self.entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
