"""Dead letters and failed task attempts in the admin: read-only, with actions to requeue or dismiss."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from qiao.core.admin import ReadOnlyAdmin
from qiao.ops.domain import retries
from qiao.ops.models import DeadLetter, FailedAttempt


class TaskRowsAdmin(ReadOnlyAdmin):
    """Rows written by the task machinery: looked at, never edited by hand."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        # The rules backend grants organisers the view permission but knows nothing of "modules".
        return self.has_view_permission(request)


@admin.register(DeadLetter)
class DeadLetterAdmin(TaskRowsAdmin):
    list_display = ["task_path", "state", "attempts", "exception_class_path", "created_at", "resolved_at"]
    list_filter = ["state", "task_path"]
    search_fields = ["task_path", "exception_class_path", "chain_id", "last_result_id"]
    date_hierarchy = "created_at"
    actions = ["requeue_letters", "dismiss_letters"]

    def has_requeue_permission(self, request: HttpRequest) -> bool:
        """Acting on a dead letter needs the model's change permission (the form stays read-only)."""
        return bool(request.user.has_perm("ops.change_deadletter"))

    @admin.action(description=_("Queue the selected tasks again"), permissions=["requeue"])
    def requeue_letters(self, request: HttpRequest, queryset: QuerySet[DeadLetter]) -> None:
        done = 0
        for letter in queryset.filter(state=DeadLetter.State.OPEN):
            try:
                retries.requeue(letter, request.user)
            except (ImportError, TypeError) as error:
                self.message_user(
                    request,
                    _("%(task)s cannot be queued: %(error)s") % {"task": letter.task_path, "error": error},
                    messages.ERROR,
                )
            else:
                done += 1
        self.message_user(
            request, ngettext("%(count)d task queued again.", "%(count)d tasks queued again.", done) % {"count": done}
        )

    @admin.action(description=_("Dismiss the selected dead letters"), permissions=["requeue"])
    def dismiss_letters(self, request: HttpRequest, queryset: QuerySet[DeadLetter]) -> None:
        letters = list(queryset.filter(state=DeadLetter.State.OPEN))
        for letter in letters:
            retries.dismiss(letter, request.user)
        self.message_user(
            request,
            ngettext("%(count)d dead letter dismissed.", "%(count)d dead letters dismissed.", len(letters))
            % {"count": len(letters)},
        )


@admin.register(FailedAttempt)
class FailedAttemptAdmin(TaskRowsAdmin):
    list_display = ["task_path", "attempt", "exception_class_path", "failed_at", "retry_at", "retried_as"]
    list_filter = ["task_path"]
    search_fields = ["task_path", "result_id", "chain_id", "retried_as"]
    date_hierarchy = "failed_at"
