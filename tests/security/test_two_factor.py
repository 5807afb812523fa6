"""Optional TOTP two-factor sign-in for organisers and officers."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from qiao.accounts.domain.signup import mark_email_verified
from qiao.core.models import AuditEntry
from qiao.privacy.domain.consent import give_consent
from qiao.privacy.enums import REQUIRED_CONSENTS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The device's current code (or one a step later, for a second code within the same 30 s)."""
    return (
        f"{totp(device.bin_key, device.step, device.t0 - steps_ahead * device.step, device.digits, device.drift):06d}"
    )


@pytest.fixture
def organiser():
    user = UserFactory(username="ma", role="organiser", language="en")
    mark_email_verified(user)
    give_consent(user, REQUIRED_CONSENTS)
    return user


def test_setup_shows_an_svg_qr_code_and_confirms_with_a_code(client, organiser):
    client.force_login(organiser)

    page = client.get("/en/accounts/two-factor/")
    device = TOTPDevice.objects.get(user=organiser)
    response = client.post("/en/accounts/two-factor/", {"code": code_for(device)})

    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    assert "<script" not in page.content.decode().split("<main", 1)[1]
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed is True
    assert AuditEntry.objects.filter(action="account.two_factor_on", object_id=str(organiser.pk)).count() == 1


def test_setup_refuses_a_wrong_code(client, organiser):
    client.force_login(organiser)
    client.get("/en/accounts/two-factor/")
    device = TOTPDevice.objects.get(user=organiser)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    response = client.post("/en/accounts/two-factor/", {"code": wrong})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    device.refresh_from_db()
    assert device.confirmed is False


@pytest.mark.parametrize("role", ["company", "visitor", "expert"])
def test_other_roles_are_not_offered_two_factor(client, role):
    client.force_login(UserFactory(role=role))

    assert client.get("/en/accounts/two-factor/").status_code == 403


def test_officer_may_set_it_up(client):
    client.force_login(UserFactory(role="officer", approved=True))

    assert client.get("/en/accounts/two-factor/").status_code == 200


def _with_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def test_sign_in_asks_for_the_code_before_signing_in(client, organiser):
    _with_device(organiser)

    response = client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/two-factor/sign-in/"
    assert "_auth_user_id" not in client.session


def test_right_code_completes_the_sign_in(client, organiser):
    device = _with_device(organiser)
    client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})

    response = client.post("/en/accounts/two-factor/sign-in/", {"code": code_for(device)})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == organiser.pk
    assert client.session["otp_device_id"] == device.persistent_id


def test_wrong_code_keeps_the_person_out(client, organiser):
    device = _with_device(organiser)
    client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    response = client.post("/en/accounts/two-factor/sign-in/", {"code": wrong})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert "_auth_user_id" not in client.session
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_code_page_without_a_password_step_goes_back_to_sign_in(client, organiser):
    response = client.get("/en/accounts/two-factor/sign-in/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/"


def test_a_code_works_only_once(client, organiser):
    device = _with_device(organiser)
    code = code_for(device)
    client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})
    client.post("/en/accounts/two-factor/sign-in/", {"code": code})
    client.logout()
    client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})

    response = client.post("/en/accounts/two-factor/sign-in/", {"code": code})

    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_people_without_a_device_sign_in_with_the_password_alone(client, organiser):
    response = client.post("/en/accounts/login/", {"login": "ma", "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == organiser.pk


def test_turning_off_refuses_a_wrong_code_and_counts_it(client, organiser):
    device = _with_device(organiser)
    client.force_login(organiser)

    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    refused = client.post("/en/accounts/two-factor/off/", {"code": wrong})

    assert refused.status_code == 400
    assert TOTPDevice.objects.get(user=organiser).throttling_failure_count == 1


def test_turning_off_with_a_current_code(client, organiser):
    device = _with_device(organiser)
    client.force_login(organiser)

    response = client.post("/en/accounts/two-factor/off/", {"code": code_for(device)})

    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=organiser).count() == 0
    assert AuditEntry.objects.filter(action="account.two_factor_off", object_id=str(organiser.pk)).count() == 1


def test_admin_sign_in_form_cannot_skip_the_code(client, organiser):
    organiser.is_staff = True
    organiser.save(update_fields=["is_staff"])
    _with_device(organiser)

    response = client.post("/en/admin/login/", {"username": "ma", "password": PASSWORD})

    assert response.status_code == 200
    assert response.context["form"].errors["__all__"] == [
        "This account uses two-factor sign-in; please sign in on the site first, then open the admin."
    ]
    assert "_auth_user_id" not in client.session


def test_admin_sign_in_form_still_works_without_a_device(client, organiser):
    organiser.is_staff = True
    organiser.save(update_fields=["is_staff"])

    response = client.post("/en/admin/login/", {"username": "ma", "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == organiser.pk
