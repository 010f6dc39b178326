"""schema.org JSON-LD for an entry page, so search engines understand who offers what, where and when.

The organisation (NGO, GovernmentOrganization or plain Organization, by the entry's kind) with its
phones, areas served, website (`sameAs`), and its locations as `Place`s with address, coordinates,
accessibility and opening hours (schema.org puts opening hours on places, not on organisations).
Only what the entry says; nothing is guessed. Text shown in Danish on an English page (not
translated) is tagged with its language, as JSON-LD allows (`{"@value": …, "@language": "da"}`).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..model import Entry, HoursException, Location, WeeklyHours
from ..text import Text
from ..urls import entry_url
from ..vocabulary import Vocabularies
from .jsonfile import json_text
from .labels import ACCESSIBILITY, COUNTRY
from .publication import Publication

TYPES_BY_KIND = {
    "association": "NGO",
    "self-help-group": "NGO",
    "volunteer-centre": "NGO",
    "church-organisation": "NGO",
    "municipal-service": "GovernmentOrganization",
    "regional-service": "GovernmentOrganization",
}
DEFAULT_TYPE = "Organization"  # kinds that can be either, e.g. national helplines
AREA_TYPES = {"town": "City", "municipality": "AdministrativeArea"}
DAY_URIS = {
    "mon": "https://schema.org/Monday",
    "tue": "https://schema.org/Tuesday",
    "wed": "https://schema.org/Wednesday",
    "thu": "https://schema.org/Thursday",
    "fri": "https://schema.org/Friday",
    "sat": "https://schema.org/Saturday",
    "sun": "https://schema.org/Sunday",
}
# In HTML, a JSON-LD block must not contain "</script>" or start a comment; JSON can escape these.
_HTML_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if value not in (None, "", [])}


def _text(text: Text, lang: str) -> str | dict[str, str]:
    if text.is_fallback(lang):
        return {"@value": text.get(lang), "@language": text.lang_for(lang)}
    return text.get(lang)


def entry_jsonld(entry: Entry, lang: str, vocabularies: Vocabularies, publication: Publication) -> dict[str, Any]:
    page = publication.link(entry_url(entry.slug, lang))
    phones = entry.contact.phones
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": TYPES_BY_KIND.get(entry.kind, DEFAULT_TYPE),
            "@id": f"{page}#organization",
            "name": entry.name,
            "alternateName": list(entry.alternate_names),
            "description": _text(entry.summary, lang),
            "url": page,
            "sameAs": entry.contact.website,
            "email": entry.contact.email,
            "telephone": phones[0].tel_uri.removeprefix("tel:") if phones else None,
            "contactPoint": [
                _compact(
                    {
                        "@type": "ContactPoint",
                        "telephone": phone.tel_uri.removeprefix("tel:"),
                        "contactType": _text(phone.purpose, lang) if phone.purpose else None,
                        "availableLanguage": list(entry.languages),
                    }
                )
                for phone in phones
            ],
            "knowsLanguage": list(entry.languages),
            "areaServed": [_area(vocabularies, area, lang) for area in entry.areas],
            "address": _address(entry.locations[0], vocabularies, lang) if entry.locations else None,
            "location": [place(location, vocabularies, lang) for location in entry.locations],
        }
    )


def _area(vocabularies: Vocabularies, area: str, lang: str) -> dict[str, str]:
    term = vocabularies.areas[area]
    if term.area_kind == "nationwide":
        return {"@type": "Country", "name": COUNTRY.get(lang)}
    return {"@type": AREA_TYPES.get(term.area_kind, "AdministrativeArea"), "name": term.label.get(lang)}


def _address(location: Location, vocabularies: Vocabularies, lang: str) -> dict[str, str]:
    return _compact(
        {
            "@type": "PostalAddress",
            "streetAddress": location.address,
            "postalCode": location.postcode,
            "addressLocality": vocabularies.areas.label(location.town, lang) if location.town else None,
            "addressCountry": "DK",
        }
    )


def place(location: Location, vocabularies: Vocabularies, lang: str) -> dict[str, Any]:
    """A location as a schema.org `Place` (also a room's, `vejviser.kinds`)."""
    hours = location.opening_hours
    access = location.accessibility
    return _compact(
        {
            "@type": "Place",
            "name": location.name,
            "address": _address(location, vocabularies, lang),
            "geo": {"@type": "GeoCoordinates", "latitude": location.latitude, "longitude": location.longitude}
            if location.latitude is not None and location.longitude is not None
            else None,
            "amenityFeature": [
                {"@type": "LocationFeatureSpecification", "name": present.get(lang), "value": getattr(access, feature)}
                for feature, (present, _absent) in ACCESSIBILITY.items()
                if access is not None and getattr(access, feature) is not None
            ],
            "openingHoursSpecification": [*map(_weekly, hours.weekly), *filter(None, map(_exception, hours.exceptions))] if hours else [],
        }
    )


def _weekly(rule: WeeklyHours) -> dict[str, Any]:
    return {"@type": "OpeningHoursSpecification", "dayOfWeek": [DAY_URIS[day] for day in rule.days], "opens": rule.opens, "closes": rule.closes}


def _exception(exception: HoursException) -> dict[str, Any] | None:
    """A special day: closed is written as opening and closing at midnight, as schema.org says."""
    if exception.closed:
        opens = closes = "00:00"
    elif exception.opens and exception.closes:
        opens, closes = exception.opens, exception.closes
    else:
        return None  # only a note: nothing structured to say
    day = exception.date.isoformat()
    return {"@type": "OpeningHoursSpecification", "validFrom": day, "validThrough": day, "opens": opens, "closes": closes}


def jsonld_script(data: dict[str, Any]) -> Markup:
    """The JSON-LD as a `<script type="application/ld+json">` data block (not executed, so CSP allows it)."""
    text = json_text(data)
    # str.replace, not str.translate: on text that is not all ASCII, translate looks up every
    # character in a dict: an entry page rendered in 1.41 ms instead of 1.49 (in-process A/B).
    for character, escaped in _HTML_SAFE:
        text = text.replace(character, escaped)
    return Markup(f'<script type="application/ld+json">{text}</script>')
