import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from qiao.core.tasks import send_email_to_user
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_enqueued_email_waits_in_database_queue_until_worker_runs(settings):
    user = UserFactory(email="li@district.example.cn", language="zh-hans")

    result = send_email_to_user.enqueue(user.pk, "Meeting request", "You have a new request.")

    assert DBTaskResult.objects.filter(id=result.id, status="READY").exists()
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    assert [m.to for m in mail.outbox] == [["li@district.example.cn"]]
    assert DBTaskResult.objects.get(id=result.id).status == "SUCCESSFUL"


def test_email_task_for_person_without_address_reports_false():
    user = UserFactory(email="")

    result = send_email_to_user.enqueue(user.pk, "s", "b")
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    assert DBTaskResult.objects.get(id=result.id).return_value is False
