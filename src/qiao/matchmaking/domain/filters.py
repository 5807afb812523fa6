"""Filters on a ranked match list: sector, district, language and stage of the counterpart.

Filtering happens after ranking, so the engine's order is kept; the caller asks the engine
for a larger pool when a filter is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qiao.core import translated


@dataclass(frozen=True)
class MatchFilter:
    """What the viewer narrowed the list to; an empty field filters nothing."""

    sector: str = ""
    district: str = ""
    language: str = ""
    stage: str = ""

    @property
    def active(self) -> bool:
        return bool(self.sector or self.district or self.language or self.stage)


def district_of(organisation: Any) -> str:
    """The organisation's district (or city) as one comparable key: its English or any text."""
    for field in (organisation.district, organisation.city):
        texts = translated.texts_of(field)
        if texts:
            return texts.get("en") or next(iter(texts.values()))
    return ""


def keeps(target: Any, sector_codes: list[str], wanted: MatchFilter) -> bool:
    """Whether a counterpart (project or offer with its sector codes) passes the filter."""
    if wanted.sector and wanted.sector not in sector_codes:
        return False
    if wanted.district and district_of(target.organisation) != wanted.district:
        return False
    if wanted.language and translated.original_language(target.title) != wanted.language:
        return False
    # Offers have no stage: a stage filter asks about projects only.
    return not wanted.stage or getattr(target, "stage", None) == wanted.stage
