"""Loading the committed taxonomy CSVs into the database (idempotent)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from qiao.core import translated
from qiao.core.domain import audit
from qiao.core.domain.upsert import Changes, set_m2m, upsert
from qiao.sectors.models import GbtDivision, Sector, ThemeTag

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@dataclass(frozen=True)
class TaxonomyCounts:
    sectors: int
    gbt_divisions: int
    themes: int


def load_taxonomy(actor: object = None) -> TaxonomyCounts:
    """Create or update sectors, GB/T divisions and themes from the CSVs in data/.

    Side effects: upserts rows that differ; writes audit entry ``taxonomy.loaded`` when
    anything changed (a rerun over an unchanged CSV writes nothing).
    """
    changes = Changes()
    with transaction.atomic():
        links: dict[str, set[str]] = {}
        for row in _rows(DATA_DIR / "nace_gbt4754.csv"):
            gbt = upsert(
                GbtDivision,
                changes,
                {"code": row["gbt"]},
                {"name": translated.make("zh", zh=row["gbt_zh"], en=row["gbt_en"], de=row["gbt_de"])},
            )
            if row["nace"]:
                upsert(
                    Sector,
                    changes,
                    {"code": row["nace"]},
                    {"name": translated.make("en", en=row["nace_en"], de=row["nace_de"], zh=row["nace_zh"])},
                )
                links.setdefault(row["nace"], set()).add(gbt.code)
        for sector in Sector.objects.filter(code__in=links):
            set_m2m(sector, "gbt_divisions", list(GbtDivision.objects.filter(code__in=links[sector.code])), changes)
        for row in _rows(DATA_DIR / "theme_tags.csv"):
            tag = upsert(
                ThemeTag,
                changes,
                {"slug": row["slug"]},
                {"name": translated.make("en", en=row["en"], de=row["de"], zh=row["zh"])},
            )
            set_m2m(tag, "sectors", list(Sector.objects.filter(code__in=row["nace"].split())), changes)
        counts = TaxonomyCounts(Sector.objects.count(), GbtDivision.objects.count(), ThemeTag.objects.count())
        if changes.total:
            audit.record(actor, "taxonomy.loaded", None, created=changes.created, updated=changes.updated)
    return counts
