"""Shared fixtures: the model is loaded once per test session; engines are fresh per test."""

from __future__ import annotations

import pytest

from qiao.engines.matching.embedder import CachedEncoder, UseEncoder, default_encoder
from qiao.engines.matching.ranking import MatchEngine


@pytest.fixture(scope="session")
def encoder() -> CachedEncoder:
    """The process-wide USE encoder: the model is loaded once per test session."""
    enc = default_encoder()
    if isinstance(enc.encoder, UseEncoder):
        enc.encoder.load()
    return enc


@pytest.fixture
def engine(encoder: CachedEncoder) -> MatchEngine:
    """A fresh engine sharing the session's encoder (and its embedding cache)."""
    return MatchEngine(encoder)


@pytest.fixture(autouse=True)
def _fast_password_hashing() -> None:
    """Overrides the Django-settings fixture of tests/conftest.py: these tests need no Django."""
