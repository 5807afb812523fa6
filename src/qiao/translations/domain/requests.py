"""Asking for a translation and providing it: the two state changes of a TranslationRequest."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.core.fields import LANGUAGE_LABELS
from qiao.core.languages import CONTENT_LANGUAGES, FALLBACK_ORDER
from qiao.translations.domain.registry import REGISTRY, label_of
from qiao.translations.enums import RequestStatus
from qiao.translations.models import TranslationRequest
from qiao.translations.rules import can_translate


def find_target(label: str, object_id: Any, field: str, user: Any) -> models.Model:
    """The object a reader asks about, if it is translatable and they may see it."""
    entry = REGISTRY.get(label)
    if entry is None or field not in entry.fields:
        raise ValidationError(_("This text cannot be translated on request."), code="not_translatable")
    try:
        return entry.visible_to(user).get(pk=int(object_id))  # type: ignore[no-any-return]
    except (TypeError, ValueError, OverflowError, ObjectDoesNotExist) as missing:
        raise ValidationError(_("This text no longer exists."), code="not_found") from missing


def request_translation(
    user: Any, obj: models.Model, field: str, target_language: str
) -> tuple[TranslationRequest, bool]:
    """Queue a translation of `obj.field` into `target_language` for its owner's translators.

    Side effects: creates an open request, or adds the reader to the open request for the
    same text and language (merged, never duplicated); writes an audit entry either way.
    Returns the request and whether it was new.
    """
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied(_("Sign in to request a translation."))
    label = label_of(obj)
    entry = REGISTRY.get(label)
    if entry is None or field not in entry.fields:
        raise ValidationError(_("This text cannot be translated on request."), code="not_translatable")
    if target_language not in CONTENT_LANGUAGES:
        raise ValidationError(_("Choose one of the platform's languages."), code="unknown_language")
    value = getattr(obj, field)
    texts = translated.texts_of(value)
    if not texts:
        raise ValidationError(_("There is no text to translate yet."), code="empty")
    if target_language in texts:
        raise ValidationError(
            _("This text is already available in %(language)s.") % {"language": LANGUAGE_LABELS[target_language]},
            code="exists",
        )
    source = translated.original_language(value)
    if source not in texts:
        source = next(lang for lang in FALLBACK_ORDER[target_language] if lang in texts)
    content_type = ContentType.objects.get_for_model(obj)
    key = {"content_type": content_type, "object_id": obj.pk, "field": field, "target_language": target_language}
    owner = entry.owner(obj)
    try:
        return _create_or_join(user, key, source, owner)
    except IntegrityError:
        # Someone asked for the same text at the same moment: join their request (one retry).
        return _create_or_join(user, key, source, owner)


def _create_or_join(user: Any, key: dict[str, Any], source: str, owner: Any) -> tuple[TranslationRequest, bool]:
    """Join the open request for `key`, or open it."""
    with transaction.atomic():
        existing = TranslationRequest.objects.select_for_update().filter(status=RequestStatus.OPEN, **key).first()
        if existing is not None:
            existing.requesters.add(user)
            audit.record(
                user, "translation.request_joined", existing, field=key["field"], target=key["target_language"]
            )
            return existing, False
        request = TranslationRequest.objects.create(
            **key, source_language=source, organisation=owner, requested_by=user
        )
        request.requesters.add(user)
        audit.record(user, "translation.requested", request, field=key["field"], target=key["target_language"])
        return request, True


def complete_translation(user: Any, request: TranslationRequest, text: str) -> TranslationRequest:
    """Write the translation into the text field and close the request.

    Side effects: the object's JSON text gains the target language marked as translated,
    with who and when; the request becomes done (by, at); an audit entry is written.
    """
    if not can_translate(user, request):
        raise PermissionDenied(_("You cannot translate this text."))
    with transaction.atomic():
        requests = TranslationRequest.objects.select_for_update(of=("self",)).select_related("content_type")
        locked = requests.get(pk=request.pk)
        if locked.status != RequestStatus.OPEN:
            raise ValidationError(_("This request has already been answered."), code="done")
        model = locked.content_type.model_class()
        if model is None:
            raise ValidationError(_("This text no longer exists."), code="not_found")
        try:
            obj = model._default_manager.select_for_update().get(pk=locked.object_id)
        except ObjectDoesNotExist as missing:
            raise ValidationError(_("This text no longer exists."), code="not_found") from missing
        now = timezone.now()
        translator = user.get_full_name() or user.get_username()
        new_value = translated.with_translation(
            getattr(obj, locked.field), locked.target_language, text, translator, now
        )
        setattr(obj, locked.field, new_value)
        update_fields = [locked.field]
        if any(f.name == "updated_at" for f in obj._meta.fields):
            update_fields.append("updated_at")
        obj.save(update_fields=update_fields)
        locked.status = RequestStatus.DONE
        locked.done_by = user
        locked.done_at = now
        locked.save(update_fields=["status", "done_by", "done_at", "updated_at"])
        audit.record(user, "translation.done", locked, field=locked.field, target=locked.target_language)
    return locked
