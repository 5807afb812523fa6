"""Pipeline reports: what the cases of an event, district, sector and period add up to.

Everything is read from each case's history, so a report for a past period shows the
stages as they were on its last day. A case "reached" a stage when a move took it to that
stage or a later open one (a case opened at a later stage passed the earlier ones).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from qiao.currencies.domain.conversion import NoRateError, convert
from qiao.currencies.enums import Currency
from qiao.organisations.models import Organisation
from qiao.pipeline.enums import OPEN_STAGES, Stage
from qiao.pipeline.models import Case, CaseEvent
from qiao.sectors.models import Sector
from qiao.summits.models import Event
from qiao.trade.domain.charts import INK, MUTED, WIDTH

INTENT = OPEN_STAGES.index(Stage.INTENT_SIGNED)
LANDED = OPEN_STAGES.index(Stage.OPERATING)
REPORT_CURRENCIES = (Currency.CNY, Currency.EUR, Currency.USD)
TOP_REASONS = 5


@dataclass(frozen=True)
class ReportFilters:
    """What a report covers; None means no restriction (the period runs from the first case to today)."""

    event: Event | None = None
    district: Organisation | None = None
    sector: Sector | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class CaseLine:
    """One case as the report saw it on the period's last day."""

    case: Case
    opened_on: dt.date
    opened_stage: Stage
    stage: Stage
    reached_on: tuple[dt.date | None, ...]  # per open stage, the day the case first got there
    dropped_on: dt.date | None
    dropped_reason: str

    @property
    def intent_on(self) -> dt.date | None:
        return self.reached_on[INTENT]

    @property
    def landed_on(self) -> dt.date | None:
        return self.reached_on[LANDED]


@dataclass(frozen=True)
class StageRow:
    """Cases at a stage on the last day, how many ever reached it and how many went on to the next."""

    stage: Stage
    now: int
    reached: int | None = None  # None for "dropped", which is not a step
    went_on: int | None = None  # None for the last stage
    conversion: Decimal | None = None  # percent of `reached` that reached the next stage


@dataclass(frozen=True)
class MoneyTotal:
    """Committed investment in one currency, the rate days used and the cases left out for want of a rate."""

    currency: str
    amount: Decimal
    rate_dates: tuple[dt.date, ...]
    missing: int


@dataclass
class Report:
    filters: ReportFilters
    as_of: dt.date
    lines: list[CaseLine] = field(default_factory=list)
    intents_signed: int = 0
    stages: list[StageRow] = field(default_factory=list)
    median_days_to_land: Decimal | None = None
    landed_with_intent: int = 0
    investment: list[MoneyTotal] = field(default_factory=list)
    jobs_planned: int = 0
    jobs_created: int = 0
    dropped: int = 0
    reasons: list[tuple[str, int]] = field(default_factory=list)


def report_cases(cases: QuerySet[Case], filters: ReportFilters) -> QuerySet[Case]:
    """Narrow already-permitted cases (from `cases_visible_to`) to the event, district and sector."""
    if filters.event is not None:
        cases = cases.filter(event=filters.event)
    if filters.district is not None:
        cases = cases.filter(district=filters.district)
    if filters.sector is not None:
        cases = cases.filter(project__sectors=filters.sector).distinct()
    return cases.prefetch_related(Prefetch("history", queryset=CaseEvent.objects.order_by("at", "pk")))


def local_day(moment: dt.datetime) -> dt.date:
    """The platform's calendar day of a moment (periods are days in the platform's time zone)."""
    return moment.astimezone(timezone.get_default_timezone()).date()


