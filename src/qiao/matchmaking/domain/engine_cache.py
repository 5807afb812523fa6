"""One matching engine per process over a changing set of profiles, and the one language
model that every engine of the process shares.

The model loads once per process. An engine is rebuilt when its stamp (a cheap query over
what it holds) changes: in the background while the previous engine keeps answering, or
in the caller when there is no engine yet and nobody is building one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable

from qiao.engines.matching import MatchEngine
from qiao.engines.matching.embedder import UseEncoder

_model_lock = threading.Lock()
_model: UseEncoder | None = None


def shared_model() -> UseEncoder:
    """The process's multilingual sentence encoder (weights load on first use, once)."""
    global _model
    with _model_lock:
        if _model is None:
            _model = UseEncoder()
        return _model


class EngineCache:
    """The current engine for `stamp()`, built by `build()`."""

    def __init__(
        self,
        name: str,
        build: Callable[[], MatchEngine],
        stamp: Callable[[], Hashable],
        recheck_seconds: Callable[[], float] = lambda: 0.0,
        after_build: Callable[[], None] = lambda: None,
    ) -> None:
        """`recheck_seconds()`: how long a stamp read is reused before the next query (0: every call);
        `after_build()` runs once each new engine is in place."""
        self.name = name
        self._build_engine = build
        self._stamp = stamp
        self._recheck_seconds = recheck_seconds
        self._after_build = after_build
        self._last_stamp: Hashable = None
        self._stamp_read_at = float("-inf")
        self._lock = threading.Lock()
        self._engine: MatchEngine | None = None
        self._built_for: Hashable = None
        self._building = False

    def current(self, wait: bool = False) -> MatchEngine | None:
        """The up-to-date engine; a stale one (rebuilt meanwhile in the background) unless `wait`;
        None while the first engine is built elsewhere."""
        stamp = self._read_stamp()
        with self._lock:
            if self._engine is not None and self._built_for == stamp:
                return self._engine
            if self._building:
                return self._engine
            self._building = True
            stale = self._engine
        if stale is not None and not wait:
            threading.Thread(target=self._build, args=(stamp,), name=f"qiao-{self.name}", daemon=True).start()
            return stale
        self._build(stamp)
        return self._engine

    def current_with_stamp(self) -> tuple[MatchEngine | None, Hashable]:
        """`current()` and the stamp it was built for (what its answers depend on)."""
        self.current()
        with self._lock:
            return self._engine, self._built_for

    def _read_stamp(self) -> Hashable:
        # The stamp query scans every profile (tens of ms at 50,000); a page a few seconds behind
        # an edit is fine, so a busy process reads it at most once per recheck interval.
        now = time.monotonic()
        if now - self._stamp_read_at >= self._recheck_seconds():
            self._last_stamp, self._stamp_read_at = self._stamp(), now
        return self._last_stamp

    def _build(self, stamp: Hashable) -> None:
        try:
            engine = self._build_engine()
            with self._lock:
                self._engine, self._built_for = engine, stamp
            self._after_build()
        finally:
            with self._lock:
                self._building = False
