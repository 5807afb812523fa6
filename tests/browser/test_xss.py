"""Stored and reflected XSS: every free-text field of every form, in zh-hans, de and en.

The free-text fields are listed from the forms themselves (every ``qiao.*.forms`` module);
a form with such a field that has no entry in PAGES fails the coverage test. For each
form the test signs in as someone who may use it, fills every text box and text area of
the real page's form with a payload, completes the rest so that the post is valid, posts
it, and collects the answer and the pages where the saved text is read (the reader's
workspace, inbox message, the request's page, the admin's audit entry…), in each
language. Chromium then renders each page with scripts on, **without** the
Content-Security-Policy (which would hide an escaping mistake) and without network, and
``window.__xss`` must stay undefined.

So that no check passes by accident: every post must be accepted (except the forms in
RE_SHOWN, which store nothing), every page named for a form must show its payload
(escaped), e-mails named for it must carry it, and the forms in REFUSED (identifiers, not
text) must be refused with no row holding the payload.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import io
import itertools
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from django import forms
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

import qiao
from qiao.core.fields import TranslatedTextFormField
from qiao.reviews.enums import CRITERIA

LANGUAGES = ("zh-hans", "de", "en")
DETECTOR = "window.__xss"


def payload(marker: str) -> str:
    """Breaks out of an attribute and of text, with an event handler and a script."""
    return f'{marker}"><img src=x onerror={DETECTOR}=1><script>{DETECTOR}=2</script>'


def short_payload(marker: str) -> str:
    """The same for boxes with a short limit (identifiers of 64 characters): an event handler only."""
    return f'{marker}"><svg onload={DETECTOR}=3>'


# ---------------------------------------------------------------------------------------
# The free-text fields, read from the forms


def _is_free_text(form_field: forms.Field) -> bool:
    if isinstance(form_field, TranslatedTextFormField):
        return True
    if not isinstance(form_field, forms.CharField) or isinstance(
        form_field, forms.EmailField | forms.URLField | forms.SlugField
    ):
        return False
    widget = form_field.widget
    return isinstance(widget, forms.TextInput | forms.Textarea) and not isinstance(
        widget, forms.PasswordInput | forms.HiddenInput | forms.EmailInput | forms.URLInput | forms.NumberInput
    )


def _fields_of(cls: type[forms.BaseForm]) -> dict[str, forms.Field]:
    """The form's fields, with those its __init__ adds when it can be built without arguments."""
    try:
        return dict(cls().fields)
    except Exception:
        return dict(cls.base_fields)


def free_text_forms() -> dict[str, list[str]]:
    """Dotted form class → its free-text field names, for every form in the package."""
    found: dict[str, list[str]] = {}
    for module_info in pkgutil.walk_packages(qiao.__path__, "qiao."):
        name = module_info.name
        if not (name.endswith(".forms") or ".forms." in name):
            continue
        module = importlib.import_module(name)
        for class_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name or not issubclass(cls, forms.BaseForm) or class_name.startswith("_"):
                continue
            texts = sorted(n for n, f in _fields_of(cls).items() if _is_free_text(f))
            if texts:
                found[f"{name}.{class_name}"] = texts
    return found


# ---------------------------------------------------------------------------------------
# Where each form lives, who uses it, and which pages show what it saved


World = dict[str, Any]
Build = Callable[[World], str]


@dataclass
class Page:
    """One form on one page: the page, the form's action, the user, and where what it saved is read.

    Every page in `shown_on` (built after the post, so it may name what the post created)
    must show the payload; so must the e-mails sent to the people in `mailed`. A form with
    neither must show it on its answer (the page its post redirects to, or the re-shown form).
    """

    user: str | None
    page: Build
    action: Build | None = None
    shown_on: list[tuple[str | None, Build]] = field(default_factory=list)
    # Extra values the form needs to be valid (so that the text is stored, not only re-shown).
    extra: dict[str, str | Callable[[World], str | list[str]]] = field(default_factory=dict)
    # Files the form needs (name → a fresh upload).
    files: dict[str, Callable[[], Any]] = field(default_factory=dict)
    # The page answers a valid post itself (200) instead of redirecting (a refusal is a 422).
    answers_in_place: bool = False
    # Fields the page carries as hidden inputs but the form class reads as free text.
    fill: tuple[str, ...] = ()
    # Boxes whose text must have a form around the payload (an address: https://…/payload).
    wrap: dict[str, Callable[[str], str]] = field(default_factory=dict)
    # Usernames whose e-mail (sent by this post) must carry the text.
    mailed: tuple[str, ...] = ()


