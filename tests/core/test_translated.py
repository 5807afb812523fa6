import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from qiao.core import translated

WHEN = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


def test_resolve_returns_reader_language_when_present():
    value = translated.make("de", de="Lasersysteme", zh="激光系统")

    resolved = translated.resolve(value, "zh-hans")

    assert (resolved.text, resolved.language, resolved.is_fallback) == ("激光系统", "zh-hans", False)


def test_resolve_falls_back_visibly_when_language_missing():
    value = translated.make("zh", zh="越城区")

    resolved = translated.resolve(value, "de")

    assert (resolved.text, resolved.language, resolved.is_fallback) == ("越城区", "zh-hans", True)


def test_resolve_prefers_english_over_chinese_for_german_reader():
    value = translated.make("zh", zh="越城区", en="Yuecheng District")

    assert translated.resolve(value, "de").text == "Yuecheng District"


def test_resolve_of_empty_value_is_empty():
    assert translated.resolve({}, "en") == translated.EMPTY


def test_make_marks_first_language_original_and_others_translated():
    value = translated.make("zh", en="Shaoxing", zh="绍兴")

    assert (value["zh-hans"]["status"], value["en"]["status"]) == ("original", "translated")


def test_merge_edit_records_translator_of_new_language_and_keeps_unchanged():
    old = translated.make("de", de="Servicezentrum")

    new = translated.merge_edit(old, {"de": "Servicezentrum", "zh-hans": "服务中心"}, "li.wei", WHEN)

    assert new["de"] == old["de"]
    assert new["zh-hans"] == {"text": "服务中心", "status": "translated", "by": "li.wei", "at": WHEN.isoformat()}


def test_merge_edit_first_text_ever_is_original():
    new = translated.merge_edit({}, {"en": "Charging"}, "anna", WHEN)

    assert new["en"]["status"] == "original"


def test_merge_edit_drops_cleared_language():
    old = translated.make("de", de="A", en="B")

    assert set(translated.merge_edit(old, {"de": "A", "en": "  "}, "x", WHEN)) == {"de"}


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("text", "invalid"),
        ({"fr": {"text": "bonjour"}}, "unknown_language"),
        ({"de": "no dict"}, "invalid"),
        ({"de": {"text": "x", "status": "guessed"}}, "invalid"),
        ({"de": {"text": "x" * (translated.MAX_TEXT_LENGTH + 1)}}, "too_long"),
    ],
)
def test_validate_refuses_malformed_values(value, code):
    with pytest.raises(ValidationError) as error:
        translated.validate(value)

    assert error.value.code == code


def test_require_some_language_refuses_whitespace_only():
    with pytest.raises(ValidationError) as error:
        translated.require_some_language({"de": {"text": "   "}})

    assert error.value.code == "no_language"
