"""Chokepoints: the only way pages and the API fetch projects and offers for a person."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from qiao.accounts.rules import is_organiser
from qiao.projects.enums import ProjectStage, Visibility
from qiao.projects.models import Offer, Project


def projects_visible_to(user: Any) -> QuerySet[Project]:
    """Projects the person may see: public ones, their organisation's, or all for organisers."""
    projects = Project.objects.select_related("organisation")
    if is_organiser(user):
        return projects
    public = Q(visibility=Visibility.PUBLIC) & ~Q(stage__in=[ProjectStage.DRAFT, ProjectStage.WITHDRAWN])
    if user.is_authenticated:
        return projects.filter(public | Q(organisation__memberships__person=user)).distinct()
    return projects.filter(public)


def get_project_for_user(user: Any, key: str) -> Project:
    """The project with this key if the person may see it, else 404 (no existence leak)."""
    try:
        return projects_visible_to(user).get(key=key)
    except Project.DoesNotExist as missing:
        raise Http404(key) from missing


def offers_visible_to(user: Any) -> QuerySet[Offer]:
    offers = Offer.objects.select_related("organisation")
    if is_organiser(user):
        return offers
    if user.is_authenticated:
        return offers.filter(Q(published=True) | Q(organisation__memberships__person=user)).distinct()
    return offers.filter(published=True)


def get_offer_for_user(user: Any, key: str) -> Offer:
    """The offer with this key if the person may see it, else 404."""
    try:
        return offers_visible_to(user).get(key=key)
    except Offer.DoesNotExist as missing:
        raise Http404(key) from missing
