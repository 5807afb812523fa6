"""Structured side: NACE overlap, numeric fit and hard constraints."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qiao.engines.matching.features import (
    Profile,
    Requirement,
    constraint_checks,
    nace_division,
    numeric_fits,
    requirement_fit,
    sector_overlap,
    structured_terms,
)


def test_nace_division_parsing() -> None:
    assert nace_division("C28.41") == "28"
    assert nace_division("28.4") == "28"
    assert nace_division("2841") == "28"
    assert nace_division("machines") is None


def test_sector_overlap_counts_divisions() -> None:
    a = Profile("a", "x", nace=("C28.41", "C25.6"))
    b = Profile("b", "y", nace=("28.41",))
    score, shared = sector_overlap(a, b)
    assert shared == ("28",)
    assert 0.5 < score <= 1.0
    assert sector_overlap(a, Profile("c", "z")) == (0.0, ())


def test_area_requirement_excludes_small_offer() -> None:
    project = Profile("p", "x", requirements=(Requirement("area_m2", minimum=3000, hard=True),))
    small = Profile("o", "y", quantities={"area_m2": 500})
    big = Profile("o2", "y", quantities={"area_m2": 5000})
    assert [c.state for c in constraint_checks(project, small)] == ["excluded"]
    assert [c.state for c in constraint_checks(project, big)] == ["held"]


def test_missing_quantity_is_unknown_not_excluded() -> None:
    project = Profile("p", "x", requirements=(Requirement("area_m2", minimum=3000, hard=True),))
    fits = numeric_fits(project, Profile("o", "y"))
    assert fits[0].status == "missing"
    assert fits[0].offered is None
    assert [c.state for c in constraint_checks(project, Profile("o", "y"))] == ["unknown"]


def test_region_wish() -> None:
    project = Profile("p", "x", regions=("Zhejiang",), regions_hard=True)
    assert constraint_checks(project, Profile("o", "y", region="zhejiang"))[0].state == "held"
    assert constraint_checks(project, Profile("o", "y", region="Jiangsu"))[0].state == "excluded"
    assert constraint_checks(project, Profile("o", "y"))[0].state == "unknown"


@given(st.floats(0, 1e9, allow_nan=False), st.floats(1, 1e9, allow_nan=False))
def test_fit_is_bounded_and_full_inside(offered: float, minimum: float) -> None:
    fit = requirement_fit(Requirement("area_m2", minimum=minimum), offered)
    assert 0.0 <= fit <= 1.0
    assert (fit == 1.0) == (offered >= minimum)


def test_structured_terms_neutral_without_data() -> None:
    assert structured_terms(Profile("a", "x"), Profile("b", "y")) == (0.0, 0.0, False)
    project = Profile("p", "x", nace=("C28",), requirements=(Requirement("area_m2", minimum=3000, hard=True),))
    offer = Profile("o", "y", nace=("C28.1",), quantities={"area_m2": 500.0})
    overlap, numeric, excluded = structured_terms(project, offer)
    assert overlap == 1.0
    assert numeric < 0
    assert excluded
