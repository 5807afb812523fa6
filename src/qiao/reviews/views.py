"""Review pages: ask for a review, propose and assign experts, review, see the result (thin views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.experts.models import Expert
from qiao.projects.access import get_project_for_user
from qiao.reviews.access import (
    assignments_of_expert,
    get_advice_project_for_user,
    get_assignment_for_user,
    get_attachment_for_user,
    get_request_for_user,
    requests_visible_to,
)
from qiao.reviews.domain.advice import author_name, hidden_experts, post_message
from qiao.reviews.domain.reports import build_report, may_see_reports
from qiao.reviews.domain.requests import (
    ReviewError,
    assign,
    decline_assignment,
    may_request_reviews,
    propose_experts,
    request_review,
    set_reveal_reviewers,
)
from qiao.reviews.domain.reviewing import aggregate, latest_reviews, submit_review
from qiao.reviews.forms import AdviceForm, DeclineForm, RequestForm, ReviewForm


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """The review requests the person may see (organisers: all)."""
    return render(request, "reviews/index.html", {"requests": requests_visible_to(request.user)[:100]})


@login_required
def new_request(request: HttpRequest, project_key: str) -> HttpResponse:
    if not may_request_reviews(request.user):
        raise PermissionDenied
    project = get_project_for_user(request.user, project_key)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = request_review(project, request.user, form.cleaned_data["deadline"])
        except ReviewError as refused:
            form.add_error("deadline", refused.errors.get("deadline", refused.message))
        else:
            messages.success(request, _("The review request was created. Now assign experts."))
            return HttpResponseRedirect(reverse("reviews:detail", args=[created.pk]))
    return render(request, "reviews/request_form.html", {"form": form, "project": project})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    review_request = get_request_for_user(request.user, pk)
    manage = request.user.has_perm("reviews.manage_request", review_request)
    context = {
        "review_request": review_request,
        "manage": manage,
        "result": aggregate(review_request) if request.user.has_perm("reviews.view_result", review_request) else None,
        "mine": assignments_of_expert(request.user).filter(request=review_request).first(),
        "can_reveal": request.user.has_perm("reviews.reveal_reviewers", review_request),
    }
    if not manage and request.user.has_perm("reviews.view_reviewers", review_request):
        context["reviewers"] = [r.assignment.expert for r in latest_reviews(review_request)]
    if manage:
        context["proposals"] = propose_experts(review_request)
        context["assignments"] = review_request.assignments.select_related("expert")
        context["reviews"] = latest_reviews(review_request)
    return render(request, "reviews/detail.html", context)


@login_required
@require_POST
def assign_expert(request: HttpRequest, pk: int) -> HttpResponse:
    review_request = get_request_for_user(request.user, pk)
    if not request.user.has_perm("reviews.manage_request", review_request):
        raise Http404(pk)
    try:
        expert = Expert.objects.get(pk=int(request.POST.get("expert", "")))
    except (Expert.DoesNotExist, ValueError):
        messages.error(request, _("Choose an expert from the list."))
    else:
        try:
            assign(review_request, expert, request.user)
        except ReviewError as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("%(expert)s was assigned.") % {"expert": expert})
    return HttpResponseRedirect(reverse("reviews:detail", args=[pk]))


@login_required
def my_assignments(request: HttpRequest) -> HttpResponse:
    return render(request, "reviews/mine.html", {"assignments": assignments_of_expert(request.user)[:100]})


@login_required
def review_form(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_assignment_for_user(request.user, pk)
    previous = assignment.reviews.order_by("-version").first()
    initial = {f: getattr(previous, f) for f in ReviewForm().fields} if previous else None
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            review = submit_review(assignment, request.user, form.cleaned_data)
        except ReviewError as refused:
            form.add_error(None, refused.message)
            for field, error in refused.errors.items():
                form.add_error(field, error)
        else:
            messages.success(
                request, _("Version %(version)s of your review was submitted.") % {"version": review.version}
            )
            return HttpResponseRedirect(reverse("reviews:mine"))
    context = {"form": form, "assignment": assignment, "previous": previous}
    return render(request, "reviews/review_form.html", context)


@login_required
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    """The assigned expert declines with a reason; the requester is told and can assign another."""
    assignment = get_assignment_for_user(request.user, pk)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            decline_assignment(assignment, request.user, form.cleaned_data["reason"])
        except ReviewError as refused:
            form.add_error(
                "reason" if "reason" in refused.errors else None, refused.errors.get("reason", refused.message)
            )
        else:
            messages.success(request, _("You declined the review. The requester has been told."))
            return HttpResponseRedirect(reverse("reviews:mine"))
    return render(request, "reviews/decline.html", {"form": form, "assignment": assignment})


@login_required
@require_POST
def reveal(request: HttpRequest, pk: int) -> HttpResponse:
    review_request = get_request_for_user(request.user, pk)
    if not request.user.has_perm("reviews.reveal_reviewers", review_request):
        raise Http404(pk)
    set_reveal_reviewers(review_request, request.user, request.POST.get("reveal") == "1")
    if review_request.reveal_reviewers:
        messages.success(request, _("The company now sees who reviewed its project."))
    else:
        messages.success(request, _("The reviewers' names are hidden from the company."))
    return HttpResponseRedirect(reverse("reviews:detail", args=[pk]))


@login_required
def advice(request: HttpRequest, project_key: str) -> HttpResponse:
    """The project's private advisory thread: read and write, with attachments."""
    project = get_advice_project_for_user(request.user, project_key)
    form = AdviceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            post_message(project, request.user, form.cleaned_data["body"], form.cleaned_data["attachments"])
        except ReviewError as refused:
            form.add_error(None, refused.message)
            for field, error in refused.errors.items():
                form.add_error(field, error)
        else:
            messages.success(request, _("Your message was posted."))
            return HttpResponseRedirect(reverse("reviews:advice", args=[project.key]))
    hidden = hidden_experts(project)
    thread = [
        (message, author_name(message.author, request.user, project, hidden))
        for message in project.advice_messages.select_related("author").prefetch_related("attachments")
    ]
    return render(request, "reviews/advice.html", {"project": project, "thread": thread, "form": form})


@login_required
def advice_file(request: HttpRequest, pk: int) -> FileResponse:
    attachment = get_attachment_for_user(request.user, pk)
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.name, content_type=attachment.content_type
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def reports(request: HttpRequest) -> HttpResponse:
    """Organisers: every review; officers: their district's."""
    if not may_see_reports(request.user):
        raise PermissionDenied
    return render(request, "reviews/reports.html", {"report": build_report(request.user)})
