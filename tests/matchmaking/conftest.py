"""The real multilingual model, loaded once per test session, behind a fresh engine per test."""

from __future__ import annotations

import pytest

from qiao.matchmaking.domain import service
from qiao.matchmaking.domain.stored_encoder import StoredEncoder


@pytest.fixture
def fresh_engine(model, monkeypatch):
    """Build engines with the session's loaded model; start every test from an empty cache."""
    monkeypatch.setattr(service, "_cache", service.new_cache())
    original = service.build_engine
    monkeypatch.setattr(service, "build_engine", lambda encoder=None: original(StoredEncoder(model)))
