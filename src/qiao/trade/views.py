"""Thin views: the public dashboards and the organisers' import page."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.rules import is_organiser
from qiao.currencies.domain.conversion import NoRateError
from qiao.currencies.enums import Currency
from qiao.trade.domain import dashboard as dashboards
from qiao.trade.domain.figures import parse_month
from qiao.trade.domain.importing import import_file, preview
from qiao.trade.domain.parsing import TradeFileError
from qiao.trade.forms import UploadForm
from qiao.trade.models import ImportBatch, Reporter

PENDING_KEY = "qiao_trade_pending"
PENDING_DIR = "trade-pending"
FORMAT_DOC = Path(__file__).resolve().parent / "FORMAT.md"


def _language() -> str:
    return get_language() or "en"


def index(request: HttpRequest) -> HttpResponse:
    return render(
        request, "trade/index.html", {"pairs": dashboards.pairs(_language()), "can_import": is_organiser(request.user)}
    )


def dashboard(request: HttpRequest, reporter: str, partner: str) -> HttpResponse:
    found = get_object_or_404(Reporter, code=reporter)
    partner = partner.upper()
    months: dict[str, dt.date | None] = {"from": None, "to": None}
    for name in months:
        if request.GET.get(name):
            try:
                months[name] = parse_month(request.GET[name])
            except ValueError as bad:
                messages.error(request, str(bad))
    currency = request.GET.get("currency", Currency.USD)
    try:
        board = dashboards.build(found, partner, months["to"], currency, _language(), request.user, months["from"])
    except NoRateError as missing:
        messages.error(request, _("%(problem)s Shown in USD instead.") % {"problem": missing})
        board = dashboards.build(found, partner, months["to"], Currency.USD, _language(), request.user, months["from"])
    return render(request, "trade/dashboard.html", {"board": board, "currencies": Currency.values})


def format_doc(request: HttpRequest) -> HttpResponse:
    return render(request, "trade/format.html", {"text": FORMAT_DOC.read_text(encoding="utf-8")})


def _require_organiser(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_organiser(request.user):
        raise PermissionDenied
    return None


def _forget_pending(request: HttpRequest) -> None:
    """Delete the session's previous previewed file, if any (one pending file per session)."""
    pending = request.session.pop(PENDING_KEY, None)
    if pending:
        default_storage.delete(f"{PENDING_DIR}/{pending['token']}.bin")


def _recent_batches() -> list[ImportBatch]:
    return list(ImportBatch.objects.select_related("actor").defer("changes")[:10])


def import_upload(request: HttpRequest) -> HttpResponse:
    """Upload → preview (nothing stored), with every row-level error or what would change."""
    refused = _require_organiser(request)
    if refused is not None:
        return refused
    form = UploadForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form, "batches": _recent_batches()}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        layout = form.cleaned_data["layout"]
        try:
            plan = preview(content, layout)
        except TradeFileError as rejected:
            context["errors"] = rejected.errors
            return render(request, "trade/import.html", context, status=422)
        _forget_pending(request)
        token = secrets.token_urlsafe(16)
        default_storage.save(f"{PENDING_DIR}/{token}.bin", ContentFile(content))
        request.session[PENDING_KEY] = {"token": token, "filename": upload.name, "layout": layout}
        context.update({"plan": plan, "token": token, "filename": upload.name, "layout": layout})
    return render(request, "trade/import.html", context)


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """Write the previewed file in one transaction (with its audit entry), then forget it."""
    refused = _require_organiser(request)
    if refused is not None:
        return refused
    pending = request.session.get(PENDING_KEY)
    if not pending or pending.get("token") != request.POST.get("token"):
        raise Http404(_("No previewed file to import; please upload it again."))
    path = f"{PENDING_DIR}/{pending['token']}.bin"
    with default_storage.open(path, "rb") as handle:
        content = handle.read()
    try:
        batch = import_file(content, pending["filename"], pending["layout"], request.user)
    except TradeFileError as rejected:
        return render(
            request,
            "trade/import.html",
            {"form": UploadForm(), "errors": rejected.errors, "batches": _recent_batches()},
        )
    finally:
        default_storage.delete(path)
        request.session.pop(PENDING_KEY, None)
    assert batch is not None
    messages.success(
        request,
        _("Imported %(file)s: %(created)d figures created, %(changed)d changed, %(removed)d removed.")
        % {"file": batch.filename, "created": batch.created, "changed": batch.changed, "removed": batch.removed},
    )
    return redirect("trade:import")
