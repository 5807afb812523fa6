"""Filter forms for the public lists (GET, all optional); unknown values get a clear message."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.shared_values import shared
from qiao.projects.enums import OfferKind
from qiao.projects.models import Project
from qiao.sectors.models import Sector

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

LANGUAGE_FILTER_CHOICES = [
    ("", _("Any language")),
    ("zh-hans", _("Chinese")),
    ("de", _("German")),
    ("en", _("English")),
]

# Preferred regions are stored as English city names; these are the ones the summit uses.
REGION_LABELS: dict[str, StrOrPromise] = {
    "Shaoxing": pgettext_lazy("city", "Shaoxing"),
    "Hangzhou": pgettext_lazy("city", "Hangzhou"),
    "Ningbo": pgettext_lazy("city", "Ningbo"),
    "Jiaxing": pgettext_lazy("city", "Jiaxing"),
    "Huzhou": pgettext_lazy("city", "Huzhou"),
    "Taizhou": pgettext_lazy("city", "Taizhou"),
    "Jinhua": pgettext_lazy("city", "Jinhua"),
    "Shanghai": pgettext_lazy("city", "Shanghai"),
    "Suzhou": pgettext_lazy("city", "Suzhou"),
}


def _values(queryset: QuerySet[Any], field: str) -> set[Any]:
    return set(queryset.order_by().values_list(field, flat=True).distinct()) - {None, ""}


def shared_values(name: str, public: QuerySet[Any], own: QuerySet[Any], field: str) -> set[Any]:
    """The distinct values of `field` over the public rows (cached, the same for every reader)
    and over the reader's own rows (always read: a few rows)."""
    return set(shared(f"list-filter:{name}:{field}", lambda: _values(public, field))) | _values(own, field)


def _sector_choices(sector_ids: set[int]) -> list[tuple[str, str]]:
    language = get_language() or "en"
    sectors = Sector.objects.filter(pk__in=sector_ids).order_by("code")
    return [
        ("", str(_("All sectors"))),
        *((s.code, f"{s.code} {translated.resolve(s.name, language).text}") for s in sectors),
    ]


def _original_language_is(language: str) -> Q:
    return Q(**{f"title__{language}__status": translated.ORIGINAL})


class _ListFilter(forms.Form):
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    language = forms.ChoiceField(
        label=_("Original language"),
        required=False,
        choices=LANGUAGE_FILTER_CHOICES,
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )

    #: Names the cached values of this list.
    list_name = ""

    def __init__(self, data: Any, public: QuerySet[Any], own: QuerySet[Any]) -> None:
        """`public` and `own` together are what the reader sees (see projects.access)."""
        super().__init__(data)
        self.public, self.own = public, own
        field = self.fields["sector"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = _sector_choices(shared_values(self.list_name, public, own, "sectors"))
        field.error_messages["invalid_choice"] = _("Choose a sector from the list.")

    def active(self) -> bool:
        """Whether a valid choice narrows the list (after `apply`)."""
        return any(getattr(self, "cleaned_data", {}).values())

    def apply(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """Narrow by every valid choice; an invalid one is reported and ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("sector"):
            queryset = queryset.filter(pk__in=queryset.model.objects.filter(sectors__code=data["sector"]).values("pk"))
        if data.get("language"):
            queryset = queryset.filter(_original_language_is(data["language"]))
        return queryset


class ProjectFilter(_ListFilter):
    region = forms.ChoiceField(label=_("Region of interest"), required=False)

    field_order = ["sector", "region", "language"]
    list_name = "projects"

    def __init__(self, data: Any, public: QuerySet[Project], own: QuerySet[Project]) -> None:
        super().__init__(data, public, own)
        named: set[str] = set()
        for listed in shared_values(self.list_name, public, own, "preferred_regions"):
            named.update(r.strip() for r in listed.split(",") if r.strip())
        field = self.fields["region"]
        assert isinstance(field, forms.ChoiceField)
        regions = sorted(((name, str(REGION_LABELS.get(name, name))) for name in named), key=lambda c: c[1])
        field.choices = [("", _("All regions")), *regions]
        field.error_messages["invalid_choice"] = _("Choose a region from the list.")

    def apply(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = super().apply(queryset)
        region = self.cleaned_data.get("region") if hasattr(self, "cleaned_data") else ""
        if region:
            # Whole names in a comma-separated list: "Ningbo" must not match "Ningbo East".
            queryset = queryset.filter(
                Q(preferred_regions=region)
                | Q(preferred_regions__startswith=f"{region},")
                | Q(preferred_regions__endswith=f", {region}")
                | Q(preferred_regions__endswith=f",{region}")
                | Q(preferred_regions__contains=f", {region},")
                | Q(preferred_regions__contains=f",{region},")
            )
        return queryset


class OfferFilter(_ListFilter):
    kind = forms.ChoiceField(
        label=_("Kind of offer"),
        required=False,
        choices=[("", _("All kinds")), *OfferKind.choices],
        error_messages={"invalid_choice": _("Choose a kind of offer from the list.")},
    )
    place = forms.ChoiceField(
        label=_("Offered by"),
        required=False,
        choices=[
            ("", _("Anyone")),
            ("government", _("Districts")),
            ("park", _("Parks and development zones")),
            ("company", _("Companies")),
        ],
        error_messages={"invalid_choice": _("Choose who offers from the list.")},
    )

    field_order = ["sector", "kind", "place", "language"]
    list_name = "offers"

    def apply(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = super().apply(queryset)
        data = getattr(self, "cleaned_data", {})
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("place"):
            queryset = queryset.filter(organisation__kind=data["place"])
        return queryset
