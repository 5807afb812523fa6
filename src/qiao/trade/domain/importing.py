"""Importing trade files: a preview of what would change, then one transaction that does it.

Re-importing a month replaces it: every stored figure of the file's (reporter, partner,
month) triples that the file does not repeat is removed, and the batch records each
creation, change and removal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction

from qiao.core.domain import audit
from qiao.trade.domain.parsing import Figure, parse
from qiao.trade.domain.registry import ensure_reporters
from qiao.trade.models import ImportBatch, TradeFigure

FigureKey = tuple[str, str, dt.date, str, str]


@dataclass
class Plan:
    """What importing the figures would do to the stored ones."""

    figures: list[Figure]
    created: list[Figure] = field(default_factory=list)
    changed: list[tuple[TradeFigure, Figure]] = field(default_factory=list)
    removed: list[TradeFigure] = field(default_factory=list)
    unchanged: int = 0

    @property
    def months(self) -> list[str]:
        return sorted({f"{f.reporter} {f.partner} {f.month:%Y-%m}" for f in self.figures})

    @property
    def has_changes(self) -> bool:
        return bool(self.created or self.changed or self.removed)

    def change_records(self) -> list[dict[str, Any]]:
        """The JSON diff stored with the batch: one entry per created, changed or removed figure."""
        records: list[dict[str, Any]] = []
        for new in self.created:
            records.append({"change": "created", **_describe(new.key), "new": f"{new.value} {new.currency}"})
        for old, new in self.changed:
            records.append(
                {
                    "change": "changed",
                    **_describe(new.key),
                    "old": f"{old.value} {old.currency}",
                    "new": f"{new.value} {new.currency}",
                }
            )
        for old in self.removed:
            records.append({"change": "removed", **_describe(_stored_key(old)), "old": f"{old.value} {old.currency}"})
        return records


def _describe(key: FigureKey) -> dict[str, str]:
    reporter, partner, month, flow, chapter = key
    return {"reporter": reporter, "partner": partner, "period": f"{month:%Y-%m}", "flow": flow, "hs_chapter": chapter}


def _stored_key(figure: TradeFigure) -> FigureKey:
    return (figure.reporter.code, figure.partner, figure.month, figure.flow, figure.hs_chapter)


def plan(figures: list[Figure]) -> Plan:
    """Compare the figures with the stored ones of the same months (one query)."""
    result = Plan(figures)
    scope = {(f.reporter, f.partner, f.month) for f in figures}
    candidates = TradeFigure.objects.select_related("reporter").filter(
        reporter__code__in={r for r, _p, _m in scope},
        partner__in={p for _r, p, _m in scope},
        month__in={m for _r, _p, m in scope},
    )
    stored = {_stored_key(f): f for f in candidates if (f.reporter.code, f.partner, f.month) in scope}
    for figure in figures:
        old = stored.pop(figure.key, None)
        if old is None:
            result.created.append(figure)
        elif old.value == figure.value and old.currency == figure.currency:
            result.unchanged += 1
        else:
            result.changed.append((old, figure))
    result.removed = sorted(stored.values(), key=_stored_key)
    return result


def preview(content: bytes, layout: str) -> Plan:
    """Parse and compare without writing anything (raises TradeFileError on a bad file)."""
    return plan(parse(content, layout))


def import_file(
    content: bytes, filename: str, layout: str, actor: Any = None, *, skip_unchanged: bool = False
) -> ImportBatch | None:
    """Store the file's figures, replacing its months, in one transaction with an audit entry.

    Side effects: creates an ImportBatch, creates/updates/deletes TradeFigure rows (and any
    missing Reporter), writes audit entry ``trade.imported``. With `skip_unchanged`, a file
    that would change nothing writes nothing and returns None.
    """
    figures = parse(content, layout)
    with transaction.atomic():
        result = plan(figures)
        if skip_unchanged and not result.has_changes:
            return None
        user = actor if getattr(actor, "is_authenticated", False) else None
        batch = ImportBatch.objects.create(
            actor=user,
            filename=filename[:255],
            sha256=hashlib.sha256(content).hexdigest(),
            layout=layout,
            rows=len(figures),
            created=len(result.created),
            changed=len(result.changed),
            removed=len(result.removed),
            unchanged=result.unchanged,
            months=result.months,
            changes=result.change_records(),
        )
        reporters = ensure_reporters({f.reporter for f in figures})
        if result.removed:
            TradeFigure.objects.filter(pk__in=[f.pk for f in result.removed]).delete()
        for old, new in result.changed:
            old.value, old.currency, old.batch = new.value, new.currency, batch
        TradeFigure.objects.bulk_update([old for old, _new in result.changed], ["value", "currency", "batch"])
        TradeFigure.objects.bulk_create(
            [
                TradeFigure(
                    reporter=reporters[f.reporter],
                    partner=f.partner,
                    month=f.month,
                    flow=f.flow,
                    hs_chapter=f.hs_chapter,
                    value=f.value,
                    currency=f.currency,
                    batch=batch,
                )
                for f in result.created
            ]
        )
        audit.record(
            actor,
            "trade.imported",
            batch,
            layout=layout,
            sha256=batch.sha256,
            created=batch.created,
            changed=batch.changed,
            removed=batch.removed,
            unchanged=batch.unchanged,
        )
    return batch


def total_value(figures: list[Figure]) -> Decimal:
    """The sum of the figures' values (for previews of single-currency files)."""
    return sum((f.value for f in figures), Decimal(0))
