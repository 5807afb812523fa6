from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "qiao.web"
    verbose_name = _("Web pages")

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from qiao.accounts.models import Membership
        from qiao.core.shared_values import bump_catalogue_version
        from qiao.meetings.models import MeetingRequest
        from qiao.organisations.models import Organisation
        from qiao.projects.models import Offer, Project
        from qiao.sectors.models import Sector, ThemeTag
        from qiao.summits.models import Event, EventOrganiser, QuotedFigure, Session, Speaker, Talk

        # Filter choices and list pages rendered from the whole catalogue are shared until a project,
        # offer, organisation or a sector or theme shown on them changes.
        for model in (Project, Offer, Organisation):
            uid = f"qiao.web.catalogue.{model.__name__}"
            post_save.connect(bump_catalogue_version, sender=model, dispatch_uid=f"{uid}.save")
            post_delete.connect(bump_catalogue_version, sender=model, dispatch_uid=f"{uid}.delete")
            m2m_changed.connect(bump_catalogue_version, sender=model.sectors.through, dispatch_uid=f"{uid}.sectors")
            m2m_changed.connect(bump_catalogue_version, sender=model.tags.through, dispatch_uid=f"{uid}.tags")
        # The programme shown on the home and summit pages is shared the same way; what a person sees
        # beyond the public catalogue (qiao.projects.access._reader_scope) follows their memberships.
        for other in (Sector, ThemeTag, Event, EventOrganiser, Session, Speaker, Talk, QuotedFigure, Membership):
            uid = f"qiao.web.catalogue.{other.__name__}"
            post_save.connect(bump_catalogue_version, sender=other, dispatch_uid=f"{uid}.save")
            post_delete.connect(bump_catalogue_version, sender=other, dispatch_uid=f"{uid}.delete")
        # ... and their organisations' accepted contacts.
        post_save.connect(_contact_changed, sender=MeetingRequest, dispatch_uid="qiao.web.catalogue.contact.save")
        post_delete.connect(_contact_changed, sender=MeetingRequest, dispatch_uid="qiao.web.catalogue.contact.delete")


def _contact_changed(instance: Any, **kwargs: Any) -> None:
    """An accepted meeting request makes two organisations partners until it is withdrawn; a new
    (pending) or declined request changes nobody's view, so the many of them keep shared values."""
    from qiao.core.shared_values import bump_catalogue_version
    from qiao.meetings.enums import RequestStatus

    if instance.status in (RequestStatus.ACCEPTED, RequestStatus.WITHDRAWN):
        bump_catalogue_version()
