"""String formats the schema names: Danish phone numbers, https web addresses, e-mail addresses, dates.

Each check returns True for a good value or raises `FormatProblem` with the message code that says
what is wrong; the schema check turns that into a located problem. `FORMATS` maps the names used in
the schema's `format` keyword to their checks.
"""

from __future__ import annotations

import re
from typing import Callable
from urllib.parse import urlsplit


class FormatProblem(ValueError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


FORMATS: dict[str, Callable[[object], bool]] = {}


def _format(name: str) -> Callable[[Callable[[object], bool]], Callable[[object], bool]]:
    def register(check: Callable[[object], bool]) -> Callable[[object], bool]:
        FORMATS[name] = check
        return check

    return register


# Danish numbering plan: 8 digits starting with 2–9 (optionally +45/0045 before), or a short number of
# 3–6 digits starting with 1 (112, 114, 1813, 116 111). Spaces between digits are allowed.
_PHONE = re.compile(r"(?:(?:\+|00)45 ?)?[2-9](?: ?\d){7}|1(?: ?\d){2,5}")
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_HOST = re.compile(r"(?:[a-z0-9æøåäöü](?:[a-z0-9æøåäöü-]{0,61}[a-z0-9æøåäöü])?\.)+[a-z]{2,63}")


@_format("phone-dk")
def is_danish_phone(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if _PHONE.fullmatch(value.strip()) is None or value != value.strip():
        raise _phone_problem(value)
    return True


def _phone_problem(value: str) -> FormatProblem:
    """What is wrong with `value`, a number `_PHONE` refuses."""
    if re.search(r"[^\d +]", value) or "+" in value[1:]:
        return FormatProblem("phone-characters")  # 75-12-34-56, (+45) 75123456, 75 12 34 56 (kontor)
    digits = value.replace(" ", "")
    if digits.startswith(("+", "00")):
        digits = digits.removeprefix("+").removeprefix("00")
        if not digits.startswith("45"):
            return FormatProblem("phone-foreign")  # +46 …: only Danish numbers
        digits = digits.removeprefix("45")
    elif digits[:1] == "1" and 3 <= len(digits) <= 6:
        return FormatProblem("phone-spacing")  # a short number such as 1813, spaced wrongly
    if len(digits) != 8:
        return FormatProblem("phone-invalid")
    if digits[0] in "01":
        return FormatProblem("phone-first-digit")  # 12 34 56 78: no Danish 8-digit number starts with 0 or 1
    return FormatProblem("phone-spacing")  # the digits are right: spaces before, after or doubled, or "+ 45"


@_format("email")
def is_email(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if value.lower().startswith("mailto:"):
        raise FormatProblem("email-mailto")
    if _EMAIL.fullmatch(value) is None:
        raise FormatProblem("email-invalid")
    return True


@_format("https-url")
def is_https_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    check_link(value)
    if not value.lower().startswith("https:"):
        raise FormatProblem("url-not-https")
    return True


def check_link(url: str) -> None:
    """A link anywhere (website, Markdown): only https:, mailto: and tel:, and well-formed."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "http":
        raise FormatProblem("url-not-https")
    if scheme not in ("https", "mailto", "tel"):
        raise FormatProblem("url-scheme")
    if any(character.isspace() for character in url):
        raise FormatProblem("url-invalid")
    if scheme == "https":
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if not host or _HOST.fullmatch(host) is None:
            raise FormatProblem("url-invalid")
