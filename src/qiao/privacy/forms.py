"""Consent checkboxes (sign-up and the once-after-sign-in page) and the erasure confirmation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qiao.privacy.enums import ConsentKind

PROCESSING_TEXT = _(
    "I agree that Qiao processes my personal data (name, e-mail address, organisation, the projects, "
    "offers, registrations and messages I enter) to match me with partners and to organise meetings "
    "and events."
)
CROSS_BORDER_TEXT = _(
    "I separately agree that this data is transferred across borders between China and Germany and "
    "shown to the organisations, districts, parks and experts I deal with there (PIPL art. 39). "
    "The platform's purpose is to connect people in both countries, so an account needs this consent."
)
CONSENT_HELP = _("You can download all your data or ask for its erasure at any time on the page “Your data”.")


def consent_fields() -> dict[str, forms.BooleanField]:
    """The two separate, required consent checkboxes, named after the consent kinds."""
    return {
        f"consent_{ConsentKind.PROCESSING}": forms.BooleanField(
            label=PROCESSING_TEXT,
            required=True,
            error_messages={"required": _("Qiao cannot hold an account without this consent.")},
        ),
        f"consent_{ConsentKind.CROSS_BORDER}": forms.BooleanField(
            label=CROSS_BORDER_TEXT,
            required=True,
            help_text=CONSENT_HELP,
            error_messages={"required": _("Qiao cannot hold an account without this consent.")},
        ),
    }


def consented_kinds(cleaned_data: dict[str, Any]) -> list[str]:
    """The kinds whose checkbox was ticked."""
    return [kind for kind in ConsentKind if cleaned_data.get(f"consent_{kind}")]


class ConsentForm(forms.Form):
    """The consents an existing person is asked for once after signing in."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields.update(consent_fields())


class ErasureForm(forms.Form):
    """Erasure cannot be undone, so the person types their password and ticks a box."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    understood = forms.BooleanField(
        label=_("I understand that my account is closed and my name and e-mail address are removed for good."),
        required=True,
    )

    def __init__(self, *args: Any, person: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.person.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="password")
        return password
