"""Organisers' bulk import (upload → preview → confirm) and exports."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.bulk.domain.exporting import export
from qiao.bulk.domain.files import FORMATS, XLSX, BulkFileError
from qiao.bulk.domain.importing import ImportRefusedError, preview, run_import
from qiao.bulk.domain.kinds import KINDS, choices_help
from qiao.bulk.forms import UploadForm
from qiao.core.pending_upload import PendingUpload, refuse_unless_organiser

PENDING = PendingUpload("qiao_bulk_pending", "bulk-pending")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _page(request: HttpRequest, context: dict[str, object], status: int = 200) -> HttpResponse:
    context.setdefault("form", UploadForm())
    context["kinds"] = list(KINDS.values())
    context["formats"] = FORMATS
    return render(request, "bulk/index.html", context, status=status)


def index(request: HttpRequest) -> HttpResponse:
    """Upload a file and see a preview with every row-level error; nothing is written."""
    refused = refuse_unless_organiser(request)
    if refused is not None:
        return refused
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method != "POST":
        return _page(request, {"form": form})
    if not form.is_valid():
        return _page(request, {"form": form}, status=422)
    upload = form.cleaned_data["file"]
    content = upload.read()
    kind = form.cleaned_data["kind"]
    try:
        result = preview(kind, content, request.user)
    except BulkFileError as rejected:
        return _page(request, {"form": form, "file_errors": rejected.errors}, status=422)
    context: dict[str, object] = {"form": form, "preview": result, "filename": upload.name}
    if result.ok:
        context["token"] = PENDING.stash(request, content, filename=upload.name, kind=kind)
    return _page(request, context, status=200 if result.ok else 422)


@require_POST
def confirm(request: HttpRequest) -> HttpResponse:
    """Import the previewed file in one transaction (all rows or none), then forget it."""
    refused = refuse_unless_organiser(request)
    if refused is not None:
        return refused
    pending, content = PENDING.take(request)
    try:
        result = run_import(pending["kind"], content, request.user, pending["filename"])
    except ImportRefusedError as refusal:
        return _page(request, {"preview": refusal.preview, "filename": pending["filename"]}, status=422)
    except BulkFileError as rejected:
        return _page(request, {"file_errors": rejected.errors}, status=422)
    messages.success(
        request,
        _("Imported %(file)s: %(created)d new, %(updated)d updated.")
        % {"file": pending["filename"], "created": result.created, "updated": result.updated},
    )
    return redirect("bulk:index")


def download(request: HttpRequest, kind: str, file_format: str) -> HttpResponse:
    refused = refuse_unless_organiser(request)
    if refused is not None:
        return refused
    if kind not in KINDS or file_format not in FORMATS:
        raise Http404(kind)
    response = HttpResponse(export(kind, file_format), content_type=CONTENT_TYPES[file_format])
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="qiao-{kind}-{stamp}.{file_format}"'
    return response


def format_doc(request: HttpRequest) -> HttpResponse:
    refused = refuse_unless_organiser(request)
    if refused is not None:
        return refused
    return render(request, "bulk/format.html", {"kinds": list(KINDS.values()), "choices": choices_help()})
