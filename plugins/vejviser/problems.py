"""Located problems in content files, with messages in Danish and English.

A `Problem` carries a message *code* and its parameters, not a finished sentence, so the same problem
can be shown in either language. The sentences live in `messages/da.yaml` and `messages/en.yaml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

ERROR = "error"
WARNING = "warning"

LANGUAGES = ("da", "en")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int  # 1-based
    column: int  # 1-based
    code: str
    params: tuple[tuple[str, Any], ...] = field(default=())
    severity: str = ERROR

    @classmethod
    def at(cls, path: str, position: tuple[int, int], code: str, severity: str = ERROR, **params: Any) -> "Problem":
        line, column = position
        return cls(str(path), line, column, code, tuple(sorted(params.items())), severity)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str = "da") -> str:
        return render_message(self.code, dict(self.params), lang)

    def said(self, lang: str = "da") -> str:
        """The message, a warning prefixed as such."""
        text = self.message(lang)
        return text if self.is_error else f"{render_message('warning-prefix', {}, lang)}: {text}"

    def format(self, lang: str = "da") -> str:
        """`path:line:column: message`, warnings prefixed as such."""
        return f"{self.path}:{self.line}:{self.column}: {self.said(lang)}"


@functools.cache
def _catalog(lang: str) -> dict[str, str]:
    source = resources.files("vejviser").joinpath("messages", f"{lang}.yaml").read_text("utf-8")
    return yaml.load(source, Loader=yaml.CSafeLoader)


def render_message(code: str, params: dict[str, Any], lang: str = "da") -> str:
    if lang not in LANGUAGES:
        lang = "da"
    template = _catalog(lang).get(code) or _catalog("da").get(code)
    if template is None:  # a programming error: every code must have a sentence
        raise KeyError(f"no message for {code!r}")
    return template.format(**params)
