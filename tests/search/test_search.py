"""Search over organisations, projects, offers, experts and sessions in zh-Hans, de and en."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from qiao.core import translated
from qiao.search.domain.backends import PostgresBackend, TokenTableBackend, backend
from qiao.search.domain.query import QueryError, query_tokens, search
from qiao.search.domain.tokens import tokenize
from qiao.search.models import Kind, SearchDocument
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    SessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ANON = AnonymousUser()


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


LASER = translated.make(
    "de",
    de="Laserbasierte additive Fertigung für Turbinenteile",
    en="Laser additive manufacturing of turbine parts",
    zh="激光增材制造涡轮部件",
)


def _titles(results, kind):
    group = next((g for g in results.groups if g.kind == kind), None)
    return [translated.resolve(r.title, "en").text for r in group.results] if group else []


def test_tokenize_folds_umlauts_and_sharp_s():
    assert tokenize("Straße der Müller") == ["strasse", "mueller"]
    assert tokenize("STRASSE") == ["strasse"]


def test_tokenize_segments_chinese_with_jieba():
    assert tokenize("激光增材制造") == ["激光", "增材", "制造"]


def test_chinese_query_finds_german_project_via_its_chinese_text(client):
    ProjectFactory(key="laser", title=LASER)
    ProjectFactory(key="other", title=translated.make("de", de="Batteriezellen", zh="电池"))

    results = search(ANON, "激光增材制造", "zh-hans")

    assert [r.obj.key for g in results.groups for r in g.results] == ["laser"]


def test_chinese_query_finds_chinese_offer():
    OfferFactory(key="park", title=translated.make("zh", zh="激光增材制造产业园标准厂房"))

    results = search(ANON, "增材制造", "en")

    assert [r.obj.key for r in results.groups[0].results] == ["park"]
    assert results.groups[0].kind == Kind.OFFER


def test_german_query_folds_sharp_s():
    OrganisationFactory(
        key="strasse-ag",
        name=translated.make("de", de="Lindenstraße Maschinenbau AG"),
        description=translated.make("de", de="Präzisionsteile aus Göppingen"),
    )

    for query in ("Lindenstrasse", "LINDENSTRASSE", "Lindenstraße", "praezisionsteile", "Präzisionsteile"):
        results = search(ANON, query, "de")
        assert [r.obj.key for g in results.groups for r in g.results] == ["strasse-ag"], query


def test_english_query_ranks_title_matches_above_text_matches():
    ProjectFactory(
        key="in-text",
        title=translated.make("en", en="Turbine repair"),
        summary=translated.make("en", en="Uses additive manufacturing"),
    )
    ProjectFactory(key="in-title", title=translated.make("en", en="Additive manufacturing line"))

    results = search(ANON, "additive manufacturing", "en")

    assert [r.obj.key for r in results.groups[0].results] == ["in-title", "in-text"]


def test_results_are_grouped_by_kind():
    ProjectFactory(key="p", title=translated.make("en", en="Hydrogen valves"))
    OfferFactory(key="o", title=translated.make("en", en="Hydrogen industry park"))
    SessionFactory(key="s", title=translated.make("en", en="Hydrogen forum"))
    OrganisationFactory(key="org", name=translated.make("en", en="Hydrogen Works"))

    results = search(ANON, "hydrogen", "en")

    assert [g.kind for g in results.groups] == [Kind.PROJECT, Kind.OFFER, Kind.ORGANISATION, Kind.SESSION]
    assert [len(g.results) for g in results.groups] == [1, 1, 1, 1]


def test_anonymous_does_not_see_private_draft_or_unpublished_things(client):
    ProjectFactory(key="public", title=translated.make("en", en="Robotics cell public"))
    ProjectFactory(key="private", visibility="private", title=translated.make("en", en="Robotics cell private"))
    ProjectFactory(key="draft", stage="draft", title=translated.make("en", en="Robotics cell draft"))
    OfferFactory(key="hidden", published=False, title=translated.make("en", en="Robotics park hidden"))
    SessionFactory(key="secret", event=EventFactory(status="draft"), title=translated.make("en", en="Robotics closed"))

    response = client.get("/en/search/", {"q": "robotics"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Robotics cell public" in html
    for hidden in ("Robotics cell private", "Robotics cell draft", "Robotics park hidden", "Robotics closed"):
        assert hidden not in html


def test_anonymous_does_not_see_projects_waiting_for_moderation():
    ProjectFactory(key="waiting", moderation="submitted", title=translated.make("en", en="Robotics waiting"))
    ProjectFactory(key="shown", title=translated.make("en", en="Robotics shown"))

    results = search(ANON, "robotics", "en")

    assert [r.obj.key for g in results.groups for r in g.results] == ["shown"]


def test_member_sees_own_private_project_but_not_others():
    member = MembershipFactory()
    ProjectFactory(
        key="mine", organisation=member.organisation, visibility="private", title=translated.make("en", en="Robotics A")
    )
    ProjectFactory(key="theirs", visibility="private", title=translated.make("en", en="Robotics B"))

    results = search(member.person, "robotics", "en")

    assert [r.obj.key for g in results.groups for r in g.results] == ["mine"]


def test_organiser_sees_private_projects():
    ProjectFactory(key="private", visibility="private", title=translated.make("en", en="Robotics cell"))
    organiser = UserFactory(role="organiser")

    results = search(organiser, "robotics", "en")

    assert [r.obj.key for r in results.groups[0].results] == ["private"]


def test_expert_contact_email_is_never_indexed():
    from qiao.experts.models import Expert

    Expert.objects.create(
        key="wang",
        name=translated.make("zh", zh="王教授", en="Prof. Wang"),
        country="CN",
        languages=["zh-hans"],
        contact_email="secretcontact@example.org",
    )

    assert search(ANON, "secretcontact", "en").count == 0
    assert search(ANON, "wang", "en").count == 1
    assert not SearchDocument.objects.filter(body__icontains="secretcontact").exists()


def test_index_updates_when_project_text_changes():
    project = ProjectFactory(key="p", title=translated.make("de", de="Spritzguss"))

    project.title = translated.make("de", de="Druckguss")
    project.save()

    assert search(ANON, "spritzguss", "de").count == 0
    assert [r.obj.key for r in search(ANON, "druckguss", "de").groups[0].results] == ["p"]


def test_index_forgets_deleted_project():
    project = ProjectFactory(key="p", title=translated.make("de", de="Spritzguss"))

    project.delete()

    assert search(ANON, "spritzguss", "de").count == 0
    assert SearchDocument.objects.count() == SearchDocument.objects.exclude(kind=Kind.PROJECT).count()


def test_rebuild_command_restores_a_lost_index(capsys):
    ProjectFactory(key="p", title=LASER)
    SearchDocument.objects.all().delete()

    call_command("search", "rebuild")

    assert [r.obj.key for r in search(ANON, "laser", "en").groups[0].results] == ["p"]
    assert "Indexed" in capsys.readouterr().out


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_shows_a_message(client, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 400
    assert "Please enter a word to search for." in response.content.decode()


def test_overlong_query_shows_a_message(client):
    response = client.get("/de/search/", {"q": "x" * 500})

    assert response.status_code == 400
    assert "200" in response.content.decode()
    with pytest.raises(QueryError):
        query_tokens("x" * 201)


def test_page_shows_title_in_viewer_language_and_marks_fallback(client):
    ProjectFactory(key="laser", title=LASER)
    ProjectFactory(key="only-de", title=translated.make("de", de="Laserschweißen Anlage"))

    html = client.get("/zh-hans/search/", {"q": "激光"}).content.decode()
    assert "激光增材制造涡轮部件" in html
    assert 'href="/zh-hans/projects/laser/"' in html

    html = client.get("/en/search/", {"q": "laserschweissen"}).content.decode()
    assert "Laserschweißen Anlage" in html
    assert "fallback-badge" in html


def test_page_without_query_shows_only_the_form(client):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_nothing_found_message(client):
    response = client.get("/en/search/", {"q": "zeppelin"})

    assert response.status_code == 200
    assert 'id="search-empty"' in response.content.decode()


def test_backend_matches_database_vendor():
    expected = PostgresBackend if connection.vendor == "postgresql" else TokenTableBackend

    assert type(backend()) is expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL pointing at PostgreSQL")
def test_postgres_full_text_search_finds_chinese_and_german():
    ProjectFactory(key="laser", title=LASER)

    assert [r.obj.key for r in search(ANON, "激光增材制造", "zh-hans").groups[0].results] == ["laser"]
    assert [r.obj.key for r in search(ANON, "Fertigung", "de").groups[0].results] == ["laser"]


def test_empty_query_message_is_translated(client):
    response = client.get("/zh-hans/search/", {"q": ""})

    assert response.status_code == 400
    assert "请输入搜索词。" in response.content.decode()


def test_search_page_query_count_does_not_grow_with_results(client):
    ProjectFactory(title=translated.make("en", en="Gearbox one"))
    SessionFactory(title=translated.make("en", en="Gearbox forum one"))
    with CaptureQueriesContext(connection) as one:
        client.get("/en/search/", {"q": "gearbox"})
    ProjectFactory.create_batch(3, title=translated.make("en", en="Gearbox more"))
    SessionFactory.create_batch(3, title=translated.make("en", en="Gearbox forum more"))

    with CaptureQueriesContext(connection) as four:
        response = client.get("/en/search/", {"q": "gearbox"})

    assert response.context["results"].count == 8
    assert len(four) == len(one)


def test_form_keeps_the_query_and_escapes_it(client):
    response = client.get("/en/search/", {"q": '<script>"laser"'})

    html = response.content.decode()
    assert 'value="&lt;script&gt;&quot;laser&quot;"' in html
    assert "<script>" not in html


def test_admin_lists_index_read_only(client):
    ProjectFactory(title=translated.make("en", en="Gearbox"))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.get("/en/admin/search/searchdocument/", {"q": "gearbox"})

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    assert client.get("/en/admin/search/searchdocument/add/").status_code == 403


def test_save_of_unindexed_fields_keeps_the_documents():
    project = ProjectFactory(title=translated.make("en", en="Gearbox"))
    documents = SearchDocument.objects.filter(kind=Kind.PROJECT)
    before = list(documents.values_list("pk", flat=True))

    project.stage = "withdrawn"
    project.save(update_fields=["stage"])
    unchanged = list(documents.values_list("pk", flat=True))
    project.title = translated.make("en", en="Clutch")
    project.save(update_fields=["title"])

    assert unchanged == before
    assert list(documents.values_list("title", flat=True)) == ["Clutch"]
