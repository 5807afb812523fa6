"""Sign-up, profile and decision forms; the rules they enforce live in qiao.accounts.domain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from allauth.account.forms import LoginForm as AllauthLoginForm  # type: ignore[import-untyped,unused-ignore]
from allauth.account.forms import SignupForm as AllauthSignupForm  # type: ignore[import-untyped,unused-ignore]
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from qiao.accounts.domain.signup import enrol
from qiao.accounts.enums import SIGNUP_ROLES, Role
from qiao.accounts.models import User, validate_time_zone
from qiao.core.languages import normalise_language
from qiao.core.timezones import HOME_ZONES
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.forms import consent_fields, consented_kinds
from qiao.privacy.http import client_ip

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ZONE_LIST_ID = "time-zone-options"


def _default_zone(language: str) -> str:
    return "Europe/Berlin" if language == "de" else HOME_ZONES[0]


def _time_zone_field() -> forms.CharField:
    return forms.CharField(
        label=_("Time zone"),
        max_length=64,
        validators=[validate_time_zone],
        help_text=_("Meeting times are shown in this zone, e.g. Asia/Shanghai or Europe/Berlin."),
        widget=forms.TextInput(attrs={"list": ZONE_LIST_ID, "autocomplete": "off", "spellcheck": "false"}),
    )


def _language_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("Pages and e-mails for you are in this language."),
    )


def _name_field(label: StrOrPromise, autocomplete: str) -> forms.CharField:
    """An optional name part, as the User model stores it (at most 150 characters)."""
    return forms.CharField(
        label=label, max_length=150, required=False, widget=forms.TextInput(attrs={"autocomplete": autocomplete})
    )


class LoginForm(AllauthLoginForm):  # type: ignore[misc]  # allauth ships no types
    """allauth's sign-in, with a label that says what to type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or e-mail address")


class SignupForm(AllauthSignupForm):  # type: ignore[misc]  # allauth ships no types
    """allauth's sign-up plus the role, preferences and organisation a person brings, and their consents."""

    role = forms.ChoiceField(
        label=_("I am signing up as"),
        choices=[(role.value, role.label) for role in SIGNUP_ROLES],
        initial=Role.COMPANY,
        widget=forms.RadioSelect,
        help_text=_("District/park officers and experts can act as such once an organiser has approved them."),
    )
    first_name = _name_field(_("First name"), "given-name")
    last_name = _name_field(_("Last name"), "family-name")
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Your company, district, park or institute (optional)."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    field_order = [
        "role",
        "username",
        "email",
        "password1",
        "password2",
        "first_name",
        "last_name",
        "organisation_name",
        "language",
        "time_zone",
        "consent_processing",
        "consent_cross_border",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = normalise_language(translation.get_language())
        self.fields["language"] = _language_field()
        self.fields["language"].initial = language
        self.fields["time_zone"] = _time_zone_field()
        self.fields["time_zone"].initial = _default_zone(language)
        self.fields.update(consent_fields())
        self.order_fields(self.field_order)
        self.fields["username"].widget.attrs["autocomplete"] = "username"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def save(self, request: HttpRequest) -> User:
        """Create the person and their application in one transaction."""
        with transaction.atomic():
            user: User = super().save(request)
        return user

    def signup(self, request: HttpRequest, user: User) -> None:
        """Called by allauth right after the user row (with the name) is written, inside `save`."""
        data = self.cleaned_data
        enrol(
            user,
            role=data["role"],
            language=data["language"],
            time_zone=data["time_zone"],
            organisation_name=data.get("organisation_name", ""),
        )
        give_consent(user, consented_kinds(data), ip_address=client_ip(request))


class ProfileForm(forms.Form):
    first_name = _name_field(_("First name"), "given-name")
    last_name = _name_field(_("Last name"), "family-name")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"] = _language_field()
        self.fields["time_zone"] = _time_zone_field()


class DecisionForm(forms.Form):
    """An organiser's answer to an application: approve, or reject with a reason."""

    APPROVE = "approve"
    REJECT = "reject"

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (REJECT, _("Reject"))])
    reason = forms.CharField(
        label=_("Reason for a rejection"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == self.REJECT and not data.get("reason", "").strip():
            raise ValidationError(_("Please give a reason for the rejection."), code="reason")
        return data


class TwoFactorCodeForm(forms.Form):
    """One 6-digit code from an authenticator app."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false", "autofocus": True}
        ),
    )
