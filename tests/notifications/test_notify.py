import pytest
from django.core import mail
from django.db import transaction

from qiao.meetings.domain.requests import accept_request, decline_request, request_meeting
from qiao.notifications.domain import notify, unread_count
from qiao.notifications.models import Notification
from tests.factories import EventFactory, MembershipFactory, OrganisationFactory, SessionFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_notify_renders_in_each_recipients_language():
    session = SessionFactory()
    german = UserFactory(language="de")
    chinese = UserFactory(language="zh-hans")

    de = notify(german, "waitlist_promoted", {"session": session}, url="/de/x/")
    zh = notify(chinese, "waitlist_promoted", {"session": session}, url="/zh-hans/x/")

    assert de.subject.startswith("Sie haben einen Platz")
    assert zh.subject.startswith("您已获得名额")
    assert session.title["de"]["text"] in de.subject
    assert session.title["zh-hans"]["text"] in zh.subject


def test_notify_sends_email_after_commit():
    person = UserFactory(language="de")

    with transaction.atomic():
        notification = notify(person, "waitlist_promoted", {"session": SessionFactory()}, url="/de/x/")
        assert mail.outbox == []

    assert [(m.to, m.subject) for m in mail.outbox] == [([person.email], notification.subject)]
    assert "/de/x/" in mail.outbox[0].body
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_notify_sends_nothing_and_stores_nothing_when_the_transaction_rolls_back():
    person, session = UserFactory(), SessionFactory()

    def notify_then_fail():
        with transaction.atomic():
            notify(person, "waitlist_promoted", {"session": session})
            raise RuntimeError("later step failed")

    with pytest.raises(RuntimeError):
        notify_then_fail()

    assert (mail.outbox, Notification.objects.count()) == ([], 0)


def test_notify_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="no_such_kind"):
        notify(UserFactory(), "no_such_kind", {})

    assert Notification.objects.count() == 0


def _sides():
    company = MembershipFactory(person=UserFactory(role="company", language="de")).person
    district = OrganisationFactory(country="CN", kind="government")
    officer = MembershipFactory(person=UserFactory(role="officer", language="zh-hans"), organisation=district).person
    colleague = MembershipFactory(person=UserFactory(role="officer", language="en"), organisation=district).person
    return company, officer, colleague, district


def test_meeting_request_notifies_every_member_of_the_other_side_in_their_language():
    company, officer, colleague, district = _sides()

    request_meeting(
        requester=company,
        event=EventFactory(),
        from_organisation=company.memberships.get().organisation,
        to_organisation=district,
        message="Land in Binhai?",
    )

    rows = list(Notification.objects.order_by("recipient_id").values_list("recipient", "kind", "url"))
    assert rows == [
        (officer.pk, "meeting_requested", "/zh-hans/meetings/agenda/"),
        (colleague.pk, "meeting_requested", "/en/meetings/agenda/"),
    ]
    assert Notification.objects.get(recipient=colleague).subject.startswith("New meeting request from Company")
    assert "Land in Binhai?" in Notification.objects.get(recipient=colleague).body
    assert sorted(m.to[0] for m in mail.outbox) == sorted([officer.email, colleague.email])


def test_declining_tells_the_requester_with_the_reason():
    company, officer, _colleague, district = _sides()
    request = request_meeting(
        requester=company,
        event=EventFactory(),
        from_organisation=company.memberships.get().organisation,
        to_organisation=district,
    )

    decline_request(request, by=officer, reason="Keine Flächen mehr frei")

    answer = Notification.objects.get(recipient=company)
    assert answer.kind == "meeting_answered"
    assert "abgelehnt" in answer.subject
    assert "Keine Flächen mehr frei" in answer.body


def test_accepting_tells_the_requester():
    company, officer, _colleague, district = _sides()
    request = request_meeting(
        requester=company,
        event=EventFactory(),
        from_organisation=company.memberships.get().organisation,
        to_organisation=district,
    )

    accept_request(request, by=officer)

    assert "angenommen" in Notification.objects.get(recipient=company).subject
    assert unread_count(company) == 1


def test_agenda_published_tells_each_participant_their_meeting_count():
    from qiao.notifications.domain.meetings import agenda_published

    company, officer, _colleague, district = _sides()
    event = EventFactory()
    other_org = OrganisationFactory()
    MembershipFactory(person=officer, organisation=other_org)
    company_org = company.memberships.get().organisation
    first = request_meeting(requester=company, event=event, from_organisation=company_org, to_organisation=district)
    second = request_meeting(requester=officer, event=event, from_organisation=other_org, to_organisation=district)
    accept_request(first, by=officer)
    Notification.objects.all().delete()

    told = agenda_published(event, [first.pk, second.pk])

    assert told == 2
    assert sorted(Notification.objects.values_list("recipient", "kind")) == sorted(
        [(company.pk, "agenda_published"), (officer.pk, "agenda_published")]
    )
    assert "2 场洽谈" in Notification.objects.get(recipient=officer).body
    assert "1 Gespräch." in Notification.objects.get(recipient=company).body


def test_email_link_is_absolute_when_the_site_address_is_configured(settings):
    settings.SITE_URL = "https://qiao.example.cn/"

    notify(UserFactory(), "waitlist_promoted", {"session": SessionFactory()}, url="/en/tickets/")

    assert mail.outbox[0].body.endswith("\n\nhttps://qiao.example.cn/en/tickets/")
