"""A synthetic content folder of any size, for benchmarks: `generate(5000, Path("/tmp/content"))`.

Every entry is valid and realistic in shape (both languages, Markdown descriptions, locations with
opening hours, phones, volunteer roles, varied needs, target groups and areas), but entirely
fictional: made-up names, `.example` web and e-mail addresses, random phone numbers. Never publish
it. The vocabularies are copied from the real content folder, so the terms are the real ones.
Same `n`, `seed` and `today` → the same files.

    python -m benchmarks.synthetic 5000 /tmp/content
"""

from __future__ import annotations

import datetime
import random
import shutil
import sys
from pathlib import Path

import yaml

from vejviser.slug import slugify

REPO = Path(__file__).resolve().parents[1]
VOCABULARIES = REPO / "content" / "vocabularies"

_SYLLABLES = ("ka", "lo", "ri", "ve", "sun", "dor", "mi", "tal", "be", "gro", "na", "fje", "hus", "lind", "ran", "sø", "æb", "tå", "mo", "kle")
_KINDS_OF_PLACE = (
    ("Foreningen", "Association"), ("Netværket", "The network"), ("Caféen", "The café"),
    ("Klubben", "The club"), ("Huset", "The house"), ("Gruppen", "The group"),
)  # fmt: skip
_ACTIVITIES = (
    ("Vi mødes over en kop kaffe og taler om det, der fylder.", "We meet over a cup of coffee and talk about what is on our minds."),
    ("Frivillige rådgivere lytter og hjælper dig videre.", "Volunteer counsellors listen and help you on."),
    ("Vi går ture sammen hver uge, uanset vejret.", "We go for walks together every week, whatever the weather."),
    ("Du kan få hjælp til breve fra det offentlige og til at lægge et budget.", "You can get help with letters from the authorities and with making a budget."),
)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def generate(n: int, dest: Path, seed: int = 0, today: datetime.date | None = None) -> Path:
    """Write `n` entries to `dest/associations/` and the vocabularies to `dest/vocabularies/`."""
    rng = random.Random(seed)
    today = today or datetime.date.today()
    dest = Path(dest)
    shutil.copytree(VOCABULARIES, dest / "vocabularies", dirs_exist_ok=True)
    folder = dest / "associations"
    folder.mkdir(parents=True, exist_ok=True)
    vocabularies = {path.stem: yaml.safe_load(path.read_text("utf-8")) for path in VOCABULARIES.glob("*.yaml")}
    towns = {term: body for term, body in vocabularies["areas"].items() if body.get("kind") == "town"}
    used: set[str] = set()
    for index in range(n):
        slug = f"synthetic-{index:05d}"
        entry = _entry(rng, index, _made_up_name(rng, used), vocabularies, towns, today)
        with open(folder / f"{slug}.yaml", "w", encoding="utf-8") as handle:
            yaml.dump(entry, handle, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=100)
        if index % 20 == 0:
            (folder / f"{slug}.da.md").write_text(f"{entry['name']} har en længere beskrivelse her.\n\n- Første punkt\n- Andet punkt\n", "utf-8")
    return dest


def _made_up_name(rng: random.Random, used: set[str]) -> str:
    """Two new made-up words of 3–4 syllables, different enough that no two names are near-duplicates."""
    while True:
        word = " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize() for _ in range(2))
        if word not in used:
            used.add(word)
            return word


def _entry(rng: random.Random, index: int, made_up: str, vocabularies: dict, towns: dict, today: datetime.date) -> dict:
    place_da, place_en = rng.choice(_KINDS_OF_PLACE)
    town = rng.choice(list(towns))
    name = f"{place_da} {made_up} {towns[town]['da']}"
    activity_da, activity_en = rng.choice(_ACTIVITIES)
    entry: dict = {
        "name": name,
        "kind": rng.choice(list(vocabularies["kinds"])),
        "summary": {"da": f"{place_da} {made_up} i {towns[town]['da']}. {activity_da}", "en": f"{place_en} {made_up} in {towns[town]['en']}. {activity_en}"},
        "needs": rng.sample(list(vocabularies["needs"]), rng.randint(1, 3)),
        "target_groups": rng.sample(list(vocabularies["target_groups"]), rng.randint(1, 3)),
        "areas": [town] if rng.random() < 0.7 else ["esbjerg-kommune"],
        "attendance": rng.sample(list(vocabularies["attendance"]), rng.randint(1, 3)),
        "cost": {"free": True},
        "languages": rng.sample(["da", "en", "de", "uk", "ar"], rng.randint(1, 2)),
        "contact": {
            "phones": [{"number": _phone(rng), "purpose": {"da": "Rådgivning", "en": "Counselling"}}],
            "email": f"kontakt@{slugify(made_up)}.example",
            "website": f"https://www.forening-{index}.example/",
        },
        "last_verified": (today - datetime.timedelta(days=rng.randint(0, 300))).isoformat(),
    }
    if index % 20:
        entry["description"] = {
            "da": f"**{name}** er et fællesskab.\n\n{activity_da}\n\nLæs mere på [hjemmesiden](https://www.forening-{index}.example/).\n",
            "en": f"**{name}** is a community.\n\n{activity_en}\n",
        }
    if rng.random() < 0.6:
        entry["locations"] = [_location(rng, town, towns)]
    if rng.random() < 0.4:
        entry["volunteering"] = [_role(rng, vocabularies, today, number) for number in range(rng.randint(1, 3))]
    return entry


def _phone(rng: random.Random) -> str:
    digits = f"{rng.randint(2, 9)}{rng.randint(0, 9_999_999):07d}"
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def _location(rng: random.Random, town: str, towns: dict) -> dict:
    opens = rng.randint(8, 16)
    return {
        "name": "Mødestedet",
        "address": f"Eksempelvej {rng.randint(1, 200)}",
        "postcode": rng.choice(towns[town]["postcodes"]),
        "town": town,
        "coordinates": {"lat": round(rng.uniform(55.30, 55.55), 5), "lon": round(rng.uniform(8.40, 8.95), 5)},
        "accessibility": {"step_free": rng.random() < 0.5, "note": {"da": "Elevator ved indgangen.", "en": "Lift by the entrance."}},
        "opening_hours": {
            "weekly": [{"days": sorted(rng.sample(_WEEKDAYS[:5], 2), key=_WEEKDAYS.index), "opens": f"{opens:02d}:00", "closes": f"{opens + 3:02d}:30"}],
            "note": {"da": "Lukket på helligdage.", "en": "Closed on public holidays."},
        },
    }


def _role(rng: random.Random, vocabularies: dict, today: datetime.date, number: int) -> dict:
    role = {
        "id": f"rolle-{number + 1}",
        "title": {"da": "Frivillig besøgsven", "en": "Volunteer visiting friend"},
        "description": {"da": "Du besøger en ældre borger en gang om ugen.", "en": "You visit an older citizen once a week."},
        "commitment": rng.choice(list(vocabularies["commitments"])),
        "how_to_apply": {"da": "Skriv til os, så ringer vi dig op.", "en": "Write to us and we will call you."},
        "min_age": rng.choice([15, 18]),
        "danish_required": rng.random() < 0.7,
        "start": (today - datetime.timedelta(days=rng.randint(0, 60))).isoformat(),
    }
    if rng.random() < 0.5:
        role["end"] = (today + datetime.timedelta(days=rng.randint(30, 400))).isoformat()
    return role


if __name__ == "__main__":
    count, destination = int(sys.argv[1]), Path(sys.argv[2])
    print(generate(count, destination))
