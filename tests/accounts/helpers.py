"""Small helpers shared by the account tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

STRONG_PASSWORD = "Hangzhou-Bay-Bridge-36km"

LINK = re.compile(r"https?://\S+")


def signup_data(**overrides: str) -> dict[str, str]:
    data = {
        "role": "company",
        "username": "anna",
        "email": "anna@auerbach.example",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "first_name": "Anna",
        "last_name": "Auerbach",
        "organisation_name": "Auerbach Lasersysteme GmbH",
        "language": "de",
        "time_zone": "Europe/Berlin",
        "consent_processing": "on",
        "consent_cross_border": "on",
    }
    data.update(overrides)
    return data


def links_in(body: str) -> list[str]:
    return LINK.findall(body)


class _VisibleText(HTMLParser):
    """Text a reader sees or hears: element text plus placeholder, title and aria-label."""

    SKIP = frozenset({"script", "style", "datalist"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        for name, value in attrs:
            if name in {"placeholder", "title", "aria-label", "alt"} and value:
                self.parts.append(value)
            if tag == "input" and name == "value" and value and ("type", "submit") in attrs:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)
