"""The build cache's folder (`vejviser.directory.buildcache.BuildCache`): used only under the key it
was written with, and never trusted after a build that did not finish."""

from __future__ import annotations

import logging

from vejviser.directory.buildcache import MANIFEST, PAGES, BuildCache, CachedPage
from vejviser.directory.pagefingerprints import Fingerprint

KEY = {"format": "1", "engine": "e", "packages": "p", "python": "3.11", "settings": "s", "content": "c", "theme": "t", "build_date": "d"}
PAGE = "tilbud/a/index.html"
FINGERPRINT = Fingerprint(b"\x01" * 16, frozenset({"a"}))


def cached_once(folder, output) -> CachedPage:
    """A build that wrote PAGE and finished."""
    cache = BuildCache.open(folder, KEY)
    (output / PAGE).parent.mkdir(parents=True)
    (output / PAGE).write_text("<p>a</p>")
    page = cache.keep(PAGE, str(output), FINGERPRINT, bytes.fromhex("ab"))
    cache.save({PAGE: page})
    return page


def test_a_page_is_reused_under_its_fingerprint_or_what_it_is_made_from(tmp_path):
    kept = cached_once(tmp_path / "cache", tmp_path / "out")
    cache = BuildCache.open(tmp_path / "cache", KEY)
    again = str(tmp_path / "again")
    assert cache.reuse(PAGE, again, fingerprint=FINGERPRINT) == kept
    assert cache.reuse(PAGE, again, made_from=bytes.fromhex("ab")) == kept
    assert (tmp_path / "again" / PAGE).read_text() == "<p>a</p>"
    assert cache.reuse(PAGE, again, made_from=bytes.fromhex("ac")) is None
    assert cache.reuse(PAGE, again, fingerprint=Fingerprint(b"\x02" * 16, frozenset())) is None
    assert cache.reuse(PAGE, again) is None
    assert cache.reuse("tilbud/b/index.html", again, fingerprint=FINGERPRINT) is None


def test_a_cached_page_whose_bytes_changed_is_not_reused(tmp_path):
    """The cache holds a rendered page as a hard link to the output's file: a later write to that
    file in place (`make html` into the same folder) changes the cached bytes, and the digest says so."""
    cached_once(tmp_path / "cache", tmp_path / "out")
    with open(tmp_path / "out" / PAGE, "w") as in_place:  # as Pelican's writer writes a page
        in_place.write("<p>a development build</p>")
    cache = BuildCache.open(tmp_path / "cache", KEY)
    assert cache.reuse(PAGE, str(tmp_path / "again"), fingerprint=FINGERPRINT) is None
    assert not (tmp_path / "again" / PAGE).exists()


def test_a_cache_written_under_another_key_is_not_used_and_the_log_says_why(tmp_path, caplog):
    cached_once(tmp_path / "cache", tmp_path / "out")
    with caplog.at_level(logging.INFO):
        cache = BuildCache.open(tmp_path / "cache", {**KEY, "theme": "t2", "packages": "p2"})
    assert cache.pages == {}
    assert "a clean build, changed: the installed packages (requirements.lock); the theme and its overrides" in caplog.text


def test_a_build_that_does_not_finish_leaves_no_cache(tmp_path, caplog):
    cached_once(tmp_path / "cache", tmp_path / "out")
    BuildCache.open(tmp_path / "cache", KEY)  # … and the build stops before `save`
    assert not (tmp_path / "cache" / MANIFEST).exists()
    with caplog.at_level(logging.INFO):
        assert BuildCache.open(tmp_path / "cache", KEY).pages == {}
    assert "a clean build, no cache in" in caplog.text


def test_saving_keeps_only_the_pages_of_this_build(tmp_path):
    cached_once(tmp_path / "cache", tmp_path / "out")
    cache = BuildCache.open(tmp_path / "cache", KEY)
    cache.save({})
    assert list((tmp_path / "cache" / PAGES).rglob("*.html")) == []
    assert BuildCache.open(tmp_path / "cache", KEY).pages == {}


def test_an_unreadable_manifest_means_a_clean_build(tmp_path, caplog):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / MANIFEST).write_text("{not json")
    with caplog.at_level(logging.INFO):
        assert BuildCache.open(tmp_path / "cache", KEY).pages == {}
    assert "could not be read" in caplog.text
