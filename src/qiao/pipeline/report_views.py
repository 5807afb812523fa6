"""The pipeline report page and its CSV, XLSX and PDF exports (thin: figures come from domain.reports)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from qiao.organisations.models import Organisation
from qiao.pipeline import report_exports
from qiao.pipeline.access import cases_visible_to
from qiao.pipeline.domain.reports import (
    ReportFilters,
    build_report,
    funnel_chart,
    local_day,
    report_cases,
    stage_chart,
)
from qiao.pipeline.models import Case
from qiao.sectors.models import Sector
from qiao.summits.models import Event

DATE = {"type": "date"}
EXPORTS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


class ReportFilterForm(forms.Form):
    """Event, district, sector and period; the districts offered are those of the cases the person may see."""

    event = forms.ModelChoiceField(
        label=_("Summit"),
        queryset=Event.objects.all(),
        required=False,
        empty_label=_("All summits"),
        to_field_name="key",
    )
    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("All districts"),
        to_field_name="key",
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("All sectors"),
        to_field_name="code",
    )
    start = forms.DateField(
        label=pgettext_lazy("start of a period", "From"), required=False, widget=forms.DateInput(DATE, "%Y-%m-%d")
    )
    end = forms.DateField(label=_("Up to"), required=False, widget=forms.DateInput(DATE, "%Y-%m-%d"))

    def __init__(self, *args: Any, cases: QuerySet[Case], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        district = self.fields["district"]
        assert isinstance(district, forms.ModelChoiceField)
        district.queryset = (
            Organisation.objects.filter(pipeline_cases__in=cases.values("pk")).distinct().order_by("key")
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The period ends before it starts; please choose an end on or after the start."))
        return data

    def filters(self) -> ReportFilters:
        data = self.cleaned_data
        return ReportFilters(data["event"], data["district"], data["sector"], data["start"], data["end"])


def _prepare(request: HttpRequest) -> tuple[ReportFilterForm, Any]:
    """The bound form and, when it is valid (or empty), the report; None with the form's errors."""
    visible = cases_visible_to(request.user)
    form = ReportFilterForm(request.GET or None, cases=visible)
    if form.is_bound and not form.is_valid():
        return form, None
    filters = form.filters() if form.is_bound else ReportFilters()
    return form, build_report(report_cases(visible, filters), filters, local_day(timezone.now()))


@login_required
def report(request: HttpRequest) -> HttpResponse:
    """Figures, charts and tables for the chosen filters; bad filters come back as form errors (400)."""
    form, built = _prepare(request)
    if built is None:
        return render(request, "pipeline/report.html", {"form": form}, status=400)
    context = {
        "form": form,
        "report": built,
        "stage_chart": stage_chart(built),
        "funnel_chart": funnel_chart(built),
        "query": request.GET.urlencode(),
    }
    return render(request, "pipeline/report.html", context)


@login_required
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The same report as CSV, XLSX or a printable PDF in the reader's language."""
    if fmt not in EXPORTS:
        raise Http404(fmt)
    form, built = _prepare(request)
    if built is None:
        return render(request, "pipeline/report.html", {"form": form}, status=400)
    language = get_language() or "en"
    writers = {"csv": report_exports.report_csv, "xlsx": report_exports.report_xlsx, "pdf": report_exports.report_pdf}
    response = HttpResponse(writers[fmt](built, language), content_type=EXPORTS[fmt])
    response["Content-Disposition"] = f'attachment; filename="qiao-pipeline-report-{built.as_of:%Y-%m-%d}.{fmt}"'
    return response
