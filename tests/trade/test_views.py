"""Public dashboards (headline in zh/de/en, CSP-clean charts) and the organisers' import page."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.templatetags.static import static
from django.test.utils import CaptureQueriesContext

from qiao.core.models import AuditEntry
from qiao.sectors.domain.taxonomy import load_taxonomy
from qiao.sectors.models import Sector
from qiao.trade.domain.importing import import_file
from qiao.trade.domain.samples import MONTHLY_SAMPLE, load_samples
from qiao.trade.models import ImportBatch, TradeFigure
from tests.factories import ProjectFactory, UserFactory
from tests.trade.conftest import HEADER, sample_sum

pytestmark = pytest.mark.django_db

DASHBOARD = "/{lang}/trade/330000/DE/"
HEADLINES = {
    "en": "Jan–Oct 2020 Zhejiang–Germany trade 16.53 bn USD, of which exports 13.08 bn, +8.8 % year on year.",
    "de": "Jan.–Okt. 2020: Handel Zhejiang–Deutschland 16,53 Mrd. USD, davon Exporte 13,08 Mrd., "
    "+8,8 % gegenüber dem Vorjahr.",
    "zh-hans": "2020年1–10月浙江对德贸易额165.3亿美元，其中出口130.8亿美元，同比增长8.8%。",
}


@pytest.fixture
def samples():
    load_samples()


def _headline(html: str) -> str:
    return re.search(r'<p class="trade-headline" id="trade-headline">(.*?)</p>', html).group(1)


def _data_value(html: str, figure_id: str) -> Decimal:
    return Decimal(re.search(rf'id="{figure_id}">.*?<data value="([0-9.]+)">', html, re.S).group(1))


@pytest.mark.parametrize(("lang", "expected"), HEADLINES.items())
def test_dashboard_headline_in_each_language(client, samples, lang, expected):
    response = client.get(DASHBOARD.format(lang=lang))

    assert response.status_code == 200
    assert _headline(response.content.decode()) == expected


@pytest.mark.parametrize("lang", ["en", "de", "zh-hans"])
def test_dashboard_figures_equal_the_sums_of_the_sample_rows(client, samples, lang):
    html = client.get(DASHBOARD.format(lang=lang)).content.decode()
    exports = sample_sum("export", "2020-01", "2020-10")
    imports = sample_sum("import", "2020-01", "2020-10")
    exports_2019 = sample_sum("export", "2019-01", "2019-10")

    assert _data_value(html, "figure-exports") == exports
    assert _data_value(html, "figure-imports") == imports
    assert _data_value(html, "figure-total") == exports + imports
    growth = ((exports / exports_2019 - 1) * 100).quantize(Decimal("0.1"))
    shown = {"en": f"+{growth} %", "de": f"+{growth} %".replace(".", ","), "zh-hans": f"+{growth}%"}[lang]
    assert f'<span id="growth-exports">{shown}</span>' in html


def test_dashboard_is_csp_clean_and_accessible(client, samples):
    html = client.get(DASHBOARD.format(lang="en")).content.decode()

    assert "Growth compares with 2019-01 to 2019-10." in html

    # Scripts only from files the platform serves (CSP script-src 'self'), never inline.
    assert re.findall(r"<script[^>]*>", html) == [f'<script src="{static("qiao/vendor/htmx.min.js")}" defer>']
    assert "<style" not in html
    assert " style=" not in html
    assert html.count("<svg") == 2
    assert '<title id="trade-bars-title">' in html
    assert '<desc id="trade-ytd-desc">' in html
    assert '<table class="data-table" id="trade-months">' in html
    assert "trade/trade.css" in html


def test_dashboard_links_hs_chapters_to_sectors_and_counts_projects(client, samples):
    load_taxonomy()
    ProjectFactory().sectors.add(Sector.objects.get(code="C28"))
    ProjectFactory(visibility="private").sectors.add(Sector.objects.get(code="C28"))

    html = client.get(DASHBOARD.format(lang="en")).content.decode()

    chapters = html[html.index('id="trade-chapters"') :]
    assert "84 Nuclear reactors" in chapters
    assert "C28 Manufacture of machinery and equipment n.e.c. (1)" in chapters
    assert "1 project on the platform is in a sector linked to these chapters." in chapters


def test_dashboard_in_cny_names_the_rate_dates(client, samples):
    from qiao.currencies.models import ExchangeRate

    ExchangeRate.objects.create(currency="USD", valid_on="2019-01-01", cny_per_unit=Decimal("7"))

    html = client.get(DASHBOARD.format(lang="en") + "?currency=CNY").content.decode()

    assert _data_value(html, "figure-total") == Decimal(16_530_000_000 * 7)
    assert "exchange rates of 2019-01-01" in html


def test_dashboard_without_rates_falls_back_to_usd(client, samples):
    html = client.get(DASHBOARD.format(lang="en") + "?currency=EUR").content.decode()

    assert "No exchange rate" in html
    assert "16.53 bn USD" in html


def test_unknown_reporter_is_404(client):
    assert client.get("/en/trade/999999/DE/").status_code == 404


def _count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_pages_use_as_many_queries_for_many_rows_as_for_few(client):
    load_taxonomy()
    rows = "ZJ,DE,2020-10,export,1,USD,\nZJ,DE,2020-10,import,1,USD,\nZJ,DE,2020-10,export,1,USD,84\n"
    import_file((HEADER + rows).encode(), "few.csv", "monthly")
    few = [_count_queries(client, url) for url in ("/en/trade/", DASHBOARD.format(lang="en"))]

    load_samples()
    import_file(
        (HEADER + "JS,FR,2020-01,export,1,USD,\n330600,US,2020-01,export,1,USD,\n").encode(), "m.csv", "monthly"
    )

    many = [_count_queries(client, url) for url in ("/en/trade/", DASHBOARD.format(lang="en"))]
    assert many == few


def test_admin_changelists_do_not_query_per_row(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    import_file((HEADER + "ZJ,DE,2020-01,export,1,USD,\n").encode(), "few.csv", "monthly")
    few = [_count_queries(client, f"/en/admin/trade/{m}/") for m in ("tradefigure", "importbatch", "reporter")]

    load_samples()
    import_file((HEADER + "ZJ,DE,2021-01,export,1,USD,\n").encode(), "more.csv", "monthly")

    many = [_count_queries(client, f"/en/admin/trade/{m}/") for m in ("tradefigure", "importbatch", "reporter")]
    assert many == few


# The import page ----------------------------------------------------------------------------

IMPORT = "/en/trade/import/"


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(IMPORT)

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("role", ["visitor", "officer", "company", "expert"])
def test_non_organisers_are_refused(client, role):
    client.force_login(UserFactory(role=role))

    assert client.get(IMPORT).status_code == 403
    assert client.post("/en/trade/import/confirm/", {"token": "x"}).status_code == 403


@pytest.fixture
def organiser_client(client):
    client.force_login(UserFactory(role="organiser"))
    return client


def test_upload_shows_a_preview_and_stores_nothing_until_confirmed(organiser_client):
    with MONTHLY_SAMPLE.open("rb") as handle:
        response = organiser_client.post(IMPORT, {"file": handle, "layout": "monthly"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="import-preview"' in html
    assert TradeFigure.objects.count() == ImportBatch.objects.count() == 0

    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    response = organiser_client.post("/en/trade/import/confirm/", {"token": token})

    assert response.status_code == 302
    assert TradeFigure.objects.count() > 0
    batch = ImportBatch.objects.get()
    assert batch.actor.role == "organiser"
    assert AuditEntry.objects.get(action="trade.imported").actor == batch.actor
    assert organiser_client.post("/en/trade/import/confirm/", {"token": token}).status_code == 404


def test_upload_of_a_bad_file_lists_row_errors_and_stores_nothing(organiser_client, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-13,export,-4,USD,\n", encoding="utf-8")

    with bad.open("rb") as handle:
        response = organiser_client.post(IMPORT, {"file": handle, "layout": "monthly"})

    html = response.content.decode()
    assert response.status_code == 422
    assert "Row 3: period “2020-13” is not a month written YYYY-MM." in html
    assert "Row 3: value -4 is negative." in html
    assert TradeFigure.objects.count() == ImportBatch.objects.count() == 0


def test_upload_over_the_size_limit_is_refused(organiser_client, tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(HEADER.encode() + b"#" * (5 * 1024 * 1024 + 1))

    with big.open("rb") as handle:
        response = organiser_client.post(IMPORT, {"file": handle, "layout": "monthly"})

    assert "larger than 5 MB" in response.content.decode()
    assert ImportBatch.objects.count() == 0


def test_import_page_links_the_format_documentation(organiser_client):
    html = organiser_client.get(IMPORT).content.decode()

    assert 'href="/en/trade/format/"' in html
    assert "hs_chapter" in organiser_client.get("/en/trade/format/").content.decode()


def test_dashboard_period_can_be_chosen(client, samples):
    html = client.get(DASHBOARD.format(lang="en") + "?from=2020-03&to=2020-03").content.decode()

    assert _headline(html).startswith("Mar 2020 Zhejiang–Germany trade")
    assert _data_value(html, "figure-exports") == sample_sum("export", "2020-03", "2020-03")
    assert "Growth compares with 2019-03 to 2019-03." in html


def test_bad_month_in_the_query_is_a_message_not_an_error(client, samples):
    response = client.get(DASHBOARD.format(lang="en") + "?to=2020-99")

    assert response.status_code == 200
    assert "is not a month written YYYY-MM" in response.content.decode()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Zeile 3: Wert -4 ist negativ."),
        ("zh-hans", "第3行：数值-4为负数。"),
        ("en", "Row 3: value -4 is negative."),
    ],
)
def test_row_errors_are_in_the_organisers_language(organiser_client, tmp_path, lang, expected):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-02,export,-4,USD,\n", encoding="utf-8")

    with bad.open("rb") as handle:
        response = organiser_client.post(f"/{lang}/trade/import/", {"file": handle, "layout": "monthly"})

    assert expected in response.content.decode()
    assert TradeFigure.objects.count() == 0
