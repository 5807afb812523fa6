"""What the API shows of each object: a stable subset of fields, read through the chokepoints."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from qiao.core import translated
from qiao.deals.models import Agreement
from qiao.meetings.enums import Priority
from qiao.meetings.models import MeetingRequest
from qiao.organisations.models import Organisation
from qiao.pipeline.enums import Stage
from qiao.pipeline.models import Case, CaseEvent
from qiao.projects.models import Offer, Project
from qiao.reviews.models import ReviewRequest
from qiao.summits.models import Event

TEXTS_SCHEMA = {
    "type": "object",
    "description": "The text per language (zh-hans, de, en); missing languages are left out.",
    "additionalProperties": {"type": "string"},
}


@extend_schema_field(TEXTS_SCHEMA)
class TranslatedField(serializers.Field):  # type: ignore[misc]  # DRF ships no types
    """A translated text as {language: text}."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> dict[str, str]:
        return translated.texts_of(value if isinstance(value, dict) else None)


def key_of(optional: bool = False) -> serializers.SlugRelatedField:
    """The related object's key (null when an optional link is empty)."""
    return serializers.SlugRelatedField(slug_field="key", read_only=True, allow_null=optional)


class SectorCodesField(serializers.ListField):  # type: ignore[misc]  # DRF ships no types
    """The NACE codes of the object's sectors (prefetched)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(child=serializers.CharField(), read_only=True, **kwargs)

    def to_representation(self, data: Any) -> list[str]:
        return sorted(s.code for s in data.all())


def optional_code(help_text: str) -> serializers.CharField:
    """A choice that may be left empty ("" when not given), documented as a plain string."""
    return serializers.CharField(read_only=True, help_text=help_text)


class OrganisationSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    name = TranslatedField()
    size = optional_code("Size class (S, M, L …), or empty when not given.")
    website = optional_code("The website's address, or empty.")
    province = TranslatedField()
    city = TranslatedField()
    district = TranslatedField()
    description = TranslatedField()

    class Meta:
        model = Organisation
        fields = ["key", "kind", "name", "country", "province", "city", "district", "website", "size", "verified"]
        fields += ["description"]
        read_only_fields = fields


class ProjectSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    organisation = key_of()
    title = TranslatedField()
    summary = TranslatedField()
    sectors = SectorCodesField()

    class Meta:
        model = Project
        fields = ["key", "organisation", "kind", "title", "summary", "stage", "sectors", "investment", "currency"]
        fields += ["jobs", "land_mu", "land_m2", "start", "created_at", "updated_at"]
        read_only_fields = fields


class OfferSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    organisation = key_of()
    title = TranslatedField()
    summary = TranslatedField()
    sectors = SectorCodesField()

    class Meta:
        model = Offer
        fields = ["key", "organisation", "kind", "title", "summary", "sectors", "land_mu", "land_m2", "factory_m2"]
        fields += ["published", "created_at", "updated_at"]
        read_only_fields = fields


class MatchSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    """One counterpart the engine ranked, with why."""

    kind = serializers.ChoiceField(choices=["project", "offer"])
    key = serializers.CharField()
    title = TranslatedField()
    rank = serializers.IntegerField(min_value=1)
    score = serializers.FloatField()
    explanation = serializers.DictField()


class EventSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    name = TranslatedField()

    class Meta:
        model = Event
        fields = ["key", "name", "starts_at", "ends_at", "time_zone", "hybrid", "status"]
        read_only_fields = fields


class MeetingRequestSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    event = key_of()
    requester_organisation = key_of()
    recipient_organisation = key_of()
    project = key_of(optional=True)
    offer = key_of(optional=True)

    class Meta:
        model = MeetingRequest
        fields = ["id", "event", "requester_organisation", "recipient_organisation", "project", "offer"]
        fields += ["from_match", "priority", "message", "status", "reason", "created_at", "answered_at"]
        read_only_fields = fields


class KeyField(serializers.RegexField):  # type: ignore[misc]  # DRF ships no types
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(r"^[-a-zA-Z0-9_]{1,64}$", max_length=64, **kwargs)


class MeetingRequestCreateSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    """Ask another organisation for a 1:1 meeting at an upcoming event, for one of your organisations."""

    event = KeyField(help_text="The event's key (an upcoming event).")
    from_organisation = KeyField(help_text="One of your organisations.")
    to_organisation = KeyField(help_text="The organisation you would like to meet.")
    priority = serializers.ChoiceField(choices=Priority.choices, default=Priority.SHOULD)
    message = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    project = KeyField(required=False, help_text="A project the meeting is about.")
    offer = KeyField(required=False, help_text="An offer the meeting is about.")


class DeclineSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class AgendaSessionSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    event = serializers.CharField()
    key = serializers.CharField()
    title = TranslatedField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    online = serializers.BooleanField()
    join_link = serializers.CharField(allow_blank=True)


class AgendaMeetingSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    request = serializers.IntegerField()
    event = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    mode = serializers.CharField()
    table = serializers.IntegerField(allow_null=True)
    counterpart = serializers.CharField()
    video_link = serializers.CharField(allow_blank=True)


class AgendaSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    sessions = AgendaSessionSerializer(many=True)
    meetings = AgendaMeetingSerializer(many=True)


class AgreementSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    title = TranslatedField()
    summary = TranslatedField()
    parties = serializers.SerializerMethodField()
    project = key_of(optional=True)
    event = key_of(optional=True)
    currency = optional_code("ISO 4217 code of the amount, or empty.")
    signing_mode = optional_code("online or onsite, or empty while not signed.")

    class Meta:
        model = Agreement
        fields = ["key", "kind", "title", "summary", "parties", "project", "event", "amount", "currency"]
        fields += ["signed_at", "signing_mode"]
        read_only_fields = fields

    def get_parties(self, agreement: Agreement) -> list[str]:
        return [link.organisation.key for link in agreement.party_links.all()]


class CaseEventSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    from_stage = optional_code("The stage before the move; empty for the opening of the case.")

    class Meta:
        model = CaseEvent
        fields = ["from_stage", "to_stage", "at", "note"]
        read_only_fields = fields


class CaseSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    project = key_of()
    district = key_of()
    event = key_of(optional=True)

    class Meta:
        model = Case
        fields = ["id", "project", "district", "event", "stage", "stage_since", "version", "dropped_reason"]
        fields += ["investment", "currency", "jobs_planned", "jobs_created", "created_at", "updated_at"]
        read_only_fields = fields


class CaseDetailSerializer(CaseSerializer):
    history = CaseEventSerializer(many=True, read_only=True)

    class Meta(CaseSerializer.Meta):
        fields = [*CaseSerializer.Meta.fields, "history"]
        read_only_fields = fields


class CaseMoveSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    """Move a case; `version` is the version you saw, so a move made meanwhile is refused (409)."""

    to_stage = serializers.ChoiceField(choices=Stage.choices)
    version = serializers.IntegerField(min_value=1, max_value=2**31 - 1)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class ReviewRequestSerializer(serializers.ModelSerializer):  # type: ignore[misc]  # DRF ships no types
    project = key_of()

    class Meta:
        model = ReviewRequest
        fields = ["id", "project", "deadline", "created_at"]
        read_only_fields = fields


class TradePairSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    reporter = serializers.CharField(help_text="GB/T 2260 code of the Chinese province or city.")
    reporter_name = TranslatedField()
    partner = serializers.CharField(help_text="ISO 3166-1 alpha-2 code, or WLD for all partners.")
    latest = serializers.DateField()
    figures = serializers.IntegerField(min_value=0)


class TradeMonthSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    month = serializers.CharField(help_text="YYYY-MM")
    exports = serializers.DecimalField(max_digits=24, decimal_places=2, allow_null=True)
    imports = serializers.DecimalField(max_digits=24, decimal_places=2, allow_null=True)


class TradeSeriesSerializer(serializers.Serializer):  # type: ignore[misc]  # DRF ships no types
    reporter = serializers.CharField()
    partner = serializers.CharField()
    currency = serializers.CharField()
    start = serializers.CharField(help_text="YYYY-MM")
    end = serializers.CharField(help_text="YYYY-MM")
    months = TradeMonthSerializer(many=True)
    rate_dates = serializers.ListField(child=serializers.DateField())
