"""Text cleaning and sentence splitting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qiao.engines.matching.text import MAX_CHARS, MAX_SENTENCES, clean, split_sentences


def test_clean_strips_html_script_and_emoji() -> None:
    raw = "<p>Wir <b>fertigen</b> Teile &amp; Baugruppen.</p><script>alert('x')</script> 🚀🙂"
    assert clean(raw) == "Wir fertigen Teile & Baugruppen."


def test_clean_keeps_comparison_signs() -> None:
    assert clean("Temperatur < 50 °C und > 20 °C <!-- x --><br/>ok") == "Temperatur < 50 °C und > 20 °C ok"


def test_clean_bounds_huge_text() -> None:
    assert len(clean("Wir fertigen Teile. " * 6000)) <= MAX_CHARS


def test_split_zh_on_cjk_punctuation() -> None:
    assert split_sentences("园区提供厂房。欢迎入驻！需要多少面积？我们有仓库；也有办公楼。") == [
        "园区提供厂房。",
        "欢迎入驻！",
        "需要多少面积？",
        "我们有仓库；",
        "也有办公楼。",
    ]


def test_split_de_keeps_abbreviations_and_numbers() -> None:
    text = "Wir investieren ca. 15 Mio. Euro in z. B. neue Anlagen. Die Halle hat 3.000 Quadratmeter. Danke!"
    assert split_sentences(text) == [
        "Wir investieren ca. 15 Mio. Euro in z. B. neue Anlagen.",
        "Die Halle hat 3.000 Quadratmeter.",
        "Danke!",
    ]


def test_split_mixed_text() -> None:
    assert split_sentences("We build robots. 我们需要厂房。") == [
        "We build robots.",
        "我们需要厂房。",
    ]


@given(st.text(max_size=400))
def test_clean_and_split_never_fail(text: str) -> None:
    sentences = split_sentences(clean(text))
    assert len(sentences) <= MAX_SENTENCES
    assert all(s.strip() for s in sentences)
