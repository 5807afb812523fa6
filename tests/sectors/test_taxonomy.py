import csv
from pathlib import Path

import pytest

from qiao.core.models import AuditEntry
from qiao.sectors.domain.taxonomy import DATA_DIR, load_taxonomy
from qiao.sectors.models import GbtDivision, Sector, ThemeTag

pytestmark = pytest.mark.django_db


def _csv_rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_csv_names_its_sources_and_covers_both_classifications():
    path = DATA_DIR / "nace_gbt4754.csv"
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = _csv_rows(path)

    assert any("NACE Rev. 2" in line and "GB/T 4754-2017" in line for line in header)
    assert {r["nace"] for r in rows if r["nace"]} == {f"C{n}" for n in range(10, 34)}
    assert {int(r["gbt"]) for r in rows} == set(range(13, 44))


def test_load_taxonomy_maps_machinery_to_general_and_special_purpose_equipment():
    load_taxonomy()

    machinery = Sector.objects.get(code="C28")

    assert sorted(machinery.gbt_divisions.values_list("code", flat=True)) == ["34", "35"]
    assert machinery.name["de"]["text"] == "Maschinenbau"
    assert GbtDivision.objects.get(code="36").name["zh-hans"]["text"] == "汽车制造业"
    assert list(ThemeTag.objects.get(slug="ev-support-services").sectors.values_list("code", flat=True)) == [
        "C27",
        "C29",
        "C33",
    ]


def test_second_load_writes_nothing():
    load_taxonomy()
    entries = AuditEntry.objects.count()

    load_taxonomy()

    assert AuditEntry.objects.count() == entries
