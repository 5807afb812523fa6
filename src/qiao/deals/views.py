"""Agreement pages: draft, issue, sign online or onsite, verify, consent, ceremony lineup (thin views)."""

from __future__ import annotations

import ipaddress

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.accounts.models import Membership
from qiao.accounts.rules import is_organiser
from qiao.deals.access import (
    agreements_visible_to,
    get_agreement_for_user,
    get_party_for_user,
    get_signing_session_for_user,
    get_version_for_user,
)
from qiao.deals.domain.ceremony import add_to_lineup, move_in_lineup, remove_from_lineup
from qiao.deals.domain.drafts import create_agreement, delete_agreement, set_consent, update_agreement
from qiao.deals.domain.errors import DealsError
from qiao.deals.domain.signing import check_case_ready, record_onsite, sign_online, signed_sha256, verify_file
from qiao.deals.domain.versions import issue_version, latest_version
from qiao.deals.forms import AgreementForm, ConsentForm, LineupAddForm, LineupMoveForm, ScanForm, SignForm, UploadForm
from qiao.deals.models import Agreement, LineupEntry, Signature
from qiao.pipeline.access import cases_visible_to
from qiao.summits.enums import SessionKind
from qiao.summits.models import Session


def _detail(agreement: Agreement) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("deals:detail", args=[agreement.pk]))


