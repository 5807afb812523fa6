"""The forms of the token page: naming a new API token, adding a webhook."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.api.domain.own_webhooks import MAX_URL, may_receive_all, organisations_for_webhooks
from qiao.api.domain.tokens import MAX_NAME
from qiao.api.enums import WebhookEvent
from qiao.organisations.models import Organisation


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=MAX_NAME,
        help_text=_("What the token is for, e.g. “CRM sync”."),
    )


class WebhookForm(forms.Form):
    """Address, events and organisation of a new webhook; the address rule is checked by the domain."""

    url = forms.CharField(
        label=_("Address (URL)"),
        max_length=MAX_URL,
        help_text=_("An https:// address on the public internet; Qiao sends a signed POST to it for each event."),
    )
    events = forms.MultipleChoiceField(
        label=_("Events"), choices=WebhookEvent.choices, widget=forms.CheckboxSelectMultiple
    )
    organisation: forms.ModelChoiceField[Organisation] = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        to_field_name="key",
        help_text=_("You receive the events that concern this organisation."),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organisations_for_webhooks(user)
        if may_receive_all(user):
            field.required = False
            field.empty_label = _("All organisations (every event)")
        else:
            field.empty_label = None
