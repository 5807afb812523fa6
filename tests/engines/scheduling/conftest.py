"""Engine tests run without Django (``-p no:django``): neutralise Django-only autouse fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing() -> None:
    """Overrides tests/conftest.py's fixture of the same name, which needs pytest-django."""
