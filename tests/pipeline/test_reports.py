"""Pipeline reports: figures recomputed by hand from explicit histories and rates, exports read back, permissions."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import statistics
import zoneinfo
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from openpyxl import load_workbook
from pypdf import PdfReader

from qiao.accounts.enums import Role
from qiao.core import translated
from qiao.currencies.models import ExchangeRate
from qiao.pipeline.enums import OPEN_STAGES, Stage
from qiao.pipeline.models import Case, CaseEvent
from qiao.sectors.models import Sector
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, ProjectFactory, UserFactory
from tests.pdf_files import assert_chinese_is_embedded, text_of

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
CHAIN = [str(stage) for stage in OPEN_STAGES]


def _day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(hour=10, tzinfo=SHANGHAI)


def _case(project, district, steps, *, event=None, investment=None, currency="EUR", planned=None, created=None):
    """A case with exactly this history: [(stage, "YYYY-MM-DD", note), ...], oldest first."""
    last_stage, last_day = steps[-1][0], _day(steps[-1][1])
    case = Case.objects.create(
        project=project,
        district=district,
        event=event,
        stage=last_stage,
        stage_since=last_day,
        investment=investment,
        currency=currency,
        jobs_planned=planned,
        jobs_created=created,
        dropped_reason=steps[-1][2] if last_stage == Stage.DROPPED else "",
    )
    previous = ""
    for stage, day, note in steps:
        CaseEvent.objects.create(case=case, from_stage=previous, to_stage=stage, at=_day(day), note=note)
        previous = stage
    return case


def _walk(start: str, *days: str) -> list[tuple[str, str, str]]:
    """Consecutive stages from `start`, one per day given."""
    first = CHAIN.index(start)
    return [(CHAIN[first + i], day, "") for i, day in enumerate(days)]


class Scene:
    """Two districts, a sector each for two projects, four exchange rates and eight cases."""

    def __init__(self) -> None:
        for currency, day, rate in (
            ("EUR", dt.date(2021, 3, 1), "7.80"),
            ("USD", dt.date(2021, 3, 1), "6.50"),
            ("EUR", dt.date(2021, 6, 1), "8.00"),
            ("USD", dt.date(2021, 6, 1), "6.40"),
        ):
            ExchangeRate.objects.create(currency=currency, valid_on=day, cny_per_unit=Decimal(rate))
        self.yuecheng = OrganisationFactory(
            key="cn-yuecheng", kind="government", country="CN", name=translated.make("zh", zh="越城区", en="Yuecheng")
        )
        self.keqiao = OrganisationFactory(
            key="cn-keqiao", kind="government", country="CN", name=translated.make("zh", zh="柯桥区", en="Keqiao")
        )
        self.officer = UserFactory(role=Role.OFFICER)
        MembershipFactory(person=self.officer, organisation=self.yuecheng)
        self.keqiao_officer = UserFactory(role=Role.OFFICER)
        MembershipFactory(person=self.keqiao_officer, organisation=self.keqiao)
        self.company_rep = UserFactory(role=Role.COMPANY)
        self.organiser = UserFactory(role=Role.ORGANISER)
        self.event = EventFactory(key="summit-2021")
        self.machinery = Sector.objects.create(code="T28", name=translated.make("en", en="Test machinery"))
        self.vehicles = Sector.objects.create(code="T29", name=translated.make("en", en="Test vehicles"))

        lasers = ProjectFactory(title=translated.make("de", de="Laserwerk Shaoxing"))
        lasers.sectors.add(self.machinery)
        MembershipFactory(person=self.company_rep, organisation=lasers.organisation)
        e = self.event
        all_days = ("2021-01-05", "2021-01-10", "2021-02-01", "2021-03-10", "2021-04-01", "2021-05-01", "2021-06-01")
        self.a = _case(
            lasers,
            self.yuecheng,
            _walk("lead", *all_days, "2021-07-10"),
            event=e,
            investment=Decimal("1000000"),
            currency="EUR",
            planned=50,
            created=40,
        )
        gears = ProjectFactory(title=translated.make("de", de="Getriebe Binhai"))
        gears.sectors.add(self.machinery)
        self.b = _case(
            gears,
            self.yuecheng,
            _walk(
                "lead",
                "2021-02-01",
                "2021-02-15",
                "2021-03-01",
                "2021-06-15",
                "2021-07-01",
                "2021-08-01",
                "2021-09-01",
                "2021-10-25",
            ),
            event=e,
            investment=Decimal("2000000"),
            currency="USD",
            planned=30,
            created=10,
        )
        cars = ProjectFactory(title=translated.make("de", de="Autoteile Keqiao"))
        cars.sectors.add(self.vehicles)
        self.c = _case(
            cars,
            self.yuecheng,
            [
                *_walk("lead", "2021-01-20", "2021-02-10", "2021-03-05", "2021-04-01"),
                ("dropped", "2021-05-01", "Site too expensive"),
            ],
            event=e,
            investment=Decimal("500000"),
            currency="EUR",
            planned=20,
            created=0,
        )
        self.d = _case(
            ProjectFactory(),
            self.yuecheng,
            [*_walk("lead", "2021-03-01", "2021-03-10"), ("dropped", "2021-03-20", "site  too EXPENSIVE ")],
        )
        self.e = _case(
            ProjectFactory(),
            self.yuecheng,
            _walk("met", "2021-05-01", "2021-08-01"),
            investment=Decimal("3000000"),
            currency="CNY",
            planned=100,
            created=0,
        )
        self.f = _case(
            ProjectFactory(),
            self.yuecheng,
            _walk("lead", "2021-09-01"),
            investment=Decimal("100000"),
            currency="EUR",
            planned=5,
        )
        self.g = _case(
            ProjectFactory(title=translated.make("de", de="Nur in Keqiao")),
            self.keqiao,
            _walk("lead", "2021-01-01", "2021-02-01", "2021-03-01", "2021-03-15"),
            event=e,
            investment=Decimal("9999"),
        )
        self.deleted = _case(ProjectFactory(), self.yuecheng, _walk("intent_signed", "2021-03-20"))
        Case.objects.filter(pk=self.deleted.pk).update(deleted_at=timezone.now())


@pytest.fixture
def scene() -> Scene:
    return Scene()


def _url(name: str, *args: object, language: str = "en", **query: str) -> str:
    with translation.override(language):
        url = reverse(name, args=args)
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def _figure(page: str, figure_id: str) -> str:
    match = re.search(rf'id="{figure_id}".*?<data value="([^"]*)"', page, re.S)
    assert match, figure_id
    return match.group(1)


def _stage_cells(page: str, stage: str) -> list[str]:
    row = re.search(rf'<tr id="stage-{stage}">(.*?)</tr>', page, re.S)
    assert row, stage
    return re.findall(r'data-value="([^"]*)"', row.group(1))


def _rates(page: str, currency: str) -> list[str]:
    block = re.search(rf'id="figure-investment-{currency}".*?</small>', page, re.S)
    assert block
    return re.findall(r'<time datetime="([^"]+)"', block.group(0))


# -- figures ---------------------------------------------------------------------------------


def test_report_for_a_district_matches_hand_arithmetic(client, scene) -> None:
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", district="cn-yuecheng")).content.decode()

    # A, B, C and E signed; D never did, F is a lead, G is Keqiao's, the deleted case is gone.
    assert _figure(page, "figure-intents") == "4"
    # A: 2021-03-10 → 2021-07-10 = 122 days; B: 2021-06-15 → 2021-10-25 = 132 days.
    assert _figure(page, "figure-median") == "127.0"
    # Stages today: A, B operating; C, D dropped; E at intent; F a lead.
    expected_now = {"lead": "1", "intent_signed": "1", "operating": "2", "dropped": "2"}
    for stage in [*CHAIN, "dropped"]:
        assert _stage_cells(page, stage)[0] == expected_now.get(stage, "0"), stage
    # Reached: 6 leads (E was opened at "met"), 5 contacted, 4 met, 4 intents, 2 from contract on.
    assert _stage_cells(page, "lead") == ["1", "6", "5", "83.3"]
    assert _stage_cells(page, "contacted") == ["0", "5", "4", "80.0"]
    assert _stage_cells(page, "met") == ["0", "4", "4", "100.0"]
    assert _stage_cells(page, "intent_signed") == ["1", "4", "2", "50.0"]
    assert _stage_cells(page, "site_secured") == ["0", "2", "2", "100.0"]
    assert _stage_cells(page, "operating") == ["2", "2", "", ""]
    # Not dropped: A (EUR at 2021-03-01 rates), B (USD, 06-01), E (CNY, 06-01), F (EUR, today: 06-01).
    # CNY 7 800 000 + 12 800 000 + 3 000 000 + 800 000; EUR 1 000 000 + 1 600 000 + 375 000 + 100 000;
    # USD 1 200 000 + 2 000 000 + 468 750 + 125 000.
    assert _figure(page, "figure-investment-cny") == "24400000.00"
    assert _figure(page, "figure-investment-eur") == "3075000.00"
    assert _figure(page, "figure-investment-usd") == "3793750.00"
    assert _rates(page, "cny") == ["2021-03-01", "2021-06-01"]
    assert _rates(page, "eur") == ["2021-06-01"]
    assert _rates(page, "usd") == ["2021-03-01", "2021-06-01"]
    assert _figure(page, "figure-jobs-planned") == "185"
    assert _figure(page, "figure-jobs-created") == "50"
    assert _figure(page, "figure-dropped") == "2"
    assert re.search(r'id="report-reasons">\s*<li>Site too expensive <span class="kind">2 cases', page)
    assert "Nur in Keqiao" not in page
    assert 'id="chart-stages-title"' in page
    assert 'id="chart-funnel-title"' in page


def test_report_for_a_period_reads_the_stages_of_its_last_day(client, scene) -> None:
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", district="cn-yuecheng", start="2021-04-01", end="2021-07-31")).content
    page = page.decode()

    # F opened after the period. On 2021-07-31: A operating, B at contract, C and D dropped, E at "met".
    assert "5 cases opened by 2021-07-31" in page
    assert _figure(page, "figure-intents") == "2"  # B on 06-15 and C on 04-01; A (03-10) and E (08-01) outside
    assert _figure(page, "figure-median") == "122.0"  # only A landed in the period
    assert _stage_cells(page, "contract_signed")[0] == "1"
    assert _stage_cells(page, "met") == ["1", "4", "3", "75.0"]
    assert _stage_cells(page, "intent_signed") == ["0", "3", "2", "66.7"]
    assert _stage_cells(page, "contract_signed") == ["1", "2", "1", "50.0"]
    # Not dropped on 07-31: A, B and E (not signed by then: today's rates, 2021-06-01).
    assert _figure(page, "figure-investment-cny") == "23600000.00"
    assert _figure(page, "figure-investment-eur") == "2975000.00"
    assert _figure(page, "figure-investment-usd") == "3668750.00"
    assert _figure(page, "figure-jobs-planned") == "180"
    assert _figure(page, "figure-dropped") == "1"  # C on 05-01; D was dropped before the period


def test_report_filters_by_sector_and_event(client, scene) -> None:
    client.force_login(scene.organiser)

    vehicles = client.get(_url("pipeline:report", sector="T29")).content.decode()
    summit = client.get(_url("pipeline:report", event="summit-2021")).content.decode()

    assert "1 case opened by" in vehicles
    assert "Autoteile Keqiao" in vehicles
    assert _figure(vehicles, "figure-dropped") == "1"
    assert "4 cases opened by" in summit  # A, B, C and Keqiao's G
    assert _figure(summit, "figure-intents") == "4"
    assert _figure(summit, "figure-investment-eur") == str(  # A and G; B in USD at 8.00/6.40; C dropped
        (Decimal("1000000") + Decimal("9999") + Decimal("1600000")).quantize(Decimal("0.01"))
    )


def test_missing_rate_leaves_the_case_out_and_says_so(client, scene) -> None:
    ExchangeRate.objects.filter(currency="USD").delete()
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", district="cn-yuecheng")).content.decode()

    # EUR needs no USD rate except for B (USD): B is left out of EUR and CNY; USD needs a USD rate for A, E, F.
    assert _figure(page, "figure-investment-eur") == "1475000.00"
    assert "1 case left out: no exchange rate on record" in page
    assert _figure(page, "figure-investment-usd") == "2000000.00"
    assert "3 cases left out: no exchange rate on record" in page


def test_reopened_case_counts_at_its_stage_and_a_case_opened_as_operating_has_no_median(client, scene) -> None:
    district = OrganisationFactory(key="cn-binhai", kind="government", country="CN")
    _case(
        ProjectFactory(),
        district,
        [
            *_walk("lead", "2021-01-01", "2021-01-02", "2021-01-03"),
            ("dropped", "2021-01-04", "No land"),
            ("met", "2021-01-05", ""),
        ],
    )
    _case(ProjectFactory(), district, [("operating", "2021-02-01", "")], planned=7, created=7)
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", district="cn-binhai")).content.decode()

    assert _stage_cells(page, "met")[0] == "1"
    assert _stage_cells(page, "dropped")[0] == "0"
    assert _figure(page, "figure-dropped") == "0"
    assert _stage_cells(page, "operating")[0] == "1"
    assert _figure(page, "figure-intents") == "1"  # opened as operating: it passed the intent that day
    assert _figure(page, "figure-median") == ""  # but no intent of its own to count days from
    assert _figure(page, "figure-jobs-created") == "7"


def test_period_ending_in_the_future_reports_the_stages_of_today(client, scene) -> None:
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", district="cn-yuecheng", end="2999-12-31")).content.decode()

    today = timezone.localdate(timezone=SHANGHAI).isoformat()
    assert f"6 cases opened by {today}" in page


def test_report_page_in_german_uses_german_labels_and_numbers(client, scene) -> None:
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", language="de", district="cn-yuecheng")).content.decode()

    assert "Bericht zur Investitionspipeline" in page
    assert "Im Zeitraum unterzeichnete Absichtserklärungen" in page
    assert "3.075.000,00 EUR" in page
    assert "Kurse vom" in page


def test_board_links_to_the_report(client, scene) -> None:
    client.force_login(scene.officer)

    board = client.get(_url("pipeline:board")).content.decode()

    assert f'href="{_url("pipeline:report")}"' in board


# -- exports ---------------------------------------------------------------------------------


def test_csv_export_has_a_bom_and_reads_back(client, scene) -> None:
    client.force_login(scene.organiser)

    response = client.get(_url("pipeline:report_export", "csv", district="cn-yuecheng"))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    figures = {row[0]: row[1:] for row in rows if row}
    assert figures["District"] == ["Yuecheng"]
    assert figures["Letters of intent signed in the period"] == ["4", ""]
    assert figures["Committed investment (USD)"] == ["3793750.00", "rates of 2021-03-01, 2021-06-01"]
    assert figures["Operating (landed)"] == ["2", "2", "", ""]
    assert figures["Reason for dropping"] == ["Cases"]
    assert figures["Site too expensive"] == ["2"]
    header = rows.index(next(row for row in rows if row and row[0] == "Project"))
    cases = rows[header + 1 :]
    assert len(cases) == 6
    assert [
        cases[0][0],
        cases[0][4],
        cases[0][6],
        cases[0][7],
        cases[0][8],
        cases[0][9],
    ] == ["Laserwerk Shaoxing", "Operating (landed)", "2021-03-10", "2021-07-10", "1000000.00", "EUR"]


def test_csv_export_in_chinese_keeps_chinese_names(client, scene) -> None:
    client.force_login(scene.organiser)

    response = client.get(_url("pipeline:report_export", "csv", language="zh-hans", district="cn-yuecheng"))

    text = response.content.decode("utf-8-sig")
    assert "越城区" in text


def test_xlsx_export_has_figures_and_cases_sheets(client, scene) -> None:
    client.force_login(scene.organiser)

    response = client.get(_url("pipeline:report_export", "xlsx", district="cn-yuecheng"))

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Figures", "Cases"]
    figures = {row[0]: row[1:] for row in workbook["Figures"].iter_rows(values_only=True) if row[0]}
    assert figures["Committed investment (EUR)"][0] == 3075000
    assert figures["Jobs planned"][0] == 185
    assert figures["Lead"][:4] == (1, 6, 5, 83.3)
    cases = list(workbook["Cases"].iter_rows(values_only=True))
    assert len(cases) == 7
    assert sorted(row[0] for row in cases[1:])[:2] == ["Autoteile Keqiao", "Getriebe Binhai"]


def test_formula_like_text_is_quoted_in_spreadsheets(client, scene) -> None:
    CaseEvent.objects.filter(case=scene.d, to_stage="dropped").update(note="=HYPERLINK(1)")
    client.force_login(scene.organiser)

    workbook = load_workbook(io.BytesIO(client.get(_url("pipeline:report_export", "xlsx")).content))
    text = client.get(_url("pipeline:report_export", "csv")).content.decode("utf-8-sig")

    reasons = [row[0] for row in workbook["Figures"].iter_rows(values_only=True) if row[0] and "HYPERLINK" in row[0]]
    assert reasons == ["'=HYPERLINK(1)"]
    assert "'=HYPERLINK(1)" in text


@pytest.mark.parametrize(
    ("language", "title", "figure"),
    [("en", "Investment pipeline report", "3,075,000"), ("de", "Bericht zur Investitionspipeline", "3.075.000")],
)
def test_pdf_report_states_title_filters_and_figures_in_the_language(client, scene, language, title, figure) -> None:
    client.force_login(scene.organiser)

    response = client.get(_url("pipeline:report_export", "pdf", language=language, district="cn-yuecheng"))

    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert title in text
    assert "Yuecheng" in text
    assert figure in text
    assert "2021-03-01, 2021-06-01" in text


def test_pdf_report_in_chinese(client, scene) -> None:
    client.force_login(scene.organiser)

    response = client.get(_url("pipeline:report_export", "pdf", language="zh-hans", district="cn-yuecheng"))

    text = text_of(response.content)
    assert "招商项目推进报告" in text
    assert "越城区" in text
    assert_chinese_is_embedded(response.content)


# -- permissions and bad input -----------------------------------------------------------------


def test_anonymous_is_sent_to_sign_in(client, scene) -> None:
    response = client.get(_url("pipeline:report"))
    export = client.get(_url("pipeline:report_export", "csv"))

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert export.status_code == 302


def test_officer_sees_only_their_district(client, scene) -> None:
    client.force_login(scene.officer)

    page = client.get(_url("pipeline:report")).content.decode()
    other = client.get(_url("pipeline:report", district="cn-keqiao"))

    assert "6 cases opened by" in page
    assert "Nur in Keqiao" not in page
    assert '<option value="cn-keqiao"' not in page
    assert other.status_code == 400
    assert "Nur in Keqiao" not in other.content.decode()


def test_other_officer_and_company_see_only_their_cases(client, scene) -> None:
    client.force_login(scene.keqiao_officer)
    keqiao = client.get(_url("pipeline:report")).content.decode()
    client.force_login(scene.company_rep)
    company = client.get(_url("pipeline:report")).content.decode()

    assert "1 case opened by" in keqiao
    assert "Nur in Keqiao" in keqiao
    assert "1 case opened by" in company
    assert "Laserwerk Shaoxing" in company
    assert _figure(company, "figure-investment-eur") == "1000000.00"


def test_visitor_without_cases_gets_an_empty_report(client, scene) -> None:
    client.force_login(UserFactory(role=Role.VISITOR))

    page = client.get(_url("pipeline:report")).content.decode()
    rows = list(csv.reader(io.StringIO(client.get(_url("pipeline:report_export", "csv")).content.decode("utf-8-sig"))))

    assert "0 cases opened by" in page
    assert _figure(page, "figure-investment-eur") == "0"
    assert rows[-1][0] == "Project"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2021-08-01", "end": "2021-07-01"}, "The period ends before it starts"),
        ({"start": "2021-13-45"}, "Enter a valid date."),
        ({"event": "no-such-summit"}, "Select a valid choice."),
        ({"sector": "X99"}, "Select a valid choice."),
    ],
)
def test_bad_filters_are_form_errors_not_failures(client, scene, query, message) -> None:
    client.force_login(scene.organiser)

    page = client.get(_url("pipeline:report", **query))
    export = client.get(_url("pipeline:report_export", "xlsx", **query))

    assert page.status_code == 400
    assert message in page.content.decode()
    assert 'id="report-errors"' in page.content.decode()
    assert export.status_code == 400
    assert export["Content-Type"].startswith("text/html")


def test_unknown_export_format_is_not_found(client, scene) -> None:
    client.force_login(scene.organiser)

    assert client.get(_url("pipeline:report_export", "docx")).status_code == 404


def test_report_page_queries_do_not_grow_with_cases(client, scene) -> None:
    client.force_login(scene.organiser)
    client.get(_url("pipeline:report", district="cn-keqiao"))
    with CaptureQueriesContext(connection) as one_case:
        client.get(_url("pipeline:report", district="cn-keqiao"))
    for i in range(3):
        _case(ProjectFactory(), scene.keqiao, _walk("lead", f"2021-0{i + 1}-02", f"2021-0{i + 1}-03"))

    with CaptureQueriesContext(connection) as four_cases:
        response = client.get(_url("pipeline:report", district="cn-keqiao"))

    assert "4 cases opened by" in response.content.decode()
    assert len(four_cases) == len(one_case)


# -- the demo ----------------------------------------------------------------------------------


def _local(moment: dt.datetime) -> dt.date:
    return moment.astimezone(SHANGHAI).date()


def _rate(currency: str, day: dt.date) -> Decimal:
    if currency == "CNY":
        return Decimal(1)
    return ExchangeRate.objects.filter(currency=currency, valid_on__lte=day).latest("valid_on").cny_per_unit


def test_demo_report_page_matches_an_independent_recomputation(client) -> None:
    from qiao.demo.domain.loader import load_demo

    load_demo(None)
    organiser = UserFactory(role=Role.ORGANISER)
    client.force_login(organiser)

    page = client.get(_url("pipeline:report")).content.decode()

    cases = list(Case.objects.filter(deleted_at__isnull=True))
    signed_stages = CHAIN[CHAIN.index("intent_signed") :]
    intent_day: dict[int, dt.date] = {}
    for event in CaseEvent.objects.filter(case__in=cases, to_stage__in=signed_stages).order_by("at"):
        intent_day.setdefault(event.case_id, _local(event.at))
    landed_day = {
        e.case_id: _local(e.at) for e in CaseEvent.objects.filter(case__in=cases, to_stage="operating").order_by("-at")
    }
    assert len(cases) > 0
    assert f"{len(cases)} cases opened by" in page
    for case in cases:
        assert escape(translated.resolve(case.project.title, "en").text) in page
    assert _figure(page, "figure-intents") == str(len(intent_day))
    for stage in [*CHAIN, "dropped"]:
        assert _stage_cells(page, stage)[0] == str(sum(1 for case in cases if case.stage == stage)), stage
    opened_landed = set(
        CaseEvent.objects.filter(case__in=cases, from_stage="", to_stage="operating").values_list("case_id", flat=True)
    )
    days = [(landed_day[pk] - intent_day[pk]).days for pk in landed_day if pk in intent_day and pk not in opened_landed]
    median = Decimal(str(statistics.median(days))).quantize(Decimal("0.1"), ROUND_HALF_UP) if days else ""
    assert _figure(page, "figure-median") == str(median)
    active = [case for case in cases if case.stage != "dropped"]
    today = timezone.localdate(timezone=SHANGHAI)
    for target in ("CNY", "EUR", "USD"):
        total = Decimal(0)
        counted = [case for case in active if case.investment is not None]
        for case in counted:
            day = intent_day.get(case.pk, today)
            total += case.investment * _rate(case.currency, day) / _rate(target, day)
        shown = Decimal(_figure(page, f"figure-investment-{target.lower()}"))
        # The page rounds each (currency, day) group to cents: at most a cent per case apart.
        assert abs(shown - total.quantize(Decimal("0.01"), ROUND_HALF_UP)) <= Decimal("0.01") * max(len(counted), 1)
    assert _figure(page, "figure-jobs-planned") == str(sum(case.jobs_planned or 0 for case in active))
    assert _figure(page, "figure-jobs-created") == str(sum(case.jobs_created or 0 for case in active))
