"""A project's private advisory thread: who takes part, posting messages, checking attachments."""

from __future__ import annotations

import os
import secrets
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from qiao.accounts.enums import Role
from qiao.accounts.models import User
from qiao.accounts.rules import is_organiser
from qiao.core.domain import audit
from qiao.notifications.domain.notify import notify
from qiao.projects.models import Project
from qiao.reviews.domain.requests import ReviewError
from qiao.reviews.enums import AssignmentStatus
from qiao.reviews.models import AdviceAttachment, AdviceMessage, Assignment

MAX_BYTES = 10 * 1024 * 1024
MAX_BODY = 5000
MAX_NAME = 100
MAX_FILES = 5

_ZIP = b"PK\x03\x04"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class CheckedFile:
    """What an accepted attachment turned out to be, and the safe name it is shown under."""

    content_type: str
    extension: str
    name: str
    size: int


def sniff(upload: IO[bytes]) -> tuple[str, str] | None:
    """(content type, extension) by the file's content: PDF, PNG, JPEG, DOCX or XLSX; else None."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "application/pdf", "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head.startswith(_ZIP):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            upload.seek(0)
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return _DOCX, "docx"
        if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
            return _XLSX, "xlsx"
    return None


def safe_name(given: str, extension: str) -> str:
    """The uploaded name without folders or odd characters, ending in the detected extension."""
    stem = os.path.splitext(os.path.basename(str(given).replace("\\", "/")))[0]
    try:
        stem = get_valid_filename(stem)
    except Exception:
        stem = ""
    stem = stem.strip("._-")[:MAX_NAME] or "attachment"
    return f"{stem}.{extension}"


def check_attachment(upload: IO[bytes], size: int, given_name: str) -> CheckedFile:
    """Accept a PDF, PNG, JPEG, DOCX or XLSX of at most 10 MB, judged by content; else ValidationError."""
    if size <= 0:
        raise ValidationError(_("The file %(name)s is empty."), code="empty", params={"name": given_name})
    if size > MAX_BYTES:
        raise ValidationError(
            _("The file %(name)s is larger than %(max)d MB."),
            code="too_large",
            params={"name": given_name, "max": MAX_BYTES // (1024 * 1024)},
        )
    kind = sniff(upload)
    if kind is None:
        raise ValidationError(
            _("%(name)s is not a PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx) file."),
            code="file_type",
            params={"name": given_name},
        )
    return CheckedFile(kind[0], kind[1], safe_name(given_name, kind[1]), size)


def participants(project: Project) -> QuerySet[User]:
    """Everyone in the thread besides organisers: the project's company, the districts with a
    case for it, the people who asked for its review, and its assigned (not declining) experts."""
    experts = Assignment.objects.filter(request__project=project).exclude(status=AssignmentStatus.DECLINED)
    return User.objects.filter(
        Q(memberships__organisation=project.organisation_id)
        | Q(
            memberships__organisation__pipeline_cases__project=project,
            memberships__organisation__pipeline_cases__deleted_at__isnull=True,
        )
        | Q(pk__in=project.review_requests.values("requested_by"))
        | Q(pk__in=experts.values("expert__person")),
        is_active=True,
    ).distinct()


def takes_part(user: Any, project: Project) -> bool:
    """Whether the person may read and write the project's advisory thread."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(is_organiser(user) or participants(project).filter(pk=user.pk).exists())


def hidden_experts(project: Project) -> set[int]:
    """Accounts of experts whose names the company must not see: assigned to this project's
    requests, none of which reveals its reviewers."""
    assignments = Assignment.objects.filter(request__project=project, expert__person__isnull=False)
    revealed = set(assignments.filter(request__reveal_reviewers=True).values_list("expert__person", flat=True))
    return {pk for pk in assignments.values_list("expert__person", flat=True) if pk not in revealed}


def sees_reviewers(user: Any, project: Project) -> bool:
    """Whether the viewer sees experts' names in the thread: everyone but the project's company."""
    if is_organiser(user):
        return True
    return not user.memberships.filter(organisation=project.organisation_id).exists()


def author_name(author: User, viewer: Any, project: Project, hidden: set[int] | None = None) -> str:
    """The author as the viewer may see them: an unrevealed reviewer is "an expert" to the company."""
    if not sees_reviewers(viewer, project) and author.pk in (hidden_experts(project) if hidden is None else hidden):
        return _("An expert of the think tank")
    return author.get_full_name() or author.get_username()


def post_message(project: Project, by: Any, body: str, files: list[UploadedFile[Any]] | None = None) -> AdviceMessage:
    """Post a message (with checked attachments) to the project's advisory thread.

    Side effects: one AdviceMessage with its attachments stored under random names, one audit
    entry "reviews.advise", a notification (in-app and e-mail) to every other participant
    and to organisers who wrote in the thread before.
    """
    if not takes_part(by, project):
        raise ReviewError(_("You do not take part in this advisory thread."))
    body = str(body or "").strip()
    errors: dict[str, str] = {}
    if not body:
        errors["body"] = _("Write a message.")
    elif len(body) > MAX_BODY:
        errors["body"] = _("Keep the message under %(max)d characters.") % {"max": MAX_BODY}
    files = list(files or [])
    checked: list[CheckedFile] = []
    if len(files) > MAX_FILES:
        errors["attachments"] = _("Attach at most %(max)d files.") % {"max": MAX_FILES}
    else:
        problems = []
        for upload in files:
            try:
                checked.append(check_attachment(upload, upload.size or 0, upload.name or ""))
            except ValidationError as refused:
                problems.extend(refused.messages)
        if problems:
            errors["attachments"] = " ".join(problems)
    if errors:
        raise ReviewError(_("Please correct the message."), errors)
    stored: list[AdviceAttachment] = []
    try:
        with transaction.atomic():
            message = AdviceMessage.objects.create(project=project, author=by, body=body)
            for upload, kind in zip(files, checked, strict=True):
                attachment = AdviceAttachment(
                    message=message, name=kind.name, content_type=kind.content_type, size=kind.size
                )
                upload.seek(0)
                attachment.file.save(f"{secrets.token_hex(16)}.{kind.extension}", upload, save=False)
                stored.append(attachment)
                attachment.save()
            audit.record(by, "reviews.advise", message, project=project.key, attachments=len(checked))
            _notify_others(message, by)
    except Exception:
        for attachment in stored:
            attachment.file.delete(save=False)
        raise
    return message


def _notify_others(message: AdviceMessage, author: Any) -> None:
    project = message.project
    earlier_organisers = User.objects.filter(
        pk__in=AdviceMessage.objects.filter(project=project).values("author")
    ).filter(Q(is_superuser=True) | Q(role=Role.ORGANISER))
    recipients = {u.pk: u for u in [*participants(project), *earlier_organisers] if u.pk != author.pk}
    hidden = hidden_experts(project)
    for recipient in recipients.values():
        with translation.override(recipient.language or "en"):
            url = reverse("reviews:advice", args=[project.key])
            name = author_name(author, recipient, project, hidden)
        notify(recipient, "advice_message", {"message": message, "author_name": name}, url=url)
