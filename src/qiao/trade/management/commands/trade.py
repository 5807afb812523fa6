"""`qiao trade import FILE [--layout monthly|cumulative]` and `qiao trade summary …` (one JSON line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from qiao.currencies.domain.conversion import NoRateError
from qiao.currencies.enums import Currency
from qiao.trade.domain.figures import parse_month, summarise
from qiao.trade.domain.importing import import_file
from qiao.trade.domain.parsing import TradeFileError
from qiao.trade.domain.registry import reporter_code
from qiao.trade.forms import MAX_UPLOAD_BYTES
from qiao.trade.models import WORLD, Layout, Reporter


class Command(BaseCommand):
    help = "Trade statistics: import a CSV/XLSX file, or print a summary as one JSON line."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True, metavar="{import,summary}")
        importing = commands.add_parser("import", help="Import a CSV or XLSX file (see src/qiao/trade/FORMAT.md).")
        importing.add_argument("file", help="the CSV or XLSX file")
        importing.add_argument("--layout", choices=Layout.values, default=Layout.MONTHLY)
        summary = commands.add_parser("summary", help="Totals and year-on-year growth as one JSON line.")
        summary.add_argument("--reporter", required=True, help="province or city: name (zh/en/de) or code")
        summary.add_argument("--partner", required=True, help="ISO 3166-1 alpha-2 code, or WLD")
        summary.add_argument("--from", dest="start", required=True, help="first month, YYYY-MM")
        summary.add_argument("--to", dest="end", required=True, help="last month, YYYY-MM")
        summary.add_argument("--currency", choices=Currency.values, default=Currency.USD)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "import":
            self._import(options)
        else:
            self._summary(options)

    def _import(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise CommandError(f"{path} is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB.")
        try:
            batch = import_file(path.read_bytes(), path.name, options["layout"])
        except TradeFileError as rejected:
            raise CommandError(
                f"{path.name} rejected, nothing stored:\n" + "\n".join(f"  {e}" for e in rejected.errors)
            ) from rejected
        assert batch is not None
        self.stdout.write(
            f"Imported {path.name} ({batch.layout}): {batch.created} created, {batch.changed} changed, "
            f"{batch.removed} removed, {batch.unchanged} unchanged (import #{batch.pk})."
        )

    def _summary(self, options: dict[str, Any]) -> None:
        code = reporter_code(options["reporter"])
        reporter = Reporter.objects.filter(code=code).first() if code else None
        if reporter is None:
            raise CommandError(f"No trade figures for reporter “{options['reporter']}”.")
        partner = options["partner"].upper()
        try:
            start, end = parse_month(options["start"]), parse_month(options["end"])
            result = summarise(reporter, partner, start, end, options["currency"])
        except (ValueError, NoRateError) as bad:
            raise CommandError(str(bad)) from bad

        def number(value: Any) -> float | None:
            return None if value is None else float(value)

        line = {
            "reporter": reporter.code,
            "partner": partner,
            "from": f"{start:%Y-%m}",
            "to": f"{end:%Y-%m}",
            "currency": result.currency,
            "total": number(result.total),
            "exports": number(result.exports),
            "imports": number(result.imports),
            "growth_percent": {
                "total": number(result.growth["total"]),
                "exports": number(result.growth["export"]),
                "imports": number(result.growth["import"]),
            },
            "compared_with": {"from": f"{result.compared_start:%Y-%m}", "to": f"{result.compared_end:%Y-%m}"},
            "share_of_all_trade_percent": None
            if partner == WORLD
            else {
                "total": number(result.share["total"]),
                "exports": number(result.share["export"]),
                "imports": number(result.share["import"]),
            },
            "rate_dates": [f"{d:%Y-%m-%d}" for d in result.rate_dates],
        }
        self.stdout.write(json.dumps(line, ensure_ascii=False))
