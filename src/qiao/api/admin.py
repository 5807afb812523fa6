"""Organisers manage webhooks and look at tokens and deliveries in the admin."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from qiao.api.domain.own_webhooks import WebhookError, check_url
from qiao.api.models import ApiToken, Webhook, WebhookDelivery


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["user", "name", "prefix", "secret_hash", "created_at", "last_used_at", "revoked_at"]
    search_fields = ["name", "prefix", "user__username"]

    def has_add_permission(self, request: object) -> bool:  # tokens are created by their owner, shown once
        return False


class WebhookAdminForm(forms.ModelForm):  # type: ignore[type-arg]
    """The admin's webhook form keeps the address rule of the self-service page (no internal targets)."""

    url = forms.URLField(label=_("URL"), max_length=500, assume_scheme="https")

    class Meta:
        model = Webhook
        fields = ["organisation", "created_by", "url", "secret", "events", "active"]

    def clean_url(self) -> str:
        try:
            return check_url(self.cleaned_data.get("url") or "")
        except WebhookError as refused:
            raise forms.ValidationError(str(refused)) from refused


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    form = WebhookAdminForm
    list_display = ["url", "organisation", "events", "active", "created_at"]
    list_filter = ["active"]
    raw_id_fields = ["organisation", "created_by"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["event", "webhook", "status", "attempts", "response_status", "created_at", "delivered_at"]
    list_filter = ["status", "event"]
    readonly_fields = ["webhook", "event", "body", "status", "attempts", "response_status", "last_error"]
    readonly_fields += ["created_at", "delivered_at"]
