"""Checks on the synthetic demo data: counts, languages, uniqueness and consistency."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from qiao.demo.specs import OfferSpec, ProjectSpec, SyntheticData, Text
from qiao.demo.synthetic import DISTRICT_ORG_KEYS, NACE_CODES, THEME_TAGS, generate

CJK = re.compile(r"[\u4e00-\u9fff]")
SIGNING_TAGS = ("ev-support-services", "biomedical-image-data", "laser-additive-manufacturing")


def sentences(text: str, lang: str) -> list[str]:
    """Split as the brief says: zh on 。！？, de/en on . ! ? followed by a space or the end."""
    pattern = r"(?<=[。！？])" if lang == "zh" else r"(?<=[.!?])(?:\s+|$)"
    return [part.strip() for part in re.split(pattern, text) if part.strip()]


def long_texts(data: SyntheticData) -> list[tuple[str, Text]]:
    texts = [(o.key, o.description) for o in data.organisations]
    texts += [(p.key, p.summary) for p in data.projects]
    texts += [(o.key, o.summary) for o in data.offers]
    texts += [(e.key, e.bio) for e in data.experts]
    return texts


@pytest.fixture(scope="module")
def data() -> SyntheticData:
    return generate()


def test_counts_meet_minimums(data: SyntheticData) -> None:
    kinds = Counter((o.country, o.kind) for o in data.organisations)
    assert len(data.organisations) >= 200
    assert kinds[("DE", "company")] >= 85
    assert sum(n for (country, _), n in kinds.items() if country == "CN") >= 60
    assert {kind for _, kind in kinds} >= {
        "company",
        "government",
        "park",
        "agency",
        "university",
        "association",
    }
    assert len(data.projects) >= 180
    assert len(data.offers) >= 150
    assert len(data.projects) + len(data.offers) >= 300
    assert len(data.experts) >= 50
    assert {e.country for e in data.experts} >= {"DE", "CN"}
    assert len({e.country for e in data.experts}) >= 4


def test_every_text_has_three_sentences_per_language(data: SyntheticData) -> None:
    for key, text in long_texts(data):
        for lang in ("en", "de", "zh"):
            assert len(sentences(getattr(text, lang), lang)) >= 3, (key, lang)


def test_no_sentence_appears_twice(data: SyntheticData) -> None:
    seen: dict[str, str] = {}
    for key, text in long_texts(data):
        for lang in ("en", "de", "zh"):
            for sentence in sentences(getattr(text, lang), lang):
                norm = "".join(sentence.split())
                assert norm not in seen, (key, seen.get(norm), sentence)
                seen[norm] = key


def test_languages_are_in_the_right_script(data: SyntheticData) -> None:
    texts = long_texts(data)
    texts += [(o.key, o.name) for o in data.organisations]
    texts += [(p.key, p.title) for p in data.projects]
    texts += [(o.key, o.title) for o in data.offers]
    for key, text in texts:
        assert CJK.search(text.zh), key
        assert not CJK.search(text.de), key
        assert not CJK.search(text.en), key
    german = " ".join(text.de for _, text in long_texts(data))
    assert all(ch in german for ch in "äöüß")


def test_land_in_mu_and_square_metres_agree(data: SyntheticData) -> None:
    items: list[ProjectSpec | OfferSpec] = [*data.projects, *data.offers]
    with_land = [(x.key, x.land_mu, x.land_m2) for x in items if x.land_mu is not None]
    assert len(with_land) >= 50
    for key, mu, m2 in with_land:
        assert m2 == round(mu * 10000 / 15, 2), key


def test_keys_unique_and_references_resolve(data: SyntheticData) -> None:
    keys = [o.key for o in data.organisations] + [p.key for p in data.projects]
    keys += [o.key for o in data.offers] + [e.key for e in data.experts]
    assert len(keys) == len(set(keys))
    org_keys = {o.key for o in data.organisations}
    assert not org_keys & set(DISTRICT_ORG_KEYS)
    items: list[ProjectSpec | OfferSpec] = [*data.projects, *data.offers]
    for item in items:
        assert item.org_key in org_keys | set(DISTRICT_ORG_KEYS), item.key
    companies = {o.key for o in data.organisations if o.country == "DE" and o.kind == "company"}
    assert all(p.org_key in companies for p in data.projects)
    assert {o.org_key for o in data.offers} >= set(DISTRICT_ORG_KEYS)


def test_deterministic() -> None:
    assert generate() == generate()
    assert generate(7) != generate()


def test_only_known_tags_and_nace_codes(data: SyntheticData) -> None:
    tagged = [(o.key, o.tags, o.sectors) for o in data.organisations]
    tagged += [(p.key, p.tags, p.sectors) for p in data.projects]
    tagged += [(o.key, o.tags, o.sectors) for o in data.offers]
    tagged += [(e.key, e.tags, e.fields) for e in data.experts]
    for key, tags, codes in tagged:
        assert tags, key
        assert set(tags) <= set(THEME_TAGS), key
        assert codes, key
        assert set(codes) <= set(NACE_CODES), key


def test_summit_themes_are_well_covered(data: SyntheticData) -> None:
    for tag in (*SIGNING_TAGS, "industrie-4-0", "textiles"):
        assert sum(tag in p.tags for p in data.projects) >= 15, tag
        assert sum(tag in o.tags for o in data.offers) >= 10, tag


def test_numbers_are_plausible(data: SyntheticData) -> None:
    for p in data.projects:
        assert p.kind in {"invest", "expand", "partner", "technology"}
        assert p.currency in {"EUR", "USD", "CNY"}
        if p.investment is not None and p.currency != "CNY":
            assert Decimal("500000") <= p.investment <= Decimal("80000000"), p.key
        if p.jobs is not None:
            assert 5 <= p.jobs <= 600, p.key
        if p.factory_m2 is not None:
            assert 300 <= p.factory_m2 <= 30000, p.key
        assert "2026-03" <= p.start <= "2028-12", p.key
        assert p.preferred_regions, p.key
        assert all(r.isascii() for r in p.preferred_regions), p.key
    visibility = Counter(p.visibility for p in data.projects)
    assert visibility["public"] > visibility["matched"] > visibility["private"] > 0
    for o in data.offers:
        assert o.kind in {"land", "factory", "talent_flats", "subsidy", "supply_chain", "partner_need"}
        if o.factory_m2 is not None:
            assert 300 <= o.factory_m2 <= 30000, o.key
        assert o.contact_email.endswith(".example.cn"), o.key
    for kind in ("land", "factory", "talent_flats", "subsidy"):
        field = {"land": "land_mu", "factory": "factory_m2", "talent_flats": "flats"}.get(kind, "subsidy_amount")
        assert all(getattr(o, field) for o in data.offers if o.kind == kind), kind


def test_contacts_use_example_domains(data: SyntheticData) -> None:
    domain = re.compile(r"^https://[a-z0-9-]+\.example(?:\.cn|\.de)?$")
    for o in data.organisations:
        assert domain.match(o.website), o.website
    emails = [o.contact_email for o in data.offers] + [e.email for e in data.experts]
    for email in emails:
        assert re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.example(?:\.cn|\.de)?", email), email
