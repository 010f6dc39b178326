"""Validation of entry files: JSON Schema plus semantic rules, each problem located.

`check_documents` is the one entry point; it never raises on bad data.
"""

from __future__ import annotations

import datetime
from typing import Sequence

from ..problems import Problem
from ..vocabulary import Vocabularies
from ..yamlsource import SourceDocument


def check_documents(
    documents: Sequence[SourceDocument],
    vocabularies: Vocabularies,
    *,
    today: datetime.date,
    others: Sequence[SourceDocument] = (),
) -> list[Problem]:
    """Problems in `documents` (already read; their read problems are not repeated here).

    `others` are the rest of the content folder, read but not reported on: used for checks across
    files (duplicate slugs, near-duplicate names) when only some files are being validated.
    """
    # Placeholder until the full validator lands: schema and semantic rules go here.
    return []