def url(name: str, *args: Callable[[World], Any], query: str = "") -> Build:
    """A named page; `query` ("to=district") appends ?to=<the world's district>."""
    if not query:
        return lambda w: reverse(name, args=[arg(w) for arg in args])
    parameter, value = query.split("=")
    return lambda w: f"{reverse(name, args=[arg(w) for arg in args])}?{parameter}={key(value)(w)}"


def key(name: str) -> Callable[[World], Any]:
    """A world value; callables are looked up when the page is built (earlier forms may create it)."""
    return lambda w: w[name]() if callable(w[name]) else w[name]


def inbox(username: str, kind: str) -> Build:
    """The newest notification of `kind` to `username`, opened (the inbox lists subjects only)."""

    def build(w: World) -> str:
        from qiao.notifications.models import Notification

        found = Notification.objects.filter(recipient__username=username, kind=kind).order_by("-pk").first()
        return reverse("notifications:detail", args=[found.pk]) if found else f"/no-{kind}-notification-for-{username}/"

    return build


def audit_entry(action: str, object_key: str) -> Build:
    """The admin page of the newest audit entry `action` on the world's `object_key` (organisers only)."""

    def build(w: World) -> str:
        from qiao.core.models import AuditEntry

        entries = AuditEntry.objects.filter(action=action, object_id=str(key(object_key)(w)))
        found = entries.order_by("-pk").values_list("pk", flat=True).first()
        return reverse("admin:core_auditentry_change", args=[found]) if found else f"/no-{action}-audit-entry/"

    return build


