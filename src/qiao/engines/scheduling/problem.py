"""Integer-indexed view of an Instance shared by all solvers (fast inner loops).

An assignment is a list with one entry per request: -1 (unscheduled) or an option code
``slot_index * 2 + mode`` (mode 0 onsite, 1 online).
"""

from __future__ import annotations

from collections import defaultdict

from qiao.engines.scheduling.model import MODES, Instance, Meeting, Schedule

ONSITE = 0
ONLINE = 1
MODE_BIT = {"onsite": 1, "online": 2}


class Problem:
    """Compiled instance: slots, people and requests as ints, with per-request options."""

    def __init__(self, instance: Instance, *, prune_dominated: bool = True) -> None:
        self.instance = instance
        self.n_slots = len(instance.slots)
        self.slot_index = {s.id: k for k, s in enumerate(instance.slots)}
        sessions: dict[str, int] = {}
        self.slot_session = [sessions.setdefault(s.session, len(sessions)) for s in instance.slots]
        self.n_sessions = len(sessions)
        members: dict[int, list[int]] = defaultdict(list)
        for k, sess in enumerate(self.slot_session):
            members[sess].append(k)
        # range of list positions a session spans (holes are counted by list position)
        self.session_range = [(min(members[k]), max(members[k])) for k in range(self.n_sessions)]
        self.cap: list[int | None] = []
        for s in instance.slots:
            self.cap.extend((s.tables, s.rooms))
        self.person_index = {p.id: k for k, p in enumerate(instance.participants)}
        self.n_people = len(instance.participants)
        self.max_meetings = [
            self.n_slots if p.max_meetings is None else min(p.max_meetings, self.n_slots) for p in instance.participants
        ]
        self.avail: list[dict[int, int]] = []
        for p in instance.participants:
            masks: dict[int, int] = {}
            for sid, modes in p.available.items():
                bits = 0
                for m in modes:
                    bits |= MODE_BIT[m]
                if bits:
                    masks[self.slot_index[sid]] = bits
            self.avail.append(masks)
        self.request_index = {r.id: k for k, r in enumerate(instance.requests)}
        self.n_requests = len(instance.requests)
        self.ra = [self.person_index[r.a] for r in instance.requests]
        self.rb = [self.person_index[r.b] for r in instance.requests]
        self.rw = [r.weight for r in instance.requests]
        self.person_requests: list[list[int]] = [[] for _ in range(self.n_people)]
        for k in range(self.n_requests):
            self.person_requests[self.ra[k]].append(k)
            self.person_requests[self.rb[k]].append(k)
        self.options: list[list[int]] = [self.common_options(k, prune_dominated) for k in range(self.n_requests)]

    def common_options(self, r: int, prune_dominated: bool = True) -> list[int]:
        """Feasible (slot, mode) codes of request r; onsite is dropped where online is unlimited.

        With unlimited rooms an online meeting is never worse for the objective, so the
        onsite variable is dominated; tables are filled back afterwards (``prefer_onsite``).
        """
        a, b = self.avail[self.ra[r]], self.avail[self.rb[r]]
        if len(b) < len(a):
            a, b = b, a
        out: list[int] = []
        for s, bits_a in a.items():
            both = bits_a & b.get(s, 0)
            if not both:
                continue
            online_free = both & 2 and self.cap[2 * s + 1] is None
            if both & 1 and not (prune_dominated and online_free) and self.cap[2 * s] != 0:
                out.append(2 * s)
            if both & 2 and self.cap[2 * s + 1] != 0:
                out.append(2 * s + 1)
        out.sort()
        return out

    def to_schedule(self, asg: list[int]) -> Schedule:
        """Assignment list to a Schedule (meetings in request order)."""
        slots = self.instance.slots
        meetings = tuple(
            Meeting(request=self.instance.requests[r].id, slot=slots[o >> 1].id, mode=MODES[o & 1])
            for r, o in enumerate(asg)
            if o >= 0
        )
        return Schedule(instance=self.instance.name, meetings=meetings)

    def from_schedule(self, schedule: Schedule) -> list[int]:
        """Schedule to an assignment list (unknown requests/slots are ignored)."""
        asg = [-1] * self.n_requests
        for m in schedule.meetings:
            r = self.request_index.get(m.request)
            s = self.slot_index.get(m.slot)
            if r is not None and s is not None:
                asg[r] = 2 * s + (0 if m.mode == "onsite" else 1)
        return asg

    def weight(self, asg: list[int]) -> int:
        """Total weight of scheduled requests."""
        return sum(w for w, o in zip(self.rw, asg, strict=True) if o >= 0)

    def holes(self, asg: list[int]) -> int:
        """Holes as FORMAT.md counts them (list positions between first and last per session)."""
        spans: dict[tuple[int, int], list[int]] = {}
        for r, o in enumerate(asg):
            if o < 0:
                continue
            s = o >> 1
            for p in (self.ra[r], self.rb[r]):
                key = (p, self.slot_session[s])
                v = spans.get(key)
                if v is None:
                    spans[key] = [s, s, 1]
                else:
                    v[0] = min(v[0], s)
                    v[1] = max(v[1], s)
                    v[2] += 1
        return sum(hi - lo + 1 - n for lo, hi, n in spans.values())

    def max_unscheduled_must(self, asg: list[int]) -> int:
        """Largest number of unscheduled weight-3 requests of any one participant."""
        count = [0] * self.n_people
        for r, o in enumerate(asg):
            if o < 0 and self.rw[r] == 3:
                count[self.ra[r]] += 1
                count[self.rb[r]] += 1
        return max(count, default=0)


