"""What can be imported and exported: organisations, participants and registrations.

Each kind names its columns, plans one row at a time (validating with the models' own
validators, nothing saved) and lists the stored records as rows for export.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from qiao.accounts.enums import Role
from qiao.accounts.models import Membership, User
from qiao.core import translated
from qiao.organisations.enums import OrganisationKind, OrganisationSize
from qiao.organisations.models import Organisation
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Event, Registration

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ORGANISATIONS = "organisations"
PARTICIPANTS = "participants"
REGISTRATIONS = "registrations"
LANGUAGE_COLUMNS = {"zh": "zh-hans", "de": "de", "en": "en"}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(:00)?$")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: StrOrPromise
    example: str


@dataclass(frozen=True)
class RowError:
    """A problem in one cell (or one row, when `column` is empty)."""

    row: int
    column: str
    message: str


@dataclass
class PlannedRow:
    """A valid row: what it would write (nothing is written until `save` is called)."""

    row: int
    values: dict[str, str]
    is_new: bool
    save: Callable[[], None]


@dataclass
class RowCheck:
    """Collects one row's errors while it is planned."""

    row: int
    errors: list[RowError] = field(default_factory=list)

    def add(self, column: str, message: StrOrPromise) -> None:
        self.errors.append(RowError(self.row, column, str(message)))

    def add_validation(self, error: ValidationError, columns: dict[str, str]) -> None:
        """Report a model's validation errors under the file's column names."""
        for name, messages in error.message_dict.items():
            column = columns.get(name, "" if name == "__all__" else name)
            for message in messages:
                if RowError(self.row, column, message) not in self.errors:
                    self.add(column, message)


def _choice(check: RowCheck, column: str, value: str, choices: list[tuple[str, Any]], *, blank: bool = False) -> str:
    if blank and not value:
        return ""
    codes = [code for code, _label in choices]
    if value not in codes:
        check.add(
            column,
            _("“%(value)s” is not one of: %(choices)s.") % {"value": value, "choices": ", ".join(codes)},
        )
    return value


def _time(check: RowCheck, column: str, value: str, default: dt.time) -> dt.time:
    if not value:
        return default
    match = _TIME.match(value)
    if match is None:
        check.add(column, _("“%(value)s” is not a time of day like 08:30.") % {"value": value})
        return default
    return dt.time(int(match.group(1)), int(match.group(2)))


