"""Structured side of a profile: sectors, location, numbers and hard requirements.

Profiles carry NACE codes (the division, two digits, is what overlap is counted on),
a country/region, own quantities (area offered or needed, investment, jobs) and
requirements on the counterpart. Requirements marked hard exclude a match outright.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from qiao.engines.matching.explain import ConstraintCheck, NumericFit

#: Quantity fields the engine knows; others are accepted and compared the same way.
KNOWN_FIELDS: frozenset[str] = frozenset({"area_m2", "investment_eur", "jobs"})

_NACE = re.compile(r"^\s*([A-Ua-u]\s*)?(\d{2})(?:[.\s]?(\d))?(?:[.\s]?(\d))?")


@dataclass(frozen=True)
class Requirement:
    """A wish on one quantity of the counterpart: ``minimum <= offered <= maximum``.

    ``hard`` requirements exclude counterparts that are known to miss them; a missing
    quantity never excludes (it is reported as unknown instead).
    """

    field: str
    minimum: float | None = None
    maximum: float | None = None
    hard: bool = False


@dataclass(frozen=True)
class Profile:
    """One side of a potential match: free text plus optional structured data.

    ``quantities`` are the profile's own numbers (e.g. the area a park offers, the
    investment a project brings). ``requirements`` are wishes on the counterpart's
    quantities. ``regions`` lists acceptable counterpart countries/regions (empty: any);
    with ``regions_hard`` a counterpart elsewhere is excluded.
    """

    id: str
    text: str
    nace: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    quantities: Mapping[str, float] = field(default_factory=dict)
    requirements: tuple[Requirement, ...] = ()
    regions: tuple[str, ...] = ()
    regions_hard: bool = False
    side: str | None = None


# Both parsers run for every code of every candidate of every query, over a few hundred
# distinct codes: remembered per code.
@lru_cache(maxsize=4096)
def nace_division(code: str) -> str | None:
    """Two-digit NACE division of a code like ``C28.41``, ``28.4`` or ``2841``."""
    match = _NACE.match(code)
    return match.group(2) if match else None


@lru_cache(maxsize=4096)
def nace_group(code: str) -> str | None:
    """Three-digit NACE group (``28.4``) of a code, when given that precisely."""
    match = _NACE.match(code)
    if not match or match.group(3) is None:
        return None
    return f"{match.group(2)}.{match.group(3)}"


def sector_overlap(a: Profile, b: Profile) -> tuple[float, tuple[str, ...]]:
    """Overlap of NACE divisions (Jaccard, bonus for a shared group) and the shared ones.

    Returns 0 when either side has no codes: absence of data is not a mismatch.
    """
    div_a, groups_a = _codes(tuple(a.nace))
    div_b, groups_b = _codes(tuple(b.nace))
    if not div_a or not div_b:
        return 0.0, ()
    shared = tuple(sorted(div_a & div_b))
    score = len(shared) / len(div_a | div_b)
    if groups_a & groups_b:
        score = min(1.0, score + 0.25)
    return score, shared


# A query compares one profile's codes with those of every candidate: the parsed sets are
# remembered per distinct tuple of codes.
@lru_cache(maxsize=8192)
def _codes(nace: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The NACE divisions and the groups named in `nace`."""
    divisions = frozenset(d for d in map(nace_division, nace) if d)
    groups = frozenset(g for g in map(nace_group, nace) if g)
    return divisions, groups


def _value(value: object) -> float | None:
    """A usable number, or None for missing/NaN/negative/non-numeric values."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    if math.isnan(number) or math.isinf(number) or number < 0:
        return None
    return number


def requirement_fit(req: Requirement, offered: float | None) -> float:
    """Fit in [0, 1]: 1 inside the range, decaying with the log-ratio outside it."""
    if offered is None:
        return 0.5
    lo = _value(req.minimum)
    hi = _value(req.maximum)
    if lo is not None and offered < lo:
        return 0.0 if offered <= 0 else max(0.0, 1.0 - math.log2(lo / offered))
    if hi is not None and offered > hi:
        return 0.0 if hi <= 0 else max(0.0, 1.0 - math.log2(offered / hi))
    return 1.0


def numeric_fits(seeker: Profile, other: Profile) -> list[NumericFit]:
    """How ``other``'s quantities meet each of ``seeker``'s requirements."""
    fits: list[NumericFit] = []
    for req in seeker.requirements:
        offered = _value(other.quantities.get(req.field))
        fit = requirement_fit(req, offered)
        if offered is None:
            status = "missing"
        elif fit >= 1.0:
            status = "fit"
        else:
            status = "misfit"
        fits.append(
            NumericFit(
                field=req.field,
                required_min=_value(req.minimum),
                required_max=_value(req.maximum),
                offered=offered,
                status=status,
                fit=fit,
                hard=req.hard,
                seeker_id=seeker.id,
            )
        )
    return fits


def _place_ok(wishes: tuple[str, ...], other: Profile) -> bool | None:
    if not wishes:
        return True
    places = {p.casefold() for p in (other.country, other.region) if p}
    if not places:
        return None
    return any(w.casefold() in places for w in wishes)


def constraint_checks(seeker: Profile, other: Profile) -> list[ConstraintCheck]:
    """Hard constraints of ``seeker`` checked against ``other`` (held, excluded, unknown)."""
    return _checks(seeker, other, numeric_fits(seeker, other))


def _checks(seeker: Profile, other: Profile, fits: list[NumericFit]) -> list[ConstraintCheck]:
    """`constraint_checks` given ``numeric_fits(seeker, other)`` already found."""
    checks: list[ConstraintCheck] = []
    for fit in fits:
        if not fit.hard:
            continue
        state = "unknown" if fit.status == "missing" else "held" if fit.status == "fit" else "excluded"
        checks.append(ConstraintCheck(code=f"quantity:{fit.field}", state=state, seeker_id=seeker.id))
    if seeker.regions:
        ok = _place_ok(seeker.regions, other)
        state = "unknown" if ok is None else ("held" if ok else ("excluded" if seeker.regions_hard else "missed"))
        checks.append(ConstraintCheck(code="region", state=state, seeker_id=seeker.id))
    return checks


def structured_terms(a: Profile, b: Profile) -> tuple[float, float, bool]:
    """(sector overlap, numeric fit both ways minus the neutral 0.5, excluded by a hard constraint).

    The numeric term is 0 when neither side states a requirement, so absent data
    neither helps nor hurts.
    """
    overlap, _ = sector_overlap(a, b)
    if not (a.requirements or b.requirements or a.regions or b.regions):
        return overlap, 0.0, False  # nothing asked of either side (most pairs): no fits, no checks
    fits: list[float] = []
    excluded = _fit_into(a, b, fits) | _fit_into(b, a, fits)
    numeric = sum(fits) / len(fits) - 0.5 if fits else 0.0
    return overlap, numeric, excluded


def _fit_into(seeker: Profile, other: Profile, fits: list[float]) -> bool:
    """Append the fit of each of ``seeker``'s requirements on ``other``; whether a hard one excludes.

    The numbers `numeric_fits` and `constraint_checks` give, without building their records:
    the engine scores every candidate of every query this way, and shows the records only
    for the few it returns.
    """
    excluded = False
    for req in seeker.requirements:
        offered = _value(other.quantities.get(req.field))
        fit = requirement_fit(req, offered)
        fits.append(fit)
        excluded |= req.hard and offered is not None and fit < 1.0
    if seeker.regions and seeker.regions_hard:
        excluded |= _place_ok(seeker.regions, other) is False
    return excluded
