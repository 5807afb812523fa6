import pytest

from qiao.tickets.domain.codes import ALPHABET, LENGTH, display_code, new_code, normalise_code


def test_new_code_uses_only_the_unambiguous_alphabet():
    codes = {new_code() for _ in range(200)}

    assert len(codes) == 200
    assert all(len(code) == LENGTH and set(code) <= set(ALPHABET) for code in codes)
    assert not set("01IOL") & set(ALPHABET)


def test_display_code_groups_with_prefix():
    assert display_code("ABCDE23456") == "QIAO-ABCDE-23456"


@pytest.mark.parametrize(
    "typed",
    ["QIAO-ABCDE-23456", "qiao-abcde-23456", " abcde 23456 ", "ABCDE23456", "abc de-234 56", "Qiao ABCDE 23456\n"],
)
def test_normalise_code_accepts_typed_and_scanned_forms(typed):
    assert normalise_code(typed) == "ABCDE23456"


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "ABCDE2345", "ABCDE234567", "ABCDE2345O", "QIAO-ABCDE-2345I", "ABCDE-23456" * 10, "名字ABCDE2345"],
)
def test_normalise_code_refuses_what_cannot_be_a_code(typed):
    assert normalise_code(typed) is None
