import pytest
from django.utils import translation

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def organiser():
    return UserFactory(role="organiser", approved=True)


@pytest.fixture(autouse=True)
def _english():
    """Domain messages are asserted in English; a page request may leave another language active."""
    with translation.override("en"):
        yield
