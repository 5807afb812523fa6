import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.news.domain import publish, save_news_item
from qiao.notifications.domain import notify
from tests.factories import EventFactory, SessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_news_list_queries_do_not_grow_with_items(client, organiser):
    event = EventFactory()
    publish(save_news_item(by=organiser, texts={"title": {"en": "One"}}, event=event), organiser)
    one = _queries(client, "/en/news/")
    for title in ("Two", "Three"):
        publish(save_news_item(by=organiser, texts={"title": {"en": title}}, event=event), organiser)

    assert _queries(client, "/en/news/") == one


def test_inbox_queries_do_not_grow_with_notifications(client):
    person, session = UserFactory(), SessionFactory()
    notify(person, "waitlist_promoted", {"session": session})
    client.force_login(person)
    one = _queries(client, "/en/inbox/")
    notify(person, "waitlist_promoted", {"session": session})
    notify(person, "waitlist_promoted", {"session": session})

    assert _queries(client, "/en/inbox/") == one
