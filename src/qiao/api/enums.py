"""Webhook events and delivery states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WebhookEvent(models.TextChoices):
    MEETING_CONFIRMED = "meeting.confirmed", _("Meeting confirmed")
    AGREEMENT_SIGNED = "agreement.signed", _("Agreement signed")
    CASE_STAGE_CHANGED = "case.stage_changed", _("Case stage changed")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


#: The audit actions that raise each webhook event (see qiao.api.domain.webhooks).
ACTION_EVENTS: dict[str, str] = {
    "pipeline.case_moved": WebhookEvent.CASE_STAGE_CHANGED,
    "meeting_request.accepted": WebhookEvent.MEETING_CONFIRMED,
    "deals.agreement_signed": WebhookEvent.AGREEMENT_SIGNED,
}
