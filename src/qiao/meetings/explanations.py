"""Reasons a requested meeting could not be placed, in words the two sides understand.

The engine gives a kind and data (participant and slot ids); the run stores who is who and
when each slot is, so the reason can be rendered later in any language and time zone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MODE_LABELS = {"online": lambda: _("online"), "onsite": lambda: _("onsite")}


def _slot_text(slot_id: str, slots: dict[str, str]) -> str:
    start = dt.datetime.fromisoformat(slots[slot_id]) if slot_id in slots else None
    if start is None:
        return slot_id
    local = start.astimezone(timezone.get_current_timezone())
    berlin = start.astimezone(zoneinfo.ZoneInfo("Europe/Berlin"))
    return (
        f"{formats.date_format(local.replace(tzinfo=None), 'SHORT_DATETIME_FORMAT')} ({berlin:%H:%M} {berlin.tzname()})"
    )


def _when(person: dict[str, Any]) -> str:
    parts = []
    if person.get("online"):
        parts.append(_("online %(hours)s") % {"hours": person["hours"]})
    if person.get("onsite"):
        days = ", ".join(formats.date_format(dt.date.fromisoformat(d), "SHORT_DATE_FORMAT") for d in person["onsite"])
        parts.append(_("onsite on %(days)s") % {"days": days})
    return _(" or ").join(parts) if parts else _("not at all (not registered)")


def render(
    kind: str, data: dict[str, Any], request: dict[str, str], people: dict[str, Any], slots: dict[str, str]
) -> str:
    """One sentence (sometimes two) for an unscheduled request."""
    a, b = people.get(request["a"], {}), people.get(request["b"], {})
    names = {"a": a.get("name", request["a"]), "b": b.get("name", request["b"])}
    if kind == "no_common_time":
        return _("No common time: %(a)s can meet %(a_when)s; %(b)s %(b_when)s.") % {
            **names,
            "a_when": _when(a),
            "b_when": _when(b),
        }
    if kind == "no_common_mode":
        return _("Both are free at the same times, but one can only meet online and the other only onsite.")
    if kind == "participant_full" and data.get("cause") == "max_meetings":
        full = ", ".join(people.get(pid, {}).get("name", pid) for pid in data.get("participants", []))
        return _("Fully booked: %(names)s already have as many meetings as they allowed.") % {"names": full}
    if kind == "participant_full":
        return _("Both fully booked: every time you could both meet is taken by other meetings.")
    if kind == "capacity_full":
        text = _("Tables and rooms are full in all the times you could both meet.")
        alternative = data.get("alternative") or {}
        if alternative.get("action") == "switch_mode":
            count = len(alternative.get("slots", []))
            text += " " + ngettext(
                "%(count)d %(mode)s slot would work if you switch to %(mode)s.",
                "%(count)d %(mode)s slots would work if you switch to %(mode)s.",
                count,
            ) % {"count": count, "mode": MODE_LABELS.get(alternative.get("mode", ""), lambda: "")()}
        return text
    if kind == "fits":
        slot = (data.get("alternative") or {}).get("slot", "")
        return _(
            "A free time exists (%(slot)s); the scheduler stopped before using it — run it again with more time."
        ) % {"slot": _slot_text(slot, slots)}
    return _("Could not be placed.")


def unplaced(result: dict[str, Any], person: str | None = None) -> list[tuple[str, str, str]]:
    """(side A, side B, reason) for each request the run could not place; only the
    person's own requests when `person` (an engine participant id) is given."""
    people, slots, pairs = result.get("people", {}), result.get("slots", {}), result.get("pairs", {})
    rows = []
    for item in result.get("unscheduled", []):
        pair = pairs.get(item["request"])
        if pair is None or (person is not None and person not in (pair["a"], pair["b"])):
            continue
        reason = render(item["kind"], item.get("data", {}), pair, people, slots)
        rows.append((people.get(pair["a"], {}).get("name", ""), people.get(pair["b"], {}).get("name", ""), reason))
    return rows
