"""List pages shared between readers who see only public rows: same content, fresh after a change,
never a reader's own rows or another request's parameters in what others get."""

from __future__ import annotations

import pytest
from django.test import Client

from qiao.core import translated
from qiao.sectors.models import ThemeTag
from tests.factories import MembershipFactory, OfferFactory, OrganisationFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def _reader(**membership: object) -> tuple[Client, object]:
    person = UserFactory(role="company")
    organisation = OrganisationFactory()
    MembershipFactory(person=person, organisation=organisation, **membership)
    client = Client()
    client.force_login(person)
    return client, organisation


def _page(client: Client, url: str = "/en/projects/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_two_public_readers_get_the_same_list_and_only_one_renders_it(django_assert_max_num_queries):
    for number in range(3):
        ProjectFactory(title=translated.make("de", de=f"Laseranlage {number}"))
    first, _ = _reader()
    second, _ = _reader()
    html = _page(first)
    # The second reader's page is the shared content: no query for the cards, tags or filter choices.
    with django_assert_max_num_queries(12) as captured:
        other = _page(second)
    assert not any("projects_project_tags" in q["sql"] for q in captured.captured_queries)
    assert "Laseranlage 2" in html
    cut = html.index("<h1>"), other.index("<h1>")
    assert html[cut[0] : html.index("</main>")] == other[cut[1] : other.index("</main>")]


def test_a_change_to_a_project_shows_at_once():
    project = ProjectFactory(title=translated.make("de", de="Alter Titel"))
    client, _ = _reader()
    assert "Alter Titel" in _page(client)

    project.title = translated.make("de", de="Neuer Titel")
    project.save()

    page = _page(client)
    assert "Neuer Titel" in page
    assert "Alter Titel" not in page


def test_a_renamed_theme_shows_at_once():
    tag = ThemeTag.objects.create(slug="laser", name=translated.make("en", en="Lasers"))
    ProjectFactory().tags.add(tag)
    client, _ = _reader()
    assert "Lasers" in _page(client)

    tag.name = translated.make("en", en="Laser optics")
    tag.save()

    assert "Laser optics" in _page(client)


def test_a_reader_with_a_hidden_own_project_sees_it_and_others_do_not():
    ProjectFactory(title=translated.make("de", de="Öffentlich"))
    owner, organisation = _reader()
    ProjectFactory(organisation=organisation, visibility="matched", title=translated.make("de", de="Nur Partner"))
    public_reader, _ = _reader()

    assert "Nur Partner" not in _page(public_reader)
    assert "Nur Partner" in _page(owner)
    assert "Nur Partner" not in _page(public_reader)
    assert "2 projects" in _page(owner)
    assert "1 project " in _page(public_reader)


def test_the_language_is_part_of_what_is_shared():
    ProjectFactory(title=translated.make("de", de="Werk", en="Plant", zh="工厂"))
    client, _ = _reader()
    assert "Plant" in _page(client, "/en/projects/")
    assert "工厂" in _page(client, "/zh-hans/projects/")
    assert "Werk" in _page(client, "/de/projects/")


def test_pages_are_shared_by_their_number_and_an_out_of_range_page_is_the_last():
    for number in range(30):
        ProjectFactory(key=f"p-{number:02d}", title=translated.make("de", de=f"Projekt Nummer {number:02d}"))
    client, _ = _reader()
    assert "Projekt Nummer 00" in _page(client, "/en/projects/?page=1")
    second = _page(client, "/en/projects/?page=2")
    assert "Projekt Nummer 29" in second
    assert "Projekt Nummer 00" not in second
    assert "Projekt Nummer 29" in _page(client, "/en/projects/?page=99")


def test_another_requests_parameters_never_reach_the_shared_page():
    for number in range(30):
        ProjectFactory(title=translated.make("de", de=f"Projekt {number}"))
    client, _ = _reader()
    _page(client, "/en/projects/?page=2&campaign=%3Cb%3Eleak%3C%2Fb%3E")
    other, _ = _reader()
    page = _page(other, "/en/projects/?page=2")
    assert "leak" not in page
    assert "campaign" not in page


def test_a_filtered_list_is_not_taken_from_the_shared_page():
    ProjectFactory(title=translated.make("de", de="Deutsch geschrieben"))
    ProjectFactory(title=translated.make("en", en="Written in English"))
    client, _ = _reader()
    _page(client)
    filtered = _page(client, "/en/projects/?language=en")
    assert "Written in English" in filtered
    assert "Deutsch geschrieben" not in filtered


def test_offers_share_the_same_way_and_a_members_unpublished_offer_stays_theirs():
    OfferFactory(published=True, title=translated.make("zh", zh="标准厂房"))
    owner, _ = _reader()
    park = OrganisationFactory(country="CN", kind="park")
    person = UserFactory(role="officer")
    MembershipFactory(person=person, organisation=park)
    OfferFactory(organisation=park, published=False, title=translated.make("zh", zh="未发布的用地"))
    officer = Client()
    officer.force_login(person)

    assert "未发布的用地" not in _page(owner, "/zh-hans/offers/")
    assert "未发布的用地" in _page(officer, "/zh-hans/offers/")
    assert "未发布的用地" not in _page(owner, "/zh-hans/offers/")


def test_the_shared_programme_shows_an_edited_session_and_a_new_talk_at_once():
    from qiao.summits.models import Speaker, Talk
    from tests.factories import SessionFactory

    session = SessionFactory(title=translated.make("en", en="Opening forum"))
    speaker = Speaker.objects.create(key="mayor", name=translated.make("en", en="The Mayor of Shaoxing"))
    client, _ = _reader()
    url = f"/en/summits/{session.event.key}/"
    assert "Opening forum" in _page(client, url)

    session.title = translated.make("en", en="High-level forum")
    session.save()
    page = _page(client, url)
    assert "High-level forum" in page
    assert "Opening forum" not in page
    assert "The Mayor of Shaoxing" not in page

    Talk.objects.create(session=session, speaker=speaker, kind="keynote", order=1)
    assert "The Mayor of Shaoxing" in _page(client, url)