def _client_ip(request: HttpRequest) -> str | None:
    try:
        return str(ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return None


@login_required
def agreement_list(request: HttpRequest) -> HttpResponse:
    """The agreements the person may see, newest first."""
    agreements = (
        agreements_visible_to(request.user).prefetch_related("party_links__organisation").order_by("-created_at", "pk")
    )
    return render(
        request,
        "deals/list.html",
        {"agreements": agreements, "can_add": request.user.has_perm("deals.add_agreement")},
    )


@login_required
def agreement_create(request: HttpRequest) -> HttpResponse:
    """Draft a new letter of intent (organisers and district officers)."""
    if not request.user.has_perm("deals.add_agreement"):
        raise PermissionDenied
    form = AgreementForm(request.POST or None, cases=cases_visible_to(request.user), editor=request.user)
    if request.method == "POST" and form.is_valid() and form.draft is not None:
        if not _may_draft_for(request, form):
            form.add_error("parties", _("Name an organisation you belong to as a party."))
        else:
            try:
                agreement = create_agreement(form.draft, request.user)
            except DealsError as refused:
                form.add_error(None, str(refused))
            else:
                messages.success(
                    request, _("The letter of intent has been drafted. Issue it as a PDF when it is ready.")
                )
                return _detail(agreement)
    return render(request, "deals/form.html", {"form": form, "agreement": None})


def _may_draft_for(request: HttpRequest, form: AgreementForm) -> bool:
    if is_organiser(request.user):
        return True
    assert form.draft is not None
    party_ids = [party.pk for party in form.draft.parties]
    return Membership.objects.filter(person_id=request.user.pk, organisation_id__in=party_ids).exists()


@login_required
def agreement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a draft; the next issued version carries the change, earlier versions stay."""
    agreement = get_agreement_for_user(request.user, pk)
    if not request.user.has_perm("deals.change_agreement", agreement):
        raise PermissionDenied
    form = AgreementForm(
        request.POST or None, cases=cases_visible_to(request.user), editor=request.user, agreement=agreement
    )
    if request.method == "POST" and form.is_valid() and form.draft is not None:
        try:
            update_agreement(agreement, form.draft, request.user)
        except DealsError as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, _("The changes are saved. Issue a new version to put them into the PDF."))
            return _detail(agreement)
    return render(request, "deals/form.html", {"form": form, "agreement": agreement})


@login_required
def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Facts, parties with their signatures and consent, versions, and what the person may do next."""
    agreement = get_agreement_for_user(request.user, pk)
    latest = latest_version(agreement)
    links = list(agreement.party_links.select_related("organisation", "consent_by"))
    signatures = (
        {s.party_id: s for s in Signature.objects.filter(version=latest).select_related("person")} if latest else {}
    )
    may_sign = set(
        Membership.objects.filter(
            person_id=request.user.pk, can_sign=True, organisation_id__in=[link.organisation_id for link in links]
        ).values_list("organisation_id", flat=True)
    )
    rows = [
        {
            "link": link,
            "signature": signatures.get(link.pk),
            "may_sign": link.organisation_id in may_sign,
            "may_consent": request.user.has_perm("deals.give_consent", link),
        }
        for link in links
    ]
    blocker = None
    if not agreement.is_signed:
        try:
            check_case_ready(agreement)
        except DealsError as refused:
            blocker = str(refused)
    return render(
        request,
        "deals/detail.html",
        {
            "agreement": agreement,
            "rows": rows,
            "versions": agreement.versions.select_related("created_by").defer("pdf").order_by("-number"),
            "latest": latest,
            "scans": agreement.scans.defer("content").order_by("-uploaded_at"),
            "signed_sha256": signed_sha256(agreement),
            "blocker": blocker,
            "can_edit": request.user.has_perm("deals.change_agreement", agreement) and not agreement.is_signed,
            "can_onsite": request.user.has_perm("deals.record_onsite", agreement) and not agreement.is_signed,
            "can_delete": request.user.has_perm("deals.delete_agreement", agreement),
            "sectors": agreement.sectors.order_by("code"),
        },
    )


@login_required
@require_POST
def issue(request: HttpRequest, pk: int) -> HttpResponse:
    """Render the draft as the next PDF version."""
    agreement = get_agreement_for_user(request.user, pk)
    if not request.user.has_perm("deals.change_agreement", agreement):
        raise PermissionDenied
    try:
        version = issue_version(agreement, request.user)
    except DealsError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Version %(number)d has been issued.") % {"number": version.number})
    return _detail(agreement)


@login_required
def version_pdf(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """The stored bytes of a version, exactly as issued (never re-rendered)."""
    version = get_version_for_user(request.user, pk, number)
    response = HttpResponse(bytes(version.pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{version.agreement.key}-v{version.number}.pdf"'
    return response


@login_required
def scan_file(request: HttpRequest, pk: int, scan_pk: int) -> HttpResponse:
    """The stored bytes of a signed scan, exactly as uploaded."""
    agreement = get_agreement_for_user(request.user, pk)
    scan = agreement.scans.filter(pk=scan_pk).first()
    if scan is None:
        raise Http404(scan_pk)
    response = HttpResponse(bytes(scan.content), content_type=scan.content_type)
    response["Content-Disposition"] = f'attachment; filename="{scan.filename}"'
    return response


@login_required
def sign(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """Show the version's PDF link and SHA-256; the signatory confirms for their party."""
    version = get_version_for_user(request.user, pk, number)
    agreement = version.agreement
    links = agreement.party_links.select_related("organisation").filter(
        organisation__memberships__person_id=request.user.pk, organisation__memberships__can_sign=True
    )
    signed = set(Signature.objects.filter(version=version).values_list("party_id", flat=True))
    form = SignForm(request.POST or None, initial={"sha256": version.sha256})
    if request.method == "POST" and form.is_valid():
        link = get_party_for_user(request.user, agreement, form.cleaned_data["party"])
        if form.cleaned_data["sha256"] != version.sha256:
            messages.error(request, _("The document changed while you were reading it; please check it again."))
        else:
            try:
                sign_online(version, link, request.user, _client_ip(request))
            except DealsError as refused:
                messages.error(request, str(refused))
            else:
                messages.success(
                    request,
                    _("%(party)s has signed version %(number)d.") % {"party": link.organisation, "number": number},
                )
                return _detail(agreement)
    try:
        check_case_ready(agreement)
        blocker = None
    except DealsError as refused:
        blocker = str(refused)
    return render(
        request,
        "deals/sign.html",
        {
            "blocker": blocker,
            "agreement": agreement,
            "version": version,
            "links": [link for link in links if link.pk not in signed],
            "form": form,
            "is_latest": latest_version(agreement) == version,
        },
    )


@login_required
def onsite(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the onsite ceremony with the signed scan (organisers and district officers)."""
    agreement = get_agreement_for_user(request.user, pk)
    if not request.user.has_perm("deals.record_onsite", agreement):
        raise PermissionDenied
    form = ScanForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            record_onsite(agreement, upload.read(), upload.name or "", request.user)
        except DealsError as refused:
            form.add_error("file" if refused.field == "file" else None, str(refused))
        else:
            messages.success(request, _("The onsite signing has been recorded."))
            return _detail(agreement)
    return render(request, "deals/onsite.html", {"agreement": agreement, "form": form})


@login_required
def verify(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload a file and learn whether its SHA-256 is the one recorded for the signed document."""
    agreement = get_agreement_for_user(request.user, pk)
    form = UploadForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = verify_file(agreement, upload.read(), upload.name or "")
        except DealsError as refused:
            form.add_error("file", str(refused))
    return render(request, "deals/verify.html", {"agreement": agreement, "form": form, "result": result})


@login_required
@require_POST
def consent(request: HttpRequest, pk: int) -> HttpResponse:
    """A party (or an organiser) allows or withdraws showing the signed intent publicly."""
    agreement = get_agreement_for_user(request.user, pk)
    form = ConsentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This choice could not be read; please try again."))
        return _detail(agreement)
    link = get_party_for_user(request.user, agreement, form.cleaned_data["party"])
    if not request.user.has_perm("deals.give_consent", link):
        raise PermissionDenied
    set_consent(link, form.cleaned_data["allowed"], request.user)
    if form.cleaned_data["allowed"]:
        messages.success(request, _("%(party)s allows showing this intent publicly.") % {"party": link.organisation})
    else:
        messages.success(
            request, _("%(party)s does not allow showing this intent publicly.") % {"party": link.organisation}
        )
    return _detail(agreement)


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Soft-delete an agreement (organisers); its history stays."""
    agreement = get_agreement_for_user(request.user, pk)
    if not request.user.has_perm("deals.delete_agreement", agreement):
        raise PermissionDenied
    try:
        delete_agreement(agreement, request.user)
    except DealsError as refused:
        messages.error(request, str(refused))
        return _detail(agreement)
    messages.success(request, _("The agreement has been deleted; its versions and signatures are kept."))
    return HttpResponseRedirect(reverse("deals:list"))


@login_required
def ceremonies(request: HttpRequest) -> HttpResponse:
    """Signing-ceremony sessions with the size of their lineups (organisers)."""
    if not request.user.has_perm("deals.manage_lineup"):
        raise PermissionDenied
    sessions = Session.objects.filter(kind=SessionKind.SIGNING).select_related("event").order_by("-starts_at", "pk")
    return render(request, "deals/ceremonies.html", {"sessions": sessions})


@login_required
def lineup(request: HttpRequest, session_pk: int) -> HttpResponse:
    """Organisers line up the agreements to be signed in a ceremony session, in order."""
    session = get_signing_session_for_user(request.user, session_pk)
    entries = LineupEntry.objects.filter(session=session, agreement__deleted_at__isnull=True).select_related(
        "agreement"
    )
    candidates = (
        agreements_visible_to(request.user)
        .filter(Q(event=session.event_id) | Q(event__isnull=True), signed_at__isnull=True)
        .exclude(lineup_entries__session=session)
    )
    add_form = LineupAddForm(agreements=candidates)
    if request.method == "POST":
        try:
            if "entry" in request.POST:
                _change_lineup(request, session)
            else:
                add_form = LineupAddForm(request.POST, agreements=candidates)
                if add_form.is_valid():
                    add_to_lineup(session, add_form.cleaned_data["agreement"], request.user)
                    return HttpResponseRedirect(reverse("deals:lineup", args=[session.pk]))
        except DealsError as refused:
            messages.error(request, str(refused))
        if add_form.is_bound and not add_form.is_valid():
            return render(request, "deals/lineup.html", {"session": session, "entries": entries, "form": add_form})
        return HttpResponseRedirect(reverse("deals:lineup", args=[session.pk]))
    return render(request, "deals/lineup.html", {"session": session, "entries": entries, "form": add_form})


def _change_lineup(request: HttpRequest, session: Session) -> None:
    form = LineupMoveForm(request.POST)
    if not form.is_valid():
        raise DealsError("form", _("This change could not be read; please try again."))
    entry = (
        LineupEntry.objects.filter(session=session, pk=form.cleaned_data["entry"]).select_related("agreement").first()
    )
    if entry is None:
        raise DealsError("entry", _("This agreement is no longer in the lineup."))
    action = form.cleaned_data["action"]
    if action == "remove":
        remove_from_lineup(entry, request.user)
    else:
        move_in_lineup(entry, -1 if action == "up" else 1, request.user)
