"""The form that names a new API token."""

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.api.domain.tokens import MAX_NAME


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=MAX_NAME,
        help_text=_("What the token is for, e.g. “CRM sync”."),
    )