PAGES: dict[str, Page] = {
    # The applicant reads the reason in the decision e-mail (plain text, no inbox entry);
    # organisers read it on the application's and the audit entry's admin pages.
    "qiao.accounts.forms.DecisionForm": Page(
        "organiser",
        url("accounts:applications"),
        url("accounts:decide", key("application")),
        [
            ("organiser", url("admin:accounts_application_change", key("application"))),
            ("organiser", audit_entry("account.rejected", "rejected")),
        ],
        {"decision": "reject"},
        mailed=("rejected",),
    ),
    "qiao.accounts.forms.LoginForm": Page(None, url("account_login")),
    "qiao.accounts.forms.ProfileForm": Page(
        "applicant",
        url("accounts:profile"),
        shown_on=[("applicant", url("accounts:profile")), ("organiser", url("accounts:applications"))],
        extra={"time_zone": "Asia/Shanghai"},
    ),
    "qiao.accounts.forms.SignupForm": Page(
        None,
        url("account_signup"),
        shown_on=[("organiser", url("accounts:applications"))],
        extra={
            "role": "officer",
            "password1": "Hangzhou-Bay-Bridge-36km",
            "password2": "Hangzhou-Bay-Bridge-36km",
            "time_zone": "Asia/Shanghai",
            "consent_processing": "on",
            "consent_cross_border": "on",
        },
    ),
    "qiao.accounts.forms.TwoFactorCodeForm": Page("organiser", url("accounts:two_factor")),
    "qiao.api.forms.TokenForm": Page("company", url("api_tokens:list"), answers_in_place=True),
    # The payload in the path of a public https address; one event.
    "qiao.api.forms.WebhookForm": Page(
        "company",
        url("api_tokens:webhooks"),
        answers_in_place=True,
        extra={"events": lambda w: [w["webhook_event"]]},
        wrap={"url": lambda text: f"https://hooks.example.org/{text}"},
    ),
    # A letter of intent between the case's district and company, for that case and project.
    "qiao.deals.forms.AgreementForm": Page(
        "organiser",
        url("deals:create"),
        extra={"parties": key("parties"), "case": key("case_pk"), "project": key("case_project")},
    ),
    # Asked from the counterpart's page (?to=), as the matches do; its members read the message.
    "qiao.meetings.forms.MeetingRequestForm": Page(
        "company",
        url("meetings:request_new", query="to=counterpart"),
        shown_on=[("recipient", url("workspaces:home")), ("recipient", inbox("recipient", "meeting_requested"))],
    ),
    # A slug or key is no free text (a payload there is refused): each gets a fresh valid one.
    "qiao.news.forms.GalleryForm": Page("organiser", url("news:gallery_create"), extra={"slug": key("fresh_slug")}),
    "qiao.news.forms.NewsItemForm": Page("organiser", url("news:create"), extra={"slug": key("fresh_slug")}),
    "qiao.news.forms.PhotoForm": Page(
        "organiser",
        url("news:gallery_edit", key("gallery")),
        url("news:photo_upload", key("gallery")),
        files={"image": lambda: _png()},
    ),
    # A deleted case leaves every list; its reason is kept in the audit log, which the
    # organisers read in the admin (the case's own admin page has no reason field).
    "qiao.pipeline.forms.DeleteForm": Page(
        "officer",
        url("pipeline:case", key("case_to_delete")),
        url("pipeline:delete", key("case_to_delete")),
        [("organiser", audit_entry("pipeline.case_deleted", "case_to_delete"))],
    ),
    "qiao.pipeline.forms.MoveForm": Page(
        "officer",
        url("pipeline:case", key("case")),
        url("pipeline:move", key("case")),
        [("officer", url("pipeline:case", key("case")))],
    ),
    "qiao.pipeline.forms.TaskForm": Page(
        "officer",
        url("pipeline:case", key("case")),
        url("pipeline:add_task", key("case")),
        [("officer", url("pipeline:case", key("case")))],
        {"due_on": key("next_week")},
    ),
    "qiao.pipeline.forms.TemplateForm": Page("officer", url("pipeline:template", key("template"))),
    "qiao.pipeline.forms.TemplateStepForm": Page("officer", url("pipeline:template_step_new", key("template"))),
    "qiao.projects.forms.OfferForm": Page("officer", url("workspaces:offer_create")),
    "qiao.projects.forms.ProjectForm": Page("company", url("workspaces:project_create"), extra={"start": ""}),
    "qiao.reviews.forms.AdviceForm": Page(
        "company",
        url("reviews:advice", key("advice_project")),
        shown_on=[("organiser", url("reviews:advice", key("advice_project")))],
    ),
    # An open assignment each (the demo's are all submitted); the requester (an organiser)
    # reads the decline reason on the request's page and in the inbox, the reviews on the page.
    "qiao.reviews.forms.DeclineForm": Page(
        "expert",
        url("reviews:decline", key("decline_assignment")),
        shown_on=[
            ("organiser", url("reviews:detail", key("decline_request"))),
            ("organiser", inbox("organiser", "review_declined")),
        ],
    ),
    "qiao.reviews.forms.ReviewForm": Page(
        "expert",
        url("reviews:review", key("review_assignment")),
        shown_on=[("organiser", url("reviews:detail", key("review_request")))],
        extra={**{f"{name}_score": "4" for name, _label in CRITERIA}, "recommendation": "conditions"},
    ),
    "qiao.tickets.forms.CheckInForm": Page("organiser", url("tickets:checkin", key("event"))),
    # Its free-text boxes are hidden inputs naming what to translate: see REFUSED.
    "qiao.translations.forms.RequestForm": Page(
        "company",
        url("web:project", key("foreign_project")),
        url("translations:request"),
        fill=("target", "field"),
    ),
    # The translation becomes the project's title in the reader's language.
    "qiao.translations.forms.TranslationForm": Page(
        "organiser",
        url("translations:translate", key("translation")),
        shown_on=[("company", url("web:project", key("translated_project")))],
    ),
    # The requester reads the reason in their workspace's sent requests and in the inbox.
    "qiao.workspaces.forms.DeclineForm": Page(
        "officer",
        url("workspaces:home"),
        lambda w: reverse("workspaces:answer_request", args=[key("request")(w), "decline"]),
        [("requester", url("workspaces:home")), ("requester", inbox("requester", "meeting_answered"))],
    ),
    "qiao.workspaces.forms.RejectForm": Page("organiser", url("workspaces:moderation")),
    "qiao.workspaces.forms.SessionForm": Page(
        "organiser",
        url("workspaces:session_create", key("event")),
        extra={"key": key("fresh_slug"), "day": key("event_day"), "start": "08:00", "end": "08:30"},
    ),
    "qiao.workspaces.forms.SpeakerForm": Page(
        "organiser", url("workspaces:speaker_create", key("event")), extra={"key": key("fresh_slug")}
    ),
    "qiao.workspaces.forms.TalkForm": Page("organiser", url("workspaces:talk_create", key("event"), key("session"))),
}


def _translation_requests_holding(marker: str) -> bool:
    from qiao.core.models import AuditEntry
    from qiao.translations.models import TranslationRequest

    stored = TranslationRequest.objects.filter(field__contains=marker).exists()
    audited = AuditEntry.objects.filter(action__startswith="translation.").values_list("data", flat=True)
    return stored or any(marker in json.dumps(data) for data in audited)


