"""JSON as the exports write it: UTF-8, sorted keys, compact, one trailing newline (same data → same bytes)."""

from __future__ import annotations

import json
from typing import Any


def json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
