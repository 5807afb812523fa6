"""Land area units: 1 mu (亩) is 10,000/15 m² (about 666.67 m²)."""

from __future__ import annotations

from decimal import Decimal

M2_PER_MU = Decimal(10000) / Decimal(15)
# Two figures agree when they differ by less than half a square metre per mu plus one
# square metre, which absorbs the rounding in published tables.
TOLERANCE_M2 = Decimal("1")


def mu_to_m2(mu: Decimal) -> Decimal:
    return (mu * M2_PER_MU).quantize(Decimal("0.01"))


def areas_agree(mu: Decimal, m2: Decimal) -> bool:
    """True when a mu figure and a m² figure describe the same area."""
    return abs(mu * M2_PER_MU - m2) <= TOLERANCE_M2 + mu * Decimal("0.001")
