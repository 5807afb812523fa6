"""Reading across languages: readers ask for a translation, the owner's translators provide it."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qiao.core import translated
from qiao.core.models import AuditEntry
from qiao.deals.models import Agreement, AgreementParty
from qiao.translations.models import TranslationRequest
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OrganisationFactory,
    ProjectFactory,
    SessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

REQUEST_URL = "/en/translations/request/"


@pytest.fixture
def project():
    return ProjectFactory(
        key="optics",
        title=translated.make("de", de="Präzisionsoptik für Laser"),
        summary=translated.make("de", de="Wir suchen einen Standort."),
    )


def _ask(client, obj, field="title", language="en", label="projects.project"):
    return client.post(
        REQUEST_URL,
        {"target": label, "object_id": obj.pk, "field": field, "language": language, "next": "/en/projects/optics/"},
    )


def test_anonymous_reader_cannot_request(client, project):
    response = _ask(client, project)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert TranslationRequest.objects.count() == 0


def test_anonymous_reader_sees_no_request_button(client, project):
    html = client.get("/en/projects/optics/").content.decode()

    assert "Request translation" not in html


def test_signed_in_reader_sees_button_only_for_missing_language(client, project):
    client.force_login(UserFactory())

    english = client.get("/en/projects/optics/").content.decode()
    german = client.get("/de/projects/optics/").content.decode()

    assert english.count("Request translation") == 2  # title and summary
    assert 'name="object_id"' not in german


def test_request_is_queued_for_the_owning_organisation(client, project):
    reader = UserFactory()
    client.force_login(reader)

    response = _ask(client, project)

    request = TranslationRequest.objects.get()
    assert (response.status_code, response["Location"]) == (302, "/en/projects/optics/")
    assert (request.field, request.source_language, request.target_language) == ("title", "de", "en")
    assert (request.organisation, request.requested_by, request.status) == (project.organisation, reader, "open")
    assert AuditEntry.objects.filter(action="translation.requested").count() == 1


def test_duplicate_requests_are_merged(client, project):
    first, second = UserFactory(), UserFactory()
    client.force_login(first)
    _ask(client, project)
    _ask(client, project)
    client.force_login(second)

    _ask(client, project)

    request = TranslationRequest.objects.get()
    assert set(request.requesters.all()) == {first, second}
    assert request.requested_by == first


def test_same_text_into_another_language_is_a_separate_request(client, project):
    client.force_login(UserFactory())

    _ask(client, project, language="en")
    _ask(client, project, language="zh-hans")

    assert sorted(TranslationRequest.objects.values_list("target_language", flat=True)) == ["en", "zh-hans"]


def test_request_for_existing_language_is_refused_with_message(client, project):
    client.force_login(UserFactory())

    response = _ask(client, project, language="de")

    assert TranslationRequest.objects.count() == 0
    html = client.get(response["Location"]).content.decode()
    assert "This text is already available in German." in html


@pytest.mark.parametrize(
    "payload",
    [
        {"target": "accounts.user", "object_id": "1", "field": "username", "language": "en"},
        {"target": "projects.project", "object_id": "1", "field": "needs_talent", "language": "en"},
        {"target": "projects.project", "object_id": "abc", "field": "title", "language": "en"},
        {"target": "projects.project", "object_id": "1", "field": "title", "language": "fr"},
        {},
    ],
)
def test_malformed_requests_are_refused_without_error(client, project, payload):
    client.force_login(UserFactory())

    response = client.post(REQUEST_URL, payload)

    assert response.status_code == 302
    assert TranslationRequest.objects.count() == 0


def test_text_the_reader_cannot_see_cannot_be_requested(client):
    hidden = ProjectFactory(visibility="private", title=translated.make("de", de="Geheim"))
    client.force_login(UserFactory())

    _ask(client, hidden)

    assert TranslationRequest.objects.count() == 0


@pytest.fixture
def open_request(client, project):
    client.force_login(UserFactory())
    _ask(client, project)
    client.logout()
    return TranslationRequest.objects.get()


def test_member_of_owning_organisation_translates_end_to_end(client, project, open_request):
    member = MembershipFactory(
        organisation=project.organisation, person=UserFactory(first_name="Anna", last_name="Kl")
    ).person
    client.force_login(member)

    queue = client.get("/en/translations/").content.decode()
    form = client.get(f"/en/translations/{open_request.pk}/").content.decode()
    response = client.post(f"/en/translations/{open_request.pk}/", {"text": "Precision optics for lasers"})

    project.refresh_from_db()
    open_request.refresh_from_db()
    assert f'href="/en/translations/{open_request.pk}/"' in queue
    assert '<p lang="de" class="translation-source">Präzisionsoptik für Laser</p>' in form
    assert '<a href="/en/projects/optics/">' in form
    assert (response.status_code, response["Location"]) == (302, "/en/translations/")
    assert project.title["en"]["text"] == "Precision optics for lasers"
    assert (project.title["en"]["status"], project.title["en"]["by"]) == ("translated", "Anna Kl")
    assert dt.datetime.fromisoformat(project.title["en"]["at"]) == open_request.done_at
    assert project.title["de"] == {"text": "Präzisionsoptik für Laser", "status": "original"}
    assert (open_request.status, open_request.done_by) == ("done", member)
    assert AuditEntry.objects.filter(action="translation.done").count() == 1
    page = client.get("/en/projects/optics/").content.decode()
    assert "<h1>Precision optics for lasers</h1>" in page


def test_random_company_cannot_translate(client, project, open_request):
    outsider = MembershipFactory(organisation=OrganisationFactory(), person=UserFactory(role="company")).person
    client.force_login(outsider)

    queue = client.get("/en/translations/").content.decode()
    page = client.get(f"/en/translations/{open_request.pk}/")
    post = client.post(f"/en/translations/{open_request.pk}/", {"text": "Hijacked"})

    project.refresh_from_db()
    open_request.refresh_from_db()
    assert "No open translation requests for you." in queue
    assert (page.status_code, post.status_code) == (404, 404)
    assert "en" not in project.title
    assert open_request.status == "open"


def test_anonymous_cannot_open_translator_page(client, open_request):
    response = client.get(f"/en/translations/{open_request.pk}/")

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_empty_translation_is_refused_and_request_stays_open(client, project, open_request):
    client.force_login(UserFactory(role="organiser"))

    response = client.post(f"/en/translations/{open_request.pk}/", {"text": "   "})

    open_request.refresh_from_db()
    assert response.status_code == 200
    assert "Enter the translation." in response.content.decode()
    assert open_request.status == "open"


def test_answered_request_cannot_be_answered_twice(client, project, open_request):
    client.force_login(UserFactory(role="organiser"))
    client.post(f"/en/translations/{open_request.pk}/", {"text": "First"})

    response = client.post(f"/en/translations/{open_request.pk}/", {"text": "Second"})

    project.refresh_from_db()
    assert response.status_code == 200
    assert "This request has already been answered." in response.content.decode()
    assert project.title["en"]["text"] == "First"


def test_organiser_translates_programme_text_without_owner(client):
    session = SessionFactory(event=EventFactory(key="s26"), title=translated.make("zh", zh="海外连线"))
    reader, organiser = UserFactory(), UserFactory(role="organiser")
    client.force_login(reader)
    _ask(client, session, label="summits.session")
    request = TranslationRequest.objects.get()
    client.force_login(organiser)

    client.post(f"/en/translations/{request.pk}/", {"text": "Online link-up"})

    session.refresh_from_db()
    assert request.organisation is None
    assert session.title["en"]["text"] == "Online link-up"
    assert session.title["zh-hans"]["status"] == "original"


def test_after_translation_a_new_request_for_that_language_is_refused(client, project, open_request):
    client.force_login(UserFactory(role="organiser"))
    client.post(f"/en/translations/{open_request.pk}/", {"text": "Precision optics"})
    client.force_login(UserFactory())

    _ask(client, project)

    assert TranslationRequest.objects.count() == 1


def test_with_translation_keeps_other_languages_and_never_replaces_the_original():
    value = translated.make("de", de="Laser", zh="激光")
    when = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)

    result = translated.with_translation(value, "en", " Laser systems ", "Li Wei", when)

    assert result == {
        **value,
        "en": {"text": "Laser systems", "status": "translated", "by": "Li Wei", "at": when.isoformat()},
    }
    assert translated.provenance(result, "en") == ("Li Wei", when.isoformat())
    with pytest.raises(ValidationError):
        translated.with_translation(value, "de", "Anders", "Li Wei", when)


def test_queue_query_count_does_not_grow_with_requests(client):
    organiser = UserFactory(role="organiser")
    reader = UserFactory()

    def ask_for_new_project():
        client.force_login(reader)
        _ask(client, ProjectFactory(title=translated.make("de", de="Neu")))

    ask_for_new_project()
    client.force_login(organiser)
    with CaptureQueriesContext(connection) as one:
        client.get("/en/translations/")
    for _ in range(3):
        ask_for_new_project()
    client.force_login(organiser)
    with CaptureQueriesContext(connection) as four:
        html = client.get("/en/translations/").content.decode()

    assert html.count('class="button-link"') == 4
    assert len(four) == len(one)


def test_signed_agreement_title_can_be_requested_from_the_intents_page(client):
    event = EventFactory()
    agreement = Agreement.objects.create(
        key="agr-x", kind="intent", title=translated.make("zh", zh="投资意向书"), event=event, signed_at=event.starts_at
    )
    AgreementParty.objects.create(agreement=agreement, organisation=OrganisationFactory(), public_consent=True)
    client.force_login(UserFactory())

    html = client.get("/en/intents/").content.decode()
    client.post(
        REQUEST_URL,
        {"target": "deals.agreement", "object_id": Agreement.objects.get().pk, "field": "title", "language": "en"},
    )

    assert 'name="target" value="deals.agreement"' in html
    assert TranslationRequest.objects.get().organisation is None


def test_reader_who_asked_sees_requested_instead_of_button(client, project):
    client.force_login(UserFactory())
    _ask(client, project, field="title")

    html = client.get("/en/projects/optics/").content.decode()

    assert html.count('class="translation-request translation-request--asked"') == 1  # the title
    assert html.count("Request translation") == 1  # the summary still offers the button