# Forms whose answer is the re-shown form: they store nothing, or not this text. Every other
# form's post must be accepted (redirected), so that its text is checked where it is stored.
RE_SHOWN = {
    "qiao.accounts.forms.LoginForm": "a sign-in stores nothing",
    "qiao.accounts.forms.TwoFactorCodeForm": "a code is checked, not stored",
    "qiao.tickets.forms.CheckInForm": "a ticket code is looked up, not stored (an unknown one: 400)",
}

# Forms whose free-text boxes carry identifiers that the server checks against a fixed list
# (the translation registry: a model label and one of its field names). No text of the
# reader's is ever stored or shown, so there is no page to check: instead the payload must be
# refused with this message, and no row may hold it. Form → (refusal, "does a row hold it?").
REFUSED: dict[str, tuple[str, Callable[[str], bool]]] = {
    "qiao.translations.forms.RequestForm": (
        gettext_noop("This text cannot be translated on request."),
        _translation_requests_holding,
    ),
}


def test_every_form_with_free_text_is_covered():
    uncovered = sorted(set(free_text_forms()) - set(PAGES))

    assert uncovered == [], f"forms with free-text fields but no page in PAGES: {uncovered}"


# ---------------------------------------------------------------------------------------
# Reading and filling the real page's form


class _Forms(HTMLParser):
    """Every <form>: its action and its fields with their default values."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get").lower(), "fields": []})
            return
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    fields.append((name, a.get("value", "on"), "choice"))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                fields.append((name, a.get("value", ""), "text" if kind in ("text", "search") else kind))
        elif tag == "textarea" and name:
            fields.append((name, "", "text"))
        elif tag == "select" and name:
            self._select = name
            fields.append((name, None, "select"))
        elif tag == "option" and self._select:
            value = a.get("value", "")
            current = fields[-1] if fields and fields[-1][0] == self._select else None
            if current and (current[1] is None or "selected" in a) and value:
                fields[-1] = (self._select, value, "select")

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def _form_data(
    html: str,
    page_path: str,
    action: str | None,
    marker: str,
    fill: tuple[str, ...] = (),
    wrap: dict[str, Callable[[str], str]] | None = None,
) -> tuple[str, dict[str, list[str]]]:
    """The target form's action and its data: defaults kept, every free-text box (and `fill`) given the payload."""
    parser = _Forms()
    parser.feed(html)
    candidates = [f for f in parser.forms if f["method"] == "post"]
    if action is not None:
        candidates = [f for f in candidates if urlsplit(urljoin(page_path, f["action"] or page_path)).path == action]
    else:
        candidates = [f for f in candidates if any(kind == "text" for _n, _v, kind in f["fields"])]
    assert candidates, f"no form posting to {action or 'a free-text form'} on {page_path}"
    form = candidates[0]
    missing = sorted(set(fill) - {name for name, _v, _k in form["fields"]})
    assert not missing, f"the form posting to {action} on {page_path} has no field {missing}"
    data: dict[str, list[str]] = {}
    for name, value, kind in form["fields"]:
        if name in fill:
            data.setdefault(name, []).append(short_payload(marker))
        elif kind == "text":
            data.setdefault(name, []).append((wrap or {}).get(name, str)(payload(marker)))
        elif value is not None:
            data.setdefault(name, []).append(value)
    return urljoin(page_path, form["action"] or page_path), data


# ---------------------------------------------------------------------------------------
# The demo world and the browser


