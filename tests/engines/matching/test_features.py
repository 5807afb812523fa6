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


def _reference_terms(a: Profile, b: Profile) -> tuple[float, float, bool]:
    """structured_terms as the public parts define it (each part found on its own)."""
    overlap, _ = sector_overlap(a, b)
    fits = [f.fit for f in numeric_fits(a, b) + numeric_fits(b, a)]
    numeric = sum(fits) / len(fits) - 0.5 if fits else 0.0
    excluded = any(c.state == "excluded" for c in constraint_checks(a, b) + constraint_checks(b, a))
    return overlap, numeric, excluded


_codes = st.lists(st.sampled_from(["C28", "C28.4", "28.41", "C10", "C10.5", "C26", "x", ""]), max_size=3)
_requirements = st.lists(
    st.builds(
        Requirement,
        st.sampled_from(["area_m2", "jobs"]),
        minimum=st.none() | st.floats(0, 1e4),
        maximum=st.none() | st.floats(0, 1e5),
        hard=st.booleans(),
    ),
    max_size=2,
)
_profiles = st.builds(
    Profile,
    id=st.sampled_from(["a", "b"]),
    text=st.just("t"),
    nace=_codes.map(tuple),
    country=st.none() | st.sampled_from(["DE", "CN"]),
    quantities=st.dictionaries(st.sampled_from(["area_m2", "jobs"]), st.floats(0, 1e5), max_size=2),
    requirements=_requirements.map(tuple),
    regions=st.lists(st.sampled_from(["DE", "CN", "Zhejiang"]), max_size=2).map(tuple),
    regions_hard=st.booleans(),
)


@given(_profiles, _profiles)
def test_structured_terms_agree_with_their_parts(a: Profile, b: Profile) -> None:
    """The shortcuts in structured_terms (no requirements: no fits; fits found once) change nothing."""
    assert structured_terms(a, b) == _reference_terms(a, b)
