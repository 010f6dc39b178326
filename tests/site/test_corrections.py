"""The ways a reader reports or fixes a mistake, from the bottom of every entry page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from pelican_build import FIXTURES, REPO, BuiltSite, assemble_content, build

REPOSITORY = "https://github.com/esbjerg-kommune/vejviser"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    root = tmp_path_factory.mktemp("corrections-site")
    content = assemble_content(root / "content", FIXTURES / "content")
    result = build(content, root / "output", 'VEJVISER_EDITORS_EMAIL="redaktion@kommune.example.org"')
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "output", result.stdout)


def links(site: BuiltSite, path: str) -> dict[str, str]:
    return {" ".join(a.get_text(" ").split()): a["href"] for a in site.page(path).select(".vv-entry__correct a")}


def test_a_reader_can_report_a_mistake_with_or_without_a_github_account(site):
    danish = links(site, "tilbud/solsikken/")
    issue = urlsplit(danish["Fortæl redaktionen, hvad der er forkert"])
    assert f"{issue.scheme}://{issue.netloc}{issue.path}" == f"{REPOSITORY}/issues/new"
    query = parse_qs(issue.query)
    assert query == {"template": ["ret-en-oplysning.yml"], "title": ["Ret / Correct: Foreningen Solsikken"], "entry": ["Foreningen Solsikken (solsikken)"]}
    mail = urlsplit(danish["Skriv til redaktionen"])
    assert (mail.scheme, mail.path) == ("mailto", "redaktion@kommune.example.org")
    assert parse_qs(mail.query)["subject"] == ["Ret / Correct: Foreningen Solsikken (solsikken)"]
    assert danish["Ret oplysninger"] == "../../tilfoej/?ret=solsikken"  # the form "Tilføj din forening", filled in
    english = links(site, "en/services/solsikken/")
    assert set(english) == {"Tell the editors what is wrong", "Write to the editors", "Correct the information"}
    assert english["Correct the information"] == "../../../en/add/?edit=solsikken"


def test_the_form_the_link_fills_has_that_field(site):
    """The issue form's field id must match the link's parameter, or GitHub ignores it."""
    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "ret-en-oplysning.yml").read_text("utf-8"))
    assert "entry" in {item.get("id") for item in form["body"]}


def test_without_an_editors_address_there_is_no_mail_link(fixture_site):
    assert "Skriv til redaktionen" not in links(fixture_site, "tilbud/solsikken/")
    assert "Fortæl redaktionen, hvad der er forkert" in links(fixture_site, "tilbud/solsikken/")
