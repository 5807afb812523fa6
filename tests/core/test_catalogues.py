"""Every UI string has a real translation in zh-Hans and de: no empty, no fuzzy entries."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "src" / "qiao" / "locale"


@pytest.mark.parametrize("language", ["zh_Hans", "de"])
def test_catalogue_has_no_empty_or_fuzzy_entry(language):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        catalogue = read_po(handle)

    def untranslated(message):
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        return not all(s.strip() for s in strings)

    problems = [m.id for m in catalogue if m.id and (m.fuzzy or untranslated(m))]

    assert problems == []
    assert len(catalogue) > 100


@pytest.mark.parametrize("language", ["zh_Hans", "de"])
def test_compiled_catalogue_is_current(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")

    assert mo.exists(), "run `make catalogs`"
    assert mo.stat().st_mtime >= po.stat().st_mtime