class State:
    """Mutable occupancy of an assignment: who is busy when, counts, capacity used."""

    def __init__(self, pb: Problem, asg: list[int] | None = None) -> None:
        self.pb = pb
        self.asg = list(asg) if asg is not None else [-1] * pb.n_requests
        self.busy: list[dict[int, int]] = [{} for _ in range(pb.n_people)]
        self.count = [0] * pb.n_people
        self.used = [0] * (2 * pb.n_slots)
        for r, o in enumerate(self.asg):
            if o >= 0:
                self._occupy(r, o)

    def _occupy(self, r: int, o: int) -> None:
        """Book both participants of r in o's slot and count the capacity."""
        s = o >> 1
        for p in (self.pb.ra[r], self.pb.rb[r]):
            self.busy[p][s] = r
            self.count[p] += 1
        self.used[o] += 1

    def can_place(self, r: int, o: int) -> bool:
        """True when option o of request r fits the current occupancy."""
        pb = self.pb
        s = o >> 1
        a, b = pb.ra[r], pb.rb[r]
        if s in self.busy[a] or s in self.busy[b]:
            return False
        if self.count[a] >= pb.max_meetings[a] or self.count[b] >= pb.max_meetings[b]:
            return False
        cap = pb.cap[o]
        return cap is None or self.used[o] < cap

    def place(self, r: int, o: int) -> None:
        """Schedule request r at option o (caller checked ``can_place``)."""
        self.asg[r] = o
        self._occupy(r, o)

    def remove(self, r: int) -> None:
        """Unschedule request r."""
        o = self.asg[r]
        if o < 0:
            return
        s = o >> 1
        for p in (self.pb.ra[r], self.pb.rb[r]):
            del self.busy[p][s]
            self.count[p] -= 1
        self.used[o] -= 1
        self.asg[r] = -1

    def hole_delta(self, p: int, s: int) -> int:
        """Change in p's holes if p gets a meeting in slot s."""
        pb = self.pb
        sess = pb.slot_session[s]
        lo = hi = -1
        for t in self.busy[p]:
            if pb.slot_session[t] == sess:
                if lo < 0 or t < lo:
                    lo = t
                if t > hi:
                    hi = t
        if lo < 0:
            return 0
        if s < lo:
            return lo - s - 1
        if s > hi:
            return s - hi - 1
        return -1


def prefer_onsite(pb: Problem, asg: list[int], only: set[int] | None = None) -> list[int]:
    """Switch online meetings to onsite where both can meet onsite and tables are free.

    Weight and holes are unchanged; a hybrid summit prefers meetings at the tables.
    ``only``: restrict the switch to these requests (re-scheduling keeps the rest).
    """
    state = State(pb, asg)
    for r, o in enumerate(asg):
        if o < 0 or o & 1 == 0 or (only is not None and r not in only):
            continue
        s = o >> 1
        if pb.avail[pb.ra[r]].get(s, 0) & pb.avail[pb.rb[r]].get(s, 0) & 1:
            cap = pb.cap[2 * s]
            if cap is None or state.used[2 * s] < cap:
                state.used[o] -= 1
                state.used[2 * s] += 1
                state.asg[r] = 2 * s
    return state.asg
