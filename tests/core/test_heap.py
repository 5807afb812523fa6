"""qiao.core.heap: a serving process's long-lived objects leave the collector's full passes."""

from __future__ import annotations

import gc

import pytest

from qiao.core import heap


@pytest.fixture
def server_heap(monkeypatch):
    """heap as in a server process, undone afterwards (the test process must not stay frozen)."""
    threshold = gc.get_threshold()
    monkeypatch.setattr(heap, "_enabled", False)
    monkeypatch.setattr(heap, "_collected_once", False)
    gc.unfreeze()
    yield heap
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_outside_a_server_nothing_is_frozen(server_heap):
    server_heap.settle()

    assert gc.get_freeze_count() == 0


def test_in_a_server_what_lives_at_settling_is_frozen_and_later_objects_are_not(server_heap):
    server_heap.enable_in_server()
    kept = [[i] for i in range(1000)]  # stands for the match index

    server_heap.settle()
    frozen = gc.get_freeze_count()
    later = [[i] for i in range(1000)]

    under_collector = {id(x) for x in gc.get_objects()}  # the frozen generation is not listed
    assert frozen >= len(kept)
    assert not any(id(x) in under_collector for x in kept)
    assert all(id(x) in under_collector for x in later)
    assert gc.get_threshold()[0] == heap.SERVER_YOUNG_THRESHOLD


def test_only_the_first_settling_collects(server_heap, monkeypatch):
    server_heap.enable_in_server()
    calls: list[int] = []
    monkeypatch.setattr(heap.gc, "collect", lambda *a: calls.append(1) or 0)

    server_heap.settle()
    server_heap.settle()

    assert calls == [1]
    assert gc.get_freeze_count() > 0
