"""Bad input gets a defined behaviour: a typed refusal or a normal match, never an exception."""

from __future__ import annotations

import pytest

from qiao.engines.matching.explain import (
    REASON_EMPTY,
    REASON_NO_CONTENT,
    REASON_UNSUPPORTED_LANGUAGE,
)
from qiao.engines.matching.features import Profile, Requirement
from qiao.engines.matching.ranking import MatchEngine

from .topics import TOPICS


@pytest.fixture
def indexed(engine: MatchEngine) -> MatchEngine:
    engine.add([Profile(f"zh:{t}", texts["zh"]) for t, texts in TOPICS.items()])
    return engine


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", REASON_EMPTY),
        ("   \n\t ", REASON_EMPTY),
        ("<div></div><script>var x = 1;</script>", REASON_EMPTY),
        ("🙂🚀🙂", REASON_EMPTY),
        ("12345 67 -- ++", REASON_NO_CONTENT),
        (
            "Мы ищем партнёра для производства автомобильных деталей в Китае.",
            REASON_UNSUPPORTED_LANGUAGE,
        ),
        (
            "Nous cherchons un partenaire pour la production de pièces automobiles en Chine.",
            REASON_UNSUPPORTED_LANGUAGE,
        ),
    ],
)
def test_unmatchable_query_is_refused_with_reason(indexed: MatchEngine, text: str, reason: str) -> None:
    result = indexed.query(Profile("q", text), k=3)
    assert not result.ok
    assert result.matches == ()
    assert result.not_matchable is not None
    assert result.not_matchable.reason == reason


def test_unmatchable_corpus_profiles_are_reported_not_indexed(
    engine: MatchEngine,
) -> None:
    refused = engine.add(
        [
            Profile("a", ""),
            Profile("b", "Мы ищем партнёра."),
            Profile("c", TOPICS["wind"]["zh"]),
        ]
    )
    assert {r.profile_id: r.reason for r in refused} == {
        "a": REASON_EMPTY,
        "b": REASON_UNSUPPORTED_LANGUAGE,
    }
    assert engine.size() == 1


def test_mixed_language_text_matches(indexed: MatchEngine) -> None:
    text = (
        TOPICS["battery"]["de"]
        + " 我们希望在中国的工业园区找到合作伙伴，建设第二座电池回收工厂，年处理能力约两万吨。 Привет, друзья."
    )
    result = indexed.query(Profile("q", text), k=3)
    assert result.ok
    assert result.matches[0].id == "zh:battery"
    assert result.matches[0].explanation.query_lang == "mixed"
    assert all(p.query_lang in {"de", "zh"} for p in result.matches[0].explanation.sentence_pairs)


def test_huge_text_is_truncated_and_matches(indexed: MatchEngine) -> None:
    text = (TOPICS["beds"]["en"] + " ") * 800  # ~100 kB
    assert len(text) > 90_000
    result = indexed.query(Profile("q", text), k=1)
    assert result.ok
    assert result.matches[0].id == "zh:beds"


def test_html_and_emoji_are_ignored(indexed: MatchEngine) -> None:
    text = f"<h1>Profil</h1><p>{TOPICS['dairy']['de']}</p><script>document.location='x'</script> 🧀🥛"
    result = indexed.query(Profile("q", text), k=1)
    assert result.matches[0].id == "zh:dairy"
    assert all("<" not in p.query_text for p in result.matches[0].explanation.sentence_pairs)


def test_missing_and_invalid_numbers_do_not_exclude(indexed: MatchEngine) -> None:
    indexed.add(
        [
            Profile(
                "zh:nan",
                TOPICS["wind"]["zh"] + "面积待定。",
                quantities={"area_m2": float("nan")},
            )
        ]
    )
    query = Profile(
        "q",
        TOPICS["wind"]["de"],
        requirements=(Requirement("area_m2", minimum=1000, hard=True),),
    )
    result = indexed.query(query, k=10)
    ids = [m.id for m in result.matches]
    assert "zh:wind" in ids
    assert "zh:nan" in ids
    states = {c.state for m in result.matches for c in m.explanation.constraints}
    assert states == {"unknown"}


def test_empty_index_returns_no_matches(engine: MatchEngine) -> None:
    result = engine.query(Profile("q", TOPICS["wind"]["de"]), k=5)
    assert result.ok
    assert result.matches == ()
