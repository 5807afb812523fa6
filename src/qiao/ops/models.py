"""What the operations layer keeps: every failed task attempt and the tasks that gave up."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class FailedAttempt(models.Model):
    """One failed run of a background task; `retried_as` is the result id of its retry, if any."""

    result_id = models.CharField(_("task result"), max_length=64, unique=True)
    chain_id = models.CharField(_("first task result"), max_length=64, db_index=True)
    task_path = models.CharField(_("task"), max_length=255)
    attempt = models.PositiveSmallIntegerField(_("attempt"))
    exception_class_path = models.CharField(_("error"), max_length=255, blank=True)
    retried_as = models.CharField(_("retried as"), max_length=64, blank=True, db_index=True)
    retry_at = models.DateTimeField(_("retry at"), null=True, blank=True)
    failed_at = models.DateTimeField(_("failed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("failed task attempt")
        verbose_name_plural = _("failed task attempts")
        ordering = ["-failed_at"]

    def __str__(self) -> str:
        return f"{self.task_path} #{self.attempt} ({self.result_id})"


class DeadLetter(models.Model):
    """A task that failed on its last allowed attempt: kept with its arguments until someone acts."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        REQUEUED = "requeued", _("Queued again")
        DISMISSED = "dismissed", _("Dismissed")

    chain_id = models.CharField(_("first task result"), max_length=64, unique=True)
    last_result_id = models.CharField(_("last task result"), max_length=64)
    task_path = models.CharField(_("task"), max_length=255)
    backend = models.CharField(_("backend"), max_length=64)
    queue_name = models.CharField(_("queue"), max_length=64)
    args = models.JSONField(_("arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    attempts = models.PositiveSmallIntegerField(_("attempts"))
    exception_class_path = models.CharField(_("error"), max_length=255, blank=True)
    traceback = models.TextField(_("traceback"), blank=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.OPEN)
    requeued_as = models.CharField(_("queued again as"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("failed at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("dead letter")
        verbose_name_plural = _("dead letters")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "created_at"], name="ops_deadletter_state")]

    def __str__(self) -> str:
        return f"{self.task_path} ({self.attempts}×, {self.get_state_display()})"
