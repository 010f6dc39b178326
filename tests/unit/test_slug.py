"""Slugs made from names, as `vejviser new` names files and the validator suggests file names."""

from __future__ import annotations

import pytest

from vejviser.slug import is_slug, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Røde Kors Ribe", "roede-kors-ribe"),
        ("Ældre Sagen Esbjerg", "aeldre-sagen-esbjerg"),
        ("Café Å-hytten", "cafe-aa-hytten"),
        ("  Sorg & savn -- Gørding! ", "sorg-savn-goerding"),
        ("LGBT+ Danmark", "lgbt-danmark"),
        ("Straße 12", "strasse-12"),
        ("!!!", ""),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


def test_long_names_are_cut_without_a_trailing_hyphen():
    slug = slugify("Foreningen for " + "meget " * 20 + "lange navne")
    assert len(slug) <= 80 and is_slug(slug)


@pytest.mark.parametrize(("text", "expected"), [("roede-kors", True), ("Roede-kors", False), ("roede--kors", False), ("-x", False), ("x_y", False), ("a" * 81, False)])
def test_is_slug(text, expected):
    assert is_slug(text) is expected
