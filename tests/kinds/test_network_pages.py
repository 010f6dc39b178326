"""Networks on the built site: a page listing them and a page per network with its members (entries
linked, other associations by name, sports and youth clubs too), in both languages; an entry's page
says which networks it is a member of."""

from __future__ import annotations

import pytest

NETWORK = "eksempel-netvaerket"


@pytest.mark.parametrize(("url", "title"), [("netvaerk/", "Eksempel-netværket for fællesskaber"), ("en/networks/", "The Example Network for communities")])
def test_the_networks_page_lists_each_network(site, url, title):
    assert [link.get_text(" ", strip=True) for link in site.page(url).select("main .vv-card__link")] == [title]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"netvaerk/{NETWORK}/", ["Netværk", "4 gange om året", "Det er netværket til", "deler viden", "Hvem kan være med",
                                  "Frivillige sociale foreninger og idrætsforeninger.", "Medlemmer", "Kontakt netværket", "netvaerk@example.org"]),
        (f"en/networks/{NETWORK}/", ["Network", "4 times a year", "What the network is for", "share knowledge", "Who can join", "Members",
                                     "Contact the network", "read 1 September 2026"]),
    ],
)  # fmt: skip
def test_a_network_page_shows_every_field(site, url, expected):
    text = site.text(url)
    assert [part for part in expected if part not in text] == []


def test_members_are_entries_linked_and_others_by_name(site):
    members = site.page(f"en/networks/{NETWORK}/").select("main #members ~ ul li")
    assert [member.get_text(" ", strip=True) for member in members] == ["Eksempel-Varmestuen", "Eksempel-Sorggruppen", "Eksempel Idrætsforening", "Eksempel Ungdomsklub"]
    assert site.links(f"en/networks/{NETWORK}/", "main #members ~ ul a") == ["en/services/eksempel-varmestuen/", "en/services/eksempel-sorggruppen/", "https://idraet.example.org/"]


@pytest.mark.parametrize(("url", "network"), [("tilbud/eksempel-varmestuen/", f"netvaerk/{NETWORK}/"), ("en/services/eksempel-sorggruppen/", f"en/networks/{NETWORK}/")])
def test_an_entry_page_names_its_networks(site, url, network):
    assert site.links(url, "main #networks ~ ul a") == [network]


def test_without_networks_the_page_says_so_and_entries_name_none(empty_site):
    assert "Vi kender endnu ikke til netværk her." in empty_site.text("netvaerk/")
    assert empty_site.page("tilbud/eksempel-varmestuen/").select("#networks") == []
