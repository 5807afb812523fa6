"""Language detection: zh/de/en, mixed text and uncovered languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiao.engines.matching.langdetect import MIXED, UNDETERMINED, detect

from .topics import TOPICS


@pytest.mark.parametrize("topic", sorted(TOPICS))
@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_detects_corpus_languages(topic: str, lang: str) -> None:
    result = detect(TOPICS[topic][lang])
    assert result.lang == lang
    assert result.matchable


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Anlage läuft.", "de"),
        ("The plant runs well.", "en"),
        ("Laser welding", "en"),
        ("激光焊接", "zh"),
        ("Мы ищем партнёра для производства в Китае.", "cyrl"),
        ("工場を探しています。", "ja"),
        (
            "Nous cherchons un partenaire pour la production de pièces automobiles en Chine.",
            "latn",
        ),
        ("", UNDETERMINED),
        ("12345 !!! 🙂", UNDETERMINED),
    ],
)
def test_detect_short_and_uncovered(text: str, lang: str) -> None:
    assert detect(text).lang == lang


def test_uncovered_language_is_not_matchable() -> None:
    assert not detect("Мы ищем партнёра для производства в Китае.").matchable


def test_mixed_text_reports_both_languages() -> None:
    text = TOPICS["wind"]["de"] + " " + TOPICS["wind"]["zh"]
    result = detect(text)
    assert result.lang == MIXED
    assert set(result.shares) == {"de", "zh"}
    assert result.matchable


def test_a_few_latin_terms_in_chinese_stay_chinese() -> None:
    assert detect("园区企业通过ISO 9001和IATF 16949认证，配套MES系统。").lang == "zh"


@given(st.text(max_size=300))
def test_detect_never_fails(text: str) -> None:
    result = detect(text)
    assert abs(sum(result.shares.values()) - 1.0) < 1e-6 or not result.shares
