"""Landing checklists: district templates, the case's copy made at "letter of intent signed",
and the steps that must be closed before a case may be registered or operating."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.core.languages import normalise_language
from qiao.organisations.models import Organisation
from qiao.pipeline.domain import wfoe
from qiao.pipeline.domain.errors import PipelineError
from qiao.pipeline.enums import RequiredFor, StepStatus, required_stages_up_to
from qiao.pipeline.models import Case, ChecklistStep, ChecklistTemplate, TemplateStep

MAX_DUE_OFFSET_DAYS = 3650


def _tri(text: wfoe.Tri) -> dict[str, Any]:
    return translated.make("en", en=text.en, de=text.de, zh=text.zh)


def template_for(district: Organisation, by: Any = None) -> ChecklistTemplate:
    """The district's template; a default WFOE template is written first when it has none.

    Side effects (first use only): the template, its steps and an audit entry.
    """
    with transaction.atomic():
        existing = ChecklistTemplate.objects.filter(district=district).first()
        if existing is not None:
            return existing
        template = ChecklistTemplate.objects.create(district=district, name=wfoe.NAME, title=_tri(wfoe.TITLE))
        TemplateStep.objects.bulk_create(
            TemplateStep(
                template=template,
                order=order,
                title=_tri(spec.title),
                provider=_tri(spec.provider),
                documents=_tri(spec.documents),
                due_offset_days=spec.due_offset_days,
                required_for=spec.required_for,
            )
            for order, spec in enumerate(wfoe.STEPS, start=1)
        )
        audit.record(by, "pipeline.template_created", template, district=district.pk, steps=len(wfoe.STEPS))
    return template


def attach_checklist(case: Case, by: Any, at: dt.datetime) -> int:
    """Copy the district's template onto a case reaching "letter of intent signed"; once per case.

    Due dates count from `at`. Returns the number of steps written (0 when the case has a
    checklist already). Side effects: the steps and an audit entry; call inside the move's transaction.
    """
    if ChecklistStep.objects.filter(case=case).exists():
        return 0
    template = template_for(case.district, by)
    start = timezone.localdate(at)
    steps = ChecklistStep.objects.bulk_create(
        ChecklistStep(
            case=case,
            order=step.order,
            title=step.title,
            provider=step.provider,
            documents=step.documents,
            required_for=step.required_for,
            due_on=start + dt.timedelta(days=step.due_offset_days),
        )
        for step in template.steps.all()
    )
    audit.record(by, "pipeline.checklist_attached", case, template=template.pk, steps=len(steps))
    return len(steps)


def open_required_steps(case: Case, target: str) -> list[ChecklistStep]:
    """The case's open steps that a move to `target` needs closed, in checklist order."""
    stages = required_stages_up_to(target)
    if not stages:
        return []
    return list(ChecklistStep.objects.filter(case=case, status=StepStatus.OPEN, required_for__in=stages))


def refuse_if_required_steps_open(case: Case, target: str, language: str | None = None) -> None:
    """Raise a PipelineError naming the open steps that block a move to `target`."""
    blocking = open_required_steps(case, target)
    if not blocking:
        return
    lang = normalise_language(language or translation.get_language())
    names = "; ".join(translated.resolve(step.title, lang).text for step in blocking)
    raise PipelineError(
        "checklist",
        _("These landing steps must be done (or marked not applicable) first: %(steps)s.") % {"steps": names},
    )


def set_step_status(step: ChecklistStep, status: str, by: Any, *, at: dt.datetime | None = None) -> ChecklistStep:
    """Mark a landing step done, not applicable or open again; who and when are kept.

    Side effects: the step's status, closer and time, and an audit entry.
    """
    if status not in StepStatus.values:
        raise PipelineError("status", _("This status does not exist."))
    when = at or timezone.now()
    with transaction.atomic():
        locked = ChecklistStep.objects.select_for_update().get(pk=step.pk)
        if locked.status == status:
            return locked
        previous = locked.status
        locked.status = status
        closed = status != StepStatus.OPEN
        locked.done_by = _person(by) if closed else None
        locked.done_at = when if closed else None
        locked.save(update_fields=["status", "done_by", "done_at", "updated_at"])
        audit.record(by, "pipeline.step_status_changed", locked, case=locked.case_id, previous=previous, status=status)
    return locked


def set_step_due_on(step: ChecklistStep, due_on: dt.date, by: Any) -> ChecklistStep:
    """Move a step's due date; not before the letter of intent was signed (the checklist's start)."""
    with transaction.atomic():
        locked = ChecklistStep.objects.select_for_update().get(pk=step.pk)
        started = timezone.localdate(locked.created_at)
        if due_on < started:
            raise PipelineError(
                "due_on",
                _("The due date cannot be before the checklist was started (%(date)s).")
                % {"date": started.isoformat()},
            )
        previous = locked.due_on
        locked.due_on = due_on
        locked.save(update_fields=["due_on", "updated_at"])
        audit.record(by, "pipeline.step_due_changed", locked, previous=previous, due_on=due_on)
    return locked


def update_step(step: ChecklistStep, by: Any, *, status: str, due_on: dt.date | None = None) -> ChecklistStep:
    """Change a step's due date (when given and different) and status together, or neither."""
    with transaction.atomic():
        if due_on is not None and due_on != step.due_on:
            step = set_step_due_on(step, due_on, by)
        return set_step_status(step, status, by)


def update_template(template: ChecklistTemplate, name: str, title: dict[str, Any], by: Any) -> ChecklistTemplate:
    """Rename a template (its short name and translated title)."""
    name = name.strip()
    if not name:
        raise PipelineError("name", _("Please give the template a short name."))
    with transaction.atomic():
        template.name = name
        template.title = title
        template.save(update_fields=["name", "title", "updated_at"])
        audit.record(by, "pipeline.template_changed", template)
    return template


def save_template_step(
    template: ChecklistTemplate,
    by: Any,
    *,
    step: TemplateStep | None = None,
    order: int,
    title: dict[str, Any],
    provider: dict[str, Any],
    documents: dict[str, Any],
    due_offset_days: int,
    required_for: str,
) -> TemplateStep:
    """Add a step to a template or change one; cases copied earlier keep their own steps."""
    if not translated.texts_of(title):
        raise PipelineError("title", _("Write the step's title in at least one language."))
    if required_for not in RequiredFor.values:
        raise PipelineError("required_for", _("This stage does not exist."))
    if not 0 <= due_offset_days <= MAX_DUE_OFFSET_DAYS:
        raise PipelineError(
            "due_offset_days", _("The due date must be 0 to %(max)d days after signing.") % {"max": MAX_DUE_OFFSET_DAYS}
        )
    if step is not None and step.template_id != template.pk:
        raise PipelineError("step", _("This step belongs to another template."))
    with transaction.atomic():
        target = step or TemplateStep(template=template)
        target.order = order
        target.title = title
        target.provider = provider
        target.documents = documents
        target.due_offset_days = due_offset_days
        target.required_for = required_for
        target.save()
        audit.record(by, "pipeline.template_step_saved", template, step=target.pk, created=step is None)
    return target


def remove_template_step(step: TemplateStep, by: Any) -> None:
    """Take a step out of its template; checklists copied earlier are not touched."""
    with transaction.atomic():
        template = step.template
        pk = step.pk
        step.delete()
        audit.record(by, "pipeline.template_step_removed", template, step=pk)


def _person(actor: Any) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None
