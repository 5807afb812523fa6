"""Plain data shapes for demo content, independent of Django so generators stay pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Text:
    """One piece of user-written content in the platform's three languages."""

    en: str
    de: str
    zh: str  # Simplified Chinese (zh-hans)


@dataclass(frozen=True)
class OrgSpec:
    """An organisation: German company, Chinese district, park, agency, university, chamber."""

    key: str  # stable unique slug, e.g. "de-firm-017"
    kind: str  # company | government | park | agency | university | association
    country: str  # ISO 3166-1 alpha-2, "DE" or "CN" (a few others allowed)
    province: Text  # empty strings when not applicable
    city: Text
    district: Text
    name: Text
    description: Text  # at least three sentences per language
    website: str
    size: str  # micro | small | medium | large
    sectors: tuple[str, ...]  # NACE Rev. 2 division codes, e.g. ("C28", "C27")
    tags: tuple[str, ...] = ()  # thematic tag slugs (see THEME_TAGS in synthetic.py)
    address: str = ""
    verified: bool = True


@dataclass(frozen=True)
class ProjectSpec:
    """A German company's intention: invest, expand, find a partner or sell technology."""

    key: str
    org_key: str
    kind: str  # invest | expand | partner | technology
    sectors: tuple[str, ...]
    tags: tuple[str, ...]
    title: Text
    summary: Text  # at least three sentences per language
    investment: Decimal | None  # amount in `currency`
    currency: str  # EUR | USD | CNY
    jobs: int | None
    land_mu: Decimal | None  # 1 mu = 10000/15 m2; land_m2 must agree when both are set
    land_m2: Decimal | None
    factory_m2: Decimal | None
    office_m2: Decimal | None
    needs_talent: str = ""  # free text, English
    needs_certification: str = ""
    needs_subsidies: bool = False
    start: str = ""  # "YYYY-MM"
    preferred_regions: tuple[str, ...] = ()  # city names in English, e.g. ("Shaoxing",)
    visibility: str = "public"  # public | matched | private


@dataclass(frozen=True)
class OfferSpec:
    """A Chinese district's, park's or company's offer or need."""

    key: str
    org_key: str
    kind: str  # land | factory | talent_flats | subsidy | supply_chain | partner_need
    sectors: tuple[str, ...]
    tags: tuple[str, ...]
    title: Text
    summary: Text  # at least three sentences per language
    land_mu: Decimal | None = None
    land_m2: Decimal | None = None
    factory_m2: Decimal | None = None  # largest single unit offered
    flats: int | None = None
    subsidy_amount: Decimal | None = None  # CNY
    contact_name: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class ExpertSpec:
    """A member of the think tank."""

    key: str
    given_name: str
    family_name: str
    name_zh: str  # the name as written in Chinese (transliteration for Germans)
    country: str
    affiliation: Text
    fields: tuple[str, ...]  # NACE division codes
    tags: tuple[str, ...]
    languages: tuple[str, ...]  # subset of ("en", "de", "zh-hans")
    bio: Text  # at least three sentences per language
    email: str


@dataclass(frozen=True)
class SyntheticData:
    """Everything the synthetic generator produces, ready for the loader."""

    organisations: list[OrgSpec] = field(default_factory=list)
    projects: list[ProjectSpec] = field(default_factory=list)
    offers: list[OfferSpec] = field(default_factory=list)
    experts: list[ExpertSpec] = field(default_factory=list)
