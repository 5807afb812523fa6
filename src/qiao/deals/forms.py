"""Forms for drafting, signing, recording, verifying and lining up agreements."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from qiao.core import translated
from qiao.core.fields import TranslatedTextFormField
from qiao.currencies.enums import Currency
from qiao.deals.domain.drafts import Draft, check_draft
from qiao.deals.domain.errors import DealsError
from qiao.deals.enums import AgreementKind, SecondLanguage
from qiao.deals.models import Agreement
from qiao.organisations.models import Organisation
from qiao.pipeline.models import Case
from qiao.projects.models import Project
from qiao.sectors.models import Sector
from qiao.summits.models import Event

FILE_HELP = _("PDF, JPEG or PNG, at most 10 MB.")


class TranslatedChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj)


class AgreementForm(forms.Form):
    """A letter of intent's facts; `clean` runs the same checks as the domain."""

    kind = forms.ChoiceField(label=_("Kind"), choices=AgreementKind.choices, initial=AgreementKind.LETTER_OF_INTENT)
    title = TranslatedTextFormField(label=_("Title"))
    summary = TranslatedTextFormField(label=_("Purpose and scope"), multiline=True, required=False)
    second_language = forms.ChoiceField(
        label=_("Language beside Chinese"), choices=SecondLanguage.choices, initial=SecondLanguage.GERMAN
    )
    parties = forms.ModelMultipleChoiceField(
        label=_("Parties"),
        queryset=Organisation.objects.order_by("country", "key"),
        help_text=_("At least two organisations: usually the district or park and the company."),
        error_messages={"invalid_choice": _("This organisation does not exist.")},
    )
    case = TranslatedChoiceField(label=_("Investment case"), queryset=Case.objects.none(), required=False)
    project = TranslatedChoiceField(label=_("Project"), queryset=Project.objects.order_by("key"), required=False)
    event = TranslatedChoiceField(label=_("Summit"), queryset=Event.objects.all(), required=False)
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.order_by("code"), required=False
    )
    amount = forms.DecimalField(
        label=_("Intended investment"),
        max_digits=18,
        decimal_places=2,
        required=False,
        error_messages={"invalid": _("Enter the amount as a number, e.g. 1500000.")},
    )
    currency = forms.ChoiceField(
        label=_("Currency"),
        choices=[("", "—"), *Currency.choices],
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not a currency Qiao knows; use CNY, EUR or USD.")},
    )
    area_m2 = forms.DecimalField(
        label=_("Area (m²)"),
        max_digits=14,
        decimal_places=2,
        required=False,
        error_messages={"invalid": _("Enter the area in square metres as a number.")},
    )
    timeline_start = forms.DateField(
        label=_("Timeline start"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    timeline_end = forms.DateField(
        label=_("Timeline end"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, cases: Any, editor: Any, agreement: Agreement | None = None, **kwargs: Any) -> None:
        self.agreement = agreement
        self.editor = editor
        if agreement is not None and "initial" not in kwargs:
            kwargs["initial"] = initial_of(agreement)
        super().__init__(*args, **kwargs)
        case_field = self.fields["case"]
        assert isinstance(case_field, TranslatedChoiceField)
        case_field.queryset = cases
        self.draft: Draft | None = None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        old = self.agreement
        now = timezone.now()
        editor = str(getattr(self.editor, "username", ""))
        parties = sorted(data["parties"], key=lambda org: (org.country != "CN", org.key))
        draft = Draft(
            title=translated.merge_edit(old.title if old else {}, translated.texts_of(data["title"]), editor, now),
            summary=translated.merge_edit(
                old.summary if old else {}, translated.texts_of(data.get("summary")), editor, now
            ),
            parties=parties,
            kind=data["kind"],
            second_language=data["second_language"],
            project=data.get("project"),
            case=data.get("case"),
            event=data.get("event"),
            sectors=list(data.get("sectors") or []),
            amount=data.get("amount"),
            currency=data.get("currency") or "",
            area_m2=data.get("area_m2"),
            timeline_start=data.get("timeline_start"),
            timeline_end=data.get("timeline_end"),
        )
        try:
            check_draft(draft)
        except DealsError as refused:
            self.add_error(refused.field if refused.field in self.fields else None, str(refused))
            return data
        self.draft = draft
        return data


def initial_of(agreement: Agreement) -> dict[str, Any]:
    """The form's starting values for an existing agreement."""
    return {
        "kind": agreement.kind,
        "title": agreement.title,
        "summary": agreement.summary,
        "second_language": agreement.second_language,
        "parties": [link.organisation_id for link in agreement.party_links.all()],
        "case": agreement.case_id,
        "project": agreement.project_id,
        "event": agreement.event_id,
        "sectors": [s.pk for s in agreement.sectors.all()],
        "amount": agreement.amount,
        "currency": agreement.currency,
        "area_m2": agreement.area_m2,
        "timeline_start": agreement.timeline_start,
        "timeline_end": agreement.timeline_end,
    }


class SignForm(forms.Form):
    party = forms.IntegerField(widget=forms.HiddenInput)
    sha256 = forms.CharField(max_length=64, widget=forms.HiddenInput)
    confirm = forms.BooleanField(
        label=_("I am authorised to sign for this organisation and I sign exactly this version."),
        error_messages={"required": _("Tick the box to confirm that you sign this version.")},
    )


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        error_messages={"required": _("Choose a file."), "empty": _("The file is empty.")},
    )


class ScanForm(UploadForm):
    confirm = forms.BooleanField(
        label=_("This scan shows the agreement signed by every party at the ceremony."),
        error_messages={"required": _("Tick the box to confirm what the scan shows.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = FILE_HELP
        self.fields["file"].widget.attrs["accept"] = "application/pdf,image/jpeg,image/png"


class ConsentForm(forms.Form):
    party = forms.IntegerField(widget=forms.HiddenInput)
    allowed = forms.TypedChoiceField(choices=[("1", "yes"), ("0", "no")], coerce=lambda v: v == "1")


class LineupAddForm(forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("Agreement"),
        queryset=Agreement.objects.none(),
        error_messages={"invalid_choice": _("Choose one of the listed agreements.")},
    )

    def __init__(self, *args: Any, agreements: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["agreement"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = agreements


class LineupMoveForm(forms.Form):
    entry = forms.IntegerField()
    action = forms.ChoiceField(choices=[("up", "up"), ("down", "down"), ("remove", "remove")])
