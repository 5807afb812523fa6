import pytest

from qiao.notifications.domain import notify
from qiao.notifications.models import Notification
from tests.factories import SessionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_notes():
    person = UserFactory(language="en")
    session = SessionFactory()
    older = notify(person, "waitlist_promoted", {"session": session}, url="/en/tickets/")
    newer = notify(person, "waitlist_promoted", {"session": session})
    return person, older, newer


def test_inbox_lists_unread_first_then_newest(client, two_notes):
    person, older, newer = two_notes
    Notification.objects.filter(pk=newer.pk).update(read_at=newer.created_at)
    client.force_login(person)

    response = client.get("/en/inbox/")

    assert [n.pk for n in response.context["notifications"]] == [older.pk, newer.pk]


def test_someone_else_cannot_read_or_mark_my_notification(client, two_notes):
    _person, older, _newer = two_notes
    client.force_login(UserFactory())

    assert client.get(f"/en/inbox/{older.pk}/").status_code == 404
    assert client.post(f"/en/inbox/{older.pk}/read/").status_code == 404
    older.refresh_from_db()
    assert older.read_at is None


def test_inbox_needs_login(client):
    assert client.get("/en/inbox/").status_code == 302


def test_mark_read_by_post_only(client, two_notes):
    person, older, _newer = two_notes
    client.force_login(person)

    assert client.get(f"/en/inbox/{older.pk}/read/").status_code == 405
    response = client.post(f"/en/inbox/{older.pk}/read/", {"next": "link"})

    older.refresh_from_db()
    assert older.read_at is not None
    assert response["Location"] == "/en/tickets/"


def test_mark_all_read_and_unread_count_tag(client, two_notes):
    person, _older, _newer = two_notes
    client.force_login(person)
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = person
    tag = Template("{% load notifications %}{% unread_count %}")
    before = tag.render(Context({"request": request}))

    client.post("/en/inbox/read-all/")

    assert (before, tag.render(Context({"request": request}))) == ("2", "0")


def test_owner_reads_the_message_in_the_language_it_was_written(client, two_notes):
    person, older, _newer = two_notes
    client.force_login(person)

    page = client.get(f"/de/inbox/{older.pk}/").content.decode()

    assert older.subject in page
    assert older.subject.startswith("You have a place")
