"""Investment cases: one German project landing (or not) in one Chinese district."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.core.models import TimeStamped
from qiao.currencies.enums import Currency
from qiao.currencies.models import money_amount_field
from qiao.pipeline.enums import Stage


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
