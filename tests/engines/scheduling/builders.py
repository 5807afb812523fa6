"""Small hand-built instances and access to the shared judge (check.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path("/work/shared/scheduling")
if not SHARED.is_dir():  # a clone next to ../shared
    SHARED = Path(__file__).resolve().parents[4] / "shared" / "scheduling"


def judge() -> ModuleType | None:
    """The shared check.py as a module, or None when ../shared is absent."""
    path = SHARED / "check.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_scheduling_check", path)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def slot(k: int, session: str = "d1-am", tables: int | None = 2, rooms: int | None = None) -> dict[str, Any]:
    """Slot k: 30 minutes from 01:00Z + 30k minutes."""
    start = 60 + 30 * k
    end = start + 30
    return {
        "id": f"s{k}",
        "start": f"2026-12-14T{start // 60:02d}:{start % 60:02d}:00Z",
        "end": f"2026-12-14T{end // 60:02d}:{end % 60:02d}:00Z",
        "session": session,
        "tables": tables,
        "rooms": rooms,
    }


def person(pid: str, available: dict[str, list[str]], max_meetings: int | None = None) -> dict[str, Any]:
    """A participant dict."""
    out: dict[str, Any] = {"id": pid, "available": available}
    if max_meetings is not None:
        out["max_meetings"] = max_meetings
    return out


def request(rid: str, a: str, b: str, weight: int = 2) -> dict[str, Any]:
    """A request dict."""
    return {"id": rid, "a": a, "b": b, "weight": weight}


def instance(
    slots: list[dict[str, Any]], people: list[dict[str, Any]], requests: list[dict[str, Any]]
) -> dict[str, Any]:
    """An instance dict named 't'."""
    return {"name": "t", "slots": slots, "participants": people, "requests": requests}
