"""Instance validation: each defect raises InstanceError with a code and the offending id."""

from __future__ import annotations

from typing import Any

import pytest

from qiao.engines.scheduling import InstanceError, Limits, parse_instance
from tests.engines.scheduling.builders import instance, person, request, slot


def _base() -> dict[str, Any]:
    def both() -> dict[str, list[str]]:
        return {"s0": ["onsite", "online"], "s1": ["online"]}

    return instance(
        [slot(0), slot(1)],
        [person("a", both()), person("b", both()), person("c", both())],
        [request("r1", "a", "b"), request("r2", "b", "c")],
    )


def _raises(raw: dict[str, Any], code: str, item: str, limits: Limits | None = None) -> InstanceError:
    with pytest.raises(InstanceError) as info:
        parse_instance(raw, limits)
    assert info.value.code == code
    assert info.value.item == item
    assert item in str(info.value)
    return info.value


def test_valid_instance_parses() -> None:
    inst = parse_instance(_base())
    assert [r.id for r in inst.requests] == ["r1", "r2"]
    assert inst.participants[0].available["s1"] == frozenset({"online"})


def test_unknown_participant() -> None:
    raw = _base()
    raw["requests"].append(request("r3", "a", "zz"))
    err = _raises(raw, "unknown_participant", "r3")
    assert err.detail == {"participant": "zz"}


def test_self_request() -> None:
    raw = _base()
    raw["requests"].append(request("r3", "a", "a"))
    _raises(raw, "self_request", "r3")


def test_duplicate_request_pair_and_id() -> None:
    raw = _base()
    raw["requests"].append(request("r3", "b", "a"))
    assert _raises(raw, "duplicate_request", "r3").detail == {"other": "r1"}
    raw = _base()
    raw["requests"].append(request("r1", "a", "c"))
    _raises(raw, "duplicate_request", "r1")


@pytest.mark.parametrize("weight", [0, 4, -1])
def test_weight_out_of_range(weight: int) -> None:
    raw = _base()
    raw["requests"][1]["weight"] = weight
    _raises(raw, "weight_out_of_range", "r2")


def test_slot_ends_before_start() -> None:
    raw = _base()
    raw["slots"][1]["end"] = raw["slots"][1]["start"]
    _raises(raw, "slot_ends_before_start", "s1")


def test_slots_overlap() -> None:
    raw = _base()
    raw["slots"][1]["start"] = "2026-12-14T01:15:00Z"
    _raises(raw, "slots_overlap", "s1")


def test_availability_in_unknown_slot() -> None:
    raw = _base()
    raw["participants"][2]["available"]["s9"] = ["online"]
    assert _raises(raw, "availability_unknown_slot", "c").detail == {"slot": "s9"}


def test_unknown_mode_and_duplicate_ids() -> None:
    raw = _base()
    raw["participants"][0]["available"]["s0"] = ["hologram"]
    _raises(raw, "invalid_mode", "a")
    raw = _base()
    raw["participants"].append(person("a", {}))
    _raises(raw, "duplicate_participant", "a")
    raw = _base()
    raw["slots"].append(slot(0))
    _raises(raw, "duplicate_slot", "s0")


def test_too_large() -> None:
    _raises(_base(), "too_large", "requests", Limits(max_requests=1))
    _raises(_base(), "too_large", "participants", Limits(max_participants=2))
    _raises(_base(), "too_large", "slots", Limits(max_slots=1))


def test_malformed() -> None:
    raw = _base()
    del raw["slots"][0]["start"]
    with pytest.raises(InstanceError) as info:
        parse_instance(raw)
    assert info.value.code == "malformed"
