"""`qiao search rebuild`: index every organisation, project, offer, expert and session afresh."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from qiao.search.domain.index import rebuild


class Command(BaseCommand):
    help = "Search index: rebuild it from the stored organisations, projects, offers, experts and sessions."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True, metavar="{rebuild}")
        commands.add_parser("rebuild", help="Drop and rebuild the whole index in one transaction.")

    def handle(self, *args: Any, **options: Any) -> None:
        count = rebuild()
        self.stdout.write(f"Indexed {count} documents.")
