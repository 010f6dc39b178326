"""Slugs: the part of an entry's address and file name made from its name ("Røde Kors Ribe" → "roede-kors-ribe").

Lowercase a–z, 0–9 and single hyphens. Danish letters are written out the Danish way (æ → ae,
ø → oe, å → aa); other accents are dropped (é → e).
"""

from __future__ import annotations

import re
import unicodedata

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_LENGTH = 80

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def transliterate(text: str) -> str:
    """Lowercase ASCII letters and digits (other characters kept), Danish letters written out."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_DANISH))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", transliterate(name)).strip("-")
    return slug[:MAX_LENGTH].rstrip("-")


def is_slug(text: object) -> bool:
    return isinstance(text, str) and len(text) <= MAX_LENGTH and SLUG_PATTERN.fullmatch(text) is not None
