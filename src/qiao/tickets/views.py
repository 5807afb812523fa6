"""Registration, ticket and check-in pages (thin: the rules live in tickets.domain)."""

from __future__ import annotations

from dataclasses import asdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from qiao.summits.access import current_event_for_user, get_event_for_user
from qiao.summits.models import Registration, Session
from qiao.tickets.access import get_seat_for_user, get_ticket_for_user
from qiao.tickets.domain.checkin import check_in, checkin_figures
from qiao.tickets.domain.codes import display_code
from qiao.tickets.domain.errors import RegistrationError
from qiao.tickets.domain.registrations import (
    cancel_event_registration,
    ensure_tickets_for,
    preferences_of,
    register_for_event,
)
from qiao.tickets.domain.seats import (
    cancel_seat,
    register_for_session,
    seats_for_person,
    session_rows,
    waiting_position,
)
from qiao.tickets.enums import SeatStatus
from qiao.tickets.forms import CheckInForm, RegistrationForm
from qiao.tickets.models import Ticket
from qiao.tickets.qr import qr_svg
from qiao.tickets.ticketpdf import holder_name, ticket_pdf


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """My registrations: summits with their tickets, and sessions with waiting positions."""
    ensure_tickets_for(request.user)
    registrations = Registration.objects.filter(person_id=request.user.pk).select_related(
        "event", "ticket", "ticket__checkin__by"
    )
    return render(
        request,
        "tickets/mine.html",
        {
            "registrations": registrations.order_by("-event__starts_at"),
            "seats": seats_for_person(request.user),
            "current_event": current_event_for_user(request.user),
        },
    )


@login_required
def register(request: HttpRequest, key: str) -> HttpResponse:
    """Register for a summit (or change onsite/online), and pick sessions."""
    event = get_event_for_user(request.user, key)
    registration = Registration.objects.filter(event=event, person_id=request.user.pk).first()
    if request.method == "POST":
        form = RegistrationForm(request.POST, hybrid=event.hybrid)
        if form.is_valid():
            try:
                register_for_event(request.user, event, form.cleaned_data["mode"], form.preferences())
            except RegistrationError as error:
                form.add_error(error.code if error.code in form.fields else "mode", str(error))
            else:
                messages.success(request, _("Your registration is saved."))
                return HttpResponseRedirect(reverse("tickets:register", args=[event.key]))
    else:
        initial = {"mode": registration.mode if registration else "", **asdict(preferences_of(registration))}
        form = RegistrationForm(initial=initial, hybrid=event.hybrid)
    rows = session_rows(event, request.user)
    return render(
        request,
        "tickets/register.html",
        {"event": event, "form": form, "registration": registration, "rows": rows},
    )


@login_required
@require_POST
def cancel(request: HttpRequest, key: str) -> HttpResponse:
    event = get_event_for_user(request.user, key)
    try:
        cancel_event_registration(request.user, event)
    except RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return HttpResponseRedirect(reverse("tickets:register", args=[event.key]))


@login_required
@require_POST
def session_register(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    event = get_event_for_user(request.user, session.event.key)
    try:
        seat = register_for_session(request.user, session)
    except RegistrationError as error:
        messages.error(request, str(error))
    else:
        if seat.status == SeatStatus.CONFIRMED:
            messages.success(request, _("Your seat is confirmed."))
        else:
            messages.info(
                request,
                _("The session is full. You are number %(position)d on the waiting list.")
                % {"position": waiting_position(seat) or 0},
            )
    return HttpResponseRedirect(reverse("tickets:register", args=[event.key]) + f"#session-{session.pk}")


@login_required
@require_POST
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    seat = get_seat_for_user(request.user, pk)
    try:
        cancel_seat(seat, by=request.user)
    except RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your registration for this session is cancelled."))
    target = request.POST.get("next", "")
    if target == "mine":
        return HttpResponseRedirect(reverse("tickets:mine"))
    return HttpResponseRedirect(reverse("tickets:register", args=[seat.session.event.key]))


def _ticket_context(ticket: Ticket) -> dict[str, object]:
    return {
        "ticket": ticket,
        "code": display_code(ticket.code),
        "holder": holder_name(ticket),
        "qr": qr_svg(ticket.code, title=_("QR code of ticket %(code)s") % {"code": display_code(ticket.code)}),
    }


@login_required
def ticket(request: HttpRequest, pk: int) -> HttpResponse:
    found = get_ticket_for_user(request.user, pk)
    return render(request, "tickets/ticket.html", _ticket_context(found))


@login_required
def ticket_file(request: HttpRequest, pk: int) -> HttpResponse:
    found = get_ticket_for_user(request.user, pk)
    response = HttpResponse(ticket_pdf(found), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="qiao-ticket-{found.code}.pdf"'
    return response


def _require_desk(request: HttpRequest) -> None:
    if not request.user.has_perm("tickets.check_in"):
        raise PermissionDenied


@login_required
def checkin_index(request: HttpRequest) -> HttpResponse:
    _require_desk(request)
    event = current_event_for_user(request.user)
    if event is None:
        raise PermissionDenied
    return HttpResponseRedirect(reverse("tickets:checkin", args=[event.key]))


@login_required
def checkin(request: HttpRequest, key: str) -> HttpResponse:
    """The desk: a scanner types the code and Enter; the answer replaces the last one."""
    _require_desk(request)
    event = get_event_for_user(request.user, key)
    result = None
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            result = check_in(event, form.cleaned_data["code"], by=request.user)
            form = CheckInForm()  # an empty field, ready for the next scan
    else:
        form = CheckInForm()
    context = {"event": event, "form": form, "result": result, "figures": checkin_figures(event)}
    if result is not None and result.ticket is not None:
        context["holder"] = holder_name(result.ticket)
    status = 200 if result is None or result.admitted else 409
    if form.errors:
        status = 400
    return render(request, "tickets/checkin.html", context, status=status)
