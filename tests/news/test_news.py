import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.news.domain import PublishingError, publish, save_news_item, unpublish
from qiao.news.models import NewsItem
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _item(organiser, slug="", **texts):
    return save_news_item(
        by=organiser,
        texts={"title": texts.get("title", {"en": "Summit opens"}), "summary": texts.get("summary", {})},
        slug=slug,
    )


def test_save_news_item_makes_a_draft_with_a_slug_from_the_title(organiser):
    item = _item(organiser, title={"en": "Summit opens in Shaoxing", "de": "Gipfel eröffnet"})

    assert (item.slug, item.status, item.author) == ("summit-opens-in-shaoxing", "draft", organiser)
    assert translated.texts_of(item.title) == {"en": "Summit opens in Shaoxing", "de": "Gipfel eröffnet"}
    assert AuditEntry.objects.get().action == "news.created"


def test_save_news_item_without_any_title_writes_nothing(organiser):
    with pytest.raises(ValidationError) as error:
        save_news_item(by=organiser, texts={"title": {"en": "  "}})

    assert "title" in error.value.message_dict
    assert NewsItem.objects.count() == 0


def test_save_news_item_refuses_a_taken_or_reserved_slug(organiser):
    _item(organiser, slug="opening")

    with pytest.raises(ValidationError, match="already used"):
        _item(organiser, slug="opening")
    with pytest.raises(ValidationError, match="reserved"):
        _item(organiser, slug="galleries")
    assert NewsItem.objects.count() == 1


def test_draft_is_invisible_publicly_and_published_visible(client, organiser):
    item = _item(organiser, slug="opening", title={"en": "Summit opens"})

    assert client.get("/en/news/opening/").status_code == 404
    assert "Summit opens" not in client.get("/en/news/").content.decode()

    publish(item, organiser)

    assert client.get("/en/news/opening/").status_code == 200
    assert "Summit opens" in client.get("/en/news/").content.decode()


def test_organiser_sees_a_draft_but_others_do_not(client, organiser):
    _item(organiser, slug="draft-item")
    client.force_login(UserFactory(role="company"))
    assert client.get("/en/news/draft-item/").status_code == 404

    client.force_login(organiser)
    assert client.get("/en/news/draft-item/").status_code == 200


def test_unpublish_hides_the_item_again_and_double_publish_is_refused(client, organiser):
    item = publish(_item(organiser, slug="opening"), organiser)

    with pytest.raises(PublishingError):
        publish(item, organiser)
    unpublish(item, organiser)

    assert client.get("/en/news/opening/").status_code == 404


def test_feed_is_atom_with_entries_in_the_requested_language(client, organiser):
    publish(_item(organiser, slug="both", title={"en": "Opening", "de": "Eröffnung", "zh-hans": "开幕"}), organiser)
    publish(_item(organiser, slug="english-only", title={"en": "Signing ceremony"}), organiser)
    _item(organiser, slug="still-draft", title={"en": "Secret"})

    german = ET.fromstring(client.get("/de/news/feed.atom").content)  # noqa: S314 - our own output
    chinese = ET.fromstring(client.get("/zh-hans/news/feed.atom").content)  # noqa: S314 - our own output

    assert german.tag == f"{ATOM}feed"
    assert sorted(e.findtext(f"{ATOM}title") for e in german.iter(f"{ATOM}entry")) == [
        "Eröffnung",
        "Signing ceremony [Englisch]",
    ]
    assert sorted(e.findtext(f"{ATOM}title") for e in chinese.iter(f"{ATOM}entry")) == [
        "Signing ceremony [英语]",
        "开幕",
    ]
    links = [e.find(f"{ATOM}link").get("href") for e in german.iter(f"{ATOM}entry")]
    assert all("/de/news/" in link for link in links)


def test_news_pages_link_the_feed_for_their_language(client):
    page = client.get("/de/news/").content.decode()

    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert 'href="/de/news/feed.atom"' in page


def test_latest_news_tag_shows_the_events_and_general_news_newest_first(organiser):
    event, other = EventFactory(), EventFactory()
    first = publish(save_news_item(by=organiser, texts={"title": {"en": "General"}}), organiser)
    second = publish(save_news_item(by=organiser, texts={"title": {"en": "Ours"}}, event=event), organiser)
    publish(save_news_item(by=organiser, texts={"title": {"en": "Theirs"}}, event=other), organiser)
    save_news_item(by=organiser, texts={"title": {"en": "Draft"}}, event=event)

    with translation.override("en"):
        html = Template("{% load news %}{% latest_news event 3 %}").render(Context({"event": event}))
        urls = second.get_absolute_url(), first.get_absolute_url()

    assert html.index(urls[0]) < html.index(urls[1])
    assert "Theirs" not in html
    assert "Draft" not in html


def test_manage_pages_are_for_organisers_only(client, organiser):
    client.force_login(UserFactory(role="company"))
    assert client.get("/en/news/manage/").status_code == 403
    assert client.post("/en/news/manage/new/", {"title_en": "x"}).status_code == 403

    client.force_login(organiser)
    assert client.get("/en/news/manage/").status_code == 200


def test_organiser_writes_and_publishes_through_the_pages(client, organiser):
    client.force_login(organiser)

    response = client.post(
        "/en/news/manage/new/",
        {"title_zh_hans": "", "title_de": "Neue Partner", "title_en": "", "slug": "", "body_de": "Text"},
    )
    item = NewsItem.objects.get()
    client.post(f"/en/news/manage/item/{item.pk}/status/", {"action": "publish"})

    assert response.status_code == 302
    assert (item.slug, NewsItem.objects.get().status) == ("neue-partner", "published")


def test_news_form_without_title_shows_a_translated_error(client, organiser):
    client.force_login(organiser)

    response = client.post("/de/news/manage/new/", {"title_en": "", "body_en": "Only a body"})

    assert response.status_code == 200
    assert "Geben Sie den Titel in mindestens einer Sprache ein" in response.content.decode()
    assert NewsItem.objects.count() == 0
