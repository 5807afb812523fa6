"""`qiao loaddemo`: load the 2020 summit, the 2026 summit and synthetic data (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from qiao.demo.domain.loader import DEMO_ACCOUNTS, load_demo
from qiao.trade.domain.samples import load_samples


class Command(BaseCommand):
    help = "Load the demo data set (the 2020 summit as reported plus synthetic profiles). Safe to rerun."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-synthetic", action="store_true", help="Load only the 2020 and 2026 summits.")

    def handle(self, *args: Any, **options: Any) -> None:
        synthetic = None
        if not options["no_synthetic"]:
            from qiao.demo.synthetic import generate

            synthetic = generate()
        changes = load_demo(synthetic)
        created = sum(changes.created.values())
        updated = sum(changes.updated.values())
        trade_rows = load_samples()
        self.stdout.write(
            f"Demo loaded: {created} rows created, {updated} updated; {trade_rows} trade figures written."
        )
        self.stdout.write("Demo accounts (username / password — role):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.username:<10} / {account.password:<22} — {account.description}")
