"""Organisers' bulk import (preview, then all or nothing) and export as CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from openpyxl import Workbook, load_workbook

from qiao.accounts.models import Membership, User
from qiao.bulk.domain.exporting import export
from qiao.bulk.domain.files import BulkFileError, detect_format
from qiao.bulk.domain.importing import ImportRefusedError, preview, run_import
from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.organisations.models import Organisation
from qiao.summits.models import Registration
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ORG_HEADER = "key,kind,country,name_zh,name_de,name_en,website,size"


def _csv(*lines: str, bom: bool = False) -> bytes:
    return (("\ufeff" if bom else "") + "\r\n".join(lines) + "\r\n").encode("utf-8")


def _xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _english():
    """Domain messages follow the active language; pages set their own, other calls read English."""
    with translation.override("en"):
        yield


@pytest.fixture
def organiser(client):
    person = UserFactory(role="organiser", username="boss")
    client.force_login(person)
    return person


def _upload(client, kind, content, name="data.csv"):
    return client.post("/en/bulk/", {"kind": kind, "file": SimpleUploadedFile(name, content)})


def test_organisation_csv_with_bom_imports_after_preview(client, organiser):
    content = _csv(
        ORG_HEADER,
        "laser-ag,company,DE,激光公司,Laser AG,Laser Inc,https://laser.example,medium",
        "yuecheng,government,CN,越城区,Bezirk Yuecheng,,,",
        bom=True,
    )

    response = _upload(client, "organisations", content)

    assert response.status_code == 200
    assert 'id="bulk-preview"' in response.content.decode()
    assert Organisation.objects.count() == 0
    token = response.context["token"]
    confirmed = client.post("/en/bulk/confirm/", {"token": token})
    assert confirmed.status_code == 302
    laser = Organisation.objects.get(key="laser-ag")
    assert translated.texts_of(laser.name) == {"zh-hans": "激光公司", "de": "Laser AG", "en": "Laser Inc"}
    assert (laser.country, laser.size, laser.website) == ("DE", "medium", "https://laser.example")
    assert Organisation.objects.get(key="yuecheng").kind == "government"
    entry = AuditEntry.objects.get(action="bulk.imported")
    assert (entry.actor, entry.data["created"], entry.data["kind"]) == (organiser, 2, "organisations")


def test_one_bad_row_shows_row_number_and_writes_nothing(client, organiser):
    content = _csv(
        ORG_HEADER,
        "good,company,DE,,Gut GmbH,,,",
        "bad,company,XX,,Schlecht GmbH,,,",
        "worse,spaceship,DE,,,,,",
    )

    response = _upload(client, "organisations", content)

    html = response.content.decode()
    assert response.status_code == 422
    errors = [(e.row, e.column) for e in response.context["preview"].errors]
    assert errors == [(3, "country"), (4, "kind"), (4, "name_en")]
    assert "“XX” is not an ISO 3166-1 country code" in html
    assert "token" not in response.context
    assert Organisation.objects.count() == 0


def test_error_messages_are_translated(client, organiser):
    content = _csv(ORG_HEADER, "bad,company,XX,,Schlecht GmbH,,,")

    response = client.post("/de/bulk/", {"kind": "organisations", "file": SimpleUploadedFile("d.csv", content)})

    assert response.status_code == 422
    message = response.context["preview"].errors[0].message
    assert "XX" in message
    assert "is not an ISO" not in message


def test_run_import_is_all_or_nothing():
    content = _csv(ORG_HEADER, "good,company,DE,,Gut GmbH,,,", "bad,company,DE,,,,,")

    with pytest.raises(ImportRefusedError) as refused:
        run_import("organisations", content, None, "x.csv")

    assert [(e.row, e.column) for e in refused.value.preview.errors] == [(3, "name_en")]
    assert Organisation.objects.count() == 0
    assert not AuditEntry.objects.filter(action="bulk.imported").exists()


def test_duplicate_rows_are_reported():
    content = _csv(ORG_HEADER, "same,company,DE,,A GmbH,,,", "same,company,DE,,B GmbH,,,")

    result = preview("organisations", content)

    assert [(e.row, e.column) for e in result.errors] == [(3, "key")]
    assert "row 2" in result.errors[0].message


def test_participants_validate_email_role_language_time_zone_and_organisation():
    OrganisationFactory(key="known")
    content = _csv(
        "username,email,first_name,last_name,role,language,time_zone,organisation,job_title",
        "ok,ok@example.org,Li,Wei,officer,zh-hans,Asia/Shanghai,known,Officer",
        "mail,not-an-email,,,visitor,en,UTC,,",
        "role,r@example.org,,,emperor,en,UTC,,",
        "lang,l@example.org,,,visitor,fr,UTC,,",
        "zone,z@example.org,,,visitor,en,Mars/Olympus,,",
        "org,o@example.org,,,visitor,en,UTC,unknown,",
        "boss,b@example.org,,,organiser,en,UTC,,",
    )

    result = preview("participants", content)

    assert [(e.row, e.column) for e in result.errors] == [
        (3, "email"),
        (4, "role"),
        (5, "language"),
        (6, "time_zone"),
        (7, "organisation"),
        (8, "role"),
    ]
    assert [row.row for row in result.rows] == [2]


def test_participants_import_creates_people_and_memberships():
    org = OrganisationFactory(key="yuecheng")
    content = _xlsx(
        [
            ["username", "email", "role", "language", "time_zone", "organisation", "job_title"],
            ["li.wei", "li.wei@example.cn", "officer", "zh-hans", "Asia/Shanghai", "yuecheng", "Officer"],
        ]
    )

    run_import("participants", content, None, "people.xlsx")

    person = User.objects.get(username="li.wei")
    assert (person.role, person.language, person.time_zone, person.has_usable_password()) == (
        "officer",
        "zh-hans",
        "Asia/Shanghai",
        False,
    )
    assert Membership.objects.get(person=person).organisation == org


def test_registrations_validate_event_key_and_mode():
    EventFactory(key="summit-2026")
    UserFactory(username="li.wei")
    content = _csv(
        "event,username,mode,business_hours_start,business_hours_end,onsite_from,onsite_to,max_meetings",
        "summit-2026,li.wei,onsite,09:00,17:00,2026-12-09,2026-12-11,4",
        "summit-1999,li.wei,onsite,,,,,",
        "summit-2026,nobody,online,,,,,",
        "summit-2026,li.wei,online,,,,,",
    )

    result = preview("registrations", content)

    assert [(e.row, e.column) for e in result.errors] == [(3, "event"), (4, "username"), (5, "event, username")]


def test_registrations_from_xlsx_with_real_date_and_time_cells():
    event = EventFactory(key="summit-2026")
    person = UserFactory(username="li.wei")
    content = _xlsx(
        [
            ["event", "username", "mode", "business_hours_start", "business_hours_end", "onsite_from", "max_meetings"],
            ["summit-2026", "li.wei", "onsite", dt.time(9, 30), dt.time(17, 0), dt.date(2026, 12, 9), 4],
        ]
    )

    run_import("registrations", content, None, "r.xlsx")

    registration = Registration.objects.get(event=event, person=person)
    assert (registration.business_hours_start, registration.onsite_from, registration.max_meetings) == (
        dt.time(9, 30),
        dt.date(2026, 12, 9),
        4,
    )


def test_registrations_cross_field_rules_are_row_errors():
    EventFactory(key="summit-2026")
    UserFactory(username="li.wei")
    UserFactory(username="anna")
    content = _csv(
        "event,username,mode,business_hours_start,business_hours_end,onsite_from",
        "summit-2026,li.wei,onsite,18:00,08:00,",
        "summit-2026,anna,online,,,2026-12-09",
    )

    result = preview("registrations", content)

    assert [(e.row, e.column) for e in result.errors] == [(2, "business_hours_end"), (3, "onsite_from")]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_reimport_round_trips(client, organiser, file_format):
    event = EventFactory(key="summit-2026")
    org = OrganisationFactory(
        key="auerbach", name=translated.make("de", de="Auerbach Lasersysteme GmbH", zh="奥尔巴赫激光")
    )
    member = MembershipFactory(
        organisation=org, job_title="CEO", person=UserFactory(username="anna", role="company", language="de")
    )
    Registration.objects.create(event=event, person=member.person, mode="online", max_meetings=3)
    files = {}
    for kind in ("organisations", "participants", "registrations"):
        response = client.get(f"/en/bulk/export/{kind}.{file_format}")
        assert response.status_code == 200
        files[kind] = response.content

    if file_format == "csv":
        rows = list(csv.reader(io.StringIO(files["organisations"].decode("utf-8-sig"))))
    else:
        sheet = load_workbook(io.BytesIO(files["organisations"])).active
        rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows == [
        ORG_HEADER.split(","),
        ["auerbach", "company", "DE", "奥尔巴赫激光", "Auerbach Lasersysteme GmbH", "", "", ""],
    ]

    for kind in ("organisations", "participants", "registrations"):
        result = run_import(kind, files[kind], organiser, f"{kind}.{file_format}")
        assert (result.errors, result.created) == ([], 0)
    assert (
        export("registrations", "csv").decode("utf-8-sig").splitlines()[1] == "summit-2026,anna,online,08:00,18:00,,,3"
    )
    assert Membership.objects.get(person__username="anna").job_title == "CEO"
    assert [export(kind, "csv") for kind in files] == [
        export(kind, "csv") for kind in ("organisations", "participants", "registrations")
    ]


def test_export_quotes_formula_cells_and_import_restores_them():
    OrganisationFactory(key="formula", name=translated.make("en", en="=HYPERLINK(1)"))

    exported = export("organisations", "csv").decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in exported

    result = preview("organisations", exported.encode())
    assert result.errors == []
    assert result.rows[0].values["name_en"] == "=HYPERLINK(1)"


def test_non_organiser_gets_403(client):
    client.force_login(UserFactory(role="company"))

    assert client.get("/en/bulk/").status_code == 403
    assert client.get("/en/bulk/export/organisations.csv").status_code == 403
    assert client.post("/en/bulk/confirm/", {"token": "x"}).status_code == 403
    assert client.get("/en/bulk/format/").status_code == 403


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get("/en/bulk/")

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4\x00\x01\x02\xff\xfe binary", "neither an XLSX workbook nor a CSV file"),
        (b"", "file is empty"),
    ],
)
def test_non_spreadsheet_upload_is_rejected_with_message(client, organiser, content, message):
    response = _upload(client, "organisations", content, name="data.xlsx")

    assert response.status_code == 422
    assert message in response.content.decode()
    assert Organisation.objects.count() == 0


def test_zip_that_is_not_a_workbook_is_rejected():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")

    with pytest.raises(BulkFileError) as rejected:
        detect_format(buffer.getvalue())

    assert "not an Excel workbook" in rejected.value.errors[0]


def test_oversized_file_is_rejected():
    with pytest.raises(BulkFileError) as rejected:
        detect_format(b"a" * (5 * 1024 * 1024 + 1))

    assert "5 MB" in rejected.value.errors[0]


def test_unknown_and_missing_columns_are_reported():
    with pytest.raises(BulkFileError) as rejected:
        preview("organisations", _csv("key,colour", "a,red"))

    assert rejected.value.errors == ["Unknown columns: colour.", "Missing columns: kind, country."]


def test_semicolon_csv_from_german_excel_is_read():
    result = preview("organisations", _csv(ORG_HEADER.replace(",", ";"), "a;company;DE;;A GmbH;;;"))

    assert (result.errors, len(result.rows)) == ([], 1)


def test_format_page_lists_columns(client, organiser):
    response = client.get("/zh-hans/bulk/format/")

    assert response.status_code == 200
    assert "business_hours_start" in response.content.decode()


def test_confirm_rechecks_the_file_and_writes_nothing_if_it_no_longer_fits(client, organiser):
    org = OrganisationFactory(key="known")
    content = _csv(
        "username,email,role,organisation",
        "first,first@example.org,visitor,",
        "second,second@example.org,visitor,known",
    )
    token = _upload(client, "participants", content).context["token"]
    org.delete()

    response = client.post("/en/bulk/confirm/", {"token": token})

    assert response.status_code == 422
    assert [(e.row, e.column) for e in response.context["preview"].errors] == [(3, "organisation")]
    assert not User.objects.filter(username__in=["first", "second"]).exists()


def test_confirm_without_preview_is_404(client, organiser):
    assert client.post("/en/bulk/confirm/", {"token": "forged"}).status_code == 404
