"""Thin views: ask for a translation, list open requests, provide a translation."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.core import translated
from qiao.translations.access import get_request_for_translator, open_requests_for_translator
from qiao.translations.domain.registry import page_of
from qiao.translations.domain.requests import complete_translation, find_target, request_translation
from qiao.translations.forms import RequestForm, TranslationForm
from qiao.translations.models import TranslationRequest
from qiao.translations.rules import can_translate


def _back(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return "/"
    return target


@require_POST
@login_required
def ask(request: HttpRequest) -> HttpResponse:
    form = RequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This translation request was incomplete."))
        return HttpResponseRedirect(_back(request))
    data = form.cleaned_data
    try:
        obj = find_target(data["target"], data["object_id"], data["field"], request.user)
        _request, created = request_translation(request.user, obj, data["field"], data["language"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(_back(request))
    if created:
        messages.success(request, _("Translation requested. The text's translators have been asked."))
    else:
        messages.info(request, _("This translation had already been requested; your request was added to it."))
    return HttpResponseRedirect(_back(request))


@dataclass(frozen=True)
class QueueRow:
    request: TranslationRequest
    what: str
    field_label: str
    source_text: str


def _field_label(item: TranslationRequest) -> str:
    model = item.content_type.model_class()
    if model is None:
        return item.field
    try:
        return str(getattr(model._meta.get_field(item.field), "verbose_name", item.field))
    except FieldDoesNotExist:
        return item.field


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    requests = list(
        open_requests_for_translator(request.user).annotate(asked=Count("requesters")).prefetch_related("target")
    )
    rows = [
        QueueRow(
            request=item,
            what=str(item.target) if item.target is not None else "",
            field_label=_field_label(item),
            source_text=translated.texts_of(getattr(item.target, item.field, None)).get(item.source_language, ""),
        )
        for item in requests
    ]
    return render(request, "translations/queue.html", {"rows": rows})


@login_required
def translate(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_request_for_translator(request.user, pk)
    if not can_translate(request.user, item):
        raise PermissionDenied
    target = item.target
    source_text = translated.texts_of(getattr(target, item.field, None)).get(item.source_language, "")
    form = TranslationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            complete_translation(request.user, item, form.cleaned_data["text"])
        except ValidationError as error:
            form.add_error("text", error)
        else:
            messages.success(request, _("Thank you: the translation is now shown to readers."))
            return redirect("translations:queue")
    return render(
        request,
        "translations/translate.html",
        {
            "item": item,
            "target": target,
            "field_label": _field_label(item),
            "source_text": source_text,
            "page": page_of(target),
            "form": form,
        },
    )