def build_report(cases: QuerySet[Case], filters: ReportFilters, today: dt.date) -> Report:
    """Every figure of the report for the cases (already narrowed with `report_cases`)."""
    as_of = min(filters.end, today) if filters.end else today  # stages of a day to come are not known yet
    report = Report(filters, as_of)
    for case in cases:
        line = _line(case, as_of)
        if line is not None:
            report.lines.append(line)
    report.lines.sort(key=lambda line: (line.opened_on, line.case.pk))
    report.intents_signed = sum(1 for line in report.lines if _in_period(line.intent_on, filters))
    report.stages = _stage_rows(report.lines)
    report.median_days_to_land, report.landed_with_intent = _median_days(report.lines, filters)
    active = [line for line in report.lines if line.stage != Stage.DROPPED]
    invested = [line for line in active if line.case.investment is not None]
    report.investment = _investment(invested, today)
    report.jobs_planned = sum(line.case.jobs_planned or 0 for line in active)
    report.jobs_created = sum(line.case.jobs_created or 0 for line in active)
    dropped = [line for line in report.lines if line.stage == Stage.DROPPED and _in_period(line.dropped_on, filters)]
    report.dropped = len(dropped)
    report.reasons = _top_reasons(line.dropped_reason for line in dropped)
    return report


def _in_period(day: dt.date | None, filters: ReportFilters) -> bool:
    if day is None:
        return False
    return (filters.start is None or day >= filters.start) and (filters.end is None or day <= filters.end)


def _line(case: Case, as_of: dt.date) -> CaseLine | None:
    """The case on `as_of` from its history, or None if it was opened later.

    A case without history rows (made outside `open_case`) counts as in its stage since `stage_since`.
    """
    history = list(case.history.all()) or [CaseEvent(case=case, to_stage=case.stage, at=case.stage_since)]
    events = [event for event in history if local_day(event.at) <= as_of]
    if not events:
        return None
    reached: list[dt.date | None] = [None] * len(OPEN_STAGES)
    stage = Stage(events[-1].to_stage)
    drop: CaseEvent | None = None
    for event in events:
        if event.to_stage == Stage.DROPPED:
            drop = event
            continue
        index = OPEN_STAGES.index(Stage(event.to_stage))
        for earlier in range(index + 1):
            if reached[earlier] is None:
                reached[earlier] = local_day(event.at)
    if stage != Stage.DROPPED:
        drop = None  # dropped once and reopened since: not a dropped case
    return CaseLine(
        case=case,
        opened_on=local_day(events[0].at),
        opened_stage=Stage(events[0].to_stage),
        stage=stage,
        reached_on=tuple(reached),
        dropped_on=local_day(drop.at) if drop is not None else None,
        dropped_reason=drop.note.strip() if drop is not None else "",
    )


