"""Shared fixtures: factories for the domain model and the path to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The read-only ../shared folder; tests that need it skip with a reason elsewhere."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present next to this clone (CI always has it)")
    return SHARED


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests hash many passwords; production's Argon2 stays listed so its hashes still verify."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS]


@pytest.fixture(scope="session")
def model():
    """The real multilingual sentence encoder, loaded once per test session."""
    from qiao.engines.matching.embedder import UseEncoder

    encoder = UseEncoder()
    encoder.load()
    return encoder


@pytest.fixture
def expert_engine(model, monkeypatch):
    """The expert↔project engine built with the session's model, from an empty cache in each test."""
    from qiao.matchmaking.domain import experts as expert_matching
    from qiao.matchmaking.domain.stored_encoder import StoredEncoder

    monkeypatch.setattr(expert_matching, "_cache", expert_matching.new_cache())
    original = expert_matching.build_engine
    monkeypatch.setattr(expert_matching, "build_engine", lambda encoder=None: original(StoredEncoder(model)))


@pytest.fixture(autouse=True)
def _close_vector_index_connection():
    """The pgvector index keeps its own connection: closed after each test, so that none is
    left open when pytest-django drops the test database."""
    yield
    from qiao.matchmaking.domain import pgvector_index

    pgvector_index.close_connection()


@pytest.fixture(autouse=True)
def _no_language_leaks():
    """A test that activates a language (a command, a task) must not leave it to the next test."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache(settings):
    """Each test starts with an empty cache (the local-memory one outlives the rolled-back database),
    and match engines notice edited profiles at once (servers recheck every few seconds)."""
    from django.core.cache import cache

    from qiao.core.shared_values import forget_version

    cache.clear()
    forget_version()
    settings.MATCHING_RECHECK_SECONDS = 0