def _date(check: RowCheck, column: str, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        check.add(column, _("“%(value)s” is not a date like 2026-12-10.") % {"value": value})
        return None


def _count(check: RowCheck, column: str, value: str) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        check.add(column, _("“%(value)s” is not a whole number of zero or more.") % {"value": value})
        return None
    return int(value)


def _texts(values: dict[str, str], prefix: str) -> dict[str, str]:
    return {lang: values.get(f"{prefix}_{suffix}", "") for suffix, lang in LANGUAGE_COLUMNS.items()}


def _text_cells(value: dict[str, Any] | None, prefix: str) -> dict[str, str]:
    texts = translated.texts_of(value)
    return {f"{prefix}_{suffix}": texts.get(lang, "") for suffix, lang in LANGUAGE_COLUMNS.items()}


class Kind(ABC):
    """One importable kind; subclasses fill in the columns and the row logic."""

    name: str
    label: StrOrPromise
    columns: list[Column]

    @abstractmethod
    def key(self, values: dict[str, str]) -> tuple[str, ...]:
        """What identifies a row's record (duplicates in one file share it)."""

    @property
    @abstractmethod
    def key_columns(self) -> list[str]:
        """The columns that make up the key."""

    @abstractmethod
    def plan(self, check: RowCheck, values: dict[str, str], actor: Any) -> PlannedRow | None:
        """Validate one row into ``check`` and say what importing it would write."""

    @abstractmethod
    def export_rows(self) -> list[dict[str, str]]:
        """The stored records as rows in the import's columns."""


def _editor(actor: Any) -> str:
    return str(actor) if getattr(actor, "is_authenticated", False) else "import"


class OrganisationKindSpec(Kind):
    name = ORGANISATIONS
    label = gettext_lazy("Organisations")
    columns = [
        Column(
            "key", True, gettext_lazy("Unique short name (letters, digits, hyphens); updates if it exists."), "auerbach"
        ),
        Column("kind", True, gettext_lazy("One of the organisation kinds below."), "company"),
        Column("country", True, gettext_lazy("ISO 3166-1 alpha-2 country code."), "DE"),
        Column("name_zh", False, gettext_lazy("Name in Chinese."), "奥尔巴赫激光系统有限公司"),
        Column("name_de", False, gettext_lazy("Name in German."), "Auerbach Lasersysteme GmbH"),
        Column(
            "name_en", False, gettext_lazy("Name in English (at least one name is needed)."), "Auerbach Laser Systems"
        ),
        Column("website", False, gettext_lazy("Web address, starting with https://."), "https://auerbach.example"),
        Column("size", False, gettext_lazy("One of the sizes below, or empty."), "medium"),
    ]
    key_columns = ["key"]
    errors_by_field = {"key": "key", "kind": "kind", "country": "country", "website": "website", "size": "size"}

    def key(self, values: dict[str, str]) -> tuple[str, ...]:
        return (values.get("key", ""),)

    def plan(self, check: RowCheck, values: dict[str, str], actor: Any) -> PlannedRow | None:
        key = values.get("key", "")
        org = Organisation.objects.filter(key=key).first()
        is_new = org is None
        org = org or Organisation(key=key)
        org.kind = _choice(check, "kind", values.get("kind", ""), OrganisationKind.choices)
        org.country = values.get("country", "").upper()
        org.size = _choice(check, "size", values.get("size", ""), OrganisationSize.choices, blank=True)
        org.website = values.get("website", "")
        names = _texts(values, "name")
        org.name = translated.merge_edit(org.name, names, _editor(actor), timezone.now())
        try:
            org.full_clean(exclude=["kind", "size"])
        except ValidationError as invalid:
            check.add_validation(invalid, {**self.errors_by_field, "__all__": "name_en"})
        if check.errors:
            return None
        return PlannedRow(check.row, values, is_new, org.save)

    def export_rows(self) -> list[dict[str, str]]:
        return [
            {
                "key": org.key,
                "kind": org.kind,
                "country": org.country,
                **_text_cells(org.name, "name"),
                "website": org.website,
                "size": org.size,
            }
            for org in Organisation.objects.order_by("key")
        ]


class ParticipantKindSpec(Kind):
    name = PARTICIPANTS
    label = gettext_lazy("Participants")
    columns = [
        Column("username", True, gettext_lazy("Sign-in name; updates the person if it exists."), "li.wei"),
        Column("email", True, gettext_lazy("E-mail address."), "li.wei@example.cn"),
        Column("first_name", False, gettext_lazy("Given name."), "Wei"),
        Column("last_name", False, gettext_lazy("Family name."), "Li"),
        Column(
            "role",
            True,
            gettext_lazy(
                "One of the roles below; imported officers and experts count as approved. "
                "An import cannot make anyone an organiser."
            ),
            "officer",
        ),
        Column("language", False, gettext_lazy("Preferred language: zh-hans, de or en (default en)."), "zh-hans"),
        Column("time_zone", False, gettext_lazy("IANA time zone (default Asia/Shanghai)."), "Asia/Shanghai"),
        Column(
            "organisation", False, gettext_lazy("Key of an existing organisation the person belongs to."), "yuecheng"
        ),
        Column("job_title", False, gettext_lazy("Job title in that organisation."), "Investment officer"),
    ]
    key_columns = ["username"]
    errors_by_field = {
        "username": "username",
        "email": "email",
        "first_name": "first_name",
        "last_name": "last_name",
        "time_zone": "time_zone",
    }

    def key(self, values: dict[str, str]) -> tuple[str, ...]:
        return (values.get("username", "").lower(),)

    def plan(self, check: RowCheck, values: dict[str, str], actor: Any) -> PlannedRow | None:
        username = values.get("username", "")
        person = User.objects.filter(username=username).first()
        is_new = person is None
        person = person or User(username=username, approved=True)
        role = _choice(check, "role", values.get("role", ""), Role.choices)
        if role == Role.ORGANISER and person.role != Role.ORGANISER:
            check.add("role", _("An import cannot make anyone an organiser; please appoint organisers by hand."))
        person.role = role
        person.email = values.get("email", "")
        if not person.email:
            check.add("email", _("An e-mail address is required."))
        person.first_name = values.get("first_name", "")
        person.last_name = values.get("last_name", "")
        person.language = _choice(check, "language", values.get("language") or "en", list(settings.LANGUAGES))
        person.time_zone = values.get("time_zone") or "Asia/Shanghai"
        organisation = None
        if values.get("organisation"):
            organisation = Organisation.objects.filter(key=values["organisation"]).first()
            if organisation is None:
                check.add(
                    "organisation",
                    _("No organisation has the key “%(key)s”; import organisations first.")
                    % {"key": values["organisation"]},
                )
        job_title = values.get("job_title", "")
        if len(job_title) > Membership._meta.get_field("job_title").max_length:  # type: ignore[operator]
            check.add("job_title", _("The job title is too long."))
        try:
            person.full_clean(exclude=["password", "role", "language"])
        except ValidationError as invalid:
            check.add_validation(invalid, self.errors_by_field)
        if check.errors:
            return None

        def save() -> None:
            if person.pk is None:
                person.set_unusable_password()
            person.save()
            if organisation is not None:
                membership, _created = Membership.objects.get_or_create(person=person, organisation=organisation)
                if job_title and membership.job_title != job_title:
                    membership.job_title = job_title
                    membership.save(update_fields=["job_title"])

        return PlannedRow(check.row, values, is_new, save)

    def export_rows(self) -> list[dict[str, str]]:
        people = User.objects.filter(is_superuser=False).order_by("username")
        memberships: dict[int, Membership] = {}
        for membership in Membership.objects.select_related("organisation").order_by("-created_at", "-pk"):
            memberships[membership.person_id] = membership  # the earliest one wins
        rows = []
        for person in people:
            found = memberships.get(person.pk)
            rows.append(
                {
                    "username": person.username,
                    "email": person.email,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "role": person.role,
                    "language": person.language,
                    "time_zone": person.time_zone,
                    "organisation": found.organisation.key if found else "",
                    "job_title": found.job_title if found else "",
                }
            )
        return rows


class RegistrationKindSpec(Kind):
    name = REGISTRATIONS
    label = gettext_lazy("Registrations")
    columns = [
        Column("event", True, gettext_lazy("Key of the event (summit edition)."), "summit-2026"),
        Column("username", True, gettext_lazy("Sign-in name of an existing participant."), "li.wei"),
        Column("mode", True, gettext_lazy("onsite or online."), "onsite"),
        Column(
            "business_hours_start",
            False,
            gettext_lazy("Start of local business hours for meetings (default 08:00)."),
            "08:00",
        ),
        Column("business_hours_end", False, gettext_lazy("End of local business hours (default 18:00)."), "18:00"),
        Column("onsite_from", False, gettext_lazy("First day at the venue, YYYY-MM-DD (onsite only)."), "2026-12-09"),
        Column("onsite_to", False, gettext_lazy("Last day at the venue, YYYY-MM-DD (onsite only)."), "2026-12-11"),
        Column("max_meetings", False, gettext_lazy("At most this many 1:1 meetings (empty: no limit)."), "6"),
    ]
    key_columns = ["event", "username"]
    errors_by_field = {
        "mode": "mode",
        "business_hours_start": "business_hours_start",
        "business_hours_end": "business_hours_end",
        "onsite_from": "onsite_from",
        "onsite_to": "onsite_to",
        "max_meetings": "max_meetings",
    }

    def key(self, values: dict[str, str]) -> tuple[str, ...]:
        return (values.get("event", ""), values.get("username", "").lower())

    def plan(self, check: RowCheck, values: dict[str, str], actor: Any) -> PlannedRow | None:
        event = Event.objects.filter(key=values.get("event", "")).first()
        if event is None:
            check.add("event", _("No event has the key “%(key)s”.") % {"key": values.get("event", "")})
        person = User.objects.filter(username=values.get("username", "")).first()
        if person is None:
            check.add(
                "username",
                _("No participant has the sign-in name “%(name)s”; import participants first.")
                % {"name": values.get("username", "")},
            )
        mode = _choice(check, "mode", values.get("mode", ""), AttendanceMode.choices)
        start = _time(check, "business_hours_start", values.get("business_hours_start", ""), dt.time(8, 0))
        end = _time(check, "business_hours_end", values.get("business_hours_end", ""), dt.time(18, 0))
        onsite_from = _date(check, "onsite_from", values.get("onsite_from", ""))
        onsite_to = _date(check, "onsite_to", values.get("onsite_to", ""))
        max_meetings = _count(check, "max_meetings", values.get("max_meetings", ""))
        if event is None or person is None or check.errors:
            return None
        registration = Registration.objects.filter(event=event, person=person).first()
        is_new = registration is None
        registration = registration or Registration(event=event, person=person)
        registration.mode = mode
        registration.business_hours_start, registration.business_hours_end = start, end
        registration.onsite_from, registration.onsite_to = onsite_from, onsite_to
        registration.max_meetings = max_meetings
        try:
            registration.full_clean(exclude=["event", "person"])
        except ValidationError as invalid:
            check.add_validation(invalid, self.errors_by_field)
        if check.errors:
            return None
        return PlannedRow(check.row, values, is_new, registration.save)

    def export_rows(self) -> list[dict[str, str]]:
        def text(value: object) -> str:
            if isinstance(value, dt.time):
                return value.strftime("%H:%M")
            return "" if value is None else str(value)

        return [
            {
                "event": reg.event.key,
                "username": reg.person.username,
                "mode": reg.mode,
                "business_hours_start": text(reg.business_hours_start),
                "business_hours_end": text(reg.business_hours_end),
                "onsite_from": text(reg.onsite_from),
                "onsite_to": text(reg.onsite_to),
                "max_meetings": text(reg.max_meetings),
            }
            for reg in Registration.objects.select_related("event", "person").order_by("event__key", "person__username")
        ]


KINDS: dict[str, Kind] = {
    spec.name: spec for spec in (OrganisationKindSpec(), ParticipantKindSpec(), RegistrationKindSpec())
}


def choices_help() -> dict[str, list[tuple[str, str]]]:
    """The allowed codes of the coded columns, with their labels (for the format page)."""

    def labelled(choices: type[models.TextChoices]) -> list[tuple[str, str]]:
        return [(str(code), str(label)) for code, label in choices.choices]

    return {
        "kind": labelled(OrganisationKind),
        "size": labelled(OrganisationSize),
        "role": labelled(Role),
        "mode": labelled(AttendanceMode),
    }
