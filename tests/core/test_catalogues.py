"""Every UI string has a real translation in zh-Hans and de: no empty, no fuzzy entries."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "qiao"
LOCALE = PACKAGE / "locale"
# The project catalogue and the per-app ones (makemessages writes an app's strings to its own).
CATALOGUES = sorted(PACKAGE.glob("**/locale/*/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("po", [p for p in CATALOGUES if p.parts[-3] in ("zh_Hans", "de")], ids=str)
def test_catalogue_has_no_empty_or_fuzzy_entry(po):
    with po.open("rb") as handle:
        catalogue = read_po(handle)

    def untranslated(message):
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        return not all(s.strip() for s in strings)

    problems = [m.id for m in catalogue if m.id and (m.fuzzy or untranslated(m))]

    assert problems == []
    assert len(catalogue) > 20


def test_project_catalogues_cover_both_languages():
    assert {p.parts[-3] for p in CATALOGUES if p.is_relative_to(LOCALE)} >= {"zh_Hans", "de"}


@pytest.mark.parametrize("po", [p for p in CATALOGUES if p.parts[-3] in ("zh_Hans", "de")], ids=str)
def test_compiled_catalogue_is_current(po):
    mo = po.with_suffix(".mo")

    assert mo.exists(), "run `make catalogs`"
    assert mo.stat().st_mtime >= po.stat().st_mtime
