"""The benchmark's table and its last line, the ratio ours / reference of the median wall times."""

from __future__ import annotations

from statistics import median

from . import ours, reference
from .build import BuildResult
from .suite import SizeResult

MIB = 2**20


def median_seconds(runs: list[BuildResult]) -> float:
    return median(run.seconds for run in runs)


def median_peak(runs: list[BuildResult]) -> float:
    return median(run.peak_bytes for run in runs)


def ratio(result: SizeResult) -> float:
    return median_seconds(result.runs[ours.NAME]) / median_seconds(result.runs[reference.NAME])


def build_table(results: list[SizeResult]) -> list[str]:
    lines = [f"{'N':>7}  {'build':<16} {'runs':>4}  {'wall median':>11}  {'min–max':>13}  {'peak memory':>11}  steps (medians)"]
    for result in results:
        for name, runs in result.runs.items():
            seconds = [run.seconds for run in runs]
            steps = ", ".join(f"{step} {median(run.steps[step].seconds for run in runs):.2f} s" for step in runs[0].steps)
            lines.append(
                f"{result.size:>7,}  {name:<16} {len(runs):>4}  {median(seconds):>9.2f} s  "
                f"{min(seconds):>5.2f}–{max(seconds):<5.2f} s  {median_peak(runs) / MIB:>7.0f} MiB  {steps}"
            )
    return lines


def ratio_line(results: list[SizeResult]) -> str:
    ratios = ", ".join(f"N={result.size:,} {ratio(result):.2f}×" for result in results)
    return f"ratio {ours.NAME} / ({reference.NAME}), median wall time: {ratios}"
