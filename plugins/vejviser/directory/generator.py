"""The Pelican generator that writes the directory: every entry and listing page, in every language.

`generate_context` loads and validates the content once (`vejviser.content.load_directory`), stops
the build with located messages if anything is wrong, tells the other plugins (`directory_loaded`)
and puts the `Site` into Pelican's shared context, where content pages' templates find it too.
`generate_output` writes the pages that `pages.directory_pages` lists, and the files other plugins
added as output tasks (search index, exports, feeds), across processes (`vejviser.parallel`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path

from pelican.generators import Generator

from .. import i18n, signals
from ..builddate import build_date
from ..content import load_directory
from ..crisis import load_crisis_lines
from ..history import entry_history
from ..kinds.load import load_kinds
from ..parallel import chunked, default_processes, run_tasks
from ..entrycache import EntryFileCache
from .buildcache import BuildCache, CachedPage, build_cache_folder, cache_key, entry_digests_with_history
from .context import MarkdownCache
from .devserver import PageRecord, dev_server, page_is_current, page_is_made_from, rest_between_builds, written_record
from .environment import forget_cached_macro_outputs
from .failure import problems_error, stop_build
from .pages import PageSpec, directory_pages, entry_page_spec, grouped_by_entry
from .pagefingerprints import PageFingerprints, site_digest, site_parts
from .site import Site, SiteConfig

logger = logging.getLogger(__name__)

PAGES_PER_TASK = 200  # small enough that the processes finish together, large enough to cost nothing


class DirectoryGenerator(Generator):
    def generate_context(self) -> None:
        self.site = self._load_site()
        self.context["site"] = self.site

    def _load_site(self) -> Site:
        today = build_date(self.settings)
        self.dev_server = dev_server(self.settings, self.path, self.output_path)
        self.build_cache_folder = build_cache_folder(self.settings)
        # The build cache needs each entry's digest, which loading through an entry cache gives.
        entry_cache = self.dev_server.entry_files if self.dev_server else EntryFileCache() if self.build_cache_folder else None
        directory = replace(load_directory(self.path, today, self.processes, entry_cache), history=entry_history(self.path))
        crisis_lines, crisis_problems = load_crisis_lines(self.path)
        kinds, kind_problems = load_kinds(self.path, directory.vocabularies, {entry.slug for entry in directory.entries})  # grants, alerts, contacts, rooms
        errors = [*directory.errors, *crisis_problems, *(problem for problem in kind_problems if problem.is_error)]
        if errors:
            raise problems_error(errors)
        for warning in directory.warnings:
            # Data facts (unconfirmed or old data, ended roles) – the site shows them to readers; they
            # must not stop `make publish`, which treats every logged warning as fatal.
            logger.info(warning.format("da"))
        config = SiteConfig.from_settings(self.settings, i18n.languages_from(self.settings))
        site = Site(directory, crisis_lines, today, config, content_pages=self._content_pages(config), kinds=kinds)
        signals.directory_loaded.send(self, directory=directory, settings=self.settings, build_date=today)
        return site

    def _content_pages(self, config: SiteConfig) -> dict:
        """Content pages (Pelican's PagesGenerator ran before us) by `Key` and language; all required ones must exist."""
        by_key: dict[str, dict] = {}
        for original in (*self.context.get("pages", ()), *self.context.get("hidden_pages", ())):
            for page in (original, *original.translations):
                by_key.setdefault(getattr(page, "key", page.slug), {})[page.lang] = page
        pages_dir = Path(self.path) / self.settings["PAGE_PATHS"][0]
        missing = [
            f"{pages_dir}: siden med Key: {key} mangler på {lang} (skriv {key}.{lang}.md)"
            for key in config.content_pages
            for lang in config.languages
            if lang not in by_key.get(key, {})
        ]
        if missing:
            raise stop_build(missing)
        return by_key

    def generate_output(self, writer) -> None:
        markdown = MarkdownCache()
        if self.build_cache_folder:
            self._write_pages_cached(writer, markdown)
        elif self.dev_server is None:
            write_pages = [partial(self._write_pages, writer, chunk) for chunk in chunked(self._pages(markdown), PAGES_PER_TASK)]
            # The other plugins' tasks first: the search index is the longest single one.
            run_tasks([*self.site.output_tasks, *write_pages], self.processes)
        else:
            self._write_changed_pages(writer, markdown)

    def _pages(self, markdown: MarkdownCache) -> list[tuple[PageSpec, str]]:
        """Every page of the directory, in each of its languages, an entry's pages together."""
        pages = grouped_by_entry(directory_pages(self.site, markdown))
        return [(page, lang) for page in pages for lang in page.languages or self.site.languages]

    @property
    def processes(self) -> int:
        return self.settings.get("VEJVISER_PROCESSES") or default_processes()

    def _write_pages(self, writer, pages: list[tuple[PageSpec, str]]) -> None:
        for page, lang in pages:
            self._write_page(writer, page, lang, page.variables(lang))
        forget_cached_macro_outputs(self.env)

    def _write_page(self, writer, page: PageSpec, lang: str, variables: dict) -> None:
        writer.write_file(
            page.save_as(lang),
            self.get_template(page.template),
            self.context,
            relative_urls=self._relative_urls(page),
            url=page.url_of(lang),
            **variables,
        )

    def _relative_urls(self, page: PageSpec) -> bool:
        return page.relative_urls and self.settings["RELATIVE_URLS"]

    def _write_pages_cached(self, writer, markdown: MarkdownCache) -> None:
        """A production build with the build cache (`buildcache`): as a full build, but a page whose
        fingerprint is the one the cache holds it under is copied from the cache, not rendered."""
        site = self.site
        parts = site_parts(self.settings, self.path, site.build_date)
        cache = BuildCache.open(self.build_cache_folder, cache_key(parts))
        fingerprints = PageFingerprints(site_digest(parts, site), entry_digests_with_history(site.directory.input_digests, site.directory.history))
        write_pages = [partial(self._write_or_restore, writer, chunk, fingerprints, cache) for chunk in chunked(self._pages(markdown), PAGES_PER_TASK)]
        results = run_tasks([*site.output_tasks, *write_pages], self.processes)
        pages = {file: page for records in results[len(site.output_tasks) :] for file, (page, _rendered) in records.items() if page}
        rendered = sum(rendered for records in results[len(site.output_tasks) :] for _page, rendered in records.values())
        cache.save(pages)
        total = sum(len(records) for records in results[len(site.output_tasks) :])
        logger.info("Build cache: %d of %d pages rendered, %d copied from the cache", rendered, total, total - rendered)

    def _write_or_restore(self, writer, pages: list[tuple[PageSpec, str]], fingerprints: PageFingerprints, cache: BuildCache) -> dict[str, tuple[CachedPage | None, bool]]:
        """Each page copied from the cache or rendered (and then cached); by file: how the cache now
        holds it (None: not at all) and whether it was rendered."""
        done = {}
        for page, lang in pages:
            save_as, url, relative_urls = page.save_as(lang), page.url_of(lang), self._relative_urls(page)
            made_from = fingerprints.made_from(page, save_as, url, relative_urls)
            if made_from is not None and (cached := cache.reuse(save_as, self.output_path, made_from=made_from)):
                done[save_as] = (cached, False)
                continue
            variables = page.variables(lang)
            fingerprint = fingerprints.of(page, save_as, url, relative_urls, variables)
            if fingerprint is None:  # not to be fingerprinted: rendered every time, never cached
                self._write_page(writer, page, lang, variables)
                done[save_as] = (None, True)
                continue
            cached = cache.reuse(save_as, self.output_path, fingerprint=fingerprint, made_from=made_from)
            if cached is None:
                self._write_page(writer, page, lang, variables)
                done[save_as] = (cache.keep(save_as, self.output_path, fingerprint, made_from), True)
            else:
                done[save_as] = (cached, False)
        forget_cached_macro_outputs(self.env)
        return done

    def _write_changed_pages(self, writer, markdown: MarkdownCache) -> None:
        """The development server's build: only pages whose fingerprint changed are written, and the
        other plugins' files only until they have been written once (see `devserver`)."""
        server, entry_digests = self.dev_server, self.site.directory.input_digests
        fingerprints = PageFingerprints(site_digest(site_parts(self.settings, self.path, self.site.build_date), self.site), entry_digests)
        changed = server.changed_entries(entry_digests)
        # After an edit (not the first build, nor a change to every entry): the edited entries' own
        # pages here and now, before the other pages are even listed – the pages the contributor waits for.
        after_edit = len(changed) * len(self.site.languages) <= PAGES_PER_TASK
        edited = [entry for entry in self.site.entries if entry.slug in changed] if after_edit else []
        own_pages = [(entry_page_spec(self.site, entry, markdown), lang) for entry in edited for lang in self.site.languages]
        written: dict[str, PageRecord | None] = self._write_if_changed(writer, own_pages, fingerprints)
        done = {page.save_as(lang) for page, lang in own_pages}
        pages, files = [], []
        for page, lang in self._pages(markdown):
            if (file := page.save_as(lang)) not in done:
                pages.append((page, lang))
                files.append(file)
        first = server.likely_changed(files, changed)
        likely = [item for item, file in zip(pages, files) if file in first]
        others = [item for item, file in zip(pages, files) if file not in first]
        if len(likely) <= PAGES_PER_TASK:  # after an edit
            # The other pages made from the edited entries (its roles' pages) here too, before forking;
            # the listings that showed them one per task, so that both processes share them; then the rest.
            written.update(self._write_if_changed(writer, [item for item in likely if item[0].made_from_entry], fingerprints))
            chunks = [[item] for item in likely if not item[0].made_from_entry]
        else:
            chunks = list(chunked(likely, PAGES_PER_TASK))
        chunks += chunked(others, PAGES_PER_TASK)
        other_files = [] if server.other_files_written else self.site.output_tasks
        self._load_templates()
        tasks = [partial(self._write_if_changed, writer, chunk, fingerprints) for chunk in chunks]
        results = run_tasks([*other_files, *tasks], self.processes)  # as in a full build: the longest first
        written.update(record for records in results[len(other_files) :] for record in records.items())
        server.remember(written, entry_digests)
        if other_files:
            server.other_files_written = True
        elif self.site.output_tasks and not server.told_other_files_kept:
            logger.warning("Development server: the search index, open-data exports and feeds stay those of its first build; restart it to refresh them")
            server.told_other_files_kept = True
        logger.info("Development server: %d of %d pages changed and were written", len(written), len(own_pages) + len(pages))
        rest_between_builds()

    def _load_templates(self) -> None:
        """Every template of the theme, loaded here (from the compiled ones where unchanged), so that
        the processes that write the pages do not each compile them again."""
        folder = Path(self.theme) / "templates"
        for template in sorted(folder.rglob("*.html")):
            self.env.get_template(template.relative_to(folder).as_posix())

    def _write_if_changed(self, writer, pages: list[tuple[PageSpec, str]], fingerprints: PageFingerprints) -> dict[str, PageRecord | None]:
        written = {}
        for page, lang in pages:
            save_as, url, relative_urls = page.save_as(lang), page.url_of(lang), self._relative_urls(page)
            if page_is_made_from(self.dev_server, self.output_path, save_as, fingerprints.made_from(page, save_as, url, relative_urls)):
                continue
            variables = page.variables(lang)
            fingerprint = fingerprints.of(page, save_as, url, relative_urls, variables)
            if not page_is_current(self.dev_server, self.output_path, save_as, fingerprint):
                self._write_page(writer, page, lang, variables)
                written[save_as] = written_record(self.output_path, save_as, fingerprint)
        forget_cached_macro_outputs(self.env)
        return written
