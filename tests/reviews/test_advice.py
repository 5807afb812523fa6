"""The project's private advisory thread: who takes part, attachments checked by content, notifications."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from qiao.accounts.enums import Role
from qiao.notifications.models import Notification
from qiao.pipeline.domain.cases import open_case
from qiao.reviews.domain.advice import check_attachment, post_message, safe_name, takes_part
from qiao.reviews.domain.requests import ReviewError, assign, decline_assignment, request_review
from qiao.reviews.models import AdviceAttachment, AdviceMessage
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def office_file(kind: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml" if kind == "docx" else "xl/workbook.xml", "<x/>")
    return buffer.getvalue()


@pytest.fixture
def thread(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    district = OrganisationFactory(kind="government", country="CN")
    district_member = MembershipFactory(organisation=district, person__role=Role.OFFICER).person
    open_case(world["project"], district, world["organiser"])
    request = request_review(world["project"], world["officer"], world["deadline"])
    assignment = assign(request, world["laser"], world["officer"])
    return world | {"district_member": district_member, "request": request, "assignment": assignment}


def _url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"reviews:{name}", args=args)


def test_every_role_with_a_part_takes_part_and_strangers_do_not(thread):
    project = thread["project"]
    insiders = [
        thread["company"],
        thread["district_member"],
        thread["officer"],
        thread["laser"].person,
        thread["organiser"],
    ]
    strangers = [
        thread["textile"].person,
        UserFactory(role=Role.OFFICER),
        UserFactory(role=Role.COMPANY),
        UserFactory(role=Role.VISITOR),
    ]

    assert [takes_part(u, project) for u in insiders] == [True] * 5
    assert [takes_part(u, project) for u in strangers] == [False] * 4


def test_an_expert_who_declined_leaves_the_thread(thread):
    decline_assignment(thread["assignment"], thread["laser"].person, "No time")

    assert takes_part(thread["laser"].person, thread["project"]) is False


def test_strangers_get_404_on_the_thread_and_its_files(client, thread):
    message = post_message(thread["project"], thread["company"], "Unser Plan", [SimpleUploadedFile("plan.pdf", PDF)])
    attachment = message.attachments.get()
    client.force_login(thread["textile"].person)

    assert client.get(_url("advice", thread["project"].key)).status_code == 404
    assert client.post(_url("advice", thread["project"].key), {"body": "hi"}).status_code == 404
    assert client.get(_url("advice_file", attachment.pk)).status_code == 404
    assert AdviceMessage.objects.count() == 1


def test_posting_notifies_the_other_participants_but_not_the_author(thread):
    post_message(thread["project"], thread["officer"], "Bitte Stellungnahme bis Freitag.")

    recipients = set(Notification.objects.filter(kind="advice_message").values_list("recipient", flat=True))
    assert recipients == {thread["company"].pk, thread["district_member"].pk, thread["laser"].person.pk}


def test_the_company_does_not_learn_an_unrevealed_experts_name(client, thread):
    post_message(thread["project"], thread["laser"].person, "Eine Frage zur Zertifizierung.")
    client.force_login(thread["company"])

    page = client.get(_url("advice", thread["project"].key)).content.decode()
    note = Notification.objects.get(recipient=thread["company"])

    assert "expert-laser" not in page
    assert "An expert of the think tank" in page
    assert "expert-laser" not in note.body
    client.force_login(thread["officer"])
    assert "expert-laser" in client.get(_url("advice", thread["project"].key)).content.decode()


def test_the_company_sees_the_experts_name_once_revealed(client, thread):
    thread["request"].reveal_reviewers = True
    thread["request"].save()
    post_message(thread["project"], thread["laser"].person, "Eine Frage zur Zertifizierung.")
    client.force_login(thread["company"])

    page = client.get(_url("advice", thread["project"].key)).content.decode()

    assert "expert-laser" in page


@pytest.mark.parametrize(
    ("content", "name", "stored_as", "content_type"),
    [
        (PDF, "Angebot 2026.pdf", "Angebot_2026.pdf", "application/pdf"),
        (PNG, "../../etc/plan.png", "plan.png", "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 16, "foto.jpeg", "foto.jpg", "image/jpeg"),
        (
            office_file("docx"),
            "Bericht.docx",
            "Bericht.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            office_file("xlsx"),
            "Zahlen.xlsx",
            "Zahlen.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (PDF, "tarnung.exe", "tarnung.pdf", "application/pdf"),
    ],
)
def test_accepted_files_are_judged_by_content_and_get_safe_names(content, name, stored_as, content_type):
    checked = check_attachment(io.BytesIO(content), len(content), name)

    assert (checked.name, checked.content_type) == (stored_as, content_type)


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"MZ\x90\x00 not a pdf", "rechnung.pdf"),
        (b"PK\x03\x04 broken zip", "bericht.docx"),
        (b"<html><script>alert(1)</script>", "seite.png"),
        (b"", "leer.pdf"),
    ],
)
def test_refused_files_are_not_stored_and_nothing_is_posted(thread, content, name):
    with translation.override("de"), pytest.raises(ReviewError) as refused:
        post_message(thread["project"], thread["company"], "Anbei", [SimpleUploadedFile(name, content)])

    assert list(refused.value.errors) == ["attachments"]
    assert name in refused.value.errors["attachments"]
    assert (AdviceMessage.objects.count(), AdviceAttachment.objects.count()) == (0, 0)


def test_a_file_over_10_mb_is_refused(thread):
    big = SimpleUploadedFile("gross.pdf", PDF + b"0" * (10 * 1024 * 1024))

    with pytest.raises(ReviewError) as refused:
        post_message(thread["project"], thread["company"], "Anbei", [big])

    assert "10 MB" in refused.value.errors["attachments"]
    assert AdviceMessage.objects.count() == 0


def test_an_empty_message_is_refused(thread):
    with pytest.raises(ReviewError) as refused:
        post_message(thread["project"], thread["company"], "   ")

    assert list(refused.value.errors) == ["body"]


def test_safe_name_removes_folders_and_odd_characters():
    assert safe_name("C:\\Users\\x\\<evil>name;.pdf", "pdf") == "evilname.pdf"
    assert safe_name("..", "png") == "attachment.png"


def test_participant_posts_and_downloads_an_attachment_on_the_page(client, thread):
    client.force_login(thread["company"])

    response = client.post(
        _url("advice", thread["project"].key),
        {"body": "Unser Lageplan", "attachments": [SimpleUploadedFile("lageplan.pdf", PDF)]},
    )
    attachment = AdviceAttachment.objects.get()
    client.force_login(thread["laser"].person)
    download = client.get(_url("advice_file", attachment.pk))

    assert response.status_code == 302
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert 'attachment; filename="lageplan.pdf"' in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF
    assert not attachment.file.name.endswith("lageplan.pdf")  # stored under a random name


def test_a_refused_file_on_the_page_shows_the_message(client, thread):
    client.force_login(thread["company"])

    response = client.post(
        _url("advice", thread["project"].key),
        {"body": "Anbei", "attachments": [SimpleUploadedFile("virus.pdf", b"MZ\x90\x00")]},
    )

    assert response.status_code == 200
    assert "virus.pdf is not a PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx) file." in response.content.decode()
    assert AdviceMessage.objects.count() == 0
