"""Availability across CET/CEST and CST, including both European summer-time changes."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qiao.meetings.domain.availability import ONLINE, ONSITE, Presence, SlotSpec, availability, modes_for

UTC = dt.UTC
SHANGHAI = "Asia/Shanghai"


def _slot(day: dt.date, hour_utc: int, minute: int = 0, tables: int = 10, rooms: int | None = None) -> SlotSpec:
    start = dt.datetime.combine(day, dt.time(hour_utc, minute), tzinfo=UTC)
    return SlotSpec(f"{day}-{hour_utc:02d}{minute:02d}", start, start + dt.timedelta(minutes=30), tables, rooms)


BERLIN_ONLINE = Presence("Europe/Berlin", dt.time(8), dt.time(18), online=True, onsite_dates=frozenset())


@pytest.mark.parametrize(
    ("day", "first_online_utc_hour"),
    [
        (dt.date(2026, 3, 27), 7),  # CET (UTC+1): 08:00 Berlin is 07:00 UTC
        (dt.date(2026, 3, 30), 6),  # after the spring change, CEST (UTC+2): 06:00 UTC
        (dt.date(2026, 10, 23), 6),  # still CEST
        (dt.date(2026, 10, 26), 7),  # after the autumn change, CET again
    ],
)
def test_berlin_business_hours_follow_summer_time(day, first_online_utc_hour):
    slots = [_slot(day, hour) for hour in range(4, 10)]

    available = availability(slots, BERLIN_ONLINE, SHANGHAI)

    assert min(int(slot_id[-4:-2]) for slot_id in available) == first_online_utc_hour


def test_overlap_of_china_and_germany_business_hours_in_winter():
    shaoxing = Presence(SHANGHAI, dt.time(9), dt.time(18), online=True, onsite_dates=frozenset())
    day = dt.date(2026, 12, 14)
    slots = [_slot(day, hour, minute) for hour in range(12) for minute in (0, 30)]

    both = [
        slot.id
        for slot in slots
        if ONLINE in modes_for(slot, BERLIN_ONLINE, SHANGHAI) and ONLINE in modes_for(slot, shaoxing, SHANGHAI)
    ]

    # 08:00-18:00 CET is 07:00-17:00 UTC; 09:00-18:00 CST is 01:00-10:00 UTC: overlap 07:00-10:00 UTC.
    assert both == [f"{day}-{h:02d}{m:02d}" for h in (7, 8, 9) for m in (0, 30)]


def test_onsite_only_on_dates_at_the_venue_in_event_time_zone():
    day = dt.date(2026, 12, 14)
    onsite = Presence(SHANGHAI, dt.time(0), dt.time(23, 59), online=False, onsite_dates=frozenset({day}))
    # 23:30 UTC on the 13th is 07:30 on the 14th in Shaoxing.
    early = _slot(dt.date(2026, 12, 13), 23, 30)
    next_day = _slot(dt.date(2026, 12, 15), 2)

    assert modes_for(early, onsite, SHANGHAI) == frozenset({ONSITE})
    assert modes_for(next_day, onsite, SHANGHAI) == frozenset()


def test_busy_speaker_is_unavailable_and_no_tables_means_no_onsite():
    day = dt.date(2026, 12, 14)
    slot = _slot(day, 2)
    presence = Presence(
        SHANGHAI, dt.time(8), dt.time(18), online=True, onsite_dates=frozenset({day}), busy=((slot.start, slot.end),)
    )
    free = Presence(SHANGHAI, dt.time(8), dt.time(18), online=True, onsite_dates=frozenset({day}))

    assert modes_for(slot, presence, SHANGHAI) == frozenset()
    assert modes_for(_slot(day, 2, tables=0), free, SHANGHAI) == frozenset({ONLINE})
    assert modes_for(_slot(day, 2, rooms=0), free, SHANGHAI) == frozenset({ONSITE})


@given(
    start_hour=st.integers(0, 23),
    zone=st.sampled_from(["Europe/Berlin", "Asia/Shanghai", "America/New_York", "UTC"]),
    day=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)),
)
def test_online_slot_always_lies_inside_local_business_hours(start_hour, zone, day):
    presence = Presence(zone, dt.time(8), dt.time(18), online=True, onsite_dates=frozenset())
    slot = _slot(day, start_hour)

    if ONLINE in modes_for(slot, presence, SHANGHAI):
        local = slot.start.astimezone(__import__("zoneinfo").ZoneInfo(zone))
        assert dt.time(8) <= local.time() <= dt.time(17, 30)
