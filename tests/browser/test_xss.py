"""Stored and reflected XSS: every free-text field of every form, in zh-hans, de and en.

The free-text fields are listed from the forms themselves (every ``qiao.*.forms`` module);
a form with such a field that has no entry in PAGES fails the coverage test. For each
form the test signs in as someone who may use it, fills every text box and text area of
the real page's form with a payload, posts it, and collects the answer (a re-shown form:
reflected) and the pages that show what was saved (stored), in each language. Chromium
then renders each page with scripts on, **without** the Content-Security-Policy (which
would hide an escaping mistake) and without network, and ``window.__xss`` must stay
undefined. Each form's payload must show up (escaped) on one of its pages, so a page that
stopped showing the text cannot pass by accident.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from django import forms
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

import qiao
from qiao.core.fields import TranslatedTextFormField

LANGUAGES = ("zh-hans", "de", "en")
DETECTOR = "window.__xss"


def payload(marker: str) -> str:
    """Breaks out of an attribute and of text, with an event handler and a script."""
    return f'{marker}"><img src=x onerror={DETECTOR}=1><script>{DETECTOR}=2</script>'


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


@dataclass
class Page:
    """One form on one page: the page, the form's action, the user, and the pages showing the result."""

    user: str | None
    page: Callable[[dict[str, Any]], str]
    action: Callable[[dict[str, Any]], str] | None = None
    shown_on: list[tuple[str | None, Callable[[dict[str, Any]], str]]] = field(default_factory=list)
    # Extra values the form needs to be valid (so that the text is stored, not only re-shown).
    extra: dict[str, str] = field(default_factory=dict)


def url(name: str, *args: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], str]:
    return lambda w: reverse(name, args=[arg(w) for arg in args])


def key(name: str) -> Callable[[dict[str, Any]], Any]:
    """A world value; callables are looked up when the page is built (earlier forms may create it)."""
    return lambda w: w[name]() if callable(w[name]) else w[name]


