"""Investment cases: one German project landing (or not) in one Chinese district.

With each case its history, follow-up tasks and landing checklist; districts keep the
checklist templates the steps are copied from."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.core.fields import TranslatedTextField
from qiao.core.models import TimeStamped
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field
from qiao.pipeline.enums import RequiredFor, Stage, StepStatus


class Case(TimeStamped):
    """A project's way through the stages in one district; `version` guards against lost moves."""

    project = models.ForeignKey(
        "projects.Project", verbose_name=_("project"), on_delete=models.PROTECT, related_name="cases"
    )
    district = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="pipeline_cases",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pipeline_cases",
    )
    event = models.ForeignKey(
        "summits.Event",
        verbose_name=_("event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pipeline_cases",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.LEAD, db_index=True)
    dropped_reason = models.CharField(_("reason for dropping"), max_length=500, blank=True)
    stage_since = models.DateTimeField(_("in this stage since"))
    version = models.PositiveIntegerField(_("version"), default=1)
    # What this case commits in the district (the signed intent's figures, later the contract's).
    investment = money_amount_field(_("committed investment"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR)
    jobs_planned = models.PositiveIntegerField(_("jobs planned"), null=True, blank=True)
    jobs_created = models.PositiveIntegerField(_("jobs created"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    class Meta:
        ordering = ["-stage_since", "pk"]
        verbose_name = _("investment case")
        verbose_name_plural = _("investment cases")

    def __str__(self) -> str:
        return f"{self.project} → {self.district}"


class CaseEvent(models.Model):
    """One move of a case: the full history, oldest first."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="history")
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL, null=True, blank=True
    )
    at = models.DateTimeField(_("at"))
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("case event")
        verbose_name_plural = _("case events")

    def __str__(self) -> str:
        return f"{self.from_stage or '—'} → {self.to_stage}"


class FollowUpTask(TimeStamped):
    """Something a district officer has to do for a case by a date; reminded by e-mail when due."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("task"), max_length=200)
    due_on = models.DateField(_("due on"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pipeline_tasks",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reminded_on = models.DateField(_("last reminded on"), null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("follow-up task")
        verbose_name_plural = _("follow-up tasks")
        indexes = [models.Index(fields=["done_at", "due_on"], name="pipeline_task_open_due")]

    def __str__(self) -> str:
        return self.title

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_at is None and self.due_on < today


class ChecklistTemplate(TimeStamped):
    """The landing steps a district walks a company through once a letter of intent is signed."""

    district = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("district"),
        on_delete=models.CASCADE,
        related_name="checklist_templates",
    )
    name = models.CharField(_("short name"), max_length=80)
    title = TranslatedTextField(_("title"))

    class Meta:
        verbose_name = _("checklist template")
        verbose_name_plural = _("checklist templates")
        # One template per district: the one every new case of the district is given.
        constraints = [models.UniqueConstraint(fields=["district"], name="pipeline_one_template_per_district")]

    def __str__(self) -> str:
        return self.name


class TemplateStep(models.Model):
    """One step of a template: what, who helps, which documents, how long, and what it blocks."""

    template = models.ForeignKey(
        ChecklistTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = TranslatedTextField(_("step"))
    provider = TranslatedTextField(_("responsible service provider"))
    documents = TranslatedTextField(_("documents"), multiline=True)
    due_offset_days = models.PositiveSmallIntegerField(_("due after (days)"), default=30)
    required_for = models.CharField(
        _("required for"), max_length=20, choices=RequiredFor.choices, default=RequiredFor.NONE, blank=True
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("template step")
        verbose_name_plural = _("template steps")

    def __str__(self) -> str:
        return f"{self.order}. {self.template}"


class ChecklistStep(TimeStamped):
    """A case's copy of a template step, with its own due date and status."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="checklist")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = TranslatedTextField(_("step"))
    provider = TranslatedTextField(_("responsible service provider"))
    documents = TranslatedTextField(_("documents"), multiline=True)
    required_for = models.CharField(
        _("required for"), max_length=20, choices=RequiredFor.choices, default=RequiredFor.NONE, blank=True
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=StepStatus.choices, default=StepStatus.OPEN)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    done_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("checklist step")
        verbose_name_plural = _("checklist steps")

    def __str__(self) -> str:
        return f"{self.order}. {self.case}"
