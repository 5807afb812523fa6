"""The only place that turns ORM objects into matching-engine inputs (and ids back)."""

from __future__ import annotations

from decimal import Decimal

from qiao.core import translated
from qiao.engines.matching import Profile, Requirement
from qiao.experts.models import Expert
from qiao.projects.models import Offer, Project

PROJECT = "project"
OFFER = "offer"

# Rough EUR value of one unit, only to put investments on one scale for numeric fit;
# the figures shown to people always use the organisers' dated rates instead.
_EUR_PER_UNIT = {"EUR": 1.0, "USD": 0.92, "CNY": 0.13}


def profile_id(obj: Project | Offer) -> str:
    return f"{PROJECT if isinstance(obj, Project) else OFFER}:{obj.pk}"


def parse_profile_id(value: str) -> tuple[str, int] | None:
    """('project', 12) for 'project:12'; None for anything else."""
    kind, _, pk = value.partition(":")
    if kind not in (PROJECT, OFFER) or not pk.isdigit():
        return None
    return kind, int(pk)


def profile_text(obj: Project | Offer) -> str:
    """Title and summary in the language the owner wrote them in (else any language)."""
    language = translated.original_language(obj.summary) or translated.original_language(obj.title) or "en"
    title = translated.resolve(obj.title, language).text
    summary = translated.resolve(obj.summary, language).text
    return f"{title}. {summary}".strip(". ") if summary else title


def _num(value: Decimal | int | None) -> float | None:
    return None if value is None else float(value)


def project_profile(project: Project, sector_codes: list[str]) -> Profile:
    """A German project seeks offers: its area needs are hard requirements on the offer."""
    quantities = {
        name: value
        for name, value in {
            "investment_eur": float(project.investment) * _EUR_PER_UNIT.get(project.currency, 1.0)
            if project.investment is not None
            else None,
            "jobs": _num(project.jobs),
            "land_m2": _num(project.land_m2),
            "factory_m2": _num(project.factory_m2),
        }.items()
        if value is not None
    }
    requirements = tuple(
        Requirement(field=name, minimum=value, hard=True)
        for name, value in (("factory_m2", _num(project.factory_m2)), ("land_m2", _num(project.land_m2)))
        if value
    )
    regions = tuple(r.strip() for r in project.preferred_regions.split(",") if r.strip())
    return Profile(
        id=profile_id(project),
        text=profile_text(project),
        nace=tuple(sector_codes),
        country=project.organisation.country,
        quantities=quantities,
        requirements=requirements,
        regions=regions,
        side=PROJECT,
    )


def offer_profile(offer: Offer, sector_codes: list[str], city: str) -> Profile:
    """A district's offer: what it has (area, flats, subsidy) as quantities."""
    quantities = {
        name: value
        for name, value in {
            "land_m2": _num(offer.land_m2),
            "factory_m2": _num(offer.factory_m2),
            "flats": _num(offer.flats),
            "subsidy_cny": _num(offer.subsidy_amount),
        }.items()
        if value is not None
    }
    return Profile(
        id=profile_id(offer),
        text=profile_text(offer),
        nace=tuple(sector_codes),
        country=offer.organisation.country,
        region=city or None,
        quantities=quantities,
        side=OFFER,
    )


EXPERT = "expert"


def expert_id(expert: Expert) -> str:
    return f"{EXPERT}:{expert.pk}"


def expert_profile(expert: Expert, field_codes: list[str]) -> Profile:
    """An expert of the think tank: their biography in the language they wrote it, and their fields."""
    language = translated.original_language(expert.bio) or "en"
    return Profile(
        id=expert_id(expert),
        text=translated.resolve(expert.bio, language).text,
        nace=tuple(field_codes),
        country=expert.country,
        side=EXPERT,
    )
