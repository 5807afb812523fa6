"""Workspace forms for projects and offers: one text box per language, checked numbers."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MinValueValidator
from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import LANGUAGE_LABELS
from qiao.core.languages import CONTENT_LANGUAGES, normalise_language
from qiao.organisations.models import Organisation
from qiao.projects.areas import areas_agree, mu_to_m2
from qiao.projects.domain.editing import OFFER_TEXTS, PROJECT_TEXTS, ProfileInput
from qiao.projects.models import Offer, Project
from qiao.sectors.models import Sector

MAX_SECTORS = 5
PROJECT_VALUES = (
    "kind",
    "investment",
    "currency",
    "jobs",
    "land_mu",
    "land_m2",
    "factory_m2",
    "office_m2",
    "start",
    "preferred_regions",
    "needs_talent",
    "needs_certification",
    "needs_subsidies",
    "visibility",
)
OFFER_VALUES = (
    "kind",
    "land_mu",
    "land_m2",
    "factory_m2",
    "flats",
    "subsidy_amount",
    "contact_name",
    "contact_email",
    "published",
)


def model_formfield(model: type[Project] | type[Offer] | type[Any], name: str, **kwargs: Any) -> forms.Field:
    """The form field a model field would get in a ModelForm (typed for mypy)."""
    field = model._meta.get_field(name)
    formfield = field.formfield(**kwargs)  # type: ignore[union-attr]
    assert isinstance(formfield, forms.Field)
    # Validators given to the model field (never negative, …) also check the form, so
    # every error shows at once instead of after the other fields are fixed.
    for validator in getattr(field, "_validators", []):
        if validator not in formfield.validators:
            formfield.validators.append(validator)
        if isinstance(validator, MinValueValidator) and isinstance(formfield.widget, forms.NumberInput):
            formfield.widget.attrs.setdefault("min", str(validator.limit_value))
    return formfield


def _language_choices() -> list[tuple[str, Any]]:
    return [(lang, LANGUAGE_LABELS[lang]) for lang in CONTENT_LANGUAGES]


class ProfileForm(forms.Form):
    """Shared by projects and offers; subclasses name the model and its fields."""

    model: type[Project] | type[Offer]
    text_names: tuple[str, ...]
    value_names: tuple[str, ...]

    original_language = forms.ChoiceField(
        label=_("Written originally in"),
        choices=_language_choices,
        help_text=_("The other languages are marked as translations."),
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.order_by("code"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("At most five."),
    )

    def __init__(
        self,
        *args: Any,
        instance: Project | Offer | None = None,
        organisations: QuerySet[Organisation] | None = None,
        **kwargs: Any,
    ) -> None:
        self.instance = instance
        if instance is not None:
            initial = kwargs.setdefault("initial", {})
            for name in (*self.text_names, *self.value_names):
                initial.setdefault(name, getattr(instance, name))
            initial.setdefault("sectors", list(instance.sectors.all()))
            initial.setdefault("original_language", self._original_of(instance))
        else:
            kwargs.setdefault("initial", {}).setdefault("original_language", normalise_language(get_language()))
        super().__init__(*args, **kwargs)
        for name in self.text_names:
            self.fields[name] = model_formfield(self.model, name, required=False)
        for name in self.value_names:
            self.fields[name] = model_formfield(self.model, name)
        if organisations is not None:
            self.fields["organisation"] = forms.ModelChoiceField(
                label=_("Organisation"), queryset=organisations, initial=organisations.first(), empty_label=None
            )
        self.order_fields(["organisation", "original_language", *self.text_names, "kind", "sectors"])
        if instance is not None and self._original_of(instance):
            # The original language of existing texts stays what it was.
            self.fields["original_language"].disabled = True

    @staticmethod
    def _original_of(instance: Project | Offer) -> str:
        return translated.original_language(instance.title) or ""

    def clean_title(self) -> dict[str, Any]:
        value: dict[str, Any] = self.cleaned_data.get("title") or {}
        if not translated.texts_of(value):
            raise forms.ValidationError(
                _("Write the title in at least one language (Chinese, German or English)."), code="no_language"
            )
        return value

    def clean_sectors(self) -> list[Sector]:
        sectors = list(self.cleaned_data.get("sectors") or [])
        if len(sectors) > MAX_SECTORS:
            raise forms.ValidationError(
                _("Choose at most %(max)d sectors."), code="too_many", params={"max": MAX_SECTORS}
            )
        return sectors

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        title = translated.texts_of(data.get("title"))
        original = data.get("original_language")
        if title and original and original not in title and not self.fields["original_language"].disabled:
            self.add_error(
                "original_language",
                _("There is no title in the language you chose as the original."),
            )
        mu, m2 = data.get("land_mu"), data.get("land_m2")
        if mu is not None and m2 is not None and not areas_agree(mu, m2):
            self.add_error(
                "land_m2",
                _("%(mu)s mu are %(m2)s m², not %(given)s m².") % {"mu": mu, "m2": mu_to_m2(mu), "given": m2},
            )
        return data

    def to_input(self) -> ProfileInput:
        """The validated data for the domain's save function."""
        data = self.cleaned_data
        original = data.get("original_language") or None
        if self.fields["original_language"].disabled:
            original = None
        return ProfileInput(
            texts={name: translated.texts_of(data.get(name)) for name in self.text_names},
            values={name: data.get(name) for name in self.value_names},
            sectors=list(data.get("sectors") or []),
            original_language=original,
        )


class ProjectForm(ProfileForm):
    model = Project
    text_names = PROJECT_TEXTS
    value_names = PROJECT_VALUES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Who sees what: the rule lives in qiao.projects.access; the owner must know it when choosing.
        self.fields["visibility"].help_text = _(
            "Matched parties only: shown to the company's members, the organisers and organisations with an "
            "accepted meeting request with the company (asked by either side). Not shown in the public exhibition."
        )


class OfferForm(ProfileForm):
    model = Offer
    text_names = OFFER_TEXTS
    value_names = OFFER_VALUES
