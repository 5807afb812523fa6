"""The user model with role and preferences, and organisation memberships."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from qiao.accounts.enums import ApplicationStatus, Role
from qiao.core.models import TimeStamped
from qiao.core.timezones import is_valid_zone


def validate_time_zone(value: str) -> None:
    if not is_valid_zone(value):
        raise ValidationError(
            _("“%(value)s” is not a known time zone (e.g. Asia/Shanghai, Europe/Berlin)."),
            code="unknown_time_zone",
            params={"value": value},
        )


class User(AbstractUser):
    """A person with one role, a preferred language and a time zone."""

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.VISITOR)
    # Officers and experts act only once an organiser has approved them.
    approved = models.BooleanField(_("approved"), default=False)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Asia/Shanghai", validators=[validate_time_zone]
    )
    display_name_zh = models.CharField(_("name in Chinese"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        full = self.get_full_name()
        return full or self.username


class Membership(TimeStamped):
    """A person's place in an organisation: admin rights and signing authority."""

    person = models.ForeignKey(User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    is_admin = models.BooleanField(_("organisation admin"), default=False)
    can_sign = models.BooleanField(_("authorised to sign"), default=False)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["person", "organisation"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.person} @ {self.organisation}"


class Application(TimeStamped):
    """What a person asked for when signing up, and the organiser's decision on it.

    Officers and experts start pending; companies and visitors are approved at once, so
    their application only keeps the organisation name they gave.
    """

    person = models.OneToOneField(User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="application")
    role = models.CharField(_("role asked for"), max_length=16, choices=Role.choices)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING
    )
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("sign-up application")
        verbose_name_plural = _("sign-up applications")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.person} → {self.get_role_display()}"
