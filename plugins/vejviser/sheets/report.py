"""The import's report: a line per row saying what it does, its problems at their cells, a summary.

    liste.xlsx:3: ny: Café Solsikken → content/associations/cafe-solsikken.yaml
    liste.xlsx:7: ugyldig: Sorggruppen Vest
    liste.xlsx:7:E: 'kontakt@' er ikke en gyldig e-mailadresse. Skriv fx kontakt@forening.dk

Each line starts `file:row[:column]:`, as the validator's lines start `path:line:column:`, so an
editor or a terminal can jump to the cell.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..content import display_path
from ..problems import render_message
from .importing import CHANGED, EDITED, INVALID, NEW, UNCHANGED, Plan

STATUSES = (NEW, CHANGED, UNCHANGED, EDITED, INVALID)


def print_report(plan: Plan, lang: str, out: TextIO, *, written: bool) -> None:
    for problem in sorted(plan.problems):
        print(problem.format(lang), file=out)
    layout = plan.layout
    if layout is not None:
        for index, title in layout.unknown:
            print(f"{plan.table.name}:{layout.header_row}:{plan.table.column_label(index)}: {_warning(lang)}: {render_message('sheet-column-unknown', {'title': title}, lang)}", file=out)
        for index, title, first in layout.repeated:
            print(f"{plan.table.name}:{layout.header_row}:{plan.table.column_label(index)}: {_warning(lang)}: {render_message('sheet-column-repeated', {'title': title, 'first': plan.table.column_label(first)}, lang)}", file=out)
    for result in plan.rows:
        where = f"{plan.table.name}:{result.row}"
        status = render_message(f"sheet-status-{result.status}", {}, lang)
        line = f"{where}: {status}: {result.name or '–'}"
        if result.path is not None and result.status != INVALID:
            line += f" → {display_path(result.path)}"
        if result.changed and result.status in (CHANGED, EDITED):
            line += f" ({', '.join(column.title.get(lang) for column in result.changed)})"
        print(line, file=out)
        for remark in sorted(result.remarks, key=lambda remark: (not remark.is_error, remark.column.rjust(3), remark.code)):
            print(f"{where}:{remark.column}: {remark.message(lang)}" if remark.column else f"{where}: {remark.message(lang)}", file=out)
    print(summary(plan, lang, written=written), file=out)


def summary(plan: Plan, lang: str, *, written: bool) -> str:
    counts = Counter(result.status for result in plan.rows)
    parts = [render_message(f"sheet-count-{status}-{_number(counts[status])}", {"count": counts[status]}, lang) for status in STATUSES if counts[status]]
    said = ", ".join(parts) if parts else render_message("sheet-no-rows", {}, lang)
    writes = sum(result.writes for result in plan.rows)
    if written:
        tail = render_message(f"sheet-written-{_number(writes)}", {"count": writes}, lang)
    elif writes:
        tail = render_message(f"sheet-dry-run-{_number(writes)}", {"count": writes}, lang)
    else:
        tail = render_message("sheet-nothing-to-write", {}, lang)
    return f"{said}. {tail}"


def _number(count: int) -> str:
    return "one" if count == 1 else "other"


def _warning(lang: str) -> str:
    return render_message("warning-prefix", {}, lang)
