"""`qiao catalogues missing|fill FILE.json`: find and fill empty or fuzzy catalogue entries.

Developers run it after `make messages`; the JSON file maps a language to msgid → msgstr
(a plural msgid is written "singular|plural" and its msgstr is a list).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po, write_po
from django.core.management.base import BaseCommand, CommandError, CommandParser

import qiao

LANGS = ("de", "zh_Hans")


def catalogue_paths() -> list[Path]:
    """Every zh-Hans and de catalogue of the package (the project's and the apps')."""
    root = Path(qiao.__file__).resolve().parent
    return sorted(p for lang in LANGS for p in root.glob(f"**/locale/{lang}/LC_MESSAGES/django.po"))


def _key(msgid: str | tuple[str, ...] | list[str]) -> str:
    return msgid if isinstance(msgid, str) else "|".join(msgid)


def _is_missing(message: Any) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return message.fuzzy or not all(strings)


class Command(BaseCommand):
    help = "List empty or fuzzy catalogue entries, or fill them from a JSON file."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("missing", help="list entries that need a translation")
        fill = sub.add_parser("fill", help="fill entries from a JSON file {lang: {msgid: msgstr}}")
        fill.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "missing":
            count = 0
            for path in catalogue_paths():
                with path.open("rb") as fh:
                    for message in read_po(fh):
                        if message.id and _is_missing(message):
                            count += 1
                            self.stdout.write(f"{path.parts[-3]}\t{json.dumps(_key(message.id), ensure_ascii=False)}")
            self.stdout.write(f"{count} entries need a translation")
            return
        try:
            table = json.loads(options["file"].read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from exc
        filled = 0
        for path in catalogue_paths():
            translations = table.get(path.parts[-3], {})
            with path.open("rb") as fh:
                catalogue = read_po(fh)
            changed = False
            for message in catalogue:
                value = translations.get(_key(message.id)) if message.id else None
                if value is None or not _is_missing(message):
                    continue
                message.string = tuple(value) if isinstance(message.id, tuple) else value
                message.flags.discard("fuzzy")
                message.previous_id = []
                changed = True
                filled += 1
            if changed:
                with path.open("wb") as fh:
                    write_po(fh, catalogue, width=79, include_previous=False)
        self.stdout.write(f"filled {filled} entries")
