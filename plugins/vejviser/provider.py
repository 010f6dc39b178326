"""Who stands behind an entry – the kind of provider that can confirm its facts.

The entry page says who has (or has not) confirmed the data: "Bekræftet af kommunen", "Ikke bekræftet
af foreningen". The kind of provider follows from the entry's `kind`: a term in the kinds vocabulary
may say it (`provider: municipality`); the kinds Vejviser ships with have it here; any other kind is
an association's.
"""

from __future__ import annotations

from .vocabulary import Vocabularies

PROVIDERS = ("association", "organisation", "municipality", "region", "service")
DEFAULT_PROVIDER = "association"
# The provider of the kinds in Vejviser's own kinds vocabulary.
PROVIDER_OF_KIND = {
    "association": "association",
    "self-help-group": "association",
    "volunteer-centre": "association",
    "church-organisation": "organisation",
    "national-helpline": "service",
    "municipal-service": "municipality",
    "regional-service": "region",
}


def provider_of(kind: str, vocabularies: Vocabularies) -> str:
    """`association`, `organisation`, `municipality`, `region` or `service`."""
    kinds = vocabularies["kinds"]
    stated = kinds[kind].extra.get("provider") if kind in kinds else None
    if stated in PROVIDERS:
        return stated
    return PROVIDER_OF_KIND.get(kind, DEFAULT_PROVIDER)
