"""Whom a service reaches and the order a reader in a town reads them in (`vejviser.directory.reach`)."""

from __future__ import annotations

from types import SimpleNamespace

from vejviser.directory.reach import ELSEWHERE, HERE, MUNICIPALITY, NATIONWIDE, Reach, is_for_everyone

AREAS = [
    SimpleNamespace(id="kommune", area_kind="municipality"),
    SimpleNamespace(id="landet", area_kind="nationwide"),
    SimpleNamespace(id="ribe", area_kind="town"),
    SimpleNamespace(id="esbjerg", area_kind="town"),
]


def entry(slug: str, areas: tuple[str, ...], located_in: tuple[str, ...] = (), groups: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(slug=slug, areas=areas, towns=tuple(dict.fromkeys((*located_in, *areas))), target_groups=groups)


HOTLINE = entry("hotline", ("landet",))
MUNICIPAL = entry("kommunal", ("kommune",))
MUNICIPAL_IN_RIBE = entry("kommunal-med-adresse-i-ribe", ("kommune",), located_in=("ribe",))
IN_RIBE = entry("i-ribe", ("ribe",))
IN_ESBJERG = entry("i-esbjerg", ("esbjerg",))
ALL = [HOTLINE, IN_ESBJERG, MUNICIPAL, IN_RIBE, MUNICIPAL_IN_RIBE]  # A–Å, say


def slugs(entries) -> list[str]:
    return [found.slug for found in entries]


def test_a_reader_in_ribe_reads_ribe_then_the_municipality_then_nationwide_then_other_towns():
    groups = Reach(AREAS).groups(ALL, "ribe")
    assert [(group.key, slugs(group.entries)) for group in groups] == [
        (HERE, ["i-ribe", "kommunal-med-adresse-i-ribe"]),
        (MUNICIPALITY, ["kommunal"]),
        (NATIONWIDE, ["hotline"]),
        (ELSEWHERE, ["i-esbjerg"]),
    ]


def test_with_no_town_chosen_local_services_come_first_then_the_municipality_then_nationwide():
    assert slugs(Reach(AREAS).ordered(ALL)) == ["i-esbjerg", "i-ribe", "kommunal", "kommunal-med-adresse-i-ribe", "hotline"]


def test_what_reaches_a_town_the_municipality_and_the_country():
    reach = Reach(AREAS)
    assert [found.slug for found in ALL if reach.serves(found, "ribe")] == ["hotline", "kommunal", "i-ribe", "kommunal-med-adresse-i-ribe"]
    assert [found.slug for found in ALL if reach.serves(found, "kommune")] == ["hotline", "kommunal", "kommunal-med-adresse-i-ribe"]
    assert [found.slug for found in ALL if reach.serves(found, "landet")] == ["hotline"]


def test_a_service_for_everyone_is_tagged_so_or_has_no_target_group():
    assert is_for_everyone(entry("a", ("landet",), groups=("everyone", "relatives")))
    assert is_for_everyone(entry("b", ("landet",)))
    assert not is_for_everyone(entry("c", ("landet",), groups=("women",)))