def _world(language: str) -> dict[str, Any]:
    """Demo objects the pages need, plus a pending applicant, a second case, a gallery…"""
    from qiao.accounts.domain.signup import enrol
    from qiao.accounts.models import Application, Membership, User
    from qiao.api.enums import WebhookEvent
    from qiao.core import translated
    from qiao.experts.models import Expert
    from qiao.matchmaking.domain import experts as expert_matching
    from qiao.meetings.models import MeetingRequest
    from qiao.news.models import PhotoGallery
    from qiao.pipeline.domain.cases import open_case
    from qiao.pipeline.enums import next_stage
    from qiao.pipeline.models import Case, ChecklistTemplate
    from qiao.projects.models import Project
    from qiao.reviews.domain.advice import takes_part
    from qiao.reviews.models import Assignment, ReviewRequest
    from qiao.summits.models import Session
    from qiao.translations.domain.requests import request_translation
    from tests.factories import OrganisationFactory, ProjectFactory, UserFactory

    call_command("loaddemo", stdout=io.StringIO())
    # Two pending applicants: one to reject, one who edits their profile (still listed).
    applicant, rejected = (
        UserFactory(username=name, role="officer", approved=False) for name in ("applicant", "rejected")
    )
    for person in (applicant, rejected):
        enrol(person, role="officer", language="en", time_zone="Asia/Shanghai")
    cases = Case.objects.filter(deleted_at__isnull=True, district__memberships__person__username="officer")
    case = next((c for c in cases.order_by("pk") if next_stage(c.stage) is not None), None)
    session = Session.objects.select_related("event").order_by("-event__starts_at", "pk").first()
    template = ChecklistTemplate.objects.filter(district__memberships__person__username="officer").first()
    officer = User.objects.get(username="officer")
    company = User.objects.get(username="company")
    organiser = User.objects.get(username="organiser")
    gallery = PhotoGallery.objects.first() or PhotoGallery.objects.create(
        slug="xss-gallery", title=translated.make("en", en="Gallery"), description=translated.make("en", en="Photos")
    )
    project = case.project if case else None
    second = open_case(ProjectFactory(), case.district, officer, owner=officer) if case else None
    advice = next((p for p in Project.objects.order_by("key") if takes_part(company, p)), None)
    other = "zh" if language != "zh-hans" else "de"
    foreign = ProjectFactory(title=translated.make(other, **{other: "Fremdsprachiges Projekt"}))
    # A second one, whose title the reader has already asked to have in their language.
    to_translate = ProjectFactory(title=translated.make(other, **{other: "Zu übersetzendes Projekt"}))
    translation_request, _new = request_translation(company, to_translate, "title", language)
    ProjectFactory(moderation="submitted")  # something for the moderation queue to reject
    # A request from another company's representative for the officer's district to decline
    # (the demo company asks for its own meeting through the form).
    requester = UserFactory(username="requester", role="company", language=language)
    requester_organisation = OrganisationFactory()
    Membership.objects.create(person=requester, organisation=requester_organisation)
    # An organisation the demo company has not asked yet, with an officer to read the request.
    recipient = UserFactory(username="recipient", role="officer", language=language)
    counterpart = OrganisationFactory(kind="park", country="CN")
    Membership.objects.create(person=recipient, organisation=counterpart)
    request = (
        MeetingRequest.objects.create(
            event=session.event,
            requester=requester,
            requester_organisation=requester_organisation,
            recipient_organisation=case.district,
        )
        if case is not None and session is not None
        else None
    )
    # Two open review assignments of the demo expert, asked for by an organiser: one to
    # decline, one to review (the demo's own assignments are all submitted).
    expert = Expert.objects.get(person__username="expert")
    deadline = dt.date.today() + dt.timedelta(days=30)
    review_requests = [
        ReviewRequest.objects.create(project=ProjectFactory(), requested_by=organiser, deadline=deadline)
        for _ in range(2)
    ]
    decline, review = (Assignment.objects.create(request=r, expert=expert) for r in review_requests)
    # The request's page proposes experts: built here, so that no page starts a background build.
    expert_matching.current_engine(wait=True)
    slugs = itertools.count(1)
    return {
        "case_to_delete": second.pk if second else 0,
        "advice_project": advice.key if advice else "",
        "foreign_project": foreign.key,
        "translation": translation_request.pk,
        "translated_project": to_translate.key,
        "application": Application.objects.get(person=rejected).pk,
        "rejected": rejected.pk,
        "case": case.pk if case else 0,
        "template": template.pk if template else 0,
        "event": session.event.key if session else "",
        "session": session.pk if session else 0,
        "decline_assignment": decline.pk,
        "decline_request": decline.request_id,
        "review_assignment": review.pk,
        "review_request": review.request_id,
        "request": request.pk if request else 0,
        "counterpart": counterpart.key,
        "webhook_event": WebhookEvent.values[0],
        "parties": [str(case.district.pk), str(case.project.organisation_id)] if case else [],
        "case_pk": str(case.pk) if case else "",
        "case_project": str(case.project_id) if case else "",
        "fresh_slug": lambda: f"xss-{next(slugs)}",
        "event_day": session.event.starts_at.astimezone(session.event.zone).date().isoformat() if session else "",
        "next_week": (dt.date.today() + dt.timedelta(days=7)).isoformat(),
        "gallery": gallery.pk if gallery else 0,
        "project": project.key if project else "",
    }


