"""What the benchmark prints: the build table (wall time, CPU time, the machine's load, peak memory and the
steps of each side), the ratios ours / each reference, the other measurements, and as its last line
the ratio ours / expert reference of the median wall times."""

from __future__ import annotations

import os
from statistics import median

from . import ours, reference
from .build import BuildResult
from .page_weight import TypeWeight
from .cached import CachedRebuild
from .rebuild import Rebuild
from .search_transfer import SearchTransfer
from .suite import SizeResult

MIB = 2**20


def median_seconds(runs: list[BuildResult]) -> float:
    return median(run.seconds for run in runs)


def median_cpu_seconds(runs: list[BuildResult]) -> float:
    return median(run.cpu_seconds for run in runs)


def median_peak(runs: list[BuildResult]) -> float:
    return median(run.peak_bytes for run in runs)


def ratio(result: SizeResult, side: reference.Reference = reference.EXPERT) -> float:
    """Ours / a reference, median wall times."""
    return median_seconds(result.runs[ours.NAME]) / median_seconds(result.runs[side.NAME])


def cpu_ratio(result: SizeResult, side: reference.Reference = reference.EXPERT) -> float:
    """Ours / a reference, median CPU times (user + system of the whole process tree)."""
    return median_cpu_seconds(result.runs[ours.NAME]) / median_cpu_seconds(result.runs[side.NAME])


def build_table(results: list[SizeResult]) -> list[str]:
    lines = [
        f"{'N':>7}  {'build':<24} {'runs':>4}  {'wall median':>11}  {'min–max':>15}  {'CPU median':>10}  {'load':>4}"
        f"  {'peak memory':>11}  steps (medians: wall / CPU)"
    ]
    for result in results:
        for name, runs in result.runs.items():
            seconds = [run.seconds for run in runs]
            steps = ", ".join(
                f"{step} {median(run.steps[step].seconds for run in runs):.2f} / {median(run.steps[step].cpu_seconds for run in runs):.2f} s"
                for step in runs[0].steps
            )
            lines.append(
                f"{result.size:>7,}  {name:<24} {len(runs):>4}  {median(seconds):>9.2f} s  "
                f"{min(seconds):>6.2f}–{max(seconds):<6.2f} s  {median_cpu_seconds(runs):>8.2f} s  "
                f"{median(run.load_average for run in runs):>4.1f}  {median_peak(runs) / MIB:>7.0f} MiB  {steps}"
            )
    return lines


def load_line(results: list[SizeResult]) -> str:
    loads = [run.load_average for result in results for runs in result.runs.values() for run in runs]
    cpus = os.cpu_count() or 1
    busy = " (BUSY: more work than cores, so wall times include waiting for a core; compare CPU times)" if median(loads) > 1.5 * cpus else ""
    return (
        f"machine: {cpus} CPUs; load average (1 min, the build itself included) during the builds:"
        f" median {median(loads):.1f}, {min(loads):.1f}–{max(loads):.1f}{busy}; CPU = user + system time of the whole process tree"
    )


def ratio_lines(results: list[SizeResult]) -> list[str]:
    return [
        f"N={result.size:,}: {ours.NAME} / ({side.NAME}): wall {ratio(result, side):.2f}×, CPU {cpu_ratio(result, side):.2f}×"
        for result in results
        for side in reference.REFERENCES
    ]


def ratio_line(results: list[SizeResult]) -> str:
    ratios = ", ".join(f"N={result.size:,} {ratio(result):.2f}×" for result in results)
    return f"ratio {ours.NAME} / ({reference.EXPERT.NAME}), median wall time: {ratios}"


def kib(size: float) -> str:
    return f"{size / 1024:.1f} kB"


def weight_lines(side: str, weights: list[TypeWeight]) -> list[str]:
    lines = [f"page weight, {side} (HTML+CSS+JS gzip, without search): type, pages, median, heaviest page (HTML + CSS/JS)"]
    for weight in weights:
        heaviest = weight.heaviest
        lines.append(
            f"  {weight.page_type:<13} {weight.pages:>6,}  {kib(weight.median_total):>9}  {kib(heaviest.total):>9}"
            f" ({kib(heaviest.html)} + {kib(heaviest.assets)})  {weight.heaviest_path}"
        )
    return lines


def search_line(side: str, transfer: SearchTransfer) -> str:
    return (
        f"first search, {side} (query {transfer.query!r}, Chromium): search bundle {kib(transfer.bundle_bytes)}"
        f" in {transfer.requests} requests ({kib(transfer.bundle_on_load)} of it on page load),"
        f" plus the search page itself {kib(transfer.page_bytes)}"
    )


def rebuild_line(rebuild: Rebuild) -> str:
    return (
        f"dev server ({ours.NAME}, pelican --autoreload): first build {rebuild.first_build_seconds:.1f} s; after editing one entry,"
        f" its page updated in {rebuild.page_updated_seconds:.2f} s, rebuild done in {rebuild.rebuild_done_seconds:.2f} s"
        f" (medians of {rebuild.edits} edits)"
    )


def cached_rebuild_line(result: CachedRebuild) -> str:
    """Cold against cached production builds after a one-entry change: medians, ratio, pages rendered, load."""
    cold_wall, cold_cpu = median(b.seconds for b in result.cold), median(b.cpu_seconds for b in result.cold)
    cached_wall, cached_cpu = median(b.seconds for b in result.cached), median(b.cpu_seconds for b in result.cached)
    loads = [b.load_average for b in (*result.cold, *result.cached)]
    rendered = ", ".join(f"{done} of {total}" for done, total in result.rendered)
    return (
        f"production build after a one-entry change ({ours.NAME}, make publish, {len(result.cached)} rounds interleaved):"
        f" cold {cold_wall:.2f} s wall / {cold_cpu:.2f} s CPU, with the build cache {cached_wall:.2f} s / {cached_cpu:.2f} s"
        f" = {cached_wall / cold_wall:.0%} of cold wall, {cached_cpu / cold_cpu:.0%} of cold CPU"
        f" (pages rendered: {rendered}; load median {median(loads):.1f})"
    )