def _percent(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _stage_rows(lines: Sequence[CaseLine]) -> list[StageRow]:
    now = Counter(line.stage for line in lines)
    reached = [sum(1 for line in lines if line.reached_on[i] is not None) for i in range(len(OPEN_STAGES))]
    rows = []
    for i, stage in enumerate(OPEN_STAGES):
        went_on = reached[i + 1] if i + 1 < len(OPEN_STAGES) else None
        conversion = _percent(went_on, reached[i]) if went_on is not None else None
        rows.append(StageRow(stage, now[stage], reached[i], went_on, conversion))
    rows.append(StageRow(Stage.DROPPED, now[Stage.DROPPED]))
    return rows


def _median_days(lines: Sequence[CaseLine], filters: ReportFilters) -> tuple[Decimal | None, int]:
    """Median days from intent to landing of the cases that landed in the period.

    A case opened directly as operating has no intent day of its own and is left out.
    """
    days = []
    for line in lines:
        intent, landed = line.intent_on, line.landed_on
        if intent is None or landed is None or not _in_period(landed, filters):
            continue
        if line.opened_stage == Stage.OPERATING:
            continue
        days.append((landed - intent).days)
    if not days:
        return None, 0
    return Decimal(str(statistics.median(days))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), len(days)


def _investment(lines: Sequence[CaseLine], today: dt.date) -> list[MoneyTotal]:
    """Each case's amount in CNY, EUR and USD at the rates of its intent day (today's if none).

    Amounts of one currency and day are converted together, so each group is rounded once.
    """
    groups: dict[tuple[str, dt.date], list[CaseLine]] = defaultdict(list)
    for line in lines:
        groups[(line.case.currency, line.intent_on or today)].append(line)
    totals = []
    for target in REPORT_CURRENCIES:
        amount, dates, missing = Decimal(0), set(), 0
        for (source, day), members in sorted(groups.items()):
            subtotal = sum((line.case.investment or Decimal(0) for line in members), Decimal(0))
            try:
                converted = convert(subtotal, source, target, day)
            except NoRateError:
                missing += len(members)
                continue
            amount += converted.amount
            if converted.rate_date is not None:
                dates.add(converted.rate_date)
        totals.append(MoneyTotal(target, amount, tuple(sorted(dates)), missing))
    return totals


def _top_reasons(reasons: Iterable[str]) -> list[tuple[str, int]]:
    """The commonest reasons (same text up to case and spacing), most frequent first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for reason in reasons:
        text = " ".join(reason.split())
        key = text.casefold()
        shown.setdefault(key, text)
        counts[key] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], shown[item[0]]))
    return [(shown[key], count) for key, count in ranked[:TOP_REASONS]]


# -- charts -----------------------------------------------------------------------------
# trade.domain.charts draws vertical bars under short month labels; stage names are long
# in every language, so these bars lie flat with the label above each bar. Same palette,
# same accessible frame (role="img", <title>, <desc>), a table with the numbers beside.

ROW = 40
BAR = 16
STAGE_COLOUR, FUNNEL_COLOUR = "#1f5f8b", "#8f1d21"  # the site's accent and brand colours


def horizontal_bars(
    chart_id: str, title: str, desc: str, rows: Sequence[tuple[str, int, str]], colour: str, centred: bool = False
) -> SafeString:
    """One labelled bar per (label, value, value text); `centred` draws a funnel."""
    height = ROW * len(rows) + 8
    top = max((value for _label, value, _text in rows), default=0) or 1
    usable = WIDTH - 8 - 110
    parts = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img"'
            ' aria-labelledby="{}-title {}-desc" class="trade-chart__svg" font-family="system-ui, sans-serif"'
            ' font-size="13"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
            WIDTH,
            height,
            chart_id,
            chart_id,
            chart_id,
            title,
            chart_id,
            desc,
        )
    ]
    for i, (label, value, text) in enumerate(rows):
        y = ROW * i + 4
        width = usable * value / top
        x = 4 + (usable - width) / 2 if centred else 4
        parts.append(
            format_html(
                '<text x="4" y="{}" fill="{}">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>'
                '<text x="{}" y="{}" fill="{}">{}</text>',
                y + 12,
                INK,
                label,
                f"{x:.1f}",
                y + 18,
                f"{max(width, 1):.1f}",
                BAR,
                colour,
                label,
                text,
                f"{x + max(width, 1) + 6:.1f}",
                y + 31,
                MUTED,
                text,
            )
        )
    return mark_safe("".join(parts) + "</svg>")  # noqa: S308 - every part is built with format_html


def stage_chart(report: Report) -> SafeString:
    """Bars of the cases at each stage on the report's last day."""
    rows = [(str(row.stage.label), row.now, formats.number_format(row.now)) for row in report.stages]
    return horizontal_bars(
        "chart-stages",
        _("Cases per stage"),
        _("Number of cases at each stage on %(day)s; the table below gives the same numbers.")
        % {"day": report.as_of.isoformat()},
        rows,
        STAGE_COLOUR,
    )


def funnel_chart(report: Report) -> SafeString:
    """A funnel: how many cases reached each open stage, with the share that came from the stage before."""
    rows = []
    previous: StageRow | None = None
    for row in report.stages:
        if row.reached is None:
            continue
        text = formats.number_format(row.reached)
        if previous is not None and previous.conversion is not None:
            text += f" · {formats.number_format(previous.conversion, 1)} %"
        rows.append((str(row.stage.label), row.reached, text))
        previous = row
    return horizontal_bars(
        "chart-funnel",
        _("Conversion funnel"),
        _("Number of cases that reached each stage and the share of the stage before that went on."),
        rows,
        FUNNEL_COLOUR,
        centred=True,
    )