PAGES: dict[str, Page] = {
    "qiao.accounts.forms.DecisionForm": Page(
        "organiser",
        url("accounts:applications"),
        url("accounts:decide", key("application")),
        [("applicant", url("notifications:inbox"))],
        {"decision": "reject"},
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
    "qiao.api.forms.TokenForm": Page("company", url("api_tokens:list")),
    "qiao.deals.forms.AgreementForm": Page("organiser", url("deals:create")),
    "qiao.meetings.forms.MeetingRequestForm": Page(
        "company",
        url("meetings:request_new"),
        shown_on=[("officer", url("workspaces:home"))],
    ),
    "qiao.news.forms.GalleryForm": Page("organiser", url("news:gallery_create")),
    "qiao.news.forms.NewsItemForm": Page("organiser", url("news:create")),
    "qiao.news.forms.PhotoForm": Page("organiser", url("news:photo_upload", key("gallery"))),
    "qiao.pipeline.forms.DeleteForm": Page(
        "officer", url("pipeline:case", key("case_to_delete")), url("pipeline:delete", key("case_to_delete"))
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
    ),
    "qiao.pipeline.forms.TemplateForm": Page("officer", url("pipeline:template", key("template"))),
    "qiao.pipeline.forms.TemplateStepForm": Page("officer", url("pipeline:template_step_new", key("template"))),
    "qiao.projects.forms.OfferForm": Page("officer", url("workspaces:offer_create")),
    "qiao.projects.forms.ProjectForm": Page("company", url("workspaces:project_create")),
    "qiao.reviews.forms.AdviceForm": Page(
        "company",
        url("reviews:advice", key("advice_project")),
        shown_on=[("organiser", url("reviews:advice", key("advice_project")))],
    ),
    "qiao.reviews.forms.DeclineForm": Page("expert", url("reviews:decline", key("assignment"))),
    "qiao.reviews.forms.ReviewForm": Page("expert", url("reviews:review", key("assignment"))),
    "qiao.tickets.forms.CheckInForm": Page("organiser", url("tickets:checkin", key("event"))),
    "qiao.translations.forms.RequestForm": Page(
        "company",
        url("web:project", key("foreign_project")),
        url("translations:request"),
        [("organiser", url("translations:queue"))],
    ),
    "qiao.translations.forms.TranslationForm": Page("organiser", url("translations:translate", key("translation"))),
    "qiao.workspaces.forms.DeclineForm": Page(
        "officer",
        url("workspaces:home"),
        lambda w: reverse("workspaces:answer_request", args=[key("request")(w), "decline"]),
    ),
    "qiao.workspaces.forms.RejectForm": Page("organiser", url("workspaces:moderation")),
    "qiao.workspaces.forms.SessionForm": Page("organiser", url("workspaces:session_create", key("event"))),
    "qiao.workspaces.forms.SpeakerForm": Page("organiser", url("workspaces:speaker_create", key("event"))),
    "qiao.workspaces.forms.TalkForm": Page("organiser", url("workspaces:talk_create", key("event"), key("session"))),
}


# Forms whose saved text this test does not yet find on a collected page: their answers and
# pages are still checked for execution, but nothing proves the stored text was rendered.
# Each needs its result page in `shown_on`; an entry that starts being seen fails the test.
RESULT_PAGE_NOT_FOUND = frozenset(
    {
        "qiao.accounts.forms.DecisionForm",  # the reason goes into a notification/e-mail body
        "qiao.meetings.forms.MeetingRequestForm",  # the default recipient is not the officer's district
        "qiao.pipeline.forms.DeleteForm",  # a deleted case (and its reason) is shown to nobody
        "qiao.pipeline.forms.TaskForm",  # the posted defaults do not make a valid task
        "qiao.reviews.forms.ReviewForm",  # the posted scores are empty, so nothing is stored
        "qiao.translations.forms.RequestForm",  # its text boxes carry the target's identifiers
        "qiao.translations.forms.TranslationForm",  # the translated object's page is not collected
        "qiao.workspaces.forms.DeclineForm",  # the requester's workspace is not collected
    }
)


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


def _form_data(html: str, page_path: str, action: str | None, marker: str) -> tuple[str, dict[str, list[str]]]:
    """The target form's action and its data: defaults kept, every free-text box filled with the payload."""
    parser = _Forms()
    parser.feed(html)
    candidates = [f for f in parser.forms if f["method"] == "post"]
    if action is not None:
        candidates = [f for f in candidates if urlsplit(urljoin(page_path, f["action"] or page_path)).path == action]
    else:
        candidates = [f for f in candidates if any(kind == "text" for _n, _v, kind in f["fields"])]
    assert candidates, f"no form posting to {action or 'a free-text form'} on {page_path}"
    form = candidates[0]
    data: dict[str, list[str]] = {}
    for name, value, kind in form["fields"]:
        if kind == "text":
            data.setdefault(name, []).append(payload(marker))
        elif value is not None:
            data.setdefault(name, []).append(value)
    return urljoin(page_path, form["action"] or page_path), data


# ---------------------------------------------------------------------------------------
# The demo world and the browser


def _world(language: str) -> dict[str, Any]:
    """Demo objects the pages need, plus a pending applicant, a second case, a gallery…"""
    from qiao.accounts.domain.signup import enrol
    from qiao.accounts.models import Application, User
    from qiao.core import translated
    from qiao.meetings.models import MeetingRequest
    from qiao.news.models import PhotoGallery
    from qiao.pipeline.domain.cases import open_case
    from qiao.pipeline.enums import next_stage
    from qiao.pipeline.models import Case, ChecklistTemplate
    from qiao.projects.models import Project
    from qiao.reviews.domain.advice import takes_part
    from qiao.reviews.models import Assignment
    from qiao.summits.models import Session
    from qiao.translations.models import TranslationRequest
    from tests.factories import OrganisationFactory, ProjectFactory, UserFactory

    call_command("loaddemo", stdout=io.StringIO())
    applicant = UserFactory(username="applicant", role="officer", approved=False)
    enrol(applicant, role="officer", language="en", time_zone="Asia/Shanghai")
    cases = Case.objects.filter(deleted_at__isnull=True, district__memberships__person__username="officer")
    case = next((c for c in cases.order_by("pk") if next_stage(c.stage) is not None), None)
    session = Session.objects.select_related("event").order_by("-event__starts_at", "pk").first()
    assignment = Assignment.objects.filter(expert__person__username="expert").order_by("-pk").first()
    template = ChecklistTemplate.objects.filter(district__memberships__person__username="officer").first()
    officer = User.objects.get(username="officer")
    company = User.objects.get(username="company")
    gallery = PhotoGallery.objects.first() or PhotoGallery.objects.create(
        slug="xss-gallery", title=translated.make("en", en="Gallery"), description=translated.make("en", en="Photos")
    )
    project = case.project if case else None
    second = open_case(ProjectFactory(), case.district, officer, owner=officer) if case else None
    advice = next((p for p in Project.objects.order_by("key") if takes_part(company, p)), None)
    other = "zh" if language != "zh-hans" else "de"
    foreign = ProjectFactory(title=translated.make(other, **{other: "Fremdsprachiges Projekt"}))
    ProjectFactory(moderation="submitted")  # something for the moderation queue to reject
    if case is not None and session is not None:  # a request for the officer's district to decline
        MeetingRequest.objects.create(
            event=session.event,
            requester=company,
            requester_organisation=OrganisationFactory(),
            recipient_organisation=case.district,
        )
    return {
        "case_to_delete": second.pk if second else 0,
        "advice_project": advice.key if advice else "",
        "foreign_project": foreign.key,
        "translation": lambda: TranslationRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "application": Application.objects.get(person=applicant).pk,
        "case": case.pk if case else 0,
        "template": template.pk if template else 0,
        "event": session.event.key if session else "",
        "session": session.pk if session else 0,
        "assignment": assignment.pk if assignment else 0,
        "request": lambda: (
            MeetingRequest.objects.filter(
                recipient_organisation__memberships__person__username="officer", status="pending"
            )
            .values_list("pk", flat=True)
            .first()
            or 0
        ),
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


def test_detector_sees_an_unescaped_payload(browser):
    assert _executed(browser, f"<p>{payload('control')}</p>") in (1, 2)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_payload_runs_on_any_page(browser, language):
    world = _world(language)
    executed: list[str] = []
    unseen: list[str] = []
    failures: list[str] = []
    for number, (form_path, spec) in enumerate(sorted(PAGES.items())):
        marker = f"xss{number}{language.replace('-', '')}"
        with translation.override(language):
            page_path = spec.page(world)
            action = spec.action(world) if spec.action else None
            results = [(user, build(world)) for user, build in spec.shown_on]
        client = _client(spec.user)
        page = client.get(page_path)
        if page.status_code != 200:
            failures.append(f"{form_path}: {page_path} answered {page.status_code}")
            continue
        try:
            target, data = _form_data(page.content.decode(), page_path, action, marker)
        except AssertionError as missing:
            failures.append(f"{form_path}: {missing}")
            continue
        for name, value in spec.extra.items():
            data[name] = [value]
        if "username" in data:
            data["username"] = [f"x{number}{language[:2]}"]
        if "email" in data:
            data["email"] = [f"{marker}@example.org"]
        answer = client.post(target, data, follow=True)
        documents = [(f"{form_path} answer", answer.content.decode())]
        documents += [(f"{form_path} on {path}", _client(user).get(path).content.decode()) for user, path in results]
        if not any(marker in html for _label, html in documents):
            unseen.append(form_path)
        executed += [label for label, html in documents if _executed(browser, html) is not None]

    assert executed == [], "\n".join(executed)
    assert failures == [], "\n".join(failures)
    assert sorted(unseen) == sorted(RESULT_PAGE_NOT_FOUND), "\n".join(sorted(set(unseen) ^ RESULT_PAGE_NOT_FOUND))
