"""Project reviews by think-tank experts, with declared conflicts of interest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.reviews.enums import AssignmentStatus, ConflictKind, Recommendation

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class ConflictOfInterest(models.Model):
    """An expert's declared tie to an organisation: they never review its projects."""

    expert = models.ForeignKey(
        "experts.Expert", on_delete=models.CASCADE, related_name="conflicts", verbose_name=_("expert")
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="expert_conflicts",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ConflictKind.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.UniqueConstraint(fields=["expert", "organisation", "kind"], name="unique_conflict"),
        ]

    def __str__(self) -> str:
        return f"{self.expert} / {self.organisation}: {self.get_kind_display()}"


class ReviewRequest(models.Model):
    """An organiser's or district officer's request for independent reviews of one project."""

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="review_requests", verbose_name=_("project")
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    deadline = models.DateField(_("deadline"))
    # Off by default: the reviewed company sees the combined result, never who reviewed.
    reveal_reviewers = models.BooleanField(_("reveal reviewers to the company"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")

    def __str__(self) -> str:
        return f"{self.project} ({self.deadline})"


class Assignment(models.Model):
    """One expert asked to review under a request."""

    request = models.ForeignKey(
        ReviewRequest, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("review request")
    )
    expert = models.ForeignKey(
        "experts.Expert", on_delete=models.PROTECT, related_name="assignments", verbose_name=_("expert")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AssignmentStatus.choices, default=AssignmentStatus.ASSIGNED
    )
    decline_reason = models.CharField(_("reason for declining"), max_length=500, blank=True)
    # The day the last deadline reminder went out: at most one reminder a day.
    reminded_on = models.DateField(_("reminded on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [models.UniqueConstraint(fields=["request", "expert"], name="unique_assignment")]

    def __str__(self) -> str:
        return f"{self.expert} → {self.request}"


def _score(label: StrOrPromise) -> models.PositiveSmallIntegerField:  # type: ignore[type-arg]
    return models.PositiveSmallIntegerField(label, validators=[MinValueValidator(1), MaxValueValidator(5)])


class Review(models.Model):
    """One submitted version of an expert's review; never changed, a revision is a new row."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("assignment")
    )
    version = models.PositiveIntegerField(_("version"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    maturity_score = _score(_("technology maturity"))
    maturity_reason = models.TextField(_("reason for technology maturity"))
    market_score = _score(_("market"))
    market_reason = models.TextField(_("reason for market"))
    strategy_score = _score(_("fit with the district's industrial strategy"))
    strategy_reason = models.TextField(_("reason for strategic fit"))
    risks_score = _score(_("risks"))
    risks_reason = models.TextField(_("reason for risks"))
    recommendation = models.CharField(_("recommendation"), max_length=12, choices=Recommendation.choices)
    recommendation_reason = models.TextField(_("reason for the recommendation"))

    class Meta:
        ordering = ["assignment", "version"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [models.UniqueConstraint(fields=["assignment", "version"], name="unique_review_version")]

    def __str__(self) -> str:
        return f"{self.assignment} v{self.version}"


class AdviceMessage(models.Model):
    """One message in a project's private advisory thread (owner, districts, experts, organisers)."""

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="advice_messages", verbose_name=_("project")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("author")
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("advisory message")
        verbose_name_plural = _("advisory messages")

    def __str__(self) -> str:
        return f"{self.project} #{self.pk}"


class AdviceAttachment(models.Model):
    """A file attached to an advisory message, checked by content; stored under a random name."""

    message = models.ForeignKey(
        AdviceMessage, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("message")
    )
    file = models.FileField(_("file"), upload_to="advice/%Y/%m/", max_length=200)
    name = models.CharField(_("file name"), max_length=120)
    content_type = models.CharField(_("file type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name