def _client(username: str | None) -> Client:
    from qiao.accounts.models import User

    client = Client()
    if username:
        client.force_login(User.objects.get(username=username))
    return client


def _executed(browser: Any, html: str) -> Any:
    """Renders the page offline with scripts on and no CSP; returns what the payload set, if anything."""
    context = browser.new_context(java_script_enabled=True, bypass_csp=True)
    try:
        context.route("**/*", lambda route: route.abort())
        page = context.new_page()
        page.set_content(html, wait_until="load")
        return page.evaluate(f"() => {DETECTOR}")
    finally:
        context.close()


@pytest.mark.parametrize("make", [payload, short_payload])
def test_detector_sees_an_unescaped_payload(browser, make):
    assert _executed(browser, f"<p>{make('control')}</p>") in (1, 2, 3)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_payload_runs_on_any_page(browser, expert_engine, language):
    world = _world(language)
    executed: list[str] = []
    unseen: list[str] = []
    failures: list[str] = []
    for number, (form_path, spec) in enumerate(sorted(PAGES.items())):
        marker = f"xss{number}{language.replace('-', '')}"
        with translation.override(language):
            page_path = spec.page(world)
            action = spec.action(world) if spec.action else None
        client = _client(spec.user)
        page = client.get(page_path)
        if page.status_code != 200:
            failures.append(f"{form_path}: {page_path} answered {page.status_code}")
            continue
        try:
            target, data = _form_data(page.content.decode(), page_path, action, marker, spec.fill, spec.wrap)
        except AssertionError as missing:
            failures.append(f"{form_path}: {missing}")
            continue
        for name, value in spec.extra.items():
            given = value if isinstance(value, str) else value(world)
            data[name] = given if isinstance(given, list) else [given]
        for name, upload in spec.files.items():
            data[name] = [upload()]
        if "username" in data:
            data["username"] = [f"x{number}{language[:2]}"]
        if "email" in data:
            data["email"] = [f"{marker}@example.org"]
        sent = len(mail.outbox)
        answer = client.post(target, data, follow=True)
        answer_html = answer.content.decode()
        documents = [(f"{form_path} answer", answer_html)]
        # Built after the post: a result page may name what the post created (a notification…).
        with translation.override(language):
            results = [(user, build(world)) for user, build in spec.shown_on]
        for user, path in results:
            shown = _client(user).get(path)
            html = shown.content.decode()
            documents.append((f"{form_path} on {path} (as {user})", html))
            if shown.status_code != 200:
                failures.append(f"{form_path}: {path} answered {shown.status_code} to {user}")
            elif marker not in html:
                failures.append(f"{form_path}: the saved text is not on {path} (as {user})")
        mails = mail.outbox[sent:]
        for username in spec.mailed:
            address = _address(username)
            bodies = [m.body for m in mails if address in m.to]
            if not any(marker in body for body in bodies):
                failures.append(f"{form_path}: no e-mail to {username} carries the saved text")
        # Plain-text bodies are shown as text by mail programs; an HTML part is a page to render.
        documents += [
            (f"{form_path} e-mail to {m.to} ({kind})", str(content))
            for m in mails
            for content, kind in getattr(m, "alternatives", [])
            if "html" in kind
        ]
        if form_path in REFUSED:
            refusal, holds = REFUSED[form_path]
            with translation.override(language):
                expected = gettext(refusal)
            if expected not in answer_html:
                failures.append(f"{form_path}: the answer does not say {expected!r}")
            if holds(marker):
                failures.append(f"{form_path}: a row holds the refused text")
        elif not spec.shown_on and not spec.mailed and marker not in answer_html:
            unseen.append(form_path)
        accepted = bool(answer.redirect_chain) or (spec.answers_in_place and answer.status_code == 200)
        if form_path not in REFUSED and accepted == (form_path in RE_SHOWN):
            failures.append(f"{form_path}: {'accepted' if accepted else 'not accepted'} ({answer.status_code})")
        executed += [label for label, html in documents if _executed(browser, html) is not None]

    assert executed == [], "\n".join(executed)
    assert failures == [], "\n".join(failures)
    assert unseen == [], "saved text shown on no page: " + ", ".join(unseen)


def _png() -> Any:
    """A small real PNG (the upload is checked by content)."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def _address(username: str) -> str:
    from qiao.accounts.models import User

    return User.objects.get(username=username).email
