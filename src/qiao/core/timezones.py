"""Time-zone choices offered to people: the summit's two home zones first, then all."""

from __future__ import annotations

import zoneinfo
from functools import lru_cache

HOME_ZONES = ("Asia/Shanghai", "Europe/Berlin")


@lru_cache(maxsize=1)
def all_zones() -> frozenset[str]:
    """Every IANA zone name the interpreter knows (tzdata is a dependency)."""
    return frozenset(zoneinfo.available_timezones())


def is_valid_zone(name: str) -> bool:
    """True when `name` is an IANA time-zone name such as Europe/Berlin."""
    return name in all_zones()


def zone_choices() -> list[tuple[str, str]]:
    """Choices for a select: home zones first, the rest alphabetically."""
    rest = sorted(all_zones() - set(HOME_ZONES))
    return [(z, z) for z in (*HOME_ZONES, *rest)]
