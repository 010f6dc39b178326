"""JSON as the exports and the pages' JSON-LD write it: sorted keys, compact (same data → same text); a
file is UTF-8 with one trailing newline."""

from __future__ import annotations

import json
from typing import Any, Iterable

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_text(data: Any) -> str:
    return _ENCODER.encode(data)


def json_bytes(data: Any) -> bytes:
    return (json_text(data) + "\n").encode("utf-8")


def json_array_bytes(items: Iterable[Any]) -> bytes:
    """`json_bytes(list(items))`, made an item at a time, so that the items need not all exist at once
    (10,000 HSDS organizations are 200 MiB of Python objects, for a file of 48 MiB)."""
    return b"[" + b",".join(json_text(item).encode("utf-8") for item in items) + b"]\n"
