"""`data/grants.json` and `data/grants.csv`: the grants (`vejviser.kinds.grants`) associations can
apply for, in both languages, with their page URLs.

As on the site, only the open and the coming calls are in it: a grant whose deadline has passed at
the build date is left out (so it drops off by itself). `status` says which of the two a call is at
the build date. The JSON is the model as `associations.json` writes entries (described by
`grants.schema.json`, which takes text, contact and source from `associations.schema.json`); `needs`
are ids whose labels are under `vocabularies`. The CSV is written as `associations.csv` (see
`csv_export`).
"""

from __future__ import annotations

from typing import Any, Iterable

from ..content import Directory
from ..kinds.addresses import grant_url
from ..kinds.grants import Grant, current_grants
from ..text import Text
from .csv_export import Column, Row, Table, bilingual, csv_bytes, iso_date, joined, phone_cell, page_columns, sources_column
from .json_export import dataset, record, vocabulary_labels
from .publication import Publication

SCHEMA_FILE = "grants.schema.json"


def grant_record(grant: Grant, publication: Publication) -> dict[str, Any]:
    return record(grant) | {"status": grant.status(publication.build_date), "urls": publication.links(lambda lang: grant_url(grant.id, lang))}


def grants_json(grants: Iterable[Grant], directory: Directory, publication: Publication) -> bytes:
    shown = current_grants(grants, publication.build_date)
    return dataset(publication, SCHEMA_FILE, vocabulary_labels(directory, ["needs"]), "grants", [grant_record(grant, publication) for grant in shown])


def _documents(grant: Grant, lang: str) -> str:
    return joined(getattr(grant.documents, lang) or ()) if grant.documents else ""


COLUMNS: tuple[Column[Grant], ...] = (
    Column("id", Text("Fast id for puljen, også i sidens adresse", "Stable id of the grant, also in its page address"), lambda g, r: g.id),
    Column("status", Text("open: man kan søge nu; coming: åbner senere", "open: you can apply now; coming: opens later"), lambda g, r: g.status(r.publication.build_date)),
    *bilingual("title", Text("Navn", "Title"), lambda g: g.title),
    *bilingual("granted_by", Text("Hvem der giver pengene", "Who grants it"), lambda g: g.granted_by),
    *bilingual("who_may_apply", Text("Hvem der kan søge, Markdown", "Who may apply, Markdown"), lambda g: g.who_may_apply),
    *bilingual("supports", Text("Hvad puljen støtter, Markdown", "What it supports, Markdown"), lambda g: g.supports),
    *bilingual("amount", Text("Beløb", "Amount"), lambda g: g.amount),
    Column("opens", Text("Dato hvor man kan begynde at søge; tom: åben nu", "Date applications open; empty: open now"), lambda g, r: iso_date(g.opens), type="date"),
    Column("deadline", Text("Ansøgningsfrist", "Application deadline"), lambda g, r: iso_date(g.deadline), type="date"),
    Column("decision", Text("Dato for afgørelse", "Decision date"), lambda g, r: iso_date(g.decision), type="date"),
    Column("reporting_deadline", Text("Frist for afrapportering", "Reporting deadline"), lambda g, r: iso_date(g.reporting_deadline), type="date"),
    Column("apply_url", Text("Her søger man", "Where to apply"), lambda g, r: g.apply_url or "", format="uri"),
    Column("documents_da", Text("Det skal man sende med, på dansk", "Documents to send, in Danish"), lambda g, r: _documents(g, "da")),
    Column("documents_en", Text("Det skal man sende med, på engelsk (tom hvis ikke oversat)", "Documents to send, in English (empty if not translated)"), lambda g, r: _documents(g, "en")),
    *bilingual("apply_note", Text("Om at søge", "About applying"), lambda g: g.apply_note),
    Column("needs", Text("Hvad puljen handler om (id'er fra ordlisten needs)", "What it is about (ids from the needs vocabulary)"), lambda g, r: joined(g.needs)),
    Column("phones", Text("Telefonnumre, med formålet på dansk i parentes", "Phone numbers, with their purpose in Danish in brackets"), lambda g, r: joined(phone_cell(p) for p in g.contact.phones)),
    Column("email", Text("E-mail", "Email"), lambda g, r: g.contact.email or "", format="email"),
    Column("website", Text("Hjemmeside", "Website"), lambda g, r: g.contact.website or "", format="uri"),
    Column("added", Text("Dato hvor puljen blev tilføjet", "Date the grant was added"), lambda g, r: iso_date(g.added), type="date"),
    sources_column(),
    *page_columns(Text("Puljens side", "The grant's page"), lambda g, lang: grant_url(g.id, lang)),
)

GRANTS: Table[Grant] = Table("grants", Text("Puljer", "Grants"), COLUMNS, "id")


def grants_csv(grants: Iterable[Grant], directory: Directory, publication: Publication) -> bytes:
    return csv_bytes(GRANTS, current_grants(grants, publication.build_date), Row(directory, publication))
