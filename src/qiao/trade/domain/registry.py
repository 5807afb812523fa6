"""The committed lists: reporters (GB/T 2260) and the HS chapter → NACE division links."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from qiao.core import translated
from qiao.trade.models import Reporter

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NAME_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", " province", " provinz", " city", "省", "市")


@dataclass(frozen=True)
class ReporterEntry:
    code: str
    abbreviation: str
    kind: str
    zh: str
    en: str
    de: str


@dataclass(frozen=True)
class HsChapter:
    code: str
    title_en: str
    nace: tuple[str, ...]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@cache
def reporters() -> dict[str, ReporterEntry]:
    """Every known reporter by GB/T 2260 code."""
    return {
        row["code"]: ReporterEntry(row["code"], row["abbr"], row["kind"], row["zh"], row["en"], row["de"])
        for row in _rows(DATA_DIR / "reporters.csv")
    }


def _key(text: str) -> str:
    key = text.strip().casefold()
    for suffix in NAME_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)].strip()
    return key


@cache
def _reporter_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in reporters().values():
        for token in (entry.code, entry.abbreviation, entry.zh, entry.en, entry.de):
            if token:
                index.setdefault(_key(token), entry.code)
    return index


def reporter_code(text: str) -> str | None:
    """The GB/T 2260 code for a name (zh, en, de), a two-letter code (ZJ, CN-ZJ) or a code."""
    key = _key(text)
    if key.startswith("cn-"):
        key = key[3:]
    return _reporter_index().get(key)


def ensure_reporters(codes: set[str]) -> dict[str, Reporter]:
    """The Reporter rows for these codes, created from the committed list when missing.

    Side effects: may create Reporter rows (the caller's transaction records the import).
    """
    existing = {r.code: r for r in Reporter.objects.filter(code__in=codes)}
    for code in sorted(codes - existing.keys()):
        entry = reporters()[code]
        existing[code] = Reporter.objects.create(
            code=code,
            abbreviation=entry.abbreviation,
            kind=entry.kind,
            name=translated.make("zh", zh=entry.zh, en=entry.en, de=entry.de),
        )
    return existing


@cache
def hs_chapters() -> dict[str, HsChapter]:
    """HS chapters 01–97 with the NACE divisions they link to (may be none)."""
    return {
        row["chapter"]: HsChapter(row["chapter"], row["title_en"], tuple(row["nace"].split()))
        for row in _rows(DATA_DIR / "hs_nace.csv")
    }
