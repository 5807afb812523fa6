"""The directory's filters and the organiser's invitation form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.experts.models import Expert
from qiao.sectors.models import Sector

LANGUAGE_CHOICES = [("", _("Any language")), ("zh-hans", _("Chinese")), ("de", _("German")), ("en", _("English"))]


class ExpertFilter(forms.Form):
    field = forms.ChoiceField(label=_("Field of expertise"), required=False)
    language = forms.ChoiceField(
        label=_("Speaks"),
        required=False,
        choices=LANGUAGE_CHOICES,
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )

    def __init__(self, data: Any, base: QuerySet[Expert]) -> None:
        super().__init__(data)
        language = get_language() or "en"
        sectors = Sector.objects.filter(pk__in=base.values("fields")).order_by("code")
        field = self.fields["field"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            ("", str(_("All fields"))),
            *((s.code, f"{s.code} {translated.resolve(s.name, language).text}") for s in sectors),
        ]
        field.error_messages["invalid_choice"] = _("Choose a field from the list.")

    def apply(self, experts: QuerySet[Expert]) -> QuerySet[Expert]:
        """Narrow by every valid choice; an invalid one is reported and ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("field"):
            experts = experts.filter(pk__in=Expert.objects.filter(fields__code=data["field"]).values("pk"))
        if data.get("language"):
            # Languages are a JSON list; SQLite cannot look inside it, so pick the keys here.
            speaking = [pk for pk, langs in experts.values_list("pk", "languages") if data["language"] in (langs or [])]
            experts = experts.filter(pk__in=speaking)
        return experts


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={"required": _("Enter an e-mail address."), "invalid": _("Enter a valid e-mail address.")},
    )
