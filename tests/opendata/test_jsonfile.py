"""JSON as the exports write it (`vejviser.opendata.jsonfile`)."""

from __future__ import annotations

import pytest

from vejviser.opendata.jsonfile import json_array_bytes, json_bytes


@pytest.mark.parametrize("items", [[], [{"b": 1, "a": "Ærø"}], [{"x": [1, 2.5, None, True]}, "tekst", 3, {"ø": {"å": "æ\n\"<>"}}]])
def test_an_array_made_an_item_at_a_time_is_the_array_made_at_once(items):
    assert json_array_bytes(iter(items)) == json_bytes(items)
