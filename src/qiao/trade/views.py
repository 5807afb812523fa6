"""Thin views: the public dashboards and the organisers' import page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.rules import is_organiser
from qiao.core.pending_upload import PendingUpload, refuse_unless_organiser
from qiao.currencies.domain.conversion import NoRateError
from qiao.currencies.enums import Currency
from qiao.trade.domain import dashboard as dashboards
from qiao.trade.domain.figures import parse_month
from qiao.trade.domain.importing import import_file, preview
from qiao.trade.domain.parsing import TradeFileError
from qiao.trade.forms import UploadForm
from qiao.trade.models import ImportBatch, Reporter

PENDING = PendingUpload("qiao_trade_pending", "trade-pending")
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


def _recent_batches() -> list[ImportBatch]:
    return list(ImportBatch.objects.select_related("actor").defer("changes")[:10])


def import_upload(request: HttpRequest) -> HttpResponse:
    """Upload → preview (nothing stored), with every row-level error or what would change."""
    refused = refuse_unless_organiser(request)
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
        token = PENDING.stash(request, content, filename=upload.name, layout=layout)
        context.update({"plan": plan, "token": token, "filename": upload.name, "layout": layout})
    return render(request, "trade/import.html", context)


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """Write the previewed file in one transaction (with its audit entry), then forget it."""
    refused = refuse_unless_organiser(request)
    if refused is not None:
        return refused
    pending, content = PENDING.take(request)
    try:
        batch = import_file(content, pending["filename"], pending["layout"], request.user)
    except TradeFileError as rejected:
        return render(
            request,
            "trade/import.html",
            {"form": UploadForm(), "errors": rejected.errors, "batches": _recent_batches()},
        )
    assert batch is not None  # import_file returns the batch unless asked for a dry run
    messages.success(
        request,
        _("Imported %(file)s: %(created)d figures created, %(changed)d changed, %(removed)d removed.")
        % {"file": batch.filename, "created": batch.created, "changed": batch.changed, "removed": batch.removed},
    )
    return redirect("trade:import")
