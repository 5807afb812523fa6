"""Pages where district officers (and organisers) keep their district's landing checklist template."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.pipeline.access import get_template_for_user, template_districts_for
from qiao.pipeline.domain.checklists import remove_template_step, save_template_step, template_for, update_template
from qiao.pipeline.domain.errors import PipelineError
from qiao.pipeline.forms import TemplateForm, TemplateStepForm
from qiao.pipeline.models import ChecklistTemplate, TemplateStep


@login_required
def templates(request: HttpRequest) -> HttpResponse:
    """The districts the person keeps templates for, each with its template (or a button to start one)."""
    districts = list(template_districts_for(request.user).order_by("pk"))
    by_district = {t.district_id: t for t in ChecklistTemplate.objects.filter(district__in=districts)}
    rows = [(district, by_district.get(district.pk)) for district in districts]
    return render(request, "pipeline/checklists.html", {"rows": rows})


@login_required
@require_POST
def start_template(request: HttpRequest, district_pk: int) -> HttpResponse:
    """Give a district the default template (wholly foreign-owned enterprise) to adapt."""
    district = template_districts_for(request.user).filter(pk=district_pk).first()
    if district is None:
        raise Http404(district_pk)
    template = template_for(district, request.user)
    return HttpResponseRedirect(reverse("pipeline:template", args=[template.pk]))


@login_required
def template_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A template's title and its steps; POST renames it."""
    template = get_template_for_user(request.user, pk)
    form = TemplateForm(request.POST or None, initial={"name": template.name, "title": template.title})
    if request.method == "POST" and form.is_valid():
        try:
            update_template(template, form.cleaned_data["name"], form.cleaned_data["title"], request.user)
        except PipelineError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The template has been saved."))
            return HttpResponseRedirect(reverse("pipeline:template", args=[template.pk]))
    return render(
        request,
        "pipeline/checklist_template.html",
        {"template": template, "form": form, "steps": template.steps.all()},
    )


@login_required
def template_step(request: HttpRequest, pk: int, step_pk: int | None = None) -> HttpResponse:
    """Add a step to a template, or change one."""
    template = get_template_for_user(request.user, pk)
    step = None
    if step_pk is not None:
        step = TemplateStep.objects.filter(template=template, pk=step_pk).first()
        if step is None:
            raise Http404(step_pk)
    initial = (
        {
            "order": step.order,
            "title": step.title,
            "provider": step.provider,
            "documents": step.documents,
            "due_offset_days": step.due_offset_days,
            "required_for": step.required_for,
        }
        if step is not None
        else {"order": template.steps.count() + 1, "due_offset_days": 30}
    )
    form = TemplateStepForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            save_template_step(template, request.user, step=step, **form.cleaned_data)
        except PipelineError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The step has been saved."))
            return HttpResponseRedirect(reverse("pipeline:template", args=[template.pk]))
    return render(request, "pipeline/checklist_step_form.html", {"template": template, "step": step, "form": form})


@login_required
@require_POST
def remove_step(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    """Take a step out of the template (checklists already copied keep it)."""
    template = get_template_for_user(request.user, pk)
    step = TemplateStep.objects.filter(template=template, pk=step_pk).first()
    if step is None:
        raise Http404(step_pk)
    remove_template_step(step, request.user)
    messages.success(request, _("The step has been removed."))
    return HttpResponseRedirect(reverse("pipeline:template", args=[template.pk]))
